"""The parts of the minutes as the writers receive them: plain data, every text final.

:func:`facilitation.export.content.build_minutes` fills them (labels translated, dates written the
local way, user text cleaned and, for anonymous minutes, stripped of names); the Word, Markdown and
PDF writers only lay them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime


@dataclass(slots=True)
class Table:
    headers: list[str]
    rows: list[list[str]]
    #: relative column widths (they are scaled to the page; a column is never narrower than its
    #: longest word, see :mod:`facilitation.export.widths`)
    widths: list[float]
    #: a last row set apart (a total)
    total: list[str] | None = None


@dataclass(slots=True)
class DecisionText:
    text: str
    how: str
    objections: str = ""


@dataclass(slots=True)
class ItemSection:
    heading: str
    meta: str
    #: the label of the description ("Question" for a discussion that asks one), or ""
    description_label: str
    description: str
    sub_questions: list[str]
    #: (speaker's name, their group when anonymous, or "", text); marked notes are not here
    notes: list[tuple[str, str]]
    decisions: list[DecisionText]
    actions: list[str]
    questions: list[str]


@dataclass(slots=True)
class Postponed:
    """An item of the agenda that was not discussed: skipped, or never reached."""

    heading: str
    reason: str


@dataclass(slots=True)
class AttendanceBlock:
    label: str
    count: int
    #: (group or "", names joined — or, when anonymous, how many) per line
    lines: list[tuple[str, str]]


@dataclass(slots=True)
class Speaking:
    #: (group, seconds) for the chart, the longest first
    bars: list[tuple[str, float]]
    groups: Table
    people: Table | None


@dataclass(slots=True)
class Minutes:
    lang: str
    doc_title: str
    author: str
    created: datetime | None
    title: str
    subtitle: str
    #: said on the first page, under the details ("anonymised minutes: …"), or ""
    notice: str
    facts: list[tuple[str, str]]
    attendance: list[AttendanceBlock]
    agenda: Table
    items: list[ItemSection]
    postponed: list[Postponed]
    decisions: Table | None
    #: "Decisions and actions read back to the meeting at 21 h 56.", or ""
    read_back: str
    actions: Table | None
    open_questions: list[str]
    next_meeting: list[tuple[str, str]]
    speaking: Speaking | None
    #: the chart's alternative text (for readers who do not see images)
    chart_alt: str = ""
    #: translated fixed words the writers need, by English source
    words: dict[str, str] = field(default_factory=dict)
