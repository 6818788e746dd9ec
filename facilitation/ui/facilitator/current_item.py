"""The heart of the facilitator's window: the live question, large, with its clocks.

Shows the current item's title as the question of the moment, its sub-questions and description, a
bar of its time against plan, the meeting's time and the projected end, and what was recorded on the
item so far (decisions, actions, open questions). It reads the meeting; it never changes it.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QEnterEvent,
    QFont,
    QFontMetrics,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextLayout,
    QTextOption,
)
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QSizePolicy, QVBoxLayout, QWidget

from facilitation.models import Change, DecisionMethod, Meeting
from facilitation.models.timing import item_elapsed, meeting_elapsed, pauses_total

from facilitation.ui.common.wrapped_label import ColumnLabel, WholeLabel
from facilitation.ui.core import topics
from facilitation.ui.core.context import AppContext
from facilitation.ui.core.i18n import local_date
from facilitation.ui.facilitator.timer_bar import TimerBar, clock_text, hhmm, projection_text

translate = QCoreApplication.translate


def _label(text: str = "", name: str = "", wrap: bool = True) -> QLabel:
    label = ColumnLabel(text) if wrap else QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    if name:
        label.setObjectName(name)
    return label


def _labelled(label: str, text: str) -> str:
    """ "Label: text", with the language's own colon (French puts a no-break space before it)."""
    # the label first: the text is the user's and may hold "%1"
    return translate("CurrentItem", "%1: %2").replace("%1", label).replace("%2", text)


def _headed(head: str, text: str, how: str = "") -> tuple[str, str]:
    """ "Head (how): text" split after the bold part ("Head"), with the language's own colon."""
    line = _labelled("\x00", text)  # where the head goes, whatever the language's word order
    before, _mark, after = line.partition("\x00")
    return before + head, how + after


class FillArea(QWidget):
    """Holds one label over all its room, so that a new text never re-lays out the panel.

    A word-wrapped rich-text label tells its layout a new height for every new text, and measuring
    it was most of a step's re-layout. The recorded list fills the room left under the question
    anyway (the layout's stretch), top-aligned: what does not fit is clipped, as it was.
    """

    def __init__(self, label: QLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._label = label
        label.setParent(self)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(200, self._label.fontMetrics().lineSpacing() * 2)

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self._label.fontMetrics().lineSpacing())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._label.setGeometry(self.rect())
        super().resizeEvent(event)


#: the question's font never shrinks below this share of its size (24 pt at normal text: 14.4 pt,
#: still larger than the sub-questions under it)
QUESTION_LEAST_SHARE = 0.6
#: the steps, in points, by which the question's font shrinks (few sizes: few glyph caches)
_QUESTION_STEP = 0.5


