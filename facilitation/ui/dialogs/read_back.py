"""Meeting → Read back: the decisions and actions read to the room before closing, on this screen.

The dialog shows one entry at a time in large type (or the whole list), and the projector shows the
same (through ``ctx.windows.show_read_back``). In a few keys: → / ← (or Page Down / Page Up) move,
Space marks the entry read and goes on, F2 corrects it in place (Ctrl+Enter applies the correction
as one undo step, Escape leaves it), L shows the whole list, Ctrl+Z undoes. When the last entry is
marked read, or with "Finish", the time of the read-back is recorded (``RecordReadBack``): the
minutes then say that the decisions and actions were read back at that time.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent, QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitation.models import Batch, Change, Command, MarkRead, RecordReadBack, Update
from facilitation.models.commands import QT_TRANSLATE_NOOP
from facilitation.models.wire import to_data

from facilitation.ui.core.context import AppContext
from facilitation.ui.core.i18n import clock_time
from facilitation.ui.core.read_back import Entry, ReadBack, entry_view
from facilitation.ui.dialogs.fields import date_edit, date_of, show_date

READ_MARK = "✓"


def _big(pixels: int, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(pixels)
    font.setBold(bold)
    return font


class Correction(QWidget):
    """The entry's text (and an action's owner and date) made editable in place."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = form = QFormLayout(self)
        self.text = QPlainTextEdit()
        self.text.setFont(_big(22))
        self.text.setTabChangesFocus(True)
        self.owner = QLineEdit()
        self.due = date_edit(self.tr("no date"))
        form.addRow(self.tr("Text:"), self.text)
        form.addRow(self.tr("Who:"), self.owner)
        form.addRow(self.tr("By:"), self.due)


class ReadBackDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("readBackDialog")
        self.setWindowTitle(self.tr("Read back the decisions and actions"))
        self.resize(900, 560)
        self.read_back = ReadBack(ctx.meeting, self)
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.count = QLabel()
        self.as_list = QCheckBox(self.tr("The whole &list"))
        self.as_list.toggled.connect(self.read_back.show_list)
        top.addWidget(self.count, 1)
        top.addWidget(self.as_list)
        layout.addLayout(top)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        one = QWidget()
        one_layout = QVBoxLayout(one)
        self.heading = QLabel()
        self.heading.setFont(_big(20))
        self.heading.setWordWrap(True)
        self.text = QLabel()
        self.text.setObjectName("readBackText")
        self.text.setFont(_big(30, bold=True))
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.details = QLabel()
        self.details.setFont(_big(20))
        self.details.setWordWrap(True)
        self.mark = QLabel()
        self.mark.setFont(_big(20, bold=True))
        self.correction = Correction()
        self.correction.hide()
        for w in (self.heading, self.text, self.details, self.mark, self.correction):
            one_layout.addWidget(w)
        one_layout.addStretch(1)
        self.listing = QListWidget()
        self.listing.setFont(_big(20))
        self.listing.setWordWrap(True)
        self.listing.currentRowChanged.connect(self._list_row)
        self.pages.addWidget(one)
        self.pages.addWidget(self.listing)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.previous_button = self._button(self.tr("Previous"), lambda: self.read_back.step(-1))
        self.next_button = self._button(self.tr("Next"), lambda: self.read_back.step(1))
        self.read_button = self._button(self.tr("Mark read"), self.toggle_read)
        self.correct_button = self._button(self.tr("Correct"), self.start_correction)
        self.apply_button = self._button(self.tr("Apply the correction"), self.apply_correction)
        self.finish_button = self._button(self.tr("Finish"), self.finish)
        for b in (
            self.previous_button,
            self.next_button,
            self.read_button,
            self.correct_button,
            self.apply_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.finish_button)
        layout.addLayout(buttons)
        self._keys()
        self.read_back.moved.connect(self.refresh)
        ctx.hub.changed.connect(self._on_changed)
        self.refresh()

    def _button(self, text: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)  # Enter in the correction must not press a button
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        button.clicked.connect(slot)
        return button

    def _keys(self) -> None:
        def key(seq: QKeySequence | QKeySequence.StandardKey | str, slot: object) -> None:
            shortcut = QShortcut(QKeySequence(seq), self)
            shortcut.activated.connect(slot)
            self._shortcuts.append(shortcut)

        self._shortcuts: list[QShortcut] = []
        for seq, by in (("Right", 1), ("PgDown", 1), ("Left", -1), ("PgUp", -1)):
            key(seq, lambda by=by: self._step(by))
        key("Space", self.toggle_read)
        key("F2", self.start_correction)
        key("Ctrl+Return", self.apply_correction)
        key("L", lambda: self.as_list.toggle())
        key(QKeySequence.StandardKey.Undo, self._undo)
        key(QKeySequence.StandardKey.Redo, self._redo)
        self.previous_button.setToolTip(self.tr("Previous (←)"))
        self.next_button.setToolTip(self.tr("Next (→)"))
        self.read_button.setToolTip(self.tr("Mark read and go on (Space)"))
        self.correct_button.setToolTip(self.tr("Correct (F2)"))
        self.apply_button.setToolTip(self.tr("Apply the correction (Ctrl+Enter)"))

    # -- the keys --------------------------------------------------------------------------------

    @property
    def correcting(self) -> bool:
        return not self.correction.isHidden()

    def _step(self, by: int) -> None:
        if not self.correcting:
            self.read_back.step(by)

    def _undo(self) -> None:
        if not self.correcting:
            self.ctx.undo(self)

    def _redo(self) -> None:
        if not self.correcting:
            self.ctx.redo(self)

    def keyPressEvent(self, event: object) -> None:
        from PySide6.QtGui import QKeyEvent

        assert isinstance(event, QKeyEvent)
        if event.key() == Qt.Key.Key_Escape and self.correcting:
            self.correction.hide()  # Escape leaves the correction, not the read-back
            self.refresh()
            return
        super().keyPressEvent(event)

    # -- applying --------------------------------------------------------------------------------

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def _apply(self, cmd: Command) -> bool:
        if self.ctx.apply(cmd, initiator=self, on_refused=self.say) is None:
            return False
        self.message.hide()
        return True

    def _current(self) -> Entry | None:
        entry = self.read_back.current
        return entry if entry is not None and entry_view(self.ctx.meeting, entry) else None

    def toggle_read(self) -> None:
        """Mark the entry read (or not, if it was) and go on to the next one."""
        entry = self._current()
        if entry is None or self.correcting:
            return
        view = entry_view(self.ctx.meeting, entry)
        assert view is not None
        mark = MarkRead(entry[0], entry[1], read=not view.read)
        rest = [e for e in self.read_back.entries if e != entry]
        all_read = mark.read and all(_is_read(self.ctx, e) for e in rest)
        if all_read and self.ctx.meeting.live.started_at is not None:
            # the last one read: the read-back's time goes with it, in the same undo step
            now = RecordReadBack(self.ctx.clock.now())
            cmd: Command = Batch((mark, now), QT_TRANSLATE_NOOP("Command", "Read back"))
        else:
            cmd = mark
        if self._apply(cmd) and mark.read:
            self.read_back.step(1)

    def start_correction(self) -> None:
        entry = self._current()
        if entry is None or self.read_back.as_list:
            return
        coll, pid = entry
        c = self.correction
        is_action = coll == "actions"
        if is_action:
            a = self.ctx.meeting.actions[pid]
            c.text.setPlainText(a.what)
            owner = self.ctx.meeting.participants.get(a.owner_id or "")
            c.owner.setText(owner.name if owner else a.owner)
            show_date(c.due, a.due)
        else:
            c.text.setPlainText(self.ctx.meeting.decisions[pid].text)
        for w in (c.owner, c.due):
            w.setVisible(is_action)
            label = c.form.labelForField(w)
            if label is not None:
                label.setVisible(is_action)
        c.show()
        self.text.hide()
        c.text.setFocus()
        c.text.selectAll()
        self._refresh_buttons()

    def apply_correction(self) -> None:
        entry = self._current()
        if entry is None or not self.correcting:
            return
        coll, pid = entry
        c = self.correction
        text = c.text.toPlainText().strip()
        changes: dict[str, object] = {}
        if coll == "actions":
            a = self.ctx.meeting.actions[pid]
            if text != a.what:
                changes["what"] = text
            owner = self.ctx.meeting.participants.get(a.owner_id or "")
            shown = owner.name if owner else a.owner
            typed = c.owner.text().strip()
            if typed != shown:
                match = [p for p in self.ctx.meeting.participants.values() if p.name == typed]
                changes["owner_id"] = match[0].id if match else None
                changes["owner"] = "" if match else typed
            if date_of(c.due) != a.due:
                changes["due"] = to_data(date_of(c.due))
        elif text != self.ctx.meeting.decisions[pid].text:
            changes["text"] = text
        if not changes or self._apply(Update(coll, pid, changes)):
            c.hide()
            self.refresh()

    def finish(self) -> None:
        """Record the time of the read-back (when something was read), then close."""
        read = any(_is_read(self.ctx, e) for e in self.read_back.entries)
        if read and not self._apply(RecordReadBack(self.ctx.clock.now())):
            return
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.read_back.finish()  # the projector goes back to the meeting
        super().closeEvent(event)

    def done(self, result: int) -> None:
        self.read_back.finish()
        super().done(result)

    # -- refreshing ------------------------------------------------------------------------------

    def _on_changed(self, _change: Change) -> None:
        self.read_back.follow(self.ctx.meeting)

    def _list_row(self, row: int) -> None:
        if row >= 0 and row != self.read_back.index:
            self.read_back.go(row)

    def refresh(self) -> None:
        m = self.ctx.meeting
        rb = self.read_back
        self.pages.setCurrentIndex(1 if rb.as_list else 0)
        if self.as_list.isChecked() != rb.as_list:
            self.as_list.setChecked(rb.as_list)
        views = [entry_view(m, e) for e in rb.entries]
        done = sum(1 for v in views if v is not None and v.read)
        self.count.setText(
            self.tr("%1 of %2 read").replace("%1", str(done)).replace("%2", str(len(views)))
        )
        at = m.live.read_back_at
        if at is not None:
            self.count.setText(
                self.count.text()
                + "  ·  "
                + self.tr("read back at %1").replace("%1", clock_time(at))
            )
        self.listing.blockSignals(True)
        self.listing.clear()
        for v in views:
            if v is not None:
                self.listing.addItem(f"{READ_MARK if v.read else '•'}  {v.heading}: {v.text}")
        if rb.entries:
            self.listing.setCurrentRow(rb.index)
        self.listing.blockSignals(False)
        current = rb.current
        view = entry_view(m, current) if current is not None else None
        if view is None:
            self.heading.setText("")
            self.text.setText(self.tr("No decision or action was recorded."))
            self.details.setText("")
            self.mark.setText("")
        else:
            self.heading.setText(f"{view.heading} — {view.item}" if view.item else view.heading)
            self.text.setText(view.text)
            self.details.setText(view.details)
            self.mark.setText(READ_MARK + " " + self.tr("Read") if view.read else "")
        self.text.setVisible(not self.correcting)
        self._refresh_buttons()

    def _refresh_buttons(self) -> None:
        has = self._current() is not None
        correcting = self.correcting
        for b in (self.previous_button, self.next_button, self.read_button):
            b.setEnabled(has and not correcting)
        self.previous_button.setEnabled(has and not correcting and self.read_back.index > 0)
        last = len(self.read_back.entries) - 1
        self.next_button.setEnabled(has and not correcting and self.read_back.index < last)
        self.correct_button.setVisible(not correcting)
        self.correct_button.setEnabled(has and not self.read_back.as_list)
        self.apply_button.setVisible(correcting)


def _is_read(ctx: AppContext, entry: Entry) -> bool:
    view = entry_view(ctx.meeting, entry)
    return view is not None and view.read
