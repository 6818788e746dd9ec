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

from facilitation.models import DataError, Details, LiveState
from facilitation.models.codec import from_data, to_data
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
            "day": to_data(self.day),
            "place": self.place,
            "state": self.state.value if self.state else None,
            "started": to_data(self.started),
            "created": to_data(self.created),
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
            day=from_data(date | None, data.get("day")),
            place=str(data.get("place", "")),
            state=State(state) if state else None,
            started=from_data(datetime | None, data.get("started")),
            created=from_data(datetime | None, data.get("created")),
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
        with open(path, "rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        return replace(base, problem=Problem.UNREADABLE, detail=f"cannot be read ({exc.strerror})")
    return summarise(data, base)


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
        meeting = doc.get("meeting")
        if not isinstance(meeting, dict):
            raise DataError("meeting", "expected an object")
        mid = meeting.get("id")
        if not isinstance(mid, str) or not mid:
            raise DataError("meeting.id", "expected the meeting's id (text)")
        details: Details = from_data(Details, meeting.get("details", {}), "meeting.details")
        live: LiveState = from_data(LiveState, meeting.get("live", {}), "meeting.live")
        created: datetime | None = from_data(
            datetime | None, meeting.get("created"), "meeting.created"
        )
    except DataError as exc:
        return replace(base, problem=Problem.DAMAGED, detail=f"{exc.path}: {exc.message}")
    except StorageError as exc:  # a migration that cannot read the old layout
        return replace(base, problem=Problem.DAMAGED, detail=str(exc))
    if live.ended_at is not None:
        state = State.HELD
    elif live.started_at is not None:
        state = State.RUNNING
    else:
        state = State.PREPARED
    return replace(
        base,
        meeting_id=mid,
        title=details.title,
        series=details.series,
        number=details.number,
        day=details.date,
        place=details.place,
        state=state,
        started=live.started_at,
        created=created,
    )
