"""The next meeting: edited in the meeting's details, and set in a few keys from the live window."""

from __future__ import annotations

from datetime import date, time

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication

from facilitation.models import EditNextMeeting, Mode, NextMeeting
from tests.ui.conftest import Facilitator, with_changes

from facilitation.ui.dialogs.agenda_editor import AgendaEditor
from facilitation.ui.dialogs.next_meeting import NextMeetingDialog


def _dialog() -> NextMeetingDialog:
    found = [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, NextMeetingDialog) and w.isVisible()
    ]
    assert len(found) == 1, found
    return found[0]


def test_the_details_tab_edits_the_next_meeting_field_by_field(
    qtbot: QtBot, facilitator: Facilitator
) -> None:
    ed = AgendaEditor(facilitator.ctx)
    qtbot.addWidget(ed)
    box = ed.details.next_meeting.form
    box.date.setDate(QDate(2021, 7, 1))
    box.date.editingFinished.emit()
    box.mode.setCurrentIndex(box.mode.findData("hybrid"))
    box.mode.activated.emit(box.mode.currentIndex())
    assert box.link.isEnabled()
    box.link.setText("https://meet.example.org/juillet")
    box.link.editingFinished.emit()
    box.place.setText("Maison des associations, salle 2")
    box.place.editingFinished.emit()
    qtbot.keyClicks(box.note, "Apporter les chiffres")
    nm = facilitator.meeting.next_meeting
    assert nm == NextMeeting(
        date=date(2021, 7, 1),
        mode=Mode.HYBRID,
        online_link="https://meet.example.org/juillet",
        place="Maison des associations, salle 2",
        note="Apporter les chiffres",
    )
    # the note typed key by key is one undo step, then the place goes
    facilitator.ctx.undo()
    assert facilitator.meeting.next_meeting.note == ""
    assert box.note.toPlainText() == ""
    facilitator.ctx.undo()
    assert facilitator.meeting.next_meeting.place == ""
    assert box.place.text() == ""
    # a change made elsewhere is shown
    facilitator.ctx.apply(EditNextMeeting({"time": "19:30"}), on_refused=print)
    assert box.time.time().toPython() == time(19, 30)
    ed.close()


def test_set_in_a_few_keys_from_the_live_window_as_one_undo_step(
    qtbot: QtBot, facilitator: Facilitator
) -> None:
    w = facilitator.window
    qtbot.keyClick(
        w, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    dialog = _dialog()
    qtbot.waitExposed(dialog)
    form = dialog.form
    # nothing set yet: this meeting's time and a date four weeks on are proposed
    assert form.date.date().toPython() == date(2021, 7, 15)
    assert form.time.time().toPython() == time(18, 0)
    assert dialog.focusWidget() is dialog.line
    qtbot.keyClick(dialog.line, Qt.Key.Key_Tab)
    qtbot.keyClicks(form.place, "Espace Citoyen")
    qtbot.keyClick(form.place, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    nm = facilitator.meeting.next_meeting
    assert (nm.date, nm.time, nm.place) == (date(2021, 7, 15), time(18, 0), "Espace Citoyen")
    facilitator.ctx.undo()
    assert facilitator.meeting.next_meeting == NextMeeting()


def test_a_refusal_is_said_in_the_dialog_which_keeps_what_was_typed(
    qtbot: QtBot, facilitator: Facilitator
) -> None:
    ctx = with_changes(facilitator.ctx, read_only=True)
    dialog = NextMeetingDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.place.setText("Ailleurs")
    dialog.accept()
    assert dialog.isVisible() and dialog.message.isVisible()
    assert "read-only" in dialog.message.text()
    assert dialog.form.place.text() == "Ailleurs"
    assert facilitator.meeting.next_meeting == NextMeeting()
    dialog.reject()


def test_the_live_next_meeting_item_says_its_key(qtbot: QtBot, facilitator: Facilitator) -> None:
    import gc

    gc.collect()  # the hints live as long as the window, not as long as a Python reference
    w = facilitator.window
    w.start_meeting()
    assert "Ctrl+Shift+N" not in w.statusBar().currentMessage()
    w.next_item()
    assert "Ctrl+Shift+N" not in w.statusBar().currentMessage()
    w.next_item()  # "Prochaine rencontre"
    assert "Ctrl+Shift+N" in w.statusBar().currentMessage()


def test_the_items_the_minutes_care_about_are_recognised() -> None:
    from facilitation.ui.facilitator.minutes_hints import kind_of

    assert kind_of("Date de la prochaine réunion") == "next_meeting"
    assert kind_of("Prochaine rencontre") == "next_meeting"
    assert kind_of("Date of the next meeting") == "next_meeting"
    assert kind_of("Approbation du PV précédent") == "approve_minutes"
    assert kind_of("Approval of the minutes of the previous meeting") == "approve_minutes"
    assert kind_of("Tour de table") is None


def test_said_in_one_line_then_enter(qtbot: QtBot, facilitator: Facilitator) -> None:
    w = facilitator.window
    w.actions["next_meeting"].trigger()
    dialog = _dialog()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(
        dialog.line,
        "mardi 20 juillet a 19h30, Maison de quartier ; apporter les chiffres",  # keyClicks: ASCII only
    )
    # the fields follow as it is typed
    assert dialog.form.date.date().toPython() == date(2021, 7, 20)
    assert dialog.form.place.text() == "Maison de quartier"
    qtbot.keyClick(dialog.line, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    nm = facilitator.meeting.next_meeting
    assert nm == NextMeeting(
        date=date(2021, 7, 20),
        time=time(19, 30),
        place="Maison de quartier",
        mode=Mode.IN_PERSON,
        note="apporter les chiffres",
    )
    facilitator.ctx.undo()
    assert facilitator.meeting.next_meeting == NextMeeting()
    # online, with its link
    w.actions["next_meeting"].trigger()
    dialog = _dialog()
    qtbot.keyClicks(dialog.line, "15/9 18h en ligne https://meet.example.org/sept")
    qtbot.keyClick(dialog.line, Qt.Key.Key_Return)
    nm = facilitator.meeting.next_meeting
    assert (nm.date, nm.time, nm.mode, nm.online_link) == (
        date(2021, 9, 15),
        time(18, 0),
        Mode.ONLINE,
        "https://meet.example.org/sept",
    )
