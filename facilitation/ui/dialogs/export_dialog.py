"""File → Export minutes…: the format, the language, anonymity, speaking time, a template, the file.

It lays out what :mod:`facilitation.export.options` decides below the interface: the choices last
made for the meeting's series (else Word, in the meeting's language — never the interface's), a
file name safe on every system, in the user's documents folder (never the hidden data folder). The
suggested name follows the format, language and anonymity until the user types a name of their own.
Once written, the dialog offers to open the document or show it in its folder.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitation.export import ExportError
from facilitation.export.options import (
    ExportOptions,
    default_folder,
    export_with,
    remember_options,
    remembered_options,
    series_key,
    suggested_file_name,
)
from facilitation.models import Meeting
from facilitation.storage.errors import StorageError
from facilitation.storage.library import Library
from facilitation.storage.paths import data_dir

from facilitation.ui.common.fitting import show_placeholder_whole
from facilitation.ui.core.context import AppContext
from facilitation.ui.core.settings import Key

# the formats in the order offered, with their file filters
FORMATS = ("docx", "md", "pdf")


def folder_key(meeting: Meeting) -> Key[str]:
    """The folder last written to for this meeting's series (a digest: names stay out of the INI)."""
    digest = hashlib.sha256(series_key(meeting).encode("utf-8")).hexdigest()[:16]
    return Key(f"export/folder_{digest}", str, "")


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.resolve())
    except ValueError:
        return False
    return True


def start_folder(ctx: AppContext, meeting: Meeting) -> Path:
    """The folder remembered for the series if it is still there, else the documents folder;
    never the data folder, where the app keeps its own files out of sight."""
    saved = folder_key(meeting).read(ctx.settings)
    if saved and Path(saved).is_dir() and not _inside(Path(saved), data_dir()):
        return Path(saved)
    return default_folder()


