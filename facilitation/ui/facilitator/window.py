"""The facilitator's window: the agenda, the live question and its clocks, the speakers.

Every action is a ``QAction`` with a keyboard shortcut (F-keys and Ctrl+ combinations that a text field
does not swallow) and every change goes through ``ctx.apply(command, initiator=self, on_refused=...)``. The window and
its panels redraw from the change records of ``ctx.hub.changed``; a one-second timer only asks for a
repaint of the clocks, it never counts time itself.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSize, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitation.models import (
    Change,
    EndMeeting,
    EndTurn,
    Meeting,
    PauseMeeting,
    ResumeMeeting,
    SkipItem,
    StartMeeting,
    StepTo,
    Topic,
    new_id,
)
from facilitation.models.live_commands import next_item_to_come

from facilitation.ui.common.accessibility import prepare_window
from facilitation.ui.common.save_state import save_state_text
from facilitation.ui.common.theme import apply_theme
from facilitation.ui.core import settings as keys
from facilitation.ui.core.context import AppContext
from facilitation.ui.core.i18n import local_date
from facilitation.ui.facilitator import file_menu
from facilitation.ui.facilitator.actions import (
    LIVE_ACTIONS,
    StepButton,
    build_actions,
    build_menus,
    refresh_actions,
)
from facilitation.ui.facilitator.agenda_model import AgendaModel
from facilitation.ui.facilitator.agenda_panel import AgendaView
from facilitation.ui.facilitator.current_item import CurrentItemPanel, CurrentItemScroll
from facilitation.ui.facilitator.participants_panel import ParticipantsList
from facilitation.ui.facilitator.proportions import (
    AGENDA_NARROWEST,
    PREFERRED_SIZE,
    default_split,
    fit_speakers_column,
    fitting_size,
    speakers_room,
)
from facilitation.ui.facilitator.queue_panel import QueuePanel
from facilitation.ui.facilitator.refusals import add_refusals
from facilitation.ui.facilitator.stats_chart import StatsPanel
from facilitation.ui.sharing.menus import install_sharing

if TYPE_CHECKING:  # imported when a dialog is first opened: not needed to show the window
    from facilitation.ui.dialogs.record_dialogs import RecordDialog

translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("FacilitatorWindow", text)


class FacilitatorWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("facilitatorWindow")
        #: every action by name ("next", "give_floor" …); shadows QWidget.actions() on purpose,
        #: tests and the accessibility checks look actions up here by name
        self.actions: dict[str, QAction] = {}  # type: ignore[assignment]
        self.step_buttons: dict[str, QPushButton] = {}
        self.button_texts: dict[str, str] = {}
        #: the step buttons shown (under the question) when the split was last made
        self._steps_shown: tuple[str, ...] = ()
        self.dialog: QDialog | None = None  # the record dialog open now, if any
        #: the question asked before ending the meeting, while it is open
        self.end_question: QMessageBox | None = None
        #: False when started with --terminate-after-init: never ask anything
        self.interactive = True

        self.agenda_model = AgendaModel(ctx, self)
        self._followed_item: str | None = ctx.meeting.live.current_item_id
        self._build_panels()
        build_actions(self)
        # a live key whose action cannot be taken now says why (refusals.py)
        refusals = add_refusals(self, LIVE_ACTIONS)
        if ctx.windows is not None:  # the live keys work from the other windows too
            live = [self.actions[name] for name in LIVE_ACTIONS]
            ctx.windows.share_live_actions([*live, *refusals])
        build_menus(self)
        self._build_status_bar()
        install_sharing(self, ctx, self.actions, self.show_message)

        ctx.hub.changed.connect(self.on_change)
        ctx.hub.problem.connect(self.show_problem)
        ctx.hub.problem_solved.connect(self.clear_problem)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.refresh_times)
        self.ticker.start()
        self.refresh()
        screen = self.screen()
        # never larger than the screen: at 1400 pixels the speakers' panel hung off a laptop's edge
        self.resize(fitting_size(screen.availableGeometry().size()) if screen else PREFERRED_SIZE)
        apply_theme(self)  # before the text size is applied: it scales the theme's fonts
        prepare_window(self, ctx.settings)  # Tab leaves the tables; the saved text size

    @property
    def meeting(self) -> Meeting:
        return self.ctx.meeting

    # -- building ---------------------------------------------------------------------------------

    def _build_panels(self) -> None:
        central = QWidget(self)
        central.setObjectName("central")
        outer = QHBoxLayout(central)
        outer.setContentsMargins(12, 12, 12, 6)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, central)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setHandleWidth(10)

        agenda = QFrame()
        agenda.setObjectName("agendaPanel")
        # its least on a narrow window; default_split keeps it at AGENDA_LEAST where it can
        agenda.setMinimumWidth(AGENDA_NARROWEST)
        box = QVBoxLayout(agenda)
        box.setContentsMargins(14, 14, 14, 14)
        title = QLabel(_tr("Agenda"))
        title.setObjectName("panelTitle")
        self.meeting_title = QLabel()
        self.meeting_title.setObjectName("meetingTitle")
        self.meeting_title.setWordWrap(True)
        self.agenda = AgendaView(self.agenda_model, agenda)
        self.agenda.activated_item.connect(self.jump_to)
        box.addWidget(title)
        box.addWidget(self.meeting_title)
        box.addWidget(self.agenda, 1)
        hint = QLabel(_tr("Enter or double-click: go to the item"))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        box.addWidget(hint)

        middle = self.middle = QWidget()
        mid = QVBoxLayout(middle)
        mid.setContentsMargins(0, 0, 0, 0)
        self.current = CurrentItemPanel(self.ctx)
        # scrolls down with large text; across, the question's font fits the width
        mid.addWidget(CurrentItemScroll(self.current, middle), 1)
        self.step_row = QHBoxLayout()
        mid.addLayout(self.step_row)

        right = QSplitter(Qt.Orientation.Vertical)
        right.setMinimumWidth(340)
        right.setChildrenCollapsible(False)
        right.setHandleWidth(10)
        self.speakers_column = right
        self.queue = QueuePanel(self.ctx, self.show_message, right)
        self.stats = StatsPanel(self.ctx)
        self.stats.title.hide()  # the tab says it
        self.stats.setProperty("inTab", "true")
        self.participants = ParticipantsList(self.ctx, self.queue.request_floor)
        self.people_tabs = QTabWidget(right)
        self.people_tabs.setObjectName("peopleTabs")
        self.people_tabs.setDocumentMode(True)
        self.people_tabs.addTab(self.stats, _tr("Speaking time"))
        self.people_tabs.addTab(self.participants, _tr("Participants"))
        #: the tabs' names, and the short ones for a column too narrow for both (large text); the
        #: bar's width with the long names, by font
        self._long_tabs_width: dict[str, int] = {}
        self._tab_names = (
            (_tr("Speaking time"), _tr("Participants")),
            (
                QCoreApplication.translate("FacilitatorWindow", "Time", "the speaking-time tab"),
                QCoreApplication.translate("FacilitatorWindow", "People", "the participants' tab"),
            ),
        )
        self.people_tabs.tabBarClicked.connect(self._tab_clicked)
        self.people_tabs.installEventFilter(self)
        right.addWidget(self.queue)
        right.addWidget(self.people_tabs)
        # the queue is what the facilitator reads most during a meeting: it takes the height its
        # waiting people need, the tabs give way down to a few lines (proportions.py)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)
        right.setSizes([540, 360])
        self._auto_column = True
        #: the size the window had before a minimum larger than the screen's room grew it while
        #: its panels were first laid out (resizeEvent); given back once the minimum allows
        self._grown_from: QSize | None = None
        right.splitterMoved.connect(lambda *_: setattr(self, "_auto_column", False))
        right.installEventFilter(self)
        self.queue.needs_room.connect(lambda: self.fit_speakers(widths=True))

        for w in (agenda, middle, right):
            self.splitter.addWidget(w)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setStretchFactor(2, 3)
        self.splitter.setSizes(default_split(1376))
        #: None until first laid out; then True while the split follows the window's width (no
        #: saved layout, no handle moved yet), False once the facilitator has chosen
        self._auto_split: bool | None = None
        self.splitter.splitterMoved.connect(self._split_chosen)
        self.splitter.installEventFilter(self)
        outer.addWidget(self.splitter)
        self.setCentralWidget(central)

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.problem_label = QLabel()
        self.problem_label.setObjectName("problem")
        self.problem_label.hide()
        self.save_label = QLabel()
        self.save_label.setObjectName("saveState")
        bar.addPermanentWidget(self.problem_label)
        bar.addPermanentWidget(self.save_label)

    # -- following the meeting --------------------------------------------------------------------

    def on_change(self, change: Change) -> None:
        self.refresh_actions()
        if change.touches(Topic.DETAILS):
            self.refresh_title()
        current = self.meeting.live.current_item_id
        if change.touches(Topic.LIVE) and current != self._followed_item:
            # follow the live item only when it changes: a new speaker must not move the
            # selection the facilitator is making in the agenda
            self._followed_item = current
            self.agenda.select_item(current)

    def refresh(self) -> None:
        self.refresh_title()
        self.refresh_actions()
        self.agenda.select_item(self.current.shown_item_id())
        self.refresh_times()

    def refresh_title(self) -> None:
        d = self.meeting.details
        title = d.title or _tr("New meeting")
        suffix = _tr(" (read-only)") if self.ctx.read_only else ""
        self.setWindowTitle(f"{title}{suffix} — Facilitation")
        line = [x for x in (local_date(d.date, long=True) if d.date else "", d.place) if x]
        self.meeting_title.setText(" · ".join([title, *line]))

    def refresh_actions(self) -> None:
        refresh_actions(self)
        # the step buttons shown change at the start and the end: the middle's room follows
        shown = tuple(name for name, b in self.step_buttons.items() if not b.isHidden())
        if shown != self._steps_shown:
            self._steps_shown = shown
            if self._auto_split:
                self._split_to(self.splitter.width())

    def refresh_times(self, now: datetime | None = None) -> None:
        """Once a second: every clock on screen is recomputed from the recorded timestamps."""
        now = now or self.ctx.clock.now()
        self.agenda_model.set_now(now)
        self.current.refresh_times(now)
        self.queue.refresh_times(now)
        self.stats.refresh_times(now)
        if self.people_tabs.currentWidget() is self.participants:
            self.participants.refresh(now)
        self.refresh_save_state()

    def refresh_save_state(self) -> None:
        text, warning = save_state_text(self.ctx.session, self.ctx.read_only)
        self.save_label.setText(text)
        self.save_label.setProperty("warning", warning)

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def show_problem(self, text: str) -> None:
        self.problem_label.setText("⚠ " + text)
        self.problem_label.setToolTip(text)
        self.problem_label.show()

    def clear_problem(self) -> None:
        self.problem_label.hide()

    # -- stepping through the agenda --------------------------------------------------------------

    def _now(self) -> datetime:
        return self.ctx.clock.now()

    def start_meeting(self, item_id: str | None = None) -> None:
        self.ctx.apply(
            StartMeeting(self._now(), new_id(), item_id),
            initiator=self,
            on_refused=self.show_message,
        )

    def _neighbour(self, step: int) -> str | None:
        """F6: the item just before in the agenda, whatever its state (done: reopened; skipped:
        taken up after all). F7: the next item after this one that is still to come, passing over
        those done or skipped (the shortcuts sheet says so)."""
        m = self.meeting
        ids = list(m.items)
        current = m.live.current_item_id
        if current is None:
            return None
        i = ids.index(current)
        if step < 0:
            return ids[i - 1] if i > 0 else None
        return next_item_to_come(m, after=current)

    def next_item(self) -> None:
        target = self._neighbour(1)
        if target is None:
            self.show_message(_tr("No item is left to come. Shift+F5 ends the meeting."))
            return
        self.jump_to(target)

    def previous_item(self) -> None:
        target = self._neighbour(-1)
        if target is None:
            self.show_message(_tr("This is the first item."))
            return
        self.jump_to(target)

    def jump_to(self, item_id: str) -> None:
        m = self.meeting
        if m.live.started_at is None:
            self.start_meeting(item_id)
            return
        self.ctx.apply(
            StepTo(item_id, self._now(), new_id()), initiator=self, on_refused=self.show_message
        )

    def skip_item(self) -> None:
        m = self.meeting
        target = m.live.current_item_id if m.is_running else self.agenda.selected_item_id()
        if target is None:
            target = self.agenda.selected_item_id()
        if target is None:
            self.show_message(_tr("Choose the item to skip in the agenda."))
            return
        self.ctx.apply(
            SkipItem(target, self._now(), new_id()), initiator=self, on_refused=self.show_message
        )

    def toggle_pause(self) -> None:
        if self.meeting.is_paused:
            self.ctx.apply(
                ResumeMeeting(self._now(), new_id()), initiator=self, on_refused=self.show_message
            )
        else:
            self.ctx.apply(
                PauseMeeting(new_id(), self._now()), initiator=self, on_refused=self.show_message
            )

    def end_meeting(self) -> None:
        """Shift+F5: asks first when items were never opened, someone has the floor or people
        wait, and says which (ending.py)."""
        from facilitation.ui.facilitator.ending import ask_before_ending, what_is_left

        left = what_is_left(self.meeting)
        if left and self.interactive and self.meeting.is_running:
            self.end_question = ask_before_ending(self, left, self._end_now)
            return
        self._end_now()

    def _end_now(self) -> None:
        self.ctx.apply(EndMeeting(self._now()), initiator=self, on_refused=self.show_message)

    def end_turn(self) -> None:
        self.ctx.apply(EndTurn(self._now()), initiator=self, on_refused=self.show_message)

    def focus_queue(self) -> None:
        self.queue.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if not self.queue.view.currentIndex().isValid() and self.queue.model.rowCount():
            self.queue.view.setCurrentIndex(self.queue.model.index(0))

    def undo(self) -> None:
        if self.ctx.undo(initiator=self) is None and not self.ctx.read_only:
            self.show_message(_tr("Nothing to undo."))

    def redo(self) -> None:
        if self.ctx.redo(initiator=self) is None and not self.ctx.read_only:
            self.show_message(_tr("Nothing to redo."))

    # -- recording ----------------------------------------------------------------------------------

    def record(self, kind: type[RecordDialog]) -> RecordDialog | None:
        from facilitation.ui.dialogs.record_dialogs import focus_first_field

        item_id = self.meeting.live.current_item_id or self.agenda.selected_item_id()
        if item_id is None:
            item_id = self.current.shown_item_id()
        if item_id is None:
            self.show_message(_tr("There is no agenda item to record this on."))
            return None
        dialog = kind(self.ctx, item_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _r: setattr(self, "dialog", None))
        self.dialog = dialog
        prepare_window(dialog, self.ctx.settings)  # the chosen text size, as the window's
        dialog.open()
        focus_first_field(dialog)
        return dialog

    def show_shortcuts(self) -> None:
        from facilitation.ui.common.shortcuts import ShortcutsDialog
        from facilitation.ui.facilitator.actions import shortcuts_rule

        dialog = ShortcutsDialog(self.actions.values(), self, note=shortcuts_rule())
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        prepare_window(dialog, self.ctx.settings)
        dialog.open()

    def _split_chosen(self) -> None:
        self._auto_split = False
        self._let_steps_wrap(True)  # the facilitator's width for the middle, whatever it is

    def _let_steps_wrap(self, may: bool) -> None:
        for button in self.step_buttons.values():
            if isinstance(button, StepButton):
                button.let_wrap(may)

    def fit_speakers(self, widths: bool = False) -> None:
        """The speakers' column: as wide as a queue row needs (``widths``: the text size changed),
        the queue as tall as its people need (proportions.py), until the facilitator moves a
        handle."""
        if widths and self._auto_split:
            self._split_to(self.splitter.width())
        self._fit_tab_names()
        if self._auto_column:
            # the tabs give way down to their page's least (a shorter page was drawn cut off), or
            # fold to their bar when the queue's rows still lack room (proportions.speakers_room)
            page = self.people_tabs.currentWidget()
            least = page.minimumSizeHint().height() if page is not None else 0
            bar = self.people_tabs.tabBar().sizeHint().height()
            with_hints, without = self.queue.height_for_rows(), self.queue.height_for_rows(False)
            room = speakers_room(
                sum(self.speakers_column.sizes()),
                with_hints,
                without,
                bar + least,
                self.queue.model.rowCount(),
            )
            self.queue.set_short_of_room(room.hints_drop)
            self._fold_tabs(room.tabs_fold)
            self.people_tabs.setMinimumHeight(bar + (0 if room.tabs_fold else least))
            need = without if room.hints_drop else with_hints
            fit_speakers_column(
                self.speakers_column, self.queue, self.people_tabs, need, room.tabs_fold
            )

    def resizeEvent(self, event: QResizeEvent) -> None:
        old, new = event.oldSize(), event.size()
        if old.isValid() and new != old and new == old.expandedTo(self.minimumSize()):
            # grown by its layout's least size, not by the window manager or the user: on a
            # laptop at 125 % the queue's hints and the tabs asked, for one layout, for more than
            # the screen's height; the speakers' fit takes them back (fit_speakers), and the
            # window must come back too, or its buttons stay below the screen's edge
            if self._grown_from is None:
                self._grown_from = old
        else:
            self._grown_from = None  # a size chosen by someone: kept
        super().resizeEvent(event)

    def _regain_size(self) -> None:
        grown_from = self._grown_from
        if grown_from is None:
            return
        layout = self.layout()
        if layout is not None:
            layout.activate()  # its least size as the panels now ask it
        target = grown_from.expandedTo(self.minimumSize())
        if target != self.size():
            self.resize(target)  # a size chosen (resizeEvent forgets the old one)
        if target == grown_from:
            self._grown_from = None
        else:
            self._grown_from = grown_from  # still short of room: tried again at the next fit

    def _fit_tab_names(self) -> None:
        """The tabs' long names where both fit the column's width, else the short ones (Qt's
        scroll arrows hid the second tab's name, cut mid-word)."""
        bar = self.people_tabs.tabBar()
        long_names, short_names = self._tab_names
        key = bar.font().key()
        if bar.tabText(0) == long_names[0]:
            # the bar's own width with the long names, kept for this text size
            self._long_tabs_width[key] = bar.sizeHint().width()
        need = self._long_tabs_width.get(key)
        if need is None:
            fm = bar.fontMetrics()
            need = sum(
                bar.tabSizeHint(i).width() - fm.horizontalAdvance(bar.tabText(i))
                for i in range(bar.count())
            ) + sum(fm.horizontalAdvance(name) for name in long_names)
        names = long_names if need <= self.people_tabs.width() else short_names
        for i, name in enumerate(names):
            if bar.tabText(i) != name:
                bar.setTabText(i, name)
                bar.setTabToolTip(i, long_names[i])

    def _fold_tabs(self, fold: bool) -> None:
        """The tabs below the queue down to their bar (their page hidden), or open again."""
        stack = self.people_tabs.findChild(QStackedWidget)
        if stack is not None and stack.isHidden() != fold:
            stack.setVisible(not fold)
            self.people_tabs.setProperty("folded", fold)

    def _tab_clicked(self, _index: int) -> None:
        """A click on a folded tab opens it: the facilitator's choice, kept until the next start."""
        if self.people_tabs.property("folded"):
            self._auto_column = False
            self._fold_tabs(False)
            page = self.people_tabs.currentWidget()
            least = page.minimumSizeHint().height() if page is not None else 0
            bar = self.people_tabs.tabBar().sizeHint().height()
            self.people_tabs.setMinimumHeight(bar + least)
            total = sum(self.speakers_column.sizes())
            self.speakers_column.setSizes([total - bar - least, bar + least])

    def _split_to(self, width: int) -> None:
        handles = self.splitter.handleWidth() * (self.splitter.count() - 1)
        buttons = [b for b in self.step_buttons.values() if not b.isHidden()]
        one_line = sum(b.one_line_width() for b in buttons if isinstance(b, StepButton))
        one_line += self.step_row.spacing() * max(0, len(buttons) - 1)
        floor = self.middle.minimumSizeHint().width()
        sizes = default_split(width - handles, self.queue.row_width(), one_line, floor)
        # the buttons' words go on two lines only where the middle is narrower than one line of
        # them (the agenda at its least)
        self._let_steps_wrap(sizes[1] < one_line)
        self.splitter.setSizes(sizes)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.splitter and event.type() == QEvent.Type.Resize:
            if self._auto_split is None:
                # a layout restored from the settings (file_menu.restore_window_state) is kept
                self._auto_split = not keys.FACILITATOR_SPLITTER.read(self.ctx.settings)
            if self._auto_split and isinstance(event, QResizeEvent):
                self._split_to(event.size().width())
        elif watched is self.people_tabs and event.type() == QEvent.Type.Resize:
            self._fit_tab_names()
        elif watched is self.speakers_column and event.type() == QEvent.Type.Resize:
            QTimer.singleShot(0, self, self.fit_speakers)  # once the column's panels are laid out
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        # shown again from the note-taker's window after it was closed: its clocks start again
        if not self.ticker.isActive():
            self.ticker.start()
            self.refresh()
        super().showEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ChildPolished:
            child = event.child()  # type: ignore[attr-defined]
            if isinstance(child, QDialog):
                apply_theme(child, whole_window=False)
        handled = super().event(event)
        if event.type() == QEvent.Type.LayoutRequest and self._grown_from is not None:
            # the least size laid out again (the speakers' fit took the hints and the tabs back,
            # the step buttons' words went on two lines): the size it had, once that allows it
            QTimer.singleShot(0, self, self._regain_size)
        return handled

    # -- closing ------------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        windows = self.ctx.windows
        if self.interactive:
            if windows is not None and not windows.confirm_close_facilitator(self):
                event.ignore()
                return
            if not file_menu.keep_unsaved_meeting(self):
                event.ignore()
                return
        self.ticker.stop()
        file_menu.save_window_state(self)
        event.accept()
