"""A meeting held on another day than its details say (moved, or the demo): planned clock times."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from facilitation.models import StartMeeting
from facilitation.models.timing import planned_meeting_end, planned_meeting_start, projected_end
from tests.factories import BRUSSELS, make_details, make_live


def test_a_meeting_held_years_later_is_late_by_minutes_not_years() -> None:
    # planned 2021-06-17 from 18:30 to 20:30 (items of 10+20+30+15 = 75 min); held in 2026 at 18:40
    live = make_live(details=make_details(start=time(18, 30), end=time(20, 30)))
    started = datetime(2026, 11, 29, 18, 40, tzinfo=BRUSSELS)
    live.apply(StartMeeting(started, "r1"))
    m = live.meeting
    assert planned_meeting_start(m) == datetime(2026, 11, 29, 18, 30, tzinfo=BRUSSELS)
    assert planned_meeting_end(m) == datetime(2026, 11, 29, 20, 30, tzinfo=BRUSSELS)
    late = projected_end(m, started).late
    assert late is not None and abs(late) < timedelta(hours=2)


def test_a_late_start_on_the_planned_day_is_still_counted_from_the_plan() -> None:
    live = make_live(details=make_details(start=time(18, 30), end=time(20, 30)))
    started = datetime(2021, 6, 17, 21, 0, tzinfo=BRUSSELS)  # two and a half hours late
    live.apply(StartMeeting(started, "r1"))
    assert planned_meeting_start(live.meeting) == datetime(2021, 6, 17, 18, 30, tzinfo=BRUSSELS)
