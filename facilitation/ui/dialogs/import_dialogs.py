"""Import an agenda or a list of participants: choose a file or paste text, see the preview, apply.

Nothing touches the meeting until OK: the preview shows every item (or person) that would be added
and, per line, what was guessed, left out or refused. OK applies the whole import as one command,
hence one undo step; a refusal keeps the dialog open with the reason.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitation.imports.agenda import AgendaPreview, agenda_commands
from facilitation.imports.agenda_text import parse_agenda_text
from facilitation.imports.errors import ImportProblem, LineNote
from facilitation.imports.files import read_agenda
from facilitation.imports.participants import (
    ParticipantsPreview,
    RowStatus,
    parse_participants,
    participant_commands,
    read_participants,
)
from facilitation.models import Command, ItemKind, new_id

from facilitation.ui.core.context import AppContext

_WARN = QColor("#8a5a00")
_ERROR = QColor("#b00020")


def _fill(template: str, params: dict[str, Any]) -> str:
    text = QCoreApplication.translate("ImportProblem", template)
    try:
        return text.format(**params)
    except (KeyError, IndexError, ValueError):
        return template.format(**params)


def problem_text(exc: ImportProblem) -> str:
    """The user's language for an import refusal, naming the file and the line."""
    message = _fill(exc.template, exc.params)
    name = Path(exc.path).name or exc.path
    if exc.line is None:
        return (
            QCoreApplication.translate("ImportDialog", "%1: %2")
            .replace("%1", name)
            .replace("%2", message)
        )
    unit = (
        QCoreApplication.translate("ImportDialog", "paragraph")
        if exc.unit == "paragraph"
        else QCoreApplication.translate("ImportDialog", "line")
    )
    return (
        QCoreApplication.translate("ImportDialog", "%1, %2 %3: %4")
        .replace("%1", name)
        .replace("%2", unit)
        .replace("%3", str(exc.line))
        .replace("%4", message)
    )


def note_text(note: LineNote, unit: str = "line") -> str:
    where = (
        QCoreApplication.translate("ImportDialog", "Paragraph %1")
        if unit == "paragraph"
        else QCoreApplication.translate("ImportDialog", "Line %1")
    )
    return where.replace("%1", str(note.line)) + " — " + _fill(note.template, note.params)


def kind_name(kind: ItemKind) -> str:
    names = {
        ItemKind.INFORMATION: QCoreApplication.translate("ItemKind", "Information"),
        ItemKind.DISCUSSION: QCoreApplication.translate("ItemKind", "Discussion"),
        ItemKind.DECISION: QCoreApplication.translate("ItemKind", "Decision"),
    }
    return names[kind]


class _ImportDialog(QDialog):
    """The common frame: a file button, a paste area, the preview, the notes, OK/Cancel."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.source_path: Path | None = None
        self.problem: ImportProblem | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.open_button = QPushButton(self.tr("Open a file…"))
        self.open_button.clicked.connect(self._choose_file)
        self.file_label = QLabel(self.tr("or paste the text below"))
        top.addWidget(self.open_button)
        top.addWidget(self.file_label, 1)
        layout.addLayout(top)
        self.text = QPlainTextEdit()
        self.text.setMaximumHeight(140)
        layout.addWidget(self.text)
        # re-read a pasted text once typing pauses, not on every key
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(300)
        self._debounce.timeout.connect(self.refresh_from_text)
        self.text.textChanged.connect(self._debounce.start)
        self.body = QVBoxLayout()
        layout.addLayout(self.body, 1)
        self.notes = QListWidget()
        self.notes.setMaximumHeight(120)
        layout.addWidget(self.notes)
        self.error = QLabel()
        self.error.setObjectName("error")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.options = QHBoxLayout()
        layout.addLayout(self.options)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(720, 600)

    # -- what subclasses provide ------------------------------------------------------------

    def file_filter(self) -> str:
        raise NotImplementedError

    def read_file(self, path: Path) -> Any:
        raise NotImplementedError

    def read_text(self, text: str) -> Any:
        raise NotImplementedError

    def show_preview(self, preview: Any) -> None:
        raise NotImplementedError

    def clear_preview(self) -> None:
        raise NotImplementedError

    def command(self) -> Command | None:
        raise NotImplementedError

    # -- the flow ---------------------------------------------------------------------------

    def _choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import"), "", self.file_filter())
        if name:
            self.load_file(Path(name))

    def load_file(self, path: Path) -> None:
        self.source_path = path
        self.file_label.setText(path.name)
        self.text.blockSignals(True)
        self.text.clear()
        self.text.blockSignals(False)
        self._show(lambda: self.read_file(path))

    def set_text(self, text: str) -> None:
        """Put ``text`` in the paste area and preview it at once (for paste buttons and tests)."""
        self.text.setPlainText(text)
        self._debounce.stop()
        self.refresh_from_text()

    def refresh_from_text(self) -> None:
        text = self.text.toPlainText()
        if not text.strip():
            return
        self.source_path = None
        self.file_label.setText(self.tr("Pasted text"))
        self._show(lambda: self.read_text(text))

    def _show(self, read: Any) -> None:
        self.notes.clear()
        try:
            preview = read()
        except ImportProblem as exc:
            self.problem = exc
            self.clear_preview()
            self._error(problem_text(exc))
            return
        self.problem = None
        self.error.hide()
        self.show_preview(preview)

    def add_note(self, text: str, error: bool) -> None:
        self.notes.addItem(text)
        self.notes.item(self.notes.count() - 1).setForeground(QBrush(_ERROR if error else _WARN))

    def _error(self, text: str, fatal: bool = True) -> None:
        """Show why; a file that cannot be read leaves nothing to apply (``fatal``)."""
        self.error.setText(text)
        self.error.show()
        if fatal:
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def accept(self) -> None:
        cmd = self.command()
        if cmd is None:
            return
        if (
            self.ctx.apply(cmd, initiator=self, on_refused=lambda text: self._error(text, False))
            is None
        ):
            return
        super().accept()


class ImportAgendaDialog(_ImportDialog):
    """Import agenda items from a Markdown, text or Word file, or from pasted text."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Import an agenda"))
        self.preview: AgendaPreview | None = None
        self.text.setPlaceholderText(
            self.tr("1. Welcome (10 min)\n2. Budget (20 min)\n   - grants\n3. Any other business")
        )
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Item"), self.tr("Minutes"), self.tr("Kind")])
        self.tree.setColumnWidth(0, 440)
        self.body.addWidget(self.tree)
        self.total = QLabel()
        self.body.addWidget(self.total)
        self.append_option = QRadioButton(self.tr("Add after the current agenda"))
        self.replace_option = QRadioButton(
            self.tr("Replace the items not yet discussed (the others stay)")
        )
        self.append_option.setChecked(True)
        self.options.addWidget(self.append_option)
        self.options.addWidget(self.replace_option)
        self.clear_preview()

    def file_filter(self) -> str:
        return self.tr("Agendas (*.md *.markdown *.txt *.docx);;All files (*)")

    def read_file(self, path: Path) -> AgendaPreview:
        return read_agenda(path)

    def read_text(self, text: str) -> AgendaPreview:
        return parse_agenda_text(text, self.tr("pasted text"))

    def clear_preview(self) -> None:
        self.preview = None
        self.tree.clear()
        self.total.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def show_preview(self, preview: AgendaPreview) -> None:
        self.preview = preview
        self.tree.clear()
        for item in preview.items:
            minutes = str(item.planned_minutes) if item.planned_minutes else ""
            node = QTreeWidgetItem([item.title, minutes, kind_name(item.kind)])
            node.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if item.description:
                node.setToolTip(0, item.description)
            for sub in item.sub_questions:
                node.addChild(QTreeWidgetItem([sub]))
            self.tree.addTopLevelItem(node)
        self.tree.expandAll()
        for note in preview.notes:
            self.add_note(note_text(note, preview.unit), note.error)
        self.total.setText(
            self.tr("%n items", "", len(preview.items))
            + " — "
            + self.tr("%n minutes planned", "", preview.total_minutes)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(preview.items))

    def command(self) -> Command | None:
        if self.preview is None:
            return None
        return agenda_commands(
            self.preview, self.ctx.meeting, new_id, replace=self.replace_option.isChecked()
        )


