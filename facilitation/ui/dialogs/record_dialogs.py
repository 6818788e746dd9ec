"""Small dialogs to record a decision, an action or an open question on an agenda item.

They stand alone (``DecisionDialog(ctx, item_id, parent)`` …) so the facilitator's and the
note-taker's windows both use them. On OK a dialog applies its one ``Create`` command through the
door (initiator: the parent window) and closes; a refusal keeps it open with the reason shown.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from facilitation.models import (
    Action,
    Command,
    Create,
    Decision,
    DecisionMethod,
    OpenQuestion,
    new_id,
)

from facilitation.ui.common.fitting import show_placeholder_whole
from facilitation.ui.core.context import AppContext

translate = QCoreApplication.translate


class RecordDialog(QDialog):
    """Common frame: the item it is about, a form, OK/Cancel, and the refusal line."""

    def __init__(self, ctx: AppContext, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item_id = item_id
        self.setMinimumWidth(460)
        self.form = QFormLayout(self)
        item = ctx.meeting.items.get(item_id)
        about = QLabel(item.title if item else "")
        about.setWordWrap(True)
        about.setObjectName("dialogItem")
        self.form.addRow(translate("Record", "Item:"), about)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        # Ctrl+Enter accepts from anywhere in the dialog (in its text, see RecordText)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        #: the question asked before typed text is thrown away, while it is open
        self.discard_question: QMessageBox | None = None

    def finish_form(self) -> None:
        self.form.addRow(self.error)
        self.form.addRow(self.buttons)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        # Tab reaches OK before Cancel, whatever order the desktop's style draws them in
        QWidget.setTabOrder(ok, cancel)

    def typed(self) -> bool:
        """Whether the facilitator has typed something that closing would throw away."""
        # the record's own text: who and when may come filled in, they are not lost work
        return any(f.toPlainText().strip() for f in self.findChildren(QPlainTextEdit))

    def reject(self) -> None:
        """Escape or Cancel: with text typed, asks first (Keep writing is the default)."""
        if not self.typed() or self.discard_question is not None:
            super().reject()
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setText(translate("Record", "Throw away what you typed?"))
        discard = box.addButton(
            translate("Record", "Throw away"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(translate("Record", "Keep writing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def chosen(_result: int) -> None:
            self.discard_question = None
            if box.clickedButton() is discard:
                QDialog.reject(self)

        box.finished.connect(chosen)
        self.discard_question = box
        box.open()

    def build(self) -> Command | None:
        raise NotImplementedError

    def accept(self) -> None:
        try:
            cmd = self.build()
        except ValueError as exc:  # the entity refused its own values (an empty text …)
            self._show_error(str(exc))
            return
        if cmd is None:
            return
        if self.ctx.apply(cmd, initiator=self.parent(), on_refused=self._show_error) is None:
            return
        super().accept()

    def _show_error(self, text: str) -> None:
        self.error.setText(text or translate("Record", "This cannot be recorded."))
        self.error.show()


class RecordText(QPlainTextEdit):
    """A record's multi-line text: Enter starts a new line, Ctrl+Enter accepts the dialog."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        dialog = self.window()
        enter = event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if ctrl and enter and isinstance(dialog, QDialog):
            dialog.accept()
            event.accept()
            return
        super().keyPressEvent(event)


def _text_edit(placeholder: str) -> QPlainTextEdit:
    edit = RecordText()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    edit.setFixedHeight(90)
    return edit


