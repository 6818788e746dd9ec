"""A whole meeting played step by step from a seed: the same seed always gives the same meeting.

Used by the replay, kill and session tests (and by the child process of the kill test), so the
parent can rebuild exactly what the child did up to any step.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from typing import Any

from facilitation.models import (
    AgendaItem,
    CommandError,
    Create,
    Decision,
    Details,
    EndTurn,
    GiveFloor,
    LiveMeeting,
    Meeting,
    Note,
    Participant,
    PauseMeeting,
    QueueMode,
    Remove,
    RequestFloor,
    ResumeMeeting,
    SetQueueMode,
    StartMeeting,
    StepTo,
    Update,
)

TEXTS = [
    "On reprend le point 2.",
    "Ça marche, on vote 🗳️ ?",
    "مرحبا بالجميع",  # Arabic, right to left
    "שלום לכולם",  # Hebrew, right to left
    "mixed ‏RTL‎ marks and \u202eoverride",
    "control \x00\x07\x1b\x7f characters",
    "line one\nline two\ttabbed",
    "👩‍👩‍👧 family, 🇧🇪 flag, ​zero width",
    '“Quotes” and \\backslashes\\ and "doubles"',
    "",
]

START = datetime(2021, 6, 17, 18, 0, tzinfo=timezone(timedelta(hours=2)))


def initial_meeting() -> Meeting:
    m = Meeting("rencontre-test", Details(title="2e rencontre – test ✨"), created=START)
    for i in range(6):
        p = Participant(f"p{i}", f"Personne {i} {TEXTS[i % 4]}", group=f"g{i % 3}")
        m.participants[p.id] = p
    for i in range(5):
        it = AgendaItem(f"i{i}", f"Point {i}: {TEXTS[(i + 2) % 8]}", planned_minutes=10)
        m.items[it.id] = it
    return m


class Scenario:
    """Steps of a meeting; ``step(live)`` applies the next one through the door."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.now = START
        self.i = 0

    def _text(self) -> str:
        return self.rng.choice(TEXTS) + f" #{self.i}"

    def step(self, live: LiveMeeting) -> str:
        """Apply one step (a command, an undo or a redo); return what it was."""
        self.i += 1
        self.now += timedelta(
            seconds=self.rng.randint(1, 40), microseconds=self.rng.randint(0, 999)
        )
        m = live.meeting
        if m.live.started_at is None:
            live.apply(StartMeeting(self.now, f"r{self.i}"))
            return "start"
        for _ in range(20):
            choice = self.rng.choices(
                [
                    "note",
                    "edit",
                    "ask",
                    "give",
                    "end",
                    "next",
                    "pause",
                    "decide",
                    "undo",
                    "redo",
                    "mode",
                    "remove",
                ],
                weights=[30, 8, 10, 8, 4, 3, 2, 4, 6, 3, 1, 2],
            )[0]
            try:
                if self._do(choice, live):
                    return choice
            except CommandError:
                continue
        # always possible while the meeting is open: a plain note on the first item
        live.apply(Create.of("notes", Note(f"n{self.i}", "i0", self.now, self._text())))
        return "note"

    def _do(self, choice: str, live: LiveMeeting) -> bool:
        m, rng, now, i = live.meeting, self.rng, self.now, self.i
        item = m.live.current_item_id or "i0"
        people = list(m.participants)
        if choice == "note":
            speaker = rng.choice([None, *people])
            live.apply(Create.of("notes", Note(f"n{i}", item, now, self._text(), speaker)))
        elif choice == "edit":
            if not m.notes:
                return False
            nid = rng.choice(list(m.notes))
            live.apply(Update("notes", nid, {"text": self._text()}))
        elif choice == "remove":
            if not m.notes:
                return False
            live.apply(Remove("notes", rng.choice(list(m.notes))))
        elif choice == "ask":
            live.apply(RequestFloor(f"q{i}", rng.choice(people), now))
        elif choice == "give":
            live.apply(GiveFloor(f"t{i}", now))
        elif choice == "end":
            live.apply(EndTurn(now))
        elif choice == "next":
            live.apply(StepTo(rng.choice(list(m.items)), now, f"r{i}"))
        elif choice == "pause":
            if m.is_paused:
                live.apply(ResumeMeeting(now, f"r{i}"))
            else:
                live.apply(PauseMeeting(f"pa{i}", now, self._text()))
        elif choice == "decide":
            text = self._text().strip() or "décidé"
            live.apply(Create.of("decisions", Decision(f"d{i}", item, text, now)))
        elif choice == "undo":
            return live.undo() is not None
        elif choice == "redo":
            return live.redo() is not None
        elif choice == "mode":
            live.apply(SetQueueMode(rng.choice(list(QueueMode))))
        return True


def build(seed: int, steps: int) -> Meeting:
    """The meeting after ``steps`` steps of scenario ``seed``."""
    live = LiveMeeting(initial_meeting())
    sc = Scenario(seed)
    for _ in range(steps):
        sc.step(live)
    return live.meeting


#: the note editor's draft key in the kill test's child
DRAFT_KEY = "note-editor"


class Typist:
    """The kill test's child loop, replayable by the parent: the scenario's steps, with a note being
    typed now and then (a draft) and entered a few steps later (Enter: the draft becomes a note).

    ``step`` returns what it did and its number: ``("C", n)`` a scenario step, ``("D", n)`` a draft
    typed, ``("E", n)`` a note entered (its id is ``enter<n>``, its text the draft's)."""

    def __init__(self, seed: int) -> None:
        self.scenario = Scenario(seed)
        self.n = 0
        self.draft = ""
        #: the text of each note entered, by id
        self.entered: dict[str, str] = {}

    def step(self, live: LiveMeeting, session: Any = None) -> tuple[str, int]:
        self.n += 1
        n = self.n
        if n % 7 == 0:
            self.draft = f"draft {n}: je tape une note 😀 مرحبا"
            if session is not None:
                session.set_draft(DRAFT_KEY, self.draft)
            return "D", n
        if n % 7 == 3 and self.draft and live.meeting.live.started_at is not None:
            note = Note(f"enter{n}", "i0", self.scenario.now, self.draft)
            if session is not None:
                with session.draft_becomes(DRAFT_KEY):
                    live.apply(Create.of("notes", note))
                session.set_draft(DRAFT_KEY, "")  # what the editor does once it is cleared
            else:
                live.apply(Create.of("notes", note))
            self.entered[note.id] = note.text
            self.draft = ""
            return "E", n
        self.scenario.step(live)
        return "C", n
