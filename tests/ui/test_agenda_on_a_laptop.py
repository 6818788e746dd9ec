"""The agenda's titles on a laptop with larger text: never cut mid-word. The optional columns give
way first, then the planned minutes, and a narrow title column shows its titles on two lines.
Checked on the titles as the rows draw them."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from facilitation.models import FakeClock, ItemState
from tests.ui.conftest import Facilitator, sample_meeting
from tests.ui.laptop import LAPTOP, LAPTOP_TALL, Screen, cut_texts, overlapping_siblings, place
from tests.ui.test_queue_on_a_laptop import eight_waiting

from facilitation.ui.common.accessibility import apply_text_scale
from facilitation.ui.facilitator.agenda_model import COL_NUMBER, COL_PLANNED, COL_TITLE
from facilitation.ui.facilitator.agenda_panel import AgendaView, two_line_title


def drawn_in_whole_words(drawn: str, title: str) -> bool:
    """``drawn`` (its lines) is ``title``, or its first whole words then "…"."""
    shown = drawn.replace("\n", " ")
    if shown == title:
        return True
    head = shown.removesuffix("…").rstrip()
    return shown.endswith("…") and bool(head) and title.startswith(head + " ")


def check_titles(agenda: AgendaView) -> list[str]:
    """The rows' titles as drawn: each in whole words, each line within its cell, each row tall
    enough for its lines; the problems found."""
    agenda.viewport().grab()  # paints the rows: the delegate records each title as drawn
    delegate = agenda.itemDelegate()
    model = agenda.model()
    bold = QFontMetrics(model.bold_font(agenda.font()))  # type: ignore[attr-defined]
    plain = QFontMetrics(agenda.font())
    room = agenda.columnWidth(COL_TITLE) - 14  # the cell's padding
    problems = []
    for row in range(model.rowCount()):
        title = model.index(row, COL_TITLE).data()
        drawn = delegate.drawn_titles[row]  # type: ignore[attr-defined]
        if not drawn_in_whole_words(drawn, title):
            problems.append(f"row {row + 1}: {drawn!r}")
        lines = drawn.split("\n")
        running = model.row_values(row).state is ItemState.RUNNING  # type: ignore[attr-defined]
        fm = bold if running else plain  # the running item's row is bold
        if max(map(fm.horizontalAdvance, lines)) > room:
            problems.append(f"row {row + 1} wider than its cell: {drawn!r}")
        if agenda.rowHeight(row) < len(lines) * fm.lineSpacing():
            problems.append(f"row {row + 1} lower than its {len(lines)} lines")
    return problems


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("screen", [LAPTOP, LAPTOP_TALL], ids=str)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_agenda_titles_are_never_cut_mid_word(
    qapp: QApplication,
    qtbot: QtBot,
    clock: FakeClock,
    ui_settings: QSettings,
    no_leaks: None,
    lang: str,
    screen: Screen,
    scale: float,
) -> None:
    from facilitation.models import LiveMeeting

    from facilitation.ui.core.context import AppContext
    from facilitation.ui.core.i18n import install_translators, remove_translators
    from facilitation.ui.facilitator.window import FacilitatorWindow

    translators = install_translators(qapp, lang)
    try:
        ctx = AppContext(LiveMeeting(sample_meeting()), clock, ui_settings, lang=lang)
        window = FacilitatorWindow(ctx)
        window.interactive = False
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        eight_waiting(Facilitator(ctx, window, clock))
        apply_text_scale(window, scale)
        QApplication.processEvents()
        place(window, screen)
        agenda = window.agenda
        assert check_titles(agenda) == []
        assert overlapping_siblings(window) == [] and cut_texts(window) == []
        # each column shown has room for its heading ("Spent" read "per" at 150 %)
        header = agenda.horizontalHeader()
        for col in range(agenda.model().columnCount()):
            heading = agenda.model().headerData(col, Qt.Orientation.Horizontal, 0)
            if col != COL_TITLE and not agenda.isColumnHidden(col) and heading:
                assert header.fontMetrics().horizontalAdvance(heading) <= agenda.columnWidth(col)
        drawn = agenda.itemDelegate().drawn_titles  # type: ignore[attr-defined]
        if scale == 1.0:
            # normal text: one line a row, the planned minutes shown
            assert not agenda.isColumnHidden(COL_PLANNED)
            assert all("\n" not in t for t in drawn.values())
        if scale == 2.0:
            # "Prochai…" was drawn: the planned minutes gave way, the title is on two lines
            assert agenda.isColumnHidden(COL_PLANNED) and not agenda.isColumnHidden(COL_NUMBER)
            assert drawn[2] == "Prochaine\nrencontre"
    finally:
        remove_translators(qapp, translators)


def test_a_title_goes_on_two_lines_between_words(qapp: QApplication) -> None:
    fm = QFontMetrics(QFont("DejaVu Sans", 12))
    room = fm.horizontalAdvance("Un refinancement,")
    title = "Un refinancement, oui mais pour faire quoi ?"
    shown = two_line_title(fm, title, room)
    first, second = shown.split("\n")
    assert first == "Un refinancement," and second.endswith("…")
    assert drawn_in_whole_words(shown, title)
    # a second line whose first word alone would be cut: one line, whole words
    narrow = fm.horizontalAdvance("Un refin")
    assert two_line_title(fm, title, narrow) == "Un …"
