"""Another computer's app, in a process of its own, driven by the tests (run with
``sys.executable``; not a test). It joins through the app's own path (``WindowManager.join_meeting``,
what File → Join a meeting… calls) and reports what its windows show.

It reads one JSON request per line on stdin and answers one JSON line on stdout, on the Qt thread
(a reader thread hands each line over through a queued signal). Requests::

    {"op": "join", "text": T, "address": A, "projector": false}   answer {"problem": str | None}
    {"op": "state"}      which windows are open, for which role, what they let the user do
    {"op": "note", "text": T}     type a note in the note-taker's window and press Enter
    {"op": "action", "name": N}   one of the facilitator's window's actions ("start": F5)
    {"op": "close"}
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QObject, QSettings, Qt, Signal
from PySide6.QtWidgets import QApplication, QFrame, QLabel

from facilitation.models import LiveMeeting, Meeting, SystemClock

from facilitation.ui.app.windows import WindowManager
from facilitation.ui.core import settings as keys
from facilitation.ui.core.context import AppContext
from facilitation.ui.core.qtcompat import emit

#: the name this computer shows to the others
NAME = "Portable de Samira"


class Reader(QObject):
    line = Signal(str)


def answer(data: dict[str, Any]) -> None:
    sys.stdout.write(json.dumps(data) + "\n")
    sys.stdout.flush()


class Driver:
    def __init__(self, home: Path) -> None:
        self.settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
        keys.DEVICE_NAME.write(self.settings, NAME)
        self.windows = WindowManager()
        self.ctx = AppContext(
            LiveMeeting(Meeting("m-here")), SystemClock(), self.settings, windows=self.windows
        )
        self.windows.bind(self.ctx)
        self.home = home

    @property
    def joined(self) -> Any | None:
        return self.windows.joined[0] if self.windows.joined else None

    def handle(self, req: dict[str, Any]) -> dict[str, Any]:
        op = req["op"]
        if op == "join":
            problem = self.windows.join_meeting(
                req.get("address", ""), req["text"], bool(req.get("projector"))
            )
            return {"problem": problem}
        if op == "state":
            return self.state()
        if op == "note":
            notes = self.joined.windows.note_taker if self.joined else None
            if notes is None:
                return {"done": False}
            before = len(notes.ctx.meeting.notes)
            notes.editor.setPlainText(req["text"])
            notes.submit()
            said = notes.message.text() if not notes.message.isHidden() else ""
            return {"done": len(notes.ctx.meeting.notes) > before, "said": said}
        if op == "action":
            window = self.joined.facilitator if self.joined else None
            if window is None:
                return {"done": False}
            window.actions[req["name"]].trigger()
            return {"done": True}
        raise ValueError(op)

    def state(self) -> dict[str, Any]:
        joined = self.joined
        if joined is None or joined.ctx is None:
            return {"opened": False, "failed": self.failed}
        notes = joined.windows.note_taker
        projector = joined.windows.projector
        facilitator = joined.facilitator
        open_ = []
        if facilitator is not None and facilitator.isVisible():
            open_.append("facilitator")
        if notes is not None and notes.isVisible():
            open_.append("notetaker")
        if projector is not None and projector.isVisible():
            open_.append("projector")
        write = notes.findChild(QFrame, "writeCard") if notes is not None else None
        reach = notes.findChild(QLabel, "hostReach") if notes is not None else None
        said = notes.statusBar().currentMessage() if notes is not None else ""
        if notes is not None and notes.message.isVisible():
            said = said or notes.message.text()
        m = joined.ctx.meeting
        return {
            "opened": True,
            "role": joined.role,
            "windows": open_,
            "write_enabled": None if write is None else write.isEnabled(),
            "next_enabled": None
            if facilitator is None
            else facilitator.actions["next"].isEnabled(),
            "invite_enabled": None
            if facilitator is None
            else facilitator.actions["invite"].isEnabled(),
            "host_reach": reach.text() if reach is not None and not reach.isHidden() else "",
            "said": said,
            "notes": sorted(n.text for n in m.notes.values()),
            "current_item": m.live.current_item_id,
        }

    failed = ""


def main() -> None:
    home = Path(tempfile.mkdtemp(prefix="facilitation-joined-"))
    os.environ["XDG_DATA_HOME"] = str(home / "data")
    os.environ["HOME"] = str(home)
    app = QApplication([])
    driver = Driver(home)
    reader = Reader()

    def failed(text: str) -> None:
        driver.failed = text

    def on_line(line: str) -> None:
        req = json.loads(line)
        if req["op"] == "close":
            driver.windows.close_joined()
            answer({"closed": True})
            app.quit()
            return
        try:
            if req["op"] == "join":
                driver.failed = ""
            result = driver.handle(req)
            if req["op"] == "join" and driver.joined is not None:
                driver.joined.failed.connect(failed)
            answer(result)
        except Exception as exc:  # the test reads it
            answer({"error": f"{type(exc).__name__}: {exc}"})

    reader.line.connect(on_line, Qt.ConnectionType.QueuedConnection)

    def read() -> None:
        for line in sys.stdin:
            if line.strip():
                emit(reader.line, line)
        emit(reader.line, '{"op": "close"}')  # the test has gone: so does this app

    threading.Thread(target=read, daemon=True).start()
    answer({"hello": True})
    app.exec()


if __name__ == "__main__":
    main()
