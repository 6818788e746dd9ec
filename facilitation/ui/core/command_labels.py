"""What the Edit menu calls a step: "Undo Give the floor", in the user's language.

The domain names each command with an English label marked ``QT_TRANSLATE_NOOP("Command", …)``; the
translation happens here, where Qt is.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitation.models import History

translate = QCoreApplication.translate


def command_label(label: str) -> str:
    return QCoreApplication.translate("Command", label) if label else ""


def undo_text(history: History) -> str:
    label = command_label(history.undo_label)
    if not label:
        return translate("Edit", "&Undo")
    return translate("Edit", "&Undo %1").replace("%1", label)


def redo_text(history: History) -> str:
    label = command_label(history.redo_label)
    if not label:
        return translate("Edit", "&Redo")
    return translate("Edit", "&Redo %1").replace("%1", label)
