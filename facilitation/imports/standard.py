"""The usual opening and closing points of an association's meeting, in French and English.

The texts live in ``resources/agenda-templates/standard-points.json`` (data per language, since the
domain has no Qt to translate with): welcome and introductions, approval of the agenda and of the
previous minutes, follow-up of actions, "questions diverses", date of the next meeting.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from facilitation.imports.durations import fold
from facilitation.models.commands import Batch, Command, Create
from facilitation.models.entities import AgendaItem, ItemKind
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.models.meeting import Meeting
from facilitation.resources import resource

LANGUAGES = ("fr", "en")


@dataclass(frozen=True, slots=True)
class StandardPoint:
    key: str
    #: "opening" or "closing"
    place: str
    kind: ItemKind
    minutes: int
    titles: dict[str, str]

    def title(self, language: str) -> str:
        return self.titles.get(language) or self.titles["en"]

    def item(self, id: str, language: str) -> AgendaItem:
        return AgendaItem(id, self.title(language), planned_minutes=self.minutes, kind=self.kind)

    def matches(self, title: str) -> bool:
        """True when ``title`` is this point in any language (so it is not added twice)."""
        return fold(title) in {fold(t) for t in self.titles.values()}


@cache
def _data() -> dict[str, Any]:
    with resource("agenda-templates", "standard-points.json").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


def standard_points() -> tuple[StandardPoint, ...]:
    return tuple(
        StandardPoint(
            p["key"], p["place"], ItemKind(p["kind"]), int(p["minutes"]), dict(p["title"])
        )
        for p in _data()["points"]
    )


def standard_point(key: str) -> StandardPoint:
    for point in standard_points():
        if point.key == key:
            return point
    raise KeyError(key)


def text(key: str, language: str) -> str:
    """A short text used when preparing a meeting ("Open questions"), in ``language``."""
    texts: dict[str, str] = _data()["texts"][key]
    return texts.get(language) or texts["en"]


def is_standard(title: str) -> bool:
    return any(p.matches(title) for p in standard_points())


def standard_commands(meeting: Meeting, place: str, ids: Callable[[], str]) -> Command:
    """One undoable command adding the opening points at the top, or the closing ones at the end.

    Points already on the agenda (in either language) are not added again.
    """
    language = meeting.details.language
    present = list(meeting.items.values())
    wanted = [
        p
        for p in standard_points()
        if p.place == place and not any(p.matches(i.title) for i in present)
    ]
    parts: list[Command] = []
    for n, point in enumerate(wanted):
        index = n if place == "opening" else None
        parts.append(Create.of("items", point.item(ids(), language), index))
    label = (
        QT_TRANSLATE_NOOP("Command", "Add the opening points")
        if place == "opening"
        else QT_TRANSLATE_NOOP("Command", "Add the closing points")
    )
    return Batch(tuple(parts), label)
