"""The note-taker's view of the item's title: large, on two lines at most, whole in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget


class TitleLabel(QLabel):
    """The item's title, large, on at most two lines: a longer one ends in "…", whole in its tooltip.

    It always takes the room of two lines, so the notes below do not jump when the item changes;
    that room comes from its font alone (a height from its wrapped text, known only once laid out,
    left a long question over the line below it until the next layout).
    """

    LINES = 2

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)

    def set_title(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self._fit()

    def title(self) -> str:
        return self._full

    def _fit(self) -> None:
        fm = self.fontMetrics()
        # wrapping breaks between words, so the lines hold less than their full width: keep a margin
        room = max(1, self.width()) * self.LINES - 6 * fm.averageCharWidth()
        shown = fm.elidedText(self._full, Qt.TextElideMode.ElideRight, room)
        if shown != self.text():
            self.setText(shown)
        height = fm.lineSpacing() * self.LINES + 2
        if self.minimumHeight() != height:
            self.setMinimumHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the theme, the text size
            self._fit()
