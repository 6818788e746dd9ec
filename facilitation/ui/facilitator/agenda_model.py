"""The agenda as a Qt table model: every item, its plan, its state and the time it took.

``AgendaModel`` adapts the meeting's items for a view; it never owns them. It turns each change record
into the narrowest Qt notification it can (a row changed, a row inserted or removed, a move) and only
falls back to a reset when the agenda was rearranged in a way it cannot follow. The view that paints
it is in ``agenda_panel.py``.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
)
from PySide6.QtWidgets import (
    QWidget,
)

from facilitation.models import AgendaItem, Change, ItemState, Meeting, Topic
from facilitation.models.timing import ZERO, elapsed_by_item, item_states, planned_item_starts

from facilitation.ui.core import topics
from facilitation.ui.core.context import AppContext
from facilitation.ui.core.list_sync import follow_ids
from facilitation.ui.core.qtcompat import emit
from facilitation.ui.facilitator.timer_bar import hhmm

translate = QCoreApplication.translate

COL_NUMBER, COL_TITLE, COL_PLANNED, COL_AT, COL_STATE, COL_SPENT, COL_DIFF = range(7)
TIME_COLUMNS = (COL_SPENT, COL_DIFF)

STATE_MARK = {
    ItemState.TO_COME: "",
    ItemState.RUNNING: "▶",
    ItemState.DONE: "✓",
    ItemState.SKIPPED: "↷",  # passed over: not the check mark of an item done
}


def state_text(state: ItemState) -> str:
    return {
        ItemState.TO_COME: translate("Agenda", "to come"),
        ItemState.RUNNING: translate("Agenda", "running"),
        ItemState.DONE: translate("Agenda", "done"),
        ItemState.SKIPPED: translate("Agenda", "skipped"),
    }[state]


def _labelled(label: str, text: str) -> str:
    """ "Label: text", with the language's own colon (the string the middle panel uses)."""
    return translate("CurrentItem", "%1: %2").replace("%1", label).replace("%2", text)


def diff_text(spent: timedelta, planned_minutes: int) -> str:
    """Minutes over (+) or under (−) the plan; empty while nothing was spent."""
    if spent <= timedelta(0):
        return ""
    mins = round(spent.total_seconds() / 60) - planned_minutes
    if mins == 0:
        return "±0"
    return f"+{mins}" if mins > 0 else f"−{-mins}"


@dataclass(frozen=True, slots=True)
class _Row:
    """What one row shows: compared with the previous values to notify only the rows that changed."""

    state: ItemState
    texts: tuple[str, ...]  # one per column
    tooltip: str
    over: bool  # at least a minute over a planned duration: the +/− cell in red