class DecisionDialog(RecordDialog):
    def __init__(self, ctx: AppContext, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, item_id, parent)
        self.setObjectName("decisionDialog")
        self.setWindowTitle(translate("Record", "Record a decision"))
        self.text = _text_edit(translate("Record", "What was decided"))
        self.form.addRow(translate("Record", "&Decision:"), self.text)
        self.method = QComboBox()
        self.method.addItem(translate("Record", "Consensus"), DecisionMethod.CONSENSUS)
        self.method.addItem(translate("Record", "Vote"), DecisionMethod.VOTE)
        self.method.addItem(translate("Record", "Postponed"), DecisionMethod.POSTPONED)
        self.form.addRow(translate("Record", "&How:"), self.method)
        votes = QHBoxLayout()
        self.votes_for, self.votes_against, self.abstentions = QSpinBox(), QSpinBox(), QSpinBox()
        for label, box in (
            (translate("Record", "for"), self.votes_for),
            (translate("Record", "against"), self.votes_against),
            (translate("Record", "abstentions"), self.abstentions),
        ):
            box.setRange(0, 999)
            votes.addWidget(box)
            votes.addWidget(QLabel(label))
        votes.addStretch(1)
        self.votes_row = QWidget()
        self.votes_row.setLayout(votes)
        self.form.addRow(translate("Record", "Votes:"), self.votes_row)
        self.objections = QLineEdit()
        self.objections.setPlaceholderText(
            translate("Record", "Objections or reservations, if any")
        )
        show_placeholder_whole(self.objections)
        self.form.addRow(translate("Record", "&Objections:"), self.objections)
        self.method.currentIndexChanged.connect(self._method_changed)
        self._method_changed()
        self.finish_form()

    def _method_changed(self) -> None:
        self.votes_row.setEnabled(self.method.currentData() == DecisionMethod.VOTE)

    def build(self) -> Command | None:
        method = DecisionMethod(self.method.currentData())
        vote = method is DecisionMethod.VOTE
        decision = Decision(
            new_id(),
            self.item_id,
            self.text.toPlainText().strip(),
            self.ctx.clock.now(),
            method,
            self.votes_for.value() if vote else None,
            self.votes_against.value() if vote else None,
            self.abstentions.value() if vote else None,
            self.objections.text().strip(),
        )
        return Create.of("decisions", decision)


class ActionDialog(RecordDialog):
    def __init__(self, ctx: AppContext, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, item_id, parent)
        self.setObjectName("actionDialog")
        self.setWindowTitle(translate("Record", "Record an action"))
        self.what = _text_edit(translate("Record", "What is to be done"))
        self.form.addRow(translate("Record", "&What:"), self.what)
        self.owner = QComboBox()
        self.owner.setEditable(True)
        self.owner.addItem("", None)
        people = sorted(ctx.meeting.participants.values(), key=lambda p: p.name.casefold())
        for p in people:
            self.owner.addItem(p.name, p.id)
        line = self.owner.lineEdit()
        if line is not None:
            line.setPlaceholderText(translate("Record", "A participant, or anyone (free text)"))
            show_placeholder_whole(line)
        self.form.addRow(translate("Record", "W&ho:"), self.owner)
        due_row = QHBoxLayout()
        self.has_due = QCheckBox(translate("Record", "due by"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        today = ctx.clock.now().date()
        self.due.setDate(QDate(today.year, today.month, today.day).addDays(14))
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due)
        due_row.addStretch(1)
        self.form.addRow(translate("Record", "When:"), due_row)
        self.finish_form()

    def set_owner_text(self, text: str) -> None:
        self.owner.setEditText(text)

    def set_due(self, day: date | None) -> None:
        self.has_due.setChecked(day is not None)
        if day is not None:
            self.due.setDate(QDate(day.year, day.month, day.day))

    def build(self) -> Command | None:
        text = self.owner.currentText().strip()
        owner_id: str | None = None
        owner = ""
        match = [p for p in self.ctx.meeting.participants.values() if p.name == text]
        if match:
            owner_id = match[0].id
        else:
            owner = text
        due = None
        if self.has_due.isChecked():
            q = self.due.date()
            due = date(q.year(), q.month(), q.day())
        action = Action(
            new_id(),
            self.item_id,
            self.what.toPlainText().strip(),
            owner_id,
            owner,
            due,
            at=self.ctx.clock.now(),
        )
        return Create.of("actions", action)


class QuestionDialog(RecordDialog):
    def __init__(self, ctx: AppContext, item_id: str, parent: QWidget | None = None) -> None:
        super().__init__(ctx, item_id, parent)
        self.setObjectName("questionDialog")
        self.setWindowTitle(translate("Record", "Record an open question"))
        self.text = _text_edit(translate("Record", "The question left open"))
        self.form.addRow(translate("Record", "&Question:"), self.text)
        self.finish_form()

    def build(self) -> Command | None:
        question = OpenQuestion(
            new_id(), self.item_id, self.text.toPlainText().strip(), self.ctx.clock.now()
        )
        return Create.of("questions", question)


def focus_first_field(dialog: RecordDialog) -> None:
    for w in dialog.findChildren(QPlainTextEdit):
        w.setFocus(Qt.FocusReason.OtherFocusReason)
        return
