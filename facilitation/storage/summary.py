"""What the list of meetings shows of one meeting file, read without building the meeting.

:func:`read_summary` opens the file for reading only, parses its JSON and decodes just the meeting's
``details`` and ``live`` state: title, series, number, date, place, and whether it was prepared,
is running or was held. A file that cannot be opened gets a :class:`Problem` (a short reason the
interface translates) and a detail in English, never an exception: one broken file in a folder of
hundreds must not stop the list.

The summary is lenient where the loader is strict (duplicate keys are not looked for, the lists of
parts are not checked): it says what a file is, and :func:`~facilitation.storage.fileformat.load_meeting`
still refuses a damaged one, with its full message, when it is opened.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from facilitation.models import DataError
from facilitation.storage.errors import StorageError
from facilitation.storage.fileformat import FORMAT, MAX_FILE_BYTES, SCHEMA_VERSION
from facilitation.storage.migrations import migrate


class State(StrEnum):
    """Where a meeting stands, as the list shows it."""

    PREPARED = "prepared"
    RUNNING = "running"
    HELD = "held"
    #: held, and its minutes were written by this app (the library's index remembers it)
    MINUTES = "minutes"


class Problem(StrEnum):
    """Why a file in the list cannot be opened (the interface says each in the user's language)."""

    MISSING = "missing"  # the app knew it, the file is gone (moved, renamed, deleted)
    UNREADABLE = "unreadable"  # permission denied, a folder, an I/O error
    TOO_LARGE = "too_large"
    EMPTY = "empty"
    TRUNCATED = "truncated"  # the JSON stops before its end: a copy cut short
    DAMAGED = "damaged"  # not UTF-8, not JSON, or a field the meeting cannot have
    FOREIGN = "foreign"  # JSON, but not a meeting file
    NEWER = "newer"  # written by a newer version of the app


@dataclass(frozen=True, slots=True)
class Summary:
    """One meeting file as the list shows it. ``problem`` is None when the file can be opened."""

    path: Path
    meeting_id: str = ""
    title: str = ""
    series: str = ""
    number: int | None = None
    day: date | None = None
    place: str = ""
    state: State | None = None
    started: datetime | None = None
    created: datetime | None = None
    #: the file's modification time (seconds since the epoch), 0 when unknown
    modified: float = 0.0
    problem: Problem | None = None
    #: the reason in one English sentence, for a tooltip and the logs
    detail: str = ""

    @property
    def ok(self) -> bool:
        return self.problem is None

    def sort_key(self) -> float:
        """Newest first sorts on this: the meeting's day, else when it started or was created,
        else the file's time."""
        if self.day is not None:
            return datetime(self.day.year, self.day.month, self.day.day).timestamp()
        for moment in (self.started, self.created):
            if moment is not None:
                return moment.timestamp()
        return self.modified

    def missing(self) -> Summary:
        """The same meeting, known but no longer where it was."""
        return replace(self, problem=Problem.MISSING, detail="the file is no longer there")

    # -- kept in the library's index, so an unchanged file is not read again ---------------------

    def to_data(self) -> dict[str, Any]:
        return {
            "id": self.meeting_id,
            "title": self.title,
            "series": self.series,
            "number": self.number,
            "day": self.day.isoformat() if self.day else None,
            "place": self.place,
            "state": self.state.value if self.state else None,
            "started": self.started.isoformat() if self.started else None,
            "created": self.created.isoformat() if self.created else None,
            "modified": self.modified,
            "problem": self.problem.value if self.problem else None,
            "detail": self.detail,
        }

    @classmethod
    def from_data(cls, path: Path, data: Any) -> Summary:
        """Raises ValueError (or DataError, a ValueError) when the cached data is not a summary."""
        if not isinstance(data, dict):
            raise ValueError("expected an object")
        state, problem = data.get("state"), data.get("problem")
        number = data.get("number")
        return cls(
            path,
            meeting_id=str(data.get("id", "")),
            title=str(data.get("title", "")),
            series=str(data.get("series", "")),
            number=number if isinstance(number, int) and not isinstance(number, bool) else None,
            day=date.fromisoformat(data["day"]) if data.get("day") else None,
            place=str(data.get("place", "")),
            state=State(state) if state else None,
            started=datetime.fromisoformat(data["started"]) if data.get("started") else None,
            created=datetime.fromisoformat(data["created"]) if data.get("created") else None,
            modified=float(data.get("modified", 0.0)),
            problem=Problem(problem) if problem else None,
            detail=str(data.get("detail", "")),
        )


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number JSON allows")


def _json_problem(exc: json.JSONDecodeError) -> tuple[Problem, str]:
    # the parser stopped at the end of the text: the file was cut short (a copy or a disk full)
    # (or inside a string that never closes: with strict=False a string runs on to the end)
    if exc.pos >= len(exc.doc.rstrip()) or exc.msg.startswith("Unterminated string"):
        return Problem.TRUNCATED, "the file stops before its end (it was cut short)"
    return Problem.DAMAGED, f"not valid JSON: {exc.msg} (line {exc.lineno}, column {exc.colno})"


def read_summary(path: Path, stat: os.stat_result | None = None) -> Summary:
    """The summary of the meeting file at ``path``. Never raises; never writes to the file."""
    try:
        st = stat if stat is not None else os.stat(path)
    except FileNotFoundError:
        return Summary(path, problem=Problem.MISSING, detail="the file is no longer there")
    except OSError as exc:
        return Summary(path, problem=Problem.UNREADABLE, detail=f"cannot be read ({exc.strerror})")
    base = Summary(path, modified=st.st_mtime)
    if st.st_size > MAX_FILE_BYTES:
        return replace(base, problem=Problem.TOO_LARGE, detail="too large to be a meeting file")
    try:
        # unbuffered: two small reads, no buffer object (a tenth of the time of 500 files)
        with open(path, "rb", buffering=0) as f:
            data = f.read(HEAD_BYTES) or b""
            if len(data) < st.st_size:
                f.seek(-TAIL_BYTES, os.SEEK_END)
                quick = _from_head(data, f.readall(), base)
                if quick is not None:
                    return quick
                f.seek(len(data))
                parts = [data]
                size = len(data)
                while size <= MAX_FILE_BYTES:  # a raw read may return less than asked
                    chunk = f.read(MAX_FILE_BYTES + 1 - size)
                    if not chunk:
                        break
                    parts.append(chunk)
                    size += len(chunk)
                data = b"".join(parts)
    except OSError as exc:
        return replace(base, problem=Problem.UNREADABLE, detail=f"cannot be read ({exc.strerror})")
    return summarise(data, base)


#: what is read first of a file: in the app's own layout, all the list needs is on the first lines
HEAD_BYTES = 16 * 1024
TAIL_BYTES = 16
#: the line after the meeting's own fields, in the layout the app writes (docs/file-format.md)
_FIRST_LIST = b'\n"participants":'


def _from_head(head: bytes, tail: bytes, base: Summary) -> Summary | None:
    """The summary from the first lines of a file in the app's own layout (one field a line, the
    envelope and the meeting's details and live state before its lists), when the file also ends
    as such a file ends; None when it is laid out otherwise (then the whole file is read).

    A file damaged in its middle passes here and is refused, with the loader's full message, when
    it is opened: the list reads only what it shows (500 files in a few milliseconds, not seconds).
    """
    cut = head.find(_FIRST_LIST)
    if cut < 0:
        return None
    try:
        doc = json.loads(head[:cut].rstrip(b",") + b"}}", parse_constant=_refuse_constant)
    except (ValueError, RecursionError):
        return None
    if not isinstance(doc, dict) or not isinstance(doc.get("meeting"), dict):
        return None
    if not tail.rstrip().endswith(b"}\n}"):
        # it starts as the app writes a meeting and does not end as one ends
        return replace(
            base,
            problem=Problem.TRUNCATED,
            detail="the file stops before its end (it was cut short)",
        )
    return _from_document(doc, base)


def summarise(data: bytes, base: Summary) -> Summary:
    """The summary of a meeting file's bytes (``base`` holds the path and the file's time)."""
    if len(data) > MAX_FILE_BYTES:
        return replace(base, problem=Problem.TOO_LARGE, detail="too large to be a meeting file")
    if not data.strip():
        return replace(base, problem=Problem.EMPTY, detail="the file is empty")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return replace(base, problem=Problem.DAMAGED, detail="not UTF-8 text")
    try:
        doc = json.loads(text, parse_constant=_refuse_constant, strict=False)
    except json.JSONDecodeError as exc:
        problem, detail = _json_problem(exc)
        return replace(base, problem=problem, detail=detail)
    except (ValueError, RecursionError) as exc:
        return replace(base, problem=Problem.DAMAGED, detail=f"not valid JSON ({exc})")
    return _from_document(doc, base)


def _from_document(doc: Any, base: Summary) -> Summary:
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        return replace(base, problem=Problem.FOREIGN, detail="JSON, but not a meeting file")
    version = doc.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int) or version < 1:
        return replace(base, problem=Problem.DAMAGED, detail="its format version is not a number")
    if version > SCHEMA_VERSION:
        return replace(
            base,
            problem=Problem.NEWER,
            detail=f"written by a newer version of Facilitation (format {version})",
        )
    try:
        if version < SCHEMA_VERSION:
            doc = migrate(doc, SCHEMA_VERSION, str(base.path))
        return _from_meeting(doc.get("meeting"), base)
    except DataError as exc:
        return replace(base, problem=Problem.DAMAGED, detail=f"{exc.path}: {exc.message}")
    except StorageError as exc:  # a migration that cannot read the old layout
        return replace(base, problem=Problem.DAMAGED, detail=str(exc))


