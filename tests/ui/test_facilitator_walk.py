"""A whole meeting walked through the facilitator's window with its keyboard shortcuts.

Start, two items, a queue of five with a point of order and the progressive order, a break, a
decision and an action, three undos and the redos, the end; then the recorded meeting, field by field.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest

from facilitation.models import (
    DecisionMethod,
    QueueMode,
    RequestFloor,
    StartMeeting,
    TurnKind,
    WithdrawRequest,
)
from facilitation.models.queue import ordered_queue
from tests.ui.conftest import Facilitator, entry_at, speaking

from facilitation.ui.core.qtcompat import emit
from facilitation.ui.dialogs.record_dialogs import ActionDialog, DecisionDialog

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def key(
    f: Facilitator, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key press where the focus is, as the facilitator's fingers do it."""
    target = f.window.focusWidget() or f.window
    QTest.keyClick(target, k, mods)


def quick_add(f: Facilitator, letters: str, kind_key: Qt.KeyboardModifier | None = None) -> None:
    key(f, Qt.Key.Key_F2, kind_key or Qt.KeyboardModifier.NoModifier)
    assert f.window.focusWidget() is f.window.queue.quick_add
    QTest.keyClicks(f.window.queue.quick_add, letters)
    QTest.keyClick(f.window.queue.quick_add, Qt.Key.Key_Return)


def waiting(f: Facilitator) -> list[str]:
    return [e.participant_id for e in ordered_queue(f.meeting)]


def shown_queue(f: Facilitator) -> list[str]:
    model = f.window.queue.model
    return [f.meeting.queue[entry_at(model, r)].participant_id for r in range(model.rowCount())]


