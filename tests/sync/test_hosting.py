"""Hosting is listening only while shared; bad addresses and invitations get a clear SyncError."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from facilitation.sync import SyncedMeeting, SyncError, parse_invitation
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
    import time

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
