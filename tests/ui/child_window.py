"""Child process for the window kill test (run with ``sys.executable``; not a test module).

child_window.py PATH DATA_DIR SETTINGS   the real note-taker's window (offscreen) with a real
                                         storage session: types note k key by key, lets 2 s of the
                                         fake clock go by (the draft is journaled), prints "D <k>",
                                         presses Enter, prints "E <k>" at once, and goes on
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from facilitation.models import FakeClock, LiveMeeting
from facilitation.storage import Session
from tests.ui.scenes import build_meeting, populate

from facilitation.ui.core.context import AppContext
from facilitation.ui.notetaker.window import NoteTakerWindow


def note_text(k: int) -> str:
    return f"Note {k} : on vote le budget"


def main() -> None:
    path, data_dir, settings = Path(sys.argv[1]), Path(sys.argv[2]), sys.argv[3]
    app = QApplication([sys.argv[0]])
    clock = FakeClock()
    live = LiveMeeting(build_meeting())
    session = Session.open(live, path, clock, data_dir=data_dir)
    ctx = AppContext(live, clock, QSettings(settings, QSettings.Format.IniFormat), session=session)
    populate(ctx, clock)  # participants, agenda, the meeting started
    window = NoteTakerWindow(ctx)
    window.show()
    app.processEvents()
    window.editor.setFocus()
    k = 0
    while True:
        k += 1
        for ch in note_text(k):
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    window.editor, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch)
                )
        for _ in range(2):
            clock.advance(1.0)
            session.tick()
        print(f"D {k}", flush=True)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                window.editor, QKeyEvent(kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
            )
        print(f"E {k}", flush=True)  # the kill may come now, before any tick
        clock.advance(0.4)
        session.tick()
        app.processEvents()


if __name__ == "__main__":
    main()
