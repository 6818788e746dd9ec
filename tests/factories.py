"""Builders shared by the tests: small meetings, a whole evening walked through the door, examples.

Everything goes through ``LiveMeeting.apply`` with a :class:`FakeClock` and counted ids, so a test
that builds the same thing twice gets the same meeting. Import freely from any test package::

    from tests.factories import make_live, make_meeting, walk_meeting, load_example
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

from facilitation.models import (
    Action,
    AgendaItem,
    Attendance,
    Change,
    Command,
    Create,
    Decision,
    DecisionMethod,
    Details,
    EndMeeting,
    EndTurn,
    FakeClock,
    GiveFloor,
    LiveMeeting,
    Meeting,
    Mode,
    NextMeeting,
    Note,
    OpenQuestion,
    Participant,
    PauseMeeting,
    RequestFloor,
    ResumeMeeting,
    Role,
    SetDetails,
    SetNextMeeting,
    SkipItem,
    StartMeeting,
    StepTo,
    TurnKind,
    Update,
)
from facilitation.resources import example

#: Brussels in summer; the FakeClock's default start (17 June 2021, 18:00) is in this zone
BRUSSELS = timezone(timedelta(hours=2))
T0 = datetime(2021, 6, 17, 18, 0, tzinfo=BRUSSELS)

#: (name, group) of the default participants: four groups, as in a real assembly
PEOPLE: tuple[tuple[str, str], ...] = (
    ("Anne Dubois", "associatif"),
    ("Marc Janssens", "associatif"),
    ("Sophie Lambert", "service public"),
    ("Karim Benali", "usager·es"),
    ("Nathalie Peeters", "syndicat"),
    ("Julien Wauters", "associatif"),
)


class Ids:
    """Counted ids per prefix: ``ids("turn")`` gives "turn-1", then "turn-2"…"""

    def __init__(self) -> None:
        self._n: dict[str, int] = {}

    def __call__(self, prefix: str) -> str:
        self._n[prefix] = self._n.get(prefix, 0) + 1
        return f"{prefix}-{self._n[prefix]}"


def make_details(
    start: time | None = time(18, 30), end: time | None = time(20, 30), **changes: Any
) -> Details:
    values: dict[str, Any] = {
        "title": "Réunion de test",
        "series": "Rencontres",
        "number": 2,
        "date": date(2021, 6, 17),
        "planned_start": start,
        "planned_end": end,
        "mode": Mode.ONLINE,
        "online_link": "https://meet.example.org/test",
        "organisers": ("Collectif de test",),
    }
    values.update(changes)
    return Details(**values)


def make_live(
    planned: Sequence[int] = (10, 20, 30, 15),
    people: Sequence[tuple[str, str]] = PEOPLE,
    details: Details | None = None,
    meeting_id: str = "m-test",
) -> LiveMeeting:
    """A prepared meeting (not started) behind a door: items ``i1``…, participants ``p1``….

    ``planned`` gives each item's planned minutes; ``people`` (name, group) pairs; the first person is
    the facilitator, the second the note-taker. The undo history is cleared: tests start from here.
    """
    live = LiveMeeting(Meeting(meeting_id, created=T0 - timedelta(days=14)))
    live.apply(SetDetails(details or make_details()))
    for n, minutes in enumerate(planned, 1):
        live.apply(Create.of("items", AgendaItem(f"i{n}", f"Point {n}", planned_minutes=minutes)))
    roles = {0: Role.FACILITATOR, 1: Role.NOTE_TAKER}
    for n, (name, group) in enumerate(people, 1):
        p = Participant(f"p{n}", name, group, roles.get(n - 1, Role.MEMBER))
        live.apply(Create.of("participants", p))
    live.history.clear()
    return live


def make_meeting(**kwargs: Any) -> Meeting:
    """The meeting of :func:`make_live` (same arguments), without its door."""
    return make_live(**kwargs).meeting


class Recorder:
    """A listener that keeps every command the door announces (undo and redo arrive as Patch)."""

    def __init__(self, live: LiveMeeting) -> None:
        self.live = live
        self.commands: list[Command] = []
        self.changes: list[Change] = []
        live.subscribe(self)

    def __call__(self, change: Change) -> None:
        self.changes.append(change)
        self.commands.append(change.command)

    def stop(self) -> None:
        self.live.unsubscribe(self)


def as_json(commands: Iterable[Command]) -> str:
    """The commands as the journal would write them (a JSON list)."""
    return json.dumps([c.to_data() for c in commands], ensure_ascii=False)


def walk_meeting(
    live: LiveMeeting, clock: FakeClock, ids: Ids | None = None, undo: bool = True
) -> list[Command]:
    """Hold a whole meeting made by :func:`make_live` (four items, six people); return its commands.

    Covers every kind of live command: start, queue with a direct reply and a point of order, notes
    (a burst of edits on one text), a pause, a skip, a revisit, decisions, an action, an open
    question, the next meeting, the end; with ``undo`` a few undo/redo steps along the way.
    """
    ids = ids or Ids()
    rec = Recorder(live)
    m = live.meeting

    def do(cmd: Command) -> None:
        live.apply(cmd)

    def now() -> datetime:
        return clock.now()

    clock.advance(30 * 60)  # 18:30
    do(StartMeeting(now(), ids("run")))
    do(SkipItem("i4", now(), ids("run")))  # not the live item: only marked skipped
    for pid in ("p3", "p4"):
        do(RequestFloor(ids("ask"), pid, now()))
        clock.advance(5)
    do(GiveFloor(ids("turn"), now()))
    clock.advance(90)
    do(RequestFloor(ids("ask"), "p5", now(), TurnKind.DIRECT_REPLY))
    clock.advance(30)
    do(GiveFloor(ids("turn"), now()))  # the direct reply jumps ahead of p4
    clock.advance(45)
    note_id = ids("note")
    do(Create.of("notes", Note(note_id, "i1", now(), "Le", "p3", "Julie")))
    for text in ("Le guichet", "Le guichet est", "Le guichet est fermé."):
        do(Update("notes", note_id, {"text": text}))
    if undo:
        live.undo()  # the whole burst of typing goes…
        live.redo()  # …and comes back
    do(EndTurn(now()))
    clock.advance(8 * 60)
    do(StepTo("i2", now(), ids("run")))
    do(RequestFloor(ids("ask"), "p6", now(), TurnKind.POINT_OF_ORDER))
    do(GiveFloor(ids("turn"), now()))
    clock.advance(20)
    do(GiveFloor(ids("turn"), now(), participant_id="p1"))
    clock.advance(12 * 60)
    do(EndTurn(now()))
    do(PauseMeeting(ids("pause"), now(), "Pause"))
    clock.advance(10 * 60)
    do(ResumeMeeting(now(), ids("run")))
    clock.advance(5 * 60)
    d = Decision(ids("decision"), "i2", "On organise une journée d'arrêt.", now())
    do(Create.of("decisions", d))
    vote = Decision(
        ids("decision"), "i2", "En octobre.", now(), DecisionMethod.VOTE, 12, 3, 2, "Trop tôt"
    )
    do(Create.of("decisions", vote))
    action = Action(ids("action"), "i2", "Rédiger l'appel", "p2", "", date(2021, 7, 1), at=now())
    do(Create.of("actions", action))
    if undo:
        live.undo()
        live.redo()
    do(Create.of("questions", OpenQuestion(ids("question"), "i2", "Avec qui ?", now())))
    do(StepTo("i1", now(), ids("run")))  # a revisit
    clock.advance(4 * 60)
    do(StepTo("i3", now(), ids("run")))
    clock.advance(25 * 60)
    do(SetNextMeeting(NextMeeting(date(2021, 9, 9), time(18, 30), "Maison des associations")))
    do(EndMeeting(now()))
    assert m.live.ended_at is not None
    rec.stop()
    return rec.commands


def load_example(name: str) -> dict[str, Any]:
    """A bundled example file as a JSON document (``rencontre-2.json``, ``rencontre-2-held.json``)."""
    data: dict[str, Any] = json.loads(example(name).read_text("utf-8"))
    return data


def example_meeting(name: str = "rencontre-2-held.json") -> Meeting:
    """A bundled example as a :class:`Meeting`."""
    return Meeting.from_data(load_example(name)["meeting"])


def present(m: Meeting) -> list[Participant]:
    return [p for p in m.participants.values() if p.attendance is Attendance.PRESENT]
