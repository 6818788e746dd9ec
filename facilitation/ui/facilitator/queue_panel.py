"""The speakers: who has the floor, who waits (in the order the meeting's mode gives), and how to
add, withdraw, reorder and give the floor — every one of them a command through the one door.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QStyle,
    QStyleOptionComboBox,
    QVBoxLayout,
    QWidget,
)

from facilitation.models import (
    Attendance,
    Change,
    Create,
    GiveFloor,
    Meeting,
    Move,
    Participant,
    QueueMode,
    RequestFloor,
    Role,
    SetQueueMode,
    SetTurnLimit,
    TurnKind,
    WithdrawRequest,
    new_id,
)

from facilitation.ui.common.accessibility import prepare_window
from facilitation.ui.common.theme import LABELS, set_label_look
from facilitation.ui.common.wrapped_label import WrappedLabel
from facilitation.ui.core import topics
from facilitation.ui.core.context import AppContext, Refused
from facilitation.ui.core.qtcompat import emit
from facilitation.ui.facilitator.proportions import QUEUE_ROWS_WANTED
from facilitation.ui.facilitator.queue_model import QueueModel, move_index
from facilitation.ui.facilitator.queue_rows import (
    QueueRowDelegate,
    row_height,
    row_width,
)
from facilitation.ui.facilitator.quick_add import (
    NewParticipantDialog,
    QuickAddField,
    completion_text,
    kind_text,
    match_participants,
    strip_group,
)
from facilitation.ui.facilitator.timer_bar import TimerBar, clock_text, turn_status

translate = QCoreApplication.translate
LIMITS = (None, 60, 120, 180, 300)
#: a name as long as the queue must show whole (longer ones may end in "…")
NAME_CHARS = 24
SAMPLE_NAME = "Marie-Christine Vandenbe"


class QueueView(QListView):
    def __init__(self, panel: QueuePanel) -> None:
        super().__init__(panel)
        self._panel = panel
        self.setObjectName("queue")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # one line per person, painted part by part (queue_rows.py): a wrapped sentence showed
        # three or four people on a laptop
        self.setWordWrap(False)
        self.setUniformItemSizes(True)
        self.setItemDelegate(QueueRowDelegate(self))
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setAccessibleName(translate("Queue", "Queue of speakers"))
        self.doubleClicked.connect(lambda i: panel.give_floor(panel.model.entry_id(i.row())))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        key = event.key()
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._panel.move_selected(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self._panel.withdraw_selected()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._panel.give_floor(self._panel.model.entry_id(self.currentIndex().row()))
        else:
            super().keyPressEvent(event)
            return
        event.accept()


class SpeakerLabel(WrappedLabel):
    """Who has the floor, or (smaller and grey) that nobody has: as tall either way at its text
    size, so that the end of a turn does not move what is under it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self._fitted: str | None = None  # the font its least height was set for

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self.font().key() != self._fitted:
            self._fitted = self.font().key()
            # a name's line in the speaking look at the text size in use (the font now is the
            # idle or the speaking look's), measured as the label measures its text
            now = LABELS["speakerName.idle" if self.property("idle") == "true" else "speakerName"]
            speaking = LABELS["speakerName"]
            font = QFont(self.font())
            font.setPointSizeF(self.font().pointSizeF() * (speaking[0] or 1) / (now[0] or 1))
            font.setWeight(QFont.Weight(speaking[1] or 400))
            metrics = QFontMetrics(font)
            flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
            line = metrics.boundingRect(QRect(0, 0, 2000, 2000), flags, "Ag").height()
            margins = self.contentsMargins()
            self.setMinimumHeight(line + margins.top() + margins.bottom())


