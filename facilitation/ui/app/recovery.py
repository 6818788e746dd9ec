"""After a crash: offer to restore a meeting that was not closed cleanly.

For each autosave left behind the user chooses: restore it (every change up to the crash, with the text
being typed), open the file as it was last saved, or discard the autosave. The choice is made here;
the work is done by ``storage.recovery``.
"""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitation.ui.core.i18n import local_datetime

translate = QCoreApplication.translate


class RecoveryChoice(Enum):
    RESTORE = "restore"
    OPEN_SAVED = "open_saved"
    DISCARD = "discard"
    LATER = "later"  # keep the autosave, decide another time


def describe(r: object) -> str:
    title = getattr(r, "title", "") or translate("Recovery", "an untitled meeting")
    when = getattr(r, "last_change", None)
    path = getattr(r, "path", None)
    text = translate("Recovery", "“%1” was not closed properly.").replace("%1", title)
    if when is not None:
        text += " " + translate("Recovery", "Its last change was at %1.").replace(
            "%1", local_datetime(when)
        )
    if path is not None:
        text += "\n" + translate("Recovery", "File: %1").replace("%1", str(path))
    return text


def ask_recovery(r: object, parent: QWidget | None = None) -> RecoveryChoice:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Recovery", "Restore a meeting"))
    box.setText(describe(r))
    box.setInformativeText(
        translate(
            "Recovery",
            "Restore it with every change made until it stopped, open its file as last saved, "
            "or discard the autosaved changes?",
        )
    )
    restore = box.addButton(translate("Recovery", "Restore"), QMessageBox.ButtonRole.AcceptRole)
    saved = None
    if getattr(r, "path", None) is not None:
        saved = box.addButton(
            translate("Recovery", "Open the file as saved"), QMessageBox.ButtonRole.ActionRole
        )
    discard = box.addButton(
        translate("Recovery", "Discard"), QMessageBox.ButtonRole.DestructiveRole
    )
    later = box.addButton(translate("Recovery", "Not now"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is restore:
        return RecoveryChoice.RESTORE
    if saved is not None and clicked is saved:
        return RecoveryChoice.OPEN_SAVED
    if clicked is discard:
        confirm = QMessageBox.question(
            parent,
            translate("Recovery", "Discard the autosave"),
            translate("Recovery", "The changes not saved to the file will be lost. Discard them?"),
        )
        if confirm == QMessageBox.StandardButton.Yes:
            return RecoveryChoice.DISCARD
    return RecoveryChoice.LATER
