"""The facilitator's File menu, and the doors to the editors, the dialogs and the other windows.

Heavy parts (python-docx through the export, the importers, the editors) are imported inside the slot
that needs them, as plain imports: start-up stays light. The other windows are reached through
``ctx.windows`` (the window manager), never imported here.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from facilitation import __version__

from facilitation.ui.core import settings as keys
from facilitation.ui.core.geometry import restore_geometry, save_geometry

if TYPE_CHECKING:
    from facilitation.models import Details

    from facilitation.ui.facilitator.host import FacilitatorHost

translate = QCoreApplication.translate


class Editor(Enum):
    """The editors and import dialogs the Meeting menu opens."""

    AGENDA = "agenda"
    PARTICIPANTS = "participants"
    IMPORT_AGENDA = "import_agenda"
    IMPORT_PARTICIPANTS = "import_participants"


def _tr(text: str) -> str:
    return QCoreApplication.translate("FileMenu", text)


def _folder(window: FacilitatorHost) -> str:
    saved = keys.LAST_FOLDER.read(window.ctx.settings)
    if saved and Path(saved).is_dir():
        return saved
    if window.ctx.path is not None:
        return str(window.ctx.path.parent)
    return str(Path.home())


def _meetings_folder(window: FacilitatorHost) -> Path:
    """Where Open and Save start: the meeting's own folder, else the meetings folder
    (Documents/Facilitation), where people find their meetings without the app."""
    from facilitation.storage.errors import StorageError
    from facilitation.storage.library import is_demo
    from facilitation.storage.paths import meetings_dir

    path = window.ctx.path
    if path is not None and not is_demo(path):
        return path.parent
    try:
        return meetings_dir()
    except StorageError:
        return Path.home()


def _proposal(window: FacilitatorHost, details: Details) -> str:
    """A new file's name in the meeting's series folder: "2026-12-01 Rencontre 3.json"."""
    from facilitation.storage.errors import StorageError
    from facilitation.storage.paths import free_path, meeting_file_name, new_meeting_path

    d = details
    if window.ctx.path is not None and _meetings_folder(window) == window.ctx.path.parent:
        name = meeting_file_name(d.title or _tr("meeting"), d.series, d.number, d.date)
        return str(free_path(window.ctx.path.parent / name))
    try:
        return str(new_meeting_path(d.title or _tr("meeting"), d.series, d.number, d.date))
    except StorageError:
        return str(Path.home() / meeting_file_name(d.title, d.series, d.number, d.date))


def _remember_file(path: Path | None, meeting_id: str) -> None:
    """The list of meetings keeps a file written or opened here, wherever it is."""
    from facilitation.storage.library import Library

    if path is not None:
        Library().remember(path, meeting_id)


def _remember_folder(window: FacilitatorHost, path: Path) -> None:
    keys.LAST_FOLDER.write(window.ctx.settings, str(path.parent))


def _ask_json_path(window: FacilitatorHost, caption: str, proposal: str) -> Path | None:
    """Ask where to write a meeting file; ``.json`` is added if missing, the folder remembered."""
    name, _ = QFileDialog.getSaveFileName(
        window.window(), caption, proposal, _tr("Meetings (*.json)")
    )
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != ".json":
        path = path.with_suffix(".json")
    return path


def _launch(args: list[str]) -> None:
    """Another meeting opens in its own window and process (each meeting holds its own lock)."""
    from PySide6.QtCore import QProcess  # its enums cost start-up time

    QProcess.startDetached(sys.executable, ["-m", "facilitation", *args])


def new_meeting(window: FacilitatorHost) -> None:
    _launch(["--new"])


def open_meeting(window: FacilitatorHost) -> None:
    name, _ = QFileDialog.getOpenFileName(
        window.window(),
        _tr("Open a meeting"),
        str(_meetings_folder(window)),
        _tr("Meetings (*.json)"),
    )
    if name:
        _remember_file(Path(name), "")
        _launch([name])


def show_start_page(window: FacilitatorHost) -> None:
    if window.ctx.windows is not None:
        window.ctx.windows.show_start_page()


def is_demo(window: FacilitatorHost) -> bool:
    from facilitation.storage.library import is_demo as demo_path

    return demo_path(window.ctx.path)


def reset_demo(window: FacilitatorHost) -> None:
    """Start the demo over from the sample (what was done in it is lost: asked first)."""
    if window.ctx.windows is None or not is_demo(window):
        window.show_message(_tr("This meeting is not the demo."))
        return
    answer = QMessageBox.question(
        window.window(),
        _tr("Reset the demo"),
        _tr("Start the demo over? What was done in it is lost."),
    )
    if answer == QMessageBox.StandardButton.Yes:
        window.ctx.windows.reset_demo()


def save(window: FacilitatorHost) -> None:
    session = window.ctx.session
    if session is None or window.ctx.read_only:
        window.show_message(_tr("This meeting cannot be saved (read-only)."))
        return
    if session.path is None:
        save_as(window)
        return
    _save_to(window, None)


def save_as(window: FacilitatorHost) -> None:
    session = window.ctx.session
    if session is None or window.ctx.read_only:
        window.show_message(_tr("This meeting cannot be saved (read-only)."))
        return
    proposal = _proposal(window, window.meeting.details)
    path = _ask_json_path(window, _tr("Save the meeting as"), proposal)
    if path is None:
        return
    _save_to(window, path)


def _save_to(window: FacilitatorHost, path: Path | None) -> None:
    from facilitation.storage.errors import StorageError

    session = window.ctx.session
    assert session is not None  # save and save_as ask only when there is one
    try:
        session.save(path)
    except StorageError as exc:
        QMessageBox.warning(
            window.window(),
            _tr("Not saved"),
            _tr("The meeting was not saved: %1").replace("%1", str(exc)),
        )
        return
    if path is not None:
        _remember_file(path, window.meeting.id)
    window.show_message(_tr("Saved to %1").replace("%1", str(window.ctx.path)))
    window.refresh_save_state()


def keep_unsaved_meeting(window: FacilitatorHost) -> bool:
    """A new meeting with no file is gone once closed: offer to save it. False: do not close."""
    session = window.ctx.session
    m = window.meeting
    if session is None or window.ctx.read_only or session.path is not None:
        return True
    if not (m.items or m.participants or m.notes):
        return True
    answer = QMessageBox.question(
        window.window(),
        _tr("Save the meeting?"),
        _tr("This meeting has no file yet. Save it before closing?"),
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel,
    )
    if answer == QMessageBox.StandardButton.Cancel:
        return False
    if answer == QMessageBox.StandardButton.Save:
        save_as(window)
        return session.path is not None
    return True


def export_minutes(window: FacilitatorHost) -> QDialog:
    """File → Export minutes…: the export dialog (format, language, anonymity, template, file)."""
    from facilitation.ui.dialogs.export_dialog import ExportDialog

    return _open(window, ExportDialog(window.ctx, parent=window.window()))


def show_note_taker(window: FacilitatorHost) -> None:
    if window.ctx.windows is not None:
        window.ctx.windows.show_note_taker()


def show_projector(window: FacilitatorHost) -> None:
    if window.ctx.windows is not None:
        window.ctx.windows.show_projector()


def open_editor(window: FacilitatorHost, which: Editor) -> QDialog:
    """Open an editor or import dialog on the meeting, not modal: the meeting goes on behind it."""
    from facilitation.ui.common.accessibility import prepare_window

    parent = window.window()
    dialog: QDialog
    if which is Editor.AGENDA:
        from facilitation.ui.dialogs.agenda_editor import AgendaEditor

        dialog = AgendaEditor(window.ctx, parent)
    elif which is Editor.PARTICIPANTS:
        from facilitation.ui.dialogs.participants_editor import ParticipantsEditor

        dialog = ParticipantsEditor(window.ctx, parent)
    else:
        from facilitation.ui.dialogs.import_dialogs import (
            ImportAgendaDialog,
            ImportParticipantsDialog,
        )

        kind = ImportAgendaDialog if which is Editor.IMPORT_AGENDA else ImportParticipantsDialog
        dialog = kind(window.ctx, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # Tab leaves tables and text boxes, a visible focus ring, the chosen text size
    prepare_window(dialog, window.ctx.settings)
    dialog.open()
    return dialog


def set_next_meeting(window: FacilitatorHost) -> QDialog:
    """The next meeting's date, time, place… in a few keys (during the "next meeting" item)."""
    from facilitation.ui.dialogs.next_meeting import NextMeetingDialog

    return _open(window, NextMeetingDialog(window.ctx, window.window()))


