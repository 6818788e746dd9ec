"""Write the minutes' bytes atomically: the old file stays whole until the new one is complete.

A temporary file in the same folder (so ``os.replace`` is a rename on one file system), readable by
the user only (0600), flushed and fsynced, then renamed over the target; the folder is fsynced so the
rename survives a power cut. On any failure the temporary file is removed and the target untouched.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from pathlib import Path

from facilitation.export.errors import OutputError


def _describe(exc: OSError) -> str:
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    return exc.strerror or str(exc)


def write_atomically(target: Path, data: bytes) -> None:
    folder = target.parent
    if not folder.is_dir():
        raise OutputError(f"Cannot write {target}: the folder {folder} does not exist.")
    if target.is_dir():
        raise OutputError(f"Cannot write {target}: it is a folder.")
    try:
        fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise OutputError(f"Cannot write in the folder {folder}: {_describe(exc)}.") from None
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise OutputError(f"Cannot write {target}: {_describe(exc)}.") from None
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    try:
        dfd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # some systems cannot open a folder: the rename is still atomic
    try:
        os.fsync(dfd)
    except OSError:
        pass
    finally:
        os.close(dfd)
