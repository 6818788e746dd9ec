"""The commands the minutes need: read-back, approval of the minutes, the next meeting.

Each goes through the one door, is one undo step, and is read back from the journal's data.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pytest

from facilitation.models import (
    ApproveMinutes,
    CommandError,
    Create,
    Decision,
    EditNextMeeting,
    LiveMeeting,
    MarkRead,
    Mode,
    RecordReadBack,
    SkipItem,
    StartMeeting,
    command_from_data,
    replay,
)
from tests.factories import T0, make_live


def _started() -> LiveMeeting:
    live = make_live()
    live.apply(StartMeeting(T0, "r1"))
    live.apply(Create.of("decisions", Decision("d1", "i1", "On vote en janvier.", T0)))
    live.history.clear()
    return live


def test_mark_read_is_one_undo_step_and_survives_the_journal() -> None:
    live = _started()
    cmd = MarkRead("decisions", "d1")
    live.apply(cmd)
    assert live.meeting.decisions["d1"].read_back is True
    again = command_from_data(json.loads(json.dumps(cmd.to_data())))
    assert again == cmd
    live.undo()
    assert live.meeting.decisions["d1"].read_back is False


def test_mark_read_refuses_other_lists_and_unknown_ids() -> None:
    live = _started()
    with pytest.raises(CommandError):
        live.apply(MarkRead("notes", "d1"))
    with pytest.raises(CommandError):
        live.apply(MarkRead("actions", "nope"))
    assert live.meeting.decisions["d1"].read_back is False


def test_read_back_time_is_recorded_and_cannot_precede_the_start() -> None:
    live = _started()
    at = T0 + timedelta(hours=2, minutes=26)
    live.apply(RecordReadBack(at))
    assert live.meeting.live.read_back_at == at
    with pytest.raises(CommandError):
        live.apply(RecordReadBack(T0 - timedelta(minutes=1)))
    assert live.meeting.live.read_back_at == at
    live.undo()
    assert live.meeting.live.read_back_at is None


def test_approve_minutes_sets_the_day_and_undo_takes_it_back() -> None:
    live = make_live()
    live.apply(ApproveMinutes(date(2026, 12, 15)))
    assert live.meeting.details.minutes_approved_on == date(2026, 12, 15)
    cmd = command_from_data(ApproveMinutes(date(2026, 12, 15)).to_data())
    assert replay(make_live().meeting, [cmd]).details.minutes_approved_on == date(2026, 12, 15)
    live.undo()
    assert live.meeting.details.minutes_approved_on is None


def test_edit_next_meeting_field_by_field_merges_a_burst_of_typing() -> None:
    live = make_live()
    live.apply(EditNextMeeting({"date": "2026-12-01", "time": "18:30"}))
    live.apply(EditNextMeeting({"mode": "hybrid", "online_link": "https://meet.example.org/x"}))
    live.apply(EditNextMeeting({"place": "Maison"}))
    live.apply(EditNextMeeting({"place": "Maison des associations"}))  # same field: merged
    nm = live.meeting.next_meeting
    assert (nm.date, nm.mode, nm.place) == (
        date(2026, 12, 1),
        Mode.HYBRID,
        "Maison des associations",
    )
    assert nm.online_link == "https://meet.example.org/x"
    live.undo()
    assert live.meeting.next_meeting.place == ""
    assert live.meeting.next_meeting.mode is Mode.HYBRID


@pytest.mark.parametrize(
    "changes", [{"colour": "red"}, {"date": "1 December"}, {"mode": "by post"}, {"time": 1830}]
)
def test_edit_next_meeting_refuses_bad_values(changes: dict[str, object]) -> None:
    live = make_live()
    with pytest.raises(CommandError):
        live.apply(EditNextMeeting(changes))
    assert live.meeting.next_meeting == make_live().meeting.next_meeting


def test_skip_gives_its_reason_to_the_item() -> None:
    live = _started()
    live.apply(
        SkipItem(
            "i3", datetime.fromisoformat("2021-06-17T18:10:00+02:00"), "r2", " faute de temps "
        )
    )
    assert live.meeting.items["i3"].skip_reason == "faute de temps"
    old = command_from_data(
        {"type": "skip_item", "item_id": "i2", "at": T0.isoformat(), "run_id": "r3"}
    )
    assert isinstance(old, SkipItem) and old.reason == ""  # journals written before still read
