"""What the sync floor tells the user, as English templates marked for Qt Linguist (the interface
translates them in context "CommandError", as it does the domain's refusals)."""

from __future__ import annotations

from facilitation.models.i18n import QT_TRANSLATE_NOOP

NOT_YOURS_TO_UNDO = QT_TRANSLATE_NOOP(
    "CommandError", "Another device has changed this since: it cannot be undone here."
)

NOT_YOUR_ROLE = QT_TRANSLATE_NOOP(
    "CommandError", "Your role in this shared meeting does not allow this change."
)

NOT_YOURS_TO_REDO = QT_TRANSLATE_NOOP(
    "CommandError", "Another device has changed this since: it cannot be redone here."
)
