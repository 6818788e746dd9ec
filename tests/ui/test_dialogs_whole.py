"""Every dialog of the facilitator's window (tests/ui/every_window.py), as it opens, in English and in
French: no label, button, choice or example (placeholder) cut. Longer French words cut three of
them: the next meeting's example line, the Join dialog's address example and its label, and the
agenda editor's Templates, whose menu arrow covered its last letter."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QPushButton, QToolButton, QWidget

from facilitation.models import FakeClock
from tests.ui.every_window import DIALOGS, build, under_way
from tests.ui.laptop import cut_texts

from facilitation.ui.core.i18n import install_translators, remove_translators


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", DIALOGS)
def test_a_dialog_opens_with_every_text_whole(
    qapp: QApplication,
    qtbot: QtBot,
    clock: FakeClock,
    tmp_path: Path,
    lang: str,
    name: str,
) -> None:
    translators = install_translators(qapp, lang)
    try:
        ctx = under_way(tmp_path, clock, lang)
        parent = QWidget()
        qtbot.addWidget(parent)  # closed and deleted with its dialog, even when a check fails
        dialog = build(name, ctx, qapp, parent)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert cut_texts(dialog) == []
        # a menu's arrow takes its own room beside the word on a push button; a tool button in
        # Qt's Fusion style draws it over the word's last letter
        menus = [b for b in dialog.findChildren(QToolButton) if b.menu() is not None]
        assert menus == [], [b.text() for b in menus]
        assert all(
            b.width() >= b.sizeHint().width()
            for b in dialog.findChildren(QPushButton)
            if b.isVisibleTo(dialog) and b.menu() is not None
        )
    finally:
        remove_translators(qapp, translators)
