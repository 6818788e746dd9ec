"""The facilitator's live keys from every window (issue: the facilitator's live flow, point 2).

The app's own window manager opens the note-taker's and the projector's windows; each key is pressed
in the window that is active, as a user would, and the meeting is checked.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from facilitation.models import FakeClock, LiveMeeting, RequestFloor, TurnKind, new_id
from tests.ui.conftest import sample_meeting

from facilitation.ui.app.windows import WindowManager
from facilitation.ui.common.shortcuts import ShortcutsDialog
from facilitation.ui.core.context import AppContext
from facilitation.ui.facilitator.actions import shortcuts_rule
from facilitation.ui.facilitator.window import FacilitatorWindow
from facilitation.ui.notetaker.window import NoteTakerWindow
from facilitation.ui.projector.window import ProjectorWindow

NO = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@dataclass
class App:
    ctx: AppContext
    manager: WindowManager
    facilitator: FacilitatorWindow
    notes: NoteTakerWindow
    projector: ProjectorWindow
    clock: FakeClock


@pytest.fixture
def app(qtbot: QtBot, clock: FakeClock, ui_settings: QSettings, no_leaks: None) -> Iterator[App]:
    manager = WindowManager()
    ctx = AppContext(LiveMeeting(sample_meeting()), clock, ui_settings, windows=manager)
    manager.bind(ctx)
    window = FacilitatorWindow(ctx)
    window.interactive = False
    manager.bind(ctx, window)
    window.show()
    qtbot.waitExposed(window)
    notes = manager.show_note_taker()
    projector = manager.show_projector()
    qtbot.waitExposed(projector)
    # activated on showing (offscreen, as some window managers do), it hands the keyboard back
    qtbot.waitUntil(window.isActiveWindow)
    yield App(ctx, manager, window, notes, projector, clock)
    manager.close_others()
    window.close()
    window.deleteLater()


def activate(qtbot: QtBot, window: QWidget) -> None:
    window.activateWindow()
    QApplication.processEvents()
    qtbot.waitUntil(window.isActiveWindow)


def press(target: QWidget, key: Qt.Key, mods: Qt.KeyboardModifier = NO) -> None:
    QTest.keyClick(target, key, mods)
    QApplication.processEvents()


def walk_the_meeting(a: App, target: QWidget) -> None:
    """F5, F7, F6, F9 (twice), F3, F4, Ctrl+Z pressed in ``target``: the meeting follows."""
    m = a.ctx.meeting
    press(target, Qt.Key.Key_F5)
    assert m.is_running and m.live.current_item_id == "i1"
    press(target, Qt.Key.Key_F7)
    assert m.live.current_item_id == "i2"
    press(target, Qt.Key.Key_F6)
    assert m.live.current_item_id == "i1"
    press(target, Qt.Key.Key_F9)
    assert m.is_paused
    press(target, Qt.Key.Key_F9)
    assert not m.is_paused
    a.ctx.apply(
        RequestFloor(new_id(), "anne", a.clock.now(), TurnKind.NORMAL), on_refused=pytest.fail
    )
    press(target, Qt.Key.Key_F3)
    assert m.current_turn is not None and m.current_turn.participant_id == "anne"
    press(target, Qt.Key.Key_F4)
    assert m.current_turn is None
    press(target, Qt.Key.Key_Z, CTRL)  # undo the end of the turn
    assert m.current_turn is not None


def test_live_keys_from_the_note_takers_window(app: App, qtbot: QtBot) -> None:
    activate(qtbot, app.notes)
    app.notes.notes.setFocus()  # the list of notes, not a text field
    walk_the_meeting(app, app.notes.notes)
    assert app.notes.isActiveWindow()  # nothing needed typing: the note-taker keeps the keyboard


def test_in_the_note_takers_text_its_own_keys_come_first(app: App, qtbot: QtBot) -> None:
    a = app
    activate(qtbot, a.notes)
    press(a.notes.notes, Qt.Key.Key_F5)
    a.ctx.apply(
        RequestFloor(new_id(), "marc", a.clock.now(), TurnKind.NORMAL), on_refused=pytest.fail
    )
    press(a.notes.notes, Qt.Key.Key_F3)
    a.notes.editor.setFocus()
    QTest.keyClicks(a.notes.editor, "abc")
    press(a.notes.editor, Qt.Key.Key_Z, CTRL)  # undoes the typing, not the meeting
    assert a.notes.editor.toPlainText() == ""
    assert a.ctx.meeting.current_turn is not None
    press(a.notes.editor, Qt.Key.Key_F2)  # the note-taker's own F2: the current speaker
    assert a.notes.speaker.text() == "Marc Janssens"
    assert a.ctx.meeting.queue == {} or all(
        e.participant_id != "marc" for e in a.ctx.meeting.queue.values()
    )
    press(a.notes.editor, Qt.Key.Key_F7)  # a live key nobody types: the meeting moves on
    assert a.ctx.meeting.live.current_item_id == "i2"


def test_ctrl_f2_in_another_window_brings_the_facilitator_forward(app: App, qtbot: QtBot) -> None:
    a = app
    activate(qtbot, a.notes)
    press(a.notes.notes, Qt.Key.Key_F5)
    press(a.notes.notes, Qt.Key.Key_F2, CTRL)  # a point of order: a name is to be typed
    qtbot.waitUntil(a.facilitator.isActiveWindow)
    assert a.facilitator.queue.kind is TurnKind.POINT_OF_ORDER
    assert a.facilitator.queue.quick_add.hasFocus()


def test_live_keys_from_the_projector_and_it_hands_the_focus_back(app: App, qtbot: QtBot) -> None:
    a = app
    activate(qtbot, a.facilitator)
    a.manager.show_projector()  # shown again (moved to its screen): it does not take the keyboard
    QApplication.processEvents()
    assert a.facilitator.isActiveWindow()
    # moved to its screen, a window manager activates it anyway: the keyboard comes back
    a.projector.move(a.projector.x() + 40, a.projector.y())
    QApplication.processEvents()
    activate(qtbot, a.projector)
    qtbot.waitUntil(a.facilitator.isActiveWindow)
    # clicked on by the facilitator, it keeps the keyboard: the live keys work there too
    a.projector._placed = False
    activate(qtbot, a.projector)
    QApplication.processEvents()
    assert a.projector.isActiveWindow()
    walk_the_meeting(a, a.projector)


def test_the_shortcuts_sheet_states_the_rule(app: App) -> None:
    dialog = ShortcutsDialog(
        app.facilitator.actions.values(), app.facilitator, note=shortcuts_rule()
    )
    try:
        assert "every window" in dialog.note.text() and "Ctrl+Z undoes your typing" in (
            dialog.note.text()
        )
        assert "F7 goes to the next item still to come" in dialog.note.text()
    finally:
        dialog.deleteLater()
