"""The speakers' queue: who gets the floor next, and what the turn records."""

from __future__ import annotations

from datetime import timedelta

import pytest

from facilitation.models import (
    ClearQueue,
    EndTurn,
    FakeClock,
    GiveFloor,
    LiveMeeting,
    Move,
    QueueMode,
    RequestFloor,
    SetQueueMode,
    StartMeeting,
    StepTo,
    TurnKind,
    WithdrawRequest,
)
from facilitation.models.queue import has_spoken, ordered_queue
from tests.factories import Ids, make_live

NORMAL, REPLY, ORDER = TurnKind.NORMAL, TurnKind.DIRECT_REPLY, TurnKind.POINT_OF_ORDER


class Room:
    """A running meeting with helpers to queue people and see who is next."""

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.live: LiveMeeting = make_live()
        self.ids = Ids()
        self.live.apply(StartMeeting(clock.now(), "r0"))

    def ask(self, pid: str, kind: TurnKind = NORMAL) -> str:
        self.clock.advance(1)
        eid = self.ids("ask")
        self.live.apply(RequestFloor(eid, pid, self.clock.now(), kind))
        return eid

    def order(self) -> list[str]:
        return [e.participant_id for e in ordered_queue(self.live.meeting)]

    def next_speaker(self, seconds: float = 30) -> str:
        self.clock.advance(1)
        tid = self.ids("turn")
        self.live.apply(GiveFloor(tid, self.clock.now()))
        self.clock.advance(seconds)
        self.live.apply(EndTurn(self.clock.now()))
        return self.live.meeting.turns[tid].participant_id

    def speak(self, pid: str, seconds: float = 30) -> None:
        self.clock.advance(1)
        self.live.apply(GiveFloor(self.ids("turn"), self.clock.now(), participant_id=pid))
        self.clock.advance(seconds)
        self.live.apply(EndTurn(self.clock.now()))

    def step(self, item: str) -> None:
        self.clock.advance(1)
        self.live.apply(StepTo(item, self.clock.now(), self.ids("run")))


@pytest.fixture
def room(clock: FakeClock) -> Room:
    return Room(clock)


def test_first_come_first_served(room: Room) -> None:
    for pid in ("p4", "p2", "p5", "p3"):
        room.ask(pid)
    assert room.order() == ["p4", "p2", "p5", "p3"]
    assert [room.next_speaker() for _ in range(4)] == ["p4", "p2", "p5", "p3"]
    assert room.live.meeting.queue == {}


def test_point_of_order_then_direct_reply_jump_the_queue(room: Room) -> None:
    room.ask("p2")
    room.ask("p3")
    room.ask("p4", REPLY)
    room.ask("p5", ORDER)
    room.ask("p6", REPLY)
    room.ask("p1", ORDER)
    assert room.order() == ["p5", "p1", "p4", "p6", "p2", "p3"]
    spoken = [room.next_speaker() for _ in range(6)]
    assert spoken == ["p5", "p1", "p4", "p6", "p2", "p3"]
    kinds = [t.kind for t in room.live.meeting.turns.values()]
    assert kinds == [ORDER, ORDER, REPLY, REPLY, NORMAL, NORMAL]  # the turn keeps its kind


def test_the_facilitator_can_reorder_within_the_queue(room: Room) -> None:
    room.ask("p2")
    room.ask("p3")
    last = room.ask("p4")
    room.live.apply(Move("queue", last, 0))
    assert room.order() == ["p4", "p2", "p3"]


def test_progressive_per_item(room: Room) -> None:
    room.live.apply(SetQueueMode(QueueMode.PROGRESSIVE_ITEM))
    room.speak("p2")
    room.ask("p2")  # has spoken on this item
    room.ask("p3")
    room.ask("p4")
    assert room.order() == ["p3", "p4", "p2"]
    assert has_spoken(room.live.meeting, QueueMode.PROGRESSIVE_ITEM) == {"p2"}
    room.step("i2")  # on a new item everybody starts again: back to first come
    assert room.order() == ["p2", "p3", "p4"]
    assert room.next_speaker() == "p2"
    room.ask("p2")
    assert room.order() == ["p3", "p4", "p2"]


def test_progressive_per_meeting(room: Room) -> None:
    room.live.apply(SetQueueMode(QueueMode.PROGRESSIVE_MEETING))
    room.speak("p2")
    room.step("i2")
    room.ask("p2")
    room.ask("p3")
    assert room.order() == ["p3", "p2"]  # p2 spoke on i1: still counts in the whole meeting
    room.live.apply(SetQueueMode(QueueMode.FIRST_COME))
    assert room.order() == ["p2", "p3"]


def test_progressive_never_delays_a_point_of_order(room: Room) -> None:
    room.live.apply(SetQueueMode(QueueMode.PROGRESSIVE_ITEM))
    room.speak("p2")
    room.ask("p3")
    room.ask("p2", ORDER)
    room.ask("p2")
    assert room.order() == ["p2", "p3", "p2"]
    assert [e.kind for e in ordered_queue(room.live.meeting)] == [ORDER, NORMAL, NORMAL]


def test_giving_the_floor_closes_the_previous_turn_at_the_same_instant(room: Room) -> None:
    room.ask("p2")
    room.ask("p3")
    room.live.apply(GiveFloor("t1", room.clock.now()))
    room.clock.advance(42)
    handover = room.clock.now()
    room.live.apply(GiveFloor("t2", handover))
    turns = room.live.meeting.turns
    assert turns["t1"].end == handover == turns["t2"].start
    assert turns["t1"].end - turns["t1"].start == timedelta(seconds=42)
    assert room.live.meeting.live.current_turn_id == "t2"


def test_give_to_a_chosen_request_withdraw_and_clear(room: Room) -> None:
    room.ask("p2")
    chosen = room.ask("p3")
    gone = room.ask("p4")
    room.ask("p5")
    room.live.apply(GiveFloor("t1", room.clock.now(), entry_id=chosen))
    assert room.live.meeting.turns["t1"].participant_id == "p3"
    room.live.apply(WithdrawRequest(gone))
    assert room.order() == ["p2", "p5"]
    room.live.apply(ClearQueue())
    assert room.order() == []


def test_the_turn_remembers_its_item(room: Room) -> None:
    room.speak("p2")
    room.step("i3")
    room.speak("p3")
    assert [t.item_id for t in room.live.meeting.turns.values()] == ["i1", "i3"]
