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


def _in_sentence(label: str) -> str:
    """A command's label inside a sentence: "Give the floor" → "give the floor" (the labels are
    verbs, written as a menu's item with a capital)."""
    return label[:1].lower() + label[1:]


def undo_text(history: History) -> str:
    """ "Undo: give the floor" ("Annuler : donner la parole"): "Undo Give the floor" read as two
    menu items run together."""
    label = command_label(history.undo_label)
    if not label:
        return translate("Edit", "&Undo")
    return translate("Edit", "&Undo: %1").replace("%1", _in_sentence(label))


def redo_text(history: History) -> str:
    label = command_label(history.redo_label)
    if not label:
        return translate("Edit", "&Redo")
    return translate("Edit", "&Redo: %1").replace("%1", _in_sentence(label))
