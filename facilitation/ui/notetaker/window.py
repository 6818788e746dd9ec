"""The note-taker's window: notes on the live item, typed without ever being interrupted.

It follows the live item (a "Follow the live item" toggle lets the note-taker go back to an earlier
item without moving the meeting). Each entry is stamped with the time its typing *started* — what the
minutes need is when the point was made, not when the note-taker finished writing it — and lands on
the item it was started on, even if the facilitator has moved on meanwhile (a banner says so).

The window listens to the change records: what the facilitator does (give the floor, step to the
next item) refreshes the timer, the queue line and the notes list, never the text being typed; the
changes this window makes itself are ignored when they come back (``change.initiator is self``).
"""

from __future__ import annotations

from contextlib import nullcontext

from PySide6.QtCore import QEvent, QStringListModel, Qt, QTimer
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitation.models import (
    Change,
    Command,
    NoteKind,
    Topic,
)

from facilitation.ui.common.accessibility import prepare_window
from facilitation.ui.common.save_state import save_state_text
from facilitation.ui.common.secondary import SecondaryWindow
from facilitation.ui.common.theme import apply_theme
from facilitation.ui.common.wrapped_label import WholeLabel
from facilitation.ui.core import topics
from facilitation.ui.core.context import AppContext
from facilitation.ui.core.i18n import clock_time
from facilitation.ui.core.live_text import item_label, item_number, item_timer, speakers, timer_line
from facilitation.ui.notetaker.entry import EntryStart, entry_command, participant_id
from facilitation.ui.notetaker.keys import build_actions
from facilitation.ui.notetaker.notes_editor import EntryEditor, KindPanel, name_completer
from facilitation.ui.notetaker.notes_history import NotesHistory
from facilitation.ui.notetaker.title_label import TitleLabel, item_view_texts, notice
from facilitation.ui.sharing.actions import show_sharing_state

DRAFT_KEY = "notes"

# the look is the facilitator's (ui/common/theme.py: calm background, white cards, named labels); what is
# left here is the note-taker's own: the message under the editor stands out by weight
STYLE = """
#message { font-weight: bold; }
"""


