"""The facilitator's window refreshes only what a change touched (the window steps' time budget).

A large meeting made every step repaint the whole agenda; these tests keep the narrow notifications
from coming undone: the agenda tells its view about the rows whose values changed and no others, and
the chart's per-person totals follow the turns without walking them all again.
"""

from __future__ import annotations

import pytest

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication

from facilitation.models import EndTurn, GiveFloor, StartMeeting, StepTo, Update
from tests.ui.conftest import Facilitator

from facilitation.ui.facilitator.agenda_model import COL_SPENT, COL_TITLE
from facilitation.ui.facilitator.stats_chart import bars_of


def _watch(f: Facilitator) -> list[tuple[int, int] | str]:
    model = f.window.agenda_model
    seen: list[tuple[int, int] | str] = []

    def changed(top: QModelIndex, bottom: QModelIndex, *_: object) -> None:
        seen.append((top.row(), bottom.row()))

    model.dataChanged.connect(changed)
    model.modelReset.connect(lambda: seen.append("reset"))
    model.layoutChanged.connect(lambda *_: seen.append("layout"))
    return seen


def test_a_change_to_one_item_repaints_its_row_only(facilitator: Facilitator) -> None:
    f = facilitator
    seen = _watch(f)
    f.ctx.live.apply(Update("items", "i3", {"title": "Prochaine rencontre (date)"}))
    assert seen == [(2, 2)]
    model = f.window.agenda_model
    assert model.data(model.index(2, COL_TITLE), Qt.ItemDataRole.DisplayRole).endswith("(date)")


def test_a_new_speaker_repaints_no_agenda_row(facilitator: Facilitator) -> None:
    f = facilitator
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1", "i1"))
    seen = _watch(f)
    f.ctx.live.apply(GiveFloor("t1", f.clock.now(), participant_id="anne"))
    assert seen == []


def test_stepping_repaints_the_rows_that_changed_state(facilitator: Facilitator) -> None:
    f = facilitator
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1", "i1"))
    f.clock.advance(90)
    seen = _watch(f)
    f.ctx.live.apply(StepTo("i2", f.clock.now(), "r2"))
    # the first item is done, the second runs; the third still comes: untouched
    assert seen == [(0, 1)]
    assert "reset" not in seen


def test_the_clock_repaints_the_running_row_when_its_minutes_change(
    facilitator: Facilitator,
) -> None:
    f = facilitator
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1", "i2"))
    f.clock.advance(5)
    f.window.refresh_times()
    seen = _watch(f)
    f.clock.advance(10)
    f.window.refresh_times()
    assert seen == []  # still 0 minutes spent: nothing to repaint
    f.clock.advance(60)
    f.window.refresh_times()
    assert seen == [(1, 1)]
    model = f.window.agenda_model
    assert model.data(model.index(1, COL_SPENT), Qt.ItemDataRole.DisplayRole) == "1"


def test_the_chart_keeps_the_same_totals_as_the_meeting_without_rewalking_it(
    facilitator: Facilitator, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitation.models.stats import by_group, by_person, silent_present

    from facilitation.ui.facilitator import stats_chart

    f = facilitator
    stats = f.window.stats
    # the panel follows the change records: the meeting's statistics are not walked again
    monkeypatch.setattr(stats_chart, "by_person", _refuse)
    monkeypatch.setattr(stats_chart, "by_group", _refuse)
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1", "i1"))
    for tid, who, seconds in (("t1", "anne", 40), ("t2", "jo", 95), ("t3", "anne", 20)):
        f.ctx.live.apply(GiveFloor(tid, f.clock.now(), participant_id=who))
        f.clock.advance(seconds)
    f.ctx.live.apply(EndTurn(f.clock.now()))
    f.ctx.live.apply(GiveFloor("t4", f.clock.now(), participant_id="karim"))
    f.clock.advance(30)
    f.ctx.undo()  # karim's turn never happened
    f.ctx.live.apply(GiveFloor("t5", f.clock.now(), participant_id="sophie"))
    f.clock.advance(12)  # sophie still speaks: her time grows with the clock
    f.ctx.live.apply(Update("participants", "jo", {"group": "associatif"}))
    m, now = f.meeting, f.clock.now()
    totals = stats.totals
    assert totals.by_person(m, now) == by_person(m, now)
    assert totals.by_group(m, now) == by_group(m, now)
    assert totals.silent_present(m) == silent_present(m)
    f.window.refresh_times()
    assert stats.chart.bars == bars_of(by_person(m, now))
    assert [b.label for b in stats.chart.bars] == ["Jo Martin", "Anne Dubois", "Sophie Lambert"]
    assert stats.chart.bars[2].seconds == 12


def _refuse(*_: object) -> None:
    raise AssertionError("the chart walked every turn again")


def test_a_long_recorded_list_fills_its_room_and_keeps_the_next_item_in_view(
    facilitator: Facilitator,
) -> None:
    from facilitation.models import Create, Decision

    f = facilitator
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1", "i1"))
    panel = f.window.current
    QApplication.processEvents()
    coming_before = panel.coming.geometry()
    for n in range(40):
        text = f"Décision {n} : on garde la permanence du jeudi ouverte jusqu'à 19 h."
        f.ctx.live.apply(Create.of("decisions", Decision(f"d{n}", "i1", text, f.clock.now())))
    QApplication.processEvents()
    assert "Décision 39" in panel.recorded.text()
    # the list takes the room under the question; it does not push the rest of the panel away
    assert panel.coming.geometry() == coming_before
    assert panel.rect().contains(panel.coming.geometry())
    assert panel.recorded.height() > 5 * panel.recorded.fontMetrics().lineSpacing()
