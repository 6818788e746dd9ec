"""The autosave journal: an append-only file of JSON lines, each guarded by a checksum.

A line is ``<crc32 of the JSON, 8 hex digits> <JSON>\\n``, the JSON in UTF-8 (msgspec writes the
command as it is, in one step; a newline inside a text is escaped, so a line is one entry). Appending is one ``os.write`` to a file
opened with ``O_APPEND`` (in the OS as soon as it returns: a killed process loses nothing); ``fsync``
is the caller's to do now and then (the session has its worker thread do it) (a power cut loses at most what came since). A line cut short by
a crash fails its checksum; when only such lines end the file they are dropped quietly, while a bad
line followed by good ones is reported (the disk gave back something we never wrote).

A journal is read as a stream (:func:`open_journal`): each line is checked, decoded and handed to the
reader before the next one is looked at, so a replay applies a command and lets go of it; an autosave
journal's line is decoded straight into its command (:func:`autosave_entry`).
"""

from __future__ import annotations

import functools
import json
import os
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Generic, TypeVar

import msgspec

from facilitation.models.commands import COMMANDS, Command
from facilitation.models.reading import any_command
from facilitation.models.wire import encode, to_data
from facilitation.storage.atomic import write_all
from facilitation.storage.errors import save_error

#: a journal is compacted long before this; a larger one is not read whole into memory
MAX_JOURNAL_BYTES = 256 * 1024 * 1024

T = TypeVar("T")


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

#: what a line decodes to: an entry, or None when the line is not one (the reader's test of a good line)
Decode = Callable[[memoryview], T | None]


def plain_entry(raw: memoryview) -> dict[str, Any] | None:
    """A line's JSON (its checksum checked) as plain data: the entry if it is an object, else None."""
    try:
        try:
            entry = _PLAIN.decode(raw)
        except msgspec.DecodeError:  # an escaped lone surrogate, which msgspec does not read
            entry = json.loads(bytes(raw).decode("utf-8"))
    except (ValueError, RecursionError):
        return None
    return entry if isinstance(entry, dict) else None


def _checked(data: bytes, view: memoryview, start: int, end: int) -> memoryview | None:
    """The JSON of the line ``data[start:end]`` when its checksum matches it, else None."""
    if end - start < 10 or data[start + 8] != 0x20:  # ``<8 hex digits> <JSON>``
        return None
    raw = view[start + 9 : end]
    try:
        if int(data[start : start + 8], 16) != zlib.crc32(raw):
            return None
    except ValueError:
        return None
    return raw


class CommandLine(msgspec.Struct, frozen=True, tag_field="t", tag="cmd"):
    """An autosave journal's command: ``{"t": "cmd", "n": 12, "cmd": {…}, "clear": ["notes"]}``
    (``n`` counts the session's commands; ``clear``, the drafts the command consumed)."""

    cmd: Command
    n: int | None = None
    clear: list[str] = []


class DraftLine(msgspec.Struct, frozen=True, tag_field="t", tag="draft"):
    """Text being typed in an editor (``key``); an empty text clears it."""

    key: str
    text: str


class FileLine(msgspec.Struct, frozen=True, tag_field="t", tag="file"):
    """The meeting's own file was saved with these bytes (their SHA-256)."""

    sha256: str


#: an autosave journal's entry: read into its type, or plain data when it is not well formed
AutosaveEntry = CommandLine | DraftLine | FileLine | dict[str, Any]


@functools.cache
def _autosave_decoder(registered: int) -> msgspec.json.Decoder[Any]:
    # the command's field as the tagged union of every registered command (``registered`` of them:
    # the registry only grows, so its size says when to build it again): msgspec reads a line into
    # its command in one step, in C, with no plain data in between
    line = msgspec.defstruct(
        "CommandLine", [("cmd", any_command())], bases=(CommandLine,), frozen=True
    )
    return msgspec.json.Decoder(line | DraftLine | FileLine)


def autosave_entry(raw: memoryview) -> AutosaveEntry | None:
    """An autosave journal's line, decoded straight into its command, draft or file when it is well
    formed; anything else as plain data (None: not an entry), which the replay then reads the
    careful way, with the messages it has always given (``command_from_data``)."""
    try:
        entry: AutosaveEntry = _autosave_decoder(len(COMMANDS)).decode(raw)
    except Exception:  # any failure (a command's own check too) goes the careful way
        return plain_entry(raw)
    return entry


class JournalStream(Generic[T]):
    """A journal read one line at a time, up to the first bad line: ``(line number, entry)``.

    The file's bytes are read when the stream is opened (an ``OSError`` then, before any entry is
    handed out); each line is checked and decoded only when the one before it has been handled, and
    nothing of it is kept, so a replay never holds the whole journal decoded. Once the iteration has
    ended, :attr:`torn` and :attr:`corrupt_line` say how the journal ended."""

    def __init__(self, data: bytes, decode: Decode[T]) -> None:
        self._data = data
        self._decode = decode
        #: the file ended with a line cut short (normal after a crash: that line was never confirmed)
        self.torn = False
        #: 1-based number of a bad line followed by good ones (reading stops before it), else None
        self.corrupt_line: int | None = None

    def __iter__(self) -> Iterator[tuple[int, T]]:
        data, decode = self._data, self._decode
        complete = data.rfind(b"\n") + 1  # after the last newline: empty, or a line cut short
        self.torn = complete < len(data)
        self.corrupt_line = None
        with memoryview(data) as view:
            start, number = 0, 0
            while start < complete:
                end = data.index(b"\n", start)
                number += 1
                raw = _checked(data, view, start, end)
                entry = None if raw is None else decode(raw)
                if entry is None:
                    if self._good_after(view, end + 1, complete):
                        self.corrupt_line = number
                    else:
                        self.torn = True
                    return
                yield number, entry
                start = end + 1

    def _good_after(self, view: memoryview, start: int, complete: int) -> bool:
        """Is any line from ``start`` on a good one? (Only then was the bad line not a torn end.)"""
        data = self._data
        while start < complete:
            end = data.index(b"\n", start)
            raw = _checked(data, view, start, end)
            if raw is not None and plain_entry(raw) is not None:
                return True
            start = end + 1
        return False


def open_journal(path: Path, decode: Decode[T]) -> JournalStream[T]:
    """The journal at ``path``, to read as a stream of entries made by ``decode`` (None: a bad
    line). Raises OSError if the file cannot be read."""
    with open(path, "rb") as f:
        # read(n) sets n bytes aside before it reads (256 MB for the limit): ask for the file's size
        size = os.fstat(f.fileno()).st_size
        data = f.read() if size < MAX_JOURNAL_BYTES else f.read(MAX_JOURNAL_BYTES)
    if len(data) > MAX_JOURNAL_BYTES:  # it grew since: the limit still holds
        data = data[:MAX_JOURNAL_BYTES]
    return JournalStream(data, decode)


@dataclass
class JournalContents:
    entries: list[dict[str, Any]] = field(default_factory=list)
    #: the file ended with a line cut short (normal after a crash: that line was never confirmed)
    torn: bool = False
    #: 1-based number of a bad line followed by good ones (replay stops before it), else None
    corrupt_line: int | None = None


def read_journal(path: Path) -> JournalContents:
    """Read the good lines of a journal, up to the first bad one, as plain data, all at once.
    Raises OSError if unreadable. (A replay reads :func:`open_journal`'s stream instead.)"""
    stream = open_journal(path, plain_entry)
    entries = [entry for _number, entry in stream]
    return JournalContents(entries, stream.torn, stream.corrupt_line)


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
