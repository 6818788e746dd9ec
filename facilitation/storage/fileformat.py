"""The meeting file: one JSON document with ``format`` and ``schema_version`` around the meeting.

See ``docs/file-format.md``. msgspec reads the file straight into the domain's parts, checking every
field in C (:class:`Document`); the common case, a good file of the current version, is read in that
one step. Anything else (an older version to migrate, an error to explain, text msgspec does not read
such as a lone surrogate) takes the careful way: plain data first, then the same types. Every problem
is a :class:`MeetingFileError` naming the file, the field path and what was expected. Writing is
atomic (:mod:`facilitation.storage.atomic`), mode 0600, one part per line.
"""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import msgspec

from facilitation import __version__
from facilitation.models import COLLECTIONS, DataError, Meeting
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.models.meeting import SCALARS, MeetingData
from facilitation.models.wire import encode
from facilitation.storage.atomic import write_atomic
from facilitation.storage.errors import (
    MeetingFileError,
    NewerVersionError,
    SaveError,
    StorageError,
)
from facilitation.storage.migrations import migrate

FORMAT = "facilitation-meeting"
SCHEMA_VERSION = 3
#: a real meeting is a few MB at most; anything larger is refused before it is read
MAX_FILE_BYTES = 32 * 1024 * 1024


class Document(msgspec.Struct, kw_only=True):
    """A meeting file of the current version, as msgspec reads it (the schema is made from it)."""

    format: Literal["facilitation-meeting"]
    schema_version: Literal[3]
    app_version: str = ""
    meeting: MeetingData


