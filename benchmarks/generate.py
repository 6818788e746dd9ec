"""A large, realistic meeting for the benchmarks, built through the one door.

Every part is made by a command applied with ``LiveMeeting.apply`` and a :class:`FakeClock`, so the
result is a meeting the app itself could have recorded: turns, runs and pauses follow each other in
time, references hold, and ``Meeting.from_data(m.to_data())`` gives it back. The same seed gives the
same meeting, byte for byte (the ids come from the seeded generator, not from ``new_id()``).

    python benchmarks/generate.py -o big.json            # the default size, as a meeting file
    python benchmarks/generate.py --notes 300 -o s.json  # smaller
    python benchmarks/generate.py --scale 3 -o x3.json   # three times larger (120 items, 9,000 notes)
"""

from __future__ import annotations

import argparse
import random
import sys
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitation.models import (
    COLLECTIONS,
    Action,
    ActionStatus,
    AgendaItem,
    Attendance,
    Command,
    Create,
    Decision,
    DecisionMethod,
    Details,
    EndMeeting,
    FakeClock,
    GiveFloor,
    ItemKind,
    LiveMeeting,
    Meeting,
    Mode,
    Note,
    NoteKind,
    OpenQuestion,
    Participant,
    PauseMeeting,
    RequestFloor,
    ResumeMeeting,
    Role,
    SetDetails,
    StartMeeting,
    StepTo,
    TurnKind,
)

SEED = 20210617


def _words(text: str) -> tuple[str, ...]:
    return tuple(text.split())


FIRST = _words(
    "Amina Bruno Chloé David Elif Fatou Gaëlle Hugo Inès Jonas Karim Léa Mehdi Nora Olivier "
    "Pauline Quentin Rania Samir Thaïs Ugo Valérie Wassim Xavier Yasmine Zoé"
)
LAST = _words(
    "Dubois Lambert Peeters Janssens Mertens Diallo El Amrani Yilmaz Leclercq Renard Dupont "
    "Martin Simon Laurent Lefèvre Michel Nguyen Fontaine Claes Wouters"
)
GROUPS = ("CPAS Ixelles", "Maison médicale", "Infirmiers de rue", "SAJ", "Planning familial", "")
WORDS = _words(
    "accueil bénéficiaires permanence logement réseau budget équipe supervision dossier "
    "partenaires subsides horaires formation rapport procédure urgence suivi orientation "
    "sans-abrisme santé mentale précarité médiation secret professionnel intervision "
    "coordination évaluation calendrier locaux bénévoles convention quartier familles "
    "jeunes public accès droits administration projet pilote proposition accord"
)


@dataclass(frozen=True)
class Size:
    """How big the meeting is; the defaults are the issue's 'large meeting'."""

    items: int = 40
    participants: int = 60
    notes: int = 3000
    turns: int = 800
    decisions: int = 150
    actions: int = 150
    questions: int = 40

    def scaled(self, k: int) -> Size:
        """``k`` times this meeting: as many more of every part (``--scale 3``: 120 items…)."""
        return Size(**{name: value * k for name, value in vars(self).items()})


QUICK = Size(items=10, participants=20, notes=300, turns=80, decisions=15, actions=15, questions=5)


def _spread(total: int, parts: int, rng: random.Random) -> list[int]:
    """``total`` split into ``parts`` uneven, non-negative counts (some items run long)."""
    weights = [rng.uniform(0.3, 1.7) for _ in range(parts)]
    scale = total / sum(weights)
    counts = [int(w * scale) for w in weights]
    for i in range(total - sum(counts)):
        counts[i % parts] += 1
    return counts


