"""The agenda as the facilitator sees it: every item, its plan, its state and the time it took.

``AgendaModel`` adapts the meeting's items for a view; it never owns them. It turns each change record
into the narrowest Qt notification it can (a row changed, a row inserted or removed, a move) and only
falls back to a reset when the agenda was rearranged in a way it cannot follow.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFocusEvent,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
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
#: a cell's width beyond its text, as Qt's delegate measures it here: the style sheet's padding (4 px
#: a side), the focus margins and the grid line
CELL_MARGIN = 15
FOCUS_COLOUR = QColor("#4a7fb5")
#: hidden in this order when the title would get less than TITLE_SHARE of the agenda's width
OPTIONAL_COLUMNS = (COL_AT, COL_SPENT)
TITLE_SHARE = 0.4

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
        self._grey = QBrush(QColor("#7b8794"))
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
            item.title,
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


class RowDelegate(QStyledItemDelegate):
    """Cells with 4 px of padding each side and a faint line under each row, painted directly.

    What a style sheet's ``::item`` rule said; a style sheet on the table made Qt paint every cell
    through its style-sheet style, about twice the cost of painting it plainly. The cell is drawn
    from the model's row values (background, one line of text, elided): Qt's own delegate asked
    the model for eight roles per cell through Python and laid the text out through the style,
    about 0.2 ms a cell, and a step repaints two or three rows.
    """

    LINE = QColor("#eef1f4")
    #: the text's margin inside the padding, as Qt's delegate leaves it (the focus frame's + 1)
    TEXT_MARGIN = 3

    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        self._fonts: tuple[QFont, QFont] | None = None  # (the view's font, that font in bold)
        self._selection: QItemSelectionModel | None = None

    def follow_selection(self, selection: QItemSelectionModel) -> None:
        """The rows painted as selected are those ``selection`` holds (the view's)."""
        self._selection = selection

    def _bold(self, base: QFont) -> QFont:
        if self._fonts is None or self._fonts[0] != base:
            self._fonts = (QFont(base), self._model.bold_font(base))
        return self._fonts[1]

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        r = self._model.row_values(index.row())
        if r is None:
            super().paint(painter, option, index)
            return
        rect = QRect(option.rect)  # type: ignore[attr-defined]
        palette = option.palette  # type: ignore[attr-defined]
        # asked of the selection model, not of ``option.state``: reading that flag from Python
        # makes PySide6 build QStyle's enums, ~8 ms of the start-up's first paint
        selected = self._selection is not None and self._selection.isRowSelected(index.row())
        grey, red, green = self._model.brushes()
        running = r.state is ItemState.RUNNING
        if selected:
            painter.fillRect(rect, palette.highlight())
        elif running:
            painter.fillRect(rect, green)
        col = index.column()
        text = r.texts[col]
        if text:
            if selected:
                colour = palette.highlightedText().color()
            elif r.state in (ItemState.DONE, ItemState.SKIPPED):
                colour = grey.color()
            elif col == COL_DIFF and r.over:
                colour = red.color()
            else:
                colour = palette.text().color()
            font = option.font  # type: ignore[attr-defined]
            if running:
                font = self._bold(font)
            margin = 4 + self.TEXT_MARGIN
            inner = rect.adjusted(margin, 0, -margin, -1)
            painter.setFont(font)
            painter.setPen(colour)
            if col == COL_TITLE:
                text = QFontMetrics(font).elidedText(
                    text, Qt.TextElideMode.ElideRight, inner.width()
                )
                align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            else:
                align = Qt.AlignmentFlag.AlignCenter
            painter.drawText(inner, int(align), text)
        painter.setPen(self.LINE)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())


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
        # the title takes all the room the other columns leave; they are as wide as their texts
        # (or their heading), set by _fit_columns when a text or the width changes
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        # the state is in the number column (▶ ✓ –), in the colours and in the tooltips
        self.setColumnHidden(COL_STATE, True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(translate("Agenda", "Agenda"))
        # the header highlights no section: with the view's selection model, every new selected
        # row repainted the whole header (a row spans all its columns); it gets one of its own
        header.setSelectionModel(QItemSelectionModel(model, header))
        delegate = RowDelegate(model, self)
        delegate.follow_selection(self.selectionModel())
        self.setItemDelegate(delegate)
        #: (the view's font, its bold metrics, text → width): asked after every change
        self._measure: tuple[QFont, QFontMetrics, dict[str, int]] | None = None
        self._headings: dict[tuple[int, str, Any], int] = {}
        self.doubleClicked.connect(self._on_activated)
        for signal in (
            model.dataChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.rowsMoved,
            model.modelReset,
            model.layoutChanged,
        ):
            signal.connect(self._fit_columns)
        self._fit_columns()

    def _fit_columns(self, *_args: object) -> None:
        """Compact number columns, and the title with at least TITLE_SHARE of the width.

        When the panel is narrow, the planned start and then the time spent are hidden (the row's
        tooltip gives both, with the full title): a title cut to a few letters says nothing.
        """
        header = self.horizontalHeader()
        widths = {
            col: max(self.sizeHintForColumn(col), self._heading_width(col))
            for col in (COL_NUMBER, COL_PLANNED, COL_AT, COL_SPENT, COL_DIFF)
        }
        room = self.viewport().width()
        hidden: set[int] = set()
        for col in OPTIONAL_COLUMNS:
            if room - sum(w for c, w in widths.items() if c not in hidden) >= room * TITLE_SHARE:
                break
            hidden.add(col)
        for col, width in widths.items():
            if self.isColumnHidden(col) != (col in hidden):
                self.setColumnHidden(col, col in hidden)
            if header.sectionSize(col) != width and col not in hidden:
                header.resizeSection(col, width)

    def _heading_width(self, col: int) -> int:
        """The width the column's heading asks for (remembered: Qt answers 0 while it is hidden)."""
        header = self.horizontalHeader()
        key = (col, header.font().key(), self._model.headerData(col, Qt.Orientation.Horizontal, 0))
        width = self._headings.get(key)
        if width is None and not header.isSectionHidden(col):
            width = self._headings[key] = header.sectionSizeHint(col)
        return width or 0

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text-size setting: wider texts
            self._fit_columns()

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().viewportEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.hasFocus():
            # the focus is always visible on the table, also after a click (the focus ring
            # shows only while Tab is used)
            p = QPainter(self.viewport())
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setPen(QPen(FOCUS_COLOUR, 2))
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(QRectF(self.viewport().rect()).adjusted(1, 1, -1, -1), 4, 4)
            p.end()

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.viewport().update()

    def sizeHintForColumn(self, column: int) -> int:
        """The widest text of the column, measured with the font alone, as if bold.

        ``_fit_columns`` asks this of every number column after each change; Qt's own answer asks
        every cell for every role and sizes it through the delegate, which was most of a step's
        time with a large agenda. Measuring every row as bold (as the running one is) keeps the
        widths still when the running item changes: a column that changes width repaints the whole
        table. Each text's width is remembered (per font): a step brings one or two new texts.
        """
        base = self.font()
        if self._measure is None or self._measure[0] != base:
            self._measure = (QFont(base), QFontMetrics(self._model.bold_font(base)), {})
        _font, fm, advances = self._measure
        widest = 0
        for text in self._model.column_texts(column):
            width = advances.get(text)
            if width is None:
                width = advances[text] = fm.horizontalAdvance(text)
            widest = max(widest, width)
        return widest + CELL_MARGIN if widest else 0

    def selected_item_id(self) -> str | None:
        rows = self.selectionModel().selectedRows()
        return self._model.item_id(rows[0].row()) if rows else None

    def select_item(self, item_id: str | None) -> None:
        """Select (and make current) the item's row; the old row is deselected.

        Through the selection model, on the one row: ``selectRow`` also lays the table out at
        once, and only the two rows whose selection changed are repainted either way.
        """
        row = self._model.row_of(item_id)
        if row < 0:
            return
        selection = self.selectionModel()
        if selection.currentIndex().row() == row and selection.isRowSelected(row):
            return
        selection.setCurrentIndex(
            self._model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

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
