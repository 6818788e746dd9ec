"""A row of buttons that goes on to a second line when the screen is too narrow for it.

Laid out like a QHBoxLayout (left to right, the layout's spacing between), it asks for one whole
row, until :func:`~facilitation.ui.common.on_screen.open_within` finds its window too wide for the
screen: then its least width is its widest item, and it wraps (at 200 % text the agenda editor's
buttons take two lines instead of widening the dialog past the screen). It has a height for each
width (``heightForWidth``), which the box layouts above it honour.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QStyle, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setContentsMargins(0, 0, 0, 0)
        self.wraps = False

    def set_cramped(self, across: bool, down: bool) -> None:
        """Wrap (``across``) or keep one row; ``down`` is no concern of a row's."""
        if across != self.wraps:
            self.wraps = across
            self.invalidate()

    # -- QLayout's questions ----------------------------------------------------------------

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._lay_out(QRect(0, 0, width, 0), move=False)

    def sizeHint(self) -> QSize:
        shown = self._shown()
        m = self.contentsMargins()
        width = sum(i.sizeHint().width() for i in shown) + self._gap() * max(0, len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        if not self.wraps:
            return self.sizeHint()
        m = self.contentsMargins()
        least = QSize()
        for item in self._shown():
            least = least.expandedTo(item.minimumSize())
        return least + QSize(m.left() + m.right(), m.top() + m.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._lay_out(rect, move=True)

    # -- the rows ------------------------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [i for i in self._items if not i.isEmpty()]

    def _gap(self) -> int:
        gap = self.spacing()
        if gap >= 0:
            return gap
        parent = self.parentWidget()
        style = parent.style() if parent is not None else None
        if style is None:
            return 6
        return style.layoutSpacing(
            QSizePolicy.ControlType.PushButton,
            QSizePolicy.ControlType.PushButton,
            Qt.Orientation.Horizontal,
        ) or style.pixelMetric(QStyle.PixelMetric.PM_LayoutHorizontalSpacing)

    def _lay_out(self, rect: QRect, move: bool) -> int:
        """Place the items in rows within ``rect`` (when ``move``); the height they take."""
        m = self.contentsMargins()
        room = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        gap = self._gap()
        shown = self._shown()
        hints = [i.sizeHint() for i in shown]
        widths = [h.width() for h in hints]
        if not self.wraps:
            # one row, filled as a QHBoxLayout fills it: the narrowest buttons widened alike
            widths = _fair_widths(widths, room.width() - gap * max(0, len(shown) - 1))
        x, y, line = room.x(), room.y(), 0
        for item, hint, width in zip(shown, hints, widths, strict=True):
            width = min(width, room.width())
            if self.wraps and x > room.x() and x + width > room.right() + 1:
                x, y, line = room.x(), y + line + gap, 0
            if move:
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x += width + gap
            line = max(line, hint.height())
        return y + line - rect.y() + m.bottom()


def _fair_widths(wanted: list[int], total: int) -> list[int]:
    """``wanted`` widened to fill ``total``: the narrowest raised to one level, the widest kept."""
    if not wanted or sum(wanted) >= total:
        return wanted
    order = sorted(range(len(wanted)), key=lambda i: wanted[i], reverse=True)
    left, count = total, len(wanted)
    for i in order:  # the widest keep their width while they are wider than the level
        if wanted[i] * count <= left:
            break
        left -= wanted[i]
        count -= 1
    level, spare = divmod(left, count) if count else (0, 0)
    widths = [max(w, level) for w in wanted]
    for i in range(len(widths)):
        if spare and widths[i] == level:
            widths[i] += 1
            spare -= 1
    return widths
