"""The next meeting's date, time, mode, place, link and note: a form, a box and a small dialog.

- :class:`NextMeetingForm` lays the fields out and reads them back as the file writes them
  (``{"date": "2026-12-15", "mode": "hybrid"}``), the shape :class:`EditNextMeeting` takes;
- :class:`NextMeetingBox` is the form in the meeting's details: each field is applied when it is
  left, as an ``EditNextMeeting`` of that field (a burst of edits of one field is one undo step);
- :class:`NextMeetingDialog` is what the facilitator opens in a few keys while the "next meeting"
  item is discussed: the fields come prefilled (the time, place, mode and link of this meeting, a
  date four weeks on, to be corrected); a line on top takes it as it is said ("mardi 5 janvier à
  19h30, Maison de quartier ; apporter les dates", read by
  :func:`facilitation.imports.nextmeeting_text.parse_next_meeting`) and fills the fields as it is
  typed; Enter applies them all as one undoable command.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from facilitation.imports.nextmeeting_text import parse_next_meeting
from facilitation.models import Change, DataError, EditNextMeeting, Mode, Topic
from facilitation.models.entities import NextMeeting
from facilitation.models.wire import field_type, from_data, to_data

from facilitation.ui.common.fitting import show_placeholder_whole
from facilitation.ui.core.context import AppContext
from facilitation.ui.dialogs.fields import (
    date_edit,
    date_of,
    mode_names,
    set_line,
    show_date,
    show_time,
    time_edit,
    time_of,
)

# the fields of the next meeting the form edits, in its order
FIELDS = ("date", "time", "mode", "place", "online_link", "note")
# how far on the date proposed by the dialog is, when none is set yet (a monthly rhythm)
PROPOSED_GAP = timedelta(weeks=4)


def _tr(text: str) -> str:
    return QCoreApplication.translate("NextMeeting", text)


class NextMeetingForm(QWidget):
    """The fields; ``edited`` says which one was left (its name), values are read by :meth:`values`."""

    edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        self.date = date_edit(_tr("not set"))
        self.time = time_edit(_tr("not set"))
        self.mode = QComboBox()
        for mode, name in mode_names().items():
            self.mode.addItem(name, mode.value)
        self.place = QLineEdit()
        self.link = QLineEdit()
        self.link.setPlaceholderText(_tr("For those who join online"))
        self.note = QPlainTextEdit()
        self.note.setTabChangesFocus(True)  # Tab leaves the note, as in the other fields
        self.note.setMaximumHeight(70)
        form.addRow(_tr("Date:"), self.date)
        form.addRow(_tr("Time:"), self.time)
        form.addRow(_tr("Mode:"), self.mode)
        form.addRow(_tr("Place:"), self.place)
        form.addRow(_tr("Online link:"), self.link)
        form.addRow(_tr("Note:"), self.note)
        self.date.editingFinished.connect(lambda: self.edited.emit("date"))
        self.time.editingFinished.connect(lambda: self.edited.emit("time"))
        self.mode.activated.connect(lambda _i: self._mode_chosen())
        self.place.editingFinished.connect(lambda: self.edited.emit("place"))
        self.link.editingFinished.connect(lambda: self.edited.emit("online_link"))
        self.note.textChanged.connect(lambda: self.edited.emit("note"))
        self._follow_mode()

    def _mode_chosen(self) -> None:
        self._follow_mode()
        self.edited.emit("mode")

    def _follow_mode(self) -> None:
        # a link means something only when some join online
        self.link.setEnabled(self.mode.currentData() != Mode.IN_PERSON.value)

    def show_values(self, nm: NextMeeting) -> None:
        """Show ``nm`` without sending ``edited``; a field already right is left as it is."""
        widgets = (self.date, self.time, self.mode, self.place, self.link, self.note)
        for w in widgets:
            w.blockSignals(True)
        show_date(self.date, nm.date)
        show_time(self.time, nm.time)
        self.mode.setCurrentIndex(self.mode.findData(nm.mode.value))
        set_line(self.place, nm.place)
        set_line(self.link, nm.online_link)
        if self.note.toPlainText().strip() != nm.note:
            self.note.setPlainText(nm.note)
        for w in widgets:
            w.blockSignals(False)
        self._follow_mode()

    def values(self) -> dict[str, Any]:
        """Every field as the meeting file writes it."""
        return {
            "date": to_data(date_of(self.date)),
            "time": to_data(time_of(self.time)),
            "mode": self.mode.currentData(),
            "place": self.place.text().strip(),
            "online_link": self.link.text().strip(),
            "note": self.note.toPlainText().strip(),
        }

    def changes(self, nm: NextMeeting) -> dict[str, Any]:
        """The fields that differ from ``nm``."""
        now = {f: to_data(getattr(nm, f)) for f in FIELDS}
        return {f: v for f, v in self.values().items() if v != now[f]}


class NextMeetingBox(QGroupBox):
    """The next meeting in the meeting's details: each field applied as it is left."""

    def __init__(self, ctx: AppContext, on_refused: Any, parent: QWidget | None = None) -> None:
        super().__init__(_tr("Next meeting"), parent)
        self.ctx = ctx
        self._on_refused = on_refused
        layout = QVBoxLayout(self)
        self.form = NextMeetingForm()
        layout.addWidget(self.form)
        self.form.edited.connect(self._edited)
        ctx.hub.changed.connect(self._on_changed)
        self.form.show_values(ctx.meeting.next_meeting)

    def _edited(self, name: str) -> None:
        changes = self.form.changes(self.ctx.meeting.next_meeting)
        if name in changes:
            cmd = EditNextMeeting({name: changes[name]})
            self.ctx.apply(cmd, initiator=self, on_refused=self._on_refused)

    def _on_changed(self, change: Change) -> None:
        if change.touches(Topic.NEXT_MEETING) and change.initiator is not self:
            self.form.show_values(self.ctx.meeting.next_meeting)


