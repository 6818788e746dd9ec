"""Agenda templates: a meeting's agenda and details, kept for the next meeting of the same kind.

A template is a JSON file in the user's data folder (``templates/`` under
:func:`facilitation.storage.paths.data_dir`), readable by the user only. It holds the agenda and the
details without what belongs to one meeting: no participants, no live record, no date, no number.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from facilitation.imports.durations import fold
from facilitation.imports.errors import QT_TRANSLATE_NOOP, ImportProblem
from facilitation.models.codec import DataError, from_data, to_data
from facilitation.models.commands import Batch, Command, Create, SetDetails
from facilitation.models.entities import AgendaItem, Details
from facilitation.models.meeting import Meeting
from facilitation.storage.atomic import write_atomic
from facilitation.storage.errors import SaveError
from facilitation.storage.paths import data_dir, private_dir

FORMAT = "facilitation-agenda-template"
VERSION = 1


class TemplateError(ImportProblem):
    """A template file cannot be read or written."""


@dataclass(frozen=True, slots=True)
class Template:
    name: str
    details: Details
    items: tuple[AgendaItem, ...]
    path: Path | None = None


def templates_dir() -> Path:
    """``templates/`` in the user's data folder, created readable by the user only."""
    return private_dir(data_dir() / "templates")


def template_of(meeting: Meeting, name: str) -> Template:
    """The agenda and details of ``meeting`` as a template (items reset to "not skipped")."""
    details = replace(meeting.details, date=None, number=None)
    items = tuple(replace(i, skipped=False) for i in meeting.items.values())
    return Template(name.strip() or meeting.details.title or "template", details, items)


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", fold(name)).strip("-")[:60] or "template"


def save_template(template: Template, folder: Path | None = None) -> Path:
    """Write the template (replacing one of the same name); return its path."""
    folder = folder if folder is not None else templates_dir()
    path = folder / f"{_slug(template.name)}.json"
    doc = {
        "format": FORMAT,
        "version": VERSION,
        "name": template.name,
        "details": to_data(template.details),
        "items": [to_data(i) for i in template.items],
    }
    data = json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8")
    try:
        write_atomic(private_dir(folder) / path.name, data)
    except SaveError as exc:
        raise TemplateError(
            path,
            None,
            QT_TRANSLATE_NOOP("ImportProblem", "The template cannot be saved: {reason}"),
            reason=exc.reason,
        ) from None
    return path


def load_template(path: Path) -> Template:
    try:
        doc: Any = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError):
        raise TemplateError(
            path, None, QT_TRANSLATE_NOOP("ImportProblem", "This template file cannot be read.")
        ) from None
    if not isinstance(doc, dict) or doc.get("format") != FORMAT:
        raise TemplateError(
            path, None, QT_TRANSLATE_NOOP("ImportProblem", "This is not an agenda template.")
        )
    if not isinstance(doc.get("version"), int) or doc["version"] > VERSION:
        raise TemplateError(
            path,
            None,
            QT_TRANSLATE_NOOP(
                "ImportProblem", "This template was made by a newer version of the app."
            ),
        )
    try:
        details = from_data(Details, doc.get("details", {}), "details")
        raw = doc.get("items")
        if not isinstance(raw, list):
            raise DataError("items", "expected a list")
        items = tuple(from_data(AgendaItem, r, f"items[{i}]") for i, r in enumerate(raw))
    except DataError as exc:
        raise TemplateError(
            path,
            None,
            QT_TRANSLATE_NOOP("ImportProblem", "This template is damaged ({problem})."),
            problem=str(exc),
        ) from None
    name = doc.get("name")
    return Template(name if isinstance(name, str) else path.stem, details, items, path)


def list_templates(folder: Path | None = None) -> tuple[list[Template], list[TemplateError]]:
    """The saved templates by name, and the files that could not be read (to show, not to hide)."""
    folder = folder if folder is not None else templates_dir()
    found: list[Template] = []
    problems: list[TemplateError] = []
    for path in sorted(folder.glob("*.json")):
        try:
            found.append(load_template(path))
        except TemplateError as exc:
            problems.append(exc)
    found.sort(key=lambda t: fold(t.name))
    return found, problems


def template_commands(
    template: Template, meeting: Meeting, ids: Callable[[], str], with_details: bool = True
) -> Command:
    """One undoable command appending the template's agenda (fresh ids) and, if asked, its details.

    The meeting keeps its own date and number.
    """
    parts: list[Command] = []
    if with_details:
        d = meeting.details
        parts.append(SetDetails(replace(template.details, date=d.date, number=d.number)))
    parts += [Create.of("items", replace(i, id=ids())) for i in template.items]
    return Batch(tuple(parts), QT_TRANSLATE_NOOP("Command", "Apply a template"))


def meeting_from_template(template: Template, ids: Callable[[], str], at: datetime) -> Meeting:
    meeting = Meeting(ids(), template.details, created=at)
    for item in template.items:
        new = replace(item, id=ids(), skipped=False)
        meeting.items[new.id] = new
    return meeting
