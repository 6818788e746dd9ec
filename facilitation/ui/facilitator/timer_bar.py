"""Time against plan, in words and in a painted bar: "3 min left", "overrun by 4 min".

The figures come from recorded timestamps (``models/timing.py``); this module only words them and
paints them. Colour is never the only signal: the state is always written out as text too.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPainterPath, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from facilitation.models import Meeting
from facilitation.models.timing import planned_meeting_end, projected_end

from facilitation.ui.core.i18n import clock_time

#: the bar turns amber when this share of the planned time is left …
NEAR_SHARE = 0.2
#: … or when this little time is left, whichever comes first
NEAR_TIME = timedelta(minutes=2)


class TimeState(StrEnum):
    NONE = "none"  # nothing planned: just the time spent
    OK = "ok"
    NEAR = "near"
    OVER = "over"


#: the filled part of the bar in each state; white text on it reaches 5:1 (WCAG AA asks 4.5:1)
COLOURS = {
    TimeState.NONE: QColor("#5b6a7f"),
    TimeState.OK: QColor("#2f7a58"),
    TimeState.NEAR: QColor("#94620a"),
    TimeState.OVER: QColor("#c0392b"),
}
#: the text over the filled part, and over the track (the state's colour, faint, on the white card)
TEXT_ON_FILL = QColor("#ffffff")
TEXT_ON_TRACK = QColor("#1d2733")
TRACK_ALPHA = 38
CARD = QColor("#ffffff")


def track_colour(state: TimeState) -> QColor:
    """The unfilled part of the bar as it looks on the white card (the state's colour, faint)."""
    fill, a = COLOURS[state], TRACK_ALPHA / 255
    return QColor(
        round(fill.red() * a + CARD.red() * (1 - a)),
        round(fill.green() * a + CARD.green() * (1 - a)),
        round(fill.blue() * a + CARD.blue() * (1 - a)),
    )


translate = QCoreApplication.translate


def clock_text(span: timedelta) -> str:
    """``12:05`` (minutes:seconds), or ``1:02:05`` past an hour."""
    secs = max(0, int(span.total_seconds()))
    h, rest = divmod(secs, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"


def minutes_text(span: timedelta) -> str:
    mins = round(abs(span.total_seconds()) / 60)
    if mins >= 60:
        return (
            translate("Timing", "%1 h %2 min")
            .replace("%1", str(mins // 60))
            .replace("%2", f"{mins % 60:02d}")
        )
    return translate("Timing", "%n min", None, mins)


@dataclass(frozen=True, slots=True)
class TimeStatus:
    state: TimeState
    text: str
    #: elapsed / planned (0 when nothing is planned)
    fraction: float


def time_status(elapsed: timedelta, planned: timedelta) -> TimeStatus:
    """How an item (or a speaking turn) stands against its planned time."""
    if planned <= timedelta(0):
        return TimeStatus(
            TimeState.NONE, translate("Timing", "%1 spent").replace("%1", clock_text(elapsed)), 0.0
        )
    left = planned - elapsed
    fraction = elapsed / planned
    if left < timedelta(0):
        over = max(1, math.floor(-left.total_seconds() / 60))
        return TimeStatus(
            TimeState.OVER, translate("Timing", "overrun by %n min", None, over), fraction
        )
    mins = math.ceil(left.total_seconds() / 60)
    text = (
        translate("Timing", "%n min left", None, mins)
        if mins >= 1
        else translate("Timing", "time is up")
    )
    near = left <= planned * NEAR_SHARE or left <= NEAR_TIME
    return TimeStatus(TimeState.NEAR if near else TimeState.OK, text, fraction)


def turn_status(elapsed: timedelta, limit_seconds: int | None) -> TimeStatus:
    """A speaking turn against the optional limit per turn (warns in words once it is reached)."""
    spoken = clock_text(elapsed)
    if not limit_seconds:
        return TimeStatus(
            TimeState.NONE, translate("Timing", "speaking for %1").replace("%1", spoken), 0.0
        )
    limit = timedelta(seconds=limit_seconds)
    fraction = elapsed / limit
    if elapsed >= limit:
        text = translate("Timing", "limit reached (%1 of %2)")
        return TimeStatus(
            TimeState.OVER, text.replace("%1", spoken).replace("%2", clock_text(limit)), fraction
        )
    text = translate("Timing", "%1 of %2").replace("%1", spoken).replace("%2", clock_text(limit))
    return TimeStatus(
        TimeState.NEAR if fraction >= 1 - NEAR_SHARE else TimeState.OK, text, fraction
    )


def hhmm(moment: datetime | None) -> str:
    """A time of day the way the user's language writes it ("21:40", "21 h 40")."""
    return clock_time(moment)


def projection_text(m: Meeting, now: datetime) -> str:
    """ "At this pace we end at 21:40, 25 min late", in the user's language."""
    proj = projected_end(m, now)
    if proj.end is None:
        return translate("Timing", "No planned times: the end cannot be projected.")
    if m.live.ended_at is not None:
        head = translate("Timing", "Ended at %1").replace("%1", hhmm(proj.end))
    elif m.live.started_at is None:
        head = translate("Timing", "Planned to end at %1").replace("%1", hhmm(proj.end))
    else:
        head = translate("Timing", "At this pace we end at %1").replace("%1", hhmm(proj.end))
    if proj.late is None or planned_meeting_end(m) is None:
        return head
    mins = round(proj.late.total_seconds() / 60)
    if mins > 0:
        tail = translate("Timing", "%n min late", None, mins)
    elif mins < 0:
        tail = translate("Timing", "%n min early", None, -mins)
    else:
        tail = translate("Timing", "on time")
    return translate("Timing", "%1, %2").replace("%1", head).replace("%2", tail)


class TimerBar(QWidget):
    """A progress bar of time spent against planned, with its state written on it."""

    def __init__(self, parent: QWidget | None = None, height: int = 30) -> None:
        super().__init__(parent)
        self._status = time_status(timedelta(0), timedelta(0))
        self._detail = ""
        self._height = height
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(160)

    @property
    def status(self) -> TimeStatus:
        return self._status

    def text(self) -> str:
        return self._status.text

    def set_times(self, elapsed: timedelta, planned: timedelta) -> None:
        detail = (
            f"{clock_text(elapsed)} / {clock_text(planned)}"
            if planned > timedelta(0)
            else clock_text(elapsed)
        )
        status = time_status(elapsed, planned)
        if (status, detail) == (self._status, self._detail) and self.toolTip() == detail:
            return  # the same second: nothing to repaint
        self._status, self._detail = status, detail
        self.setAccessibleName(f"{status.text} ({detail})")
        self.setToolTip(detail)
        self.update()

    def set_status(self, status: TimeStatus, detail: str = "") -> None:
        same = (status, detail) == (self._status, self._detail)
        if same and self.accessibleName() == status.text:
            return
        self._status = status
        self._detail = detail
        self.setAccessibleName(status.text)
        self.update()

    def clear(self, text: str = "") -> None:
        status = TimeStatus(TimeState.NONE, text, 0.0)
        if (status, "") == (self._status, self._detail):
            return
        self._status = status
        self._detail = ""
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, self._height)

    def shown_detail(self) -> str:
        """The times on the right, or nothing where the bar is too narrow for them and the words
        on the left (larger text in a narrow column: they were drawn over each other); the
        tooltip keeps them."""
        bold = QFont(self.font())
        bold.setBold(True)
        words = QFontMetrics(bold).horizontalAdvance(self.text())
        room = self.width() - 2 * 12 - 12  # the texts' margins and a gap between them
        if words + self.fontMetrics().horizontalAdvance(self._detail) > room:
            return ""
        return self._detail

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        radius = rect.height() / 2.6
        state = self._status.state
        track = QPainterPath()
        track.addRoundedRect(rect, radius, radius)
        p.setPen(Qt.PenStyle.NoPen)
        p.fillPath(track, track_colour(state))
        # the filled part is as wide as the time spent, clipped to the track's round ends: at 0:00
        # nothing is filled (a minimum width drew a green blob there)
        filled = QRectF(rect)
        filled.setWidth(rect.width() * min(max(self._status.fraction, 0.0), 1.0))
        if filled.width() > 0:
            p.save()
            p.setClipPath(track)
            p.fillRect(filled, COLOURS[state])
            p.restore()
        # each text is drawn twice, clipped: dark over the track, white over the fill, so every
        # letter has its contrast whichever part it lies on (white on cream was unreadable)
        text_rect = rect.adjusted(12, 0, -12, 0)
        bold = QFont(self.font())
        bold.setBold(True)
        rest = QRectF(filled.right(), rect.top(), rect.right() - filled.right(), rect.height())
        detail = self.shown_detail()
        for colour, clip in ((TEXT_ON_TRACK, rest), (TEXT_ON_FILL, filled)):
            if clip.width() <= 0:
                continue
            p.save()
            p.setClipRect(clip)
            p.setPen(QPen(colour))
            p.setFont(bold)
            left = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            p.drawText(text_rect, left, self.text())
            p.setFont(self.font())
            right = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight
            p.drawText(text_rect, right, detail)
            p.restore()
        p.end()
