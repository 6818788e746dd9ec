"""Regenerate the screenshots of the three live windows in docs/ (offscreen; no display needed).

    python tools/screenshots.py                 # every window, in English and in French
    python tools/screenshots.py --lang fr       # French only
    python tools/screenshots.py --window projector

Each window is shot as it is maximised on a 1366×768 laptop screen (its available area: the height
less a 32-pixel panel), the screen most facilitators and note-takers run a meeting from; the
projector's window is shot at the same size (a laptop's own screen, or a projector at 1366×768).
Files: docs/facilitator-<lang>.png, docs/notetaker-<lang>.png, docs/projector-<lang>.png.

The windows show the bundled "2e rencontre" midway: its agenda and the people of the held example,
walked through the one door with a fake clock to 19:10, item 3 running, someone speaking, a queue,
a few notes. The same meeting and the same clock every run (the random ids are never shown): the
same pictures.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from facilitation.models import (
    Action,
    Create,
    Decision,
    DecisionMethod,
    FakeClock,
    GiveFloor,
    LiveMeeting,
    Meeting,
    Note,
    NoteKind,
    OpenQuestion,
    QueueMode,
    RequestFloor,
    SetQueueMode,
    SetTurnLimit,
    StartMeeting,
    StepTo,
    TurnKind,
    new_id,
)
from facilitation.resources import example
from facilitation.storage.fileformat import load_meeting

from facilitation.ui.core.context import AppContext
from facilitation.ui.core.i18n import install_translators, remove_translators
from facilitation.ui.facilitator.window import FacilitatorWindow
from facilitation.ui.notetaker.window import NoteTakerWindow
from facilitation.ui.projector.window import ProjectorWindow

ROOT = Path(__file__).resolve().parent.parent


def midway(clock: FakeClock) -> LiveMeeting:
    """The prepared meeting with the held meeting's participants, run to item 3."""
    prepared = load_meeting(example("rencontre-2.json"))
    held = load_meeting(example("rencontre-2-held.json"))
    m = Meeting(prepared.id, prepared.details, prepared.created)
    live = LiveMeeting(m)
    for p in held.participants.values():
        live.apply(Create.of("participants", p))
    for item in prepared.items.values():
        live.apply(Create.of("items", item))
    people = [p.id for p in held.participants.values()]
    items = list(m.items)
    live.apply(SetQueueMode(QueueMode.PROGRESSIVE_ITEM))
    live.apply(SetTurnLimit(120))
    live.apply(StartMeeting(clock.now(), new_id()))

    def speak(pid: str, seconds: float) -> None:
        live.apply(RequestFloor(new_id(), pid, clock.now()))
        live.apply(GiveFloor(new_id(), clock.now()))
        clock.advance(seconds)

    for i, pid in enumerate(people[:9]):  # a round of introductions
        speak(pid, 50 + 9 * (i % 4))
    live.apply(StepTo(items[1], clock.now(), new_id()))
    speak(people[0], 150)
    speak(people[3], 95)
    live.apply(
        Create.of(
            "decisions",
            Decision(
                new_id(),
                items[1],
                "Le compte rendu de la première rencontre est approuvé.",
                clock.now(),
                DecisionMethod.CONSENSUS,
            ),
        )
    )
    clock.advance(60)
    live.apply(StepTo(items[2], clock.now(), new_id()))
    for pid, secs in ((people[1], 170), (people[4], 120), (people[0], 140), (people[6], 90)):
        speak(pid, secs)
    live.apply(
        Create.of(
            "questions",
            OpenQuestion(
                new_id(),
                items[2],
                "Quels moyens pour les permanences sans rendez-vous ?",
                clock.now(),
            ),
        )
    )
    live.apply(
        Create.of(
            "actions",
            Action(
                new_id(),
                items[2],
                "Rassembler les chiffres de fréquentation des guichets",
                people[4],
                at=clock.now(),
            ),
        )
    )
    live.apply(RequestFloor(new_id(), people[2], clock.now()))
    live.apply(GiveFloor(new_id(), clock.now()))
    for seconds, speaker, kind, text in NOTES:
        live.apply(
            Create.of(
                "notes",
                Note(new_id(), items[2], clock.now(), text, people[speaker], kind=kind),
            )
        )
        clock.advance(seconds)
    for pid, turn in (
        (people[0], TurnKind.NORMAL),
        (people[11], TurnKind.NORMAL),
        (people[5], TurnKind.DIRECT_REPLY),
        (people[14], TurnKind.NORMAL),
    ):
        live.apply(RequestFloor(new_id(), pid, clock.now(), turn))
        clock.advance(12)
    clock.advance(55)
    return live


#: the note-taker's notes on item 3: (seconds after, speaker's index, kind, text)
NOTES = (
    (40, 1, NoteKind.NOTE, "Les permanences sans rendez-vous débordent depuis le printemps."),
    (35, 4, NoteKind.NOTE, "Le refinancement doit d'abord servir l'accueil inconditionnel."),
    (25, 0, NoteKind.NOTE, "Qui porte la demande auprès des cabinets ?"),
)

#: a 1366×768 laptop screen less a 32-pixel panel
LAPTOP_AREA = (1366, 768 - 32)
WINDOWS = ("facilitator", "notetaker", "projector")


def shoot(lang: str, out: Path, which: str = "facilitator") -> Path:
    """Shoot ``which`` window in ``lang`` into ``out``."""
    app = QApplication.instance() or QApplication([])
    translators = install_translators(app, lang)
    clock = FakeClock(datetime(2021, 6, 17, 18, 32, tzinfo=timezone(timedelta(hours=2))))
    live = midway(clock)
    try:
        with tempfile.TemporaryDirectory() as tmp:
            settings = QSettings(str(Path(tmp) / "s.ini"), QSettings.Format.IniFormat)
            ctx = AppContext(live, clock, settings, lang=lang)
            window = _window(which, ctx)
            window.resize(*LAPTOP_AREA)
            window.show()
            for _ in range(20):
                app.processEvents()
            if isinstance(window, FacilitatorWindow):
                window.queue.quick_add.setFocus()  # ready for the next name, as during a meeting
                window.refresh_times()
            elif isinstance(window, NoteTakerWindow):
                window.editor.setFocus()  # the note being typed
            app.processEvents()
            out.parent.mkdir(parents=True, exist_ok=True)
            window.grab().save(str(out))
            window.close()
            window.deleteLater()
            app.processEvents()
    finally:
        remove_translators(app, translators)
    return out


def _window(which: str, ctx: AppContext) -> QWidget:
    if which == "notetaker":
        return NoteTakerWindow(ctx)
    if which == "projector":
        return ProjectorWindow(ctx)
    window = FacilitatorWindow(ctx)
    window.interactive = False
    return window


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--lang", choices=("en", "fr"), help="one language (default: both)")
    p.add_argument("--window", choices=WINDOWS, help="one window (default: all three)")
    ns = p.parse_args(argv)
    for lang in [ns.lang] if ns.lang else ["en", "fr"]:
        for which in [ns.window] if ns.window else WINDOWS:
            print(shoot(lang, ROOT / "docs" / f"{which}-{lang}.png", which))
    return 0


if __name__ == "__main__":
    sys.exit(main())