def read_back(window: FacilitatorHost) -> QDialog:
    """Read the decisions and actions back to the room, here and on the projector."""
    from facilitation.ui.dialogs.read_back import ReadBackDialog

    found = window.window().findChild(ReadBackDialog)
    if found is not None and found.isVisible():
        found.raise_()
        found.activateWindow()
        return found
    dialog = ReadBackDialog(window.ctx, window.window())
    _open(window, dialog)
    if window.ctx.windows is not None:
        window.ctx.windows.show_read_back(dialog.read_back)
    # its keys (→, Space, F2) are the dialog's: it takes the keyboard, even with the projector open
    dialog.raise_()
    dialog.activateWindow()
    return dialog


def approve_previous(window: FacilitatorHost) -> None:
    """The previous meeting's minutes approved today (its file is changed; see approve_previous)."""
    from facilitation.ui.dialogs.approve_previous import ApprovalError, approve_file

    name, _ = QFileDialog.getOpenFileName(
        window.window(),
        _tr("The previous meeting, whose minutes are approved"),
        _folder(window),
        _tr("Meetings (*.json)"),
    )
    if not name:
        return
    today = window.ctx.clock.now().date()
    try:
        approved = approve_file(Path(name), today, window.ctx.path)
    except ApprovalError as exc:
        QMessageBox.warning(window.window(), _tr("Minutes not approved"), str(exc))
        return
    title = approved.details.title or Path(name).stem
    window.show_message(_tr("The minutes of “%1” are marked approved today.").replace("%1", title))
    answer = QMessageBox.question(
        window.window(),
        _tr("Minutes approved"),
        _tr("The minutes of “%1” now say they were approved. Export them again now?").replace(
            "%1", title
        ),
    )
    if answer == QMessageBox.StandardButton.Yes:
        from facilitation.ui.dialogs.export_dialog import ExportDialog

        _open(window, ExportDialog(window.ctx, approved, window.window()))


