"""The note-taker's window on a laptop, at 100, 150 and 200 % text, in English and French: nothing
overlaps or is cut, the note being typed has two lines at the least, and the item's title is shown
once where room is short (the chooser above shows it). Checked on the real widgets' geometry."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from tests.ui.laptop import LAPTOP, LAPTOP_TALL, Screen, cut_texts, overlapping_siblings, place

from facilitation.ui.common.accessibility import apply_text_scale
from facilitation.ui.core.context import AppContext
from facilitation.ui.core.i18n import install_translators, remove_translators
from facilitation.ui.notetaker.window import NoteTakerWindow


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("screen", [LAPTOP, LAPTOP_TALL], ids=str)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_the_note_taker_on_a_laptop(
    qapp: QApplication, qtbot: QtBot, ctx: AppContext, lang: str, screen: Screen, scale: float
) -> None:
    translators = install_translators(qapp, lang)
    try:
        window = NoteTakerWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        apply_text_scale(window, scale)
        QApplication.processEvents()
        place(window, screen)
        assert window.size() == screen.available.size()
        assert overlapping_siblings(window) == []
        assert cut_texts(window) == []  # the French hint under the note lost its last pixels
        # the hint's wrapped lines are whole in its height
        hint = window.hint
        assert hint.height() >= hint.heightForWidth(hint.width())
        editor = window.editor
        lines = editor.viewport().height() / editor.fontMetrics().lineSpacing()
        assert lines >= 2, f"the note has {lines:.2f} lines"
        title_shown = window.item_title.isVisibleTo(window)
        assert window.items.currentText() == window.item_title.title() == "1. Tour de table"
        if scale == 1.0:
            assert title_shown  # room to spare: the title large, as well as in the chooser
        if scale == 2.0:
            assert not title_shown  # once, in the chooser: the room goes to the note
    finally:
        remove_translators(qapp, translators)


def test_the_title_comes_back_when_the_window_grows(qtbot: QtBot, ctx: AppContext) -> None:
    window = NoteTakerWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    apply_text_scale(window, 2.0)
    place(window, LAPTOP)
    assert not window.item_title.isVisibleTo(window)
    window.resize(1366, 1100)
    QApplication.processEvents()
    assert window.item_title.isVisibleTo(window)
    apply_text_scale(window, 1.0)  # back to normal text in a laptop's window: the title is shown
    place(window, LAPTOP)
    assert window.item_title.isVisibleTo(window)
