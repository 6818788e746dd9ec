"""What the live meeting looks like right now, in words: the item timer, who speaks, who is next.

Shared by the note-taker's window (read-only timer and queue) and the projector. Plain functions of
the meeting and the time; the windows decide when to call them (on a change record, or on the
one-second repaint of the timers).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication

from facilitation.models import Meeting
from facilitation.models.queue import ordered_queue
from facilitation.models.timing import item_elapsed


def format_duration(span: timedelta) -> str:
    """``m:ss`` under an hour, ``h:mm:ss`` above; always positive (the caller says over or left)."""
    seconds = int(abs(span).total_seconds())
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours}:{minutes:02d}:{secs:02d}"
    return f"{minutes}:{secs:02d}"


@dataclass(frozen=True)
class TimerStatus:
    #: the big figure: "12:04", "+3:12"
    figure: str
    #: what it means, in words (status is never told by colour alone): "left", "over time"
    caption: str
    over: bool = False
    #: no item is running (not started, paused, ended)
    idle: bool = False


def item_timer(m: Meeting, now: datetime) -> TimerStatus:
    """The live item's timer: counting down to its planned length, then up, marked as over time."""
    if m.live.started_at is None:
        return TimerStatus(
            "",
            QCoreApplication.translate("LiveStatus", "The meeting has not started yet"),
            idle=True,
        )
    if m.live.ended_at is not None:
        return TimerStatus(
            "", QCoreApplication.translate("LiveStatus", "The meeting has ended"), idle=True
        )
    item_id = m.live.current_item_id
    item = m.items.get(item_id) if item_id else None
    if item is None:
        return TimerStatus(
            "", QCoreApplication.translate("LiveStatus", "No item under discussion"), idle=True
        )
    elapsed = item_elapsed(m, item.id, now)
    if m.is_paused:
        return TimerStatus(
            format_duration(elapsed), QCoreApplication.translate("LiveStatus", "Paused"), idle=True
        )
    if item.planned_minutes <= 0:
        return TimerStatus(
            format_duration(elapsed), QCoreApplication.translate("LiveStatus", "elapsed")
        )
    left = timedelta(minutes=item.planned_minutes) - elapsed
    if left >= timedelta(0):
        return TimerStatus(format_duration(left), QCoreApplication.translate("LiveStatus", "left"))
    return TimerStatus(
        "+" + format_duration(left),
        QCoreApplication.translate("LiveStatus", "over time"),
        over=True,
    )


def timer_line(status: TimerStatus) -> str:
    """The timer in one line, e.g. "12:04 left" or "+3:12 over time"."""
    if not status.figure:
        return status.caption
    return QCoreApplication.translate("LiveStatus", "{figure} {caption}").format(
        figure=status.figure, caption=status.caption
    )


@dataclass(frozen=True)
class Speakers:
    current: str  # "" when nobody has the floor
    waiting: list[str]  # names in the order they will speak
    #: the meeting has ended: nobody waits for the floor any more
    ended: bool = False

    def next_line(self, hide_names: bool, count: int = 3) -> str:
        """ "Next: Ana, Bob, Chloé (and 2 more)" or, with names hidden, "Next: 3 people waiting"."""
        n = len(self.waiting)
        if self.ended:
            return ""
        if n == 0:
            return QCoreApplication.translate("LiveStatus", "Nobody is waiting to speak")
        if hide_names:
            return QCoreApplication.translate("LiveStatus", "Next: %n people waiting", None, n)
        names = ", ".join(self.waiting[:count])
        if n > count:
            more = QCoreApplication.translate("LiveStatus", "(and %n more)", None, n - count)
            more = more.replace(
                " ", "\u00a0"
            )  # in one piece: "(et 1" then "autre)" on the projector
            return QCoreApplication.translate("LiveStatus", "Next: {names} {more}").format(
                names=names, more=more
            )
        return QCoreApplication.translate("LiveStatus", "Next: {names}").format(names=names)

    def current_line(self, hide_names: bool) -> str:
        if self.ended:
            return QCoreApplication.translate("LiveStatus", "The meeting has ended.")
        if not self.current:
            return QCoreApplication.translate("LiveStatus", "Nobody has the floor")
        if hide_names:
            return QCoreApplication.translate("LiveStatus", "Someone has the floor")
        return QCoreApplication.translate("LiveStatus", "Speaking: {name}").format(
            name=self.current
        )


def speakers(m: Meeting) -> Speakers:
    turn = m.current_turn
    current = m.participant_name(turn.participant_id) if turn is not None else ""
    waiting = [m.participant_name(e.participant_id) for e in ordered_queue(m)]
    return Speakers(current, waiting, ended=m.live.ended_at is not None)


def item_number(m: Meeting, item_id: str | None) -> int:
    """The item's place on the agenda, from 1 (0 when unknown)."""
    for i, iid in enumerate(m.items, start=1):
        if iid == item_id:
            return i
    return 0


def item_label(m: Meeting, item_id: str) -> str:
    """ "3. Title", as the agenda numbers it."""
    item = m.items[item_id]
    return QCoreApplication.translate("LiveStatus", "{number}. {title}").format(
        number=item_number(m, item_id), title=item.title
    )
