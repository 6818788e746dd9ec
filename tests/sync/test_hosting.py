"""Hosting is listening only while shared; bad addresses and invitations get a clear SyncError;
devices that arrive together are all served."""

from __future__ import annotations

import socket
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from pycrdt import Array, Doc
from websockets.client import ClientProtocol
from websockets.frames import Frame, Opcode
from websockets.uri import parse_uri

from facilitation.sync import MeetingKey, SyncedMeeting, SyncError, parse_invitation
from facilitation.sync.net import SyncServer
from facilitation.sync.protocol import MAX_FRAME_BYTES, create_update_message
from facilitation.sync.store import UpdateStore
from tests.sync.streams import shared_start


def _listening(port: int) -> bool:
    with socket.socket() as s:
        s.settimeout(2)
        return s.connect_ex(("127.0.0.1", port)) == 0


def test_the_host_listens_only_between_host_and_stop_hosting(tmp_path: Path) -> None:
    shared = SyncedMeeting.share(shared_start(), tmp_path / "h")
    try:
        assert shared.server is None and not shared.status().hosting
        url = shared.host("127.0.0.1", 0)
        assert shared.server is not None
        port = shared.server.port
        assert url.startswith(f"ws://127.0.0.1:{port}/") and _listening(port)
        assert shared.status().hosting and shared.status().address == url
        shared.stop_hosting()
        assert not _listening(port) and not shared.status().hosting
        # the meeting goes on locally
        assert shared.ready
    finally:
        shared.close()


def test_a_port_in_use_is_a_sync_error(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        shared = SyncedMeeting.share(shared_start(), tmp_path / "h")
        try:
            with pytest.raises(SyncError):
                shared.host("127.0.0.1", taken.getsockname()[1])
            assert not shared.status().hosting
        finally:
            shared.close()


@pytest.mark.parametrize("text", ["", "m-shared", ":abc", "m-shared:", "m:trop-court", "m:!!!"])
def test_a_bad_invitation_is_a_sync_error(text: str) -> None:
    with pytest.raises(SyncError):
        parse_invitation(text)


@pytest.mark.parametrize("url", ["", "http://127.0.0.1:1", "127.0.0.1:8765", "ftp://x"])
def test_a_bad_address_is_a_sync_error(tmp_path: Path, url: str) -> None:
    shared = SyncedMeeting.share(shared_start(), tmp_path / "h")
    invitation = shared.invitation()
    shared.close()
    with pytest.raises(SyncError):
        SyncedMeeting.join(url, invitation, tmp_path / "j")


def test_a_folder_holding_a_meeting_is_not_shared_over(tmp_path: Path) -> None:
    SyncedMeeting.share(shared_start(), tmp_path / "h").close()
    with pytest.raises(SyncError):
        SyncedMeeting.share(shared_start(), tmp_path / "h")
    reopened = SyncedMeeting.reopen(tmp_path / "h")
    try:
        assert reopened.ready
    finally:
        reopened.close()
    assert (tmp_path / "h" / "device.json").stat().st_mode & 0o777 == 0o600
    assert (tmp_path / "h").stat().st_mode & 0o777 == 0o700


def test_a_device_closed_while_a_silent_host_holds_its_connection_lets_go_at_once(
    tmp_path: Path,
) -> None:
    """A host that takes the connection and never answers: the websocket's opening would wait 5 s
    (``Connection``: ``open_timeout``); closing the device does not wait for it."""
    shared = SyncedMeeting.share(shared_start(), tmp_path / "h")
    invitation = shared.invitation()
    shared.close()
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        joined = SyncedMeeting.join(
            f"ws://127.0.0.1:{silent.getsockname()[1]}", invitation, tmp_path / "j"
        )
        joined.pump(0.3)  # the connection is opening, unanswered
        assert not joined.status().connected
        started = time.monotonic()
        joined.close()
        assert time.monotonic() - started < 1.0


#: seconds a device waits for what the server owes it (it answers at once when it serves it)
SERVED_WITHIN = 10.0


class _RawDevice:
    """A device's websocket at the byte level: websockets' own client protocol over a plain
    socket, so that its opening request is in the server's socket when the constructor returns."""

    def __init__(self, url: str) -> None:
        uri = parse_uri(url)
        self.protocol = ClientProtocol(uri, max_size=MAX_FRAME_BYTES)
        self.sock = socket.create_connection((uri.host, uri.port), timeout=SERVED_WITHIN)
        self.protocol.send_request(self.protocol.connect())
        self._flush()

    def _flush(self) -> None:
        for data in self.protocol.data_to_send():
            if data:
                self.sock.sendall(data)

    def send(self, message: bytes) -> None:
        self.protocol.send_binary(message)
        self._flush()

    def next_message(self) -> bytes | None:
        """The next binary message from the server; None if none comes within SERVED_WITHIN."""
        end = time.monotonic() + SERVED_WITHIN
        while True:
            for event in self.protocol.events_received():
                if isinstance(event, Frame) and event.opcode is Opcode.BINARY:
                    return bytes(event.data)
            left = end - time.monotonic()
            if left <= 0:
                return None
            self.sock.settimeout(left)
            try:
                data = self.sock.recv(65536)
            except TimeoutError:
                return None
            if not data:
                return None
            self.protocol.receive_data(data)
            self._flush()  # pongs, a close's answer

    def close(self) -> None:
        self.sock.close()


def _held(server: SyncServer) -> threading.Event:
    """Hold the server's event loop (a host busy, a relay loading a journal) until the event
    returned is set: what arrives meanwhile waits in its sockets."""
    holding, release = threading.Event(), threading.Event()

    def hold() -> None:
        holding.set()
        release.wait(SERVED_WITHIN)

    assert server._loop is not None
    server._loop.call_soon_threadsafe(hold)
    assert holding.wait(SERVED_WITHIN)
    return release


def test_devices_that_arrive_together_at_a_new_room_are_all_served(tmp_path: Path) -> None:
    # the devices of a reopened host (or of a restarted relay) come back at once: their opening
    # requests are all waiting when the server gets to them, so they are handled in the same
    # turns of its loop, while the room they are the first to ask for is being started
    key = MeetingKey.generate("m-together")
    server = SyncServer("127.0.0.1", 0, tmp_path / "host", rooms={key.room()})
    url = f"{server.start()}/{key.room()}"
    devices: list[_RawDevice] = []
    try:
        release = _held(server)
        devices = [_RawDevice(url) for _ in range(3)]
        release.set()
        # each is served: the server's sync step 1 comes first
        firsts = [d.next_message() for d in devices]
        assert all(m is not None and m[:2] == b"\x00\x00" for m in firsts), firsts
        # and what one of them writes reaches the others (and is in the server's journal)
        doc: Doc[Any] = Doc()
        doc.get("log", type=Array).append("entry")
        update = doc.get_update()
        devices[0].send(create_update_message(update))
        for other in devices[1:]:
            assert other.next_message() == create_update_message(update)
    finally:
        for d in devices:
            d.close()
        server.stop()
    stored: Doc[Any] = Doc()
    for part in UpdateStore(tmp_path / "host" / key.room()).load():
        stored.apply_update(part)
    assert list(stored.get("log", type=Array)) == ["entry"]