# The few fields the list shows are read here by hand rather than through the models' codec: the
# codec checks every field of Details and LiveState (a third of a millisecond a file, most of the
# list's time), and the list must not depend on how the meeting itself is decoded. What is read is
# checked as the file format says (docs/file-format.md); the rest is checked when the file opens.


def _text(obj: dict[str, Any], name: str, where: str) -> str:
    value = obj.get(name, "")
    if not isinstance(value, str):
        raise DataError(f"{where}.{name}", "expected text")
    return value


def _moment(obj: dict[str, Any], name: str, where: str) -> datetime | None:
    value = obj.get(name)
    if value is None:
        return None
    try:
        moment = datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        moment = None
    if moment is None or moment.tzinfo is None:
        raise DataError(f"{where}.{name}", "expected a date and time with its UTC offset")
    return moment


def _from_meeting(meeting: Any, base: Summary) -> Summary:
    if not isinstance(meeting, dict):
        raise DataError("meeting", "expected an object")
    mid = meeting.get("id")
    if not isinstance(mid, str) or not mid:
        raise DataError("meeting.id", "expected the meeting's id (text)")
    details = meeting.get("details", {})
    live = meeting.get("live", {})
    if not isinstance(details, dict):
        raise DataError("meeting.details", "expected an object")
    if not isinstance(live, dict):
        raise DataError("meeting.live", "expected an object")
    number = details.get("number")
    if number is not None and (
        isinstance(number, bool) or not isinstance(number, int) or number < 0
    ):
        raise DataError("meeting.details.number", "expected a whole number from 0, or null")
    raw_day = details.get("date")
    day = None
    if raw_day is not None:
        try:
            day = date.fromisoformat(raw_day) if isinstance(raw_day, str) else None
        except ValueError:
            day = None
        if day is None:
            raise DataError("meeting.details.date", "expected a date (YYYY-MM-DD)")
    started = _moment(live, "started_at", "meeting.live")
    ended = _moment(live, "ended_at", "meeting.live")
    if ended is not None:
        state = State.HELD
    elif started is not None:
        state = State.RUNNING
    else:
        state = State.PREPARED
    # built whole (dataclasses.replace inspects the fields at every call: it showed in the profile)
    return Summary(
        base.path,
        modified=base.modified,
        meeting_id=mid,
        title=_text(details, "title", "meeting.details"),
        series=_text(details, "series", "meeting.details"),
        number=number,
        day=day,
        place=_text(details, "place", "meeting.details"),
        state=state,
        started=started,
        created=_moment(meeting, "created", "meeting"),
    )