class TurnSlot(QWidget):
    """One place of one height for the turn's bar and, while nobody speaks, the hint that wraps.

    Swapping one for the other at the end or the start of a turn moved the quick-add field, the
    queue and the settings under them, and re-laid out and repainted the whole column: the slot is
    as tall as the taller of the two at its width, holds them without a layout and asks its own
    layout for room again only when that height changes (a new text size or width).
    """

    def __init__(self, bar: TimerBar, hint: WrappedLabel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bar, self._hint = bar, hint
        bar.setParent(self)
        hint.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._asked: tuple[int, int] | None = None  # (width, height) last given to the layout
        #: False while the panel is short of room: the hint is not shown then, the bar needs less
        self.hint_room = True

    def set_hint_room(self, room: bool) -> None:
        if room != self.hint_room:
            self.hint_room = room
            self._asked = None
            self.updateGeometry()

    def height_at(self, width: int, with_hint: bool) -> int:
        bar = self._bar.sizeHint().height()
        return max(bar, self._hint.heightForWidth(width)) if with_hint else bar

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self.height_at(width, self.hint_room)

    def sizeHint(self) -> QSize:
        width = self.width() if self.width() > 0 else self._bar.sizeHint().width()
        return QSize(self._bar.sizeHint().width(), self.heightForWidth(width))

    def minimumSizeHint(self) -> QSize:
        return QSize(0, self.heightForWidth(max(self.width(), 1)))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            # a child shown, hidden or given a new font: the layout hears of it only when the
            # slot's height at its width changes
            width = self.width()
            asked = (width, self.heightForWidth(width))
            if asked != self._asked:
                self._asked = asked
                self.updateGeometry()
            return True
        return super().event(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        rect = self.rect()
        self._hint.setGeometry(rect)
        bar = self._bar.sizeHint().height()
        self._bar.setGeometry(0, (rect.height() - bar) // 2, rect.width(), bar)
        super().resizeEvent(event)


class QueuePanel(QFrame):
    #: the number of people waiting or the text size changed: the window may share its room anew
    needs_room = Signal()

    def __init__(self, ctx: AppContext, say: Refused, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        #: where a refusal of the queue's commands is told (the facilitator's status bar)
        self.say = say
        self.setObjectName("queuePanel")
        self.kind = TurnKind.NORMAL
        self.pending_dialog: NewParticipantDialog | None = None
        layout = QVBoxLayout(self)
        self._box = layout
        layout.setContentsMargins(16, 14, 16, 10)
        layout.setSpacing(8)

        title = QLabel(translate("Queue", "Speakers"))
        title.setObjectName("panelTitle")
        layout.addWidget(title)

        # who has the floor
        # wrapped labels that measure their text once per width: the right column's re-layout
        # asks each of them its height several times
        self.speaker = SpeakerLabel()
        self.speaker.setObjectName("speakerName")
        self.turn_bar = TimerBar(self, height=26)
        self.turn_bar.setObjectName("turnTimer")
        # while nobody speaks the bar gives way to a hint that wraps: drawn on the bar, the French
        # "F3 : donner la parole à la personne suivante" was cut off on a laptop's screen
        self.idle_hint = WrappedLabel(
            translate("Queue", "F3: give the floor to the next in the queue")
        )
        self.idle_hint.setObjectName("hint")
        layout.addWidget(self.speaker)
        self.turn_slot = TurnSlot(self.turn_bar, self.idle_hint, self)
        layout.addWidget(self.turn_slot)

        # quick add
        row = QHBoxLayout()
        self.quick_add = QuickAddField(self)
        self.kind_combo = QComboBox(self)
        for kind in TurnKind:
            self.kind_combo.addItem(
                kind_text(kind) if kind is not TurnKind.NORMAL else translate("Queue", "normal"),
                kind,
            )
        self.kind_combo.setToolTip(translate("Queue", "Kind of request"))
        self.kind_combo.setAccessibleName(translate("Queue", "Kind of request"))
        row.addWidget(self.quick_add, 3)
        row.addWidget(self.kind_combo, 1)
        layout.addLayout(row)
        self.quick_add.submitted.connect(self.submit_quick_add)
        self.kind_combo.currentIndexChanged.connect(
            lambda i: self.set_kind(self.kind_combo.itemData(i), focus=False)
        )
        self.set_kind(TurnKind.NORMAL, focus=False)

        #: the participants the quick-add field's names were made from
        self._people: tuple[Participant, ...] | None = None
        self.model = QueueModel(ctx, say, self)
        self.view = QueueView(self)
        self.view.setModel(self.model)
        layout.addWidget(self.view, 1)
        self.empty_hint = WrappedLabel(translate("Queue", "Nobody waits to speak."))
        self.empty_hint.setObjectName("hint")
        layout.addWidget(self.empty_hint)

        # how the queue is served
        settings = QGridLayout()
        settings.setHorizontalSpacing(6)
        self.mode_combo = QComboBox(self)
        self.mode_combo.setObjectName("queueMode")
        self.mode_combo.addItem(translate("Queue", "First come"), QueueMode.FIRST_COME)
        self.mode_combo.addItem(
            translate("Queue", "Progressive (this item)"),
            QueueMode.PROGRESSIVE_ITEM,
        )
        self.mode_combo.addItem(
            translate("Queue", "Progressive (meeting)"),
            QueueMode.PROGRESSIVE_MEETING,
        )
        self.mode_combo.setToolTip(
            translate(
                "Queue",
                "Order of the queue. Progressive: people not heard yet (on this item, or in the "
                "whole meeting) go ahead. Points of order and direct replies always go first.",
            )
        )
        self.limit_combo = QComboBox(self)
        self.limit_combo.setObjectName("turnLimit")
        for seconds in LIMITS:
            text = (
                translate("Queue", "No time limit")
                if seconds is None
                else translate("Queue", "%n min per turn", None, seconds // 60)
            )
            self.limit_combo.addItem(text, seconds)
        self.limit_combo.setToolTip(translate("Queue", "Speaking-time limit per turn"))
        for combo in (self.kind_combo, self.mode_combo, self.limit_combo):
            # the longest choice must not widen the panel past a laptop's screen: the combos
            # shrink with the panel and show their full choices in the list they open
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(8)
        # the kind of request is short and read at a glance: its box holds its longest choice
        # whole (the French "réponse directe" was cut); the name field beside it gives way
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        # the order and the limit side by side, one line less under the queue, where their choices
        # fit whole; one under the other where they do not (large text: "No time li" was cut)
        self._settings = settings
        self._captions: list[QLabel] = []
        for text, combo in (
            (translate("Queue", "Order:"), self.mode_combo),
            (translate("Queue", "Limit:"), self.limit_combo),
        ):
            caption = QLabel(text)
            caption.setBuddy(combo)
            combo.setAccessibleName(text.replace(":", "").strip())
            self._captions.append(caption)
        self._stacked: bool | None = None
        self._arrange_settings(stacked=False)
        layout.addLayout(settings)
        self.mode_combo.activated.connect(self._on_mode_chosen)
        self.limit_combo.activated.connect(self._on_limit_chosen)

        #: short of room (large text on a laptop): the keys' hints give way to the queue's rows
        self.short_of_room = False
        ctx.hub.changed.connect(self.on_change)
        self.refresh()
        self.setProperty("waiting", self.model.rowCount())

    @property
    def meeting(self) -> Meeting:
        return self._ctx.meeting

    # -- room -------------------------------------------------------------------------------------

    def row_width(self) -> int:
        """The width this panel needs to show a queue row whole: the number, the longest name
        (24 characters at the least, as "Marie-Christine Vandenbe") and the waiting time."""
        names = [p.name[:NAME_CHARS] for p in self.meeting.participants.values()]
        name = max(
            [SAMPLE_NAME, *names], key=lambda n: self.view.fontMetrics().horizontalAdvance(n)
        )
        row = row_width(self.view.font(), "10.", name, "12:34")
        margins = self.contentsMargins() + self._box.contentsMargins()
        scroll = self.view.verticalScrollBar().sizeHint().width()
        return row + margins.left() + margins.right() + 2 * self.view.frameWidth() + scroll

    def height_for_rows(self, hints: bool = True) -> int:
        """This panel's height showing every person waiting (up to QUEUE_ROWS_WANTED) whole, with
        the keys' hints under the queue and beside the speaker or (``hints=False``) without."""
        rows = max(1, min(self.model.rowCount(), QUEUE_ROWS_WANTED))
        viewport = self.view.viewport().height()
        spacing = self._box.spacing()
        shown = sum(
            w.height() + spacing for w in (self.turn_slot, self.empty_hint) if w.isVisibleTo(self)
        )
        rest = self.height() - viewport - shown
        width = self.view.width()
        m = self.meeting
        idle = m.current_turn is None and m.is_running and not m.is_paused
        wanted = 0
        if m.current_turn is not None or (idle and hints):
            wanted += self.turn_slot.height_at(width, with_hint=hints) + spacing
        if hints:
            wanted += self.empty_hint.heightForWidth(width) + spacing
        return rest + wanted + rows * row_height(self.view.font()) + 2

    def set_short_of_room(self, short: bool) -> None:
        """Large text on a small screen: the hints drop while people wait (the keys are in Help →
        Keyboard shortcuts), so the queue shows more of them."""
        if short != self.short_of_room:
            self.short_of_room = short
            self.refresh_times()

    def _arrange_settings(self, stacked: bool) -> None:
        """The order and the limit on one line, or one under the other."""
        if stacked == self._stacked:
            return
        self._stacked = stacked
        grid = self._settings
        for w in (*self._captions, self.mode_combo, self.limit_combo):
            grid.removeWidget(w)
        for i, combo in enumerate((self.mode_combo, self.limit_combo)):
            row, col = (i, 0) if stacked else (0, 2 * i)
            grid.addWidget(self._captions[i], row, col)
            grid.addWidget(combo, row, col + 1)
        for col in range(4):
            grid.setColumnStretch(col, 1 if col % 2 else 0)
        if stacked:
            grid.setColumnStretch(3, 0)

    def _settings_fit_on_one_line(self, width: int) -> bool:
        """Whether the captions and the combos, each showing its choice whole, fit ``width``."""
        need = 3 * self._settings.horizontalSpacing()
        for caption, combo in zip(self._captions, (self.mode_combo, self.limit_combo), strict=True):
            need += caption.sizeHint().width() + whole_choice_width(combo)
        return need <= width

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        inner = self.contentsRect().width() - self._box.contentsMargins().left()
        inner -= self._box.contentsMargins().right()
        stacked = not self._settings_fit_on_one_line(inner)
        self._arrange_settings(stacked)
        # still too narrow (French at 200 %: "Par ordre d'inscription"): the captions give way,
        # the choices say what they are (and the boxes keep the captions as their names)
        spacing = self._settings.horizontalSpacing()
        captions_fit = not stacked or all(
            caption.sizeHint().width() + spacing + whole_choice_width(combo) <= inner
            for caption, combo in zip(
                self._captions, (self.mode_combo, self.limit_combo), strict=True
            )
        )
        for caption in self._captions:
            caption.setVisible(captions_fit)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size
            QTimer.singleShot(0, self, self.needs_room.emit)

    # -- commands ---------------------------------------------------------------------------------

    def set_kind(self, kind: TurnKind, focus: bool = True) -> None:
        self.kind = kind
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))
        self.kind_combo.blockSignals(False)
        # the kind is in the box beside, whole: written in the field too it was cut in French
        self.quick_add.set_placeholders(
            translate("Queue", "Name, then Enter"), translate("Queue", "Name")
        )
        if focus:
            self.quick_add.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.quick_add.selectAll()

    def submit_quick_add(self, text: str) -> None:
        text = strip_group(text.strip(), self.meeting)
        if not text:
            return
        found = match_participants(self.meeting, text)
        if len(found) == 1:
            self.request_floor(found[0].id)
            return
        if len(found) > 1:
            names = ", ".join(p.name for p in found[:6])
            self.say(translate("Queue", "Several people match: %1").replace("%1", names))
            return
        self.ask_new_participant(text)

    def request_floor(self, participant_id: str) -> None:
        cmd = RequestFloor(new_id(), participant_id, self._ctx.clock.now(), self.kind)
        if self._ctx.apply(cmd, initiator=self, on_refused=self.say) is not None:
            self.quick_add.clear()
            self.set_kind(TurnKind.NORMAL, focus=False)

    def ask_new_participant(self, name: str) -> None:
        groups = sorted({p.group for p in self.meeting.participants.values() if p.group})
        dialog = NewParticipantDialog(name, groups, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._add_participant(dialog.name(), dialog.group()))
        dialog.finished.connect(lambda _r: setattr(self, "pending_dialog", None))
        self.pending_dialog = dialog
        prepare_window(dialog, self._ctx.settings)  # the chosen text size, as the window's
        dialog.open()

    def _add_participant(self, name: str, group: str) -> None:
        if not name:
            return
        person = Participant(new_id(), name, group, Role.MEMBER, Attendance.PRESENT)
        if (
            self._ctx.apply(Create.of("participants", person), initiator=self, on_refused=self.say)
            is not None
        ):
            self.request_floor(person.id)

    def give_floor(self, entry_id: str | None = None) -> None:
        cmd = GiveFloor(new_id(), self._ctx.clock.now(), entry_id=entry_id)
        self._ctx.apply(cmd, initiator=self, on_refused=self.say)

    def selected_entry(self) -> str | None:
        index = self.view.currentIndex()
        return self.model.entry_id(index.row()) if index.isValid() else None

    def withdraw_selected(self) -> None:
        eid = self.selected_entry()
        if eid is not None:
            self._ctx.apply(WithdrawRequest(eid), initiator=self, on_refused=self.say)

    def move_selected(self, step: int) -> None:
        eid = self.selected_entry()
        if eid is None:
            return
        row = self.model.row_of(eid)
        target = row + step
        if not 0 <= target < self.model.rowCount():
            return
        self._ctx.apply(
            Move("queue", eid, move_index(self.meeting, eid, target)),
            initiator=self,
            on_refused=self.say,
        )
        self.view.setCurrentIndex(self.model.index(self.model.row_of(eid)))

    def _on_mode_chosen(self, index: int) -> None:
        mode = self.mode_combo.itemData(index)
        if mode != self.meeting.live.queue_mode:
            self._ctx.apply(SetQueueMode(QueueMode(mode)), initiator=self, on_refused=self.say)

    def _on_limit_chosen(self, index: int) -> None:
        seconds = self.limit_combo.itemData(index)
        if seconds != self.meeting.live.turn_limit_seconds:
            self._ctx.apply(SetTurnLimit(seconds), initiator=self, on_refused=self.say)

    # -- following the meeting --------------------------------------------------------------------

    def on_change(self, change: Change) -> None:
        if change.touches(*topics.SPEAKERS):
            self.refresh()
            waiting = self.model.rowCount()
            if self.property("waiting") != waiting:
                self.setProperty("waiting", waiting)
                emit(self.needs_room)

    def refresh(self) -> None:
        m = self.meeting
        people = tuple(
            m.participants.values()
        )  # parts are immutable: the same objects, the same names
        if people != self._people:
            self._people = people
            self.quick_add.set_names(sorted(map(completion_text, people), key=str.casefold))
        self.mode_combo.setCurrentIndex(self.mode_combo.findData(m.live.queue_mode))
        limit_index = self.limit_combo.findData(m.live.turn_limit_seconds)
        if limit_index < 0:  # a limit set elsewhere that is not in our short list
            seconds = m.live.turn_limit_seconds or 0
            self.limit_combo.addItem(
                translate("Queue", "%1 per turn").replace(
                    "%1", clock_text(timedelta(seconds=seconds))
                ),
                seconds,
            )
            limit_index = self.limit_combo.count() - 1
        self.limit_combo.setCurrentIndex(limit_index)
        self.empty_hint.setText(
            translate(
                "Queue", "Enter or double-click: give the floor · Delete: withdraw · Ctrl+↑/↓: move"
            )
            if m.queue
            else translate("Queue", "Nobody waits to speak.")
        )
        self.refresh_times()

    def refresh_times(self, now: datetime | None = None) -> None:
        m = self.meeting
        now = now or self._ctx.clock.now()
        self.model.set_now(now)
        turn = m.current_turn
        if turn is None:
            self.speaker.setText(translate("Queue", "Nobody has the floor"))
            self.turn_bar.clear()
        else:
            name = m.participant_name(turn.participant_id)
            if turn.kind is not TurnKind.NORMAL:
                name += f"  ({kind_text(turn.kind)})"
            self.speaker.setText(name)
            self.turn_bar.set_status(
                turn_status(now - turn.start, m.live.turn_limit_seconds),
                clock_text(now - turn.start),
            )
        # F3 gives the floor only while the meeting runs: the hint is not offered before or after
        short = self.short_of_room and bool(m.queue)
        hint = turn is None and m.is_running and not m.is_paused and not short
        if self.idle_hint.isHidden() == hint:
            self.idle_hint.setVisible(hint)
        if self.turn_bar.isHidden() == (turn is not None):
            self.turn_bar.setVisible(turn is not None)
        self.turn_slot.set_hint_room(not short)
        slot = hint or turn is not None
        if self.turn_slot.isHidden() == slot:
            self.turn_slot.setVisible(slot)
        if self.empty_hint.isHidden() != short:
            self.empty_hint.setVisible(not short)
        idle = "true" if turn is None else "false"
        if self.speaker.property("idle") != idle:
            # smaller and grey while nobody speaks; re-styled only when that flips
            self.speaker.setProperty("idle", idle)
            set_label_look(self.speaker, "speakerName.idle" if turn is None else "speakerName")


def whole_choice_width(combo: QComboBox) -> int:
    """The width ``combo`` needs to show its current choice whole."""
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    text = QSize(combo.fontMetrics().horizontalAdvance(combo.currentText()), combo.height())
    size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo)
    return size.width()


def close_pending(panel: QueuePanel) -> None:
    if panel.pending_dialog is not None:
        panel.pending_dialog.done(QDialog.DialogCode.Rejected)