class _Builder:
    def __init__(self, size: Size, seed: int) -> None:
        self.size = size
        self.rng = random.Random(seed)
        self.clock = FakeClock()
        self._n = 0
        meeting = Meeting(self.id(), created=self.clock.now() - timedelta(days=7))
        #: the meeting before any command, and every command applied to it (for the replay)
        self.start = meeting.copy()
        self.commands: list[Command] = []
        self.live = LiveMeeting(meeting)

    def id(self) -> str:
        # deterministic and unique, shaped like new_id()'s 12 hex digits
        self._n += 1
        return f"{self.rng.getrandbits(24):06x}{self._n:06x}"

    def text(self, low: int, high: int) -> str:
        words = self.rng.choices(WORDS, k=self.rng.randint(low, high))
        return " ".join(words).capitalize() + "."

    def apply(self, cmd: Command) -> None:
        self.live.apply(cmd)
        self.commands.append(cmd)

    def tick(self, low: float, high: float) -> datetime:
        self.clock.advance(round(self.rng.uniform(low, high), 3))
        return self.clock.now()

    def prepare(self) -> tuple[list[str], list[str]]:
        s, rng = self.size, self.rng
        self.apply(
            SetDetails(
                Details(
                    title="Assemblée des travailleurs sociaux (banc d'essai)",
                    series="Rencontres",
                    number=12,
                    date=date(2021, 6, 17),
                    planned_start=time(18, 0),
                    planned_end=time(21, 0),
                    place="Maison des associations, Bruxelles",
                    mode=Mode.HYBRID,
                    organisers=("Collectif des travailleurs sociaux",),
                    language="fr",
                )
            )
        )
        people = []
        for i in range(s.participants):
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i + 1}"
            role = Role.FACILITATOR if i == 0 else Role.NOTE_TAKER if i == 1 else Role.MEMBER
            att = Attendance.PRESENT if rng.random() < 0.85 else Attendance.EXCUSED
            p = Participant(self.id(), name, rng.choice(GROUPS), role, att)
            self.apply(Create.of("participants", p))
            people.append(p.id)
        items = []
        for i in range(s.items):
            item = AgendaItem(
                self.id(),
                f"Point {i + 1}: {self.text(2, 6)[:-1]}",
                self.text(10, 30),
                tuple(self.text(4, 10) for _ in range(rng.randint(0, 3))),
                rng.choice((5, 10, 15, 20)),
                rng.choice(list(ItemKind)),
            )
            self.apply(Create.of("items", item))
            items.append(item.id)
        return people, items

    def hold(self, people: list[str], items: list[str], ended: bool) -> None:
        s, rng = self.size, self.rng
        n = len(items)
        turns = _spread(s.turns, n, rng)
        notes = _spread(s.notes, n, rng)
        decisions = _spread(s.decisions, n, rng)
        actions = _spread(s.actions, n, rng)
        questions = _spread(s.questions, n, rng)
        self.apply(StartMeeting(self.clock.now(), self.id(), items[0]))
        for k, item_id in enumerate(items):
            if k:
                self.apply(StepTo(item_id, self.tick(5, 30), self.id()))
            if k == n // 2:  # one break in the middle, as every long meeting has
                self.apply(PauseMeeting(self.id(), self.tick(1, 5), "pause"))
                self.apply(ResumeMeeting(self.tick(600, 900), self.id()))
            speakers: list[str] = []
            # interleave turns with the notes taken while people speak
            per_turn = max(1, notes[k] // max(1, turns[k]))
            written = 0
            for _ in range(turns[k]):
                pid = rng.choice(people)
                kind = TurnKind.DIRECT_REPLY if rng.random() < 0.1 else TurnKind.NORMAL
                entry = self.id()
                self.apply(RequestFloor(entry, pid, self.tick(1, 5), kind))
                self.apply(GiveFloor(self.id(), self.tick(0.5, 3), entry_id=entry))
                speakers.append(pid)
                for _ in range(min(per_turn, notes[k] - written)):
                    self._note(item_id, pid, written)
                    written += 1
                self.tick(2, 10)
            for _ in range(notes[k] - written):
                self._note(item_id, rng.choice(speakers) if speakers else None, written)
                written += 1
            for _ in range(decisions[k]):
                self._decision(item_id)
            for _ in range(actions[k]):
                self._action(item_id, people)
            for _ in range(questions[k]):
                q = OpenQuestion(self.id(), item_id, self.text(5, 15), self.tick(1, 5))
                self.apply(Create.of("questions", q))
        if ended:
            self.apply(EndMeeting(self.tick(5, 30)))

    def _note(self, item_id: str, speaker: str | None, k: int) -> None:
        note = Note(
            self.id(),
            item_id,
            self.tick(0.5, 3),
            self.text(6, 45),
            speaker,
            "note-taker",
            NoteKind.NOTE,
        )
        self.apply(Create.of("notes", note))

    def _decision(self, item_id: str) -> None:
        rng = self.rng
        text, at = self.text(8, 30), self.tick(1, 5)
        if rng.random() < 0.3:
            d = Decision(
                self.id(),
                item_id,
                text,
                at,
                DecisionMethod.VOTE,
                votes_for=rng.randint(10, 40),
                votes_against=rng.randint(0, 10),
                abstentions=rng.randint(0, 8),
            )
        else:
            d = Decision(self.id(), item_id, text, at, DecisionMethod.CONSENSUS)
        self.apply(Create.of("decisions", d))

    def _action(self, item_id: str, people: list[str]) -> None:
        rng = self.rng
        owner = rng.choice(people) if rng.random() < 0.8 else None
        a = Action(
            self.id(),
            item_id,
            self.text(5, 20),
            owner,
            "" if owner else "le collectif",
            date(2021, 7, 1) + timedelta(days=rng.randint(0, 90)),
            rng.choice(list(ActionStatus)),
            self.tick(1, 5),
        )
        self.apply(Create.of("actions", a))


def large_meeting(size: Size = Size(), seed: int = SEED, ended: bool = False) -> Meeting:
    """A held meeting of ``size``; by default still running (last item live, someone speaking).

    Left running, it puts the facilitator's window in its busiest state: a live item, a current
    speaker, timers to paint.
    """
    return recorded_meeting(size, seed, ended)[0]


def recorded_meeting(
    size: Size = Size(), seed: int = SEED, ended: bool = False
) -> tuple[Meeting, Meeting, list[Command]]:
    """The meeting of :func:`large_meeting`, the empty meeting it started from, and the commands
    that made it (what a journal of the whole evening would hold)."""
    b = _Builder(size, seed)
    people, items = b.prepare()
    b.hold(people, items, ended)
    return b.live.meeting, b.start, b.commands


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("-o", "--output", type=Path, required=True, help="meeting file to write")
    p.add_argument("--seed", type=int, default=SEED)
    p.add_argument("--quick", action="store_true", help="the small meeting of --quick runs")
    p.add_argument("--ended", action="store_true", help="end the meeting after the last item")
    p.add_argument(
        "--scale", type=int, default=1, help="k times every count (3: 120 items, 9,000 notes…)"
    )
    for name, value in vars(Size()).items():
        p.add_argument(f"--{name}", type=int, default=None, help=f"default {value}")
    ns = p.parse_args(argv)
    base = QUICK if ns.quick else Size()
    size = Size(
        **{k: getattr(ns, k) if getattr(ns, k) is not None else v for k, v in vars(base).items()}
    ).scaled(ns.scale)
    meeting = large_meeting(size, ns.seed, ns.ended)
    from facilitation.storage.fileformat import save_meeting

    save_meeting(ns.output, meeting)
    parts = ", ".join(
        f"{len(meeting.collection(c))} {c}" for c in COLLECTIONS if meeting.collection(c)
    )
    print(f"wrote {ns.output}: {parts}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
