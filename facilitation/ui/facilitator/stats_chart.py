"""Who has spoken how long: a small horizontal bar chart per person or per group, painted by hand.

The rows come from ``models/stats.py`` (recorded turns only); people present who have not been heard
are listed under the chart, so the facilitator can invite them in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitation.models import Change, Meeting
from facilitation.models.stats import SpeakingTime, by_group, by_person
from facilitation.models.timing import ZERO

from facilitation.ui.common.wrapped_label import WrappedLabel
from facilitation.ui.core import topics
from facilitation.ui.core.context import AppContext
from facilitation.ui.facilitator.speaking_totals import SpeakingTotals
from facilitation.ui.facilitator.timer_bar import clock_text

translate = QCoreApplication.translate
MAX_ROWS = 12


@dataclass(frozen=True, slots=True)
class Bar:
    label: str
    seconds: int
    turns: int
    share: float  # of all speaking time, 0..1


def chart_rows(m: Meeting, now: datetime, groups: bool = False) -> list[Bar]:
    """The bars to draw: longest first, with each one's share of the total speaking time."""
    return bars_of(by_group(m, now) if groups else by_person(m, now))


def bars_of(rows: list[SpeakingTime], total: timedelta | None = None) -> list[Bar]:
    """A bar per row; each one's share of ``total`` (by default, of all the rows' time)."""
    if total is None:
        total = sum((r.time for r in rows), ZERO)
    return _bars(rows, total.total_seconds())


def _bars(rows: list[SpeakingTime], total: float) -> list[Bar]:
    bars = []
    for r in rows:
        label = r.label or translate("Stats", "(no group)")
        secs = int(r.time.total_seconds())
        bars.append(Bar(label, secs, r.turns, r.time.total_seconds() / total if total else 0.0))
    return bars


class AllLinesLabel(WrappedLabel):
    """A wrapped label whose least height is that of all its lines at its width, set on it: the
    speakers' column reads its tabs' least height from their page (``fit_speakers``), so in a short
    tab with large text the chart above gives way rather than the label's last line.

    Measured with :meth:`WrappedLabel.text_height`, not ``heightForWidth``: ``QLabel`` never answers
    below the minimum set on it, so a minimum set at a narrower width (more lines) never came down
    again, and the label kept a blank line at its width (the chart lost a row to it)."""

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._fit()

    def clear(self) -> None:
        super().clear()
        self._fit()

    def _fit(self) -> None:
        self.set_least_height(
            self.text_height(self.width()) if self.text() and self.width() > 0 else 0
        )


