"""Speakers in the facilitator's window: quick add, the queue's order and moves, the chart's data."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtTest import QTest

from facilitation.models import EndTurn, GiveFloor, RequestFloor, StartMeeting, TurnKind
from tests.ui.conftest import Facilitator, entry_at, speaking

from facilitation.ui.facilitator.quick_add import fold, match_participants
from facilitation.ui.facilitator.stats_chart import Bar, chart_rows
from facilitation.ui.facilitator.timer_bar import TimerBar, TimeState


def state_of(bar: TimerBar) -> TimeState:
    """The bar's state now (read afresh: a refresh changes it)."""
    return bar.status.state


def type_name(f: Facilitator, text: str) -> None:
    f.window.actions["queue_add"].trigger()
    if text.isascii():
        QTest.keyClicks(f.window.queue.quick_add, text)
    else:  # QTest types ASCII only
        f.window.queue.quick_add.insert(text)
    QTest.keyClick(f.window.queue.quick_add, Qt.Key.Key_Return)


def queued(f: Facilitator) -> list[tuple[str, TurnKind]]:
    return [(e.participant_id, e.kind) for e in f.meeting.queue.values()]


def test_two_letters_and_enter_queue_the_right_person(facilitator: Facilitator) -> None:
    type_name(facilitator, "so")
    assert queued(facilitator) == [("sophie", TurnKind.NORMAL)]
    assert facilitator.window.queue.quick_add.text() == ""  # ready for the next name
    type_name(facilitator, "Peet")  # a surname works as well
    assert queued(facilitator)[-1] == ("lucie", TurnKind.NORMAL)


def test_matching_ignores_case_and_accents() -> None:
    from tests.ui.conftest import sample_meeting

    m = sample_meeting()
    assert [p.id for p in match_participants(m, "KA")] == ["karim"]
    assert {p.id for p in match_participants(m, "ma")} == {"marc", "jo"}  # Marc, Jo Martin
    assert fold("Élodie Lefèvre") == "elodie lefevre"


def test_an_ambiguous_name_queues_nobody_and_says_why(facilitator: Facilitator) -> None:
    type_name(facilitator, "ma")
    assert queued(facilitator) == []
    message = facilitator.window.statusBar().currentMessage()
    assert "Marc Janssens" in message and "Jo Martin" in message


def test_an_unknown_name_becomes_a_participant_then_is_queued(facilitator: Facilitator) -> None:
    f = facilitator
    type_name(f, "Zoé Nouvelle")
    dialog = f.window.queue.pending_dialog
    assert dialog is not None and dialog.isVisible()
    groups = [dialog.group_combo.itemText(i) for i in range(dialog.group_combo.count())]
    assert groups == ["", "associatif", "service public", "syndicat", "usager·es"]
    dialog.group_combo.setCurrentText("syndicat")
    dialog.accept()
    (zoe,) = [p for p in f.meeting.participants.values() if p.name == "Zoé Nouvelle"]
    assert zoe.group == "syndicat"
    assert queued(f) == [(zoe.id, TurnKind.NORMAL)]
    # the late arrival is now known: two letters find her
    f.ctx.live.apply(EndTurn(f.clock.now())) if f.meeting.current_turn else None
    assert [p.id for p in match_participants(f.meeting, "zo")] == [zoe.id]


def test_point_of_order_and_direct_reply_jump_the_queue(facilitator: Facilitator) -> None:
    f = facilitator
    type_name(f, "anne")
    type_name(f, "marc")
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1"))
    f.window.actions["give_floor"].trigger()  # Anne speaks: a direct reply answers her
    f.window.actions["queue_reply"].trigger()
    QTest.keyClicks(f.window.queue.quick_add, "ka")
    QTest.keyClick(f.window.queue.quick_add, Qt.Key.Key_Return)
    f.window.actions["queue_order"].trigger()
    QTest.keyClicks(f.window.queue.quick_add, "lu")
    QTest.keyClick(f.window.queue.quick_add, Qt.Key.Key_Return)
    model = f.window.queue.model
    shown = [f.meeting.queue[entry_at(model, r)].participant_id for r in range(model.rowCount())]
    assert shown == ["lucie", "karim", "marc"]
    assert "point of order" in model.data(model.index(0), Qt.ItemDataRole.DisplayRole)
    f.window.actions["end_turn"].trigger()
    f.window.actions["give_floor"].trigger()
    turn = f.meeting.current_turn
    assert turn is not None
    assert (turn.participant_id, turn.kind) == ("lucie", TurnKind.POINT_OF_ORDER)


