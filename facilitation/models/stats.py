"""Who has spoken how long: per person and per group, from the recorded turns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from facilitation.models.meeting import Meeting
from facilitation.models.timing import ZERO


@dataclass(frozen=True, slots=True)
class SpeakingTime:
    key: str  # a participant's id, or a group's name ("" for people with no group)
    label: str
    time: timedelta
    turns: int


def by_person(m: Meeting, now: datetime, item_id: str | None = None) -> list[SpeakingTime]:
    """Everyone who has spoken (on ``item_id`` if given), the longest first."""
    times: dict[str, timedelta] = {}
    counts: dict[str, int] = {}
    for t in m.turns.values():
        if item_id is not None and t.item_id != item_id:
            continue
        times[t.participant_id] = times.get(t.participant_id, ZERO) + (t.end or now) - t.start
        counts[t.participant_id] = counts.get(t.participant_id, 0) + 1
    rows = [SpeakingTime(pid, m.participant_name(pid), times[pid], counts[pid]) for pid in times]
    return sorted(rows, key=lambda r: (-r.time, r.label.casefold()))


def by_group(m: Meeting, now: datetime, item_id: str | None = None) -> list[SpeakingTime]:
    """Speaking time per group; every group of a present participant is listed, even at zero."""
    times: dict[str, timedelta] = {}
    counts: dict[str, int] = {}
    for p in m.participants.values():
        if p.attendance.value in ("present", "represented"):
            times.setdefault(p.group, ZERO)
            counts.setdefault(p.group, 0)
    for row in by_person(m, now, item_id):
        p = m.participants[row.key]
        times[p.group] = times.get(p.group, ZERO) + row.time
        counts[p.group] = counts.get(p.group, 0) + row.turns
    rows = [SpeakingTime(g, g, times[g], counts[g]) for g in times]
    return sorted(rows, key=lambda r: (-r.time, r.label.casefold()))


def silent_present(m: Meeting) -> list[str]:
    """Present participants who have not spoken yet in the meeting (ids, agenda order)."""
    spoken = {t.participant_id for t in m.turns.values()}
    return [
        p.id
        for p in m.participants.values()
        if p.attendance.value == "present" and p.id not in spoken
    ]
