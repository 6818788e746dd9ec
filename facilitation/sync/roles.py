"""Who may do what in a shared meeting: the roles a host grants to the devices it invites."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    HOST = "host"
    COFACILITATOR = "cofacilitator"
    NOTETAKER = "notetaker"
    VIEWER = "viewer"
