"""Dialogs that open whole on their screen, whatever the text size.

:func:`open_within` gives a dialog about to open its first size, its frame within the screen's free
area (the screen minus panels and docks). Where its least size is larger than that area, the parts
that may give in do: rows of buttons wrap (:class:`~facilitation.ui.common.flow_layout.FlowLayout`),
then the parts that may scroll (:class:`ScrollIfCramped`) scroll. On a screen large enough they take
their content's whole size: nothing wraps or scrolls, the dialog looks as it always did.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from facilitation.ui.common.flow_layout import FlowLayout

#: the room kept for a window manager's frame while it is not known (before the window is shown):
#: a title bar and a thin border
FRAME = QSize(8, 40)


class ScrollIfCramped(QScrollArea):
    """A scroll area that asks for its content's whole least size, until :func:`open_within` finds
    the screen too small for it: then it scrolls in that direction."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(content)
        self.cramped = (False, False)  # (across, down)

    def set_cramped(self, across: bool, down: bool) -> None:
        if (across, down) != self.cramped:
            self.cramped = (across, down)
            self.updateGeometry()

    def _whole(self, hint: QSize) -> QSize:
        m = self.contentsMargins()
        return hint + QSize(m.left() + m.right(), m.top() + m.bottom())

    def minimumSizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().minimumSizeHint()
        whole = self._whole(content.minimumSizeHint().expandedTo(content.minimumSize()))
        least = super().minimumSizeHint()
        across, down = self.cramped
        bar = self.verticalScrollBar().sizeHint().width() if down else 0
        return QSize(
            least.width() if across else whole.width() + bar,
            least.height() if down else whole.height(),
        )

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        # QScrollArea caps its hint at a few dozen lines: on a large screen, no scrolling
        return self._whole(content.sizeHint()).expandedTo(self.minimumSizeHint())


def open_within(widget: QWidget, area: QRect | None = None, grow: float = 1.0) -> None:
    """Give a window about to open its first size, its frame within ``area`` (by default its screen's
    available area).

    A size its code set (``resize``) is grown by ``grow`` (the text size: a table of larger text
    wants more room), else the window takes the size Qt would give it (``adjustSize``). Where even
    its least size is larger than ``area``, its :class:`ScrollIfCramped` parts scroll.
    """
    if area is None:
        screen = widget.screen()
        if screen is None:
            return
        area = screen.availableGeometry()
    # the window manager's frame is known once it has been shown; before, a frame's worth
    frame = widget.frameGeometry().size() - widget.size()
    if widget.frameGeometry() == widget.geometry():
        frame = FRAME
    room = (area.size() - frame).expandedTo(QSize(1, 1))
    widget.ensurePolished()  # its style sheets' sizes too
    flows = widget.findChildren(FlowLayout)
    scrolls = widget.findChildren(ScrollIfCramped)
    for flow in flows:
        flow.set_cramped(False, False)
    for s in scrolls:
        s.set_cramped(False, False)
    least = _least(widget)
    if least.width() > room.width():
        for flow in flows:
            flow.set_cramped(True, False)
        least = _least(widget)
    across, down = least.width() > room.width(), least.height() > room.height()
    if across or down:
        for s in scrolls:
            s.set_cramped(across, down)
        _least(widget)
    if widget.testAttribute(Qt.WidgetAttribute.WA_Resized):
        wanted = widget.size() * grow
    else:
        widget.adjustSize()
        wanted = widget.size()
    size = wanted.expandedTo(widget.minimumSizeHint()).boundedTo(room)
    layout = widget.layout()
    if layout is not None and layout.hasHeightForWidth() and size.width() != wanted.width():
        # text that wraps takes more lines at a narrower width than the one first chosen
        size.setHeight(
            min(room.height(), max(size.height(), layout.totalHeightForWidth(size.width())))
        )
    widget.resize(size)


def _least(widget: QWidget) -> QSize:
    """The window's least size now that its parts have given in, or not."""
    # each part's layout tells the one above it only through a posted event, and a part on a tab
    # not shown not at all: asked now, they would answer with what they knew (the agenda editor's
    # page kept its rows of buttons unwrapped, and the window its least size, 1,450 px): each is
    # laid out again, the innermost first, then the window's
    for w in reversed(widget.findChildren(QWidget)):
        inner = w.layout()
        if inner is not None:
            inner.invalidate()
            inner.activate()
        w.updateGeometry()
    layout = widget.layout()
    if layout is not None:
        layout.invalidate()
        layout.activate()
    return widget.minimumSizeHint()
