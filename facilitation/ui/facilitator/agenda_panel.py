"""The agenda as the facilitator sees it: the table of items over ``agenda_model.AgendaModel``.

Its delegate paints each cell from the model's row values; the view keeps the number columns compact,
hides the optional ones when the title would get too little room, and jumps to an item on Enter or a
double-click.
"""

from typing import Any

from PySide6.QtCore import (
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
    QPalette,
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

from facilitation.models import ItemState

from facilitation.ui.core.qtcompat import emit
from facilitation.ui.facilitator.agenda_model import (
    COL_AT,
    COL_DIFF,
    COL_NUMBER,
    COL_PLANNED,
    COL_SPENT,
    COL_STATE,
    COL_TITLE,
    AgendaModel,
)
from facilitation.ui.facilitator.queue_rows import whole_words

translate = QCoreApplication.translate

#: a cell's width beyond its text, as Qt's delegate measures it here: the style sheet's padding (4 px
#: a side), the focus margins and the grid line
CELL_MARGIN = 15
FOCUS_COLOUR = QColor("#4a7fb5")
#: hidden in this order when the title would get less than TITLE_SHARE of the agenda's width (the
#: item's lead or lag last: large text on a laptop; the middle panel says the pace)
OPTIONAL_COLUMNS = (COL_AT, COL_SPENT, COL_DIFF)
TITLE_SHARE = 0.4
#: the title's padding in its cell (4 px a side and the text's margin, RowDelegate.TEXT_MARGIN)
TITLE_PADDING = 2 * (4 + 3)
#: a title's words up to this many letters get room of their own: with larger text, the optional
#: columns and then the planned minutes (in the row's tooltip and the middle panel too) give way
#: rather than a title cut mid-word ("Prochai…"); a longer word (an address) may still be cut
WHOLE_WORD_LETTERS = 16
#: a title column narrower than this many letters shows its titles on two lines (larger text)
TWO_LINES_LETTERS = 18
#: a row's height beyond its lines of text, and its least height
ROW_MARGIN, ROW_LEAST = 8, 34


class RowDelegate(QStyledItemDelegate):
    """Cells with 4 px of padding each side and a faint line under each row, painted directly.

    What a style sheet's ``::item`` rule said; a style sheet on the table made Qt paint every cell
    through its style-sheet style, about twice the cost of painting it plainly. The cell is drawn
    from the model's row values (background, one line of text, elided): Qt's own delegate asked
    the model for eight roles per cell through Python and laid the text out through the style,
    about 0.2 ms a cell, and a step repaints two or three rows.

    The view paints its rows through ``paint_row`` (one call a row, not a call per cell through
    Qt's item-view machinery, which built a style option and an index for Python each time);
    ``paint`` draws one cell the same way, for whatever else asks the delegate.
    """

    LINE = QColor("#eef1f4")
    #: the text's margin inside the padding, as Qt's delegate leaves it (the focus frame's + 1)
    TEXT_MARGIN = 3

    def __init__(self, model: AgendaModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._model = model
        #: (the view's font, that font in bold, the bold font's metrics)
        self._fonts: tuple[QFont, QFont, QFontMetrics] | None = None
        self._selection: QItemSelectionModel | None = None
        #: titles too wide for one line go on two (set by the view: larger text)
        self.two_lines = False
        #: the title as last drawn, by row ("\n" between its two lines): the tests read it
        self.drawn_titles: dict[int, str] = {}
        #: the palette's colours by its cache key: (highlight, highlighted text, text)
        self._colours: tuple[Any, QBrush, QColor, QColor] | None = None
        grey, red, _green = model.brushes()
        self._grey, self._red = grey.color(), red.color()
        #: each title as fitted to its cell, by (font, title, room, two lines): fitting it measures
        #: it and then its shorter heads word by word, and the same titles are drawn again and again
        self._fitted: dict[tuple[str, str, int, bool], str] = {}

    def follow_selection(self, selection: QItemSelectionModel) -> None:
        """The rows painted as selected are those ``selection`` holds (the view's)."""
        self._selection = selection

    def _bold(self, base: QFont) -> tuple[QFont, QFontMetrics]:
        if self._fonts is None or self._fonts[0] != base:
            bold = self._model.bold_font(base)
            self._fonts = (QFont(base), bold, QFontMetrics(bold))
        return self._fonts[1], self._fonts[2]

    def _palette_colours(self, palette: QPalette) -> tuple[QBrush, QColor, QColor]:
        key = (palette.cacheKey(), palette.currentColorGroup())  # active or inactive window
        if self._colours is None or self._colours[0] != key:
            self._colours = (
                key,
                palette.highlight(),
                palette.highlightedText().color(),
                palette.text().color(),
            )
        return self._colours[1], self._colours[2], self._colours[3]

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.row()
        if self._model.row_values(row) is None:
            super().paint(painter, option, index)
            return
        rect = QRect(option.rect)
        cell = (index.column(), rect.x(), rect.width())
        self.paint_row(painter, row, rect.y(), rect.height(), [cell], option.palette, option.font)

    def paint_row(
        self,
        painter: QPainter,
        row: int,
        y: int,
        height: int,
        cells: list[tuple[int, int, int]],
        palette: QPalette,
        font: QFont,
    ) -> None:
        """Row ``row``'s cells ``cells`` (column, x, width), ``height`` high from ``y``."""
        r = self._model.row_values(row)
        if r is None:
            return
        # asked of the selection model, not of a style option's state: reading that flag from
        # Python makes PySide6 build QStyle's enums, ~8 ms of the start-up's first paint
        selected = self._selection is not None and self._selection.isRowSelected(row)
        highlight, highlighted_text, text_colour = self._palette_colours(palette)
        running = r.state is ItemState.RUNNING
        background = highlight if selected else self._model.brushes()[2] if running else None
        if running:
            font, fm = self._bold(font)
        else:
            fm = None
        greyed = r.state in (ItemState.DONE, ItemState.SKIPPED)
        if selected:
            colour = highlighted_text
        elif greyed:
            colour = self._grey
        else:
            colour = text_colour
        margin = 4 + self.TEXT_MARGIN
        painter.setFont(font)
        left, right = min(x for _c, x, _w in cells), max(x + w for _c, x, w in cells)
        if background is not None:
            painter.fillRect(QRect(left, y, right - left, height), background)
        centre = int(Qt.AlignmentFlag.AlignCenter)
        for col, x, width in cells:
            text = r.texts[col]
            if not text:
                continue
            inner = QRect(x + margin, y, width - 2 * margin, height - 1)
            over = col == COL_DIFF and r.over and not selected and not greyed
            painter.setPen(self._red if over else colour)
            if col == COL_TITLE:
                text = self._fit_title(font, fm, text, inner.width())
                self.drawn_titles[row] = text
                painter.drawText(inner, _LEFT, text)
            else:
                painter.drawText(inner, centre, text)
        painter.setPen(self.LINE)
        painter.drawLine(left, y + height - 1, right - 1, y + height - 1)

    def _fit_title(self, font: QFont, fm: QFontMetrics | None, text: str, room: int) -> str:
        """Whole words, then "…": a title is never cut mid-word where a word fits."""
        key = (font.key(), text, room, self.two_lines)
        fitted = self._fitted.get(key)
        if fitted is None:
            if len(self._fitted) > 4096:  # widths of a window being resized: start again
                self._fitted.clear()
            if fm is None:
                fm = QFontMetrics(font)
            if self.two_lines and fm.horizontalAdvance(text) > room:
                fitted = two_line_title(fm, text, room)
            else:
                fitted = whole_words(fm, text, room)
            self._fitted[key] = fitted
        return fitted


_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)


def two_line_title(fm: QFontMetrics, text: str, room: int) -> str:
    """``text`` on two lines of ``room`` pixels, broken between words: the first line holds the
    words that fit, the second the rest, as many whole words as fit, then "…" (one line, as
    ``whole_words`` shows it, when a line's first word would be cut)."""
    words = text.split(" ")
    first = 0
    while first < len(words) and fm.horizontalAdvance(" ".join(words[: first + 1])) <= room:
        first += 1
    if first == len(words):
        return text  # it fits one line
    rest = " ".join(words[first:])
    # the second line starts with a whole word ("…" after it when more follow), or is not used
    head = words[first] + ("" if first + 1 == len(words) else " …")
    if first == 0 or (fm.horizontalAdvance(head) > room and fm.horizontalAdvance(rest) > room):
        return whole_words(fm, text, room)
    return " ".join(words[:first]) + "\n" + whole_words(fm, rest, room)


def widest_word(fm: QFontMetrics, text: str) -> int:
    """The width of ``text``'s widest word of at most WHOLE_WORD_LETTERS letters."""
    words = [w for w in text.split() if len(w) <= WHOLE_WORD_LETTERS]
    return max(map(fm.horizontalAdvance, words), default=0)


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
        self.verticalHeader().setDefaultSectionSize(ROW_LEAST)
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
        self._delegate = delegate
        #: (the view's font, its bold metrics, text → width): asked after every change
        self._measure: tuple[QFont, QFontMetrics, dict[str, int]] | None = None
        #: each number column's text widths by item id, for that font: a change of some rows
        #: measures those rows only (None: every row is measured again)
        self._widths: dict[int, dict[str, int]] | None = None
        self._headings: dict[tuple[int, str, str, Any], int] = {}
        self.doubleClicked.connect(self._on_activated)
        model.dataChanged.connect(self._rows_changed)
        for signal in (
            model.rowsInserted,
            model.rowsRemoved,
            model.rowsMoved,
            model.modelReset,
            model.layoutChanged,
        ):
            signal.connect(self._rows_moved)
        self._fit_columns()

    def _rows_changed(self, top: QModelIndex, bottom: QModelIndex, *_args: object) -> None:
        widths = self._widths
        if widths is not None and self._metrics() is not None:
            for row in range(top.row(), bottom.row() + 1):
                iid, r = self._model.item_id(row), self._model.row_values(row)
                if iid is not None and r is not None:
                    for col, by_id in widths.items():
                        by_id[iid] = self._cell_width(col, r.texts[col])
        self._fit_columns()

    def _rows_moved(self, *_args: object) -> None:
        self._widths = None
        self._fit_columns()

    def _metrics(self) -> QFontMetrics | None:
        """The bold metrics of the view's font; None (and the widths forgotten) when it changed."""
        base = self.font()
        if self._measure is None or self._measure[0] != base:
            self._measure = (QFont(base), QFontMetrics(self._model.bold_font(base)), {})
            self._widths = None
            return None
        return self._measure[1]

    def _text_width(self, text: str) -> int:
        assert self._measure is not None
        _font, fm, advances = self._measure
        width = advances.get(text)
        if width is None:
            width = advances[text] = fm.horizontalAdvance(text)
        return width

    def _cell_width(self, col: int, text: str) -> int:
        """The width a cell's text asks for: the whole text, or the title's widest word."""
        if col != COL_TITLE:
            return self._text_width(text)
        assert self._measure is not None
        _font, fm, advances = self._measure
        key = "\x00" + text  # kept with the texts' widths, apart from them
        width = advances.get(key)
        if width is None:
            width = advances[key] = widest_word(fm, text)
        return width

    def _column_widths(self) -> dict[int, int]:
        """Each number column's ``sizeHintForColumn``, from the widths kept by row."""
        self._metrics()
        widths = self._widths
        if widths is None:
            model = self._model
            rows = [
                (iid, r)
                for iid, r in (
                    (model.item_id(n), model.row_values(n)) for n in range(model.rowCount())
                )
                if iid is not None and r is not None
            ]
            widths = self._widths = {
                col: {iid: self._cell_width(col, r.texts[col]) for iid, r in rows}
                for col in (COL_NUMBER, COL_TITLE, COL_PLANNED, COL_AT, COL_SPENT, COL_DIFF)
            }
        out = {}
        for col, by_id in widths.items():
            widest = max(by_id.values(), default=0)
            if col != COL_TITLE:
                out[col] = widest + CELL_MARGIN if widest else 0
        return out

    def _widest_title_word(self) -> int:
        """The widest word of the titles (see ``widest_word``), from the widths kept by row."""
        if self._widths is None:
            self._column_widths()
        assert self._widths is not None
        return max(self._widths[COL_TITLE].values(), default=0)

    def _fit_columns(self, *_args: object) -> None:
        """Compact number columns, and the title with at least TITLE_SHARE of the width and room
        for its widest word.

        When the panel is narrow, the planned start and then the time spent are hidden (the row's
        tooltip gives both, with the full title): a title cut to a few letters says nothing. With
        larger text, the planned minutes too where a title's word would be cut, and the titles go
        on two lines where the title column is narrow (see ``_fit_rows``).
        """
        header = self.horizontalHeader()
        widths = {
            col: max(width, self._heading_width(col))
            for col, width in self._column_widths().items()
        }
        word = self._widest_title_word()
        room = self.viewport().width()
        hidden: set[int] = set()

        def title_room() -> int:
            return room - sum(w for c, w in widths.items() if c not in hidden)

        for col in (*OPTIONAL_COLUMNS, COL_PLANNED):
            share = col == COL_PLANNED or title_room() >= room * TITLE_SHARE
            if share and title_room() - TITLE_PADDING >= word:
                break
            hidden.add(col)
        for col, width in widths.items():
            if self.isColumnHidden(col) != (col in hidden):
                self.setColumnHidden(col, col in hidden)
            if header.sectionSize(col) != width and col not in hidden:
                header.resizeSection(col, width)
        self._fit_rows(title_room() - TITLE_PADDING)

    def _fit_rows(self, title: int) -> None:
        """Rows of one line, or of two where the title column (``title`` pixels of text) is
        narrower than TWO_LINES_LETTERS letters and a title needs more than one line."""
        if self._measure is None:
            return
        metrics = self._measure[1]  # the view's font in bold, measured for this font already
        two = title < TWO_LINES_LETTERS * metrics.averageCharWidth() and any(
            self._text_width(t) > title for t in self._model.column_texts(COL_TITLE)
        )
        self._delegate.two_lines = two
        height = max(ROW_LEAST, (2 if two else 1) * metrics.lineSpacing() + ROW_MARGIN)
        header = self.verticalHeader()
        if header.defaultSectionSize() != height:
            header.setDefaultSectionSize(height)

    def _heading_width(self, col: int) -> int:
        """The width the column's heading asks for (remembered: Qt answers 0 while it is hidden)."""
        header = self.horizontalHeader()
        # the view's font too: the text size scales the style sheet the heading is drawn with
        heading = self._model.headerData(col, Qt.Orientation.Horizontal, 0)
        key = (col, header.font().key(), self.font().key(), heading)
        width = self._headings.get(key)
        if width is None and not header.isSectionHidden(col):
            width = self._headings[key] = header.sectionSizeHint(col)
        if width is None and heading:
            # hidden at this text size until now: its text and a cell's margin, until measured
            # (a column shown at its numbers' width cut its heading, "Spent" read "per")
            width = header.fontMetrics().horizontalAdvance(str(heading)) + 2 * CELL_MARGIN
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
        """The rows the event's region crosses, a call a row (see ``RowDelegate.paint_row``)."""
        area = event.rect()
        model = self._model
        rows = model.rowCount()
        first = self.rowAt(area.top())
        if rows and first >= 0:
            last = self.rowAt(area.bottom())
            last = rows - 1 if last < 0 else last
            cells = [
                (col, self.columnViewportPosition(col), self.columnWidth(col))
                for col in range(model.columnCount())
                if not self.isColumnHidden(col)
            ]
            cells = [c for c in cells if c[1] < area.right() + 1 and c[1] + c[2] > area.left()]
            if cells:
                p = QPainter(self.viewport())
                palette, font = self.palette(), self.font()
                for row in range(first, last + 1):
                    y = self.rowViewportPosition(row)
                    self._delegate.paint_row(p, row, y, self.rowHeight(row), cells, palette, font)
                p.end()
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

        Qt's own answer asks every cell for every role and sizes it through the delegate, which
        was most of a step's time with a large agenda. Measuring every row as bold (as the running
        one is) keeps the widths still when the running item changes: a column that changes width
        repaints the whole table. Each text's width is remembered (per font). ``_fit_columns``
        gets the same answer from the widths it keeps by row (``_column_widths``), measuring only
        the rows a change names.
        """
        self._metrics()
        widest = max(map(self._text_width, self._model.column_texts(column)), default=0)
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
