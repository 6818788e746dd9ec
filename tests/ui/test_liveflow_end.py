"""Ending the meeting (Shift+F5): it asks first and says what is left; after the end the projector
says so, the queue stops counting, and the note-taker keeps working on the record."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox

from facilitation.models import GiveFloor, RequestFloor, StartMeeting, TurnKind, new_id
from tests.ui.conftest import Facilitator

from facilitation.ui.facilitator.queue_rows import PARTS_ROLE
from facilitation.ui.notetaker.window import NoteTakerWindow
from facilitation.ui.projector.window import ProjectorWindow


def under_way(f: Facilitator) -> None:
    ctx = f.ctx
    ctx.apply(StartMeeting(f.clock.now(), new_id(), "i1"), on_refused=pytest.fail)
    for pid in ("anne", "marc"):
        ctx.apply(
            RequestFloor(new_id(), pid, f.clock.now(), TurnKind.NORMAL), on_refused=pytest.fail
        )
    ctx.apply(GiveFloor(new_id(), f.clock.now()), on_refused=pytest.fail)  # Anne speaks
    f.clock.advance(60)


def button(box: QMessageBox, text: str) -> QAbstractButton:
    return next(b for b in box.buttons() if b.text().replace("&", "") == text)


def test_ending_asks_first_and_says_what_is_left(facilitator: Facilitator) -> None:
    f = facilitator
    under_way(f)
    f.window.interactive = True
    try:
        QTest.keyClick(f.window, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
        box = f.window.end_question
        assert box is not None and box.isVisible()
        said = box.informativeText()
        assert "2 items were never opened" in said and "Prochaine rencontre" in said
        assert "Anne Dubois still has the floor" in said
        assert "Someone still waits to speak: Marc Janssens" in said
        assert box.defaultButton() is button(box, "Keep going")  # Enter does not end it
        button(box, "Keep going").click()
        QApplication.processEvents()
        assert f.meeting.live.ended_at is None
        f.window.actions["end"].trigger()
        box = f.window.end_question
        assert box is not None
        button(box, "End the meeting").click()
        QApplication.processEvents()
        assert f.meeting.live.ended_at is not None
    finally:
        f.window.interactive = False


def test_nothing_left_ends_without_asking(facilitator: Facilitator) -> None:
    f = facilitator
    f.ctx.apply(StartMeeting(f.clock.now(), new_id(), "i1"), on_refused=pytest.fail)
    for item in ("i2", "i3"):
        f.clock.advance(60)
        f.window.jump_to(item)
    f.window.interactive = True
    try:
        f.window.actions["end"].trigger()
        assert f.meeting.live.ended_at is not None and f.window.end_question is None
    finally:
        f.window.interactive = False


def test_after_the_end_the_room_and_the_record(facilitator: Facilitator, qtbot: QtBot) -> None:
    f = facilitator
    under_way(f)
    projector = ProjectorWindow(f.ctx)
    notes = NoteTakerWindow(f.ctx)
    qtbot.addWidget(projector)
    qtbot.addWidget(notes)
    projector.show()
    notes.show()
    assert projector.next_speakers.text().startswith("Next:")
    f.window.actions["end"].trigger()  # not interactive here: ends at once
    assert f.meeting.live.ended_at is not None
    # the projector says the meeting has ended, and no longer who is next
    assert "ended" in projector.question.text()
    assert "ended" in projector.current_speaker.text()
    assert not projector.next_speakers.isVisible()
    # the queue no longer counts anyone's waiting
    f.clock.advance(300)
    f.window.refresh_times()
    model = f.window.queue.model
    assert model.rowCount() == 1
    assert model.data(model.index(0), PARTS_ROLE).waited == ""
    assert "waiting" not in model.data(model.index(0), Qt.ItemDataRole.DisplayRole)
    # the note-taker keeps working on the record
    notes.editor.setFocus()
    QTest.keyClicks(notes.editor, "Relu apres la fin")
    QTest.keyClick(notes.editor, Qt.Key.Key_Return)
    assert [n.text for n in f.meeting.notes.values()] == ["Relu apres la fin"]
    projector.close()
    notes.close()
