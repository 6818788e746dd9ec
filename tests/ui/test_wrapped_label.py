"""The wrapped label keeps its measured heights only while its text, font and width stay the same,
and agrees with a plain ``QLabel`` measuring afresh."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel

from facilitation.ui.common.wrapped_label import WrappedLabel

LONG = "Un refinancement du réseau d'accueil, oui, mais pour faire quoi et avec qui ? " * 3


def fresh_height(label: WrappedLabel, width: int) -> int:
    plain = QLabel(label.text())
    plain.setTextFormat(Qt.TextFormat.PlainText)
    plain.setWordWrap(True)
    plain.setFont(label.font())
    return plain.heightForWidth(width)


def test_heights_follow_the_text_the_font_and_the_width(qtbot: QtBot) -> None:
    label = WrappedLabel("Tour de table")
    qtbot.addWidget(label)
    short = label.heightForWidth(300)
    assert short == fresh_height(label, 300)
    label.setText(LONG)
    assert label.heightForWidth(300) == fresh_height(label, 300) > short
    assert label.heightForWidth(150) == fresh_height(label, 150) > label.heightForWidth(300)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    before = label.heightForWidth(300)
    label.setFont(font)
    assert label.heightForWidth(300) == fresh_height(label, 300) > before
    label.clear()
    assert label.heightForWidth(300) == fresh_height(label, 300) < before


def test_the_same_text_again_asks_for_no_re_layout(qtbot: QtBot) -> None:
    label = WrappedLabel(LONG)
    qtbot.addWidget(label)
    label.heightForWidth(300)
    label._heights[300] = -7  # what it remembers is what it answers
    label.setText(LONG)
    assert label.heightForWidth(300) == -7
    label.setText(LONG + "!")
    assert label.heightForWidth(300) == fresh_height(label, 300)
