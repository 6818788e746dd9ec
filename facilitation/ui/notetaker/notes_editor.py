"""The note-taker's entry editor and the panel that marks an entry as a decision, action or question.

Enter adds the entry, Shift+Enter starts a new line (Ctrl+Enter adds it too, for those used to it):
notes come as short points, one after the other, and the faster one is the common one. The hint under
the editor says so.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QWidget,
)

from facilitation.models import DecisionMethod, NoteKind


class EntryEditor(QPlainTextEdit):
    """A plain-text editor where Enter submits and Shift+Enter breaks the line; two lines high at
    the least, at the text size in use (at 200 % the note had one line)."""

    submitted = Signal()

    #: the lines it keeps at the least: a short window (half a laptop's screen) keeps every control
    LINES_LEAST = 2

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # its own larger font, the text size
            self.setMinimumHeight(self.fontMetrics().lineSpacing() * self.LINES_LEAST + 14)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                # a plain "\n", not the Unicode line separator Qt would insert
                self.insertPlainText("\n")
            else:
                self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


class DueDateEdit(QDateEdit):
    """The action's due date: one Tab leaves it (Qt's date field spent Tab on its day, month and
    year, the arrows already do that), and Enter adds the note as in the other fields."""

    submitted = Signal()

    def focusNextPrevChild(self, next: bool) -> bool:
        return QWidget.focusNextPrevChild(self, next)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.submitted.emit()
            event.accept()
            return
        super().keyPressEvent(event)


def name_completer(names: list[str], parent: QWidget) -> QCompleter:
    """Complete participants' names from any part of the name, ignoring case."""
    completer = QCompleter(names, parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    return completer


class KindPanel(QWidget):
    """Note, decision (method and votes), action (who, due date) or open question."""

    KINDS = (NoteKind.NOTE, NoteKind.DECISION, NoteKind.ACTION, NoteKind.QUESTION)
    #: Enter in the who or the due date field: add the note
    submitted = Signal()
    #: an action is due in two weeks unless said otherwise, as in the facilitator's dialog
    DUE_IN_DAYS = 14

    def __init__(self, parent: QWidget | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.kind = QComboBox()
        self.kind.setAccessibleName(self.tr("Kind of entry"))
        self.kind.setToolTip(self.tr("Mark the entry (Ctrl+1 to Ctrl+4)"))
        for label in (
            self.tr("Note"),
            self.tr("Decision"),
            self.tr("Action"),
            self.tr("Open question"),
        ):
            self.kind.addItem(label)

        # decision
        self.method = QComboBox()
        self.method.setAccessibleName(self.tr("How it was decided"))
        for method, label in (
            (DecisionMethod.CONSENSUS, self.tr("by consensus")),
            (DecisionMethod.VOTE, self.tr("by vote")),
            (DecisionMethod.POSTPONED, self.tr("postponed")),
        ):
            self.method.addItem(label, method)
        self.votes_for = self._votes(self.tr("For"))
        self.votes_against = self._votes(self.tr("Against"))
        self.abstentions = self._votes(self.tr("Abstentions"))
        decision = QWidget()
        row = QHBoxLayout(decision)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.method)
        for label, box in (
            (self.tr("For"), self.votes_for),
            (self.tr("Against"), self.votes_against),
            (self.tr("Abst."), self.abstentions),
        ):
            caption = QLabel(label)
            caption.setBuddy(box)
            row.addWidget(caption)
            row.addWidget(box)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()

        # action
        self.owner = QLineEdit()
        self.owner.setPlaceholderText(self.tr("Who"))
        self.owner.setAccessibleName(self.tr("Who is in charge"))
        self.owner.setClearButtonEnabled(True)
        self.owner.returnPressed.connect(self.submitted)
        self.has_due = QCheckBox(self.tr("Due"))
        self.due = DueDateEdit()
        self.due.submitted.connect(self.submitted)
        self.due.setCalendarPopup(True)
        self.due.setAccessibleName(self.tr("Due date"))
        self.due.setEnabled(False)
        # never Qt's 1 January 2000: the first action of a session showed it
        self._set_due_from(today or date.today())
        self.has_due.toggled.connect(self.due.setEnabled)
        action = QWidget()
        row = QHBoxLayout(action)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.owner, 1)
        row.addWidget(self.has_due)
        row.addWidget(self.due)

        self.details = QStackedWidget()
        self.details.addWidget(QWidget())  # a note
        self.details.addWidget(decision)
        self.details.addWidget(action)
        self.details.addWidget(QWidget())  # an open question needs nothing more
        self.kind.currentIndexChanged.connect(self.details.setCurrentIndex)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.kind)
        layout.addWidget(self.details, 1)

    def _votes(self, name: str) -> QSpinBox:
        box = QSpinBox()
        box.setRange(0, 9999)
        box.setAccessibleName(name)
        return box

    def _method_changed(self) -> None:
        vote = self.method.currentData() == DecisionMethod.VOTE
        for box in (self.votes_for, self.votes_against, self.abstentions):
            box.setEnabled(vote)

    # -- reading and resetting -------------------------------------------------------------------

    def current_kind(self) -> NoteKind:
        return self.KINDS[self.kind.currentIndex()]

    def set_kind(self, kind: NoteKind) -> None:
        self.kind.setCurrentIndex(self.KINDS.index(kind))

    def decision_fields(self) -> dict[str, object]:
        method = DecisionMethod(self.method.currentData())
        fields: dict[str, object] = {"method": method}
        if method is DecisionMethod.VOTE:
            fields["votes_for"] = self.votes_for.value()
            fields["votes_against"] = self.votes_against.value()
            fields["abstentions"] = self.abstentions.value()
        return fields

    def due_date(self) -> date | None:
        if not self.has_due.isChecked():
            return None
        qd = self.due.date()
        return date(qd.year(), qd.month(), qd.day())

    def reset(self, today: date) -> None:
        """Back to a plain note, ready for the next entry."""
        self.kind.setCurrentIndex(0)
        self.method.setCurrentIndex(0)
        for box in (self.votes_for, self.votes_against, self.abstentions):
            box.setValue(0)
        self.owner.clear()
        self.has_due.setChecked(False)
        self._set_due_from(today)

    def _set_due_from(self, today: date) -> None:
        self.due.setDate(QDate(today.year, today.month, today.day).addDays(self.DUE_IN_DAYS))
