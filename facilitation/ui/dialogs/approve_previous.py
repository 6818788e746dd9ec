"""Approve the previous meeting's minutes, from the next meeting ("Approbation du PV précédent").

The approval is kept in the meeting whose minutes were approved (``details.minutes_approved_on``,
set by the domain's :class:`~facilitation.models.ApproveMinutes`), so that its minutes, exported
again, say "approved on …". So the previous meeting's file is changed: under its lock (refused if
that meeting is open for editing elsewhere), read, approved through a door of its own, and written
back atomically; nothing is written when anything goes wrong.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from facilitation.models import ApproveMinutes, CommandError, LiveMeeting, Meeting
from facilitation.storage.errors import StorageError
from facilitation.storage.fileformat import load_meeting, save_meeting
from facilitation.storage.lock import FileLock
from facilitation.storage.paths import data_dir

from facilitation.ui.core.context import translate_error


class ApprovalError(Exception):
    """The previous minutes could not be approved; the text says why, in the user's language."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("ApprovePrevious", text)


def approve_file(path: Path, on: date, current: Path | None = None) -> Meeting:
    """Mark the minutes of the meeting in ``path`` approved on ``on``; the meeting as written."""
    if current is not None and path.resolve() == current.resolve():
        raise ApprovalError(_tr("This is the meeting being held: choose the previous one's file."))
    try:
        lock = FileLock.acquire(path, data_dir())
    except StorageError as exc:
        raise ApprovalError(str(exc)) from None
    try:
        live = LiveMeeting(load_meeting(path))
        try:
            live.apply(ApproveMinutes(on))
        except CommandError as exc:
            raise ApprovalError(translate_error(exc)) from None
        save_meeting(path, live.meeting)
    except StorageError as exc:
        raise ApprovalError(str(exc)) from None
    finally:
        lock.release()
    return live.meeting
