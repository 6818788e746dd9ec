"""Timing: planned start of each item, item states, and "at this pace we end at…", by hand."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from facilitation.models import (
    EndMeeting,
    FakeClock,
    ItemState,
    LiveMeeting,
    PauseMeeting,
    ResumeMeeting,
    SkipItem,
    StartMeeting,
    StepTo,
)
from facilitation.models.timing import (
    Projection,
    elapsed_by_item,
    item_elapsed,
    item_states,
    planned_item_starts,
    planned_meeting_end,
    planned_meeting_start,
    planned_total,
    projected_end,
)
from tests.factories import BRUSSELS, make_details, make_live

MIN = timedelta(minutes=1)
TO_COME, RUNNING, DONE, SKIPPED = (
    ItemState.TO_COME,
    ItemState.RUNNING,
    ItemState.DONE,
    ItemState.SKIPPED,
)


def at(hhmm: str) -> datetime:
    h, m = (int(x) for x in hhmm.split(":"))
    return datetime(2021, 6, 17, h, m, tzinfo=BRUSSELS)


def hhmm(moment: datetime | None) -> str:
    assert moment is not None
    return moment.strftime("%H:%M")


class Evening:
    """A meeting planned 19:00–21:15 with items of 30, 45 and 60 minutes (135 min)."""

    def __init__(self) -> None:
        details = make_details(start=time(19, 0), end=time(21, 15))
        self.live: LiveMeeting = make_live(planned=(30, 45, 60), details=details)
        self.m = self.live.meeting
        self.n = 0

    def run(self) -> str:
        self.n += 1
        return f"run-{self.n}"

    def start(self, when: str) -> None:
        self.live.apply(StartMeeting(at(when), self.run()))

    def step(self, item: str, when: str) -> None:
        self.live.apply(StepTo(item, at(when), self.run()))

    def projection(self, when: str) -> tuple[str, int | None]:
        p: Projection = projected_end(self.m, at(when))
        late = None if p.late is None else int(p.late / MIN)
        return hhmm(p.end), late


@pytest.fixture
def evening() -> Evening:
    return Evening()


def test_planned_item_starts(evening: Evening) -> None:
    starts = planned_item_starts(evening.m)
    assert {k: hhmm(v) for k, v in starts.items()} == {"i1": "19:00", "i2": "19:30", "i3": "20:15"}
    assert planned_total(evening.m) == 135 * MIN
    assert hhmm(planned_meeting_start(evening.m)) == "19:00"
    assert hhmm(planned_meeting_end(evening.m)) == "21:15"


def test_no_planned_times_means_no_projection_of_lateness() -> None:
    live = make_live(details=make_details(start=None, end=None))
    assert planned_item_starts(live.meeting) == dict.fromkeys(live.meeting.items)
    assert projected_end(live.meeting, at("19:00")) == Projection(None, None)


def test_before_the_start_the_plan_is_the_projection(evening: Evening) -> None:
    assert evening.projection("18:30") == ("21:15", 0)
    assert set(item_states(evening.m).values()) == {TO_COME}


def test_at_this_pace_we_end_at_2140_25_minutes_late(evening: Evening) -> None:
    evening.start("19:10")  # ten minutes late
    assert evening.projection("19:10") == ("21:25", 10)
    assert evening.projection("19:40") == ("21:25", 10)  # i1 has used exactly its 30 minutes
    assert evening.projection("19:55") == ("21:40", 25)  # i1 overruns: every minute counts
    evening.step("i2", "19:55")
    assert item_elapsed(evening.m, "i1", at("19:55")) == 45 * MIN
    # i2 has 25 of its 45 minutes left at 20:15, then i3's 60: 20:15 + 85 min = 21:40
    assert evening.projection("20:15") == ("21:40", 25)
    assert item_states(evening.m) == {"i1": DONE, "i2": RUNNING, "i3": TO_COME}


def test_ahead_of_time_is_negative_lateness(evening: Evening) -> None:
    evening.start("19:00")
    evening.step("i2", "19:20")
    evening.step("i3", "19:50")
    assert evening.projection("20:00") == ("20:50", -25)


def test_revisit_adds_up_and_skips_leave_the_projection(evening: Evening) -> None:
    evening.start("19:10")
    evening.step("i2", "19:55")
    evening.live.apply(SkipItem("i3", at("20:00"), evening.run()))  # not live: only marked
    assert item_states(evening.m) == {"i1": DONE, "i2": RUNNING, "i3": SKIPPED}
    assert evening.projection("20:00") == ("20:40", -35)  # i2's 40 minutes left, i3 dropped
    evening.step("i1", "20:20")  # back to the first question
    assert item_states(evening.m) == {"i1": RUNNING, "i2": DONE, "i3": SKIPPED}
    assert evening.projection("20:25") == ("20:25", -50)  # i1 is over its plan; nothing to come
    evening.step("i3", "20:30")  # the skipped item is taken up after all
    assert item_states(evening.m) == {"i1": DONE, "i2": DONE, "i3": RUNNING}
    evening.live.apply(EndMeeting(at("21:00")))
    totals = elapsed_by_item(evening.m, at("21:00"))
    assert totals == {"i1": 45 * MIN + 10 * MIN, "i2": 25 * MIN, "i3": 30 * MIN}
    assert [len(evening.m.runs_of(i)) for i in ("i1", "i2", "i3")] == [2, 1, 1]
    assert evening.projection("22:00") == ("21:00", -15)  # once ended, the end is the end


def test_a_pause_pushes_the_projected_end(evening: Evening) -> None:
    evening.start("19:00")
    assert evening.projection("19:10") == ("21:15", 0)
    evening.live.apply(PauseMeeting("pa1", at("19:10")))
    assert item_states(evening.m)["i1"] is RUNNING  # the live item stays the live one
    assert evening.projection("19:20") == ("21:25", 10)
    evening.live.apply(ResumeMeeting(at("19:20"), evening.run()))
    assert item_elapsed(evening.m, "i1", at("19:30")) == 20 * MIN
    assert evening.projection("19:30") == ("21:25", 10)


def test_ended_meeting_states(evening: Evening) -> None:
    evening.start("19:00")
    evening.step("i2", "19:30")
    evening.live.apply(EndMeeting(at("20:00")))
    assert item_states(evening.m) == {"i1": DONE, "i2": DONE, "i3": TO_COME}
    assert evening.m.live.current_item_id is None


def test_a_meeting_past_midnight(clock: FakeClock) -> None:
    live = make_live(planned=(60, 60), details=make_details(start=time(23, 0), end=time(1, 0)))
    end = planned_meeting_end(live.meeting)
    assert end is not None and end - planned_meeting_start(live.meeting) == 120 * MIN  # type: ignore[operator]
    assert projected_end(live.meeting, clock.now()).late == timedelta(0)
