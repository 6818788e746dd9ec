"""An autosave slot: the folder that keeps one open meeting safe until it is closed cleanly.

    <autosave>/<meeting id>-<random>/
        owner.lock          flock held while a session has the slot open (so it is not "recoverable")
        slot.json           meeting id, title, the meeting file's path: what the recovery list shows
        snapshot.json       the meeting as a document, the drafts, and the journal generation that follows
        journal-<g>.jsonl   the commands and drafts applied since snapshot generation <g>

Compaction starts ``journal-<g+1>`` when it copies the meeting, writes snapshot ``g+1`` atomically,
and deletes the old journal only once the snapshot's folder is flushed (see
:mod:`facilitation.storage.autosave`): at every point, the snapshot plus the journal of its
generation hold everything confirmed.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import uuid
from pathlib import Path
from typing import Any

from facilitation.models import Meeting
from facilitation.storage.atomic import write_atomic
from facilitation.storage.errors import MeetingFileError, save_error
from facilitation.storage.fileformat import (
    PartCache,
    document_to_meeting,
    encode_layout,
    meeting_to_document,
    parse_json,
)
from facilitation.storage.paths import private_dir

SNAPSHOT_FORMAT = "facilitation-autosave"
SNAPSHOT = "snapshot.json"
INFO = "slot.json"
OWNER = "owner.lock"


def journal_name(generation: int) -> str:
    return f"journal-{generation}.jsonl"


def _dump(obj: Any) -> bytes:
    # compact ASCII JSON: the C encoder is fast and any string survives (see journal.encode_entry)
    return json.dumps(obj, ensure_ascii=True, separators=(",", ":"), allow_nan=False).encode()


def new_slot(autosave: Path, meeting_id: str) -> Path:
    safe = "".join(c for c in meeting_id if c.isascii() and (c.isalnum() or c in "-_"))[:40]
    return private_dir(autosave / f"{safe or 'meeting'}-{uuid.uuid4().hex[:8]}")


def write_info(slot: Path, meeting: Meeting, path: Path | None) -> None:
    info = {
        "meeting_id": meeting.id,
        "title": meeting.details.title,
        "path": str(path) if path else None,
    }
    write_atomic(slot / INFO, _dump(info))


def read_info(slot: Path) -> dict[str, Any]:
    """The slot's description; an empty dict when it is missing or damaged (the snapshot decides)."""
    try:
        info = json.loads((slot / INFO).read_bytes())
    except (OSError, ValueError, RecursionError):
        return {}
    return info if isinstance(info, dict) else {}


def write_snapshot(
    slot: Path,
    meeting: Meeting,
    drafts: dict[str, str],
    generation: int,
    cache: PartCache | None = None,
    file_sha: str = "",
) -> None:
    """Write the slot's snapshot atomically; ``cache`` reuses the lines of unchanged parts.

    ``file_sha``: the SHA-256 of the meeting's own file as this session last read or wrote it (at
    the copy), so that recovery can tell that file from one saved since by someone else."""

    def snap(cache: PartCache | None) -> dict[str, Any]:
        return {
            "format": SNAPSHOT_FORMAT,
            "generation": generation,
            "drafts": drafts,
            "file_sha256": file_sha,
            "document": meeting_to_document(meeting, cache),
        }

    # a part per line: the worker never holds the GIL long (fileformat)
    try:
        data = encode_layout(snap(cache or PartCache(remember=False)), 3)
    except UnicodeEncodeError:  # a lone surrogate: ASCII escapes keep it
        data = encode_layout(snap(None), 3, ensure_ascii=True)
    write_atomic(slot / SNAPSHOT, data)


def read_snapshot(slot: Path) -> tuple[Meeting, dict[str, str], int]:
    """The meeting, drafts and generation of a slot's snapshot. Raises MeetingFileError."""
    meeting, drafts, generation, _sha = read_snapshot_full(slot)
    return meeting, drafts, generation


def read_snapshot_full(slot: Path) -> tuple[Meeting, dict[str, str], int, str]:
    """:func:`read_snapshot` and the SHA-256 of the meeting file it knew ("" when none)."""
    path = slot / SNAPSHOT
    source = str(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MeetingFileError(
            source, "", f"the autosave cannot be read ({exc.strerror})"
        ) from None
    snap = parse_json(data, source)
    if not isinstance(snap, dict) or snap.get("format") != SNAPSHOT_FORMAT:
        raise MeetingFileError(source, "format", f"expected {SNAPSHOT_FORMAT!r}")
    generation = snap.get("generation")
    if isinstance(generation, bool) or not isinstance(generation, int):
        raise MeetingFileError(source, "generation", "expected a whole number")
    drafts = snap.get("drafts", {})
    if not isinstance(drafts, dict) or not all(isinstance(v, str) for v in drafts.values()):
        raise MeetingFileError(source, "drafts", "expected an object of texts")
    sha = snap.get("file_sha256", "")
    meeting = document_to_meeting(snap.get("document"), source)
    return meeting, drafts, generation, sha if isinstance(sha, str) else ""


class SlotOwner:
    """The flock that says "a running session owns this slot"."""

    def __init__(self, slot: Path) -> None:
        try:
            fd = os.open(slot / OWNER, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            raise save_error(slot, exc) from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError as exc:
            os.close(fd)
            raise save_error(slot, exc) from exc
        self._fd: int | None = fd

    def release(self) -> None:
        if self._fd is not None:
            fd, self._fd = self._fd, None
            os.close(fd)


def in_use(slot: Path) -> bool:
    """True while a running session (of any process) owns the slot."""
    try:
        fd = os.open(slot / OWNER, os.O_RDONLY | os.O_CLOEXEC)
    except OSError:
        return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        with contextlib.suppress(OSError):
            os.close(fd)
    return False
