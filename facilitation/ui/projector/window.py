"""The projector's window: what the room sees, read-only, in large high-contrast type.

It shows the meeting's title and the clock, the question under discussion and its sub-questions, the
item timer (counting down to the planned length, then up, marked "over time"), who has the floor and
who is next. The type scales with the window and shrinks until everything fits: a long question on a
1280×720 projector wraps and gets smaller rather than being cut off.

While the facilitator reads the decisions and actions back, the page gives way to the read-back's
(:mod:`facilitation.ui.projector.read_back_view`) until it is over.

Names can be hidden (online meetings may be recorded): a setting, toggled from the context menu.
The window refreshes from the change records only, and a one-second timer repaints just the timer and
the clock.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QSize, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QKeySequence,
    QMoveEvent,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from facilitation.models import Change, Topic

from facilitation.ui.common.secondary import SecondaryWindow
from facilitation.ui.core import topics
from facilitation.ui.core.context import AppContext
from facilitation.ui.core.i18n import clock_time
from facilitation.ui.core.live_text import item_number, item_timer, speakers
from facilitation.ui.projector.large_type import (
    BACKGROUND,
    MIN_PIXELS,
    OVER_TIME,
    RULE,
    SOFT_TEXT,
    TEXT,
    font,
    label,
)

if TYPE_CHECKING:
    from facilitation.ui.core.read_back import ReadBack
    from facilitation.ui.projector.read_back_view import ReadBackView

HIDE_NAMES_KEY = "projector/hide_names"


def hide_names_setting(ctx: AppContext) -> bool:
    value = ctx.settings.value(HIDE_NAMES_KEY, False)
    return value is True or str(value).lower() in ("true", "1")


class ProjectorWindow(SecondaryWindow):
    SETTINGS_KEY = "windows/projector"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.setWindowTitle(self.tr("Projector"))
        self.setMinimumSize(QSize(480, 270))
        self.resize(1280, 720)
        self.hide_names = hide_names_setting(ctx)
        # the room's screen never takes the facilitator's keyboard: shown without being activated,
        # and when a window manager activates it anyway (moved to the second screen), the focus
        # goes back to the facilitator's window (see changeEvent)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self._placed = True
        self._item_id: str | None = None
        self.read_back_view: ReadBackView | None = None
        self._build()
        self._build_actions()
        self.refresh_all()
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.repaint_timers)
        self._tick.start()

    # -- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        page = QWidget()
        page.setAutoFillBackground(True)
        pal = page.palette()
        pal.setColor(QPalette.ColorRole.Window, BACKGROUND)
        page.setPalette(pal)
        self.setCentralWidget(page)

        self.title = label("title", SOFT_TEXT)
        self.clock = label("clock", SOFT_TEXT, wrap=False)
        self.clock.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.item_no = label("item_number", SOFT_TEXT, wrap=False)
        self.question = label("question", TEXT)
        self.sub_questions = label("sub_questions", SOFT_TEXT)
        self.timer = label("timer", TEXT, wrap=False)
        self.timer_caption = label("timer_caption", SOFT_TEXT, wrap=False)
        self.current_speaker = label("current_speaker", TEXT)
        self.next_speakers = label("next_speakers", SOFT_TEXT)
        self.rule = QFrame()
        self.rule.setFrameShape(QFrame.Shape.HLine)
        self.rule.setFixedHeight(2)
        self.rule.setAutoFillBackground(True)
        rule_pal = self.rule.palette()
        rule_pal.setColor(QPalette.ColorRole.Window, RULE)
        self.rule.setPalette(rule_pal)

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.clock, 0)
        timer_row = QHBoxLayout()
        timer_row.addWidget(self.timer, 0, Qt.AlignmentFlag.AlignBaseline)
        timer_row.addWidget(self.timer_caption, 1, Qt.AlignmentFlag.AlignBaseline)

        self.layout_ = QVBoxLayout(page)
        self.layout_.addLayout(header)
        self.layout_.addWidget(self.item_no)
        self.layout_.addWidget(self.question)
        self.layout_.addWidget(self.sub_questions)
        self.layout_.addStretch(1)
        self.layout_.addWidget(self.rule)
        self.layout_.addLayout(timer_row)
        self.layout_.addWidget(self.current_speaker)
        self.layout_.addWidget(self.next_speakers)
        self._header = header
        self._timer_row = timer_row

    def _build_actions(self) -> None:
        self.hide_names_action = QAction(self.tr("Hide names"), self)
        self.hide_names_action.setCheckable(True)
        self.hide_names_action.setChecked(self.hide_names)
        self.hide_names_action.setShortcut(QKeySequence("Ctrl+H"))
        self.hide_names_action.setToolTip(
            self.tr("Show how many people wait to speak rather than their names")
        )
        self.hide_names_action.toggled.connect(self.set_hide_names)
        self.full_screen_action = QAction(self.tr("Full screen"), self)
        self.full_screen_action.setCheckable(True)
        self.full_screen_action.setShortcut(QKeySequence(Qt.Key.Key_F11))
        self.full_screen_action.toggled.connect(self._set_full_screen)
        leave = QAction(self.tr("Leave full screen"), self)
        leave.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        leave.triggered.connect(lambda: self.full_screen_action.setChecked(False))
        close = QAction(self.tr("Close the projector"), self)
        close.setShortcut(QKeySequence.StandardKey.Close)
        close.triggered.connect(self.close)
        for action in (self.hide_names_action, self.full_screen_action, leave, close):
            self.addAction(action)
            # once its own key has done its work, the keyboard goes back to the facilitator
            action.triggered.connect(lambda _checked=False: self.hand_focus_back())
        # right click (or the menu key) shows the same actions
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    # -- settings and modes -------------------------------------------------------------------------

    def set_hide_names(self, hide: bool) -> None:
        self.hide_names = hide
        self.ctx.settings.setValue(HIDE_NAMES_KEY, hide)
        if self.hide_names_action.isChecked() != hide:
            self.hide_names_action.setChecked(hide)
        self.refresh_speakers()
        self.fit()

    def _set_full_screen(self, on: bool) -> None:
        if on and not self.isFullScreen():
            self.showFullScreen()
        elif not on and self.isFullScreen():
            self.showNormal()

    def showEvent(self, event: QShowEvent) -> None:
        self._placed = True  # an activation that follows is the window manager's, not asked for
        super().showEvent(event)
        self.full_screen_action.setChecked(self.isFullScreen())
        self.fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit()

    def moveEvent(self, event: QMoveEvent) -> None:
        self._placed = True  # moved to its screen: an activation that follows was not asked for
        super().moveEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow() and self._placed:
            # activated because it was shown or moved to its screen: nobody asked for its keys
            self._placed = False
            QTimer.singleShot(0, self, self.hand_focus_back)

    def hand_focus_back(self) -> None:
        """The facilitator's window gets the keyboard back, if it is shown."""
        if self.ctx.windows is not None and self.isActiveWindow():
            self.ctx.windows.focus_facilitator()

    # -- refreshing -----------------------------------------------------------------------------

    def on_change(self, change: Change) -> None:
        if change.initiator is self:
            return
        m = self.ctx.meeting
        fit = False
        if change.touches(Topic.DETAILS):
            self.refresh_title()
            fit = True
        if (change.touches(Topic.LIVE) and m.live.current_item_id != self._item_id) or (
            self._item_id is not None and self._item_id in change.ids(Topic.ITEMS)
        ):
            self.refresh_question()
            fit = True
        elif change.touches(Topic.ITEMS):
            self.refresh_item_number()
        if change.touches(*topics.SPEAKERS):
            self.refresh_speakers()
            fit = True
        if change.touches(*topics.TIMERS):
            self.repaint_timers()
        if fit:
            self.fit()

    def refresh_all(self) -> None:
        self.refresh_title()
        self.refresh_question()
        self.refresh_speakers()
        self.repaint_timers()
        self.fit()

    def refresh_title(self) -> None:
        self.title.setText(self.ctx.meeting.details.title or self.tr("Meeting"))

    def refresh_question(self) -> None:
        m = self.ctx.meeting
        self._item_id = m.live.current_item_id
        item = m.items.get(self._item_id) if self._item_id else None
        if item is None and m.live.ended_at is not None:
            self.question.setText(self.tr("The meeting has ended. Thank you!"))
            self.sub_questions.setText("")
            self.sub_questions.setVisible(False)
        elif item is None:
            self.question.setText("")
            self.sub_questions.setText("")
            self.sub_questions.setVisible(False)
        else:
            self.question.setText(item.title)
            subs = "\n".join(f"•  {s}" for s in item.sub_questions)
            self.sub_questions.setText(subs)
            self.sub_questions.setVisible(bool(subs))
        self.refresh_item_number()

    def refresh_item_number(self) -> None:
        m = self.ctx.meeting
        n = item_number(m, self._item_id)
        text = self.tr("Item {n} of {total}").format(n=n, total=len(m.items)) if n else ""
        self.item_no.setText(text)
        self.item_no.setVisible(bool(text))

    def refresh_speakers(self) -> None:
        who = speakers(self.ctx.meeting)
        self.current_speaker.setText(who.current_line(self.hide_names))
        self.next_speakers.setText(who.next_line(self.hide_names))
        self.next_speakers.setVisible(bool(self.next_speakers.text()))

    def repaint_timers(self) -> None:
        """The one-second tick: only the item timer and the clock change."""
        now = self.ctx.clock.now()
        self.clock.setText(clock_time(now))
        status = item_timer(self.ctx.meeting, now)
        self.timer.setText(status.figure)
        self.timer.setVisible(bool(status.figure))
        self.timer_caption.setText(status.caption)
        colour = OVER_TIME if status.over else TEXT
        pal = self.timer.palette()
        if pal.color(QPalette.ColorRole.WindowText) != colour:
            pal.setColor(QPalette.ColorRole.WindowText, colour)
            self.timer.setPalette(pal)
            cap = self.timer_caption.palette()
            cap.setColor(QPalette.ColorRole.WindowText, OVER_TIME if status.over else SOFT_TEXT)
            self.timer_caption.setPalette(cap)

    def stop(self) -> None:
        self._tick.stop()

    # -- the read-back ---------------------------------------------------------------------------

    def show_read_back(self, read_back: ReadBack) -> None:
        """Show the read-back in place of the meeting's page until ``read_back`` finishes."""
        from facilitation.ui.projector.read_back_view import ReadBackView

        self.end_read_back()
        page = self.takeCentralWidget()  # kept: the meeting's page comes back after
        assert page is not None
        page.setParent(self)  # a child still, hidden: not a stray top-level window
        page.hide()
        self._page = page
        self.read_back_view = ReadBackView(self.ctx, read_back)
        self.setCentralWidget(self.read_back_view)
        read_back.finished.connect(self.end_read_back)
        # a dialog gone without closing (its window closed under it) ends the read-back too
        read_back.destroyed.connect(self.end_read_back)

    def end_read_back(self, *_destroyed: object) -> None:
        if self.read_back_view is None:
            return
        self.read_back_view = None
        view = self.takeCentralWidget()
        if view is not None:
            view.deleteLater()
        self.setCentralWidget(self._page)
        self._page.show()
        self.refresh_all()

    # -- type that fits --------------------------------------------------------------------------

    def fit(self) -> None:
        """Scale the type to the window, then shrink it until the whole question fits."""
        if self.read_back_view is not None:
            return  # the read-back's page fits itself; the meeting's is put aside
        page = self.centralWidget()
        if page is None:
            return
        width, height = page.width(), page.height()
        if width <= 0 or height <= 0:
            return
        base = min(height / 20, width / 34)
        while True:
            if self._try_fit(base, width, height) or base <= MIN_PIXELS:
                break
            base *= 0.92
        self.layout_.activate()

    def _try_fit(self, base: float, width: int, height: int) -> bool:
        margin = round(base * 1.2)
        spacing = round(base * 0.45)
        self.layout_.setContentsMargins(margin, margin, margin, margin)
        self.layout_.setSpacing(spacing)
        self._header.setSpacing(spacing * 2)
        self._timer_row.setSpacing(spacing)
        inner = width - 2 * margin

        self.title.setFont(font(base * 0.95))
        self.clock.setFont(font(base * 0.95, bold=True))
        self.item_no.setFont(font(base * 0.8))
        self.timer.setFont(font(base * 2.6, bold=True))
        self.timer_caption.setFont(font(base * 1.1))
        self.current_speaker.setFont(font(base * 1.15, bold=True))
        self.next_speakers.setFont(font(base * 1.05))

        clock_w = self.clock.sizeHint().width()
        fixed = max(
            self.title.heightForWidth(inner - clock_w - spacing * 2), self.clock.sizeHint().height()
        )
        fixed += self.rule.height()
        fixed += max(self.timer.sizeHint().height(), self.timer_caption.sizeHint().height())
        fixed += self.current_speaker.heightForWidth(inner)
        fixed += self.next_speakers.heightForWidth(inner)
        shown = [self.item_no] if self.item_no.text() else []
        fixed += sum(w.sizeHint().height() for w in shown)
        gaps = 4 + len(shown) + (2 if self.sub_questions.text() else 1)
        room = height - 2 * margin - fixed - gaps * spacing
        # the question starts large and gives way first; the rest of the page keeps its size
        q = base * 2.3
        while q >= base * 1.1:
            self.question.setFont(font(q, bold=True))
            self.sub_questions.setFont(font(q * 0.62))
            need = self.question.heightForWidth(inner)
            if self.sub_questions.text():
                need += self.sub_questions.heightForWidth(inner)
            if need <= room:
                return True
            q *= 0.93
        return False