def _open(window: FacilitatorHost, dialog: QDialog) -> QDialog:
    from facilitation.ui.common.accessibility import prepare_window

    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    prepare_window(dialog, window.ctx.settings)
    dialog.open()
    return dialog


def prepare_next(window: FacilitatorHost) -> None:
    """Write the next meeting (same people, open actions to follow up…) to a file, then open it."""
    from facilitation.imports.nextmeeting import prepare_next as make_next
    from facilitation.models import new_id
    from facilitation.storage.errors import StorageError
    from facilitation.storage.fileformat import save_meeting

    m = window.meeting
    nxt = make_next(m, new_id, window.ctx.clock.now())
    path = _ask_json_path(window, _tr("Prepare the next meeting"), _proposal(window, nxt.details))
    if path is None:
        return
    try:
        save_meeting(path, nxt)
    except StorageError as exc:
        QMessageBox.warning(window.window(), _tr("Not saved"), str(exc))
        return
    _remember_file(path, nxt.id)
    answer = QMessageBox.question(
        window.window(),
        _tr("Next meeting prepared"),
        _tr("The next meeting was written to %1. Open it now?").replace("%1", str(path)),
    )
    if answer == QMessageBox.StandardButton.Yes:
        _launch([str(path)])


def about(window: FacilitatorHost) -> None:
    QMessageBox.about(
        window.window(),
        _tr("About Facilitation"),
        _tr(
            "Facilitation %1\n\nRun meetings well: agenda, timers, speakers' queue, notes "
            "and minutes. Offline, on your own computer."
        ).replace("%1", __version__),
    )


def restore_window_state(window: FacilitatorHost) -> None:
    settings = window.ctx.settings
    restore_geometry(window.window(), settings, keys.FACILITATOR_GEOMETRY)
    state = keys.FACILITATOR_SPLITTER.read(settings)
    if state:
        window.splitter.restoreState(state)


def save_window_state(window: FacilitatorHost) -> None:
    settings = window.ctx.settings
    save_geometry(window.window(), settings, keys.FACILITATOR_GEOMETRY)
    keys.FACILITATOR_SPLITTER.write(settings, bytes(window.splitter.saveState().data()))
