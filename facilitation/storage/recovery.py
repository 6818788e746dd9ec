"""After a crash: list the autosave slots left behind, rebuild their meetings, or throw them away.

A slot is recoverable when it has a snapshot and no running session owns it. Recovery loads the
snapshot and replays its journal through the one door; a command that cannot be replayed stops the
replay there (what came after it depended on it) and is reported, never skipped in silence.

Recovery also looks at the meeting's own file as it is now (:class:`OnDisk`): the autosave wins
when that file is one it went through (as the session opened or saved it, by its SHA-256, or equal
to the meeting at some point of the replay); when the file holds something the autosave never had
(saved while the autosave was failing, or by someone else), the user must be asked, and
:func:`keep_both_path` names the new file that keeps both.
"""

from __future__ import annotations

import enum
import os
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from facilitation.models import Command, LiveMeeting, Meeting, command_from_data
from facilitation.storage import paths
from facilitation.storage.digest import sha256_hex
from facilitation.storage.errors import MeetingFileError, StorageError, save_error
from facilitation.storage.journal import (
    AutosaveEntry,
    CommandLine,
    DraftLine,
    FileLine,
    JournalStream,
    autosave_entry,
    open_journal,
)
from facilitation.storage.slot import SNAPSHOT, in_use, journal_name, read_info, read_snapshot_full


class OnDisk(enum.Enum):
    """The meeting's own file, compared with what the autosave restores."""

    #: the meeting had no file: nothing to compare
    NO_FILE = "no_file"
    #: its file is gone: restoring writes it again
    MISSING = "missing"
    #: the file holds exactly what the autosave restores
    SAME = "same"
    #: the file is a state the autosave went through: the autosave is newer, restoring loses nothing
    OLDER = "older"
    #: the file holds changes the autosave does not have: restoring over it would lose them
    CHANGED = "changed"
    #: the file cannot be read as a meeting: restoring over it would replace it
    UNREADABLE = "unreadable"

    @property
    def must_ask(self) -> bool:
        """Restoring over the file would lose something: the user decides."""
        return self in (OnDisk.CHANGED, OnDisk.UNREADABLE)


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
    #: the meeting's file compared with the restored meeting
    on_disk: OnDisk = OnDisk.NO_FILE
    #: when the file on disk was last written (for the question to the user)
    disk_changed_at: datetime | None = None


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
    meeting, drafts, generation, file_sha = read_snapshot_full(r.slot)
    disk = _Disk(r.path, file_sha)
    disk.seen(meeting)
    out = _replay(r, meeting, drafts, generation, disk)
    out.on_disk, out.disk_changed_at = disk.verdict(out.meeting)
    return out


def _replay(
    r: Recoverable, meeting: Meeting, drafts: dict[str, str], generation: int, disk: _Disk
) -> RecoveredMeeting:
    out = RecoveredMeeting(meeting, dict(drafts), r.path)
    jpath = r.slot / journal_name(generation)
    if not jpath.exists():
        return out  # a crash right after compaction: the snapshot holds everything
    try:
        lines: JournalStream[AutosaveEntry] = open_journal(jpath, autosave_entry)
    except OSError as exc:
        out.problem = MeetingFileError(jpath, "", f"the journal cannot be read ({exc.strerror})")
        return out
    replay = _Replay(LiveMeeting(meeting), out, disk)
    # one line at a time: each command is applied (or refused whole, by the door) before the next
    # line is read, and nothing of a line is kept once it is applied
    for number, entry in lines:
        if isinstance(entry, CommandLine):
            replay.command(number, entry.n, entry.cmd, entry.clear)
        elif isinstance(entry, DraftLine):
            replay.draft(entry.key, entry.text)
        elif isinstance(entry, FileLine):
            replay.file_saved(entry.sha256)
        else:
            replay.plain(jpath, number, entry)
    if replay.failed is not None:
        number, n, why = replay.failed
        out.problem = MeetingFileError(
            jpath,
            f"line {number}",
            f"change number {n} could not be replayed ({why}); it and the "
            f"{replay.after_failed} change(s) after it are not recovered",
        )
    if lines.corrupt_line is not None and out.problem is None:
        out.problem = MeetingFileError(
            jpath,
            f"line {lines.corrupt_line}",
            "the journal is damaged here; the changes from this line on are not recovered",
        )
    if lines.torn:
        out.warnings.append("the last journal line was cut short by the crash and was ignored")
    out.meeting = replay.live.meeting
    return out


