"""The one door: change records, initiators, listeners, and several commands as one step."""

from __future__ import annotations

import json

import pytest

from facilitation.models import (
    COLLECTIONS,
    AgendaItem,
    Batch,
    Change,
    ChangeKind,
    CommandError,
    Create,
    FakeClock,
    GiveFloor,
    Note,
    Priority,
    RequestFloor,
    StartMeeting,
    Topic,
    Update,
    command_from_data,
    replay,
)
from facilitation.models.commands import Editor
from facilitation.models.meeting import SCALARS, Meeting
from tests.factories import Recorder, make_live


class Window:
    """Stands for a window: refreshes on the changes others make, not on its own."""

    def __init__(self) -> None:
        self.refreshed: list[Change] = []

    def __call__(self, change: Change) -> None:
        if change.initiator is not self:
            self.refreshed.append(change)


def test_change_says_what_changed_and_who_did_it(clock: FakeClock) -> None:
    live = make_live()
    notes, facilitator = Window(), Window()
    live.subscribe(notes)
    live.subscribe(facilitator)
    live.apply(StartMeeting(clock.now(), "r1"), initiator=facilitator)
    live.apply(RequestFloor("a1", "p3", clock.now()), initiator=facilitator)
    change = live.apply(GiveFloor("t1", clock.now()), initiator=facilitator)
    assert change.ids(Topic.TURNS) == {"t1"} and change.ids(Topic.QUEUE) == {"a1"}
    assert (
        change.touches(Topic.LIVE)
        and change.touches(Topic.TURNS)
        and not change.touches(Topic.NOTES)
    )
    assert change.ids(Topic.NOTES) == frozenset()
    assert change.kind is ChangeKind.DO and change.initiator is facilitator
    typed = live.apply(
        Create.of("notes", Note("n1", "i1", clock.now(), "Bonjour")), initiator=notes
    )
    assert typed.touched == {"notes": frozenset({"n1"})} and typed.scalars == frozenset()
    # the note-taker's window is not refreshed by its own typing; the facilitator's is
    assert [c.command.TYPE for c in facilitator.refreshed] == ["create"]
    assert [c.command.TYPE for c in notes.refreshed] == [
        "start_meeting",
        "request_floor",
        "give_floor",
    ]
    undone = live.undo(initiator=notes)
    assert (
        undone is not None and undone.kind is ChangeKind.UNDO and undone.ids(Topic.NOTES) == {"n1"}
    )
    assert len(facilitator.refreshed) == 2


def test_a_broken_listener_does_not_starve_the_others() -> None:
    live = make_live()

    def broken(change: Change) -> None:
        raise RuntimeError("window gone")

    live.subscribe(broken)
    rec = Recorder(live)
    with pytest.raises(RuntimeError):
        live.apply(Create.of("items", AgendaItem("i9", "Point")))
    assert len(rec.changes) == 1  # told anyway
    assert "i9" in live.meeting.items and live.history.can_undo  # the change itself stands
    live.unsubscribe(broken)
    live.unsubscribe(broken)  # twice is harmless
    live.undo()
    assert "i9" not in live.meeting.items and len(rec.changes) == 2


def test_replay_leaves_the_given_meeting_alone(clock: FakeClock) -> None:
    live = make_live()
    before = live.meeting.to_data()
    after = replay(live.meeting, [StartMeeting(clock.now(), "r1")])
    assert live.meeting.to_data() == before and after.live.started_at == clock.now()


class _Breaks(Create, frozen=True):
    """Adds its note, then fails the way no command should (a bug, not a refusal)."""

    def run(self, m: Meeting, edit: Editor) -> None:
        super().run(m, edit)
        raise IndexError("a bug after the first edit")


def test_a_command_failing_unexpectedly_leaves_the_meeting_as_it_was(clock: FakeClock) -> None:
    live = make_live()
    before = live.meeting.to_data()
    heard = Recorder(live)
    with pytest.raises(IndexError, match="a bug"):
        live.apply(_Breaks("notes", Note("n-bug", "i1", clock.now(), "à moitié")))
    assert live.meeting.to_data() == before and "n-bug" not in live.meeting.notes
    assert not heard.changes and not live.history.can_undo


def test_batch_is_one_step_all_or_nothing(clock: FakeClock) -> None:
    live = make_live()
    before = live.meeting.to_data()
    batch = Batch(
        (
            Create.of("items", AgendaItem("i8", "Huit")),
            Create.of("items", AgendaItem("i9", "Neuf")),
            Update("items", "i8", {"planned_minutes": 12}),
        )
    )
    again = command_from_data(json.loads(json.dumps(batch.to_data())))
    assert again == batch
    live.apply(again)
    assert live.meeting.items["i8"].planned_minutes == 12 and "i9" in live.meeting.items
    assert len(live.history.undo_steps) == 1
    live.undo()
    assert live.meeting.to_data() == before
    bad = Batch((Create.of("items", AgendaItem("i8", "Huit")), Update("items", "nope", {})))
    with pytest.raises(CommandError):
        live.apply(bad)
    assert live.meeting.to_data() == before  # the first part was rolled back too


def test_topics_name_every_part_of_the_meeting_and_nothing_else() -> None:
    assert {t.value for t in Topic} == set(COLLECTIONS) | set(SCALARS)


def test_the_journal_hears_a_change_before_any_view_whatever_the_order_of_subscription() -> None:
    live = make_live()
    heard: list[str] = []
    live.subscribe(lambda change: heard.append("view"))
    live.subscribe(lambda change: heard.append("journal"), Priority.JOURNAL)
    live.subscribe(lambda change: heard.append("another view"), Priority.VIEWS)
    live.apply(Create.of("items", AgendaItem("i9", "Point")))
    assert heard == ["journal", "view", "another view"]
