"""Undo and redo: any sequence of commands can be taken back to the start and replayed to the end.

A hypothesis state machine drives a live meeting with random commands (some refused), random undos
and redos, and a clock that only moves forward; after every step the meeting must equal the state
recorded for the current depth of the undo history, and what the meeting keeps up to date (the last
recorded event, which the door checks every timed command against) must equal its recomputation
from scratch.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from facilitation.models import (
    AgendaItem,
    ClearQueue,
    Command,
    CommandError,
    Create,
    EndMeeting,
    EndTurn,
    FakeClock,
    GiveFloor,
    Meeting,
    Move,
    Note,
    Participant,
    PauseMeeting,
    QueueMode,
    Remove,
    RequestFloor,
    ResumeMeeting,
    SetQueueMode,
    SetTurnLimit,
    SkipItem,
    StartMeeting,
    StepTo,
    TurnKind,
    Update,
    WithdrawRequest,
)
from tests.factories import Ids, make_live

ITEMS = ("i1", "i2", "i3", "i4")
PEOPLE = ("p1", "p2", "p3", "p4", "p5", "p6")
words = st.text(alphabet="abcdé 🎉", min_size=1, max_size=8).filter(str.strip)


class UndoMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.clock = FakeClock()
        self.live = make_live()
        self.ids = Ids()
        # notes written before the history starts: undoing typing must not rely on removing them
        for nid, item in (("n-a", "i1"), ("n-b", "i2")):
            self.live.apply(Create.of("notes", Note(nid, item, self.clock.now(), "déjà là")))
        self.live.history.clear()
        #: states[k] is the meeting with k steps on the undo stack
        self.states: list[dict[str, Any]] = [self.live.meeting.to_data()]

    @property
    def depth(self) -> int:
        return len(self.live.history.undo_steps)

    def apply(self, cmd: Command) -> None:
        h = self.live.history
        before, depth, redo = self.live.meeting.to_data(), self.depth, len(h.redo_steps)
        top = len(h.undo_steps[-1].ops) if h.undo_steps else 0
        try:
            self.live.apply(cmd)
        except CommandError:
            assert self.live.meeting.to_data() == before
            assert (self.depth, len(h.redo_steps)) == (depth, redo)
            return
        now = self.live.meeting.to_data()
        merged = self.depth == depth and bool(h.undo_steps) and len(h.undo_steps[-1].ops) != top
        if self.depth == depth + 1 or merged:
            # a new step, or one merged into the step on top (which may sit below undone steps:
            # like QUndoStack, typing again after an undo merges with the step now on top)
            assert not merged or cmd.merge_key() is not None
            self.states = [*self.states[: self.depth], now]
        else:  # a command that changed nothing records nothing
            assert now == before and self.depth == depth and len(h.redo_steps) == redo

    # -- the clock and the agenda ---------------------------------------------------------------

    @rule(seconds=st.integers(0, 900))
    def time_passes(self, seconds: int) -> None:
        self.clock.advance(seconds)

    @rule(item=st.sampled_from(ITEMS))
    def start(self, item: str) -> None:
        self.apply(StartMeeting(self.clock.now(), self.ids("run"), item))

    @rule(item=st.sampled_from(ITEMS))
    def step(self, item: str) -> None:
        self.apply(StepTo(item, self.clock.now(), self.ids("run")))

    @rule(item=st.sampled_from(ITEMS))
    def skip(self, item: str) -> None:
        self.apply(SkipItem(item, self.clock.now(), self.ids("run")))

    @rule()
    def pause(self) -> None:
        self.apply(PauseMeeting(self.ids("pause"), self.clock.now()))

    @rule()
    def resume(self) -> None:
        self.apply(ResumeMeeting(self.clock.now(), self.ids("run")))

    @rule()
    def end(self) -> None:
        self.apply(EndMeeting(self.clock.now()))

    @rule(seconds=st.integers(1, 900), pid=st.sampled_from(PEOPLE))
    def give_earlier(self, seconds: int, pid: str) -> None:
        """A turn dated back (another device's late command): refused after a later event, taken
        once undo has removed the events after it."""
        at = self.clock.now() - timedelta(seconds=seconds)
        self.apply(GiveFloor(self.ids("turn"), at, participant_id=pid))

    # -- the queue ------------------------------------------------------------------------------

    @rule(pid=st.sampled_from(PEOPLE), kind=st.sampled_from(TurnKind))
    def ask(self, pid: str, kind: TurnKind) -> None:
        self.apply(RequestFloor(self.ids("ask"), pid, self.clock.now(), kind))

    @rule(pid=st.none() | st.sampled_from(PEOPLE))
    def give(self, pid: str | None) -> None:
        self.apply(GiveFloor(self.ids("turn"), self.clock.now(), participant_id=pid))

    @rule()
    def end_turn(self) -> None:
        self.apply(EndTurn(self.clock.now()))

    @precondition(lambda self: bool(self.live.meeting.queue))
    @rule(data=st.data())
    def withdraw(self, data: st.DataObject) -> None:
        self.apply(WithdrawRequest(data.draw(st.sampled_from(list(self.live.meeting.queue)))))

    @rule()
    def clear(self) -> None:
        self.apply(ClearQueue())

    @rule(mode=st.sampled_from(QueueMode), limit=st.none() | st.integers(-5, 300))
    def settings(self, mode: QueueMode, limit: int | None) -> None:
        self.apply(SetQueueMode(mode))
        self.apply(SetTurnLimit(limit))

    # -- editing --------------------------------------------------------------------------------

    @rule(item=st.sampled_from(ITEMS), text=words, speaker=st.none() | st.sampled_from(PEOPLE))
    def add_note(self, item: str, text: str, speaker: str | None) -> None:
        note = Note(self.ids("note"), item, self.clock.now(), text, speaker)
        self.apply(Create.of("notes", note))

    @precondition(lambda self: bool(self.live.meeting.notes))
    @rule(data=st.data(), texts=st.lists(words, min_size=1, max_size=6))
    def type_in_note(self, data: st.DataObject, texts: list[str]) -> None:
        nid = data.draw(st.sampled_from(list(self.live.meeting.notes)))
        for text in texts:  # a burst of typing: one undo step
            self.apply(Update("notes", nid, {"text": text}))

    @precondition(lambda self: bool(self.live.meeting.notes))
    @rule(data=st.data())
    def remove_note(self, data: st.DataObject) -> None:
        self.apply(Remove("notes", data.draw(st.sampled_from(list(self.live.meeting.notes)))))

    @rule(item=st.sampled_from(ITEMS), index=st.integers(-1, 5))
    def move_item(self, item: str, index: int) -> None:
        self.apply(Move("items", item, index))

    @rule(title=words, minutes=st.integers(-1, 60))
    def add_item(self, title: str, minutes: int) -> None:
        self.apply(
            Create("items", {"id": self.ids("item"), "title": title, "planned_minutes": minutes})
        )

    @rule(item=st.sampled_from(ITEMS))
    def remove_item(self, item: str) -> None:
        self.apply(Remove("items", item))

    @rule(pid=st.sampled_from(PEOPLE), name=st.sampled_from(["", "Zoé", "Ali"]))
    def rename(self, pid: str, name: str) -> None:
        self.apply(Update("participants", pid, {"name": name}))

    @rule(pid=st.sampled_from(PEOPLE))
    def remove_person(self, pid: str) -> None:
        self.apply(Remove("participants", pid))

    @rule()
    def add_person(self) -> None:
        self.apply(Create.of("participants", Participant(self.ids("px"), "Nouvelle")))

    # -- undo and redo --------------------------------------------------------------------------

    @rule()
    def undo(self) -> None:
        depth = self.depth
        change = self.live.undo()
        if depth == 0:
            assert change is None
            return
        assert self.depth == depth - 1
        assert self.live.meeting.to_data() == self.states[depth - 1]

    @rule()
    def redo(self) -> None:
        depth, redo = self.depth, len(self.live.history.redo_steps)
        change = self.live.redo()
        if redo == 0:
            assert change is None
            return
        assert self.depth == depth + 1
        assert self.live.meeting.to_data() == self.states[depth + 1]

    @invariant()
    def matches_its_depth(self) -> None:
        h = self.live.history
        assert len(self.states) == len(h.undo_steps) + len(h.redo_steps) + 1
        assert self.live.meeting.to_data() == self.states[self.depth]

    @invariant()
    def last_event_as_from_scratch(self) -> None:
        m = self.live.meeting
        stamps = [m.live.started_at] if m.live.started_at else []
        stamps += [p.end or p.start for c in (m.runs, m.turns, m.pauses) for p in c.values()]
        expected = max(stamps, default=None)
        assert m.last_event() == expected
        assert m.copy().last_event() == expected
        assert Meeting.from_data(m.to_data()).last_event() == expected

    @invariant()
    def can_be_saved_and_opened(self) -> None:
        """Whatever the door accepted, the file written from it opens again."""
        data = self.live.meeting.to_data()
        assert Meeting.from_data(data).to_data() == data

    def teardown(self) -> None:
        while self.live.undo() is not None:
            pass
        assert self.live.meeting.to_data() == self.states[0]
        while self.live.redo() is not None:
            pass
        assert self.live.meeting.to_data() == self.states[-1]


UndoMachine.TestCase.settings = settings(
    max_examples=40,
    stateful_step_count=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
test_undo_machine = UndoMachine.TestCase


# -- merging and labels ------------------------------------------------------------------------


@pytest.fixture
def live_note(clock: FakeClock) -> Any:
    live = make_live()
    live.apply(Create.of("notes", Note("n1", "i1", clock.now(), "")))
    return live


def test_a_burst_of_typing_is_one_step(live_note: Any) -> None:
    live = live_note
    typed = "Le guichet est fermé depuis mars."
    for n in range(1, len(typed) + 1):
        live.apply(Update("notes", "n1", {"text": typed[:n]}))
    assert len(live.history.undo_steps) == 2  # the note, then the typing
    assert live.history.undo_label == "Edit"
    live.undo()
    assert live.meeting.notes["n1"].text == ""
    assert live.history.redo_label == "Edit"
    live.redo()
    assert live.meeting.notes["n1"].text == typed


def test_typing_elsewhere_or_another_field_starts_a_new_step(
    live_note: Any, clock: FakeClock
) -> None:
    live = live_note
    live.apply(Create.of("notes", Note("n2", "i1", clock.now(), "")))
    live.apply(Update("notes", "n1", {"text": "a"}))
    live.apply(Update("notes", "n1", {"text": "ab"}))
    live.apply(Update("notes", "n2", {"text": "x"}))  # another note
    live.apply(Update("notes", "n1", {"text": "abc"}))  # back to the first: a new step
    live.apply(Update("notes", "n1", {"speaker_id": "p3"}))  # another field
    assert len(live.history.undo_steps) == 2 + 4
    live.undo()
    assert live.meeting.notes["n1"].speaker_id is None
    live.undo()
    assert live.meeting.notes["n1"].text == "ab"


def test_undo_after_undo_does_not_merge_new_typing(live_note: Any) -> None:
    live = live_note
    live.apply(Update("notes", "n1", {"text": "un"}))
    live.undo()
    live.apply(Update("notes", "n1", {"text": "deux"}))
    assert not live.history.can_redo  # a new change drops the redo branch
    live.undo()
    assert live.meeting.notes["n1"].text == ""
    assert live.history.undo_label == "Add"


def test_labels_follow_the_stack(clock: FakeClock) -> None:
    live = make_live()
    assert (live.history.undo_label, live.history.redo_label) == ("", "")
    assert not live.history.can_undo and live.undo() is None and live.redo() is None
    live.apply(StartMeeting(clock.now(), "r1"))
    clock.advance(60)
    live.apply(RequestFloor("a1", "p2", clock.now()))
    live.apply(GiveFloor("t1", clock.now()))
    assert live.history.undo_label == "Give the floor"
    live.undo()
    assert (live.history.undo_label, live.history.redo_label) == (
        "Add to the queue",
        "Give the floor",
    )
    live.undo()
    live.undo()
    assert (live.history.undo_label, live.history.redo_label) == ("", "Start the meeting")
    assert live.meeting.live.started_at is None and not live.meeting.runs


def test_undo_of_a_give_floor_puts_the_request_back(clock: FakeClock) -> None:
    live = make_live()
    live.apply(StartMeeting(clock.now(), "r1"))
    live.apply(RequestFloor("a1", "p2", clock.now(), TurnKind.DIRECT_REPLY))
    live.apply(GiveFloor("t1", clock.now() + timedelta(seconds=5)))
    live.undo()
    assert list(live.meeting.queue) == ["a1"] and not live.meeting.turns
    assert live.meeting.live.current_turn_id is None


def test_history_keeps_at_most_its_limit(clock: FakeClock) -> None:
    live = make_live()
    live.history.limit = 5
    for n in range(8):
        live.apply(Create.of("items", AgendaItem(f"x{n}", f"Point {n}")))
    assert len(live.history.undo_steps) == 5
    while live.undo():
        pass
    assert list(live.meeting.items)[-3:] == ["x0", "x1", "x2"]  # the oldest steps are kept


def test_an_edit_after_undo_merges_with_the_step_now_on_top(
    live_note: Any, clock: FakeClock
) -> None:
    """As in QUndoStack: the step on top after an undo takes the new edit if it is the same burst."""
    live = live_note
    live.apply(Update("notes", "n1", {"text": "un"}))
    live.apply(RequestFloor("a1", "p2", clock.now()))
    live.undo()
    live.apply(Update("notes", "n1", {"text": "un"}))  # the same text again: still one step
    assert not live.history.can_redo
    assert [s.label for s in live.history.undo_steps] == ["Add", "Edit"]
    live.undo()
    assert live.meeting.notes["n1"].text == ""
