"""The errors the sync floor lets out: one family, so callers catch one type."""

from __future__ import annotations


class SyncError(Exception):
    """Something about a shared meeting went wrong; the message says what, in English."""


class SealError(SyncError):
    """A log entry could not be opened: wrong key, tampered, foreign, truncated or garbage."""
