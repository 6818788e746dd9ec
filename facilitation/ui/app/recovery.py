"""After a crash: offer to restore a meeting that was not closed cleanly.

For each autosave left behind the user chooses: restore it (every change up to the crash, with the text
being typed), open the file as it was last saved, or discard the autosave. The choice is made here;
the work is done by ``storage.recovery``, which also says how the meeting's file compares
(``OnDisk``): when the file holds changes the autosave does not have, restoring over it is no longer
the default, "Keep both" is (the autosave goes into a new file beside it), and replacing the file
must be confirmed.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitation.ui.core.i18n import local_datetime

translate = QCoreApplication.translate


class RecoveryChoice(Enum):
    RESTORE = "restore"
    #: restore into a new file beside the meeting's own, which stays as it is
    KEEP_BOTH = "keep_both"
    OPEN_SAVED = "open_saved"
    DISCARD = "discard"
    LATER = "later"  # keep the autosave, decide another time


def _must_ask(on_disk: object) -> bool:
    return bool(getattr(on_disk, "must_ask", False))


def describe(r: object, on_disk: object = None, changed_at: object = None) -> str:
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
    name = getattr(on_disk, "name", "")
    if name == "CHANGED":
        text += "\n\n" + translate(
            "Recovery",
            "The file on disk was saved after this autosave (%1): it has changes the autosave "
            "does not have. Restoring over it would lose them.",
        ).replace("%1", local_datetime(changed_at) if isinstance(changed_at, datetime) else "?")
    elif name == "UNREADABLE":
        text += "\n\n" + translate(
            "Recovery", "The file on disk cannot be read as a meeting: restoring would replace it."
        )
    return text


def recovery_box(
    r: object, on_disk: object = None, changed_at: object = None, parent: QWidget | None = None
) -> tuple[QMessageBox, dict[object, RecoveryChoice]]:
    """The question, and which choice each of its buttons stands for (its default button is the
    choice that loses nothing)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Recovery", "Restore a meeting"))
    box.setText(describe(r, on_disk, changed_at))
    choices: dict[object, RecoveryChoice] = {}
    has_file = getattr(r, "path", None) is not None
    if _must_ask(on_disk) and has_file:
        box.setInformativeText(
            translate(
                "Recovery",
                "Keep both (the autosave goes into a new file beside it), open the file on disk, "
                "or replace the file with the autosave?",
            )
        )
        both = box.addButton(translate("Recovery", "Keep both"), QMessageBox.ButtonRole.AcceptRole)
        choices[both] = RecoveryChoice.KEEP_BOTH
        saved = box.addButton(
            translate("Recovery", "Open the file on disk"), QMessageBox.ButtonRole.ActionRole
        )
        choices[saved] = RecoveryChoice.OPEN_SAVED
        replace = box.addButton(
            translate("Recovery", "Replace the file"), QMessageBox.ButtonRole.DestructiveRole
        )
        choices[replace] = RecoveryChoice.RESTORE
        box.setDefaultButton(both)
    else:
        box.setInformativeText(
            translate(
                "Recovery",
                "Restore it with every change made until it stopped, open its file as last saved, "
                "or discard the autosaved changes?",
            )
        )
        restore = box.addButton(translate("Recovery", "Restore"), QMessageBox.ButtonRole.AcceptRole)
        choices[restore] = RecoveryChoice.RESTORE
        if has_file:
            saved = box.addButton(
                translate("Recovery", "Open the file as saved"), QMessageBox.ButtonRole.ActionRole
            )
            choices[saved] = RecoveryChoice.OPEN_SAVED
        discard = box.addButton(
            translate("Recovery", "Discard"), QMessageBox.ButtonRole.DestructiveRole
        )
        choices[discard] = RecoveryChoice.DISCARD
        box.setDefaultButton(restore)
    later = box.addButton(translate("Recovery", "Not now"), QMessageBox.ButtonRole.RejectRole)
    choices[later] = RecoveryChoice.LATER
    box.setEscapeButton(later)
    return box, choices


def ask_recovery(
    r: object, parent: QWidget | None = None, on_disk: object = None, changed_at: object = None
) -> RecoveryChoice:
    box, choices = recovery_box(r, on_disk, changed_at, parent)
    box.exec()
    choice = choices.get(box.clickedButton(), RecoveryChoice.LATER)
    box.deleteLater()
    must_ask = _must_ask(on_disk)
    if choice is RecoveryChoice.RESTORE and must_ask:
        confirm = QMessageBox.question(
            parent,
            translate("Recovery", "Replace the file"),
            translate(
                "Recovery",
                "The changes in the file on disk that the autosave does not have will be lost. "
                "Replace it?",
            ),
        )
        return choice if confirm == QMessageBox.StandardButton.Yes else RecoveryChoice.LATER
    if choice is RecoveryChoice.DISCARD or (choice is RecoveryChoice.OPEN_SAVED and must_ask):
        confirm = QMessageBox.question(
            parent,
            translate("Recovery", "Discard the autosave"),
            translate("Recovery", "The changes not saved to the file will be lost. Discard them?"),
        )
        if confirm != QMessageBox.StandardButton.Yes:
            return RecoveryChoice.LATER
    return choice
