"""The read-back as the room sees it: one decision or action at a time, or the whole list, in large type.

The projector's window shows this page in place of the meeting's while the facilitator reads back
(``ProjectorWindow.show_read_back``). It follows the shared
:class:`~facilitation.ui.core.read_back.ReadBack` (which entry, list or one at a time) and the
meeting's changes (a correction, an entry marked read). The type scales with the window and
shrinks until everything fits, as on the meeting's page.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPalette, QResizeEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from facilitation.models import Change

from facilitation.ui.core.context import AppContext
from facilitation.ui.core.read_back import ReadBack, entry_view
from facilitation.ui.projector.large_type import (
    BACKGROUND,
    MIN_PIXELS,
    SOFT_TEXT,
    TEXT,
    font,
    label,
)

READ_MARK = "✓"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReadBack", text)


class ReadBackView(QWidget):
    """The projector's read-back page."""

    def __init__(self, ctx: AppContext, read_back: ReadBack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.read_back = read_back
        self.setObjectName("readBackView")
        self.setAutoFillBackground(True)
        pal = self.palette()
        pal.setColor(QPalette.ColorRole.Window, BACKGROUND)
        self.setPalette(pal)
        self.title = label("readBackTitle", SOFT_TEXT)
        self.heading = label("readBackHeading", SOFT_TEXT)
        self.text = label("readBackText", TEXT)
        self.details = label("readBackDetails", SOFT_TEXT)
        self.mark = label("readBackMark", TEXT)
        self.listing = label("readBackList", TEXT)
        self.layout_ = QVBoxLayout(self)
        for w in (self.title, self.heading, self.text, self.details, self.mark, self.listing):
            self.layout_.addWidget(w)
        self.layout_.addStretch(1)
        read_back.moved.connect(self.refresh)
        ctx.hub.changed.connect(self._on_changed)
        self.refresh()

    def _on_changed(self, _change: Change) -> None:
        self.refresh()

    def refresh(self) -> None:
        m = self.ctx.meeting
        rb = self.read_back
        self.title.setText(_tr("Read-back of the decisions and actions"))
        one = not rb.as_list
        for w in (self.heading, self.text, self.details, self.mark):
            w.setVisible(one)
        self.listing.setVisible(not one)
        if not rb.entries:
            self.heading.setText("")
            self.text.setText(_tr("No decision or action was recorded."))
            self.details.setText("")
            self.mark.setText("")
            self.text.setVisible(True)
            self.listing.setText("")
            self.fit()
            return
        current = rb.current
        view = entry_view(m, current) if current is not None else None
        if view is not None:
            self.heading.setText(f"{view.heading} — {view.item}" if view.item else view.heading)
            self.text.setText(view.text)
            self.details.setText(view.details)
            self.mark.setText(READ_MARK + " " + _tr("Read") if view.read else "")
        lines = []
        for entry in rb.entries:
            v = entry_view(m, entry)
            if v is not None:
                lines.append(f"{READ_MARK if v.read else '•'}  {v.heading}: {v.text}")
        self.listing.setText("\n".join(lines))
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        """Scale the type to the page, then shrink it until what is shown fits."""
        width, height = self.width(), self.height()
        if width <= 0 or height <= 0:
            return
        base = min(height / 18, width / 32)
        while True:
            margin = round(base * 1.2)
            self.layout_.setContentsMargins(margin, margin, margin, margin)
            self.layout_.setSpacing(round(base * 0.5))
            inner = width - 2 * margin
            self.title.setFont(font(base * 0.9))
            self.heading.setFont(font(base * 1.0))
            self.text.setFont(font(base * 2.0, bold=True))
            self.details.setFont(font(base * 1.1))
            self.mark.setFont(font(base * 1.1, bold=True))
            self.listing.setFont(font(base * 1.15))
            shown = [w for w in self.findChildren(QLabel) if not w.isHidden() and w.text()]
            need = sum(w.heightForWidth(inner) for w in shown)
            need += self.layout_.spacing() * len(shown) + 2 * margin
            if need <= height or base <= MIN_PIXELS:
                break
            base *= 0.92
        self.layout_.activate()
