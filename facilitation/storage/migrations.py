"""Upgrading meeting documents written by earlier versions, one registered step at a time.

A step upgrades a document from version ``n`` to ``n + 1`` and is registered under ``n``; loading a
version-``k`` document applies the steps ``k``, ``k + 1``… in order until the current version. Steps
work on plain data (before any domain object is built) and never change the input document.
Each step has its own test in ``tests/storage/test_migrations.py``; see ``docs/file-format.md``.
"""

from __future__ import annotations

import copy
from collections.abc import Callable
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