class AgendaModel(QAbstractTableModel):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._ids: list[str] = list(ctx.meeting.items)
        self._now = ctx.clock.now()
        # made once: data() hands out these objects rather than building new ones on every call
        bold = QFont()
        bold.setBold(True)
        self._bold = bold
        self._grey = QBrush(QColor("#66727f"))  # done and skipped rows, 4.8:1 on white
        self._red = QBrush(QColor("#b03a2e"))
        self._green = QBrush(QColor("#e3efe9"))
        self._center = int(Qt.AlignmentFlag.AlignCenter)
        #: each row's displayed values by item id: data() is a lookup, and a change notifies the
        #: view of the rows whose values differ from what it was last told, not of the whole table
        self._rows: dict[str, _Row] = {}
        self._inputs: dict[str, tuple[AgendaItem, tuple[Any, ...]]] = {}
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

    def bold_font(self, base: QFont) -> QFont:
        """``base`` in bold, as the running item's row is shown."""
        font = QFont(base)
        font.setBold(True)
        return font

    def row_values(self, row: int) -> _Row | None:
        """What row ``row`` shows (the delegate paints from this, without a call per role)."""
        iid = self.item_id(row)
        return self._rows.get(iid) if iid is not None else None

    def running(self, row: int) -> bool:
        r = self.row_values(row)
        return r is not None and r.state is ItemState.RUNNING

    def brushes(self) -> tuple[QBrush, QBrush, QBrush]:
        """The greyed, "over the plan" and running-row brushes (made once)."""
        return self._grey, self._red, self._green

    def column_texts(self, col: int) -> list[str]:
        """Every row's text in column ``col`` (to size the column without asking every cell)."""
        rows = (self._rows.get(iid) for iid in self._ids)
        return [r.texts[col] for r in rows if r is not None]

    def _recompute(self) -> list[int]:
        """Every row's values again, in one pass over the meeting; the rows whose values changed."""
        m = self.meeting
        states = item_states(m)
        starts = planned_item_starts(m)
        spent = elapsed_by_item(m, self._now)
        old, rows, changed = self._rows, {}, []
        old_inputs, inputs = self._inputs, {}
        for row, iid in enumerate(self._ids):
            item = m.items.get(iid)
            if item is None:
                continue
            state, start, used = (
                states.get(iid, ItemState.TO_COME),
                starts.get(iid),
                spent.get(iid, ZERO),
            )
            # what the row shows depends on these only (the time in whole minutes): when they are
            # as before, so is the row, and its texts are not made again
            seconds = used.total_seconds()
            key = (
                row,
                state,
                start,
                used > ZERO,
                round(seconds / 60),
                seconds / 60 - item.planned_minutes >= 1,
            )
            before = old_inputs.get(iid)
            if before is not None and before[0] is item and before[1] == key and iid in old:
                value = old[iid]
            else:
                value = self._row(row, item, state, start, used)
            inputs[iid] = (item, key)
            rows[iid] = value
            if old.get(iid) != value:
                changed.append(row)
        self._rows, self._inputs = rows, inputs
        return changed

    @staticmethod
    def _row(
        row: int, item: AgendaItem, state: ItemState, start: datetime | None, spent: timedelta
    ) -> _Row:
        spent_some = spent > ZERO
        state_name = state_text(state)
        texts = (
            f"{STATE_MARK[state]} {row + 1}".strip(),
            # the word first, so a narrow column that shortens the title keeps it
            translate("Agenda", "Skipped: %1").replace("%1", item.title)
            if state is ItemState.SKIPPED
            else item.title,
            str(item.planned_minutes) if item.planned_minutes else "",
            hhmm(start) if start else "",
            state_name,
            str(round(spent.total_seconds() / 60)) if spent_some else "",
            diff_text(spent, item.planned_minutes),
        )
        over = spent.total_seconds() / 60 - item.planned_minutes
        # the full title first (the column may show only its start), then what a narrow agenda
        # hides: the planned start and the time spent
        facts = [
            _labelled(translate("Agenda", heading), texts[col])
            for heading, col, shown in (("At", COL_AT, start), ("Spent", COL_SPENT, spent_some))
            if shown
        ]
        head = f"{item.title} ({', '.join([state_name, *facts])})"
        return _Row(
            state,
            texts,
            "\n".join([head, *item.sub_questions]),
            spent_some and bool(item.planned_minutes) and over >= 1,
        )

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
        # called thousands of times per repaint: a lookup in the values made by _recompute
        iid = self.item_id(index.row())
        r = self._rows.get(iid) if iid is not None else None
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return r.texts[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return r.tooltip
        running = r.state is ItemState.RUNNING
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if running else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if r.state in (ItemState.DONE, ItemState.SKIPPED):
                return self._grey
            return self._red if col == COL_DIFF and r.over else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._green if running else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return None if col == COL_TITLE else self._center
        if role == Qt.ItemDataRole.AccessibleDescriptionRole:
            return r.texts[COL_STATE]
        return None

    # -- following the meeting -------------------------------------------------------------------

    def set_now(self, now: datetime) -> None:
        """The clock moved: only the running item's times change, and only its row is told so
        when its minutes do."""
        self._now = now
        self._notify(self._recompute())

    def on_change(self, change: Change) -> None:
        if not change.touches(*topics.AGENDA):
            return
        if change.touches(Topic.ITEMS):
            self._follow_items()
        # a skip or a new plan can shift states and planned starts on many rows; a new speaker
        # (which touches "live") shifts none: the comparison tells them apart
        self._notify(self._recompute())

    def _notify(self, rows: list[int]) -> None:
        """One dataChanged per run of consecutive changed rows."""
        i = 0
        while i < len(rows):
            j = i
            while j + 1 < len(rows) and rows[j + 1] == rows[j] + 1:
                j += 1
            emit(self.dataChanged, self.index(rows[i], 0), self.index(rows[j], 6))
            i = j + 1

    def _follow_items(self) -> None:
        follow_ids(self, self._ids, list(self.meeting.items), self._store, 7)

    def _store(self, ids: list[str]) -> None:
        self._ids = ids
