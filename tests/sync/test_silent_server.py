"""A server that takes the websocket, answers its pings and never serves the meeting: the device
does not say it is connected, connects again after its bound, and what it wrote meanwhile reaches
the others once a working server is at that address (real sockets on 127.0.0.1)."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from pycrdt import Doc
from websockets.asyncio.server import ServerConnection, serve

from facilitation.models import Create, Note
from facilitation.sync import SyncedMeeting
from facilitation.sync.net import Connection, SyncServer
from facilitation.sync.protocol import create_sync_step1_message
from tests.factories import T0
from tests.sync.streams import shared_start

#: the bound of the test, shortened from 30 s (``Connection.sync_limit``)
BOUND = 1.0
#: no wait in these tests is longer (the machine may be busy)
LIMIT = 20.0


class SilentServer:
    """Takes every websocket, reads and drops what comes (pings are answered), sends nothing (or,
    with ``step1``, its sync step 1 only, never the step 2 it owes); notes when each device's
    connections open and close."""

    def __init__(self, port: int, step1: bool = False) -> None:
        self.port = port
        self.step1 = step1
        self.opened: dict[str, list[float]] = {}
        self.closed: dict[str, list[float]] = {}
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._thread = threading.Thread(target=lambda: asyncio.run(self._run()), daemon=True)
        self._thread.start()
        assert self._ready.wait(LIMIT), "the silent server did not start"

    async def _run(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        async with serve(self._handle, "127.0.0.1", self.port, compression=None):
            self._ready.set()
            await self._stop.wait()

    async def _handle(self, ws: ServerConnection) -> None:
        assert ws.request is not None
        device = ws.request.path.partition("?device=")[2]
        self.opened.setdefault(device, []).append(time.monotonic())
        try:
            if self.step1:
                await ws.send(create_sync_step1_message(Doc().get_state()))
            async for _ in ws:
                pass
        finally:
            self.closed.setdefault(device, []).append(time.monotonic())

    def stop(self) -> None:
        assert self._loop is not None and self._stop is not None
        self._loop.call_soon_threadsafe(self._stop.set)
        self._thread.join(LIMIT)


def pump_until(
    devices: list[SyncedMeeting], done: Callable[[], bool], limit: float = LIMIT
) -> bool:
    end = time.monotonic() + limit
    while time.monotonic() < end:
        if done():
            return True
        for d in devices:
            d.pump(0.01)
    return done()


def test_a_silent_server_is_not_connected_is_left_and_the_note_arrives_once_one_serves(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(Connection, "sync_limit", BOUND)
    caplog.set_level(logging.WARNING, logger="facilitation.sync.net")
    relay = SyncServer("127.0.0.1", 0, tmp_path / "relay")
    relay_url = relay.start()
    port = relay.port
    host = SyncedMeeting.share(shared_start(), tmp_path / "host")
    joined: SyncedMeeting | None = None
    silent: SilentServer | None = None
    try:
        host.connect(relay_url)
        joined = SyncedMeeting.join(relay_url, host.invitation(), tmp_path / "joined")
        devices = [host, joined]
        assert pump_until(devices, lambda: joined.ready and joined.status().connected)

        # the relay stops; at its address, a server that takes the websocket and never serves
        relay.stop()
        assert pump_until(devices, lambda: not joined.status().connected)
        lost = joined.status().offline_since
        assert lost is not None
        silent = SilentServer(port)
        me = joined.replica.author
        first = time.monotonic()
        # it is taken, twice at least (the bound passed once), and never said to be connected
        while len(silent.opened.get(me, [])) < 3 and time.monotonic() - first < LIMIT:
            for d in devices:
                d.pump(0.01)
            status = joined.status()
            assert not status.connected, "connected to a server that sent no sync step"
            assert status.offline_since == lost  # offline since the meeting was last in step
        opens, closes = silent.opened.get(me, []), silent.closed.get(me, [])
        assert len(opens) >= 3, f"not connected again within {LIMIT} s: {opens}"
        # each connection was held for its bound, then closed by the device and opened again
        # within its back-off (1 s at most), not dropped at once nor kept; each unserved one gives
        # the next twice as long (a link slower than the bound assumes gets there in the end)
        for i, (opened, closed, again) in enumerate(zip(opens, closes, opens[1:], strict=False)):
            bound = BOUND * 2**i
            assert bound * 0.9 <= closed - opened < bound + 5.0, (i, closed - opened)
            assert again - closed < Connection.last_retry + 5.0
        assert any("sent no sync step" in r.getMessage() for r in caplog.records)

        # written while the server is silent: kept, counted as waiting, not lost
        note = Note("n-silent", "i1", T0 + timedelta(minutes=31), "written while nobody served")
        joined.apply(Create.of("notes", note))
        assert joined.status().waiting == 1 and not joined.status().connected

        # the relay back at its address (its journal kept): the note reaches the host
        silent.stop()
        silent = None
        relay = SyncServer("127.0.0.1", port, tmp_path / "relay")
        relay.start()
        assert pump_until(devices, lambda: "n-silent" in host.live.meeting.notes)
        assert host.live.meeting.notes["n-silent"].text == "written while nobody served"
        assert pump_until(
            devices,
            lambda: (
                joined.status().connected
                and joined.status().waiting == 0
                and joined.status().offline_since is None
                and host.status().connected
            ),
        ), joined.status()
    finally:
        if silent is not None:
            silent.stop()
        if joined is not None:
            joined.close()
        host.close()
        relay.stop()


@pytest.mark.parametrize(
    ("step1", "said"), [(False, "sent no sync step"), (True, "sent only one sync step")]
)
def test_a_device_joining_at_a_silent_server_is_connecting_not_connected(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    step1: bool,
    said: str,
) -> None:
    """A server that serves nothing from the start, or sends its step 1 and never the step 2:
    the device keeps saying it is connecting (no "offline since": it never was in step), and
    keeps trying."""
    monkeypatch.setattr(Connection, "sync_limit", BOUND)
    caplog.set_level(logging.WARNING, logger="facilitation.sync.net")
    host = SyncedMeeting.share(shared_start(), tmp_path / "host")
    invitation = host.invitation()
    host.close()
    relay = SyncServer("127.0.0.1", 0)
    relay.start()
    port = relay.port
    relay.stop()  # a free port, known
    silent = SilentServer(port, step1=step1)
    joined = SyncedMeeting.join(f"ws://127.0.0.1:{port}", invitation, tmp_path / "joined")
    try:
        me = joined.replica.author
        end = time.monotonic() + LIMIT
        while len(silent.opened.get(me, [])) < 2 and time.monotonic() < end:
            joined.pump(0.01)
            status = joined.status()
            assert not status.connected and status.offline_since is None
        assert len(silent.opened.get(me, [])) >= 2
        assert not joined.arrived
        assert any(said in r.getMessage() for r in caplog.records)
    finally:
        joined.close()
        silent.stop()
