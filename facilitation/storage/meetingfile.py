"""The meeting's own file while it is open: what we last wrote there, and saving without trampling.

Before each save the file on disk is compared with what this session last read or wrote there: its
identity (``st_dev``, ``st_ino``: a file moved away, deleted and recreated, or replaced by another
program's atomic save is another file) and its content (a SHA-256 of its bytes: a file only touched
is still ours). When it changed, nothing is
written and :class:`FileChangedError` says how; the user then chooses (keep ours under another
name, take theirs, or overwrite theirs: :meth:`Session.overwrite_file`).

A symbolic link is followed: the file it points to is written, the link stays a link. The mode of a
file the user made is kept when it is at least as private as ours (0600); a file readable by others
becomes 0600, and the session says so (``Session.notices``).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar

from facilitation.models import Meeting
from facilitation.storage.atomic import FolderSyncError, write_atomic
from facilitation.storage.digest import sha256_hex
from facilitation.storage.errors import MeetingFileError, StorageError, save_error

#: the mode of the files the app makes: readable and writable by their owner only
PRIVATE = 0o600


@dataclass(frozen=True, slots=True)
class FileState:
    """What a meeting file was when we last read or wrote it."""

    dev: int
    ino: int
    size: int
    mtime_ns: int
    #: SHA-256 of its bytes (hex)
    sha256: str
    mode: int
    nlink: int = 1

    @classmethod
    def of(cls, st: os.stat_result, data: bytes) -> FileState:
        return cls(
            st.st_dev,
            st.st_ino,
            st.st_size,
            st.st_mtime_ns,
            sha256_hex(data),
            stat.S_IMODE(st.st_mode),
            st.st_nlink,
        )

    @property
    def identity(self) -> tuple[int, int]:
        return (self.dev, self.ino)


class FileChangedError(StorageError):
    """The meeting file is no longer what this session last read or wrote: it was not overwritten.

    ``change`` is ``"deleted"`` (gone, or moved away), ``"replaced"`` (another file under its name),
    ``"edited"`` (the same file, other content) or ``"created"`` (a file appeared where the meeting
    had none yet)."""

    _WHAT: ClassVar[dict[str, str]] = {
        "deleted": "was deleted or moved away",
        "replaced": "was replaced by another file",
        "edited": "was changed by another program",
        "created": "was created by another program",
    }

    def __init__(self, path: Path, change: str) -> None:
        super().__init__(
            f"{path} {self._WHAT[change]} since Facilitation last saved it; it was not "
            "overwritten. Keep this meeting under another name, reload the file, or overwrite it.",
            path,
        )
        self.change = change


def target_of(path: Path) -> Path:
    """The file a save writes: ``path`` itself, or what its symbolic link(s) point to."""
    return Path(os.path.realpath(path))


def read_state(path: Path) -> FileState | None:
    """The state of the file at ``path`` now (None when there is none). Raises OSError."""
    try:
        with open(path, "rb") as f:
            st = os.fstat(f.fileno())
            if not stat.S_ISREG(st.st_mode):
                raise IsADirectoryError(f"{path} is not a regular file")
            data = f.read()
    except FileNotFoundError:
        return None
    return FileState.of(st, data)


def load_with_state(path: Path) -> tuple[Meeting, FileState]:
    """Read a meeting file and what it was when read, from the same bytes (hand the state to
    ``Session.open(loaded=…)``: a file replaced between the two is then seen as changed). Raises
    MeetingFileError only."""
    from facilitation.storage.fileformat import loads_meeting, read_capped

    data = read_capped(Path(path))
    try:
        st = os.stat(path)
    except OSError as exc:
        raise MeetingFileError(str(path), "", f"the file cannot be read ({exc.strerror})") from None
    meeting = loads_meeting(data, str(path))
    # identity from the file as it is now, content from the bytes read: if it was replaced in
    # between, the hash is not the new file's and the first save sees it changed
    return meeting, FileState.of(st, data)


def changed_since(path: Path, known: FileState | None) -> tuple[str | None, FileState | None]:
    """How the file at ``path`` differs from ``known`` (None: it does not), and its state now."""
    try:
        st = os.stat(path)
    except FileNotFoundError:
        return ("deleted" if known is not None else None), None
    except OSError as exc:
        raise save_error(path, exc) from exc
    if known is None:
        return "created", None
    if (st.st_dev, st.st_ino) != known.identity:
        return "replaced", None
    # the bytes are hashed even when size and time are the same: an edit in place within the
    # clock's granularity keeps both (a few milliseconds on the worker thread for a large meeting)
    try:
        now = read_state(path)
    except OSError as exc:
        raise save_error(path, exc) from exc
    if now is None:
        return "deleted", None
    if now.identity != known.identity:
        return "replaced", None
    if now.sha256 != known.sha256:
        return "edited", now
    return None, now  # touched, same bytes: still ours


def mode_for(known: FileState | None) -> tuple[int, bool]:
    """The mode to write the file with, and whether that takes rights away from others.

    The owner's own choice is kept when it is stricter than 0600 (0400: read-only); read or write
    rights for the group or others are dropped (the file holds what people said in a meeting)."""
    if known is None:
        return PRIVATE, False
    mode = (known.mode & PRIVATE) | stat.S_IRUSR  # never one we could not read back
    return mode, bool(known.mode & 0o077)


def write_file(path: Path, data: bytes, known: FileState | None, force: bool = False) -> FileState:
    """Save ``data`` over the meeting file at ``path`` (through its links) unless it changed since
    ``known``: then raise :class:`FileChangedError` and leave it. ``force`` overwrites anyway.

    Raises SaveError (a :class:`FolderSyncError` carries the new file's state in ``state``: it is in
    place, only not yet flushed) or FileChangedError."""
    target = target_of(path)
    mode, _ = mode_for(known)

    def check() -> None:
        # once more just before the rename: the other program may have saved while we wrote
        if not force:
            change, _now = changed_since(target, known)
            if change is not None:
                raise FileChangedError(Path(path), change)

    check()
    try:
        written = write_atomic(target, data, mode, before_replace=check)
    except FolderSyncError as exc:
        exc.state = FileState.of(exc.written, data)
        raise
    return FileState.of(written, data)


def is_folder_sync(exc: BaseException) -> FileState | None:
    """The state of a file saved but not flushed (a FolderSyncError from :func:`write_file`)."""
    state = exc.state if isinstance(exc, FolderSyncError) else None
    return state if isinstance(state, FileState) else None
