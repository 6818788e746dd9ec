"""The wrapped label keeps its measured heights only while its text, font and width stay the same,
and agrees with a plain ``QLabel`` measuring afresh; the column label measures its least size as
``QLabel`` does, once per text."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QSizePolicy, QVBoxLayout, QWidget

from facilitation.ui.common.wrapped_label import ColumnLabel, WholeLabel, WrappedLabel
from facilitation.ui.facilitator.stats_chart import AllLinesLabel

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


def plain_least(label: QLabel) -> QSize:
    """What a plain QLabel with the same text, font, sheet and margins gives as its least size."""
    plain = QLabel(label.text())
    plain.setTextFormat(Qt.TextFormat.PlainText)
    plain.setWordWrap(label.wordWrap())
    plain.setFont(label.font())
    plain.setAlignment(label.alignment())
    plain.setStyleSheet(label.styleSheet())
    plain.setMinimumSize(label.minimumSize())
    plain.setContentsMargins(label.contentsMargins())
    plain.ensurePolished()
    return plain.minimumSizeHint()


TEXTS = [
    "Tour de table",
    LONG,
    "Point 3 sur 12  ·  20 min prévues  ·  présenté par Marie-Christine Vandenberghe",
    "Suivant : 4. Budget 2027 « accueil de jour » (15 min)",
    "•  Qui porte le projet ?\n•  Avec quel budget ?\n•  Pour quand ?",
    "Anticonstitutionnellement",
    "Meeting 1:02:03 · started 09:30  ·  breaks 0:10:00",
]


@pytest.mark.parametrize(
    "sheet", ["", "QLabel { border-top: 1px solid #eef1f4; padding-top: 8px; }"]
)
def test_a_column_label_is_as_least_as_a_plain_label(qtbot: QtBot, sheet: str) -> None:
    """Its least size (the widest word, a line per paragraph) is the one QLabel works out, for
    texts of the middle panel, with a style sheet's border and padding, at two text sizes, centred."""
    label = ColumnLabel()
    qtbot.addWidget(label)
    label.setStyleSheet(sheet)
    for points in (10.0, 24.0):
        font = QFont(label.font())
        font.setPointSizeF(points)
        label.setFont(font)
        for centred in (False, True):
            label.setAlignment(
                Qt.AlignmentFlag.AlignCenter if centred else Qt.AlignmentFlag.AlignLeft
            )
            for text in TEXTS:
                label.setText(text)
                assert label.minimumSizeHint() == plain_least(label), (points, text)
                hint = label.sizeHint()
                assert hint.width() == label.minimumSizeHint().width()
                assert hint.height() == label.heightForWidth(max(label.width(), hint.width()))


def test_a_column_label_measures_a_new_text_once(qtbot: QtBot) -> None:
    label = ColumnLabel(LONG)
    qtbot.addWidget(label)
    first = label.minimumSizeHint()
    label._least = QSize(-3, -3)  # what it remembers is what it answers
    assert label.minimumSizeHint() == QSize(-3, -3)
    label.setText(LONG)  # the same text: still remembered
    assert label.minimumSizeHint() == QSize(-3, -3)
    label.setText("Court")
    assert label.minimumSizeHint() == plain_least(label) != first
    label.setText(LONG)
    font = QFont(label.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    assert label.minimumSizeHint() == plain_least(label) != first


@pytest.mark.parametrize("kind", [WholeLabel, AllLinesLabel])
def test_a_whole_label_is_as_tall_as_its_lines_at_its_width_after_being_narrower(
    qtbot: QtBot, kind: type[WrappedLabel]
) -> None:
    # the speaking time's "Not heard yet" under a chart that takes what is left: laid out narrow
    # first (more lines), then at its width. A minimum height set at the narrow width and measured
    # with heightForWidth never came down (QLabel gives no height below its minimum), and the chart
    # lost a row to a blank line.
    panel = QWidget()
    qtbot.addWidget(panel)
    layout = QVBoxLayout(panel)
    chart = QWidget()
    chart.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    layout.addWidget(chart, 1)
    label = kind(LONG)
    layout.addWidget(label)
    panel.resize(160, 400)
    panel.show()
    qtbot.waitExposed(panel)
    narrow = label.height()
    assert narrow == fresh_height(label, label.width())  # every line, at the narrow width
    panel.resize(600, 400)
    for _ in range(3):
        QApplication.processEvents()
    assert label.height() == fresh_height(label, label.width()) < narrow
    assert chart.height() == 400 - label.height() - layout.spacing() - sum(
        (layout.contentsMargins().top(), layout.contentsMargins().bottom())
    )


def test_a_text_height_is_qlabel_s_whatever_least_height_is_set(qtbot: QtBot) -> None:
    label = WrappedLabel(LONG)
    qtbot.addWidget(label)
    for width in (120, 300, 700):
        assert label.text_height(width) == fresh_height(label, width)
    label.setMinimumHeight(500)
    assert label.heightForWidth(300) == 500  # QLabel's own answer: expanded to the minimum
    assert label.text_height(300) == fresh_height(label, 300) < 500
