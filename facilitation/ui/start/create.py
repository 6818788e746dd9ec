"""New meetings from the start page: from an invitation or an agenda, and the next of a series.

They do what ``facilitation new`` and ``facilitation next`` do (the same importers, the same
``prepare_next``) and write the new meeting straight into the meetings folder, in its series'
folder, under a name people can read ("2026-12-01 Rencontre 3.json"): nobody types a path.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitation.models import Clock, Details, LiveMeeting, Meeting, new_id
from facilitation.storage.library import Library


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartPage", text)


class CreateError(Exception):
    """The new meeting cannot be made; the message is for the user (translated)."""


def write_new(meeting: Meeting, library: Library) -> Path:
    """Write a new meeting into the meetings folder (its series' subfolder), never over a file;
    the library remembers it. Raises CreateError."""
    from facilitation.storage.errors import StorageError
    from facilitation.storage.fileformat import save_meeting
    from facilitation.storage.paths import new_meeting_path

    d = meeting.details
    try:
        path = new_meeting_path(d.title, d.series, d.number, d.date)
        save_meeting(path, meeting)
    except StorageError as exc:
        raise CreateError(_tr("The meeting was not written: %1").replace("%1", str(exc))) from exc
    library.remember(path, meeting.id)
    return path


def meeting_from_agenda(text: str | None, file: Path | None, clock: Clock) -> Meeting:
    """A new meeting whose agenda is read from pasted ``text`` or from ``file`` (.md, .txt, .docx),
    titled by the document. Raises CreateError with the importer's own message."""
    from facilitation.imports.agenda import agenda_commands
    from facilitation.imports.agenda_text import parse_agenda_text
    from facilitation.imports.cli import guess_language
    from facilitation.imports.errors import ImportProblem
    from facilitation.imports.files import read_agenda
    from facilitation.models import CommandError

    from facilitation.ui.dialogs.import_dialogs import problem_text

    try:
        if file is not None:
            preview = read_agenda(file)
        else:
            preview = parse_agenda_text(text or "", _tr("pasted text"))
    except ImportProblem as exc:
        raise CreateError(problem_text(exc)) from exc
    if not preview.items:
        raise CreateError(_tr("No agenda point was found in this text."))
    title = (preview.title or (file.stem if file is not None else "")).strip()
    language = guess_language([preview.title, *(i.title for i in preview.items)])
    meeting = Meeting(new_id(), Details(title=title, language=language), clock.now())
    live = LiveMeeting(meeting)
    try:
        live.apply(agenda_commands(preview, meeting, new_id))
    except CommandError as exc:
        raise CreateError(str(exc)) from exc
    return live.meeting


def next_of(path: Path, clock: Clock) -> Meeting:
    """The next meeting of the series of the meeting at ``path``, as ``facilitation next`` makes it
    (same people, open actions to follow up, number + 1, the date announced). Raises CreateError."""
    from facilitation.imports.nextmeeting import prepare_next
    from facilitation.storage.errors import StorageError
    from facilitation.storage.fileformat import load_meeting

    try:
        previous = load_meeting(path)
    except StorageError as exc:
        raise CreateError(str(exc)) from exc
    return prepare_next(previous, new_id, clock.now())


class InvitationDialog(QDialog):
    """Paste an invitation or an agenda, or choose its file: the meeting is made from it."""

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("New meeting from an invitation or an agenda"))
        self.folder = folder
        self.file: Path | None = None
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "Paste the invitation or the agenda below (one point a line; durations such as "
                "“(20 min)” are read), or choose a .md, .txt or .docx file."
            )
        )
        # on one line it made the dialog wider than a laptop's screen at 150 % in French
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit()
        self.text.setObjectName("invitationText")
        self.text.setTabChangesFocus(True)
        layout.addWidget(self.text)
        row = QHBoxLayout()
        self.choose = QPushButton(_tr("Choose a file…"))
        self.choose.clicked.connect(self.choose_file)
        self.file_label = QLabel()
        row.addWidget(self.choose)
        row.addWidget(self.file_label, 1)
        layout.addLayout(row)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(_tr("Create the meeting"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(620, 420)

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            _tr("Choose an invitation or an agenda"),
            str(self.folder),
            _tr("Agendas (*.md *.txt *.docx);;All files (*)"),
        )
        if name:
            self.set_file(Path(name))

    def set_file(self, path: Path) -> None:
        self.file = path
        self.file_label.setText(path.name)