class _Replay:
    """What a journal's lines do to the recovered meeting, in the order they come.

    The first command that cannot be replayed stops the commands there (what came after it depended
    on it), and so does an entry of an unknown kind; drafts are still read after it."""

    def __init__(self, live: LiveMeeting, out: RecoveredMeeting, disk: _Disk) -> None:
        self.live = live
        self.out = out
        self.disk = disk
        self.stopped = False
        #: (line, the change's number, why) of the command that could not be replayed
        self.failed: tuple[int, object, Exception] | None = None
        #: the commands read after that one, not replayed
        self.after_failed = 0

    def command(
        self, number: int, n: object, cmd: Command | None, clear: object, data: object = None
    ) -> None:
        """Replay the command ``cmd``, or when it is None the one read (carefully) from ``data``."""
        if self.stopped:
            if self.failed is not None:
                self.after_failed += 1
            return
        try:
            self.live.apply(cmd if cmd is not None else command_from_data(data))
            self.disk.seen(self.live.meeting)
        except Exception as exc:  # DataError, CommandError: report what was not replayed
            self.stopped = True
            self.failed = (number, n, exc)
            return
        self.out.replayed += 1
        for key in clear if isinstance(clear, list) else ():
            if isinstance(key, str):  # the draft became this command's note
                self.out.drafts.pop(key, None)

    def draft(self, key: object, text: object) -> None:
        if isinstance(key, str) and isinstance(text, str):
            if text:
                self.out.drafts[key] = text
            else:
                self.out.drafts.pop(key, None)

    def file_saved(self, sha256: str) -> None:
        # a file saved after the commands stopped holds changes the restored meeting lacks: it is
        # not one the autosave went through, and restoring over it must be asked
        if not self.stopped:
            self.disk.known.add(sha256)

    def plain(self, jpath: Path, number: int, entry: dict[str, Any]) -> None:
        """A line that is not a well-formed entry, read the careful way (the messages as ever)."""
        kind = entry.get("t")
        if kind == "cmd":
            self.command(number, entry.get("n"), None, entry.get("clear"), entry.get("cmd"))
        elif kind == "draft":
            self.draft(entry.get("key"), entry.get("text"))
        elif kind == "file":
            sha = entry.get("sha256")
            if isinstance(sha, str):
                self.file_saved(sha)
        elif not self.stopped:
            self.stopped = True
            self.out.problem = MeetingFileError(jpath, f"line {number}", f"unknown entry {kind!r}")


class _Disk:
    """The meeting's own file, read once, compared with each state of the replay."""

    def __init__(self, path: Path | None, file_sha: str) -> None:
        self.path = path
        self.known = {file_sha} if file_sha else set()
        self.data: bytes | None = None
        self.mtime: datetime | None = None
        self.meeting: Meeting | None = None
        self.unreadable = False
        self.went_through = False
        if path is None:
            return
        try:
            with open(path, "rb") as f:  # through a symbolic link: the file it points to
                self.mtime = datetime.fromtimestamp(os.fstat(f.fileno()).st_mtime).astimezone()
                self.data = f.read()
        except FileNotFoundError:
            return
        except OSError:
            self.unreadable = True
            return
        from facilitation.storage.fileformat import loads_meeting

        try:
            self.meeting = loads_meeting(self.data, str(path))
        except MeetingFileError:
            self.unreadable = True

    def seen(self, state: Meeting) -> None:
        """The replay passed through ``state``: is it what the file holds?"""
        if self.meeting is not None and not self.went_through and _same(self.meeting, state):
            self.went_through = True

    def verdict(self, restored: Meeting) -> tuple[OnDisk, datetime | None]:
        if self.path is None:
            return OnDisk.NO_FILE, None
        if self.data is None and not self.unreadable:
            return OnDisk.MISSING, None
        if self.meeting is not None and _same(self.meeting, restored):
            return OnDisk.SAME, self.mtime
        if self.data is not None and sha256_hex(self.data) in self.known:
            return OnDisk.OLDER, self.mtime
        if self.went_through:
            return OnDisk.OLDER, self.mtime
        return (OnDisk.UNREADABLE if self.unreadable else OnDisk.CHANGED), self.mtime


def _same(a: Meeting, b: Meeting) -> bool:
    # the lengths first: most states of a replay differ from the file by a part or more
    for name in ("notes", "turns", "queue", "items", "decisions", "actions", "runs"):
        if len(a.collection(name)) != len(b.collection(name)):
            return False
    return a == b


def keep_both_path(path: Path) -> Path:
    """A free name beside ``path`` for the restored meeting: ``name (restored).json``, then
    ``name (restored 2).json``…"""
    n = 1
    while True:
        label = "restored" if n == 1 else f"restored {n}"
        candidate = path.with_name(f"{path.stem} ({label}){path.suffix}")
        if not os.path.lexists(candidate):
            return candidate
        n += 1


def discard(r: Recoverable) -> None:
    """Delete a slot for good. Raises SaveError when it cannot be removed."""
    try:
        shutil.rmtree(r.slot)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise save_error(r.slot, exc) from exc
