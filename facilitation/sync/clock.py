"""One time for every device of a meeting: each estimates its clock's offset to the server's.

Cristian's method: ask the server for its time at ``t0``, get the answer at ``t1``; the server's
clock read somewhere in between, so ``offset = server - (t0 + t1) / 2`` with an error of at most
half the round trip. The sample with the shortest round trip is kept. Every device's commands are
stamped with the server's time, so the timers computed from them agree on every screen.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from facilitation.models import Clock


class SyncedClock:
    """``base`` moved by the estimated offset (a :class:`facilitation.models.Clock`)."""

    def __init__(self, base: Clock) -> None:
        self.base = base
        self.offset = 0.0
        #: half the round trip of the kept sample: the offset is right within this (None: no
        #: answer yet, the device's own clock is used)
        self.error: float | None = None

    def monotonic(self) -> float:
        return self.base.monotonic()

    def now(self) -> datetime:
        stamp = self.base.now() + timedelta(seconds=self.offset)
        return stamp.replace(microsecond=stamp.microsecond // 1000 * 1000)

    def wall(self) -> float:
        """The device's own time, seconds since the epoch (what the samples compare)."""
        return self.base.now().timestamp()

    def sample(self, t0: float, server: float, t1: float) -> None:
        if t1 < t0:
            return
        error = (t1 - t0) / 2
        if self.error is None or error <= self.error:
            self.offset = server - (t0 + t1) / 2
            self.error = error
