"""The shared meetings this device keeps (``<data>/shared/<folder>``): what the start page lists so
that a meeting joined or hosted can be reopened after a crash or a restart.

Each folder holds the device's update journal and ``device.json`` (:mod:`.store`); only that file
is read here, and of it only the meeting's id and title, where it connects or listens, never the
key's use nor any content. A folder whose ``device.json`` is missing or damaged is left out.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from facilitation.sync.errors import SyncError
from facilitation.sync.store import UpdateStore

_UPDATES = re.compile(r"(updates-\d+\.journal|state-\d+\.bin)\Z")


@dataclass(frozen=True, slots=True)
class KeptMeeting:
    folder: Path
    meeting_id: str
    #: "" until the meeting has arrived on a joining device
    title: str
    #: this device hosted it (it listens again when reopened) rather than joined it
    hosted: bool
    #: the host or relay it connects to ("" for a host on the LAN)
    url: str
    #: when something of the meeting was last written here
    changed: datetime | None


def kept_meetings(root: Path) -> list[KeptMeeting]:
    """The shared meetings kept under ``root``, the most recently changed first."""
    found: list[KeptMeeting] = []
    try:
        folders = [p for p in Path(root).iterdir() if p.is_dir()]
    except OSError:
        return []
    for folder in folders:
        try:
            meta = UpdateStore.read_meta_of(folder)
        except SyncError:
            continue
        if not meta.get("meeting") or not meta.get("key"):
            continue
        found.append(
            KeptMeeting(
                folder,
                meta["meeting"],
                meta.get("title", ""),
                bool(meta.get("listen")) or folder.name.startswith("host-"),
                meta.get("url", ""),
                _changed(folder),
            )
        )
    far = datetime.min.replace(tzinfo=UTC)
    found.sort(key=lambda k: k.changed or far, reverse=True)
    return found


def _changed(folder: Path) -> datetime | None:
    times = []
    for p in folder.iterdir():
        with contextlib.suppress(OSError):
            times.append(p.stat().st_mtime)
    return datetime.fromtimestamp(max(times), UTC) if times else None


def holds_updates(folder: Path) -> bool:
    """True when anything of a meeting was written in ``folder`` (an update, a state file)."""
    try:
        return bool(UpdateStore(folder).load())
    except SyncError:
        return True  # unreadable: it may hold something, keep it


#: what a device writes in its folder before anything of the meeting arrives: its record, its keys
#: for this meeting (useless for any other), the digests of the signatures it checked
_OWN_FILES = frozenset({"device.json", "identity.json", "checked.bin"})


def remove_if_unused(folder: Path) -> bool:
    """Remove the folder a join made when nothing of the meeting arrived in it (a failed join):
    only its own files (``device.json``, its keys, empty journals), and the folder only if nothing else is
    there. True when it is gone."""
    folder = Path(folder)
    if not folder.is_dir() or holds_updates(folder):
        return False
    for p in folder.iterdir():
        if p.is_file() and (p.name in _OWN_FILES or _UPDATES.match(p.name)):
            with contextlib.suppress(OSError):
                p.unlink()
    try:
        folder.rmdir()
    except OSError:
        return False
    return True


__all__ = ["KeptMeeting", "holds_updates", "kept_meetings", "remove_if_unused"]
