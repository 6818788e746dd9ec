"""The autosave journal: an append-only file of JSON lines, each guarded by a checksum.

A line is ``<crc32 of the JSON, 8 hex digits> <JSON>\\n``, the JSON in UTF-8 (msgspec writes the
command as it is, in one step; a newline inside a text is escaped, so a line is one entry). Appending is one ``os.write`` to a file
opened with ``O_APPEND`` (in the OS as soon as it returns: a killed process loses nothing); ``fsync``
is the caller's to do now and then (the session has its worker thread do it) (a power cut loses at most what came since). A line cut short by
a crash fails its checksum; when only such lines end the file they are dropped quietly, while a bad
line followed by good ones is reported (the disk gave back something we never wrote).
"""

from __future__ import annotations

import json
import os
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import msgspec

from facilitation.models.wire import encode, to_data
from facilitation.storage.atomic import write_all
from facilitation.storage.errors import save_error

#: a journal is compacted long before this; a larger one is not read whole into memory
MAX_JOURNAL_BYTES = 256 * 1024 * 1024


def encode_entry(entry: dict[str, Any]) -> bytes:
    """One journal line; ``entry`` may hold a command itself (``{"t": "cmd", "cmd": command}``).

    UTF-8 JSON by msgspec; a lone surrogate, which UTF-8 cannot hold, is written with the standard
    library's ASCII escapes instead, so any string survives the round trip."""
    try:
        raw = encode(entry)
    except UnicodeEncodeError:
        raw = json.dumps(
            to_data(entry), ensure_ascii=True, separators=(",", ":"), allow_nan=False
        ).encode("ascii")
    return b"%08x " % zlib.crc32(raw) + raw + b"\n"


_PLAIN = msgspec.json.Decoder()


def _decode_line(line: bytes) -> dict[str, Any] | None:
    if len(line) < 10 or line[8:9] != b" ":
        return None
    raw = line[9:]
    try:
        if int(line[:8], 16) != zlib.crc32(raw):
            return None
        try:
            entry = _PLAIN.decode(raw)
        except msgspec.DecodeError:  # an escaped lone surrogate, which msgspec does not read
            entry = json.loads(raw.decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    return entry if isinstance(entry, dict) else None


@dataclass
class JournalContents:
    entries: list[dict[str, Any]] = field(default_factory=list)
    #: the file ended with a line cut short (normal after a crash: that line was never confirmed)
    torn: bool = False
    #: 1-based number of a bad line followed by good ones (replay stops before it), else None
    corrupt_line: int | None = None


def read_journal(path: Path) -> JournalContents:
    """Read the good lines of a journal, up to the first bad one. Raises OSError if unreadable."""
    with open(path, "rb") as f:
        data = f.read(MAX_JOURNAL_BYTES)
    lines = data.split(b"\n")
    tail = lines.pop()  # after the last newline: empty, or a line the crash cut short
    out = JournalContents(torn=bool(tail))
    for number, line in enumerate(lines, start=1):
        entry = _decode_line(line)
        if entry is None:
            rest_good = any(_decode_line(later) is not None for later in lines[number:])
            if rest_good:
                out.corrupt_line = number
            else:
                out.torn = True
            break
        out.entries.append(entry)
    return out


class JournalWriter:
    """Appends lines to one journal file (created 0600). Errors come out as SaveError."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            self._fd: int | None = os.open(
                path, os.O_WRONLY | os.O_APPEND | os.O_CREAT | os.O_CLOEXEC, 0o600
            )
        except OSError as exc:
            raise save_error(path, exc) from exc
        self.unsynced = False

    def append(self, line: bytes) -> None:
        """Write a whole line to the OS. A failure may leave part of it: the caller starts afresh."""
        if self._fd is None:
            raise ValueError("the journal is closed")
        try:
            write_all(self._fd, line)
        except OSError as exc:
            raise save_error(self.path, exc) from exc
        self.unsynced = True

    def sync(self) -> None:
        if self._fd is not None and self.unsynced:
            self.fsync()
            self.unsynced = False

    def fsync(self) -> None:
        """Flush to the disk whatever was appended. Runs on the session's worker thread; the writer
        is closed only by a later job of that same thread, so the descriptor stays valid."""
        if self._fd is not None:
            try:
                os.fsync(self._fd)
            except OSError as exc:
                raise save_error(self.path, exc) from exc

    def close(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)
