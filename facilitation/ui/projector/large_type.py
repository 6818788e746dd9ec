"""The projector's large type: its colours, its smallest size, and the labels both its pages use.

Shared by the live page (``window.py``) and the read-back page (``read_back_view.py``), so the room
sees one look whatever the projector shows.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QLabel

BACKGROUND = QColor("#0b0f14")
TEXT = QColor("#ffffff")
SOFT_TEXT = QColor("#d5dce4")  # still above 12:1 on the background
OVER_TIME = QColor("#ffb020")  # with the words "over time": never colour alone
RULE = QColor("#3a4654")

#: type never shrinks below this (pixels): past it, the room could not read it anyway
MIN_PIXELS = 9


def label(name: str, colour: QColor, wrap: bool = True) -> QLabel:
    """A plain-text label in ``colour``, named for the tests and the look."""
    widget = QLabel()
    widget.setObjectName(name)
    widget.setWordWrap(wrap)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    pal = widget.palette()
    pal.setColor(QPalette.ColorRole.WindowText, colour)
    widget.setPalette(pal)
    return widget


def font(pixels: float, bold: bool = False) -> QFont:
    """A font ``pixels`` high, never below :data:`MIN_PIXELS`."""
    f = QFont()
    f.setPixelSize(max(MIN_PIXELS, round(pixels)))
    f.setBold(bold)
    return f
