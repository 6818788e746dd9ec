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
from facilitation.models.timing import ZERO, item_state, planned_item_starts

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


class _RunTotals:
    """Each item's closed intervals' total and open intervals' starts, followed change by change.

    What ``timing.elapsed_by_item`` sums from every interval, kept by interval id and updated for
    the intervals a change touched (as ``speaking_totals.SpeakingTotals`` does for the turns).
    """

    def __init__(self, meeting: Meeting) -> None:
        #: interval id → (item id, start, end or None while open)
        self._runs: dict[str, tuple[str, datetime, datetime | None]] = {}
        self.closed: dict[str, timedelta] = {}
        self.opened: dict[str, dict[str, datetime]] = {}  # item id → {interval id: start}
        self.counts: dict[str, int] = {}  # item id → how many intervals (the items that ran)
        self.rebuild(meeting)

    def rebuild(self, m: Meeting) -> None:
        self._runs.clear()
        self.closed.clear()
        self.opened.clear()
        self.counts.clear()
        for run in m.runs.values():
            self._add(run.id, run.item_id, run.start, run.end)

    def agrees(self, m: Meeting) -> bool:
        return len(self._runs) == len(m.runs)

    def follow(self, m: Meeting, ids: frozenset[str]) -> set[str] | None:
        """Take in the intervals ``ids`` (added, closed, edited, removed); the items whose time or
        state may have changed, or None when the totals had to be made again from every one."""
        dirty: set[str] = set()
        for rid in ids:
            old = self._runs.get(rid)
            if old is not None:
                dirty.add(old[0])
                self._drop(rid)
            run = m.runs.get(rid)
            if run is not None:
                dirty.add(run.item_id)
                self._add(run.id, run.item_id, run.start, run.end)
        if not self.agrees(m):  # a change that did not name its intervals
            self.rebuild(m)
            return None
        return dirty

    def _add(self, rid: str, iid: str, start: datetime, end: datetime | None) -> None:
        self._runs[rid] = (iid, start, end)
        self.counts[iid] = self.counts.get(iid, 0) + 1
        if end is None:
            self.opened.setdefault(iid, {})[rid] = start
        else:
            self.closed[iid] = self.closed.get(iid, ZERO) + (end - start)

    def _drop(self, rid: str) -> None:
        iid, start, end = self._runs.pop(rid)
        self.counts[iid] -= 1
        if end is None:
            del self.opened[iid][rid]
            if not self.opened[iid]:
                del self.opened[iid]
        else:
            self.closed[iid] -= end - start
        if not self.counts[iid]:
            del self.counts[iid]
            self.closed.pop(iid, None)


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
        #: each item's state and planned start (the starts from the last full pass), the
        #: intervals' totals by item, and the live state the rows were last made from
        self._states: dict[str, ItemState] = {}
        self._starts: dict[str, datetime | None] = {}
        self._runs = _RunTotals(ctx.meeting)
        self._seen: tuple[Any, ...] = ()
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

    def _live_inputs(self) -> tuple[Any, ...]:
        """What the rows read of the live state: a new speaker or queue changes none of it."""
        live = self.meeting.live
        return (live.current_item_id, live.started_at, live.ended_at)

    def _recompute(self, only: set[str] | None = None) -> list[int]:
        """Every row's values again, in one pass over the meeting; the rows whose values changed.

        With ``only``, just those items' rows: the planned starts are those of the last full pass
        (no item, detail or start of the meeting changed since), the intervals' totals are followed
        change by change (``_RunTotals``), the states of the other items are as they were.
        """
        m = self.meeting
        ran = self._runs.counts
        self._seen = self._live_inputs()
        if only is None:
            self._states = {iid: item_state(m, iid, ran) for iid in m.items}
            self._starts = planned_item_starts(m)
            old, rows = self._rows, {}
            old_inputs, inputs = self._inputs, {}
            todo = list(enumerate(self._ids))
        else:
            old, rows = self._rows, self._rows
            old_inputs, inputs = self._inputs, self._inputs
            todo = sorted((self._ids.index(iid), iid) for iid in only if iid in self._ids)
            for _row, iid in todo:
                if iid in m.items:
                    self._states[iid] = item_state(m, iid, ran)
        states, starts = self._states, self._starts
        closed_by, opened_by = self._runs.closed, self._runs.opened
        now, changed = self._now, []
        for row, iid in todo:
            item = m.items.get(iid)
            if item is None:
                continue
            used = closed_by.get(iid, ZERO)
            for begun in opened_by.get(iid, {}).values():
                used += now - begun
            state, start = states.get(iid, ItemState.TO_COME), starts.get(iid)
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
            was = old.get(iid)
            if was is not value and was != value:
                changed.append(row)
            inputs[iid] = (item, key)
            rows[iid] = value
        if only is None:
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
        when its minutes do (the other rows are not looked at)."""
        self._now = now
        if self._seen != self._live_inputs() or not self._runs.agrees(self.meeting):
            self._start_over()  # a change this model has not heard of
        elif self._runs.opened:
            self._notify(self._recompute(only=set(self._runs.opened)))

    def on_change(self, change: Change) -> None:
        if not change.touches(*topics.AGENDA):
            return
        live, seen = self._live_inputs(), self._seen
        if change.touches(Topic.ITEMS):
            self._follow_items()
            self._start_over()
            return
        if change.touches(Topic.DETAILS) or live[1:] != seen[1:]:
            # a new plan, the meeting started or ended: states and planned starts on every row
            self._start_over()
            return
        # a step, a pause, a skip: the rows of the items whose intervals changed, and of the item
        # that stopped or started being live; a new speaker or the queue (which touch "live"):
        # no row
        dirty = self._runs.follow(self.meeting, change.ids(Topic.RUNS))
        if dirty is None:
            self._start_over()
            return
        if live[0] != seen[0]:
            dirty |= {iid for iid in (live[0], seen[0]) if iid is not None}
        if dirty:
            self._notify(self._recompute(only=dirty))

    def _start_over(self) -> None:
        self._runs.rebuild(self.meeting)
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
