"""Atomic saves: a failed write (disk full, permission denied, read-only disk) is a SaveError with a
clear reason, leaves the previous file whole and no temp file, and the next save works."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from facilitation.storage import SaveError, load_meeting, save_meeting
from facilitation.storage.atomic import write_atomic
from tests.storage.scenario import build

REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EACCES: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.EIO: "input/output error",
}


def _fail_on(monkeypatch: pytest.MonkeyPatch, name: str, code: int) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, name, broken)


@pytest.mark.parametrize("code", list(REASONS))
@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
def test_failed_save_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, where: str
) -> None:
    path = tmp_path / "meeting.json"
    old, new = build(seed=4, steps=20), build(seed=4, steps=40)
    save_meeting(path, old)
    before = path.read_bytes()
    with monkeypatch.context() as mp:
        _fail_on(mp, where, code)
        with pytest.raises(SaveError) as info:
            save_meeting(path, new)
    assert REASONS[code] in str(info.value) and str(path) in str(info.value)
    assert info.value.reason == REASONS[code] or REASONS[code] in info.value.reason
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["meeting.json"]
    save_meeting(path, new)  # space is back
    assert load_meeting(path) == new


def test_disk_full_halfway_through_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The first chunk goes out, then the disk fills up: the old file is still whole."""
    path = tmp_path / "meeting.json"
    save_meeting(path, build(seed=5, steps=10))
    before = path.read_bytes()
    real_write = os.write
    calls = []

    def short_then_full(fd: int, data: bytes) -> int:
        calls.append(len(data))
        if len(calls) == 1:
            return real_write(fd, bytes(data[:100]))
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "write", short_then_full)
    with pytest.raises(SaveError, match="disk is full"):
        save_meeting(path, build(seed=5, steps=80))
    monkeypatch.undo()
    assert len(calls) == 2 and path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["meeting.json"]


def test_temp_file_cannot_even_be_created(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def refuse(*args: object, **kwargs: object) -> None:
        raise PermissionError(errno.EACCES, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(SaveError, match="permission denied"):
        write_atomic(tmp_path / "x.json", b"{}")


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders anyway")
def test_really_read_only_folder(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "meeting.json"
    save_meeting(path, build(seed=6, steps=5))
    before = path.read_bytes()
    folder.chmod(0o500)
    try:
        with pytest.raises(SaveError, match="permission denied"):
            save_meeting(path, build(seed=6, steps=30))
    finally:
        folder.chmod(0o700)
    assert path.read_bytes() == before


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(SaveError, match="folder does not exist"):
        save_meeting(tmp_path / "nowhere" / "m.json", build(seed=6, steps=1))


def test_mode_is_private_whatever_the_umask(tmp_path: Path) -> None:
    old = os.umask(0)
    try:
        write_atomic(tmp_path / "a.json", b"{}")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "a.json").stat().st_mode) == 0o600
