"""A word-wrapped plain-text label that measures its text once per width.

Qt asks a wrapped label for its height at a width many times in one re-layout (the box layout's
least height, its height, the scroll area's and the splitter's hints), and ``QLabel`` lays its text
out again for each question, unchanged labels too: on a new item, most of the middle panel's
re-layout was shaping the same texts over and over. This label keeps each answer until its text,
font or style changes. Setting the text it already shows does nothing (no re-layout asked).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QWidget

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
