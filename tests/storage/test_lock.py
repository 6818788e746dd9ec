"""Locks: two running instances never both write one meeting file."""

from __future__ import annotations

import json
import os
import signal
import socket
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from facilitation.models import FakeClock, LiveMeeting
from facilitation.storage import LockedError, Session
from facilitation.storage.lock import FileLock, lock_path_for
from tests.storage.scenario import initial_meeting

CHILD = Path(__file__).with_name("child_session.py")


def _open(path: Path, data: Path, read_only: bool = False) -> Session:
    return Session.open(
        LiveMeeting(initial_meeting()), path, FakeClock(), data_dir=data, read_only=read_only
    )


def test_second_session_in_another_process_is_refused_until_the_holder_dies(tmp_path: Path) -> None:
    path, data = tmp_path / "meeting.json", tmp_path / "data"
    child = subprocess.Popen(
        [sys.executable, str(CHILD), "hold", str(path), str(tmp_path / "child-data")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None and child.stdout.readline() == "ready\n"
        with pytest.raises(LockedError) as info:
            _open(path, data)
        holder = info.value.holder
        assert holder.pid == child.pid and holder.host == socket.gethostname()
        assert holder.since is not None
        assert str(child.pid) in str(info.value) and str(path) in str(info.value)
        assert "read-only" in str(info.value)
        # read-only needs no lock, and writes nothing
        viewer = _open(path, data, read_only=True)
        assert viewer.slot is None
        viewer.close()
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait()
        for stream in (child.stdin, child.stdout):
            if stream:
                stream.close()
    session = _open(path, data)  # the OS released the dead holder's lock
    session.close()


def test_two_sessions_in_one_process_do_not_share_a_file(tmp_path: Path) -> None:
    path = tmp_path / "meeting.json"
    first = _open(path, tmp_path / "data")
    with pytest.raises(LockedError) as info:
        _open(path, tmp_path / "data")
    assert info.value.holder.pid == os.getpid()
    first.close()
    assert not lock_path_for(path).exists()
    _open(path, tmp_path / "data").close()


def test_lock_file_says_who_and_is_private(tmp_path: Path) -> None:
    path = tmp_path / "meeting.json"
    lock = FileLock.acquire(path, tmp_path / "data")
    info = json.loads(lock_path_for(path).read_text())
    assert info["pid"] == os.getpid() and info["host"] == socket.gethostname() and info["user"]
    assert stat.S_IMODE(lock_path_for(path).stat().st_mode) == 0o600
    lock.release()
    assert not lock.held


def test_lock_goes_to_the_data_folder_when_the_meeting_folder_refuses(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "share" / "meeting.json"
    real_open = os.open

    def read_only_share(p: object, flags: int, *args: object) -> int:
        if str(p).startswith(str(tmp_path / "share")) and flags & os.O_CREAT:
            raise OSError(30, "Read-only file system")
        return real_open(p, flags, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "open", read_only_share)
    first = FileLock.acquire(path, tmp_path / "data")
    assert first.lock_file.parent == tmp_path / "data" / "locks"
    with pytest.raises(LockedError):
        FileLock.acquire(path, tmp_path / "data")
    first.release()
