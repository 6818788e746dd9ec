"""Meeting → Read back: on the facilitator's screen and on the projector, in a few keys; and the
approval of the previous minutes from the next meeting."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from facilitation.models import Action, Decision, DecisionMethod, FakeClock, LiveMeeting
from facilitation.storage.fileformat import load_meeting, save_meeting
from facilitation.storage.lock import FileLock
from facilitation.storage.paths import data_dir
from tests.ui.conftest import Facilitator, sample_meeting

from facilitation.ui.app.windows import WindowManager
from facilitation.ui.core.context import AppContext
from facilitation.ui.dialogs.approve_previous import ApprovalError, approve_file
from facilitation.ui.dialogs.read_back import ReadBackDialog
from facilitation.ui.facilitator.window import FacilitatorWindow


@dataclass
class Room:
    ctx: AppContext
    window: FacilitatorWindow
    manager: WindowManager
    clock: FakeClock


@pytest.fixture
def room(qtbot: QtBot, clock: FakeClock, ui_settings: QSettings, no_leaks: None) -> Iterator[Room]:
    m = sample_meeting()
    m.decisions["d1"] = Decision("d1", "i2", "Le collectif demande un refinancement.")
    m.decisions["d2"] = Decision(
        "d2",
        "i2",
        "Un groupe de travail est créé.",
        method=DecisionMethod.VOTE,
        votes_for=12,
        votes_against=1,
        abstentions=2,
    )
    m.actions["a1"] = Action(
        "a1", "i2", "Écrire au ministère", owner_id="anne", due=date(2021, 7, 1)
    )
    wm = WindowManager()
    ctx = AppContext(LiveMeeting(m), clock, ui_settings, windows=wm)
    window = FacilitatorWindow(ctx)
    wm.bind(ctx, window)
    window.interactive = False
    window.show()
    qtbot.waitExposed(window)
    window.start_meeting()
    clock.advance(40 * 60)
    yield Room(ctx, window, wm, clock)
    wm.close_others()
    window.close()
    window.deleteLater()


def _dialog() -> ReadBackDialog:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, ReadBackDialog)]
    assert len(found) == 1
    return found[0]


def _key(
    qtbot: QtBot,
    widget: QWidget,
    key: Qt.Key,
    mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
) -> None:
    qtbot.keyClick(widget, key, mods)


def test_read_back_here_and_on_the_projector(qtbot: QtBot, room: Room) -> None:
    _key(qtbot, room.window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    dialog = _dialog()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    projector = room.manager.projector
    assert projector is not None and projector.read_back_view is not None
    view = projector.read_back_view
    assert dialog.text.text() == view.text.text() == "Le collectif demande un refinancement."
    assert "Décision" in dialog.heading.text() or "Decision 1 of 2" in dialog.heading.text()
    # → moves both; the vote is written out
    _key(qtbot, dialog, Qt.Key.Key_Right)
    assert view.text.text() == "Un groupe de travail est créé."
    assert "12" in view.details.text() and "12" in dialog.details.text()
    # Space marks it read and goes on to the action, with its owner and date
    _key(qtbot, dialog, Qt.Key.Key_Space)
    assert room.ctx.meeting.decisions["d2"].read_back
    assert view.text.text() == "Écrire au ministère"
    assert "Anne Dubois" in view.details.text()
    # the whole list, on both screens
    _key(qtbot, dialog, Qt.Key.Key_L)
    assert dialog.read_back.as_list and view.listing.isVisibleTo(view)
    assert view.listing.text().count("\n") == 2 and "✓" in view.listing.text()
    assert dialog.listing.count() == 3
    _key(qtbot, dialog, Qt.Key.Key_L)
    # not all read yet: no read-back time
    assert room.ctx.meeting.live.read_back_at is None
    _key(qtbot, dialog, Qt.Key.Key_Left)
    _key(qtbot, dialog, Qt.Key.Key_Left)
    _key(qtbot, dialog, Qt.Key.Key_Space)
    _key(qtbot, dialog, Qt.Key.Key_Right)
    room.clock.advance(90)
    _key(qtbot, dialog, Qt.Key.Key_Space)
    # the last one read: the time of the read-back goes with it, as one undo step
    assert room.ctx.meeting.actions["a1"].read_back
    assert room.ctx.meeting.live.read_back_at == room.clock.now()
    assert "read back at" in dialog.count.text() or "relu" in dialog.count.text()
    room.ctx.undo()
    assert not room.ctx.meeting.actions["a1"].read_back
    assert room.ctx.meeting.live.read_back_at is None
    # Finish records the time all the same, and the projector goes back to the meeting
    dialog.finish_button.click()
    assert room.ctx.meeting.live.read_back_at == room.clock.now()
    assert not dialog.isVisible()
    assert projector.read_back_view is None
    assert projector.centralWidget() is projector.question.parentWidget()


def test_a_correction_is_one_undo_step_and_both_screens_follow(qtbot: QtBot, room: Room) -> None:
    room.window.actions["read_back"].trigger()
    dialog = _dialog()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    projector = room.manager.projector
    assert projector is not None
    view = projector.read_back_view
    _key(qtbot, dialog, Qt.Key.Key_F2)
    assert dialog.correcting and dialog.correction.text.hasFocus()
    assert not dialog.correction.owner.isVisibleTo(dialog)  # a decision has no owner
    qtbot.keyClicks(dialog.correction.text, "Le collectif demande un refinancement pluriannuel.")
    # keys typed in the correction stay in it (Space, L, arrows)
    assert room.ctx.meeting.decisions["d1"].read_back is False
    _key(qtbot, dialog.correction.text, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert not dialog.correcting
    assert (
        room.ctx.meeting.decisions["d1"].text
        == "Le collectif demande un refinancement pluriannuel."
    )
    assert view.text.text() == "Le collectif demande un refinancement pluriannuel."
    _key(qtbot, dialog, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert room.ctx.meeting.decisions["d1"].text == "Le collectif demande un refinancement."
    assert dialog.text.text() == view.text.text() == "Le collectif demande un refinancement."
    # an action: its owner becomes free text when it is no participant, its date changes
    dialog.read_back.go(2)
    _key(qtbot, dialog, Qt.Key.Key_F2)
    assert dialog.correction.owner.text() == "Anne Dubois"
    dialog.correction.owner.setText("Le CPAS")
    dialog.correction.due.setDate(date(2021, 9, 1))
    _key(qtbot, dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    a = room.ctx.meeting.actions["a1"]
    assert (a.owner_id, a.owner, a.due) == (None, "Le CPAS", date(2021, 9, 1))
    room.ctx.undo()
    a = room.ctx.meeting.actions["a1"]
    assert (a.owner_id, a.owner, a.due) == ("anne", "", date(2021, 7, 1))
    # Escape leaves a correction without applying it, then closes the read-back
    _key(qtbot, dialog, Qt.Key.Key_F2)
    qtbot.keyClicks(dialog.correction.text, "x")
    _key(qtbot, dialog, Qt.Key.Key_Escape)
    assert not dialog.correcting and dialog.isVisible()
    assert room.ctx.meeting.actions["a1"].what == "Écrire au ministère"
    _key(qtbot, dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert projector.read_back_view is None


def test_an_empty_read_back_says_so(qtbot: QtBot, facilitator: Facilitator) -> None:
    dialog = ReadBackDialog(facilitator.ctx)
    qtbot.addWidget(dialog)
    assert "No decision" in dialog.text.text() or "Aucune" in dialog.text.text()
    dialog.toggle_read()  # nothing to mark: nothing happens, nothing breaks
    dialog.start_correction()
    assert not dialog.correcting
    dialog.close()


def _previous(tmp_path: Path) -> Path:
    path = tmp_path / "rencontre-1.json"
    save_meeting(path, sample_meeting())
    return path


def test_approve_the_previous_minutes(tmp_path: Path) -> None:
    path = _previous(tmp_path)
    approved = approve_file(path, date(2021, 7, 15))
    assert approved.details.minutes_approved_on == date(2021, 7, 15)
    assert load_meeting(path).details.minutes_approved_on == date(2021, 7, 15)


def test_the_previous_minutes_are_left_alone_when_they_cannot_be_approved(tmp_path: Path) -> None:
    path = _previous(tmp_path)
    before = path.read_bytes()
    lock = FileLock.acquire(path, data_dir())
    try:
        with pytest.raises(ApprovalError, match="already open"):
            approve_file(path, date(2021, 7, 15))
    finally:
        lock.release()
    assert path.read_bytes() == before
    with pytest.raises(ApprovalError):
        approve_file(path, date(2021, 7, 15), current=path)
    broken = tmp_path / "broken.json"
    broken.write_text('{"format": "facilitation-meeting", "version": 2, "details": ', "utf-8")
    with pytest.raises(ApprovalError):
        approve_file(broken, date(2021, 7, 15))
    assert broken.read_text("utf-8").endswith('"details": ')
    with pytest.raises(ApprovalError):
        approve_file(tmp_path / "missing.json", date(2021, 7, 15))


def test_approve_from_the_meeting_menu_then_export_them_again(
    qtbot: QtBot, facilitator: Facilitator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitation.ui.dialogs.export_dialog import ExportDialog

    monkeypatch.setenv("HOME", str(tmp_path))  # the documents folder of the test's own
    path = _previous(tmp_path)
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes)
    )
    facilitator.window.actions["approve_previous"].trigger()
    day = facilitator.ctx.clock.now().date()
    assert load_meeting(path).details.minutes_approved_on == day
    assert "2e rencontre" in facilitator.window.statusBar().currentMessage()
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog)]
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("md"))
    out = dialog.export()
    assert out is not None
    assert "approuvé le" in out.read_text("utf-8")
    dialog.close()


def test_the_minutes_say_when_they_were_read_back(qtbot: QtBot, room: Room, tmp_path: Path) -> None:
    from facilitation.export import export_minutes

    room.window.actions["read_back"].trigger()
    dialog = _dialog()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    for _ in range(3):
        _key(qtbot, dialog, Qt.Key.Key_Space)
    at = room.ctx.meeting.live.read_back_at
    assert at is not None
    dialog.finish_button.click()
    text = export_minutes(room.ctx.meeting, tmp_path / "pv.md", fmt="md").read_text("utf-8")
    # the meeting's clock: read back 40 minutes after its start at 18 h 00
    assert (at.hour, at.minute) == (18, 40)
    assert "Décisions et actions relues en séance à 18 h 40." in text


def test_the_projector_goes_back_when_the_read_back_is_gone(qtbot: QtBot, room: Room) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    room.window.actions["read_back"].trigger()
    dialog = _dialog()
    projector = room.manager.projector
    assert projector is not None and projector.read_back_view is not None
    # the dialog deleted without being closed (as when its parent goes): the read-back ends
    dialog.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert projector.read_back_view is None
    assert projector.centralWidget() is projector.question.parentWidget()
