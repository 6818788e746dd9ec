"""From the structure of a document to an agenda preview, and from a preview to one undoable change.

The Markdown/text and Word readers only say what each line is (a heading of some level, a list
entry of some depth, or text); this module decides what becomes an agenda item, a sub-question or a
description, reads durations, and notes per line what it left out, so the user sees it all before
anything is applied.

The rules, in order:
- when the document has lists, their top-level entries are the items and deeper entries their
  sub-questions (headings are section titles, except that the first one names the meeting);
- when headings are the only structure (or every list sits under a heading with sibling headings
  that have none), headings are the items and what follows them their sub-questions;
- a plain list of short lines (one point per line) is an agenda too; long prose is not.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

from facilitation.imports.durations import fold, split_duration, split_kind
from facilitation.imports.errors import QT_TRANSLATE_NOOP, AgendaImportError, LineNote
from facilitation.models.commands import Batch, Command, Create, Remove
from facilitation.models.entities import AgendaItem, ItemKind
from facilitation.models.meeting import Meeting

MAX_ITEMS = 200
#: a line longer than this is prose, not an agenda point
MAX_TITLE = 150

_FORM_FIELD = re.compile(r"^[^:]{1,30}:$")
#: the numbering typed into a heading ("## 2. Budget", "II) Élections")
_HEADING_NUMBER = re.compile(
    r"^(?:\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+|[IVX]{1,5}[.)]|[A-Za-z][.)])\s+"
)


class BlockKind(StrEnum):
    HEADING = "heading"
    ENTRY = "entry"  # a numbered or bulleted list entry
    TEXT = "text"
    BLANK = "blank"


@dataclass(frozen=True, slots=True)
class Block:
    """One line (or Word paragraph) with what it is: ``level`` is the heading level or list depth."""

    line: int
    kind: BlockKind
    text: str = ""
    level: int = 0
    #: text that continues the list entry above it (indented under it, no blank line between)
    continues: bool = False


@dataclass(frozen=True, slots=True)
class ImportedItem:
    line: int
    title: str
    description: str = ""
    sub_questions: tuple[str, ...] = ()
    planned_minutes: int = 0
    kind: ItemKind = ItemKind.DISCUSSION

    def to_item(self, id: str) -> AgendaItem:
        return AgendaItem(
            id,
            self.title,
            description=self.description,
            sub_questions=self.sub_questions,
            planned_minutes=self.planned_minutes,
            kind=self.kind,
        )


@dataclass(slots=True)
class AgendaPreview:
    """What an import would add, with a remark per line that was guessed or left out."""

    source: str
    items: list[ImportedItem] = field(default_factory=list)
    notes: list[LineNote] = field(default_factory=list)
    #: a title for the meeting found in the document ("" when none)
    title: str = ""
    #: what a note's number counts: "line" (text) or "paragraph" (Word)
    unit: str = "line"

    @property
    def total_minutes(self) -> int:
        return sum(i.planned_minutes for i in self.items)


def agenda_commands(
    preview: AgendaPreview,
    meeting: Meeting,
    ids: Callable[[], str],
    replace: bool = False,
    index: int | None = None,
) -> Command:
    """One command adding the previewed items (at ``index``, else at the end): one undo step.

    With ``replace``, the items that have no record yet (never run, no speaker, no note, decision,
    action or question) are removed first; the others stay, so nothing said is ever lost.
    """
    parts: list[Command] = []
    if replace:
        parts += [Remove("items", iid) for iid in meeting.items if not has_record(meeting, iid)]
    for n, item in enumerate(preview.items):
        at = None if index is None else index + n
        parts.append(Create.of("items", item.to_item(ids()), at))
    return Batch(tuple(parts))


def has_record(meeting: Meeting, item_id: str) -> bool:
    """True when something happened on the item: it ran, someone spoke, something was noted."""
    return bool(
        meeting.runs_of(item_id)
        or any(t.item_id == item_id for t in meeting.turns.values())
        or meeting.notes_of(item_id)
        or meeting.decisions_of(item_id)
        or meeting.actions_of(item_id)
        or meeting.questions_of(item_id)
    )


def build_preview(blocks: list[Block], source: str, unit: str = "line") -> AgendaPreview:
    """Decide the agenda from the structure of the document; raise if there is none."""
    preview = AgendaPreview(source, unit=unit)
    entries = [b for b in blocks if b.kind == BlockKind.ENTRY]
    headings = [b for b in blocks if b.kind == BlockKind.HEADING]
    title_heading = _title_heading(headings)
    section_headings = [h for h in headings if h is not title_heading]
    if title_heading is not None and not _is_agenda_word(title_heading.text):
        preview.title = title_heading.text
    if entries and not _headings_lead(blocks, section_headings):
        _from_entries(blocks, preview)
    elif section_headings:
        _from_headings(blocks, section_headings, preview)
    else:
        _from_lines(blocks, preview, unit)
    if not preview.items:
        raise AgendaImportError(
            source,
            None,
            QT_TRANSLATE_NOOP("ImportProblem", "No agenda point was found in this file."),
        )
    if len(preview.items) > MAX_ITEMS:
        raise AgendaImportError(
            source,
            preview.items[MAX_ITEMS].line,
            QT_TRANSLATE_NOOP(
                "ImportProblem", "Too many agenda points ({count}; at most {limit})."
            ),
            unit=unit,
            count=len(preview.items),
            limit=MAX_ITEMS,
        )
    return preview


def _is_agenda_word(text: str) -> bool:
    """ "Ordre du jour :" heads the list; it does not name the meeting."""
    return fold(text).strip(" :.-") in {"ordre du jour", "odj", "agenda", "programme", "program"}


def _title_heading(headings: list[Block]) -> Block | None:
    """The heading that names the meeting: the first one, when it is the only one at the top level."""
    if not headings:
        return None
    top = min(h.level for h in headings)
    first = headings[0]
    if first.level == top and sum(1 for h in headings if h.level == top) == 1:
        return first
    return None


def _headings_lead(blocks: list[Block], sections: list[Block]) -> bool:
    """True when headings are the points and the lists under them only detail some of them."""
    if len(sections) < 2:
        return False
    level = min(h.level for h in sections)
    top = [b for b in blocks if b.kind == BlockKind.HEADING and b.level == level]
    entry_lines = [b.line for b in blocks if b.kind == BlockKind.ENTRY]
    if entry_lines[0] < top[0].line:
        return False  # a list before the first section: the list is the agenda
    bounds = [h.line for h in top] + [blocks[-1].line + 1]
    empty = sum(1 for a, b in itertools.pairwise(bounds) if not any(a < n < b for n in entry_lines))
    return empty > 0


@dataclass(slots=True)
class _Point:
    """An agenda point being read: where it starts, its title, its description and sub-questions."""

    line: int
    title: str
    desc: list[str] = field(default_factory=list)
    subs: list[str] = field(default_factory=list)


class _Builder:
    """Collects items from the blocks, one at a time."""

    def __init__(self, preview: AgendaPreview) -> None:
        self.preview = preview
        self.current: _Point | None = None

    def start(self, line: int, text: str) -> None:
        self.finish()
        self.current = _Point(line, text)

    def sub(self, text: str) -> None:
        if self.current is not None:
            self.current.subs.append(text)

    def extend_sub(self, text: str) -> None:
        subs = self.current.subs if self.current else None
        if subs:
            subs[-1] = f"{subs[-1]} {text}"

    def describe(self, text: str) -> None:
        if self.current is not None:
            self.current.desc.append(text)

    def finish(self) -> None:
        cur, self.current = self.current, None
        if cur is None:
            return
        line, raw = cur.line, cur.title
        subs = tuple(cur.subs)
        desc = " ".join(cur.desc)
        if _FORM_FIELD.match(raw) and not subs and not desc:
            self._note(
                line,
                QT_TRANSLATE_NOOP(
                    "ImportProblem",
                    "“{text}” is an empty form field, not an agenda point: left out.",
                ),
                text=raw,
            )
            return
        title, minutes = split_duration(raw)
        title, kind = split_kind(title)
        if not title:
            self._note(
                line,
                QT_TRANSLATE_NOOP("ImportProblem", "This point has no title: left out."),
                error=True,
            )
            return
        if len(title) > MAX_TITLE:
            self._note(
                line,
                QT_TRANSLATE_NOOP(
                    "ImportProblem", "A very long title: check that this is an agenda point."
                ),
            )
        self.preview.items.append(
            ImportedItem(line, title, desc, subs, minutes or 0, kind or ItemKind.DISCUSSION)
        )

    def _note(self, line: int, template: str, error: bool = False, **params: object) -> None:
        self.preview.notes.append(LineNote(line, template, dict(params), error))


def _from_entries(blocks: list[Block], preview: AgendaPreview) -> None:
    b = _Builder(preview)
    first_entry = next(i for i, blk in enumerate(blocks) if blk.kind == BlockKind.ENTRY)
    if not preview.title:
        before = [
            blk for blk in blocks[:first_entry] if blk.kind in (BlockKind.TEXT, BlockKind.HEADING)
        ]
        if before and len(before[0].text) <= MAX_TITLE and not _is_agenda_word(before[0].text):
            preview.title = before[0].text
    last_entry_level = 0
    deep_warned = False
    for blk in blocks[first_entry:]:
        if blk.kind == BlockKind.ENTRY:
            if blk.level == 0 or b.current is None:
                b.start(blk.line, blk.text)
            else:
                if blk.level > 1 and not deep_warned:
                    deep_warned = True
                    b._note(
                        blk.line,
                        QT_TRANSLATE_NOOP(
                            "ImportProblem",
                            "Lists nested more than two levels deep are flattened into sub-questions.",
                        ),
                    )
                b.sub(blk.text)
            last_entry_level = blk.level
        elif blk.kind == BlockKind.TEXT and blk.continues and b.current is not None:
            # text under a sub-question continues it; text under an item introduces its sub-questions
            if last_entry_level > 0:
                b.extend_sub(blk.text)
            else:
                b.describe(blk.text)
        elif blk.kind in (BlockKind.TEXT, BlockKind.HEADING):
            b.finish()
    b.finish()


def _from_headings(blocks: list[Block], sections: list[Block], preview: AgendaPreview) -> None:
    b = _Builder(preview)
    level = min(h.level for h in sections)
    for blk in blocks:
        if blk.kind == BlockKind.HEADING and blk in sections:
            text = _HEADING_NUMBER.sub("", blk.text)
            if blk.level == level:
                b.start(blk.line, text)
            else:
                b.sub(text)
        elif blk.kind == BlockKind.ENTRY:
            b.sub(blk.text)
        elif blk.kind == BlockKind.TEXT and b.current is not None:
            b.describe(blk.text)
    b.finish()


def _from_lines(blocks: list[Block], preview: AgendaPreview, unit: str) -> None:
    lines = [blk for blk in blocks if blk.kind == BlockKind.TEXT]
    long = next((blk for blk in lines if len(blk.text) > MAX_TITLE), None)
    if long is not None or len(lines) > MAX_ITEMS:
        raise AgendaImportError(
            preview.source,
            long.line if long else None,
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                "No agenda was found: the text has no numbered or bulleted list and no headings, "
                "and its lines are too long to be agenda points.",
            ),
            unit=unit,
        )
    b = _Builder(preview)
    for blk in lines:
        b.start(blk.line, blk.text)
    b.finish()
