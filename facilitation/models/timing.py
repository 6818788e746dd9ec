"""Time spent, against time planned: all of it computed from recorded timestamps.

Nothing here counts ticks. An item's time is the sum of its intervals; the meeting's time is the sum
of all intervals (pauses are not in any interval). Open intervals run to ``now``.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass
from datetime import datetime, timedelta

from facilitation.models.entities import ItemState
from facilitation.models.meeting import Meeting

ZERO = timedelta(0)


def item_elapsed(m: Meeting, item_id: str, now: datetime) -> timedelta:
    total = ZERO
    for run in m.runs.values():
        if run.item_id == item_id:
            total += (run.end or now) - run.start
    return total


def elapsed_by_item(m: Meeting, now: datetime) -> dict[str, timedelta]:
    """Every item's time, in one pass over the intervals."""
    totals = dict.fromkeys(m.items, ZERO)
    for run in m.runs.values():
        totals[run.item_id] = totals.get(run.item_id, ZERO) + (run.end or now) - run.start
    return totals


def meeting_elapsed(m: Meeting, now: datetime) -> timedelta:
    """Time spent on the agenda (pauses excluded)."""
    total = ZERO
    for run in m.runs.values():
        total += (run.end or now) - run.start
    return total


def pauses_total(m: Meeting, now: datetime) -> timedelta:
    total = ZERO
    for p in m.pauses.values():
        total += (p.end or now) - p.start
    return total


def item_state(m: Meeting, item_id: str, ran: Container[str] | None = None) -> ItemState:
    if m.live.current_item_id == item_id and m.is_running:
        return ItemState.RUNNING
    if ran is None:
        ran = {r.item_id for r in m.runs.values()}
    # skipped first: an item passed over while it was live has a run, but it was not done
    if m.items[item_id].skipped:
        return ItemState.SKIPPED
    if item_id in ran:
        return ItemState.DONE
    return ItemState.TO_COME


def item_states(m: Meeting) -> dict[str, ItemState]:
    ran = {r.item_id for r in m.runs.values()}
    return {iid: item_state(m, iid, ran) for iid in m.items}


#: a meeting started further than this from its planned start was held on another day
OTHER_DAY = timedelta(hours=12)


def planned_meeting_start(m: Meeting) -> datetime | None:
    d = m.details
    if d.date is None or d.planned_start is None:
        return None
    tz = m.created.tzinfo if m.created is not None else None
    started = m.live.started_at
    if started is not None:
        tz = started.tzinfo
    planned = datetime.combine(d.date, d.planned_start, tzinfo=tz)
    if started is not None and abs(started - planned) > OTHER_DAY:
        # held on another day than the one written in its details (moved, or the demo): its
        # plan is that day's clock times, not a lateness counted in months
        planned = datetime.combine(started.date(), d.planned_start, tzinfo=tz)
    return planned


def planned_meeting_end(m: Meeting) -> datetime | None:
    start = planned_meeting_start(m)
    d = m.details
    if start is None or d.planned_end is None:
        return None
    end = datetime.combine(start.date(), d.planned_end, tzinfo=start.tzinfo)
    if end < start:  # a meeting that ends after midnight
        end += timedelta(days=1)
    return end


def planned_item_starts(m: Meeting) -> dict[str, datetime | None]:
    """When each item is planned to start: the meeting's start plus the planned minutes before it."""
    start = planned_meeting_start(m)
    result: dict[str, datetime | None] = {}
    offset = ZERO
    for item in m.items.values():
        result[item.id] = start + offset if start is not None else None
        offset += timedelta(minutes=item.planned_minutes)
    return result


def planned_total(m: Meeting) -> timedelta:
    return timedelta(minutes=sum(i.planned_minutes for i in m.items.values()))


@dataclass(frozen=True, slots=True)
class Projection:
    #: when the meeting ends at the current pace
    end: datetime | None
    #: how much later than planned (negative: earlier); None when no end was planned
    late: timedelta | None


def projected_end(m: Meeting, now: datetime) -> Projection:
    """At this pace: the current item keeps what is left of its plan, the items to come theirs."""
    planned_end = planned_meeting_end(m)
    if m.live.ended_at is not None:
        end: datetime | None = m.live.ended_at
    elif m.live.started_at is None:
        start = planned_meeting_start(m)
        end = start + planned_total(m) if start is not None else None
    else:
        states = item_states(m)
        remaining = ZERO
        for item in m.items.values():
            state = states[item.id]
            planned = timedelta(minutes=item.planned_minutes)
            if item.id == m.live.current_item_id:
                remaining += max(planned - item_elapsed(m, item.id, now), ZERO)
            elif state is ItemState.TO_COME:
                remaining += planned
        end = now + remaining
    late = end - planned_end if end is not None and planned_end is not None else None
    return Projection(end, late)
