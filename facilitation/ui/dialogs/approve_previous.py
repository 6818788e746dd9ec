"""Approve the previous meeting's minutes, from the next meeting ("Approbation du PV précédent").

The approval is kept in the meeting whose minutes were approved (``details.minutes_approved_on``,
set by the domain's :class:`~facilitation.models.ApproveMinutes`), so that its minutes, exported
again, say "approved on …". So the previous meeting's file is changed, by storage's
:func:`~facilitation.storage.approval.approve_minutes_file` (under its lock, refused if that meeting
is open for editing elsewhere; written atomically, nothing written when anything goes wrong); this
module gives its refusals in the user's words.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitation.models import CommandError, Meeting
from facilitation.storage.approval import approve_minutes_file
from facilitation.storage.errors import StorageError

from facilitation.ui.core.context import translate_error


class ApprovalError(Exception):
    """The previous minutes could not be approved; the text says why, in the user's language."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApprovePrevious", text)


def approve_file(path: Path, on: date, current: Path | None = None) -> Meeting:
    """Mark the minutes of the meeting in ``path`` approved on ``on``; the meeting as written.

    ``current`` is the file of the meeting being held: it cannot be its own previous meeting.
    """
    if current is not None and path.resolve() == current.resolve():
        raise ApprovalError(_tr("This is the meeting being held: choose the previous one's file."))
    try:
        return approve_minutes_file(path, on)
    except StorageError as exc:
        raise ApprovalError(str(exc)) from None
    except CommandError as exc:
        raise ApprovalError(translate_error(exc)) from None
