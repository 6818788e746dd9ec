"""Laptop screens for the live-flow tests: the sizes, a meeting with eight people waiting, and checks
on the real widgets' geometry (siblings that overlap, texts cut off, whole rows of the queue).

Offscreen, a QScreen's size cannot be changed: a window is given the available area of such a screen
(its size minus a 32-pixel panel, or a 48-pixel taskbar), which is what a window manager gives a
maximised window there. The sizes are in logical pixels: a 1280×800 screen at 125 % scaling gives
1024×640 of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenuBar,
    QScrollBar,
    QSplitterHandle,
    QStyle,
    QStyleOptionComboBox,
    QStyleOptionFrame,
    QTabBar,
    QWidget,
)

from facilitation.models import Meeting, Participant

PANEL = 32


@dataclass(frozen=True)
class Screen:
    width: int
    height: int
    #: the height the desktop's panel or taskbar takes
    panel: int = PANEL

    @property
    def available(self) -> QRect:
        return QRect(0, self.panel, self.width, self.height - self.panel)

    def __str__(self) -> str:
        return f"{self.width}x{self.height}"


LAPTOP, LAPTOP_TALL = Screen(1366, 768), Screen(1280, 800)
#: smaller screens in common use: 1280×800 at 125 % scaling (1024×608 free under a 32-pixel panel),
#: 1920×1080 at 175 % (1097×569 free under a 48-pixel taskbar)
SCALED_125, SCALED_175 = Screen(1024, 640), Screen(1097, 617, panel=48)
SMALL_SCREENS = (SCALED_125, SCALED_175)

#: eight names of 24 characters (the longest the queue must show whole), wide letters included
NAMES_24 = (
    "Marie-Christine Vandamme",
    "Jean-Baptiste Delacroixx",
    "Anne-Sophie Vandenberghe",
    "Mohamed El Amrani Idriss",
    "Véronique Van den Bossch",
    "Wouter Vanderwaeren-Mols",
    "Fatima-Zahra Benjelloune",
    "Guillaume De Schrijverrr",
)
assert all(len(n) == 24 for n in NAMES_24)


def add_people(m: Meeting) -> list[str]:
    """Add the eight people with long names; their ids."""
    ids = []
    for i, name in enumerate(NAMES_24):
        pid = f"long{i}"
        m.participants[pid] = Participant(pid, name, "")
        ids.append(pid)
    return ids


def place(window: QWidget, screen: Screen) -> None:
    """The window maximised on ``screen``: its available area."""
    window.setGeometry(screen.available)
    for _ in range(4):  # the deferred re-layouts (the speakers' column) run
        QApplication.processEvents()


def _visible_children(parent: QWidget) -> list[QWidget]:
    return [
        c
        for c in parent.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
        if c.isVisible() and not c.isWindow() and c.width() > 0 and c.height() > 0
    ]


#: widgets that sit over their siblings by design (a scroll area's bars and viewport, a handle)
_LAYERED = (QScrollBar, QSplitterHandle)


def overlapping_siblings(root: QWidget) -> list[str]:
    """Pairs of visible sibling widgets whose rectangles overlap, anywhere under ``root``."""
    found: list[str] = []
    stack = [root]
    while stack:
        parent = stack.pop()
        kids = [c for c in _visible_children(parent) if not isinstance(c, _LAYERED)]
        if isinstance(parent, QAbstractScrollArea):
            kids = []  # its viewport, bars and corner are Qt's own arrangement; look inside them
        for i, a in enumerate(kids):
            for b in kids[i + 1 :]:
                if a.geometry().intersects(b.geometry()):
                    found.append(f"{_name(a)} over {_name(b)} in {_name(parent)}")
        stack.extend(_visible_children(parent))
    return found


def cut_texts(root: QWidget) -> list[str]:
    """Visible labels, buttons, combo boxes (their choice) and empty fields (their placeholder)
    whose text does not fit their room (cut, or mid-word)."""
    found: list[str] = []
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) or w.isWindow() or isinstance(w, QMenuBar | QTabBar):
            continue
        if w.property("clipsWholeLines"):
            continue  # a list that shows the paragraphs it has room for (the recorded entries)
        if isinstance(w, QLabel) and w.text() and w.textFormat() != Qt.TextFormat.RichText:
            room = _shown_across(w)
            fm = w.fontMetrics()
            # a label with a buddy draws its mnemonic's "&" as an underline, not as a character
            shown = _without_mnemonic(w.text()) if w.buddy() is not None else w.text()
            if w.wordWrap():
                # every word must fit the width, and the wrapped text the height
                widest = max(fm.horizontalAdvance(word) for word in shown.split())
                if widest > room.width() + 1 or w.heightForWidth(w.width()) > w.height() + 2:
                    found.append(f"{_name(w)} {w.text()!r}")
            else:
                lines = shown.splitlines() or [""]
                if max(fm.horizontalAdvance(t) for t in lines) > room.width() + 1:
                    found.append(f"{_name(w)} {w.text()!r}")
        elif isinstance(w, QComboBox) and w.currentText() and not w.isEditable():
            # the choice shown in the box, whole in its field
            option = QStyleOptionComboBox()
            w.initStyleOption(option)
            field = w.style().subControlRect(
                QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, w
            )
            if w.fontMetrics().horizontalAdvance(w.currentText()) > field.width():
                found.append(f"{_name(w)} {w.currentText()!r}")
        elif isinstance(w, QLineEdit) and not w.text() and w.placeholderText():
            frame = QStyleOptionFrame()
            w.initStyleOption(frame)
            room = w.style().subElementRect(QStyle.SubElement.SE_LineEditContents, frame, w)
            margins = w.textMargins()
            width = room.width() - margins.left() - margins.right() - 4
            if w.fontMetrics().horizontalAdvance(w.placeholderText()) > width:
                found.append(f"{_name(w)} placeholder {w.placeholderText()!r}")
        elif isinstance(w, QAbstractButton) and w.text():
            lines = w.text().replace("&", "").split("\n")  # a button's words on two lines
            text = "\n".join(lines)
            if max(map(w.fontMetrics().horizontalAdvance, lines)) > w.width():
                found.append(f"{_name(w)} {text!r}")
    return found


def _shown_across(w: QWidget) -> QRect:
    """``w``'s contents as far as they are shown across: a panel wider than the scroll area that
    holds it is clipped at the area's edge (the question's longest word was cut there, its label
    whole). Scrolled out of sight up or down, the contents count whole (the panel scrolls)."""
    room = w.contentsRect()
    shown = w.visibleRegion().boundingRect()
    if shown.isEmpty():
        return room
    return QRect(
        max(room.left(), shown.left()),
        room.top(),
        max(0, min(room.right(), shown.right()) - max(room.left(), shown.left()) + 1),
        room.height(),
    )


def _without_mnemonic(text: str) -> str:
    """The text Qt draws for a mnemonic's text: "&&" is an "&", a lone "&" is not drawn."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _name(w: QWidget) -> str:
    return f"{type(w).__name__}({w.objectName() or ''})"
