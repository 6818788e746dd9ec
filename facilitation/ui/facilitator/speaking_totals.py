"""Speaking time per person and per group, kept up to date from the change records.

``models/stats.py`` walks every turn of the meeting each time it is asked; the facilitator's window
asks every second and on every change, and a long meeting has hundreds of turns. ``SpeakingTotals``
keeps each turn's contribution by turn id, updated only for the turns a change touched, so a refresh
costs one pass over the people, plus the live part of the turn still open. Its answers are the same
rows, in the same order, as ``by_person`` and ``by_group`` (a test compares them).
"""

from __future__ import annotations

import heapq
from datetime import datetime, timedelta

from facilitation.models import Change, Meeting, Topic
from facilitation.models.stats import SpeakingTime
from facilitation.models.timing import ZERO


class SpeakingTotals:
    """Closed turns' totals per person, and the turns still open."""

    def __init__(self, meeting: Meeting) -> None:
        #: turn id → (participant id, start, end or None while open)
        self._turns: dict[str, tuple[str, datetime, datetime | None]] = {}
        self._closed: dict[str, timedelta] = {}
        self._counts: dict[str, int] = {}
        self._open: dict[str, tuple[str, datetime]] = {}
        self.rebuild(meeting)

    def rebuild(self, m: Meeting) -> None:
        self._turns.clear()
        self._closed.clear()
        self._counts.clear()
        self._open.clear()
        for t in m.turns.values():
            self._add(t.id, t.participant_id, t.start, t.end)

    def follow(self, m: Meeting, change: Change) -> None:
        """Take in the turns ``change`` touched (added, ended, edited, removed)."""
        if not change.touches(Topic.TURNS):
            return
        for tid in change.ids(Topic.TURNS):
            self._drop(tid)
            t = m.turns.get(tid)
            if t is not None:
                self._add(t.id, t.participant_id, t.start, t.end)
        if len(self._turns) != len(m.turns):  # a change that did not name its turns: start over
            self.rebuild(m)

    def _add(self, tid: str, pid: str, start: datetime, end: datetime | None) -> None:
        self._turns[tid] = (pid, start, end)
        self._counts[pid] = self._counts.get(pid, 0) + 1
        if end is None:
            self._open[tid] = (pid, start)
        else:
            self._closed[pid] = self._closed.get(pid, ZERO) + (end - start)

    def _drop(self, tid: str) -> None:
        old = self._turns.pop(tid, None)
        if old is None:
            return
        pid, start, end = old
        self._counts[pid] -= 1
        if end is None:
            del self._open[tid]
        else:
            self._closed[pid] -= end - start
        if not self._counts[pid]:
            del self._counts[pid]
            self._closed.pop(pid, None)

    def spoken(self) -> set[str]:
        """Everyone who has had the floor at least once."""
        return set(self._counts)

    def times(self, now: datetime) -> dict[str, timedelta]:
        times = {pid: self._closed.get(pid, ZERO) for pid in self._counts}
        for pid, start in self._open.values():
            times[pid] += now - start
        return times

    def by_person(self, m: Meeting, now: datetime) -> list[SpeakingTime]:
        """As ``stats.by_person(m, now)``: everyone who has spoken, the longest first."""
        times = self.times(now)
        rows = [
            SpeakingTime(pid, m.participant_name(pid), times[pid], self._counts[pid])
            for pid in times
        ]
        return sorted(rows, key=lambda r: (-r.time, r.label.casefold()))

    def top_people(
        self, m: Meeting, now: datetime, k: int
    ) -> tuple[list[SpeakingTime], int, timedelta]:
        """The first ``k`` rows of ``by_person`` (in its order), how many it has, and their total
        time: without making and sorting a row for everyone who has spoken."""
        times = self.times(now)
        names = {pid: m.participant_name(pid) for pid in times}
        # nsmallest is sorted(...)[:k], ties in the same order
        first = heapq.nsmallest(k, times, key=lambda pid: (-times[pid], names[pid].casefold()))
        rows = [SpeakingTime(pid, names[pid], times[pid], self._counts[pid]) for pid in first]
        return rows, len(times), sum(times.values(), ZERO)

    def by_group(self, m: Meeting, now: datetime) -> list[SpeakingTime]:
        """As ``stats.by_group(m, now)``: every present person's group, even at zero."""
        times: dict[str, timedelta] = {}
        counts: dict[str, int] = {}
        for p in m.participants.values():
            if p.attendance.value in ("present", "represented"):
                times.setdefault(p.group, ZERO)
                counts.setdefault(p.group, 0)
        for row in self.by_person(m, now):
            group = m.participants[row.key].group
            times[group] = times.get(group, ZERO) + row.time
            counts[group] = counts.get(group, 0) + row.turns
        rows = [SpeakingTime(g, g, times[g], counts[g]) for g in times]
        return sorted(rows, key=lambda r: (-r.time, r.label.casefold()))

    def silent_present(self, m: Meeting) -> list[str]:
        """As ``stats.silent_present(m)``: present people not heard yet, in the meeting's order."""
        spoken = self._counts
        return [
            p.id
            for p in m.participants.values()
            if p.attendance.value == "present" and p.id not in spoken
        ]
