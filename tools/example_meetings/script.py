"""A small script runner for the examples: every change through the one door, with a FakeClock and fixed ids."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time

from example_meetings.cast import BRUSSELS_SUMMER, MEETING_ID, NOTE_TAKER_NAME
from facilitation.models import (
    Action,
    ActionStatus,
    Command,
    Create,
    Decision,
    DecisionMethod,
    EndTurn,
    FakeClock,
    GiveFloor,
    LiveMeeting,
    Meeting,
    Note,
    OpenQuestion,
    RequestFloor,
    StartMeeting,
    StepTo,
    TurnKind,
)


@dataclass
class Script:
    """Applies commands through the door with a fake clock, and hands out fixed ids."""

    live: LiveMeeting
    clock: FakeClock
    counters: dict[str, int] = field(default_factory=dict)

    def new_id(self, prefix: str) -> str:
        self.counters[prefix] = self.counters.get(prefix, 0) + 1
        return f"{prefix}-{self.counters[prefix]:03d}"

    def do(self, cmd: Command) -> None:
        self.live.apply(cmd, initiator="make_examples")

    @property
    def now(self) -> datetime:
        return self.clock.now()

    @property
    def item(self) -> str:
        item = self.live.meeting.live.current_item_id
        assert item is not None, "the script records something outside any item"
        return item

    def wait(self, seconds: float) -> None:
        self.clock.advance(seconds)

    def at(self, hhmm: str) -> None:
        """Let the clock run to ``hhmm`` that evening (raises if the script went past it)."""
        h, m = (int(x) for x in hhmm.split(":"))
        target = datetime.combine(self.now.date(), time(h, m), tzinfo=BRUSSELS_SUMMER)
        self.clock.advance((target - self.now).total_seconds())

    # -- the agenda -----------------------------------------------------------------------------

    def start(self, hhmm: str, item_id: str) -> None:
        self.at(hhmm)
        self.do(StartMeeting(self.now, self.new_id("run"), item_id))

    def step(self, hhmm: str, item_id: str) -> None:
        self.at(hhmm)
        self.do(StepTo(item_id, self.now, self.new_id("run")))

    # -- the floor ------------------------------------------------------------------------------

    def ask(self, pid: str, kind: TurnKind = TurnKind.NORMAL) -> None:
        self.do(RequestFloor(self.new_id("ask"), pid, self.now, kind))
        self.wait(2)

    def give(self, seconds: float) -> None:
        """Give the floor to whoever the queue puts first; they are still speaking after."""
        self.do(GiveFloor(self.new_id("turn"), self.now))
        self.wait(seconds)

    def end_turn(self) -> None:
        self.do(EndTurn(self.now))
        self.wait(5)

    def speak(self, pid: str, seconds: float) -> None:
        """Somebody asks for the floor, gets it, speaks and hands it back."""
        self.ask(pid)
        self.give(seconds)
        self.end_turn()

    def hand(self, pid: str, seconds: float) -> None:
        """The facilitator hands the floor straight to somebody (a round: nobody queues)."""
        self.do(GiveFloor(self.new_id("turn"), self.now, participant_id=pid))
        self.wait(seconds)
        self.do(EndTurn(self.now))
        self.wait(3)

    # -- the record -----------------------------------------------------------------------------

    def note(self, text: str, speaker: str | None = None) -> None:
        note = Note(self.new_id("note"), self.item, self.now, text, speaker, NOTE_TAKER_NAME)
        self.do(Create.of("notes", note))

    def decide(
        self,
        text: str,
        method: DecisionMethod = DecisionMethod.CONSENSUS,
        votes: tuple[int, int, int] | None = None,
        objections: str = "",
    ) -> None:
        f, a, ab = votes or (None, None, None)
        d = Decision(
            self.new_id("decision"), self.item, text, self.now, method, f, a, ab, objections
        )
        self.do(Create.of("decisions", d))

    def act(self, what: str, owner_id: str, due: date) -> str:
        aid = self.new_id("action")
        action = Action(aid, self.item, what, owner_id, "", due, ActionStatus.OPEN, self.now)
        self.do(Create.of("actions", action))
        return aid

    def question(self, text: str) -> None:
        self.do(
            Create.of("questions", OpenQuestion(self.new_id("question"), self.item, text, self.now))
        )


def new_live() -> tuple[LiveMeeting, Script]:
    clock = FakeClock(datetime(2021, 6, 17, 18, 0, tzinfo=BRUSSELS_SUMMER))
    created = datetime(2021, 6, 1, 9, 30, tzinfo=BRUSSELS_SUMMER)
    live = LiveMeeting(Meeting(MEETING_ID, created=created))
    return live, Script(live, clock)
