"""Upgrading meeting documents written by earlier versions, one registered step at a time.

A step upgrades a document from version ``n`` to ``n + 1`` and is registered under ``n``; loading a
version-``k`` document applies the steps ``k``, ``k + 1``… in order until the current version. Steps
work on plain data (before any domain object is built) and never change the input document.
Each step has its own test in ``tests/storage/test_migrations.py``; see ``docs/file-format.md``.
"""

from __future__ import annotations

import copy
import re
from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from facilitation.storage.errors import MeetingFileError

Document = dict[str, Any]
Step = Callable[[Document], Document]

#: the steps, keyed by the version they upgrade *from*
MIGRATIONS: dict[int, Step] = {}


class MigrationProblem(Exception):
    """A step found the old document malformed: ``field`` says where (turned into MeetingFileError)."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


def migration(from_version: int) -> Callable[[Step], Step]:
    """Register a step from ``from_version`` to ``from_version + 1``."""

    def register(step: Step) -> Step:
        if from_version in MIGRATIONS:
            raise ValueError(f"two migrations from version {from_version}")
        MIGRATIONS[from_version] = step
        return step

    return register


def migrate(doc: Document, target: int, source: str = "") -> Document:
    """Upgrade ``doc`` to version ``target`` (a new document; ``doc`` is left as it was)."""
    version = doc["schema_version"]
    if version == target:
        return doc
    doc = copy.deepcopy(doc)
    while version < target:
        step = MIGRATIONS.get(version)
        if step is None:
            raise MeetingFileError(
                source, "schema_version", f"file format version {version} is no longer supported"
            )
        try:
            doc = step(doc)
        except MigrationProblem as exc:
            raise MeetingFileError(source, exc.field, exc.problem) from None
        version += 1
        doc["schema_version"] = version
    return doc


@migration(1)
def attendance_and_queue_mode(doc: Document) -> Document:
    """Version 1 (the first draft layout) → 2.

    In version 1 a participant said ``"present": true|false`` (no ``attendance``), and ``live`` had no
    ``queue_mode`` (the queue was always first come, first served).
    """
    meeting = doc.get("meeting")
    if not isinstance(meeting, dict):
        raise MigrationProblem("meeting", "expected an object")
    people = meeting.get("participants", [])
    if not isinstance(people, list):
        raise MigrationProblem("meeting.participants", "expected a list")
    for i, person in enumerate(people):
        if not isinstance(person, dict):
            raise MigrationProblem(f"meeting.participants[{i}]", "expected an object")
        if "present" in person:
            present = person.pop("present")
            if not isinstance(present, bool):
                raise MigrationProblem(
                    f"meeting.participants[{i}].present", "expected true or false"
                )
            person.setdefault("attendance", "present" if present else "absent")
    live = meeting.setdefault("live", {})
    if not isinstance(live, dict):
        raise MigrationProblem("meeting.live", "expected an object")
    live.setdefault("queue_mode", "first_come")
    return doc


#: what version 3 reads: RFC 3339 as msgspec reads it (version 2 took anything ``fromisoformat`` took)
_RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d{1,9})?(Z|[+-]\d{2}:\d{2})$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_SHORT_TIME = re.compile(r"^\d{2}:\d{2}$")
#: where version 2 had timestamps, dates and times of day
_STAMPS = {
    "runs": ("start", "end"),
    "pauses": ("start", "end"),
    "turns": ("start", "end"),
    "queue": ("requested_at",),
    "notes": ("at",),
    "decisions": ("at",),
    "actions": ("at",),
    "questions": ("at",),
}


def _stamp(value: Any) -> Any:
    if not isinstance(value, str) or _RFC3339.match(value):
        return value
    try:
        parsed = datetime.fromisoformat(value)
    except ValueError:
        return value  # the loader says what is wrong, and where
    return parsed.isoformat() if parsed.tzinfo is not None else value


def _date(value: Any) -> Any:
    if not isinstance(value, str) or _DATE.match(value):
        return value
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        return value


def _time(value: Any) -> Any:
    return value + ":00" if isinstance(value, str) and _SHORT_TIME.match(value) else value


def _fix(obj: Any, name: str, how: Callable[[Any], Any]) -> None:
    if isinstance(obj, dict) and name in obj:
        obj[name] = how(obj[name])


@migration(2)
def rfc3339_times(doc: Document) -> Document:
    """Version 2 → 3: times of day with their seconds (``18:00`` → ``18:00:00``), and timestamps and
    dates in the RFC 3339 form msgspec reads (version 2 took any form ``fromisoformat`` took, such as
    ``2021-06-17T18:02+02:00``; the app itself always wrote the RFC 3339 form)."""
    meeting = doc.get("meeting")
    if not isinstance(meeting, dict):
        return doc  # the loader says what is wrong
    _fix(meeting, "created", _stamp)
    details, nxt, live = meeting.get("details"), meeting.get("next_meeting"), meeting.get("live")
    for name in ("planned_start", "planned_end"):
        _fix(details, name, _time)
    _fix(details, "date", _date)
    _fix(nxt, "time", _time)
    _fix(nxt, "date", _date)
    for name in ("started_at", "ended_at"):
        _fix(live, name, _stamp)
    for coll, names in _STAMPS.items():
        parts = meeting.get(coll)
        if isinstance(parts, list):
            for part in parts:
                for name in names:
                    _fix(part, name, _stamp)
    for part in meeting.get("actions") or ():
        _fix(part, "due", _date)
    return doc
