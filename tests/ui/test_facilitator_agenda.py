"""The agenda panel and stepping: states, times over several intervals, narrow model notifications,
jumps from the agenda, skipping; the shortcuts list; the record dialogs refusing bad input."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from facilitation.models import AgendaItem, Create, ItemState, Remove, StartMeeting, Update
from tests.ui.conftest import Facilitator, with_changes

from facilitation.ui.common.shortcuts import ShortcutsDialog, shortcut_rows
from facilitation.ui.dialogs.record_dialogs import DecisionDialog, QuestionDialog
from facilitation.ui.facilitator.agenda_model import (
    COL_DIFF,
    COL_NUMBER,
    COL_SPENT,
    COL_STATE,
    COL_TITLE,
)
from facilitation.ui.facilitator.window import FacilitatorWindow


def cell(f: Facilitator, row: int, col: int) -> str:
    model = f.window.agenda_model
    return str(model.data(model.index(row, col), Qt.ItemDataRole.DisplayRole))


def test_jump_revisit_and_skip_from_the_agenda(facilitator: Facilitator) -> None:
    f = facilitator
    w = f.window
    w.actions["start"].trigger()
    f.clock.advance(8 * 60)
    # Enter on the third item of the agenda jumps to it
    w.agenda.setFocus()
    w.agenda.setCurrentIndex(w.agenda_model.index(2, COL_TITLE))
    QTest.keyClick(w.agenda, Qt.Key.Key_Return)
    assert f.meeting.live.current_item_id == "i3"
    f.clock.advance(3 * 60)
    # back to the first: its time adds up over its two intervals
    w.agenda.setCurrentIndex(w.agenda_model.index(0, COL_TITLE))
    QTest.keyClick(w.agenda, Qt.Key.Key_Return)
    f.clock.advance(4 * 60)
    w.refresh_times()
    assert cell(f, 0, COL_SPENT) == "12" and cell(f, 0, COL_DIFF) == "+2"
    assert cell(f, 0, COL_STATE) == "running" and cell(f, 0, COL_NUMBER) == "▶ 1"
    assert cell(f, 2, COL_STATE) == "done" and cell(f, 2, COL_DIFF) == "−2"
    assert cell(f, 1, COL_STATE) == "to come" and cell(f, 1, COL_SPENT) == ""
    # skipping the running item moves on to the next one still to come
    w.actions["skip"].trigger()
    assert f.meeting.live.current_item_id == "i2"
    # skipped, not done: its own mark and word, and the time it ran stays on the record
    assert cell(f, 0, COL_STATE) == "skipped" and cell(f, 0, COL_NUMBER) == "↷ 1"
    assert cell(f, 0, COL_TITLE) == "Skipped: Tour de table" and cell(f, 0, COL_SPENT) == "12"
    w.actions["next"].trigger()  # the third is done: nothing is left to come, a message
    assert f.meeting.live.current_item_id == "i2"
    assert "left to come" in w.statusBar().currentMessage()
    w.actions["previous"].trigger()  # F6 reaches the skipped first item and takes it up
    assert f.meeting.live.current_item_id == "i1"
    assert cell(f, 0, COL_STATE) == "running"


def test_the_agenda_model_follows_changes_without_resetting(facilitator: Facilitator) -> None:
    f = facilitator
    model = f.window.agenda_model
    seen: list[str] = []
    model.modelReset.connect(lambda: seen.append("reset"))
    model.rowsInserted.connect(lambda *_: seen.append("inserted"))
    model.rowsRemoved.connect(lambda *_: seen.append("removed"))
    model.layoutChanged.connect(lambda *_: seen.append("layout"))
    model.dataChanged.connect(lambda *_: seen.append("data"))
    f.ctx.live.apply(Create.of("items", AgendaItem("i4", "Divers", planned_minutes=5), index=1))
    assert model.rowCount() == 4 and cell(f, 1, COL_TITLE) == "Divers"
    f.ctx.live.apply(Update("items", "i4", {"title": "Points divers"}))
    assert cell(f, 1, COL_TITLE) == "Points divers"
    f.ctx.live.apply(Remove("items", "i4"))
    assert model.rowCount() == 3
    f.ctx.undo()
    f.ctx.undo()
    assert cell(f, 1, COL_TITLE) == "Divers"
    assert "reset" not in seen
    assert seen.count("inserted") == 2 and seen.count("removed") == 1


def test_the_current_question_is_shown_large_with_its_sub_questions(
    facilitator: Facilitator,
) -> None:
    f = facilitator
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1", "i2"))
    panel = f.window.current
    assert panel.question.text() == "Un refinancement, oui mais pour faire quoi ?"
    assert "Pour qui ?" in panel.sub_questions.text()
    assert panel.question.font().pointSizeF() > 2 * panel.status_line.font().pointSizeF()
    assert "Item 2 of 3" in panel.status_line.text()
    assert f.window.agenda.selected_item_id() == "i2"


def test_help_lists_the_shortcuts_of_the_actual_actions(facilitator: Facilitator) -> None:
    rows = dict(shortcut_rows(facilitator.window.actions.values()))
    assert rows["Next item"] == "F7"
    assert rows["Give the floor to the next"] == "F3"
    assert rows["Redo"] == "Ctrl+Shift+Z, Ctrl+Y"
    live = ("start", "next", "previous", "pause", "end", "give_floor", "end_turn", "queue_add")
    for name in (*live, "decision", "action", "question", "undo"):
        assert not facilitator.window.actions[name].shortcut().isEmpty(), name
    dialog = ShortcutsDialog(facilitator.window.actions.values(), facilitator.window)
    assert dialog.table.rowCount() == len(rows)
    dialog.deleteLater()


def test_a_decision_without_text_is_refused_in_the_dialog(facilitator: Facilitator) -> None:
    f = facilitator
    dialog = f.window.record(DecisionDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.accept()
    assert dialog.isVisible() and not dialog.error.isHidden()
    assert not f.meeting.decisions
    dialog.reject()
    question = f.window.record(QuestionDialog)
    assert isinstance(question, QuestionDialog)
    question.text.setPlainText("Qui contacte le CPAS ?")
    question.accept()
    (q,) = f.meeting.questions.values()
    assert (q.item_id, q.text) == ("i1", "Qui contacte le CPAS ?")


def test_read_only_refuses_changes_with_a_message(facilitator: Facilitator) -> None:
    f = facilitator
    window = FacilitatorWindow(with_changes(f.ctx, read_only=True))
    window.interactive = False
    window.start_meeting()
    assert f.meeting.live.started_at is None
    assert window.statusBar().currentMessage() == "This meeting is open read-only."
    window.close()
    window.deleteLater()
    assert ItemState.TO_COME.value == "to_come"


def test_a_new_speaker_does_not_move_the_agenda_selection(facilitator: Facilitator) -> None:
    from facilitation.models import GiveFloor, RequestFloor

    f = facilitator
    w = f.window
    w.actions["start"].trigger()
    w.agenda.select_item("i3")  # the facilitator is choosing where to go next
    f.ctx.live.apply(RequestFloor("q1", "anne", f.clock.now()))
    f.ctx.live.apply(GiveFloor("t1", f.clock.now()))
    assert w.agenda.selected_item_id() == "i3"
    w.actions["next"].trigger()  # the live item changes: the selection follows it
    assert w.agenda.selected_item_id() == "i2"


def test_a_decision_recorded_elsewhere_shows_on_the_current_item(facilitator: Facilitator) -> None:
    from facilitation.models import Decision

    f = facilitator
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1"))
    other_window = object()
    decision = Decision("d1", "i1", "Le tour de table est fait.", f.clock.now())
    f.ctx.live.apply(Create.of("decisions", decision), initiator=other_window)
    assert "Le tour de table est fait." in f.window.current.recorded.text()
    assert f.window.actions["undo"].isEnabled()
