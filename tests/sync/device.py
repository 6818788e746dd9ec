"""One device, in a process of its own, driven by the tests (run with ``sys.executable``; not a test).

It reads one JSON request per line on stdin and answers one JSON line on stdout; between requests
it keeps pumping its meeting, as the interface's event loop would. Requests::

    {"op": "share", "folder": F, "port": 0}     share the test meeting and host it (or, with
                                                "relay": URL, share it through that relay)
    {"op": "host", "port": P}                   host again (after a restart), on port P
    {"op": "join", "url": U, "invitation": I, "folder": F}
    {"op": "reopen", "folder": F}               after a kill: open what the journal holds
    {"op": "run", "seed": S, "n": N}            N random commands (pumping between them)
    {"op": "note", "id": ID}                    one note; answers once the server confirmed it
                                                (with "confirm": false, at once)
    {"op": "offline"} / {"op": "online"}        the network lost / back
    {"op": "settle"}                            pump until quiet; answer the meeting's digest
    {"op": "status"} / {"op": "clock"} / {"op": "close"}
"""

from __future__ import annotations

import hashlib
import json
import queue
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

import contextlib

from facilitation.models import CommandError, Create, LiveMeeting, Note, SystemClock
from facilitation.storage.fileformat import dumps_meeting
from facilitation.sync import SyncedMeeting
from tests.factories import T0
from tests.sync.streams import Stream, shared_start

#: no request waits longer than this for the network (the tests are bounded in time)
LIMIT = 20.0


class SkewedClock(SystemClock):
    """The system clock set wrong by ``skew`` seconds, as a laptop's may be."""

    def __init__(self, skew: float) -> None:
        super().__init__()
        self._skew = timedelta(seconds=skew)

    def now(self):
        return super().now() + self._skew


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def replay_digest(shared: SyncedMeeting) -> str:
    entries = shared.replica.entries()
    base = entries[0].base
    assert base is not None
    live = LiveMeeting(base.copy())
    for e in entries[1:]:
        assert e.command is not None
        with contextlib.suppress(CommandError):
            live.apply(e.command)
    return digest(dumps_meeting(live.meeting))


class Device:
    def __init__(self, skew: float) -> None:
        self.clock = SkewedClock(skew)
        self.shared: SyncedMeeting | None = None
        self.stream: Stream | None = None

    @property
    def s(self) -> SyncedMeeting:
        assert self.shared is not None
        return self.shared

    def pump(self, seconds: float) -> None:
        end = time.monotonic() + seconds
        while time.monotonic() < end:
            if self.shared is not None:
                self.shared.pump(0.005)
            else:
                time.sleep(0.005)

    def wait(self, done: Any) -> bool:
        end = time.monotonic() + LIMIT
        while time.monotonic() < end:
            if done():
                return True
            self.pump(0.01)
        return False

    def handle(self, req: dict[str, Any]) -> dict[str, Any]:
        op = req["op"]
        if op == "share":
            self.shared = SyncedMeeting.share(shared_start(), Path(req["folder"]), clock=self.clock)
            if req.get("relay"):  # people apart: through a relay, nothing listens here
                self.s.connect(req["relay"])
                url = req["relay"]
            else:
                url = self.s.host("127.0.0.1", req.get("port", 0))
            return {"url": url, "invitation": self.s.invitation()}
        if op == "host":
            return {"url": self.s.host("127.0.0.1", req["port"])}
        if op == "join":
            self.shared = SyncedMeeting.join(
                req["url"], req["invitation"], Path(req["folder"]), clock=self.clock
            )
            return {"ready": self.wait(lambda: self.s.ready)}
        if op == "reopen":
            self.shared = SyncedMeeting.reopen(Path(req["folder"]), clock=self.clock)
            return {"ready": self.s.ready}
        if op == "connect":
            self.s.connect(req["url"])
            return {}
        if op == "run":
            self.stream = self.stream or Stream(req.get("name", "d"), req["seed"])
            applied = 0
            for _ in range(req["n"]):
                try:
                    self.s.apply(self.stream.next(self.s.live.meeting))
                    applied += 1
                except CommandError:
                    pass
                self.pump(req.get("pause", 0.002))
            return {"applied": applied}
        if op == "note":
            note = Note(req["id"], "i1", T0 + timedelta(minutes=31), req["id"])
            self.s.apply(Create.of("notes", note))
            if not req.get("confirm", True):
                return self.status()
            ok = self.wait(lambda: self.s.status().waiting == 0)
            return {"confirmed": ok}
        if op == "offline":
            self.s.set_online(False)
            self.pump(0.05)
            return self.status()
        if op == "online":
            self.s.set_online(True)
            return {}
        if op == "settle":
            quiet_for = req.get("quiet", 0.3)
            end = time.monotonic() + LIMIT
            last = time.monotonic()
            while time.monotonic() < end:
                if self.s.pump(0.01):
                    last = time.monotonic()
                elif time.monotonic() - last > quiet_for and self.s.status().waiting == 0:
                    break
            m = self.s.live.meeting
            return {
                "digest": digest(dumps_meeting(m)),
                "replay": replay_digest(self.s),
                "notes": sorted(m.notes),
                "entries": len(self.s.replica.entries()),
                **self.status(),
            }
        if op == "status":
            return self.status()
        if op == "clock":
            return {"ahead": self.s.clock.now().timestamp() - time.time()}
        if op == "close":
            if self.shared is not None:
                self.shared.close()
            self.shared = None
            self.stream = None
            return {}
        raise ValueError(f"unknown request {op!r}")

    def status(self) -> dict[str, Any]:
        st = self.s.status()
        return {
            "connected": st.connected,
            "waiting": st.waiting,
            "offline": st.offline_since is not None,
            "rejected": st.rejected,
            "notes_seen": sorted(self.s.live.meeting.notes),
            "address": st.address,
        }


def main() -> None:
    skew = float(sys.argv[1]) if len(sys.argv) > 1 else 0.0
    device = Device(skew)
    lines: queue.SimpleQueue[str | None] = queue.SimpleQueue()

    def read() -> None:
        for line in sys.stdin:
            lines.put(line)
        lines.put(None)

    threading.Thread(target=read, daemon=True).start()
    print(json.dumps({"hello": True}), flush=True)
    while True:
        try:
            line = lines.get(timeout=0.005)
        except queue.Empty:
            device.pump(0.005)
            continue
        if line is None:
            break
        try:
            answer = device.handle(json.loads(line))
        except Exception as exc:
            answer = {"error": f"{type(exc).__name__}: {exc}"}
        print(json.dumps(answer), flush=True)
    if device.shared is not None:
        device.shared.close()


if __name__ == "__main__":
    main()
