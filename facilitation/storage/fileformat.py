"""The meeting file: one JSON document with ``format`` and ``schema_version`` around the meeting.

See ``docs/file-format.md``. Reading is strict and defensive (size cap, strict UTF-8, no NaN, no
duplicate keys, bounded nesting); every problem is a :class:`MeetingFileError` naming the file, the
field path and what was expected. Writing is atomic (:mod:`facilitation.storage.atomic`), mode 0600.
"""

from __future__ import annotations

import json
import os
from importlib import resources
from pathlib import Path
from typing import Any

from facilitation import __version__
from facilitation.models import COLLECTIONS, DataError, Meeting
from facilitation.models.codec import to_data
from facilitation.models.meeting import SCALARS
from facilitation.storage.atomic import write_atomic
from facilitation.storage.errors import (
    MeetingFileError,
    NewerVersionError,
    SaveError,
    StorageError,
)
from facilitation.storage.migrations import migrate

FORMAT = "facilitation-meeting"
SCHEMA_VERSION = 2
#: a real meeting is a few MB at most; anything larger is refused before it is read
MAX_FILE_BYTES = 32 * 1024 * 1024


def schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of the current version, shipped in the package."""
    text = resources.files(__package__).joinpath("meeting.schema.json").read_text("utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def meeting_to_document(meeting: Meeting, cache: PartCache | None = None) -> dict[str, Any]:
    """The document of a meeting file. With ``cache``, the lists of parts come already encoded
    (:class:`Encoded`, for :func:`encode_layout` only): the same text, made faster."""
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "meeting": meeting.to_data() if cache is None else cache.meeting_data(meeting),
    }


class Encoded(bytes):
    """JSON already encoded to bytes: :func:`encode_layout` writes it as it is."""

    __slots__ = ()


class PartCache:
    """The encoded line of each part, kept while the part object is the same (``is``).

    Parts are immutable: a change replaces the object. So when the session's worker saves the meeting
    again, only the parts that changed since the last save are converted and encoded; the thousands
    of others are reused. One cache per encoding (``ensure_ascii``), used by one thread at a time.
    The result is the very text :func:`encode_layout` makes without the cache (tested).
    """

    def __init__(self, ensure_ascii: bool) -> None:
        self.ensure_ascii = ensure_ascii
        self._enc = _encoder(ensure_ascii)
        self._charset = "ascii" if ensure_ascii else "utf-8"
        self._lines: dict[int, tuple[object, bytes]] = {}

    def meeting_data(self, meeting: Meeting) -> dict[str, Any]:
        """What ``Meeting.to_data()`` gives, with each list of parts as one :class:`Encoded`."""
        data: dict[str, Any] = {"id": meeting.id, "created": to_data(meeting.created)}
        for name in SCALARS:
            data[name] = to_data(getattr(meeting, name))
        old, fresh = self._lines, {}
        enc, charset = self._enc, self._charset
        for name in COLLECTIONS:
            lines = []
            for part in meeting.collection(name).values():
                hit = old.get(id(part))
                if hit is None or hit[0] is not part:  # the id of a dead part may be reused
                    # UnicodeEncodeError for a lone surrogate: dumps_meeting escapes the whole file
                    hit = (part, enc(to_data(part)).encode(charset))
                fresh[id(part)] = hit
                lines.append(hit[1])
            data[name] = Encoded(b"[\n" + b",\n".join(lines) + b"\n]" if lines else b"[]")
        self._lines = fresh  # parts no longer in the meeting are forgotten
        return data


def document_to_meeting(doc: Any, source: str = "") -> Meeting:
    """Check the envelope, upgrade an older version, build the meeting. Raises MeetingFileError."""
    if not isinstance(doc, dict):
        raise MeetingFileError(source, "", "expected a JSON object at the top of the file")
    fmt = doc.get("format")
    if fmt != FORMAT:
        raise MeetingFileError(
            source, "format", f"expected {FORMAT!r} (this is not a meeting file), found {fmt!r}"
        )
    version = doc.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        raise MeetingFileError(
            source, "schema_version", f"expected a whole number from 1, found {version!r}"
        )
    if version > SCHEMA_VERSION:
        app = doc.get("app_version")
        raise NewerVersionError(
            source, version, SCHEMA_VERSION, app if isinstance(app, str) else ""
        )
    doc = migrate(doc, SCHEMA_VERSION, source)
    if "meeting" not in doc:
        raise MeetingFileError(source, "meeting", "this field is required")
    try:
        return Meeting.from_data(doc["meeting"])
    except DataError as exc:
        field = f"meeting.{exc.path}" if exc.path else "meeting"
        raise MeetingFileError(source, field, exc.message) from None


class _DuplicateKey(Exception):
    def __init__(self, key: str) -> None:
        self.key = key


def _unique_object(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return obj


class _BadConstant(ValueError):
    pass


def _no_constant(name: str) -> Any:
    raise _BadConstant(name)


def parse_json(data: bytes, source: str = "") -> Any:
    """Strict JSON from bytes: UTF-8, no NaN/Infinity, no duplicate keys. Raises MeetingFileError."""
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(source, len(data))
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]  # a byte-order mark added by some Windows editors is harmless
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise MeetingFileError(
            source,
            "",
            f"the file is not valid UTF-8 text (bad byte at line {line}, offset {exc.start})",
        ) from None
    if not text.strip():
        raise MeetingFileError(source, "", "the file is empty")
    try:
        # strict=False: raw control characters inside strings are kept, not refused
        return json.loads(
            text, object_pairs_hook=_unique_object, parse_constant=_no_constant, strict=False
        )
    except _DuplicateKey as exc:
        raise MeetingFileError(source, exc.key, "this key appears twice in one object") from None
    except json.JSONDecodeError as exc:
        raise MeetingFileError(
            source, "", f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"
        ) from None
    except _BadConstant as exc:
        raise MeetingFileError(
            source, "", f"{exc} is not a number JSON allows (NaN and Infinity are refused)"
        ) from None
    except ValueError as exc:  # e.g. a number with thousands of digits
        raise MeetingFileError(source, "", f"not valid JSON: {exc}") from None
    except RecursionError:
        raise MeetingFileError(source, "", "the data is nested too deeply") from None


def loads_meeting(data: bytes, source: str = "") -> Meeting:
    """Read a meeting from the bytes of a meeting file. Raises MeetingFileError only."""
    try:
        return document_to_meeting(parse_json(data, source), source)
    except StorageError:
        raise
    except RecursionError:
        raise MeetingFileError(source, "", "the data is nested too deeply") from None
    except Exception as exc:  # the loader's promise: only our own errors leave it
        raise MeetingFileError(source, "", f"unexpected problem ({exc!r})") from exc


def _too_big(source: str, size: int) -> MeetingFileError:
    return MeetingFileError(
        source,
        "",
        f"the file is too large ({size / 1e6:.0f} MB; a meeting file is at most "
        f"{MAX_FILE_BYTES / 1e6:.0f} MB), so it is surely not a meeting file",
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
        raise MeetingFileError(source, "", "this is a folder, not a file") from None
    except FileNotFoundError:
        raise MeetingFileError(source, "", "the file does not exist") from None
    except PermissionError:
        raise MeetingFileError(source, "", "permission denied") from None
    except OSError as exc:
        raise MeetingFileError(source, "", f"the file cannot be read ({exc.strerror})") from None
    if len(data) > MAX_FILE_BYTES:
        raise _too_big(source, len(data))
    return data


def load_meeting(path: Path) -> Meeting:
    """Read a meeting file. Raises MeetingFileError (or NewerVersionError) only."""
    return loads_meeting(read_capped(Path(path)), str(path))


def encode_layout(value: Any, depth: int, ensure_ascii: bool) -> bytes:
    """JSON (UTF-8, or ASCII) with one part per line: objects down to ``depth`` have a key per line,
    lists at or above ``depth`` an element per line, everything deeper is compact on its line.

    A diff of two saves then shows the notes or turns that changed, one line each. Every line is
    encoded by CPython's C encoder (``indent`` would force the pure-Python one, 2–3 times slower),
    and to bytes, line by line: the worker thread that saves never holds the GIL for long (a single
    encode of the whole 1.5 MB text would hold it 3 ms). Raises UnicodeEncodeError for a lone
    surrogate unless ``ensure_ascii``.
    """
    enc = _encoder(ensure_ascii)
    out: list[str | bytes] = []

    def walk(v: Any, level: int) -> None:
        if v.__class__ is Encoded:
            out.append(v)
        elif isinstance(v, dict) and v and level < depth:
            out.append("{\n")
            for i, (k, x) in enumerate(v.items()):
                out.append(f",\n{enc(str(k))}:" if i else f"{enc(str(k))}:")
                walk(x, level + 1)
            out.append("\n}")
        elif isinstance(v, list | tuple) and v and level <= depth:
            out.append("[")
            out.extend(f",\n{enc(x)}" if i else f"\n{enc(x)}" for i, x in enumerate(v))
            out.append("\n]")
        else:
            out.append(enc(v))

    walk(value, 0)
    out.append("\n")
    charset = "ascii" if ensure_ascii else "utf-8"
    return b"".join(p if isinstance(p, bytes) else p.encode(charset) for p in out)


def _encoder(ensure_ascii: bool) -> Any:
    return json.JSONEncoder(
        ensure_ascii=ensure_ascii, separators=(",", ":"), allow_nan=False
    ).encode


def dumps_meeting(meeting: Meeting, cache: PartCache | None = None) -> bytes:
    """The bytes of a meeting file: UTF-8 JSON, one part (a note, a turn…) per line.

    ``cache`` (UTF-8, i.e. ``ensure_ascii=False``) reuses the lines of unchanged parts."""
    if cache is not None and cache.ensure_ascii:
        raise ValueError("a meeting file needs a UTF-8 cache (ensure_ascii=False)")
    try:
        return encode_layout(meeting_to_document(meeting, cache), 2, ensure_ascii=False)
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
