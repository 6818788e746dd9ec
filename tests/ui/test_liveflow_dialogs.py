"""Dialogs and the note-taker for the keyboard (issue: the facilitator's live flow, point 5)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox, QPlainTextEdit, QWidget

from facilitation.models import NoteKind, StartMeeting, new_id
from tests.ui.conftest import Facilitator

from facilitation.ui.dialogs.record_dialogs import DecisionDialog
from facilitation.ui.notetaker.window import NoteTakerWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def started(f: Facilitator) -> None:
    f.ctx.apply(StartMeeting(f.clock.now(), new_id(), "i1"), on_refused=pytest.fail)


def test_ctrl_enter_accepts_a_decision(facilitator: Facilitator) -> None:
    f = facilitator
    started(f)
    dialog = f.window.record(DecisionDialog)
    assert isinstance(dialog, DecisionDialog)
    field = dialog.text
    QTest.keyClicks(field, "On continue")
    QTest.keyClick(field, Qt.Key.Key_Return, CTRL)
    QApplication.processEvents()
    assert [d.text for d in f.meeting.decisions.values()] == ["On continue"]


def test_escape_with_typed_text_asks_first(facilitator: Facilitator) -> None:
    f = facilitator
    started(f)
    dialog = f.window.record(DecisionDialog)
    assert isinstance(dialog, DecisionDialog)
    field = dialog.focusWidget()
    assert isinstance(field, QPlainTextEdit)
    QTest.keyClicks(field, "Presque")
    QTest.keyClick(field, Qt.Key.Key_Escape)
    box = dialog.discard_question
    assert isinstance(box, QMessageBox) and dialog.isVisible()
    next(b for b in box.buttons() if b.text() == "Keep writing").click()
    QApplication.processEvents()
    assert dialog.isVisible() and field.toPlainText() == "Presque"
    dialog.reject()
    box = dialog.discard_question
    assert box is not None
    next(b for b in box.buttons() if b.text() == "Throw away").click()
    QApplication.processEvents()
    assert f.window.dialog is None and f.meeting.decisions == {}  # closed, nothing recorded


def test_tab_reaches_ok_before_cancel(facilitator: Facilitator) -> None:
    f = facilitator
    started(f)
    dialog = f.window.record(DecisionDialog)
    assert isinstance(dialog, DecisionDialog)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    cancel = dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    w = dialog.focusWidget()
    chain: list[QWidget] = []
    for _ in range(30):
        after = w.nextInFocusChain()
        assert after is not None
        chain.append(after)
        w = after
    assert chain.index(ok) < chain.index(cancel)
    dialog.done(0)


def test_the_note_taker_keeps_the_keyboard_in_its_text(
    facilitator: Facilitator, qtbot: QtBot
) -> None:
    f = facilitator
    started(f)
    notes = NoteTakerWindow(f.ctx)
    qtbot.addWidget(notes)
    notes.show()
    notes.activateWindow()
    qtbot.waitUntil(notes.isActiveWindow)
    # an action: Enter in Who adds it; after adding, the text has the focus again
    QTest.keyClicks(notes.editor, "Appeler la commune")
    notes.mark(NoteKind.ACTION)
    notes.kinds.owner.setFocus()
    QTest.keyClicks(notes.kinds.owner, "Anne Dubois")
    popup = notes.kinds.owner.completer().popup()
    assert popup is not None
    popup.hide()
    QTest.keyClick(notes.kinds.owner, Qt.Key.Key_Return)
    assert [a.what for a in f.meeting.actions.values()] == ["Appeler la commune"]
    assert notes.editor.hasFocus()
    # Enter in the due date adds as well; one Tab leaves the date field
    QTest.keyClicks(notes.editor, "Envoyer le compte rendu")
    notes.mark(NoteKind.ACTION)
    notes.kinds.has_due.setChecked(True)
    notes.kinds.due.setFocus()
    QTest.keyClick(notes.kinds.due, Qt.Key.Key_Tab)
    assert not notes.kinds.due.hasFocus()
    notes.kinds.due.setFocus()
    QTest.keyClick(notes.kinds.due, Qt.Key.Key_Return)
    assert len(f.meeting.actions) == 2 and notes.editor.hasFocus()
    # the Add button clicked: the next letters go into the text
    QTest.keyClicks(notes.editor, "Une note")
    notes.add_button.click()
    assert notes.editor.hasFocus()
    notes.close()
