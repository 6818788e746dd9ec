"""Mark the minutes of a previous meeting approved, in that meeting's own file.

At the next meeting, the item "Approbation du PV précédent" approves the previous minutes; the
previous meeting's file then records the day (``details.minutes_approved_on``), and its exported
minutes say "approuvé le …". The file is changed the way the app changes any meeting: locked (so a
copy of the app that has it open is not overwritten behind its back), loaded, changed by the
:class:`ApproveMinutes` command through the one door, saved atomically. The file on disk is never
left half written: on any error it is as it was.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from facilitation.models import ApproveMinutes, LiveMeeting, Meeting
from facilitation.storage.fileformat import load_meeting, save_meeting
from facilitation.storage.lock import FileLock
from facilitation.storage.paths import data_dir


def approve_minutes_file(path: Path, on: date | None, data_folder: Path | None = None) -> Meeting:
    """Record in the meeting file ``path`` that its minutes were approved on ``on`` (None: not).

    Returns the meeting as saved. Raises storage errors only: ``LockedError`` when the file is open
    for editing elsewhere, ``MeetingFileError`` when it cannot be read, ``SaveError`` when it cannot
    be written (the file is then unchanged).
    """
    path = Path(path)
    lock = FileLock.acquire(path, data_folder if data_folder is not None else data_dir())
    try:
        live = LiveMeeting(load_meeting(path))
        live.apply(ApproveMinutes(on))
        save_meeting(path, live.meeting)
        return live.meeting
    finally:
        lock.release()