def test_a_meeting_walked_with_the_keyboard(facilitator: Facilitator) -> None:
    f, w, clock = facilitator, facilitator.window, facilitator.clock
    t0 = clock.now()
    mode_index = w.queue.mode_combo.findData(QueueMode.PROGRESSIVE_ITEM)
    w.queue.mode_combo.setCurrentIndex(mode_index)
    emit(w.queue.mode_combo.activated, mode_index)
    assert f.meeting.live.queue_mode is QueueMode.PROGRESSIVE_ITEM

    key(f, Qt.Key.Key_F5)  # start
    assert f.meeting.live.current_item_id == "i1"
    quick_add(f, "an")
    key(f, Qt.Key.Key_F3)  # Anne has the floor
    assert speaking(f) == "anne"
    clock.advance(60)

    # a queue of five: Anne again, Marc, Sophie, a point of order from Karim, Lucie
    for letters in ("ann", "marc", "so"):
        quick_add(f, letters)
        clock.advance(5)
    quick_add(f, "ka", CTRL)
    clock.advance(5)
    quick_add(f, "lu")
    assert [e.kind for e in f.meeting.queue.values()][3] is TurnKind.POINT_OF_ORDER
    # the point of order first; Anne, heard on this item already, goes last
    assert waiting(f) == ["karim", "marc", "sophie", "lucie", "anne"]
    assert shown_queue(f) == waiting(f)

    key(f, Qt.Key.Key_F3)  # Karim's point of order
    clock.advance(20)
    key(f, Qt.Key.Key_F3)  # Marc
    clock.advance(90)
    key(f, Qt.Key.Key_F4)  # end of Marc's turn
    assert f.meeting.current_turn is None
    assert shown_queue(f) == ["sophie", "lucie", "anne"]

    clock.advance(10)
    key(f, Qt.Key.Key_F7)  # next item: Anne has not spoken on it, she is first again
    assert f.meeting.live.current_item_id == "i2"
    assert shown_queue(f) == ["anne", "sophie", "lucie"]
    key(f, Qt.Key.Key_F3)
    clock.advance(30)

    key(f, Qt.Key.Key_F9)  # a break
    assert f.meeting.is_paused and f.meeting.current_turn is None
    clock.advance(600)
    key(f, Qt.Key.Key_F9)  # resume
    assert not f.meeting.is_paused
    clock.advance(45)

    key(f, Qt.Key.Key_D, CTRL)
    decision = w.dialog
    assert isinstance(decision, DecisionDialog)
    QTest.keyClicks(decision.text, "On demande un refinancement des permanences.")
    decision.method.setCurrentIndex(decision.method.findData(DecisionMethod.VOTE))
    decision.votes_for.setValue(14)
    decision.votes_against.setValue(2)
    decision.abstentions.setValue(3)
    decision.accept()
    assert w.dialog is None
    clock.advance(15)

    key(f, Qt.Key.Key_J, CTRL)
    action = w.dialog
    assert isinstance(action, ActionDialog)
    action.what.insertPlainText("Écrire au cabinet")  # QTest types ASCII only
    action.set_owner_text("Marc Janssens")
    action.set_due(date(2021, 7, 1))
    assert action.due.date() == QDate(2021, 7, 1)
    action.accept()
    clock.advance(15)

    # undo the last three steps: the action, the decision, the resume
    assert w.actions["undo"].text().replace("&", "").startswith("Undo: add")
    for _ in range(3):
        key(f, Qt.Key.Key_Z, CTRL)
    assert not f.meeting.actions and not f.meeting.decisions
    assert f.meeting.is_paused
    assert w.actions["undo"].text().replace("&", "") == "Undo: pause"
    assert w.actions["redo"].text().replace("&", "") == "Redo: resume"
    key(f, Qt.Key.Key_Z, CTRL | SHIFT)
    key(f, Qt.Key.Key_Y, CTRL)
    key(f, Qt.Key.Key_Y, CTRL)
    assert not f.ctx.live.history.can_redo
    assert not f.meeting.is_paused and len(f.meeting.decisions) == 1 and len(f.meeting.actions) == 1

    clock.advance(30)
    key(f, Qt.Key.Key_F5, SHIFT)  # end the meeting

    m = f.meeting
    at = lambda seconds: t0 + timedelta(seconds=seconds)  # noqa: E731
    # by hand: start 0; Anne speaks from 0; requests at 60, 65, 70, 75 (point of order), 80;
    # Karim 80-100, Marc 100-190; next item at 200; Anne 200-230; break 230-830; decision at 875,
    # action at 890; end at 935
    assert m.live.started_at == at(0) and m.live.ended_at == at(935)
    assert m.live.current_item_id is None and m.live.current_pause_id is None
    runs = [(r.item_id, r.start, r.end) for r in m.runs.values()]
    assert runs == [("i1", at(0), at(200)), ("i2", at(200), at(230)), ("i2", at(830), at(935))]
    pauses = [(p.start, p.end) for p in m.pauses.values()]
    assert pauses == [(at(230), at(830))]
    turns = [(t.participant_id, t.item_id, t.kind, t.start, t.end) for t in m.turns.values()]
    assert turns == [
        ("anne", "i1", TurnKind.NORMAL, at(0), at(80)),  # until the next one takes the floor
        ("karim", "i1", TurnKind.POINT_OF_ORDER, at(80), at(100)),
        ("marc", "i1", TurnKind.NORMAL, at(100), at(190)),
        ("anne", "i2", TurnKind.NORMAL, at(200), at(230)),
    ]
    requested = [(q.participant_id, q.requested_at) for q in m.queue.values()]
    assert requested == [("sophie", at(70)), ("lucie", at(80))]
    (d,) = m.decisions.values()
    assert (d.item_id, d.text, d.method) == (
        "i2",
        "On demande un refinancement des permanences.",
        DecisionMethod.VOTE,
    )
    assert (d.votes_for, d.votes_against, d.abstentions, d.at) == (14, 2, 3, at(875))
    (a,) = m.actions.values()
    assert (a.item_id, a.what, a.owner_id, a.owner, a.due, a.at) == (
        "i2",
        "Écrire au cabinet",
        "marc",
        "",
        date(2021, 7, 1),
        at(890),
    )
    # the window says so too
    assert "ended" in w.current.status_line.text().lower()


def test_changes_do_not_eat_references_to_true(facilitator: Facilitator) -> None:
    """PySide6 6.12's emit() drops a reference to True per call: a long meeting would abort."""
    import sys

    f = facilitator
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1"))
    before = sys.getrefcount(True)
    for i in range(200):
        f.ctx.live.apply(RequestFloor(f"q{i}", "anne", f.clock.now()))
        f.ctx.live.apply(WithdrawRequest(f"q{i}"))
    f.window.refresh_times()
    assert sys.getrefcount(True) >= before
