"""One device, in a process of its own, driven by the tests (run with ``sys.executable``; not a test).

It reads one JSON request per line on stdin and answers one JSON line on stdout; between requests
it keeps pumping its meeting, as the interface's event loop would. Requests::

    {"op": "share", "folder": F, "port": 0}     share the test meeting and host it (or, with
                                                "relay": URL, share it through that relay)
    {"op": "host", "port": P}                   host again (after a restart), on port P
    {"op": "join", "url": U, "invitation": I, "folder": F}   (answers once granted a role;
                                                with "granted": false, once the meeting came)
    {"op": "reopen", "folder": F}               after a kill: open what the journal holds
    {"op": "run", "seed": S, "n": N}            N random commands (pumping between them)
    {"op": "note", "id": ID}                    one note; answers once the server confirmed it
                                                (with "confirm": false, at once)
    {"op": "offline"} / {"op": "online"}        the network lost / back
    {"op": "settle"}                            pump until quiet; answer the meeting's digest
    {"op": "status"} / {"op": "clock"} / {"op": "close"}
    {"op": "start"}                             (host) start the meeting (item i1 live)
    {"op": "invitation", "role": R}            (host) an invitation for role R
    {"op": "whoami"}                            this device's id and role, and the roles it sees
    {"op": "set_role", "device": D, "role": R} / {"op": "revoke", "device": D}   (host)
    {"op": "forge", "what": W, "id": ID, "as": D}   a modified client: an entry written straight
                                                into the document with this device's real key
                                                (W: "note", "step" or "grant"; "as": another
                                                device's id in the header)
    {"op": "invite", "role": R, "minutes": M}   the host's invitation: link and code
    {"op": "join_invitation", "text": T, "folder": F, "name": N[, "address": A]}
    {"op": "devices"}                           who is here, as this device sees it
    {"op": "advance", "seconds": S}             move this device's clock on
"""

from __future__ import annotations

import hashlib
import json
import queue
import sys
import threading
import time
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


from facilitation.models import (
    CommandError,
    Create,
    Note,
    StartMeeting,
    StepTo,
    SystemClock,
)
from facilitation.storage.fileformat import dumps_meeting
from facilitation.sync import SyncedMeeting
from facilitation.sync.entries import Card, encode_command, encode_grant
from facilitation.sync.roles import Role
from tests.factories import T0
from tests.sync.streams import Stream, replay_of, shared_start

#: no request waits longer than this for the network (the tests are bounded in time)
LIMIT = 20.0


class SkewedClock(SystemClock):
    """The system clock set wrong by ``skew`` seconds, as a laptop's may be."""

    def __init__(self, skew: float) -> None:
        super().__init__()
        self._skew = timedelta(seconds=skew)
        #: seconds the test moved this clock on (``advance``): timeouts without sleeping
        self.ahead = 0.0

    def monotonic(self) -> float:
        return super().monotonic() + self.ahead

    def now(self) -> datetime:
        return super().now() + self._skew + timedelta(seconds=self.ahead)


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def replay_digest(shared: SyncedMeeting) -> str:
    return digest(replay_of(shared.replica))


