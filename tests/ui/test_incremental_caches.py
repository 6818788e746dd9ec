"""What the facilitator's window keeps up to date from the change records equals a recomputation.

The agenda's rows (intervals' totals by item, states, planned starts), its column widths (kept by
row) and the speaking-time totals are followed change by change so that a step costs the rows it
touched, not the whole meeting. A stale cache would show a wrong time or state without failing
anything else: this drives the undo machine's random commands, undos and redos through a context,
and after every step compares each cache with what a fresh one, built from the meeting as it is,
says.
"""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, rule, run_state_machine_as_test

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from facilitation.models.stats import by_group, by_person, silent_present
from tests.models.test_undo import UndoMachine

from facilitation.ui.core.context import AppContext
from facilitation.ui.facilitator.agenda_model import AgendaModel
from facilitation.ui.facilitator.agenda_panel import AgendaView
from facilitation.ui.facilitator.stats_chart import MAX_ROWS, StatsPanel, bars_of


class CacheMachine(UndoMachine):
    def __init__(self) -> None:
        super().__init__()
        folder = Path(tempfile.mkdtemp(prefix="facilitation-caches-"))
        ui_settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
        self.ctx = AppContext(self.live, self.clock, ui_settings)
        self.model = AgendaModel(self.ctx)
        self.view = AgendaView(self.model)
        self.view.resize(700, 400)
        self.stats = StatsPanel(self.ctx)

    @rule(seconds=st.integers(1, 200))
    def clock_ticks(self, seconds: int) -> None:
        """The window's one-second refresh, after some time: the running row's time only."""
        self.clock.advance(seconds)
        self.model.set_now(self.clock.now())
        self.stats.refresh_times(self.clock.now())

    @invariant()
    def agenda_rows_as_from_scratch(self) -> None:
        self.model.set_now(self.clock.now())
        fresh = AgendaModel(self.ctx)
        try:
            assert fresh.rowCount() == self.model.rowCount()
            rows = range(self.model.rowCount())
            assert [self.model.item_id(r) for r in rows] == [fresh.item_id(r) for r in rows]
            assert [self.model.row_values(r) for r in rows] == [fresh.row_values(r) for r in rows]
            # the totals themselves, to the microsecond (a row shows whole minutes only)
            ours, theirs = self.model._runs, fresh._runs
            assert (ours.closed, ours.opened, ours.counts) == (
                theirs.closed,
                theirs.opened,
                theirs.counts,
            )
        finally:
            self.ctx.hub.changed.disconnect(fresh.on_change)
            fresh.deleteLater()

    @invariant()
    def column_widths_as_measured_again(self) -> None:
        kept = self.view._column_widths()
        assert kept == {col: self.view.sizeHintForColumn(col) for col in kept}

    @invariant()
    def speaking_totals_as_from_scratch(self) -> None:
        m, now = self.live.meeting, self.clock.now()
        totals = self.stats.totals
        for ours, theirs in (
            (totals.by_person(m, now), by_person(m, now)),
            (totals.by_group(m, now), by_group(m, now)),
        ):
            # the same rows in the same order (rows equal in time and name may come either way)
            assert sorted(ours, key=repr) == sorted(theirs, key=repr)
            assert [(r.time, r.label.casefold()) for r in ours] == [
                (r.time, r.label.casefold()) for r in theirs
            ]
        assert totals.silent_present(m) == silent_present(m)
        everyone = by_person(m, now)
        first, count, total = totals.top_people(m, now, 3)
        assert [(r.time, r.label.casefold()) for r in first] == [
            (r.time, r.label.casefold()) for r in everyone[:3]
        ]
        assert (count, total) == (len(everyone), sum((r.time for r in everyone), timedelta()))
        # the chart draws the first bars, each with its share of everyone's time
        self.stats.people.setChecked(True)
        self.stats.refresh_times(now)
        chart = self.stats.chart
        expected = bars_of(everyone)[:MAX_ROWS]
        assert chart.count == len(everyone)
        assert [(b.seconds, b.turns, b.share) for b in chart.bars] == [
            (b.seconds, b.turns, b.share) for b in expected
        ]
        self.stats.groups.setChecked(True)
        groups = by_group(m, now)
        assert chart.count == len(groups)
        assert sorted(chart.bars, key=repr) == sorted(bars_of(groups)[:MAX_ROWS], key=repr)

    def teardown(self) -> None:
        super().teardown()
        self.agenda_rows_as_from_scratch()
        for widget in (self.view, self.stats):
            widget.deleteLater()


def test_the_window_caches_agree_with_a_recomputation(qapp: QApplication) -> None:
    run_state_machine_as_test(
        CacheMachine,
        settings=settings(
            max_examples=30,
            stateful_step_count=30,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )


def test_an_item_taken_up_twice_then_undone_keeps_its_first_interval(qapp: QApplication) -> None:
    """The case the machine meets rarely: an item's second interval closed, then undone."""
    machine = CacheMachine()
    machine.start("i1")
    for item in ("i2", "i1", "i3"):
        machine.time_passes(100)
        machine.step(item)
        machine.agenda_rows_as_from_scratch()
    machine.undo()  # i1 runs again: its first 100 s stay closed, the second interval is open
    machine.agenda_rows_as_from_scratch()
    machine.undo()
    machine.agenda_rows_as_from_scratch()
    machine.teardown()
