"""What cannot be done now answers with a short message, never silently; the note-taker's action
due date defaults like the facilitator's dialog (issue: the facilitator's live flow, point 6)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from facilitation.models import StartMeeting, new_id
from tests.ui.conftest import Facilitator

from facilitation.ui.notetaker.window import NoteTakerWindow

SHIFT = Qt.KeyboardModifier.ShiftModifier


def said(f: Facilitator) -> str:
    return f.window.statusBar().currentMessage()


def test_keys_that_cannot_act_now_say_why(facilitator: Facilitator) -> None:
    f = facilitator
    w = f.window
    QTest.keyClick(w, Qt.Key.Key_F7)
    assert "not started" in said(f) and f.meeting.live.started_at is None
    f.ctx.apply(StartMeeting(f.clock.now(), new_id(), "i1"), on_refused=pytest.fail)
    QTest.keyClick(w, Qt.Key.Key_F4)
    assert said(f) == "Nobody has the floor."
    w.statusBar().clearMessage()
    QTest.keyClick(w, Qt.Key.Key_F2, SHIFT)
    assert "direct reply" in said(f) and w.queue.kind.value == "normal"
    QTest.keyClick(w, Qt.Key.Key_F9)
    assert f.meeting.is_paused
    QTest.keyClick(w, Qt.Key.Key_F3)
    assert "break" in said(f) and f.meeting.current_turn is None


def test_the_note_takers_due_date_is_in_two_weeks(facilitator: Facilitator, qtbot: QtBot) -> None:
    f = facilitator
    notes = NoteTakerWindow(f.ctx)
    qtbot.addWidget(notes)
    today = f.clock.now().date() + timedelta(days=14)
    expected = QDate(today.year, today.month, today.day)
    assert notes.kinds.due.date() == expected  # never 1 January 2000
    assert notes.kinds.due.date().year() != 2000
    notes.close()