class Device:
    def __init__(self, skew: float) -> None:
        self.clock = SkewedClock(skew)
        self.shared: SyncedMeeting | None = None
        self.stream: Stream | None = None
        self.changes = 0

    def _count_change(self) -> None:
        self.changes += 1

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

    def wait(self, done: Any, limit: float = LIMIT) -> bool:
        end = time.monotonic() + limit
        while time.monotonic() < end:
            if done():
                return True
            self.pump(0.01)
        return False

    def handle(self, req: dict[str, Any]) -> dict[str, Any]:
        op = req["op"]
        if op == "share":
            self.shared = SyncedMeeting.share(shared_start(), Path(req["folder"]), clock=self.clock)
            self.s.on_devices_changed = self._count_change
            if req.get("name"):
                self.s.device_name = req["name"]
            if req.get("relay"):  # people apart: through a relay, nothing listens here
                self.s.connect(req["relay"])
                url = req["relay"]
            else:
                url = self.s.host("127.0.0.1", req.get("port", 0))
            role = Role(req.get("role", "cofacilitator"))
            return {"url": url, "invitation": self.s.invitation(role)}
        if op == "host":
            return {"url": self.s.host("127.0.0.1", req["port"])}
        if op == "join":
            self.shared = SyncedMeeting.join(
                req["url"], req["invitation"], Path(req["folder"]), clock=self.clock
            )
            # ready once the meeting has come and the host's grant with it
            # ready once the meeting has come and the host's grant with it (unless the host is
            # away: "granted": false)
            granted = req.get("granted", True)
            return {"ready": self.wait(lambda: self.s.ready or (self.s.arrived and not granted))}
        if op == "reopen":
            self.shared = SyncedMeeting.reopen(Path(req["folder"]), clock=self.clock)
            return {"ready": self.s.arrived}
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
                "current": m.live.current_item_id,
                "digest": digest(dumps_meeting(m)),
                "replay": replay_digest(self.s),
                "notes": sorted(m.notes),
                "entries": len(self.s.replica.entries()),
                **self.status(),
            }
        if op == "start":
            self.s.apply(StartMeeting(T0 + timedelta(minutes=30), "run-1"))
            return {}
        if op == "invitation":
            return {"invitation": self.s.invitation(Role(req["role"]))}
        if op == "whoami":
            r = self.s.replica
            return {"id": r.author, "role": self.s.my_role, "roles": r.roles()}
        if op == "set_role":
            self.s.set_role(req["device"], Role(req["role"]))
            return {}
        if op == "revoke":
            self.s.revoke(req["device"])
            return {}
        if op == "forge":
            self.forge(req)
            return {}
        if op == "status":
            return self.status()
        if op == "clock":
            return {"ahead": self.s.clock.now().timestamp() - time.time()}
        if op == "invite":
            inv = self.s.invite(Role(req["role"]), timedelta(minutes=req.get("minutes", 15)))
            return {"link": inv.link(), "code": inv.code()}
        if op == "join_invitation":
            from facilitation.sync.invitations import parse_join_text

            self.shared = SyncedMeeting.join_invitation(
                parse_join_text(req["text"], now=self.clock.now()),
                Path(req["folder"]),
                req["name"],
                clock=self.clock,
                address=req.get("address"),
            )
            self.s.on_devices_changed = self._count_change
            # "granted": false: a device the host grants nothing (the meeting comes, no role)
            granted = req.get("granted", True)
            return {"ready": self.wait(lambda: self.s.ready or (self.s.arrived and not granted))}
        if op == "devices":
            self.pump(req.get("pump", 0.05))
            return {"devices": [_device(d) for d in self.s.devices()], "changes": self.changes}
        if op == "wait_devices":  # until ``online`` names are online (bounded; ``within`` s)
            want = set(req["online"])

            def seen() -> bool:
                return want <= {d.name for d in self.s.devices() if d.online}

            ok = self.wait(seen, req.get("within", LIMIT))
            return {"ok": ok, "devices": [_device(d) for d in self.s.devices()]}
        if op == "rename":  # this device's name for the others
            self.s.device_name = req["name"]
            return {}
        if op == "advance":
            self.clock.ahead += req["seconds"]
            self.pump(0.05)
            return {}
        if op == "close":
            if self.shared is not None:
                self.shared.close()
            self.shared = None
            self.stream = None
            return {}
        raise ValueError(f"unknown request {op!r}")

    def forge(self, req: dict[str, Any]) -> None:
        r = self.s.replica
        what = req["what"]
        if what == "note":
            cmd = Create.of("notes", Note(req["id"], "i1", T0 + timedelta(minutes=31), req["id"]))
            plain = encode_command(cmd, None)
        elif what == "step":
            plain = encode_command(StepTo("i3", T0 + timedelta(minutes=40), req["id"]), None)
        else:  # a grant of co-facilitator to itself
            plain = encode_grant(Card.of(r.identity), Role.COFACILITATOR, {})
        record = r.current_key.seal(r.identity, r._take_seq(), plain)
        if req.get("as"):
            parts = record.split(".")
            parts[1] = req["as"]
            record = ".".join(parts)
        r._transact(lambda: r.log_array.append(record))  # sent as any change of this device

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


def _device(d: Any) -> dict[str, Any]:
    return {
        "id": d.device_id,
        "name": d.name,
        "role": None if d.role is None else str(d.role),
        "online": d.online,
        "seen": None if d.last_seen is None else d.last_seen.isoformat(),
        "offset": d.clock_offset,
        "self": d.is_self,
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
