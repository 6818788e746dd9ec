"""The facilitator's window refreshes only what a change touched (the window steps' time budget).

A large meeting made every step repaint the whole agenda; these tests keep the narrow notifications
from coming undone: the agenda tells its view about the rows whose values changed and no others, and
the chart's per-person totals follow the turns without walking them all again.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from facilitation.models import GiveFloor, StartMeeting, StepTo, Update
from tests.ui.conftest import Facilitator

from facilitation.ui.agenda_panel import COL_SPENT, COL_TITLE


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
    f.ctx.apply(Update("items", "i3", {"title": "Prochaine rencontre (date)"}))
    assert seen == [(2, 2)]
    model = f.window.agenda_model
    assert model.data(model.index(2, COL_TITLE), Qt.ItemDataRole.DisplayRole).endswith("(date)")


def test_a_new_speaker_repaints_no_agenda_row(facilitator: Facilitator) -> None:
    f = facilitator
    f.ctx.apply(StartMeeting(f.clock.now(), "r1", "i1"))
    seen = _watch(f)
    f.ctx.apply(GiveFloor("t1", f.clock.now(), participant_id="anne"))
    assert seen == []


def test_stepping_repaints_the_rows_that_changed_state(facilitator: Facilitator) -> None:
    f = facilitator
    f.ctx.apply(StartMeeting(f.clock.now(), "r1", "i1"))
    f.clock.advance(90)
    seen = _watch(f)
    f.ctx.apply(StepTo("i2", f.clock.now(), "r2"))
    # the first item is done, the second runs; the third still comes: untouched
    assert seen == [(0, 1)]
    assert "reset" not in seen


def test_the_clock_repaints_the_running_row_when_its_minutes_change(
    facilitator: Facilitator,
) -> None:
    f = facilitator
    f.ctx.apply(StartMeeting(f.clock.now(), "r1", "i2"))
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