class NextMeetingDialog(QDialog):
    """Set the next meeting in a few keys: type the date, Tab to what differs, Enter."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("nextMeetingDialog")
        self.setWindowTitle(_tr("Next meeting"))
        layout = QVBoxLayout(self)
        self.line = QLineEdit()
        self.line.setObjectName("nextMeetingLine")
        self.line.setPlaceholderText(
            _tr("As it is said: Tuesday 5 January at 19h30, Maison de quartier ; a note")
        )
        show_placeholder_whole(self.line)
        self.line.textEdited.connect(self._typed)
        layout.addWidget(QLabel(_tr("In one line:")))
        layout.addWidget(self.line)
        self.form = NextMeetingForm()
        layout.addWidget(self.form)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._base = proposal(ctx)
        self.form.show_values(self._base)
        self.line.setFocus()

    def _typed(self, text: str) -> None:
        """The fields follow the line as it is typed (what it does not say stays as proposed)."""
        values: dict[str, Any] = {}
        for name, raw in parse_next_meeting(text, self.ctx.clock.now().date()).items():
            try:
                values[name] = from_data(field_type(NextMeeting, name), raw, name)
            except (KeyError, DataError):
                continue  # a field the parser gives and the meeting does not take: left out
        self.form.show_values(replace(self._base, **values))

    def say(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def accept(self) -> None:
        changes = self.form.changes(self.ctx.meeting.next_meeting)
        if changes:
            done = self.ctx.apply(EditNextMeeting(changes), initiator=self, on_refused=self.say)
            if done is None:
                return  # refused: said in the dialog, which stays open with what was typed
        super().accept()


def proposal(ctx: AppContext) -> NextMeeting:
    """What the dialog shows: the next meeting as set, or, where nothing is set, this meeting's
    time, place, mode and link and a date four weeks on (the fields are then only a proposal)."""
    m = ctx.meeting
    nm = m.next_meeting
    if nm != NextMeeting():
        return nm
    d = m.details
    day = (m.live.started_at.date() if m.live.started_at else None) or d.date
    base = day or ctx.clock.now().date()
    start: date = base + PROPOSED_GAP
    return NextMeeting(
        date=start,
        time=d.planned_start,
        place=d.place,
        mode=d.mode,
        online_link=d.online_link,
    )
