"""One line per person waiting: "3.  Name", then what else there is room for, and the waiting time.

In a 40-person assembly the queue is 8-10 long and the facilitator reads it at a glance: each entry
must stay on one line with the whole name and how long they have waited, on a laptop's screen and
with larger text. Qt's own delegate wrapped the full sentence over two lines ("… · waiting 3:12")
and showed three or four entries. This delegate paints the parts of a row separately: the number and
the name first (whole, unless the column is narrower than the name itself), the waiting time at the
right, and between them the group, the kind of request and "not heard yet" in grey, shortened with
"…" when there is not room for them (the row's tooltip and accessible text say all of it).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

#: the role under which the queue's model gives a row's :class:`RowParts`
PARTS_ROLE = int(Qt.ItemDataRole.UserRole) + 1
#: pixels around a row's line of text (the style sheet's item padding, and the line under the row)
PAD_X, PAD_Y = 6, 5
#: the gap between the parts of a row
GAP = 10
LINE = QColor("#eef1f4")
SOFT = QColor("#5b6776")  # 5.9:1 on white


@dataclass(frozen=True, slots=True)
class RowParts:
    """What one queue row shows, part by part."""

    lead: str  # "3."
    name: str
    extra: str  # "(group) — direct reply · not heard yet", may be shortened
    waited: str  # "3:12", empty once the meeting has ended
    colour: QColor | None = None  # the kind's colour (points of order, direct replies)


def row_height(font: QFont) -> int:
    """The height of one row: one line of text and its padding."""
    return QFontMetrics(font).height() + 2 * PAD_Y + 1


def row_width(font: QFont, lead: str, name: str, waited: str) -> int:
    """The width a row needs to show its number, the whole name and the waiting time on one line."""
    fm = QFontMetrics(font)
    bold = QFont(font)
    bold.setBold(True)
    return (
        2 * PAD_X
        + fm.horizontalAdvance(lead + "  ")
        + QFontMetrics(bold).horizontalAdvance(name)
        + GAP
        + fm.horizontalAdvance(waited)
    )


def whole_words(fm: QFontMetrics, text: str, room: int) -> str:
    """``text`` if it fits ``room`` pixels, else as many of its first words as fit, then "…" (a name
    is never cut mid-word unless its first word, or the first part of a hyphenated one, alone is
    wider than the room)."""
    if fm.horizontalAdvance(text) <= room:
        return text
    # the places a name may end: before a space, or after a hyphen ("Marie-…" of Marie-Christine)
    ends = [m.start() for m in re.finditer(" ", text)] + [m.end() for m in re.finditer("-", text)]
    for end in sorted(ends, reverse=True):
        head = text[:end].rstrip()
        shown = head + ("…" if head.endswith("-") else " …")
        if head and fm.horizontalAdvance(shown) <= room:
            return shown
    return fm.elidedText(text, Qt.TextElideMode.ElideRight, room)


class QueueRowDelegate(QStyledItemDelegate):
    """Paints a queue row from its :class:`RowParts` on one line (see the module's docstring)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        #: the last row painted: the name as drawn (tests compare it with the whole name)
        self.drawn_names: dict[int, str] = {}

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        font = option.font
        return QSize(option.rect.width(), row_height(font))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        parts = index.data(PARTS_ROLE)
        if not isinstance(parts, RowParts):
            super().paint(painter, option, index)
            return
        rect = QRect(option.rect)
        palette = option.palette
        view = self.parent()
        selection = getattr(view, "selectionModel", lambda: None)()
        selected = selection is not None and selection.isRowSelected(index.row(), QModelIndex())
        painter.save()
        if selected:
            painter.fillRect(rect, palette.highlight())
        text_colour = palette.highlightedText().color() if selected else palette.text().color()
        font = QFont(option.font)
        bold = QFont(font)
        bold.setBold(True)
        fm, fm_bold = QFontMetrics(font), QFontMetrics(bold)
        inner = rect.adjusted(PAD_X, 0, -PAD_X, -1)
        middle = int(Qt.AlignmentFlag.AlignVCenter)
        # the waiting time, at the right
        waited_w = fm.horizontalAdvance(parts.waited)
        painter.setFont(font)
        painter.setPen(text_colour)
        painter.drawText(inner, middle | int(Qt.AlignmentFlag.AlignRight), parts.waited)
        room = inner.width() - (waited_w + GAP if parts.waited else 0)
        # the number, then the name in bold (whole unless the row is narrower than the name)
        lead = parts.lead + "  "
        painter.drawText(inner, middle | int(Qt.AlignmentFlag.AlignLeft), lead)
        x = inner.left() + fm.horizontalAdvance(lead)
        room -= fm.horizontalAdvance(lead)
        name = whole_words(fm_bold, parts.name, max(0, room))
        self.drawn_names[index.row()] = name
        painter.setFont(bold)
        painter.setPen(text_colour if selected or parts.colour is None else parts.colour)
        name_rect = QRect(x, inner.top(), max(0, room), inner.height())
        painter.drawText(name_rect, middle | int(Qt.AlignmentFlag.AlignLeft), name)
        used = fm_bold.horizontalAdvance(name)
        room -= used + GAP
        # what else there is room for, in grey
        if parts.extra and room > fm.horizontalAdvance("……"):
            # whole words too ("(service …"); no room for the first one: nothing
            extra = whole_words(fm, parts.extra, room)
            if extra != parts.extra and not extra.endswith((" …", "-…")):
                extra = ""
            painter.setFont(font)
            painter.setPen(text_colour if selected else (parts.colour or SOFT))
            extra_rect = QRect(x + used + GAP, inner.top(), room, inner.height())
            painter.drawText(extra_rect, middle | int(Qt.AlignmentFlag.AlignLeft), extra)
        painter.setPen(LINE)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()