class ImportParticipantsDialog(_ImportDialog):
    """Import participants from a CSV file or a pasted registration list."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("Import participants"))
        self.preview: ParticipantsPreview | None = None
        self.text.setPlaceholderText(self.tr("Name; group; e-mail (optional), one person per line"))
        self.table = QTableWidget(0, 5)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Line"),
                self.tr("Name"),
                self.tr("Group"),
                self.tr("E-mail"),
                self.tr("Status"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.body.addWidget(self.table)
        self.summary = QLabel()
        self.body.addWidget(self.summary)
        self.include_duplicates = QCheckBox(self.tr("Also add the duplicates"))
        self.include_duplicates.toggled.connect(self._update_summary)
        self.options.addWidget(self.include_duplicates)
        self.clear_preview()

    def file_filter(self) -> str:
        return self.tr("Lists (*.csv *.txt *.tsv);;All files (*)")

    def read_file(self, path: Path) -> ParticipantsPreview:
        return read_participants(path, self.ctx.meeting.participants.values())

    def read_text(self, text: str) -> ParticipantsPreview:
        return parse_participants(
            text, self.tr("pasted text"), self.ctx.meeting.participants.values()
        )

    def clear_preview(self) -> None:
        self.preview = None
        self.table.setRowCount(0)
        self.summary.clear()
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)

    def show_preview(self, preview: ParticipantsPreview) -> None:
        self.preview = preview
        status_names = {
            RowStatus.NEW: self.tr("To add"),
            RowStatus.DUPLICATE: self.tr("Duplicate"),
            RowStatus.REFUSED: self.tr("Not imported"),
        }
        self.table.setRowCount(len(preview.rows))
        for r, row in enumerate(preview.rows):
            cells = [str(row.line), row.name, row.group, row.email, status_names[row.status]]
            reasons = "\n".join(_fill(n.template, n.params) for n in preview.notes_of(row.line))
            for c, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if reasons:
                    cell.setToolTip(reasons)
                if row.status != RowStatus.NEW:
                    cell.setForeground(QBrush(_ERROR if row.status == RowStatus.REFUSED else _WARN))
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        for note in preview.notes:
            self.add_note(note_text(note), note.error)
        self._update_summary()

    def _count(self) -> int:
        if self.preview is None:
            return 0
        wanted = {RowStatus.NEW}
        if self.include_duplicates.isChecked():
            wanted.add(RowStatus.DUPLICATE)
        return sum(1 for r in self.preview.rows if r.status in wanted)

    def _update_summary(self) -> None:
        count = self._count()
        self.summary.setText(self.tr("%n people will be added", "", count))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(count > 0)

    def command(self) -> Command | None:
        if self.preview is None or not self._count():
            return None
        return participant_commands(
            self.preview, new_id, include_duplicates=self.include_duplicates.isChecked()
        )
