"""One writer per meeting file: a lock file beside it, held with ``fcntl.flock``.

The lock belongs to the open file, so the OS releases it when the process dies, however it dies: a
crash never leaves a stale lock behind. The lock file holds who took it (user, host, pid, since) so
the second instance can say who has the meeting open. When the meeting's folder cannot hold a lock
file (read-only share), the lock goes into the data folder, named after the file's resolved path.

The lock is the file's, not its name's: the lock file sits beside the file that symbolic links
point to (every link finds the same lock), and a second lock in the user's data folder is keyed on
the file's identity (``st_dev``, ``st_ino``), which all its hard links share. That second lock
follows the file when a save puts a new one in its place (:meth:`FileLock.follow`).
"""

from __future__ import annotations

import contextlib
import fcntl
import getpass
import json
import os
import socket
from datetime import UTC, datetime
from pathlib import Path

from facilitation.storage.atomic import write_all
from facilitation.storage.digest import sha256_hex
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


def _identity_lock_path(identity: tuple[int, int], data_dir: Path) -> Path:
    return private_dir(data_dir / "locks") / f"file-{identity[0]}-{identity[1]}.lock"


def _identity(path: Path) -> tuple[int, int] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None  # no file yet: its first save gives it an identity
    return (st.st_dev, st.st_ino)


def _fallback_lock_path(path: Path, data_dir: Path) -> Path:
    key = sha256_hex(str(path.resolve()).encode("utf-8", "surrogatepass"))[:32]
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
        self._data_dir: Path | None = None
        #: the identity locks held, by (st_dev, st_ino): one, or two while hard links share the old
        self._identities: dict[tuple[int, int], FileLock] = {}

    @classmethod
    def acquire(cls, target: Path, data_dir: Path) -> FileLock:
        target = Path(target)
        real = Path(os.path.realpath(target))  # through symbolic links: the lock of the file itself
        try:
            lock = cls._acquire_at(target, lock_path_for(real))
        except LockedError:
            raise
        except OSError:
            # no lock file possible beside the meeting (read-only folder): lock in our data folder
            try:
                lock = cls._acquire_at(target, _fallback_lock_path(real, data_dir))
            except OSError as exc:
                raise save_error(target, exc) from exc
        lock._data_dir = data_dir
        identity = _identity(real)
        if identity is not None:
            try:
                lock._take_identity(identity)
            except (LockedError, OSError) as exc:
                lock.release()
                if isinstance(exc, OSError):
                    raise save_error(target, exc) from exc
                raise
        return lock

    def _take_identity(self, identity: tuple[int, int]) -> None:
        """Raises LockedError (a hard link of this file is open elsewhere) or OSError."""
        assert self._data_dir is not None
        if identity not in self._identities:
            path = _identity_lock_path(identity, self._data_dir)
            self._identities[identity] = FileLock._acquire_at(self.target, path)

    def follow(self, old: tuple[int, int] | None, new: tuple[int, int], keep_old: bool) -> None:
        """A save put a new file (identity ``new``) in place of ``old``: lock the new one, and let
        the old go unless ``keep_old`` (other hard links still show the old file under their names).
        A failure here only weakens the guard against hard links: the lock beside the file holds."""
        if self._fd is None or self._data_dir is None:
            return
        with contextlib.suppress(LockedError, OSError):
            self._take_identity(new)
        if old is not None and old != new and not keep_old:
            gone = self._identities.pop(old, None)
            if gone is not None:
                gone.release()

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
        for other in self._identities.values():
            other.release()
        self._identities.clear()
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        with contextlib.suppress(
            OSError
        ):  # already gone, or a read-only folder: the flock is enough
            os.unlink(self.lock_file)
        os.close(fd)
