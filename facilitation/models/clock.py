"""The one clock of the app, injected everywhere time is needed.

Durations must not drift when the system clock is corrected (NTP, a laptop's sleep, a change of time
zone), yet the record must say at what time of day things happened. So :class:`SystemClock` reads the
wall clock once, at start, and from then on derives every timestamp from the monotonic clock: any two
timestamps it gives differ by exactly the monotonic time between them.

Commands never read a clock: the time travels in the command (see :mod:`facilitation.models.commands`).
"""

from __future__ import annotations

import time as _time
from datetime import UTC, datetime, timedelta, timezone
from typing import Protocol


class Clock(Protocol):
    def monotonic(self) -> float:
        """Seconds from an arbitrary origin; never goes back."""
        ...

    def now(self) -> datetime:
        """Wall-clock time with its UTC offset, derived from :meth:`monotonic`."""
        ...


class SystemClock:
    def __init__(self) -> None:
        self._mono0 = _time.monotonic()
        self._wall0 = datetime.now(UTC).astimezone()

    def monotonic(self) -> float:
        return _time.monotonic()

    def now(self) -> datetime:
        elapsed = timedelta(seconds=_time.monotonic() - self._mono0)
        # whole milliseconds: enough for a meeting, and short in the file
        stamp = self._wall0 + elapsed
        return stamp.replace(microsecond=stamp.microsecond // 1000 * 1000)


class FakeClock:
    """A clock for tests and replays: it moves only when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        # 17 June 2021, 18:00 in Brussels: the evening of the "2e rencontre"
        self._start = start or datetime(2021, 6, 17, 18, 0, tzinfo=timezone(timedelta(hours=2)))
        self._elapsed_us = 0  # whole microseconds, so sums of intervals are exact

    def monotonic(self) -> float:
        return self._elapsed_us / 1_000_000

    def now(self) -> datetime:
        return self._start + timedelta(microseconds=self._elapsed_us)

    def advance(self, seconds: float) -> None:
        if seconds < 0:
            raise ValueError("a clock does not go back")
        self._elapsed_us += round(seconds * 1_000_000)