_DECODER = msgspec.json.Decoder(Document)
_PLAIN = msgspec.json.Decoder()


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the current version, shipped in the package."""
    text = resources.files(__package__).joinpath("meeting.schema.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def meeting_to_document(meeting: Meeting, cache: PartCache | None = None) -> dict[str, Any]:
    """The document of a meeting file, as plain data. With ``cache``, the meeting's parts come
    already encoded (:class:`Encoded`, for :func:`encode_layout` only): the same text, made faster."""
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "meeting": meeting.to_data() if cache is None else cache.meeting_data(meeting),
    }


class Encoded:
    """JSON already encoded, as the pieces of bytes that make it: :func:`encode_layout` writes them as
    they are. Pieces rather than one joined text, so that the file's bytes are copied once, at the
    end, however many parts it holds."""

    __slots__ = ("pieces",)

    def __init__(self, pieces: list[bytes]) -> None:
        self.pieces = pieces


class PartCache:
    """The encoded line of each part, kept while the part object is the same (``is``).

    Parts are immutable: a change replaces the object. So when the session's worker saves the meeting
    again, only the parts that changed since the last save are encoded; the thousands of others are
    reused. Used by one thread at a time. The result is the very text :func:`encode_layout` makes
    without the cache (tested). Lines are UTF-8 (``ensure_ascii`` is kept for the callers that ask
    for ASCII: msgspec writes UTF-8 only; a lone surrogate makes the writer escape the whole text).
    ``remember=False`` keeps nothing: one save's encoding, without the bookkeeping.
    """

    def __init__(self, ensure_ascii: bool = False, remember: bool = True) -> None:
        self.ensure_ascii = ensure_ascii
        self.remember = remember
        #: by the id of each part: the part (to tell a reused id) and its encoded line; two dicts
        #: rather than one of pairs, so that a save makes no new object the collector must track
        self._parts: dict[int, object] = {}
        self._lines: dict[int, bytes] = {}

    def meeting_data(self, meeting: Meeting) -> dict[str, Any]:
        """The meeting's fields, each scalar and each list of parts as one :class:`Encoded`.

        Raises UnicodeEncodeError for a lone surrogate (the writer then escapes the whole file)."""
        data: dict[str, Any] = {"id": meeting.id, "created": Encoded([encode(meeting.created)])}
        for name in SCALARS:
            data[name] = Encoded([encode(getattr(meeting, name))])
        if not self.remember:
            for name in COLLECTIONS:
                data[name] = _encoded_list(list(map(encode, meeting.collection(name).values())))
            return data
        old_parts, old_lines = self._parts, self._lines
        parts: dict[int, object] = {}
        known: dict[int, bytes] = {}
        for name in COLLECTIONS:
            lines = []
            for part in meeting.collection(name).values():
                key = id(part)
                line = old_lines.get(key)
                if line is None or old_parts[key] is not part:  # a dead part's id may be reused
                    line = encode(part)
                parts[key] = part
                known[key] = line
                lines.append(line)
            data[name] = _encoded_list(lines)
        # parts no longer in the meeting are forgotten
        self._parts, self._lines = parts, known
        return data


def _encoded_list(lines: list[bytes]) -> Encoded:
    """A JSON list of encoded elements, one per line: ``[``, the lines between ``,``, ``]``."""
    if not lines:
        return Encoded([b"[]"])
    pieces = [b",\n"] * (2 * len(lines) + 1)
    pieces[0], pieces[-1] = b"[\n", b"\n]"
    pieces[1::2] = lines
    return Encoded(pieces)


def document_to_meeting(doc: Any, source: str = "") -> Meeting:
    """Check the envelope, upgrade an older version, build the meeting. Raises MeetingFileError."""
    if not isinstance(doc, dict):
        raise _problem(
            source,
            QT_TRANSLATE_NOOP("MeetingFile", "expected a JSON object at the top of the file"),
        )
    fmt = doc.get("format")
    if fmt != FORMAT:
        raise _problem(
            source,
            QT_TRANSLATE_NOOP(
                "MeetingFile", "expected {expected} (this is not a meeting file), found {found}"
            ),
            "format",
            expected=repr(FORMAT),
            found=repr(fmt),
        )
    version = doc.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise _problem(
            source,
            QT_TRANSLATE_NOOP("MeetingFile", "expected a whole number from 1, found {found}"),
            "schema_version",
            found=repr(version),
        )
    if version > SCHEMA_VERSION:
        app = doc.get("app_version")
        raise NewerVersionError(
            source, version, SCHEMA_VERSION, app if isinstance(app, str) else ""
        )
    doc = migrate(doc, SCHEMA_VERSION, source)
    if "meeting" not in doc:
        raise _problem(source, QT_TRANSLATE_NOOP("DataError", "this field is required"), "meeting")
    try:
        return Meeting.from_data(doc["meeting"])
    except DataError as exc:
        raise _data_problem(source, exc) from None


def _data_problem(source: str, exc: DataError) -> MeetingFileError:
    field = f"meeting.{exc.path}" if exc.path else "meeting"
    return MeetingFileError(source, field, exc.message, exc.template, exc.params, "DataError")


class _BadConstant(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _BadConstant(name)


def parse_json(data: bytes, source: str = "") -> Any:
    """Strict JSON from bytes: UTF-8, no NaN/Infinity, bounded nesting. Raises MeetingFileError.

    msgspec reads it when it can; what it refuses is read again by the standard library, which
    either says exactly what is wrong (line and column) or reads what msgspec does not (a raw
    control character typed into a text, an escaped lone surrogate). A key written twice in one
    object keeps its last value, as JSON readers commonly do.
    """
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(source, len(data))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a byte-order mark added by some Windows editors is harmless
    try:
        return _PLAIN.decode(data)
    except (msgspec.DecodeError, UnicodeDecodeError):
        pass
    except RecursionError:
        raise _problem(
            source, QT_TRANSLATE_NOOP("MeetingFile", "the data is nested too deeply")
        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise _problem(
            source,
            QT_TRANSLATE_NOOP(
                "MeetingFile",
                "the file is not valid UTF-8 text (bad byte at line {line}, offset {offset})",
            ),
            line=line,
            offset=exc.start,
        ) from None
    if not text.strip():
        raise _problem(source, QT_TRANSLATE_NOOP("MeetingFile", "the file is empty"))
    try:
        # strict=False: raw control characters inside strings are kept, not refused
        return json.loads(text, parse_constant=_no_constant, strict=False)
    except json.JSONDecodeError as exc:
        raise _problem(
            source,
            QT_TRANSLATE_NOOP(
                "MeetingFile", "not valid JSON: {reason} (line {line}, column {column})"
            ),
            reason=exc.msg,
            line=exc.lineno,
            column=exc.colno,
        ) from None
    except _BadConstant as exc:
        raise _problem(
            source,
            QT_TRANSLATE_NOOP(
                "MeetingFile", "{name} is not a number JSON allows (NaN and Infinity are refused)"
            ),
            name=str(exc),
        ) from None
    except ValueError as exc:  # e.g. a number with thousands of digits
        raise _problem(
            source, QT_TRANSLATE_NOOP("MeetingFile", "not valid JSON: {reason}"), reason=str(exc)
        ) from None
    except RecursionError:
        raise _problem(
            source, QT_TRANSLATE_NOOP("MeetingFile", "the data is nested too deeply")
        ) from None


def _problem(source: str, template: str, field: str = "", **params: Any) -> MeetingFileError:
    return MeetingFileError(source, field, "", template, params)


def loads_meeting(data: bytes, source: str = "") -> Meeting:
    """Read a meeting from the bytes of a meeting file. Raises MeetingFileError only."""
    try:
        if len(data) > MAX_FILE_BYTES:
            raise _too_big(source, len(data))
        try:
            doc = _DECODER.decode(data[3:] if data.startswith(b"\xef\xbb\xbf") else data)
        except (msgspec.DecodeError, UnicodeDecodeError, RecursionError):
            doc = None  # another version, or a problem: the careful way upgrades or explains
        if doc is not None:
            try:
                return Meeting.from_wire(doc.meeting)
            except DataError as exc:
                raise _data_problem(source, exc) from None
        return document_to_meeting(parse_json(data, source), source)
    except StorageError:
        raise
    except RecursionError:
        raise _problem(
            source, QT_TRANSLATE_NOOP("MeetingFile", "the data is nested too deeply")
        ) from None
    except Exception as exc:  # the loader's promise: only our own errors leave it
        raise MeetingFileError(source, "", f"unexpected problem ({exc!r})") from exc


def _too_big(source: str, size: int) -> MeetingFileError:
    return _problem(
        source,
        QT_TRANSLATE_NOOP(
            "MeetingFile",
            "the file is too large ({size} MB; a meeting file is at most {limit} MB), so it is "
            "surely not a meeting file",
        ),
        size=f"{size / 1e6:.0f}",
        limit=f"{MAX_FILE_BYTES / 1e6:.0f}",
    )


def read_capped(path: Path) -> bytes:
    """The bytes of ``path``, refusing a file larger than the cap before reading it."""
    source = str(path)
    try:
        with open(path, "rb") as f:
            size = os.fstat(f.fileno()).st_size
            if size > MAX_FILE_BYTES:
                raise _too_big(source, size)
            data = f.read(MAX_FILE_BYTES + 1)  # a file that grows meanwhile is still capped
    except IsADirectoryError:
        raise _problem(
            source, QT_TRANSLATE_NOOP("MeetingFile", "this is a folder, not a file")
        ) from None
    except FileNotFoundError:
        raise _problem(
            source, QT_TRANSLATE_NOOP("MeetingFile", "the file does not exist")
        ) from None
    except PermissionError:
        raise _problem(source, QT_TRANSLATE_NOOP("MeetingFile", "permission denied")) from None
    except OSError as exc:
        raise _problem(
            source,
            QT_TRANSLATE_NOOP("MeetingFile", "the file cannot be read ({reason})"),
            reason=exc.strerror or str(exc),
        ) from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(source, len(data))
    return data


def load_meeting(path: Path) -> Meeting:
    """Read a meeting file. Raises MeetingFileError (or NewerVersionError) only."""
    return loads_meeting(read_capped(Path(path)), str(path))


def encode_layout(value: Any, depth: int, ensure_ascii: bool = False) -> bytes:
    """JSON (UTF-8, or ASCII) with one part per line: objects down to ``depth`` have a key per line,
    lists at or above ``depth`` an element per line, everything deeper is compact on its line.

    A diff of two saves then shows the notes or turns that changed, one line each. Each line is
    encoded on its own, by msgspec (UTF-8; :class:`Encoded` lines as they are), so the worker thread
    that saves never holds the GIL for long. Raises UnicodeEncodeError for a lone surrogate, which
    UTF-8 cannot hold; ``ensure_ascii`` writes plain data (no :class:`Encoded`) with the standard
    library's ASCII escapes instead, which keep any string.
    """
    enc: Any = _ASCII.encode if ensure_ascii else encode
    out: list[bytes] = []
    key = _ASCII.encode if ensure_ascii else encode

    def walk(v: Any, level: int) -> None:
        if v.__class__ is Encoded:
            out.extend(v.pieces)
        elif isinstance(v, dict) and v and level < depth:
            out.append(b"{\n")
            for i, (k, x) in enumerate(v.items()):
                if i:
                    out.append(b",\n")
                out.append(_bytes(key(str(k))) + b":")
                walk(x, level + 1)
            out.append(b"\n}")
        elif isinstance(v, list | tuple) and v and level <= depth:
            out.append(b"[")
            for i, x in enumerate(v):
                out.append(b",\n" if i else b"\n")
                out.append(_bytes(enc(x)))
            out.append(b"\n]")
        else:
            out.append(_bytes(enc(v)))

    walk(value, 0)
    out.append(b"\n")
    return b"".join(out)


def _bytes(text: str | bytes) -> bytes:
    return text.encode("ascii") if isinstance(text, str) else text


_ASCII = json.JSONEncoder(ensure_ascii=True, separators=(",", ":"), allow_nan=False)


def dumps_meeting(meeting: Meeting, cache: PartCache | None = None) -> bytes:
    """The bytes of a meeting file: UTF-8 JSON, one part (a note, a turn…) per line.

    ``cache`` reuses the lines of unchanged parts (a fresh one is used when none is given)."""
    try:
        return encode_layout(meeting_to_document(meeting, cache or PartCache(remember=False)), 2)
    except UnicodeEncodeError:
        # a lone surrogate (pasted from a broken source) cannot be UTF-8: escape it, lose nothing
        return encode_layout(meeting_to_document(meeting), 2, ensure_ascii=True)


def save_meeting(path: Path, meeting: Meeting, cache: PartCache | None = None) -> None:
    """Write a meeting file atomically (mode 0600). Raises SaveError only."""
    try:
        data = dumps_meeting(meeting, cache)
    except (TypeError, ValueError) as exc:
        raise SaveError(path, f"the meeting could not be written as JSON ({exc})") from exc
    write_atomic(Path(path), data)
