"""One writer per meeting file: a lock file beside it, held with ``fcntl.flock``.

The lock belongs to the open file, so the OS releases it when the process dies, however it dies: a
crash never leaves a stale lock behind. The lock file holds who took it (user, host, pid, since) so
the second instance can say who has the meeting open. When the meeting's folder cannot hold a lock
file (read-only share), the lock goes into the data folder, named after the file's resolved path.
"""

from __future__ import annotations

import contextlib
import fcntl
import getpass
import hashlib
import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path

from facilitation.storage.atomic import write_all
from facilitation.storage.errors import LockedError, LockHolder, save_error
from facilitation.storage.paths import private_dir

__all__ = ["FileLock", "LockHolder", "lock_path_for"]


def _me() -> LockHolder:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no name for this uid (containers)
        user = str(os.getuid())
    return LockHolder(user, socket.gethostname(), os.getpid(), datetime.now(UTC).astimezone())


def lock_path_for(path: Path) -> Path:
    return path.parent / f".{path.name}.lock"


def _fallback_lock_path(path: Path, data_dir: Path) -> Path:
    key = hashlib.sha256(str(path.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:32]
    return private_dir(data_dir / "locks") / f"{key}.lock"


def _read_holder(fd: int) -> LockHolder:
    try:
        raw = os.pread(fd, 4096, 0)
        info = json.loads(raw.decode("utf-8"))
        since = datetime.fromisoformat(info["since"]) if info.get("since") else None
        return LockHolder(str(info["user"]), str(info["host"]), int(info["pid"]), since)
    except (OSError, ValueError, KeyError, TypeError):
        # the holder is writing it right now, or it is damaged: still locked, holder unknown
        return LockHolder("", "", 0, None)


class FileLock:
    """An exclusive lock on a meeting file. ``acquire`` raises LockedError or SaveError."""

    def __init__(self, target: Path, lock_file: Path, fd: int) -> None:
        self.target = target
        self.lock_file = lock_file
        self._fd: int | None = fd

    @classmethod
    def acquire(cls, target: Path, data_dir: Path) -> FileLock:
        target = Path(target)
        try:
            return cls._acquire_at(target, lock_path_for(target))
        except LockedError:
            raise
        except OSError:
            # no lock file possible beside the meeting (read-only folder): lock in our data folder
            pass
        try:
            return cls._acquire_at(target, _fallback_lock_path(target, data_dir))
        except OSError as exc:
            raise save_error(target, exc) from exc

    @classmethod
    def _acquire_at(cls, target: Path, lock_file: Path) -> FileLock:
        while True:
            fd = os.open(lock_file, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                holder = _read_holder(fd)
                os.close(fd)
                raise LockedError(target, holder) from None
            except OSError:
                os.close(fd)
                raise
            # the holder we waited on may have removed the file between our open and our lock:
            # then we locked a file nobody else will ever see; start again with the current one
            try:
                same = os.stat(lock_file).st_ino == os.fstat(fd).st_ino
            except FileNotFoundError:
                same = False
            if same:
                break
            os.close(fd)
        try:
            holder = _me()
            info = {
                "user": holder.user,
                "host": holder.host,
                "pid": holder.pid,
                "since": holder.since.isoformat() if holder.since else None,
            }
            os.ftruncate(fd, 0)
            write_all(fd, json.dumps(info).encode("utf-8"))
        except OSError:
            os.close(fd)
            raise
        return cls(target, lock_file, fd)

    @property
    def held(self) -> bool:
        return self._fd is not None

    def release(self) -> None:
        """Remove the lock file, then let go (in that order, so a waiter never locks a stale file)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(
            OSError
        ):  # already gone, or a read-only folder: the flock is enough
            os.unlink(self.lock_file)
        os.close(fd)
