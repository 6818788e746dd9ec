"""A word-wrapped plain-text label that measures its text once per width.

Qt asks a wrapped label for its height at a width many times in one re-layout (the box layout's
least height, its height, the scroll area's and the splitter's hints), and ``QLabel`` lays its text
out again for each question, unchanged labels too: on a new item, most of the middle panel's
re-layout was shaping the same texts over and over. This label keeps each answer until its text,
font or style changes. Setting the text it already shows does nothing (no re-layout asked).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QStyle, QWidget

#: Qt's QWIDGETSIZE_MAX: "any width"
QWIDGETSIZE_MAX = (1 << 24) - 1
# alignment flags as ints: PySide6's enum operations run in Python, at every new text
_CENTRE = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignHCenter)
_WRAPPED = int(Qt.TextFlag.TextExpandTabs | Qt.TextFlag.TextWordWrap)
_SIDES = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignRight)
_ENDS = int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignBottom)
#: widths remembered at most (a window being resized asks for a new one at each step)
_KEPT = 8

_FORGET = (
    QEvent.Type.FontChange,
    QEvent.Type.StyleChange,
    QEvent.Type.ContentsRectChange,
    QEvent.Type.LanguageChange,
)


class WrappedLabel(QLabel):
    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._heights: dict[int, int] = {}
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)

    def setText(self, text: str) -> None:
        if text != self.text():
            self._heights.clear()
            super().setText(text)

    def clear(self) -> None:
        self._heights.clear()
        super().clear()

    def setWordWrap(self, on: bool) -> None:
        self._heights.clear()
        super().setWordWrap(on)

    def heightForWidth(self, width: int) -> int:
        height = self._heights.get(width)
        if height is None:
            if len(self._heights) >= _KEPT:
                self._heights.clear()
            height = self._heights[width] = super().heightForWidth(width)
        return height

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _FORGET:
            self._heights.clear()
        super().changeEvent(event)

    def set_least_height(self, height: int) -> None:
        """``setMinimumHeight``, forgetting the heights measured under the old minimum (``QLabel``
        expands each to the minimum set when it was measured)."""
        if height != self.minimumHeight():
            self._heights.clear()
            self.setMinimumHeight(height)

    def text_height(self, width: int) -> int:
        """The height of all its lines at ``width``, whatever least height is set on it (what
        :meth:`heightForWidth` gives is never below that: ``QLabel`` expands it to its minimum)."""
        flags, h_extra, v_extra, margins = self._sums()
        room = max(1, width - h_extra - margins.width())
        box = self.fontMetrics().boundingRect(QRect(0, 0, room, 2000), flags, self.text())
        return box.height() + v_extra + margins.height()

    def _sums(self) -> tuple[int, int, int, QSize]:
        """As ``QLabelPrivate::sizeForWidth`` lays out a plain wrapped text: its flags (alignment,
        tabs expanded, words wrapped), the room its margin and indent take across and down, and
        its contents' margins."""
        align = int(QStyle.visualAlignment(self.layoutDirection(), self.alignment()))
        flags = align & ~_CENTRE | _WRAPPED
        h_extra = v_extra = 2 * self.margin()
        indent = self.indent()
        if indent < 0 and self.frameWidth():
            indent = self.fontMetrics().horizontalAdvance("x") - 2 * self.margin()
        if indent > 0:
            if align & _SIDES:
                h_extra += indent
            if align & _ENDS:
                v_extra += indent
        m = self.contentsMargins()
        return flags, h_extra, v_extra, QSize(m.left() + m.right(), m.top() + m.bottom())


class ColumnLabel(WrappedLabel):
    """A wrapped label in a column that gives it its width: it measures a new text once for its
    least width, and its height once per width.

    ``QLabel`` works out its size hint by trying up to three widths for a pleasing shape, and its
    least size by laying the text out at no width and again at any width: five layouts of every new
    text, each shaping it anew, most of the middle panel's re-layout on a new item. A column that
    sets the width reads only the least width (the widest word, so that a word is never cut) and the
    height for the width. This label gives the least width as ``QLabel`` does (one layout at no
    width), the least height as a line of its font per paragraph (measured once per font for a
    paragraph) and, as its size hint, the least width at the height of its text at its width.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._least: QSize | None = None
        #: the height of a line at any width, by font: (font key, height)
        self._line: tuple[str, int] | None = None

    def setText(self, text: str) -> None:
        if text != self.text():
            self._least = None
        super().setText(text)

    def clear(self) -> None:
        self._least = None
        super().clear()

    def setWordWrap(self, on: bool) -> None:
        self._least = None
        super().setWordWrap(on)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in _FORGET:
            self._least = None
        super().changeEvent(event)

    def _measured_as_qt(self) -> bool:
        """No text (Qt gives a line's size), or not wrapped: as ``QLabel`` measures it."""
        return not self.text() or not self.wordWrap()

    def minimumSizeHint(self) -> QSize:
        if self._measured_as_qt():
            return super().minimumSizeHint()
        if self._least is None:
            self._least = self._measure_least()
        return self._least

    def sizeHint(self) -> QSize:
        if self._measured_as_qt():
            return super().sizeHint()
        least = self.minimumSizeHint()
        width = max(self.width(), least.width())
        return QSize(least.width(), max(least.height(), self.heightForWidth(width)))

    def _measure_least(self) -> QSize:
        """What ``QLabel.minimumSizeHint`` gives a plain wrapped text (the same sums as Qt's
        ``QLabelPrivate::sizeForWidth``, for no width and for any width)."""
        fm = self.fontMetrics()
        flags, h_extra, v_extra, margins = self._sums()
        room = max(0, self.minimumWidth()) - h_extra - margins.width()
        text = self.text()
        words = fm.boundingRect(QRect(0, 0, room, 2000), flags, text).width()
        room = QWIDGETSIZE_MAX - h_extra - margins.width()
        if "\n" in text:  # a line per paragraph
            lines = fm.boundingRect(QRect(0, 0, room, 2000), flags, text).height()
        else:
            # a paragraph at any width is one line, as tall as its font's: measured once per font
            key = self.font().key()
            if self._line is None or self._line[0] != key:
                self._line = (key, fm.boundingRect(QRect(0, 0, room, 2000), flags, "x").height())
            lines = self._line[1]
        size = QSize(words + h_extra, lines + v_extra) + margins
        return size.expandedTo(self.minimumSize())


class WholeLabel(ColumnLabel):
    """A wrapped label that its layout never squeezes below the height of its wrapped text at its
    width (its least size hint): with larger text on a laptop, the question was drawn over its
    second line, and the note-taker's hint under the note lost the bottom of its second line."""

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self.wordWrap() and self.text() and self.width() > 0:
            return QSize(hint.width(), self.heightForWidth(self.width()))
        return hint

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # its least height follows its width
