"""Keeping meetings on disk: the JSON file format, atomic writes, the autosave journal, recovery, locks.

Plain Python (no Qt): the UI calls it, tests and the command line use it directly.
"""

from facilitation.storage.errors import (
    LockedError,
    LockHolder,
    MeetingFileError,
    NewerVersionError,
    SaveError,
    StorageError,
)
from facilitation.storage.fileformat import (
    FORMAT,
    SCHEMA_VERSION,
    document_to_meeting,
    dumps_meeting,
    load_meeting,
    loads_meeting,
    meeting_to_document,
    save_meeting,
)
from facilitation.storage.paths import autosave_dir, data_dir
from facilitation.storage.recovery import (
    Recoverable,
    RecoveredMeeting,
    discard,
    find_recoverable,
    recover,
)
from facilitation.storage.session import SaveStatus, Session

__all__ = [
    "FORMAT",
    "SCHEMA_VERSION",
    "LockHolder",
    "LockedError",
    "MeetingFileError",
    "NewerVersionError",
    "Recoverable",
    "RecoveredMeeting",
    "SaveError",
    "SaveStatus",
    "Session",
    "StorageError",
    "autosave_dir",
    "data_dir",
    "discard",
    "document_to_meeting",
    "dumps_meeting",
    "find_recoverable",
    "load_meeting",
    "loads_meeting",
    "meeting_to_document",
    "recover",
    "save_meeting",
]
