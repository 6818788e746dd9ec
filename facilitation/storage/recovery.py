"""After a crash: list the autosave slots left behind, rebuild their meetings, or throw them away.

A slot is recoverable when it has a snapshot and no running session owns it. Recovery loads the
snapshot and replays its journal through the one door; a command that cannot be replayed stops the
replay there (what came after it depended on it) and is reported, never skipped in silence.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from facilitation.models import LiveMeeting, Meeting, command_from_data
from facilitation.storage import paths
from facilitation.storage.errors import MeetingFileError, StorageError, save_error
from facilitation.storage.journal import read_journal
from facilitation.storage.slot import SNAPSHOT, in_use, journal_name, read_info, read_snapshot


@dataclass(frozen=True, slots=True)
class Recoverable:
    slot: Path
    meeting_id: str
    title: str
    #: the meeting's own file, when it had one
    path: Path | None
    last_change: datetime | None


@dataclass(slots=True)
class RecoveredMeeting:
    meeting: Meeting
    #: text that was being typed, by editor key
    drafts: dict[str, str]
    path: Path | None
    #: what could not be recovered (a damaged journal line, a command that failed to replay)
    problem: StorageError | None = None
    #: how many journaled commands were replayed
    replayed: int = 0
    warnings: list[str] = field(default_factory=list)


def find_recoverable(data_dir: Path | None = None) -> list[Recoverable]:
    """The slots left by sessions that did not close cleanly, most recent first."""
    base = data_dir if data_dir is not None else paths.data_dir()
    folder = base / "autosave"
    try:
        slots = [s for s in folder.iterdir() if s.is_dir()]
    except OSError:
        return []  # no autosave folder: nothing to recover
    found = []
    for slot in slots:
        if not (slot / SNAPSHOT).is_file() or in_use(slot):
            continue
        info = read_info(slot)
        stamps = []
        for f in slot.iterdir():
            try:
                stamps.append(f.stat().st_mtime)
            except OSError:
                continue
        raw_path = info.get("path")
        found.append(
            Recoverable(
                slot=slot,
                meeting_id=str(info.get("meeting_id", "")),
                title=str(info.get("title", "")),
                path=Path(raw_path) if isinstance(raw_path, str) and raw_path else None,
                last_change=datetime.fromtimestamp(max(stamps)).astimezone() if stamps else None,
            )
        )
    found.sort(key=lambda r: r.last_change.timestamp() if r.last_change else 0, reverse=True)
    return found


def recover(r: Recoverable) -> RecoveredMeeting:
    """Rebuild the meeting of a slot. Raises MeetingFileError when the snapshot is unreadable."""
    meeting, drafts, generation = read_snapshot(r.slot)
    live = LiveMeeting(meeting)
    out = RecoveredMeeting(meeting, dict(drafts), r.path)
    jpath = r.slot / journal_name(generation)
    if not jpath.exists():
        return out  # a crash right after compaction: the snapshot holds everything
    try:
        contents = read_journal(jpath)
    except OSError as exc:
        out.problem = MeetingFileError(jpath, "", f"the journal cannot be read ({exc.strerror})")
        return out
    if contents.torn:
        out.warnings.append("the last journal line was cut short by the crash and was ignored")
    stopped = False
    for number, entry in enumerate(contents.entries, start=1):
        kind = entry.get("t")
        if kind == "draft":
            key, text = entry.get("key"), entry.get("text")
            if isinstance(key, str) and isinstance(text, str):
                if text:
                    out.drafts[key] = text
                else:
                    out.drafts.pop(key, None)
        elif kind == "cmd" and not stopped:
            try:
                live.apply(command_from_data(entry.get("cmd")))
            except Exception as exc:  # DataError, CommandError: report what was not replayed
                stopped = True
                left = sum(1 for e in contents.entries[number - 1 :] if e.get("t") == "cmd")
                out.problem = MeetingFileError(
                    jpath,
                    f"line {number}",
                    f"change number {entry.get('n')} could not be replayed ({exc}); it and the "
                    f"{left - 1} change(s) after it are not recovered",
                )
            else:
                out.replayed += 1
        elif kind not in ("cmd", "draft") and not stopped:
            stopped = True
            out.problem = MeetingFileError(jpath, f"line {number}", f"unknown entry {kind!r}")
    if contents.corrupt_line is not None and out.problem is None:
        out.problem = MeetingFileError(
            jpath,
            f"line {contents.corrupt_line}",
            "the journal is damaged here; the changes from this line on are not recovered",
        )
    out.meeting = live.meeting
    return out


def discard(r: Recoverable) -> None:
    """Delete a slot for good. Raises SaveError when it cannot be removed."""
    try:
        shutil.rmtree(r.slot)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise save_error(r.slot, exc) from exc
