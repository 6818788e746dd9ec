"""Several devices on one live meeting: the command log on Yjs, sealed end to end.

A floor beside storage, without Qt: the interface reaches it only through its application
context. :class:`SyncedMeeting` is the whole of what it needs; see ``docs/sync.md``.
"""

from __future__ import annotations

from facilitation.sync.discovery import Advertiser, Browser, SharedOnLan
from facilitation.sync.errors import InvitationError, SealError, SyncError
from facilitation.sync.invitations import Invitation, JoinCode, parse_join_text
from facilitation.sync.lobby import parse_invitation
from facilitation.sync.net import Cancel, Cancelled
from facilitation.sync.presence import DeviceInfo
from facilitation.sync.replica import REMOTE, Rejected, Replica
from facilitation.sync.roles import Role
from facilitation.sync.sealing import MeetingKey
from facilitation.sync.synced import SyncedMeeting, SyncStatus

__all__ = [
    "REMOTE",
    "Advertiser",
    "Browser",
    "Cancel",
    "Cancelled",
    "DeviceInfo",
    "Invitation",
    "InvitationError",
    "JoinCode",
    "MeetingKey",
    "Rejected",
    "Replica",
    "Role",
    "SealError",
    "SharedOnLan",
    "SyncError",
    "SyncStatus",
    "SyncedMeeting",
    "parse_invitation",
    "parse_join_text",
]