class ExportDialog(QDialog):
    def __init__(
        self, ctx: AppContext, meeting: Meeting | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.meeting = meeting if meeting is not None else ctx.meeting
        self.written: Path | None = None
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export the minutes"))
        self.setMinimumWidth(620)
        options = remembered_options(self.meeting)
        self._named_by_user = False
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.fmt = QComboBox()
        names = {"docx": self.tr("Word (.docx)"), "md": self.tr("Markdown (.md)"), "pdf": "PDF"}
        for fmt in FORMATS:
            self.fmt.addItem(names[fmt], fmt)
        self.lang = QComboBox()
        self.lang.addItem("Français", "fr")
        self.lang.addItem("English", "en")
        self.anonymous = QCheckBox(self.tr("Anonymous: people counted and named by their group"))
        self.keep_owners = QCheckBox(self.tr("Keep the names of those in charge of actions"))
        self.speaking = QCheckBox(self.tr("Speaking time"))
        self.template = QLineEdit()
        self.template.setPlaceholderText(self.tr("None: the app's own layout"))
        show_placeholder_whole(self.template)
        pick_template = QPushButton(self.tr("Choose…"))
        pick_template.clicked.connect(self.choose_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(pick_template)
        self.path = QLineEdit()
        self.path.textEdited.connect(self._path_typed)
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        form.addRow(self.tr("Format:"), self.fmt)
        form.addRow(self.tr("Language of the minutes:"), self.lang)
        form.addRow("", self.anonymous)
        form.addRow("", self.keep_owners)
        form.addRow("", self.speaking)
        form.addRow(self.tr("Organisation's template:"), template_row)
        form.addRow(self.tr("File:"), path_row)
        self._template_widgets: list[QWidget] = [self.template, pick_template]
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.open_button = QPushButton(self.tr("Open the document"))
        self.open_button.clicked.connect(self.open_document)
        self.show_button = QPushButton(self.tr("Show in folder"))
        self.show_button.clicked.connect(self.show_folder)
        self.export_button = QPushButton(self.tr("Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.export)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for b in (self.open_button, self.show_button, self.export_button, self.close_button):
            buttons.addWidget(b)
        layout.addLayout(buttons)
        self.show_options(options)
        self.path.setText(str(start_folder(ctx, self.meeting) / self._file_name()))
        for combo in (self.fmt, self.lang):
            combo.currentIndexChanged.connect(self._changed)
        for box in (self.anonymous, self.keep_owners, self.speaking):
            box.toggled.connect(self._changed)
        self._follow()
        self._follow_written()

    # -- the choices -----------------------------------------------------------------------------

    def show_options(self, o: ExportOptions) -> None:
        self.fmt.setCurrentIndex(max(0, self.fmt.findData(o.fmt)))
        self.lang.setCurrentIndex(
            max(0, self.lang.findData(o.lang or self.meeting.details.language))
        )
        self.anonymous.setChecked(o.anonymous)
        self.keep_owners.setChecked(o.keep_owners)
        self.speaking.setChecked(o.include_speaking_time)
        self.template.setText(str(o.template) if o.template is not None else "")

    def options(self) -> ExportOptions:
        template = self.template.text().strip()
        return ExportOptions(
            fmt=self.fmt.currentData(),
            lang=self.lang.currentData(),
            anonymous=self.anonymous.isChecked(),
            keep_owners=self.anonymous.isChecked() and self.keep_owners.isChecked(),
            include_speaking_time=self.speaking.isChecked(),
            template=Path(template).expanduser() if template else None,
        )

    def _file_name(self) -> str:
        return suggested_file_name(self.meeting, self.options())

    def _path_typed(self, _text: str) -> None:
        self._named_by_user = True

    def _changed(self) -> None:
        self._follow()
        current = Path(self.path.text().strip() or self._file_name())
        if self._named_by_user:
            # a name of the user's own keeps its stem; only the extension follows the format
            name = current.with_suffix("." + self.options().fmt).name
        else:
            name = self._file_name()
        self.path.setText(str(current.parent / name))

    def _follow(self) -> None:
        self.keep_owners.setEnabled(self.anonymous.isChecked())
        word = self.fmt.currentData() == "docx"
        for w in self._template_widgets:
            w.setEnabled(word)

    def choose_template(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("An organisation's Word template"),
            str(Path(self.template.text()).parent if self.template.text() else default_folder()),
            self.tr("Word documents (*.docx)"),
        )
        if name:
            self.template.setText(name)

    def choose_path(self) -> None:
        filters = {
            "docx": self.tr("Word document (*.docx)"),
            "md": self.tr("Markdown (*.md)"),
            "pdf": self.tr("PDF document (*.pdf)"),
        }
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the minutes"), self.path.text(), filters[self.options().fmt]
        )
        if name:
            self._named_by_user = True
            self.path.setText(name)
            self._changed()

    # -- writing ---------------------------------------------------------------------------------

    def say(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet("" if error else "color: palette(text);")
        self.message.setText(text)
        self.message.show()

    def target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            self.say(self.tr("Say where to write the minutes."))
            return None
        path = Path(text).expanduser()
        if _inside(path, data_dir()):
            self.say(self.tr("This is the app's own hidden folder: choose another one."))
            return None
        return path

    def export(self) -> Path | None:
        path = self.target()
        if path is None:
            return None
        if path.exists() and not self.confirm_overwrite(path):
            return None
        options = self.options()
        warnings: list[str] = []
        try:
            out = export_with(self.meeting, path, options, on_warning=warnings.append)
        except ExportError as exc:
            self.say(self.tr("The minutes were not written: %1").replace("%1", str(exc)))
            return None
        self.written = out
        lines = [self.tr("The minutes were written to %1").replace("%1", str(out))]
        lines += warnings
        try:
            remember_options(self.meeting, replace(options))
        except StorageError as exc:  # the minutes are written; only the choices are not kept
            lines.append(self.tr("Your choices could not be kept: %1").replace("%1", str(exc)))
        folder_key(self.meeting).write(self.ctx.settings, str(out.parent))
        # the start page lists it as "minutes written" (the list's cache: it never raises)
        Library().note_minutes(self.meeting.id)
        self.say("\n".join(lines), error=False)
        self._follow_written()
        return out

    def confirm_overwrite(self, path: Path) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Replace the file?"),
            self.tr("%1 already exists. Replace it with these minutes?").replace("%1", path.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _follow_written(self) -> None:
        done = self.written is not None
        self.open_button.setVisible(done)
        self.show_button.setVisible(done)
        if done:
            self.open_button.setDefault(True)
            self.open_button.setFocus()

    def open_document(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written)))

    def show_folder(self) -> None:
        if self.written is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.written.parent)))
