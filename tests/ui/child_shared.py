"""Child process for the shared-meeting kill tests (run with ``sys.executable``; not a test module).

child_shared.py DATA_DIR [PATH]   the facilitator's side as the app runs it: a meeting with a real
                                  storage session (its file at PATH, or none), shared through
                                  ``ui/sharing`` (ShareLink on Qt's event loop, offscreen) on
                                  127.0.0.1. One JSON request a line on stdin, one JSON answer a
                                  line on stdout:

    {"op": "share"}                         -> {"url", "invitation"}
    {"op": "offline"} / {"op": "online"}    the network lost / back
    {"op": "note", "id": ID, "text": T}     a note on item i1, through the context's door
    {"op": "edit", "id": ID, "text": T}     the note's text changed
    {"op": "state"}                         -> {"rebuilds", "digest", "waiting", "connected"}
"""

from __future__ import annotations

import hashlib
import json
import os
import queue
import sys
import threading
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from facilitation.models import Create, LiveMeeting, Note, SystemClock, Update
from facilitation.storage import Session
from facilitation.storage.fileformat import dumps_meeting
from tests.factories import T0
from tests.sync.streams import shared_start

from facilitation.ui.core.context import AppContext
from facilitation.ui.sharing.actions import link_of, start_sharing


def main() -> None:
    data = Path(sys.argv[1])
    path = Path(sys.argv[2]) if len(sys.argv) > 2 else None
    app = QApplication([sys.argv[0]])
    clock = SystemClock()
    live = LiveMeeting(shared_start())
    session = Session.open(live, path, clock, data_dir=data)
    settings = QSettings(str(data / "settings.ini"), QSettings.Format.IniFormat)
    ctx = AppContext(live, clock, settings, session=session)
    lines: queue.SimpleQueue[str | None] = queue.SimpleQueue()

    def read() -> None:
        for line in sys.stdin:
            lines.put(line)
        lines.put(None)

    def fail(text: str) -> None:
        raise RuntimeError(text)

    def handle(req: dict[str, Any]) -> dict[str, Any]:
        op = req["op"]
        link = link_of(ctx)
        if op == "share":
            link, url = start_sharing(ctx, "127.0.0.1", 0, base=data)
            return {"url": url, "invitation": link.shared.invitation()}
        assert link is not None
        if op in ("offline", "online"):
            link.shared.set_online(op == "online")
            return {}
        if op == "note":
            note = Note(req["id"], "i1", T0, req["text"])
            ctx.apply(Create.of("notes", note), initiator=ctx, on_refused=fail)
            return {}
        if op == "edit":
            edit = Update("notes", req["id"], {"text": req["text"]})
            ctx.apply(edit, ctx, on_refused=fail)
            return {}
        if op == "state":
            status = link.shared.status()
            return {
                "rebuilds": link.shared.replica.rebuilds,
                "digest": hashlib.sha256(dumps_meeting(ctx.meeting)).hexdigest(),
                "waiting": status.waiting,
                "connected": status.connected,
            }
        raise ValueError(f"unknown request {op!r}")

    def poll() -> None:
        session.tick()
        while True:
            try:
                line = lines.get_nowait()
            except queue.Empty:
                return
            if line is None:
                app.quit()
                return
            try:
                answer = handle(json.loads(line))
            except Exception as exc:
                answer = {"error": f"{type(exc).__name__}: {exc}"}
            print(json.dumps(answer), flush=True)

    threading.Thread(target=read, daemon=True).start()
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(poll)
    timer.start()
    print(json.dumps({"hello": True}), flush=True)
    app.exec()


if __name__ == "__main__":
    main()
