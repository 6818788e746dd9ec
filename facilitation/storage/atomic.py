"""Atomic file writes: the file on disk is always either the old one or the new one, whole.

Write a temp file in the same folder (same file system, so the rename is atomic), flush it to the
disk, rename it over the target, then flush the folder so the rename itself survives a power cut.
When only that last flush fails, the new file is in place (every process sees it) but a power cut
could still bring the old one back: :class:`FolderSyncError` says so, so that callers that keep
something only until the new file is safe (the autosave's old journal) keep it a while longer.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from facilitation.storage.errors import SaveError, reason_of, save_error


class FolderSyncError(SaveError):
    """The new file is in place, but its folder could not be flushed to the disk."""

    def __init__(self, path: Path | str | None, exc: OSError, written: os.stat_result) -> None:
        super().__init__(path, f"{reason_of(exc)} (while flushing the folder)")
        self.__cause__ = exc
        #: the file now in place (its identity and size)
        self.written = written
        #: filled in by whoever knows more about that file (meetingfile.write_file: its FileState)
        self.state: object | None = None


def write_all(fd: int, data: bytes) -> None:
    """``os.write`` until every byte is written (a write may be short)."""
    view = memoryview(data)
    while view:
        n = os.write(fd, view)
        view = view[n:]


def fsync_dir(folder: Path) -> None:
    """Flush a folder's entries (a rename) to the disk; file systems that cannot are tolerated."""
    try:
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:
        return  # e.g. a folder we may write into but not list: the rename is done anyway
    try:
        os.fsync(fd)
    except OSError as exc:
        # some file systems (network shares, FUSE) do not support syncing a folder: nothing to fix
        if exc.errno not in (errno.EINVAL, errno.ENOTSUP, errno.EBADF):
            raise
    finally:
        os.close(fd)


def write_atomic(
    path: Path,
    data: bytes,
    mode: int = 0o600,
    before_replace: Callable[[], None] | None = None,
) -> os.stat_result:
    """Replace ``path`` with ``data`` atomically (file mode ``mode``); the written file's stat.

    ``before_replace`` runs once the new file is whole on the disk, just before the rename: it may
    raise (a StorageError) to leave the old file where it is. Raises SaveError (FolderSyncError
    when the file is in place but its folder was not flushed) or what ``before_replace`` raised."""
    path = Path(path)
    folder = path.parent
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            os.fchmod(fd, mode)
            write_all(fd, data)
            os.fsync(fd)
            written = os.fstat(fd)
        finally:
            os.close(fd)
        if before_replace is not None:
            before_replace()
        os.replace(tmp, path)
        tmp = None
        try:
            fsync_dir(folder)
        except OSError as exc:
            raise FolderSyncError(path, exc, written) from exc
    except SaveError:
        raise
    except OSError as exc:
        raise save_error(path, exc) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
    return written
