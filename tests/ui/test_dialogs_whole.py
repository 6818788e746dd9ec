"""Every dialog of the facilitator's window (tests/ui/every_window.py), as it opens, in English and in
French, at the normal text size and at 150 % and 200 %, on a 1366×768 laptop: no label, button,
choice or example (placeholder) cut, and the dialog no larger than the laptop's free area, its
buttons on it. Longer French words cut three of them at 100 %: the next meeting's example line, the
Join dialog's address example and its label, and the agenda editor's Templates, whose menu arrow
covered its last letter. Larger text cut a dozen more, and made the agenda editor taller and the
New meeting from an invitation wider than the laptop's screen."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QPushButton,
    QToolButton,
    QWidget,
)

from facilitation.models import FakeClock
from tests.ui.every_window import DIALOGS, build, under_way
from tests.ui.laptop import LAPTOP, cut_texts

from facilitation.ui.common.accessibility import TEXT_SCALE, prepare_window
from facilitation.ui.core.i18n import install_translators, remove_translators


def _in_scroll_area(w: QWidget, root: QWidget) -> bool:
    parent = w.parentWidget()
    while parent is not None and parent is not root:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", DIALOGS)
def test_a_dialog_opens_whole_on_a_laptop(
    qapp: QApplication,
    qtbot: QtBot,
    clock: FakeClock,
    tmp_path: Path,
    lang: str,
    name: str,
    scale: float,
) -> None:
    translators = install_translators(qapp, lang)
    try:
        ctx = under_way(tmp_path, clock, lang)
        TEXT_SCALE.write(ctx.settings, scale)
        parent = QWidget()
        qtbot.addWidget(parent)  # closed and deleted with its dialog, even when a check fails
        dialog = build(name, ctx, qapp, parent)
        assert isinstance(dialog, QDialog)
        # as the app opens it (File menu, the editors' openers), on the laptop's free area
        prepare_window(dialog, ctx.settings, LAPTOP.available)
        dialog.show()
        qtbot.waitExposed(dialog)
        for _ in range(5):  # what its parts ask for once shown and laid out (the window may grow)
            qapp.processEvents()
        assert cut_texts(dialog) == []
        free = LAPTOP.available.size()
        assert dialog.frameGeometry().width() <= free.width(), dialog.size()
        assert dialog.frameGeometry().height() <= free.height(), dialog.size()
        # the buttons that close it are on it, not scrolled away with its contents
        room = dialog.rect()
        buttons = [
            b
            for b in dialog.findChildren(QPushButton)
            if b.isVisibleTo(dialog) and not _in_scroll_area(b, dialog)
        ]
        off = [
            b.text()
            for b in buttons
            if not room.contains(QRect(b.mapTo(dialog, QPoint(0, 0)), b.size()))
        ]
        assert off == []
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
