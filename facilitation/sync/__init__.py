"""Several devices on one live meeting: the command log on Yjs, sealed end to end.

A floor beside storage, without Qt: the interface reaches it only through its application
context. :class:`SyncedMeeting` is the whole of what it needs; see ``docs/sync.md``.
"""

from __future__ import annotations

from facilitation.sync.errors import SealError, SyncError
from facilitation.sync.replica import REMOTE, Rejected, Replica
from facilitation.sync.sealing import MeetingKey
from facilitation.sync.synced import SyncedMeeting, SyncStatus, parse_invitation

__all__ = [
    "REMOTE",
    "MeetingKey",
    "Rejected",
    "Replica",
    "SealError",
    "SyncError",
    "SyncStatus",
    "SyncedMeeting",
    "parse_invitation",
]
