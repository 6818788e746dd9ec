"""The clocks of the facilitator's window, against hand-computed values (fake clock, no waiting)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from facilitation.models import EndMeeting, StartMeeting, StepTo
from tests.ui.conftest import Facilitator

from facilitation.ui.facilitator.timer_bar import (
    TimeState,
    projection_text,
    time_status,
    turn_status,
)


@pytest.mark.parametrize(
    ("share", "state", "text"),
    [
        (0.5, TimeState.OK, "5 min left"),  # 5:00 of 10:00 spent
        (0.85, TimeState.NEAR, "2 min left"),  # 1:30 left: amber, rounded up
        (1.1, TimeState.OVER, "overrun by 1 min"),  # 11:00 of 10:00
    ],
)
def test_item_bar_at_50_85_110_percent(
    facilitator: Facilitator, share: float, state: TimeState, text: str
) -> None:
    f = facilitator
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1"))
    f.clock.advance(600 * share)
    f.window.refresh_times()  # what the one-second timer does
    bar = f.window.current.item_bar
    assert (bar.status.state, bar.text()) == (state, text)
    assert text in bar.accessibleName()  # the state is written, not only coloured


def test_time_status_thresholds() -> None:
    planned = timedelta(minutes=30)
    assert time_status(timedelta(minutes=15), planned).state is TimeState.OK
    # 20 % of 30 min is 6 min: amber from 24:00 on
    assert time_status(timedelta(minutes=23, seconds=59), planned).state is TimeState.OK
    assert time_status(timedelta(minutes=24), planned).state is TimeState.NEAR
    assert time_status(timedelta(minutes=34), planned).text == "overrun by 4 min"
    # a short item turns amber two minutes before its end, not in its last 20 % only
    assert time_status(timedelta(minutes=3), timedelta(minutes=5)).state is TimeState.NEAR
    assert time_status(timedelta(minutes=3), timedelta(0)).state is TimeState.NONE


def test_turn_limit_warns_in_words() -> None:
    assert turn_status(timedelta(seconds=50), 120).state is TimeState.OK
    assert turn_status(timedelta(seconds=100), 120).state is TimeState.NEAR
    reached = turn_status(timedelta(seconds=125), 120)
    assert reached.state is TimeState.OVER and reached.text == "limit reached (2:05 of 2:00)"
    assert turn_status(timedelta(seconds=125), None).text == "speaking for 2:05"


def test_projected_end_against_hand_computed_values(facilitator: Facilitator) -> None:
    f = facilitator
    m = f.meeting
    # planned 18:00 to 18:40; items of 10, 20 and 5 minutes
    assert projection_text(m, f.clock.now()) == "Planned to end at 18:35, 5 min early"
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1"))
    f.clock.advance(12 * 60)  # item 1 overruns by 2 min: still 20 + 5 to go from 18:12
    assert projection_text(m, f.clock.now()) == "At this pace we end at 18:37, 3 min early"
    f.ctx.live.apply(StepTo("i2", f.clock.now(), "r2"))
    f.clock.advance(25 * 60)  # item 2 overruns by 5 min at 18:37: 5 min to go
    assert projection_text(m, f.clock.now()) == "At this pace we end at 18:42, 2 min late"
    f.window.refresh_times()
    assert f.window.current.projection.text() == "At this pace we end at 18:42, 2 min late"
    f.ctx.live.apply(EndMeeting(f.clock.now()))
    assert projection_text(m, f.clock.now()) == "Ended at 18:37, 3 min early"
