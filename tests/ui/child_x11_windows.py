"""Child process for the window-manager test (run with ``sys.executable``; not a test module).

child_x11_windows.py SETTINGS   the real facilitator's window and the projector's, opened by the app's
                                own window manager on the display in $DISPLAY (Qt's xcb platform, a
                                real window manager). Prints "READY <facilitator's X id> <projector's
                                X id>" once both are shown, then answers each line read on stdin
                                with "STATE item=<number of the live item> active=<the window
                                with the keyboard: facilitator, projector or none>"; says
                                "ACTIVE <window>" whenever the keyboard goes to another window
                                and "ITEM <number>" on every change to the meeting.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QSettings, QSocketNotifier, QTimer
from PySide6.QtGui import QWindow
from PySide6.QtWidgets import QApplication

from facilitation.models import FakeClock, LiveMeeting, StartMeeting, new_id
from tests.ui.conftest import sample_meeting

from facilitation.ui.app.windows import WindowManager
from facilitation.ui.core.context import AppContext
from facilitation.ui.facilitator.window import FacilitatorWindow


def main() -> None:
    app = QApplication([sys.argv[0]])
    clock = FakeClock()
    manager = WindowManager()
    settings = QSettings(sys.argv[1], QSettings.Format.IniFormat)
    ctx = AppContext(LiveMeeting(sample_meeting()), clock, settings, windows=manager)
    manager.bind(ctx)
    ctx.live.apply(StartMeeting(clock.now(), new_id()))
    window = FacilitatorWindow(ctx)
    window.interactive = False
    manager.bind(ctx, window)
    window.resize(900, 600)
    window.show()
    window.activateWindow()
    projector = manager.show_projector()

    def item() -> int:
        m = ctx.meeting
        return list(m.items).index(m.live.current_item_id) + 1 if m.live.current_item_id else 0

    def name(w: QWindow | None) -> str:
        if w is None:
            return "none"
        return {window.windowHandle(): "facilitator", projector.windowHandle(): "projector"}.get(
            w, "other"
        )

    def state(_fd: object = None) -> None:
        if not sys.stdin.readline():
            app.quit()  # the test closed our stdin: the end
            return
        print(f"STATE item={item()} active={name(app.focusWindow())}", flush=True)

    def ready() -> None:
        print(f"READY {int(window.winId())} {int(projector.winId())}", flush=True)

    # every change of the window with the keyboard, and every step of the agenda, is said at once
    app.focusWindowChanged.connect(lambda w: print(f"ACTIVE {name(w)}", flush=True))
    ctx.hub.changed.connect(lambda _change: print(f"ITEM {item()}", flush=True))
    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(state)
    QTimer.singleShot(0, ready)
    app.exec()
    manager.close_others()
    window.close()


if __name__ == "__main__":
    main()
