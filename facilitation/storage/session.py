"""A meeting open for editing: the lock on its file, the crash-safe autosave, saving to its file.

Every command applied to the live meeting is appended to the slot's journal before ``apply``
returns (one short line: the UI thread never serialises the whole meeting there). ``tick()``, called
about once a second, journals the drafts being typed, flushes the journal to the disk, compacts it into
a fresh snapshot now and then, and saves the meeting's own file when it has changed. A write that fails
is reported through ``on_problem``; nothing is dropped: the meeting stays in memory, the lines that
could not be written wait, and later ticks try again until writing works.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitation.models import Change, Clock, LiveMeeting
from facilitation.storage import paths
from facilitation.storage.errors import SaveError, StorageError
from facilitation.storage.fileformat import save_meeting
from facilitation.storage.journal import JournalWriter, encode_entry
from facilitation.storage.lock import FileLock
from facilitation.storage.slot import (
    SlotOwner,
    journal_name,
    new_slot,
    write_info,
    write_snapshot,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class SaveStatus:
    #: every change is safely written (journal and, when it has one, the meeting's file is not failing)
    ok: bool
    last_saved: datetime | None
    error: StorageError | None
    #: journal lines held in memory because writing failed
    pending: int
    #: the meeting's own file is behind the meeting in memory
    dirty: bool = False


class Session:
    """A meeting open for editing: lock, crash-safe journal autosave, compaction, save to its file."""

    #: compact the journal into a new snapshot after this many commands …
    compact_every_commands = 500
    #: … or this many seconds after a change, whichever comes first
    compact_every_seconds = 60.0
    #: save the meeting's own file this long after it changed
    save_every_seconds = 10.0
    #: after a failed write, try again this often
    retry_every_seconds = 2.0

    def __init__(
        self, live: LiveMeeting, path: Path | None, clock: Clock, base: Path, read_only: bool
    ) -> None:
        self.live = live
        self.path = Path(path) if path is not None else None
        self.clock = clock
        self.read_only = read_only
        self.on_problem: Callable[[StorageError], None] | None = None
        self.on_saved: Callable[[], None] | None = None
        self._base = base
        self._lock: FileLock | None = None
        self._slot: Path | None = None
        self._owner: SlotOwner | None = None
        self._writer: JournalWriter | None = None
        self._generation = 0
        self._seq = 0
        self._pending: list[bytes] = []
        #: the journal may hold a partial line or be superseded: write nothing more to it
        self._broken = False
        self._drafts: dict[str, str] = {}
        self._dirty_drafts: set[str] = set()
        self._since_compact = 0
        now = clock.monotonic()
        self._last_compact = now
        self._journal_retry_at = now
        self._file_due_at = now + self.save_every_seconds
        self._dirty = False
        self._autosave_error: StorageError | None = None
        self._file_error: StorageError | None = None
        self._last_saved: datetime | None = None
        self._closed = False

    @classmethod
    def open(
        cls,
        live: LiveMeeting,
        path: Path | None,
        clock: Clock,
        data_dir: Path | None = None,
        read_only: bool = False,
    ) -> Session:
        """Lock ``path``, create the autosave slot, journal every change from now on.

        Raises LockedError when another running instance has ``path`` open (open it read-only
        then), SaveError when the autosave folder cannot be written. ``read_only`` takes no lock and
        writes nothing.
        """
        base = paths.private_dir(data_dir) if data_dir is not None else paths.data_dir()
        session = cls(live, path, clock, base, read_only)
        if read_only:
            return session
        if session.path is not None:
            session._lock = FileLock.acquire(session.path, base)
        try:
            session._start_slot()
        except StorageError:
            session._release()
            if session._slot is not None:  # a half-made slot would be listed as recoverable
                shutil.rmtree(session._slot, ignore_errors=True)
            raise
        session._dirty = session.path is not None and not session.path.exists()
        live.subscribe(session._on_change)
        return session

    def _start_slot(self) -> None:
        meeting = self.live.meeting
        self._slot = new_slot(paths.autosave_dir(self._base), meeting.id)
        self._owner = SlotOwner(self._slot)
        write_info(self._slot, meeting, self.path)
        self._generation = 1
        write_snapshot(self._slot, meeting, {}, self._generation)
        self._writer = JournalWriter(self._slot / journal_name(self._generation))

    @property
    def slot(self) -> Path | None:
        """The autosave folder of this session (None when read-only)."""
        return self._slot

    # -- from the door: one line per command, nothing more ----------------------------------------

    def _on_change(self, change: Change) -> None:
        if self._closed:
            return
        try:
            self._seq += 1
            line = encode_entry({"t": "cmd", "n": self._seq, "cmd": change.command.to_data()})
        except Exception as exc:  # a command that cannot be written: the next snapshot holds it
            log.exception("cannot journal %r", change.command)
            self._broken = True
            self._dirty = True
            self._report_autosave(SaveError(self._slot, f"a change could not be journaled ({exc})"))
            return
        self._dirty = True
        self._since_compact += 1
        self._write_line(line)

    def _write_line(self, line: bytes) -> None:
        if self._broken or self._writer is None:
            self._pending.append(line)
            return
        try:
            self._writer.append(line)
        except SaveError as exc:
            # the file may now end with part of this line: never append to it again
            self._broken = True
            self._pending.append(line)
            self._journal_retry_at = self.clock.monotonic() + self.retry_every_seconds
            self._report_autosave(exc)

    # -- drafts, ticks, compaction ----------------------------------------------------------------

    def set_draft(self, key: str, text: str) -> None:
        """Text being typed under ``key`` (e.g. the note editor); ``""`` clears it. Journaled by tick."""
        if self._drafts.get(key, "") == text:
            return
        if text:
            self._drafts[key] = text
        else:
            self._drafts.pop(key, None)
        self._dirty_drafts.add(key)

    @property
    def drafts(self) -> dict[str, str]:
        return dict(self._drafts)

    def tick(self) -> None:
        """Call about once a second: drafts, disk flush, retries, compaction, saving the file."""
        if self._closed or self.read_only:
            return
        now = self.clock.monotonic()
        if self._broken:
            if now >= self._journal_retry_at:
                self._compact()
        else:
            for key in sorted(self._dirty_drafts):
                entry = {"t": "draft", "key": key, "text": self._drafts.get(key, "")}
                self._write_line(encode_entry(entry))
            self._dirty_drafts.clear()
            self._sync()
            changed = self._since_compact > 0
            if self._since_compact >= self.compact_every_commands or (
                changed and now - self._last_compact >= self.compact_every_seconds
            ):
                self._compact()
        if self.path is not None and self._dirty and now >= self._file_due_at:
            with contextlib.suppress(SaveError):  # reported through on_problem, retried later
                self._save_file(self.path)

    def _sync(self) -> None:
        if self._writer is None or self._broken:
            return
        try:
            self._writer.sync()
        except SaveError as exc:
            self._broken = True
            self._journal_retry_at = self.clock.monotonic() + self.retry_every_seconds
            self._report_autosave(exc)

    def _compact(self) -> bool:
        """Snapshot the meeting (and drafts) as generation g+1, then start journal g+1."""
        assert self._slot is not None
        now = self.clock.monotonic()
        generation = self._generation + 1
        try:
            write_snapshot(self._slot, self.live.meeting, dict(self._drafts), generation)
        except SaveError as exc:
            self._journal_retry_at = now + self.retry_every_seconds
            self._report_autosave(exc)
            return False
        # from here the snapshot holds everything: the old journal is superseded
        old = self._writer
        self._generation = generation
        self._writer = None
        self._pending.clear()
        self._dirty_drafts.clear()
        self._since_compact = 0
        self._last_compact = now
        if old is not None:
            old.close()
            with contextlib.suppress(OSError):  # an old generation is ignored by recovery anyway
                (self._slot / journal_name(generation - 1)).unlink()
        try:
            self._writer = JournalWriter(self._slot / journal_name(generation))
            write_info(self._slot, self.live.meeting, self.path)
        except SaveError as exc:
            self._broken = True
            self._journal_retry_at = now + self.retry_every_seconds
            self._report_autosave(exc)
            return False
        self._broken = False
        self._autosave_error = None
        return True

    # -- the meeting's own file -------------------------------------------------------------------

    def save(self, path: Path | None = None) -> None:
        """Save the meeting to its file now (or to ``path``: "save as"). Raises SaveError/LockedError."""
        if self._closed:
            raise SaveError(path or self.path, "the meeting is already closed")
        target = Path(path) if path is not None else self.path
        if target is None:
            raise SaveError(None, "the meeting has no file yet: choose where to save it")
        same = self.path is not None and _same_file(target, self.path)
        if self.read_only:
            if same:
                raise SaveError(target, "the meeting is open read-only; save a copy elsewhere")
            copy_lock = FileLock.acquire(target, self._base)  # nobody else is writing it
            try:
                save_meeting(target, self.live.meeting)  # a copy: this session stays as it was
            finally:
                copy_lock.release()
            return
        new_lock = None if same else FileLock.acquire(target, self._base)
        try:
            self._save_file(target)
        except SaveError:
            if new_lock is not None:
                new_lock.release()
            raise
        if new_lock is not None:
            if self._lock is not None:
                self._lock.release()
            self._lock, self.path = new_lock, target
        if not self._broken or self.clock.monotonic() >= self._journal_retry_at:
            self._compact()  # problems are reported through on_problem: the file itself is saved

    def _save_file(self, target: Path) -> None:
        now = self.clock.monotonic()
        try:
            save_meeting(target, self.live.meeting)
        except SaveError as exc:
            self._file_due_at = now + self.retry_every_seconds
            known, self._file_error = self._file_error, exc
            if known is None or _reason(known) != _reason(exc):
                self._call_problem(exc)
            raise
        self._dirty = False
        self._file_error = None
        self._file_due_at = now + self.save_every_seconds
        self._last_saved = self.clock.now()
        if self.on_saved is not None:
            self.on_saved()

    # -- status and end -----------------------------------------------------------------------------

    def status(self) -> SaveStatus:
        error = self._file_error or self._autosave_error
        ok = error is None and not self._broken and not self._pending
        return SaveStatus(ok, self._last_saved, error, len(self._pending), self._dirty)

    def close(self, clean: bool = True) -> None:
        """End the session. Clean: save the file if needed (SaveError leaves the session open), drop
        the autosave slot (without a file, the meeting is then gone: ask the user first). Unclean:
        keep the slot for :func:`~facilitation.storage.recovery.find_recoverable`."""
        if self._closed:
            return
        if clean and not self.read_only and self.path is not None and self._dirty:
            self._save_file(self.path)
        if not clean and not self.read_only:
            self.tick()  # drafts and the disk flush: as much as can be kept
        self.live.unsubscribe(self._on_change)
        self._closed = True
        slot = self._slot
        self._release()
        if clean and slot is not None:
            try:
                shutil.rmtree(slot)
            except OSError as exc:
                log.warning("autosave slot %s not removed: %s", slot, exc)

    def _release(self) -> None:
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if self._owner is not None:
            self._owner.release()
            self._owner = None
        if self._lock is not None:
            self._lock.release()
            self._lock = None

    # -- reporting ----------------------------------------------------------------------------------

    def _report_autosave(self, exc: StorageError) -> None:
        known = self._autosave_error
        self._autosave_error = exc
        # the journal and the snapshot fail for one reason (the disk is full): say it once
        if known is None or _reason(known) != _reason(exc):
            self._call_problem(exc)

    def _call_problem(self, exc: StorageError) -> None:
        if self.on_problem is None:
            log.warning("%s", exc)
            return
        try:
            self.on_problem(exc)
        except Exception:  # the UI's handler must not break the door (we may be inside apply)
            log.exception("on_problem handler failed")


def _reason(exc: StorageError) -> str:
    return getattr(exc, "reason", str(exc))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b
