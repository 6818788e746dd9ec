"""A LAN of its own, for the discovery tests (run inside a network namespace with only ``lo``;
not a test): a host shares a meeting and announces it, a second zeroconf instance lists it, and
the process's own sockets are read from /proc at each step. Prints one JSON object."""

from __future__ import annotations

import dataclasses
import json
import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitation.models import SetDetails
from facilitation.sync import SyncedMeeting
from facilitation.sync.discovery import Browser, SharedOnLan
from facilitation.sync.invitations import JoinCode
from facilitation.sync.roles import Role
from tests.sync.streams import shared_start


def listening() -> list[str]:
    """This process's listening TCP sockets and bound UDP sockets, as "proto:port"."""
    inodes = set()
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for proto in ("tcp", "tcp6", "udp", "udp6"):
        try:
            lines = Path(f"/proc/net/{proto}").read_text().splitlines()[1:]
        except OSError:
            continue
        for line in lines:
            cols = line.split()
            local, state, inode = cols[1], cols[3], cols[9]
            if inode not in inodes:
                continue
            if proto.startswith("tcp") and state != "0A":  # LISTEN
                continue
            found.append(f"{proto}:{int(local.rsplit(':', 1)[1], 16)}")
    return sorted(found)


def main() -> None:
    folder = Path(sys.argv[1])
    out: dict[str, object] = {}
    shared = SyncedMeeting.share(shared_start(), folder / "host")
    shared.device_name = "Portable de Samia"
    out["before"] = listening()
    shared.host("127.0.0.1", 0)
    assert shared.server is not None
    port = shared.server.port
    shared.advertise(["127.0.0.1"])
    out["sharing"] = listening()
    out["port"] = port

    lists: list[list[SharedOnLan]] = []
    changed = threading.Event()

    def on_change(found: list[SharedOnLan]) -> None:
        lists.append(found)
        changed.set()

    browser = Browser(on_change, interfaces=["127.0.0.1"])
    browser.start()
    changed.wait(15)
    out["found"] = [vars_of(s) for s in browser.found()]
    # renamed while announced, the meeting and its host: the announcement says it at once
    changed.clear()
    details = shared.live.meeting.details
    shared.apply(SetDetails(dataclasses.replace(details, title="Réunion renommée")))
    shared.device_name = "Portable renommé"
    end = time.monotonic() + 5  # far less than presence's heartbeat (15 s)
    wanted = [("Réunion renommée", "Portable renommé")]
    while time.monotonic() < end and [(s.title, s.host_name) for s in browser.found()] != wanted:
        changed.wait(0.1)
    out["renamed"] = [vars_of(s) for s in browser.found()]
    # a device with the code finds the host on the LAN by itself
    inv = shared.invite(Role.VIEWER)
    code = inv.code()
    joined = SyncedMeeting.join_invitation(JoinCode(code.replace("-", "")), folder / "d", "Tél.")
    end = time.monotonic() + 15
    while not joined.ready and time.monotonic() < end:
        shared.pump(0.01)
        joined.pump(0.01)
    out["joined_by_code"] = joined.ready
    joined.close()
    changed.clear()
    shared.stop_hosting()  # the announcement ends with the sharing
    changed.wait(15)
    out["after_stop"] = [vars_of(s) for s in browser.found()]
    browser.stop()
    out["stopped"] = listening()
    out["code"] = code
    shared.close()
    print(json.dumps(out), flush=True)


def vars_of(s: SharedOnLan) -> dict[str, object]:
    return {"title": s.title, "host": s.host_name, "address": s.address, "port": s.port}


if __name__ == "__main__":
    main()
