"""Replaying a meeting's recorded commands (undo and redo included) rebuilds it exactly.

This is what the autosave journal and, later, the sync between laptops rely on: the log of commands
as JSON, applied again to the meeting as it was, must give the same meeting, field for field.
"""

from __future__ import annotations

import json

from facilitation.models import (
    ChangeKind,
    Command,
    FakeClock,
    LiveMeeting,
    Meeting,
    Patch,
    command_from_data,
    replay,
)
from tests.factories import Recorder, as_json, make_live, walk_meeting


def _reload(log_json: str) -> list[Command]:
    return [command_from_data(d, f"log[{i}]") for i, d in enumerate(json.loads(log_json))]


def test_whole_meeting_replays_from_its_json_log(clock: FakeClock) -> None:
    live = make_live()
    start = live.meeting.copy()
    log = walk_meeting(live, clock)
    assert any(isinstance(c, Patch) for c in log)  # the walk did undo and redo
    final = live.meeting

    again = replay(start, _reload(as_json(log)))

    assert again == final
    assert again.to_data() == final.to_data()
    assert json.dumps(again.to_data()) == json.dumps(final.to_data())  # same order everywhere


def test_replay_through_a_fresh_door_gives_the_same_change_records(clock: FakeClock) -> None:
    live = make_live()
    start = live.meeting.copy()
    rec = Recorder(live)
    walk_meeting(live, clock)
    rec.stop()

    other = LiveMeeting(start.copy())
    rec2 = Recorder(other)
    for cmd in _reload(as_json(rec.commands)):
        other.apply(cmd)
    # the same parts were touched in the same order: windows refresh the same way on replay
    assert [dict(c.touched) for c in rec2.changes] == [dict(c.touched) for c in rec.changes]
    assert [c.scalars for c in rec2.changes] == [c.scalars for c in rec.changes]


def test_undo_and_redo_are_announced_with_their_kind(clock: FakeClock) -> None:
    live = make_live()
    rec = Recorder(live)
    walk_meeting(live, clock)
    kinds = [c.kind for c in rec.changes]
    assert ChangeKind.UNDO in kinds and ChangeKind.REDO in kinds
    undo_at = kinds.index(ChangeKind.UNDO)
    assert kinds[undo_at + 1] is ChangeKind.REDO


def test_replaying_a_prefix_stops_at_that_moment(clock: FakeClock) -> None:
    """A journal cut short by a crash still gives a meeting the app can open."""
    live = make_live()
    start = live.meeting.copy()
    log = walk_meeting(live, clock)
    for cut in (1, len(log) // 3, len(log) // 2, len(log) - 1):
        partial = replay(start, _reload(as_json(log[:cut])))
        data = partial.to_data()
        assert Meeting.from_data(json.loads(json.dumps(data))).to_data() == data
