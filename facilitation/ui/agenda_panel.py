"""The agenda as the facilitator sees it: every item, its plan, its state and the time it took.

``AgendaModel`` adapts the meeting's items for a view; it never owns them. It turns each change record
into the narrowest Qt notification it can (a row changed, a row inserted or removed, a move) and only
falls back to a reset when the agenda was rearranged in a way it cannot follow.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from facilitation.models import Change, ItemState, Meeting
from facilitation.models.timing import elapsed_by_item, item_states, planned_item_starts

from facilitation.ui.context import AppContext
from facilitation.ui.list_sync import follow_ids
from facilitation.ui.qtcompat import emit
from facilitation.ui.timer_bar import hhmm

translate = QCoreApplication.translate

COL_NUMBER, COL_TITLE, COL_PLANNED, COL_AT, COL_STATE, COL_SPENT, COL_DIFF = range(7)
TIME_COLUMNS = (COL_SPENT, COL_DIFF)

STATE_MARK = {
    ItemState.TO_COME: "",
    ItemState.RUNNING: "▶",
    ItemState.DONE: "✓",
    ItemState.SKIPPED: "–",
}


def state_text(state: ItemState) -> str:
    return {
        ItemState.TO_COME: translate("Agenda", "to come"),
        ItemState.RUNNING: translate("Agenda", "running"),
        ItemState.DONE: translate("Agenda", "done"),
        ItemState.SKIPPED: translate("Agenda", "skipped"),
    }[state]


def diff_text(spent: timedelta, planned_minutes: int) -> str:
    """Minutes over (+) or under (−) the plan; empty while nothing was spent."""
    if spent <= timedelta(0):
        return ""
    mins = round(spent.total_seconds() / 60) - planned_minutes
    if mins == 0:
        return "±0"
    return f"+{mins}" if mins > 0 else f"−{-mins}"


class AgendaModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ids: list[str] = list(ctx.meeting.items)
        self._now = ctx.clock.now()
        self._recompute()
        ctx.hub.changed.connect(self.on_change)

    # -- reading ---------------------------------------------------------------------------------

    @property
    def meeting(self) -> Meeting:
        return self._ctx.meeting

    def item_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, item_id: str | None) -> int:
        return self._ids.index(item_id) if item_id in self._ids else -1

    def _recompute(self) -> None:
        m = self.meeting
        self._states = item_states(m)
        self._starts = planned_item_starts(m)
        self._spent = elapsed_by_item(m, self._now)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return [
                "#",
                translate("Agenda", "Item"),
                translate("Agenda", "Plan"),
                translate("Agenda", "At"),
                translate("Agenda", "State"),
                translate("Agenda", "Spent"),
                translate("Agenda", "+/−"),
            ][section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return [
                translate("Agenda", "Number on the agenda"),
                translate("Agenda", "Agenda item"),
                translate("Agenda", "Planned minutes"),
                translate("Agenda", "Planned start time"),
                translate("Agenda", "To come, running, done or skipped"),
                translate("Agenda", "Time actually spent (all its intervals)"),
                translate("Agenda", "Minutes over (+) or under (−) the plan"),
            ][section]
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        iid = self.item_id(index.row())
        if iid is None or iid not in self.meeting.items:
            return None
        item = self.meeting.items[iid]
        col = index.column()
        state = self._states.get(iid, ItemState.TO_COME)
        spent = self._spent.get(iid, timedelta(0))
        if role == Qt.ItemDataRole.DisplayRole:
            if col == COL_NUMBER:
                return f"{STATE_MARK[state]} {index.row() + 1}".strip()
            if col == COL_TITLE:
                return item.title
            if col == COL_PLANNED:
                return str(item.planned_minutes) if item.planned_minutes else ""
            if col == COL_AT:
                return hhmm(self._starts.get(iid)) if self._starts.get(iid) else ""
            if col == COL_STATE:
                return state_text(state)
            if col == COL_SPENT:
                return str(round(spent.total_seconds() / 60)) if spent > timedelta(0) else ""
            if col == COL_DIFF:
                return diff_text(spent, item.planned_minutes)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join([f"{item.title} ({state_text(state)})", *item.sub_questions])
        if role == Qt.ItemDataRole.FontRole and state is ItemState.RUNNING:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if state in (ItemState.DONE, ItemState.SKIPPED):
                return QBrush(QColor("#7b8794"))
            if col == COL_DIFF and spent > timedelta(0):
                over = spent.total_seconds() / 60 - item.planned_minutes
                if item.planned_minutes and over >= 1:
                    return QBrush(QColor("#b03a2e"))
        if role == Qt.ItemDataRole.BackgroundRole and state is ItemState.RUNNING:
            return QBrush(QColor("#e3efe9"))
        if role == Qt.ItemDataRole.TextAlignmentRole and col != COL_TITLE:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return state_text(state)
        return None

    # -- following the meeting -------------------------------------------------------------------

    def set_now(self, now: datetime) -> None:
        """The clock moved: only the running item's times change."""
        self._now = now
        self._spent = elapsed_by_item(self.meeting, now)
        running = self.row_of(self.meeting.live.current_item_id)
        if running >= 0:
            emit(self.dataChanged, self.index(running, COL_SPENT), self.index(running, COL_DIFF))

    def on_change(self, change: Change) -> None:
        if not change.touches("items", "runs", "live", "details"):
            return
        if change.touches("items"):
            self._follow_items()
        self._recompute()
        if self._ids:
            # states and planned starts can shift on every row (a skip, a new plan): cheap to repaint
            emit(self.dataChanged, self.index(0, 0), self.index(len(self._ids) - 1, 6))

    def _follow_items(self) -> None:
        follow_ids(self, self._ids, list(self.meeting.items), self._store, 7)

    def _store(self, ids: list[str]) -> None:
        self._ids = ids


class AgendaView(QTableView):
    """The agenda table; Enter or a double-click jumps to the item."""

    activated_item = Signal(str)

    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setModel(model)
        self._model = model
        self.setObjectName("agenda")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Tab leaves the table for the next control (arrows move inside): no keyboard trap
        self.setTabKeyNavigation(False)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(False)
        self.setShowGrid(False)
        # one line per item, elided: the full question is in the tooltip and, when live, in the
        # middle of the window
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(34)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        # the state is in the number column (▶ ✓ –), in the colours and in the tooltips
        self.setColumnHidden(COL_STATE, True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(translate("Agenda", "Agenda"))
        self.doubleClicked.connect(self._on_activated)

    def selected_item_id(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        return self._model.item_id(rows[0].row()) if rows else None

    def select_item(self, item_id: str | None) -> None:
        row = self._model.row_of(item_id)
        if row >= 0:
            self.selectRow(row)

    def _on_activated(self, index: QModelIndex) -> None:
        iid = self._model.item_id(index.row())
        if iid is not None:
            emit(self.activated_item, iid)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._on_activated(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)