class BarChart(QWidget):
    ROW = 22

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars: list[Bar] = []
        #: how many rows there are in all (``bars`` may hold only the first MAX_ROWS of them)
        self.count = 0
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        #: (font key, its metrics, each name's width, each name elided to a width): the same
        #: people are drawn at every repaint, and measuring a text shapes it anew each time
        self._measures: tuple[str, QFontMetrics, dict[str, int], dict[tuple[str, int], str]] | None
        self._measures = None

    def _metrics(self) -> tuple[QFontMetrics, dict[str, int], dict[tuple[str, int], str]]:
        key = self.font().key()
        if self._measures is None or self._measures[0] != key:
            self._measures = (key, QFontMetrics(self.font()), {}, {})
        return self._measures[1], self._measures[2], self._measures[3]

    def _width(self, text: str) -> int:
        fm, widths, _elided = self._metrics()
        width = widths.get(text)
        if width is None:
            width = widths[text] = fm.horizontalAdvance(text)
        return width

    def _elided(self, text: str, width: int) -> str:
        fm, _widths, elided = self._metrics()
        key = (text, width)
        shown = elided.get(key)
        if shown is None:
            if len(elided) > 4 * MAX_ROWS * 8:  # names at a few widths; a resize makes new ones
                elided.clear()
            shown = elided[key] = fm.elidedText(text, Qt.TextElideMode.ElideRight, width)
        return shown

    def set_bars(self, bars: list[Bar], count: int | None = None) -> None:
        """Show ``bars``, the first of ``count`` rows (all of them by default)."""
        count = len(bars) if count is None else count
        if bars == self.bars and count == self.count:
            return  # the same seconds (a refresh within the same second): no repaint
        rows_before = min(len(self.bars), MAX_ROWS)
        self.bars, self.count = bars, count
        self.setAccessibleDescription(
            "; ".join(f"{b.label} {clock_text_s(b.seconds)}" for b in bars[:MAX_ROWS])
        )
        if min(len(bars), MAX_ROWS) != rows_before:
            self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(300, max(1, min(len(self.bars), MAX_ROWS)) * self.ROW + 8)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.ROW * 3)

    def rows_shown(self) -> tuple[list[Bar], int]:
        """The bars drawn whole at the chart's height, and how many are left out.

        A short panel (a laptop's screen) cut the last bar through its middle: only whole rows are
        drawn now, and those left out are counted on the last line.
        """
        fitting = max(1, min(MAX_ROWS, (self.height() - 4) // self.ROW))
        shown = self.bars[:fitting]
        hidden = max(self.count, len(self.bars)) - len(shown)
        if hidden > 0 and len(shown) > 1:
            shown, hidden = shown[:-1], hidden + 1  # the last line says "and N more"
        return shown, hidden

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self.bars:
            p.setPen(HINT)
            p.drawText(
                QRectF(self.rect()),
                Qt.AlignmentFlag.AlignCenter,
                translate("Stats", "Nobody has spoken yet."),
            )
            p.end()
            return
        shown, hidden = self.rows_shown()
        label_w = min(max(self._width(b.label) for b in shown) + 10, self.width() // 3)
        value_w = self._width("00:00:00 · 100%") + 8
        bar_w = max(10, self.width() - label_w - value_w - 8)
        longest = max(b.seconds for b in shown) or 1
        row, right, left = (
            self.ROW,
            int(Qt.AlignmentFlag.AlignRight),
            int(Qt.AlignmentFlag.AlignLeft),
        )
        vcentre = int(Qt.AlignmentFlag.AlignVCenter)
        # the texts first, then the bars: one pen and one brush at a time, not three a row
        p.setPen(INK)
        for i, b in enumerate(shown):
            y = 4 + i * row
            label = self._elided(b.label, label_w - 8)
            p.drawText(QRectF(0, y, label_w - 8, row), vcentre | right, label)
            p.drawText(
                QRectF(label_w + bar_w + 8, y, value_w, row),
                vcentre | left,
                f"{clock_text_s(b.seconds)} · {round(b.share * 100)}%",
            )
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(TRACK)
        for i in range(len(shown)):
            p.drawRoundedRect(QRectF(label_w, 4 + i * row + 5, bar_w, row - 10), 3, 3)
        for brush in (BLUE, ORANGE):
            p.setBrush(brush)
            for i, b in enumerate(shown):
                width = bar_w * b.seconds / longest
                if width > 0 and (b.share <= 0.25) == (brush is BLUE):
                    p.drawRoundedRect(
                        QRectF(label_w, 4 + i * row + 5, max(width, 4), row - 10), 3, 3
                    )
        if hidden > 0:
            p.setPen(HINT)
            p.drawText(
                QRectF(label_w, 4 + len(shown) * row, bar_w + value_w, row),
                vcentre | left,
                translate("Stats", "and %n more", None, hidden),
            )
        p.end()


#: the chart's colours (made once, not per bar and per paint)
INK = QColor("#2b3440")
HINT = QColor("#5b6776")  # 5.9:1 on the white card
TRACK = QColor("#e9edf2")
BLUE = QColor("#4a7fb5")
ORANGE = QColor("#b5651d")  # a share over a quarter of the speaking time


def clock_text_s(seconds: int) -> str:
    return clock_text(timedelta(seconds=seconds))


class StatsPanel(QFrame):
    """The chart with its "people / groups" switch and the list of those not heard yet."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        #: the closed turns' totals, followed change by change (not re-walked every second)
        self.totals = SpeakingTotals(ctx.meeting)
        self.setObjectName("statsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 10, 16, 14)
        head = QHBoxLayout()
        self.title = QLabel(translate("Stats", "Speaking time"))
        self.title.setObjectName("panelTitle")
        head.addWidget(self.title)
        head.addStretch(1)
        self.people = QRadioButton(translate("Stats", "People"))
        self.groups = QRadioButton(translate("Stats", "Groups"))
        self.people.setChecked(True)
        switch = QButtonGroup(self)
        switch.addButton(self.people)
        switch.addButton(self.groups)
        head.addWidget(self.people)
        head.addWidget(self.groups)
        layout.addLayout(head)
        self.chart = BarChart(self)
        layout.addWidget(self.chart, 1)
        self.silent = AllLinesLabel()
        self.silent.setObjectName("hint")
        layout.addWidget(self.silent)
        self.groups.toggled.connect(lambda _on: self.refresh_times())
        ctx.hub.changed.connect(self.on_change)
        self.refresh_times()

    def show_groups(self, on: bool) -> None:
        (self.groups if on else self.people).setChecked(True)

    def on_change(self, change: Change) -> None:
        self.totals.follow(self._ctx.meeting, change)
        if change.touches(*topics.SPEAKING_TIME):
            self.refresh_times()

    def refresh_times(self, now: datetime | None = None) -> None:
        m = self._ctx.meeting
        now = now or self._ctx.clock.now()
        totals = self.totals
        # only the bars the chart can draw are made (a large meeting has 180 speakers), their
        # shares of everyone's time
        if self.groups.isChecked():
            rows = totals.by_group(m, now)
            count, total = len(rows), sum((r.time for r in rows), ZERO)
            rows = rows[:MAX_ROWS]
        else:
            rows, count, total = totals.top_people(m, now, MAX_ROWS)
        self.chart.set_bars(bars_of(rows, total), count)
        silent = [m.participant_name(pid) for pid in totals.silent_present(m)]
        if not m.turns:
            self.silent.clear()
        elif silent:
            shown = ", ".join(silent[:10]) + (" …" if len(silent) > 10 else "")
            self.silent.setText(
                translate("Stats", "Not heard yet (%1): %2")
                .replace("%1", str(len(silent)))
                .replace("%2", shown)
            )
        else:
            self.silent.setText(translate("Stats", "Everyone present has spoken."))