class QuestionLabel(WholeLabel):
    """The question, which the mouse can select while it is over it, in a font small enough for
    its longest word to fit its column.

    A selectable label keeps its text in a ``QTextDocument`` that every new text lays out again
    (about 2 ms of a "next item" at 24 pt); a plain label draws its text directly. Selecting is
    switched on when the mouse comes over the question, and off when it leaves with nothing
    selected: steps taken from the keyboard or the buttons do not pay for it.

    A long word in the large font ("refinancement," at 24 pt, 275 pixels) was wider than the middle
    column on a small screen or with larger text, and the column cut it at its edge: given the
    room it has (:meth:`fit_to`), the label draws in a smaller font, down to
    :data:`QUESTION_LEAST_SHARE` of its own, until that word fits. ``font()`` is the font it was
    given (the theme's, at the text size in use), ``fontMetrics()`` the one it draws in.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._resting = self.textInteractionFlags()  # a plain label's: no text document
        self._wanted = QFont(super().font())
        self._room: int | None = None

    def font(self) -> QFont:
        return QFont(self._wanted)

    def setFont(self, font: QFont | str | Sequence[str]) -> None:
        self._wanted = QFont(font) if isinstance(font, QFont) else QFont(super().font())
        if not isinstance(font, QFont):
            self._wanted.setFamilies([font] if isinstance(font, str) else list(font))
        self._fit()

    def setText(self, text: str) -> None:
        changed = text != self.text()
        super().setText(text)
        if changed:
            self._fit()

    def fit_to(self, room: int) -> None:
        """Draw in the largest font, down to the least, whose longest word fits ``room`` pixels."""
        if room != self._room:
            self._room = room
            self._fit()

    def least_width(self) -> int:
        """The width the longest word needs in the smallest font the question may take."""
        return self._widest(self._sized(self._least_points())) + self._extra()

    def _least_points(self) -> float:
        return self._wanted.pointSizeF() * QUESTION_LEAST_SHARE

    def _sized(self, points: float) -> QFont:
        font = QFont(self._wanted)
        font.setPointSizeF(points)
        return font

    def _widest(self, font: QFont) -> int:
        fm = QFontMetrics(font)
        return max((fm.horizontalAdvance(word) for word in self.text().split()), default=0)

    def _extra(self) -> int:
        m = self.contentsMargins()
        return m.left() + m.right() + 2 * self.margin()

    def _measure_least(self) -> QSize:
        self._line = None  # kept by the font given (``font()``), not by the one drawn in
        return super()._measure_least()

    def _fit(self) -> None:
        wanted = self._wanted.pointSizeF()
        font = self._wanted
        if self._room is not None and wanted > 0:
            room = self._room - self._extra()
            points, least = wanted, self._least_points()
            if self._widest(font) > room:
                # in proportion first, then down by steps: widths do not follow the size exactly
                guess = wanted * room / max(1, self._widest(font))
                points = max(least, _QUESTION_STEP * int(guess / _QUESTION_STEP))
                while points > least and self._widest(self._sized(points)) > room:
                    points = max(least, points - _QUESTION_STEP)
                font = self._sized(points)
        if font != super().font():
            super().setFont(font)

    def enterEvent(self, event: QEnterEvent) -> None:
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        super().enterEvent(event)

    def leaveEvent(self, event: QEvent) -> None:
        if not self.hasSelectedText():
            self.setTextInteractionFlags(self._resting)
        super().leaveEvent(event)


class RecordedLabel(QLabel):
    """The decisions, actions and questions recorded on the item: one paragraph each, its kind in bold.

    A QLabel for its font, colour, accessible text and ``text()`` (the plain lines), painted with one
    ``QTextLayout`` per paragraph: as rich text, every new item parsed HTML into a new
    ``QTextDocument`` and laid it out, about 7 ms of a "next item" step with a busy item; this is a
    fraction of that. Paragraphs below the room are not laid out (they would be clipped anyway).
    """

    #: the space under each paragraph, as the rich text's ``margin:0 0 6px 0`` gave
    GAP = 6
    HINT_COLOUR = QColor("#5b6776")  # 5.9:1 on the white card

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)
        self.setAlignment(Qt.AlignmentFlag.AlignTop)
        self._entries: tuple[tuple[str, int], ...] = ()  # (paragraph, length of its bold head)
        self._hint = False
        self._layouts: list[QTextLayout] = []
        self._laid_for: tuple[int, int, str] | None = None  # (width, height, font key)
        self._whole_bottom = 0.0
        #: the layout checks know it shows whole lines only, as many as it has room for
        self.setProperty("clipsWholeLines", True)

    def set_entries(self, entries: list[tuple[str, str]], hint: str = "") -> None:
        """Show ``(head, text)`` paragraphs, the head in bold; or ``hint`` in grey when none."""
        shown = tuple((head + text, len(head)) for head, text in entries)
        if not shown and hint:
            shown, is_hint = ((hint, 0),), True
        else:
            is_hint = False
        if shown == self._entries and is_hint == self._hint:
            return
        self._entries, self._hint = shown, is_hint
        self._laid_for = None
        self.setText("\n".join(text for text, _bold in shown))

    def clear(self) -> None:
        self.set_entries([])

    def _lay_out(self) -> list[QTextLayout]:
        font = self.font()
        key = (self.width(), self.height(), font.key())
        if self._laid_for == key:
            return self._layouts
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        option = QTextOption()
        option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        layouts, y, width = [], 0.0, float(max(self.width(), 1))
        whole = 0.0  # the bottom of the last line that fits whole: lines below it are not drawn
        for text, bold_length in self._entries:
            if y >= self.height():
                break
            layout = QTextLayout(text, font)
            layout.setTextOption(option)
            if bold_length:
                head = QTextLayout.FormatRange()
                head.start, head.length, head.format = 0, bold_length, bold
                layout.setFormats([head])
            layout.beginLayout()
            while True:
                line = layout.createLine()
                if not line.isValid():
                    break
                line.setLineWidth(width)
                line.setPosition(QPointF(0, y))
                y += line.height()
                if y <= self.height():
                    whole = y
            layout.endLayout()
            layouts.append(layout)
            y += self.GAP
        self._layouts, self._laid_for = layouts, key
        self._whole_bottom = whole
        return layouts

    def paintEvent(self, event: QPaintEvent) -> None:
        layouts = self._lay_out()
        if not layouts:
            return
        p = QPainter(self)
        # a line cut through its middle is never drawn: the list shows the lines it has room for
        p.setClipRect(QRectF(0, 0, self.width(), self._whole_bottom))
        colour = self.palette().color(self.foregroundRole())
        p.setPen(self.HINT_COLOUR if self._hint else colour)
        for layout in layouts:
            layout.draw(p, QPointF(0, 0))
        p.end()


class CurrentItemScroll(QScrollArea):
    """The panel's scroll area (with the text at 200 % on a laptop the question and its clocks can
    be taller than the screen: the panel then scrolls rather than squeezing its lines over each
    other). It never scrolls across: the panel fits its width (:meth:`CurrentItemPanel.fit_to`),
    and the area is never narrower than the panel's least (a word was cut at its edge)."""

    def __init__(self, panel: CurrentItemPanel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("currentScroll")
        self._panel = panel
        self.setWidget(panel)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.viewport().setAutoFillBackground(False)
        self.setStyleSheet("QScrollArea { background: transparent; }")
        self.viewport().installEventFilter(self)
        panel.installEventFilter(self)
        self._least = self._measure_least()
        #: the area's width and its scroll bar shown, and the viewport's width, when the question
        #: was last fitted
        self._fitted, self._room = (-1, False), -1
        #: the area's width when the question last took a larger font back as the bar went
        self._regrown_at = -1

    def _measure_least(self) -> int:
        frame = 2 * self.frameWidth()
        scroll = self.verticalScrollBar()
        bar = scroll.sizeHint().width() if scroll.isVisibleTo(self) else 0
        return self._panel.least_width() + frame + bar

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(max(hint.width(), self._least), hint.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if watched is self.viewport() and kind == QEvent.Type.Resize:
            room, bar = self.viewport().width(), self.verticalScrollBar().isVisibleTo(self)
            # wider because the scroll bar went (a question in a smaller font is shorter): the
            # larger font is tried once at this width, else it could bring the bar back, and so on
            bar_went = self._fitted == (self.width(), True) and not bar and room > self._room
            if bar_went and self._regrown_at == self.width():
                return super().eventFilter(watched, event)
            if bar_went:
                self._regrown_at = self.width()
            self._fitted, self._room = (self.width(), bar), room
            self._panel.fit_to(room)
        elif watched is self._panel and kind == QEvent.Type.LayoutRequest:
            # a new text or font: the column's least width follows only when it changes
            least = self._measure_least()
            if least != self._least:
                self._least = least
                self.updateGeometry()
        return super().eventFilter(watched, event)


class CurrentItemPanel(QFrame):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.setObjectName("currentItem")
        layout = self._box = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 22)
        layout.setSpacing(10)

        self.status_line = _label(name="itemStatus")
        self.question = QuestionLabel()
        self.question.setObjectName("question")
        # plain text: a rich-text list parsed HTML into a new document on every step
        self.sub_questions = WholeLabel()
        self.sub_questions.setWordWrap(True)
        self.sub_questions.setTextFormat(Qt.TextFormat.PlainText)
        self.sub_questions.setObjectName("subQuestions")
        self.description = _label(name="description")
        for w in (self.status_line, self.question, self.description, self.sub_questions):
            layout.addWidget(w)
        layout.addSpacing(6)

        self.item_bar = TimerBar(self, height=34)
        self.item_bar.setObjectName("itemTimer")
        layout.addWidget(self.item_bar)

        self.meeting_time = _label(name="meetingTime")
        self.projection = _label(name="projection")
        layout.addWidget(self.projection)
        layout.addWidget(self.meeting_time)

        self.pause_banner = _label(name="pauseBanner")
        self.pause_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pause_banner.hide()
        layout.addWidget(self.pause_banner)

        layout.addSpacing(8)
        self.recorded_title = _label(
            translate("CurrentItem", "Recorded on this item"), "sectionTitle"
        )
        self.recorded = RecordedLabel()
        self.recorded.setObjectName("recorded")
        layout.addWidget(self.recorded_title)
        layout.addWidget(FillArea(self.recorded), 1)
        self.coming = _label(name="coming")
        layout.addWidget(self.coming)

        ctx.hub.changed.connect(self.on_change)
        self.refresh()

    def fit_to(self, width: int) -> None:
        """The panel is shown ``width`` pixels wide (its scroll area's viewport): the question's
        font fits its longest word to that room."""
        margins = self.contentsMargins() + self._box.contentsMargins()
        self.question.fit_to(width - margins.left() - margins.right())

    def least_width(self) -> int:
        """The narrowest the panel may be: its texts' longest words, the question's in its
        smallest font (:class:`QuestionLabel`)."""
        layout = self._box
        margins = self.contentsMargins() + layout.contentsMargins()
        widest = self.question.least_width()
        for i in range(layout.count()):
            item = layout.itemAt(i)
            w = item.widget() if item is not None else None
            if item is not None and w is not self.question and (w is None or not w.isHidden()):
                widest = max(widest, item.minimumSize().width())
        return widest + margins.left() + margins.right()

    def sizeHint(self) -> QSize:
        """Shown, the panel's wish is the height its texts need at the width it has.

        Its scroll area gives it the viewport's width and that height whatever it wishes, and
        nothing else lays it out; the layout's own size hint is its height at its widest text's
        width, which measured every new text again at a width the panel never has.
        """
        layout = self.layout()
        if not self.isVisible() or self.width() <= 0 or layout is None:
            return super().sizeHint()
        return QSize(layout.sizeHint().width(), self.heightForWidth(self.width()))

    @property
    def meeting(self) -> Meeting:
        return self._ctx.meeting

    def shown_item_id(self) -> str | None:
        """The live item, or before the start the first one (what the facilitator will open with)."""
        m = self.meeting
        if m.live.current_item_id is not None:
            return m.live.current_item_id
        if m.live.started_at is None:
            return next((i.id for i in m.items.values() if not i.skipped), None)
        return None

    def on_change(self, change: Change) -> None:
        if change.touches(*topics.CURRENT_ITEM):
            self.refresh()

    def refresh(self) -> None:
        self._refresh_text()
        self.refresh_times()

    def _refresh_text(self) -> None:
        m = self.meeting
        iid = self.shown_item_id()
        item = m.items.get(iid) if iid else None
        ids = list(m.items)
        if item is None:
            if m.live.ended_at is not None:
                self.status_line.setText(translate("CurrentItem", "The meeting has ended"))
                self.question.setText(m.details.title or translate("CurrentItem", "Meeting"))
            else:
                self.status_line.setText(translate("CurrentItem", "No agenda yet"))
                self.question.setText(
                    translate("CurrentItem", "Add agenda items with Meeting → Edit agenda…")
                )
            self.sub_questions.clear()
            self.description.clear()
            self.description.hide()
            self.recorded.clear()
            self.coming.clear()
            return
        number = ids.index(item.id) + 1
        if m.live.started_at is None:
            state = translate("CurrentItem", "First item · the meeting has not started")
        else:
            state = translate("CurrentItem", "Item %1 of %2").replace("%1", str(number))
            state = state.replace("%2", str(len(ids)))
        extra = [state]
        if item.planned_minutes:
            extra.append(translate("CurrentItem", "%n min planned", None, item.planned_minutes))
        if item.presenter:
            extra.append(translate("CurrentItem", "presented by %1").replace("%1", item.presenter))
        self.status_line.setText("  ·  ".join(extra))
        self.question.setText(item.title)
        if item.sub_questions:
            self.sub_questions.setText("\n".join(f"•  {q}" for q in item.sub_questions))
            self.sub_questions.show()
        else:
            self.sub_questions.clear()
            self.sub_questions.hide()
        self.description.setText(item.description)
        self.description.setVisible(bool(item.description))
        self._show_recorded(item.id)
        self.coming.setText(self._coming_text(item.id))

    def _coming_text(self, item_id: str) -> str:
        m = self.meeting
        ids = list(m.items)
        later = [m.items[i] for i in ids[ids.index(item_id) + 1 :] if not m.items[i].skipped]
        if not later:
            return translate("CurrentItem", "This is the last item.")
        nxt = later[0]
        text = translate("CurrentItem", "Next: %1. %2").replace("%1", str(ids.index(nxt.id) + 1))
        text = text.replace("%2", nxt.title)
        if nxt.planned_minutes:
            text += " " + translate("CurrentItem", "(%n min)", None, nxt.planned_minutes)
        return text

    def _show_recorded(self, item_id: str) -> None:
        m = self.meeting
        lines: list[tuple[str, str]] = []
        for d in m.decisions_of(item_id):
            how = {
                DecisionMethod.CONSENSUS: translate("CurrentItem", "consensus"),
                DecisionMethod.VOTE: translate("CurrentItem", "vote %1–%2–%3")
                .replace("%1", str(d.votes_for or 0))
                .replace("%2", str(d.votes_against or 0))
                .replace("%3", str(d.abstentions or 0)),
                DecisionMethod.POSTPONED: translate("CurrentItem", "postponed"),
            }[d.method]
            head = translate("CurrentItem", "Decision")
            lines.append(_headed(head, d.text, f" ({how})"))
        for a in m.actions_of(item_id):
            who = m.participant_name(a.owner_id) or a.owner
            due = local_date(a.due) if a.due else ""
            tail = ", ".join(x for x in (who, due) if x)
            head, text = _headed(translate("CurrentItem", "Action"), a.what)
            lines.append((head, text + (f" ({tail})" if tail else "")))
        for q in m.questions_of(item_id):
            lines.append(_headed(translate("CurrentItem", "Open question"), q.text))
        hint = translate(
            "CurrentItem", "Nothing yet. Ctrl+D: decision · Ctrl+J: action · Ctrl+K: question"
        )
        self.recorded.set_entries(lines, hint)

    def refresh_times(self, now: datetime | None = None) -> None:
        m = self.meeting
        now = now or self._ctx.clock.now()
        iid = self.shown_item_id()
        item = m.items.get(iid) if iid else None
        if item is not None:
            self.item_bar.set_times(
                item_elapsed(m, item.id, now), timedelta(minutes=item.planned_minutes)
            )
        else:
            self.item_bar.clear()
        if m.live.started_at is None:
            self.meeting_time.setText(translate("CurrentItem", "Not started"))
        else:
            spent = clock_text(meeting_elapsed(m, now))
            text = translate("CurrentItem", "Meeting %1 · started %2")
            text = text.replace("%1", spent).replace("%2", hhmm(m.live.started_at))
            breaks = pauses_total(m, now)
            if breaks.total_seconds() >= 1:
                text += "  ·  " + translate("CurrentItem", "breaks %1").replace(
                    "%1", clock_text(breaks)
                )
            self.meeting_time.setText(text)
        self.projection.setText(projection_text(m, now))
        pause = m.current_pause
        if pause is not None:
            self.pause_banner.setText(
                translate("CurrentItem", "Break since %1 (%2) — F9 to resume")
                .replace("%1", hhmm(pause.start))
                .replace("%2", clock_text(now - pause.start))
            )
            self.pause_banner.show()
        else:
            self.pause_banner.hide()
