"""Atomic file writes: the file on disk is always either the old one or the new one, whole.

Write a temp file in the same folder (same file system, so the rename is atomic), flush it to the
disk, rename it over the target, then flush the folder so the rename itself survives a power cut.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from facilitation.storage.errors import save_error


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


def write_atomic(path: Path, data: bytes, mode: int = 0o600) -> None:
    """Replace ``path`` with ``data`` atomically (file mode ``mode``). Raises SaveError only."""
    path = Path(path)
    folder = path.parent
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
        try:
            os.fchmod(fd, mode)
            write_all(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        tmp = None
        fsync_dir(folder)
    except OSError as exc:
        raise save_error(path, exc) from exc
    finally:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
