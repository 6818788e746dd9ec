"""Hostile peers against a LAN host: garbage frames, entries sealed with the wrong key, oversized
frames, old updates sent again, a flood of connections. All ignored; nothing corrupted; the host
keeps answering its devices. And clocks set wrong still show the same time."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from typing import Any

import pytest
from pycrdt import Array, Doc, create_update_message
from websockets.exceptions import ConnectionClosed, InvalidStatus, WebSocketException
from websockets.sync.client import ClientConnection, connect

from facilitation.models import Create, Note
from facilitation.sync import MeetingKey
from facilitation.sync.entries import encode_command
from facilitation.sync.identity import DeviceIdentity
from facilitation.sync.protocol import create_sync_step1_message, parse
from tests.factories import T0
from tests.sync.conftest import Proc, devices
from tests.sync.test_devices import assert_converged, settle_all, start_meeting


def hostile(url: str) -> ClientConnection:
    return connect(url, open_timeout=5, max_size=None, close_timeout=1)


def full_state(ws: ClientConnection) -> bytes:
    """What any peer that knows the room gets: the whole (sealed) document."""
    ws.send(create_sync_step1_message(Doc().get_state()))
    for _ in range(20):
        msg = ws.recv(timeout=5)
        parsed = parse(msg) if isinstance(msg, bytes) else None
        if parsed is not None and parsed[1] == 1:
            return parsed[2]
    raise AssertionError("no sync step 2 from the host")


GARBAGE: list[bytes | str] = [
    b"",
    b"\x00",
    b"\x00\x07",
    b"\x00\x02",
    b"\x00\x02\xff\xff\xff\xff\xff\xff\xff\xff\x7f",
    b"\x00\x02\x05abc",
    b"\x00\x01\x03\x01\x02\x03",
    b"\x00\x00\x02\xff\xff",
    b"\x01\xff\xff",
    b"\x66",
    b"\x67" + b"\0" * 16,
    b"\x09garbage",
    os.urandom(4096),
    "du texte, pas des octets",
    create_update_message(os.urandom(300)),
]


def test_hostile_peers_are_ignored_and_the_host_stays_responsive(
    procs: list[Proc], tmp_path: Path
) -> None:
    (host, a), shared = start_meeting(devices(procs, 2), tmp_path)
    url = shared["url"]
    host.ask(op="run", seed=1, n=1, name="h")
    assert a.ask(op="note", id="before")["confirmed"]
    before = settle_all([host, a])
    # garbage of every kind, on one connection and then on fresh ones
    with hostile(url) as ws:
        for junk in GARBAGE:
            ws.send(junk)
        old = full_state(ws)
        for _ in range(3):  # the whole document sent back, three times: an old update replayed
            ws.send(create_update_message(old))
    # entries sealed with another key, and a foreign meeting's, in a well-formed update
    intruder: Doc[Array[Any]] = Doc()
    intruder.apply_update(old)
    log = intruder.get("log", type=Array)
    cmd = Create.of("notes", Note("forged", "i1", T0, "forged"))
    with intruder.transaction():
        me = DeviceIdentity.create("intrus")
        log.append(MeetingKey.generate("m-shared").seal(me, 1, encode_command(cmd, None)))
        log.append(MeetingKey.generate("m-other").seal(me, 1, encode_command(cmd, None)))
        log.append(log[1])  # a genuine entry, copied: a replay inside the log
    with hostile(url) as ws:
        ws.send(create_update_message(intruder.get_update(Doc().get_state())))
    # an oversized frame: the host closes that connection, reads nothing of it
    with hostile(url) as ws, pytest.raises(ConnectionClosed):
        ws.send(b"\x00\x02" + b"x" * (17 * 1024 * 1024))
        for _ in range(50):  # what the host sent before it read the frame, then the close
            ws.recv(timeout=5)
    # a wrong room, and a flood of connections (the host serves 64 at most)
    for wrong in ("0" * 32, "../../etc", "x"):
        with pytest.raises(WebSocketException), hostile(url.rsplit("/", 1)[0] + "/" + wrong) as ws:
            for _ in range(5):
                ws.recv(timeout=5)
    with contextlib.ExitStack() as flood:
        for _ in range(80):
            with contextlib.suppress(InvalidStatus, OSError, WebSocketException):
                flood.enter_context(hostile(url))
        # the host still answers its devices while the flood holds its connections open
        assert a.ask(op="note", id="during-flood")["confirmed"]
    assert a.ask(op="note", id="after")["confirmed"]
    states = settle_all([host, a])
    assert_converged(states)
    notes = set(states[0]["notes"])
    assert {"before", "after"} <= notes and "forged" not in notes
    assert set(before[0]["notes"]) <= notes
    assert all(s["rejected"] >= 3 for s in states)  # wrong key, foreign, the copy


def test_clocks_set_wrong_agree_within_100_ms(procs: list[Proc], tmp_path: Path) -> None:
    host, fast, slow = devices(procs, 3, skews=(0.0, 3.7, -42.0))
    _, shared = start_meeting([host, fast, slow], tmp_path)
    host.ask(op="settle")
    aheads = [d.ask(op="clock")["ahead"] for d in (host, fast, slow)]
    assert max(aheads) - min(aheads) < 0.1, aheads
    assert abs(aheads[0]) < 0.1  # the host's own server: its own clock
    assert shared["url"].startswith("ws://127.0.0.1:")
