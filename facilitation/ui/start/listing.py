"""The start page's list: the meetings grouped by series, newest first, and the search over them.

The rows are built from the library's summaries (``storage/library.py``) and the autosave slots left
by meetings not closed cleanly (``storage/recovery.py``); each row keeps its :class:`Row` under
:data:`ROW_ROLE`. The list is small (hundreds of rows) and rebuilt whole when shown again: a
``QTreeWidget`` is the plain tool for it, there is no live domain list to adapt.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QDate, QLocale, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTreeWidget, QTreeWidgetItem

from facilitation.storage.summary import Problem, State, Summary

if TYPE_CHECKING:
    from facilitation.storage.recovery import Recoverable

#: where each meeting row keeps its Row
ROW_ROLE = Qt.ItemDataRole.UserRole + 1

COLUMNS = ("meeting", "number", "date", "state", "place")


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartPage", text)


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the list: a meeting file (``summary``), its autosave if it was not closed
    cleanly (``recoverable``), or an autosave alone (a meeting never saved to a file)."""

    summary: Summary | None
    recoverable: Recoverable | None = None

    @property
    def path(self) -> Path | None:
        if self.summary is not None:
            return self.summary.path
        return self.recoverable.path if self.recoverable is not None else None

    @property
    def can_open(self) -> bool:
        return self.recoverable is not None or (self.summary is not None and self.summary.ok)


def column_titles() -> list[str]:
    return [_tr("Meeting"), _tr("No."), _tr("Date"), _tr("State"), _tr("Place")]


def state_text(state: State | None) -> str:
    return (
        {
            State.PREPARED: _tr("Prepared"),
            State.RUNNING: _tr("Running"),
            State.HELD: _tr("Held"),
            State.MINUTES: _tr("Minutes written"),
        }.get(state, "")
        if state is not None
        else ""
    )


def problem_text(problem: Problem) -> str:
    """The short reason a file cannot be opened, in the user's language."""
    return {
        Problem.MISSING: _tr("Missing: moved or deleted"),
        Problem.UNREADABLE: _tr("Cannot be read"),
        Problem.TOO_LARGE: _tr("Too large for a meeting"),
        Problem.EMPTY: _tr("Empty file"),
        Problem.TRUNCATED: _tr("Cut short (incomplete copy)"),
        Problem.DAMAGED: _tr("Damaged"),
        Problem.FOREIGN: _tr("Not a meeting file"),
        Problem.NEWER: _tr("Made by a newer version of Facilitation"),
    }[problem]


def date_text(day: object, lang: str) -> str:
    if day is None:
        return ""
    locale = QLocale(QLocale.Language.French if lang == "fr" else QLocale.Language.English)
    return locale.toString(QDate(day.year, day.month, day.day), "d MMM yyyy")  # type: ignore[attr-defined]


def fold(text: str) -> str:
    """Text as the search compares it: no case, no accents (``réunion`` finds ``Reunion``)."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def rows_of(summaries: Sequence[Summary], slots: Iterable[Recoverable]) -> list[Row]:
    """The summaries in their order, each with its autosave; autosaves of meetings that have no
    file (or whose file is not listed) first, as they are the most recent work."""
    by_path: dict[Path, Recoverable] = {}
    alone: list[Row] = []
    for r in slots:
        if r.path is not None and r.path not in by_path:
            by_path[r.path] = r
        else:
            alone.append(Row(None, r))
    listed = {s.path for s in summaries}
    for path, r in list(by_path.items()):
        if path not in listed:
            alone.append(Row(None, r))
            del by_path[path]
    return alone + [Row(s, by_path.get(s.path)) for s in summaries]


def _texts(row: Row, lang: str) -> list[str]:
    s = row.summary
    if s is None:
        r = row.recoverable
        assert r is not None
        day = r.last_change.date() if r.last_change else None
        return [r.title or _tr("Meeting without a title"), "", date_text(day, lang), "", ""]
    title = s.title or s.path.stem
    state = problem_text(s.problem) if s.problem is not None else state_text(s.state)
    number = str(s.number) if s.number is not None else ""
    return [title, number, date_text(s.day, lang), state, s.place]


def search_text(row: Row, lang: str) -> str:
    """What the search box looks in: title, series, the date as shown and as YYYY-MM-DD."""
    s = row.summary
    words = _texts(row, lang)
    if s is not None:
        words += [s.series, s.day.isoformat() if s.day else "", s.path.name]
    return fold(" ".join(words))


def fill(tree: QTreeWidget, rows: Sequence[Row], lang: str) -> None:
    """Rebuild the tree: a group per series (in the order of its newest meeting), rows inside."""
    tree.clear()
    groups: dict[str, QTreeWidgetItem] = {}
    bold = QFont(tree.font())
    bold.setBold(True)
    for row in rows:
        if row.summary is None:
            key, label = "\0unsaved", _tr("Not closed cleanly")
        elif row.summary.series:
            key = label = row.summary.series
        else:
            key, label = "", _tr("Without a series")
        group = groups.get(key)
        if group is None:
            group = QTreeWidgetItem(tree, [label])
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            groups[key] = group
        item = QTreeWidgetItem(group, _texts(row, lang))
        item.setData(0, ROW_ROLE, row)
        item.setData(0, ROW_ROLE + 1, search_text(row, lang))
        if row.recoverable is not None:
            item.setText(3, _tr("Not closed cleanly"))
            item.setToolTip(3, _tr("Not closed cleanly: can be restored"))
            for col in range(len(COLUMNS)):
                item.setFont(col, bold)
        if row.summary is not None:
            tip = str(row.summary.path)
            if row.summary.detail and row.summary.problem is not None:
                tip += "\n" + row.summary.detail
            item.setToolTip(0, tip)
            if row.recoverable is None:
                item.setToolTip(3, tip)
        if not row.can_open:
            for col in range(len(COLUMNS)):
                item.setForeground(col, tree.palette().placeholderText())
    tree.expandAll()


def _children(parent: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = (parent.child(i) for i in range(parent.childCount()))
    return [c for c in found if c is not None]


def _groups(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    found = (tree.topLevelItem(i) for i in range(tree.topLevelItemCount()))
    return [g for g in found if g is not None]


def apply_search(tree: QTreeWidget, text: str) -> int:
    """Hide the rows that do not match every word of ``text``; a series' name matches its rows.
    Returns how many meetings are shown."""
    words = fold(text).split()
    shown = 0
    for group in _groups(tree):
        group_text = fold(group.text(0))
        visible = 0
        for item in _children(group):
            haystack = f"{item.data(0, ROW_ROLE + 1)} {group_text}"
            match = all(w in haystack for w in words)
            item.setHidden(not match)
            visible += match
        group.setHidden(visible == 0)
        shown += visible
    return shown


def first_visible(tree: QTreeWidget) -> QTreeWidgetItem | None:
    for group in _groups(tree):
        if group.isHidden():
            continue
        for item in _children(group):
            if not item.isHidden():
                return item
    return None


def meeting_items(tree: QTreeWidget) -> list[QTreeWidgetItem]:
    """Every meeting row, shown or hidden, in order."""
    return [item for group in _groups(tree) for item in _children(group)]


def row_of(item: QTreeWidgetItem | None) -> Row | None:
    if item is None:
        return None
    row = item.data(0, ROW_ROLE)
    return row if isinstance(row, Row) else None
