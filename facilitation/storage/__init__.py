"""Keeping meetings on disk: the JSON file format, atomic writes, the autosave journal, recovery, locks.

Plain Python (no Qt): the UI calls it, tests and the command line use it directly.

The public names below are imported from their submodules when first asked for (PEP 562), so that
``import facilitation.storage.fileformat`` (what opening a meeting needs) does not also import the
session, its worker thread, the locks and the recovery at start-up.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
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
    from facilitation.storage.meetingfile import FileChangedError
    from facilitation.storage.paths import autosave_dir, data_dir
    from facilitation.storage.recovery import (
        OnDisk,
        Recoverable,
        RecoveredMeeting,
        discard,
        find_recoverable,
        keep_both_path,
        recover,
    )
    from facilitation.storage.session import SaveState, SaveStatus, Session

#: public name → the submodule that defines it
_HOMES = {
    **dict.fromkeys(
        (
            "LockHolder",
            "LockedError",
            "MeetingFileError",
            "NewerVersionError",
            "SaveError",
            "StorageError",
        ),
        "errors",
    ),
    **dict.fromkeys(
        (
            "FORMAT",
            "SCHEMA_VERSION",
            "document_to_meeting",
            "dumps_meeting",
            "load_meeting",
            "loads_meeting",
            "meeting_to_document",
            "save_meeting",
        ),
        "fileformat",
    ),
    "FileChangedError": "meetingfile",
    "autosave_dir": "paths",
    "data_dir": "paths",
    **dict.fromkeys(
        (
            "OnDisk",
            "Recoverable",
            "RecoveredMeeting",
            "discard",
            "find_recoverable",
            "keep_both_path",
            "recover",
        ),
        "recovery",
    ),
    "SaveState": "session",
    "SaveStatus": "session",
    "Session": "session",
}

__all__ = [
    "FORMAT",
    "SCHEMA_VERSION",
    "FileChangedError",
    "LockHolder",
    "LockedError",
    "MeetingFileError",
    "NewerVersionError",
    "OnDisk",
    "Recoverable",
    "RecoveredMeeting",
    "SaveError",
    "SaveState",
    "SaveStatus",
    "Session",
    "StorageError",
    "autosave_dir",
    "data_dir",
    "discard",
    "document_to_meeting",
    "dumps_meeting",
    "find_recoverable",
    "keep_both_path",
    "load_meeting",
    "loads_meeting",
    "meeting_to_document",
    "recover",
    "save_meeting",
]


def __getattr__(name: str) -> Any:
    home = _HOMES.get(name)
    if home is None:
        # not a public name: Python then tries a submodule (``from facilitation.storage import paths``)
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value  # asked once
    return value


def __dir__() -> list[str]:
    return sorted({*globals(), *_HOMES})
