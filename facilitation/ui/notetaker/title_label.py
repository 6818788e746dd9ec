"""The note-taker's view of the item's title: large, on two lines at most, whole in its tooltip."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from facilitation.models import Meeting

from facilitation.ui.core.live_text import item_label, item_number


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoteTakerWindow", text)


def item_view_texts(m: Meeting, item_id: str | None) -> tuple[str, str]:
    """The title of the item in view, and a line when it is not the one under discussion."""
    live = m.live.current_item_id
    viewed = item_id if item_id in m.items else None
    if viewed:
        title = item_label(m, viewed)
    elif m.items:  # before the meeting starts: notes wait for the first item
        title = _tr("No item under discussion yet")
    else:
        title = _tr("No agenda item yet")
    if viewed is None or viewed == live:
        # the usual case goes without saying: the line is kept for the others
        state = ""
    elif live is None:
        state = _tr("The meeting is not on an item")
    else:
        state = _tr("Not the item under discussion: the meeting is on item {n}").format(
            n=item_number(m, live)
        )
    return title, state


def notice(name: str, background: str, colour: str, border: str) -> QLabel:
    """A hidden, bold, boxed line for what the note-taker must not miss (named for its look)."""
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(
        f"#{name} {{ background: {background}; color: {colour}; border: 1px solid {border};"
        " padding: 6px; font-weight: bold; }"
    )
    label.hide()
    return label


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