class NoteTakerWindow(SecondaryWindow):
    SETTINGS_KEY = "windows/notetaker"

    def __init__(self, ctx: AppContext) -> None:
        super().__init__(ctx)
        self.resize(900, 760)
        self.entry: EntryStart | None = None
        #: the item whose notes are in view
        self.item_id: str | None = ctx.meeting.live.current_item_id or self._after_the_end()
        self._build()
        self._build_actions()
        self.refresh_title()
        self.refresh_items()
        self.refresh_queue()
        self._names_changed()
        self.repaint_timers()
        self.history.show_item(self.item_id)
        self._restore_draft()
        show_sharing_state(self, ctx, self.say)
        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self.repaint_timers)
        self._tick.start()
        self.editor.setFocus()
        apply_theme(self)  # before the text size is applied: it scales the theme's fonts
        prepare_window(self, ctx.settings)  # focus ring while typing; the saved text size

    # -- building ---------------------------------------------------------------------------------

    def _build(self) -> None:
        self.items = QComboBox()
        self.items.setAccessibleName(self.tr("Agenda item in view"))
        self.items.setToolTip(self.tr("Look at the notes of another item (the meeting stays put)"))
        # long questions must not widen the window: the chooser elides, its tooltip says all
        self.items.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.items.setMinimumContentsLength(24)
        self.items.activated.connect(self._item_chosen)
        # a check box: whether it is on reads at a glance, without relying on a pressed look
        self.follow = QCheckBox(self.tr("&Follow the live item"))
        self.follow.setChecked(True)
        self.follow.setToolTip(
            self.tr("Show the item under discussion as the meeting moves (Ctrl+L)")
        )
        self.follow.toggled.connect(self._follow_toggled)
        top = QHBoxLayout()
        top.addWidget(self.items, 1)
        top.addWidget(self.follow)

        # the item in view, in full and large: the chooser above elides long questions
        self.item_state = QLabel()
        self.item_state.setObjectName("itemStatus")
        self.item_title = TitleLabel()
        self.item_title.setObjectName("noteItemTitle")
        self.item_title.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)

        self.timer = QLabel()
        self.timer.setObjectName("noteTimer")
        self.queue = QLabel()
        self.queue.setObjectName("noteQueue")
        self.queue.setWordWrap(True)
        status = QHBoxLayout()
        status.addWidget(self.timer)
        status.addSpacing(24)
        status.addWidget(self.queue, 1)

        header = QFrame()
        header.setObjectName("notesHeader")
        head = QVBoxLayout(header)
        head.setContentsMargins(14, 10, 14, 10)
        head.setSpacing(4)
        head.addLayout(top)
        head.addWidget(self.item_state)
        head.addWidget(self.item_title)
        head.addLayout(status)

        self.banner = notice("banner", "#fff4ce", "#3b2f00", "#c9a400")
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        # the notes typed here are the ones at risk when saving fails: say it here too
        self.save_warning = notice("saveWarning", "#fde7e9", "#6e0811", "#c50f1f")

        self.history = NotesHistory(self)
        self.history.setObjectName("notesCard")
        # the parts tests and shortcuts reach directly
        self.notes = self.history.notes
        self.past = self.history.past

        self.entry_caption = QLabel(self.tr("&New note"))
        self.entry_caption.setObjectName("entry_caption")
        self.editor = EntryEditor()
        self.editor.setObjectName("noteEditor")
        self.editor.setAccessibleName(self.tr("New note"))
        self.editor.setTabChangesFocus(True)
        font = self.editor.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        self.editor.setFont(font)  # its least height follows: two lines (EntryEditor)
        self.entry_caption.setBuddy(self.editor)
        self.editor.textChanged.connect(self._text_changed)
        self.editor.submitted.connect(self.submit)

        self.speaker = QLineEdit()
        self.speaker.setPlaceholderText(self.tr("Speaker (optional)"))
        self.speaker.setAccessibleName(self.tr("Speaker"))
        self.speaker.setClearButtonEnabled(True)
        self.speaker.setObjectName("noteField")
        self.current_speaker_button = QPushButton(self.tr("Current speaker (F2)"))
        self.current_speaker_button.setObjectName("stepButton")
        self.current_speaker_button.setToolTip(self.tr("Tie the note to whoever has the floor"))
        self.current_speaker_button.clicked.connect(self.use_current_speaker)
        self.kinds = KindPanel(today=self.ctx.clock.now().date())
        # Enter in the speaker, who or due date field adds the note, as Enter in the text does
        self.kinds.submitted.connect(self.submit)
        self.speaker.returnPressed.connect(self.submit)
        self.add_button = QPushButton(self.tr("Add note"))
        self.add_button.setObjectName("primaryButton")
        self.add_button.setDefault(True)
        self.add_button.clicked.connect(self.submit)
        who = QHBoxLayout()
        who.addWidget(self.speaker, 1)
        who.addWidget(self.current_speaker_button)
        # never squeezed below its wrapped lines (at 200 % in French it lost its second line)
        self.hint = WholeLabel(
            self.tr(
                "Enter adds the note · Shift+Enter starts a new line · "
                "the note is timed from its first letter"
            )
        )
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.message.hide()

        writing = QFrame()
        writing.setObjectName("writeCard")
        column = QVBoxLayout(writing)
        column.setContentsMargins(14, 10, 14, 10)
        column.setSpacing(5)
        column.addWidget(self.entry_caption)
        column.addWidget(self.editor, 1)
        column.addLayout(who)
        column.addWidget(self.kinds)
        # the button under the marks, by the hint: next to the decision's votes the row was wider
        # than a half-screen window
        send = QHBoxLayout()
        send.addWidget(self.hint, 1)
        send.addWidget(self.add_button)
        column.addLayout(send)
        column.addWidget(self.message)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.history)
        split.addWidget(writing)
        # the notes taken get the larger share: a note being typed is a few lines
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setChildrenCollapsible(False)
        split.setHandleWidth(10)

        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addWidget(header)
        layout.addWidget(self.banner)
        layout.addWidget(self.save_warning)
        layout.addWidget(split, 1)
        self.setCentralWidget(page)
        self.setStyleSheet(STYLE)

    #: the window's height, in lines of its text, below which the large title gives way to the note
    #: being typed (the chooser above shows the item too, its tooltip whole): with larger text on a
    #: laptop the title was shown twice and the note had one line
    TITLE_ROOM_LINES = 32

    def _fit_title(self) -> None:
        room = self.height() >= self.TITLE_ROOM_LINES * self.fontMetrics().lineSpacing()
        if self.item_title.isHidden() == room:
            self.item_title.setVisible(room)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_title()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # the text size
            self._fit_title()

    def _build_actions(self) -> None:
        self.show_facilitator_action = build_actions(self)

    def show_facilitator(self) -> None:
        manager = self.ctx.windows
        if manager is None or manager.show_facilitator() is None:
            self.say(self.tr("The facilitator's window is not open in this program."))

    # -- the item in view ------------------------------------------------------------------------

    def refresh_title(self) -> None:
        title = self.ctx.meeting.details.title
        self.setWindowTitle(
            self.tr("Notes — {title}").format(title=title) if title else self.tr("Notes")
        )

    def refresh_items(self) -> None:
        """Refill the item chooser (only when the agenda itself changed: it is a short list)."""
        m = self.ctx.meeting
        self.items.blockSignals(True)
        self.items.clear()
        for iid in m.items:
            self.items.addItem(item_label(m, iid), iid)
        self.items.setCurrentIndex(max(0, self.items.findData(self.item_id)))
        self.items.setToolTip(self.items.currentText())
        self.items.blockSignals(False)
        self.refresh_item_title()
        if self.item_id not in m.items:
            self.view_item(m.live.current_item_id)

    def view_item(self, item_id: str | None) -> None:
        if item_id == self.item_id:
            return
        self.item_id = item_id
        self.items.setCurrentIndex(self.items.findData(item_id))
        self.items.setToolTip(self.items.currentText())
        self.history.show_item(item_id)
        self.refresh_item_title()
        self.refresh_banner()

    def refresh_item_title(self) -> None:
        """The title of the item in view, and whether it is the one under discussion."""
        title, state = item_view_texts(self.ctx.meeting, self.item_id)
        self.item_title.set_title(title)
        self.item_state.setText(state)
        self.item_state.setVisible(bool(state))

    def _item_chosen(self, index: int) -> None:
        item_id = self.items.itemData(index)
        live = self.ctx.meeting.live.current_item_id
        if self.entry is not None:
            # the note-taker chose another item while writing: the entry goes there
            self.entry = EntryStart(self.entry.at, item_id)
        self.view_item(item_id)
        self.follow.setChecked(item_id == live)

    def _follow_toggled(self, on: bool) -> None:
        if on:
            self.catch_up()

    def _after_the_end(self) -> str | None:
        """Once the meeting has ended no item is live: the notes of the first item are shown (the
        chooser showed it over an empty list), to be read and corrected."""
        m = self.ctx.meeting
        return next(iter(m.items), None) if m.live.ended_at is not None else None

    def catch_up(self) -> None:
        """Follow the live item, unless the note-taker is writing (a new entry or a correction)."""
        busy = self.entry is not None or self.past.note_id is not None
        live = self.ctx.meeting.live.current_item_id
        ended = self.ctx.meeting.live.ended_at is not None
        if self.follow.isChecked() and not busy and not (ended and live is None):
            self.view_item(live)
        self.refresh_banner()

    def refresh_banner(self) -> None:
        m = self.ctx.meeting
        live = m.live.current_item_id
        if self.entry is not None and live is not None and self.entry.item_id != live:
            self.banner.setText(
                self.tr(
                    "You are writing on item {mine}; the meeting has moved on to item {live}."
                ).format(mine=item_number(m, self.entry.item_id), live=item_number(m, live))
            )
            self.banner.show()
        else:
            self.banner.hide()

    # -- change records ----------------------------------------------------------------------------

    def on_change(self, change: Change) -> None:
        if change.initiator is self:
            return
        if change.touches(Topic.DETAILS):
            self.refresh_title()
        if change.touches(Topic.ITEMS):
            self.refresh_items()
            self.history.refresh_caption()
        if change.touches(Topic.LIVE):
            self.catch_up()
            self.refresh_item_title()
        if change.touches(Topic.NOTES):
            self.notes.update_notes(change.ids(Topic.NOTES))
            self.past.note_changed(change.ids(Topic.NOTES))
        if change.touches(Topic.PARTICIPANTS):
            self.notes.update_speakers(change.ids(Topic.PARTICIPANTS))
            self._names_changed()
        if change.touches(*topics.SPEAKERS):
            self.refresh_queue()
        if change.touches(*topics.TIMERS):
            self.repaint_timers()

    def refresh_queue(self) -> None:
        who = speakers(self.ctx.meeting)
        self.queue.setText(f"{who.current_line(False)}  ·  {who.next_line(False)}")

    def _names_changed(self) -> None:
        """Someone joined or was renamed: the completers' lists change in place (a popup being
        used stays open)."""
        names = [p.name for p in self.ctx.meeting.participants.values()]
        for field in (self.speaker, self.kinds.owner):
            completer = field.completer()
            if completer is None:
                field.setCompleter(name_completer(names, field))
            else:
                model = completer.model()
                if isinstance(model, QStringListModel):  # the one name_completer made
                    model.setStringList(names)

    def repaint_timers(self) -> None:
        m = self.ctx.meeting
        n = item_number(m, m.live.current_item_id)
        line = timer_line(item_timer(m, self.ctx.clock.now()))
        self.timer.setText(self.tr("Item {n}: {timer}").format(n=n, timer=line) if n else line)
        self.refresh_save_state()

    def refresh_save_state(self) -> None:
        text, warning = save_state_text(self.ctx.session, self.ctx.read_only)
        self.save_warning.setText(text)
        self.save_warning.setVisible(warning)

    def stop(self) -> None:
        self._tick.stop()

    # -- writing -----------------------------------------------------------------------------------

    def _text_changed(self) -> None:
        text = self.editor.toPlainText()
        if text.strip() and self.entry is None:
            self.entry = EntryStart(self.ctx.clock.now(), self.item_id)
            self.entry_caption.setText(
                self.tr("&New note, started at {time}").format(time=clock_time(self.entry.at))
            )
        elif not text.strip() and self.entry is not None:
            self.entry = None
            self.entry_caption.setText(self.tr("&New note"))
            self.catch_up()
        if self.ctx.session is not None:
            self.ctx.session.set_draft(DRAFT_KEY, text)

    def _restore_draft(self) -> None:
        """Bring back text typed earlier: from this session (the window was closed mid-note) or, once,
        from the autosave of a session that crashed."""
        session_drafts = getattr(self.ctx.session, "drafts", None) or {}
        recovered = getattr(self.ctx, "drafts", None)
        text = session_drafts.get(DRAFT_KEY, "")
        if not text and isinstance(recovered, dict):
            text = recovered.pop(DRAFT_KEY, "")
        if text:
            self.editor.setPlainText(text)  # also hands it back to the session as a draft
            self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)
            self.say(self.tr("The note you were typing has been recovered."))

    def use_current_speaker(self) -> None:
        turn = self.ctx.meeting.current_turn
        if turn is None:
            self.say(self.tr("Nobody has the floor."))
            return
        self.speaker.setText(self.ctx.meeting.participant_name(turn.participant_id))

    def mark(self, kind: NoteKind) -> None:
        self.kinds.set_kind(kind)

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _participant_id(self, name: str) -> str | None:
        return participant_id(self.ctx.meeting, name)

    def submit(self) -> None:
        """Add the entry being typed to the item it was started on."""
        text = self.editor.toPlainText().strip()
        if not text or self.entry is None:
            return
        item_id = self.entry.item_id
        if item_id not in self.ctx.meeting.items:
            # the item was deleted while the note was being typed: keep the note, on the live item
            item_id = self.ctx.meeting.live.current_item_id
            self.entry = EntryStart(self.entry.at, item_id)
            if item_id is not None:
                self.say(
                    self.tr(
                        "That item was removed from the agenda: press Enter again to add "
                        "the note to the item under discussion."
                    )
                )
                self.refresh_banner()
                return
        if item_id is None:
            self.say(self.tr("There is no agenda item to write on yet."))
            return
        speaker_name = self.speaker.text().strip()
        speaker_id = self._participant_id(speaker_name) if speaker_name else None
        if speaker_name and speaker_id is None:
            self.say(self.tr("Nobody called “{name}” takes part.").format(name=speaker_name))
            self.speaker.setFocus()
            return
        note, cmd = entry_command(
            self.ctx.meeting, self.kinds, item_id, self.entry.at, text, speaker_id
        )
        session = self.ctx.session
        # the draft is cleared in the journal line of its note: a crash now never brings it back
        becomes = session.draft_becomes(DRAFT_KEY) if session is not None else nullcontext()
        with becomes:
            change = self.apply_command(cmd)
        if change is None:
            return  # refused: the text stays, and the window says why
        self.notes.update_notes([note.id])
        self.editor.clear()  # the entry ends here: the view may follow the meeting again
        self.speaker.clear()
        self.kinds.reset(self.ctx.clock.now().date())
        self.say("")
        # the next letters go into the text, not onto the button that was clicked
        self.editor.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the one door ------------------------------------------------------------------------------

    def apply_command(self, cmd: Command) -> Change | None:
        """Through the one door; a refusal is shown in this window, under the editor."""
        return self.ctx.apply(cmd, initiator=self, on_refused=self.say)

    # -- past notes (see notes_history.py) ---------------------------------------------------------

    def edit_selected(self) -> None:
        self.history.edit_selected()

    def move_selected(self, step: int) -> None:
        self.history.move_selected(step)

    def move_selected_to(self, item_id: str) -> None:
        self.history.move_selected_to(item_id)

    def delete_selected(self) -> None:
        self.history.delete_selected()
