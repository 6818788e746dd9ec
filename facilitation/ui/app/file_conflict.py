"""When someone else changed the meeting's file while it is open: ask what to do, and do it.

The storage session has stopped saving that file (``FileChangedError``); the autosave still keeps
every change. The user chooses: keep this meeting under another name (Save as), take the file's
version (through the one door, so Undo brings ours back), or overwrite the file with ours.
"""

from __future__ import annotations

from enum import Enum
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

translate = QCoreApplication.translate

# the label of the Patch built by storage.reload (the Edit menu says "Undo Reload the file")
QT_TRANSLATE_NOOP("Command", "Reload the file")


class FileChoice(Enum):
    KEEP_OURS_AS = "keep_ours_as"
    RELOAD = "reload"
    OVERWRITE = "overwrite"
    LATER = "later"


def file_changed_box(
    exc: Any, parent: QWidget | None = None
) -> tuple[QMessageBox, dict[object, FileChoice]]:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("FileConflict", "The meeting's file was changed"))
    texts = {
        "deleted": translate("FileConflict", "The file %1 was deleted or moved away."),
        "replaced": translate("FileConflict", "The file %1 was replaced by another file."),
        "edited": translate("FileConflict", "The file %1 was changed by another program."),
        "created": translate("FileConflict", "A file %1 was created by another program."),
    }
    change = getattr(exc, "change", "edited")
    box.setText(texts.get(change, texts["edited"]).replace("%1", str(getattr(exc, "path", ""))))
    box.setInformativeText(
        translate(
            "FileConflict",
            "Facilitation no longer saves over it; every change is still kept in the autosave. "
            "Keep this meeting under another name, take the file's version (Undo brings this one "
            "back), or overwrite the file with this meeting?",
        )
    )
    choices: dict[object, FileChoice] = {}
    keep = box.addButton(
        translate("FileConflict", "Save this meeting as…"), QMessageBox.ButtonRole.AcceptRole
    )
    choices[keep] = FileChoice.KEEP_OURS_AS
    if change in ("edited", "replaced"):
        reload = box.addButton(
            translate("FileConflict", "Take the file's version"), QMessageBox.ButtonRole.ActionRole
        )
        choices[reload] = FileChoice.RELOAD
    overwrite = box.addButton(
        translate("FileConflict", "Overwrite the file"), QMessageBox.ButtonRole.DestructiveRole
    )
    choices[overwrite] = FileChoice.OVERWRITE
    later = box.addButton(
        translate("FileConflict", "Decide later"), QMessageBox.ButtonRole.RejectRole
    )
    choices[later] = FileChoice.LATER
    box.setDefaultButton(keep)
    box.setEscapeButton(later)
    return box, choices


def ask_file_changed(exc: Any, parent: QWidget | None = None) -> FileChoice:
    box, choices = file_changed_box(exc, parent)
    box.exec()
    choice = choices.get(box.clickedButton(), FileChoice.LATER)
    box.deleteLater()
    return choice


def resolve(ctx: Any, session: Any, window: Any, choice: FileChoice) -> str:
    """Do what the user chose; returns what to tell them ("" for nothing)."""
    from facilitation.storage.errors import StorageError
    from facilitation.storage.reload import patch_to

    try:
        if choice is FileChoice.KEEP_OURS_AS:
            from facilitation.ui.facilitator.file_menu import save_as

            save_as(window)
        elif choice is FileChoice.OVERWRITE:
            session.overwrite_file()
            return translate("FileConflict", "The file was overwritten with this meeting.")
        elif choice is FileChoice.RELOAD:
            theirs = session.reload_file()
            patch = patch_to(ctx.live.meeting, theirs)
            if patch is None:
                return translate(
                    "FileConflict",
                    "The file now holds another meeting: save this one under another name.",
                )
            refused: list[str] = []
            if ctx.apply(patch, initiator=None, on_refused=refused.append) is None:
                return refused[-1] if refused else ""
            session.file_reloaded()
            return translate("FileConflict", "The file's version is now open.")
    except StorageError as exc:
        return str(exc)
    return ""