def test_reorder_with_ctrl_arrows_and_withdraw_with_delete(facilitator: Facilitator) -> None:
    f = facilitator
    for name in ("anne", "so", "ka"):
        type_name(f, name)
    view = f.window.queue.view
    view.setFocus()
    view.setCurrentIndex(f.window.queue.model.index(2))  # Karim
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [pid for pid, _ in queued(f)] == ["anne", "karim", "sophie"]
    assert f.ctx.live.history.undo_label == "Move"
    QTest.keyClick(view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert [pid for pid, _ in queued(f)] == ["karim", "anne", "sophie"]
    QTest.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [pid for pid, _ in queued(f)] == ["anne", "karim", "sophie"]
    QTest.keyClick(view, Qt.Key.Key_Delete)
    assert [pid for pid, _ in queued(f)] == ["anne", "sophie"]


def test_drag_and_drop_moves_through_the_door(facilitator: Facilitator) -> None:
    f = facilitator
    for name in ("anne", "so", "ka"):
        type_name(f, name)
    model = f.window.queue.model
    data = model.mimeData([model.index(2)])
    assert not model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    assert [pid for pid, _ in queued(f)] == ["karim", "anne", "sophie"]
    assert model.rowCount() == 3


def test_give_the_floor_to_the_next_and_refusal_in_the_status_bar(facilitator: Facilitator) -> None:
    f = facilitator
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1"))
    f.window.actions["give_floor"].trigger()
    assert f.window.statusBar().currentMessage() == "Nobody is waiting to speak."
    type_name(f, "so")
    f.window.actions["give_floor"].trigger()
    assert speaking(f) == "sophie"
    assert f.window.queue.speaker.text() == "Sophie Lambert"


def test_speaking_time_chart_per_person_and_group(facilitator: Facilitator) -> None:
    f = facilitator
    c = f.ctx
    c.live.apply(StartMeeting(f.clock.now(), "r1"))
    for pid, seconds in (("anne", 120), ("marc", 60), ("karim", 60)):
        c.live.apply(RequestFloor(f"q-{pid}", pid, f.clock.now()))
        c.live.apply(GiveFloor(f"t-{pid}", f.clock.now()))
        f.clock.advance(seconds)
    c.live.apply(EndTurn(f.clock.now()))
    now = f.clock.now()
    assert chart_rows(f.meeting, now) == [
        Bar("Anne Dubois", 120, 1, 0.5),
        Bar("Karim Benali", 60, 1, 0.25),
        Bar("Marc Janssens", 60, 1, 0.25),
    ]
    assert chart_rows(f.meeting, now, groups=True) == [
        Bar("associatif", 180, 2, 0.75),
        Bar("usager·es", 60, 1, 0.25),
        Bar("service public", 0, 0, 0.0),
        Bar("syndicat", 0, 0, 0.0),
    ]
    stats = f.window.stats
    stats.show_groups(True)
    assert [b.label for b in stats.chart.bars][:2] == ["associatif", "usager·es"]
    assert stats.silent.text() == "Not heard yet (3): Sophie Lambert, Lucie Peeters, Jo Martin"
    # a turn still running counts up to now
    c.live.apply(RequestFloor("q-jo", "jo", f.clock.now()))
    c.live.apply(GiveFloor("t-jo", f.clock.now()))
    f.clock.advance(30)
    f.window.refresh_times()
    assert stats.chart.bars[1] == Bar("usager·es", 90, 2, 90 / 270)
    assert timedelta(seconds=stats.chart.bars[0].seconds) == timedelta(minutes=3)


def test_participants_list_queues_with_enter_and_marks_the_silent(
    facilitator: Facilitator,
) -> None:
    f = facilitator
    people = f.window.participants
    f.window.people_tabs.setCurrentWidget(people)
    texts = [people.item(i).text() for i in range(people.count())]
    assert texts[0] == "Anne Dubois (associatif) · not heard yet"
    people.setFocus()
    people.setCurrentRow(1)  # Jo Martin (sorted by name)
    QTest.keyClick(people, Qt.Key.Key_Return)
    assert queued(f) == [("jo", TurnKind.NORMAL)]
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1"))
    f.window.actions["give_floor"].trigger()
    f.clock.advance(75)
    f.window.refresh_times()
    assert people.item(1).text() == "Jo Martin (usager·es) · 1:15"
    assert people.currentRow() == 1  # the selection survives the refresh


def test_turn_limit_chosen_live_warns_on_the_speaker(facilitator: Facilitator) -> None:
    from facilitation.ui.core.qtcompat import emit

    f = facilitator
    combo = f.window.queue.limit_combo
    index = combo.findData(120)
    combo.setCurrentIndex(index)
    emit(combo.activated, index)
    assert f.meeting.live.turn_limit_seconds == 120
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1"))
    type_name(f, "so")
    f.window.actions["give_floor"].trigger()
    f.clock.advance(100)
    f.window.refresh_times()
    bar = f.window.queue.turn_bar
    assert bar.status.state is TimeState.NEAR and bar.text() == "1:40 of 2:00"
    f.clock.advance(25)
    f.window.refresh_times()
    assert state_of(bar) is TimeState.OVER and bar.text() == "limit reached (2:05 of 2:00)"
    f.ctx.undo()  # the undo of GiveFloor … and the combo follows an undo of the limit too
    f.ctx.undo()
    f.ctx.undo()
    f.ctx.undo()
    assert f.meeting.live.turn_limit_seconds is None
    assert combo.currentData() is None
