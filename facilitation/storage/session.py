"""A meeting open for editing: the lock on its file, the crash-safe autosave, saving to its file.

Every command applied to the live meeting is appended to the slot's journal before ``apply``
returns (one short line: the UI thread never serialises the whole meeting there). ``tick()``, called
about once a second on the UI thread, journals the drafts being typed and hands the slow work to one
background thread (:mod:`facilitation.storage.worker`): the journal's fsync, compaction into a fresh
snapshot now and then, saving the meeting's own file when it has changed. The UI thread only takes an
immutable copy of the meeting (``Meeting.copy()``, well under a millisecond); the worker serialises,
writes and fsyncs it. Outcomes come back through ``tick()``, so ``on_problem`` and ``on_saved`` are
always called on the UI thread. A write that fails is reported; nothing is dropped: the meeting stays
in memory, the lines that could not be written wait, and later ticks try again until writing works.

While snapshot ``g+1`` is being written in the background, every new line goes to *both* journals
``g`` and ``g+1``: a crash before the snapshot lands recovers snapshot ``g`` + journal ``g``, a crash
after it recovers snapshot ``g+1`` + journal ``g+1`` (what came after the copy). Either way nothing
confirmed is lost. Explicit ``save()`` stays synchronous and raises SaveError.
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from facilitation.models import Change, Clock, LiveMeeting, Priority
from facilitation.storage import paths
from facilitation.storage.errors import SaveError, StorageError
from facilitation.storage.fileformat import PartCache, save_meeting
from facilitation.storage.journal import JournalWriter, encode_entry
from facilitation.storage.lock import FileLock
from facilitation.storage.slot import (
    SlotOwner,
    journal_name,
    new_slot,
    write_info,
    write_snapshot,
)
from facilitation.storage.worker import Worker

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


@dataclass(eq=False)
class _Compaction:
    """A snapshot being written in the background, and the journal that will follow it."""

    generation: int
    writer: JournalWriter
    #: commands counted towards the next compaction when the copy was taken
    since: int
    started: float
    #: drafts not yet journaled when the copy was taken (the snapshot holds them)
    drafts: set[str]
    broken: bool = False
    pending: list[bytes] = field(default_factory=list)


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
        self._worker = Worker()
        # the worker's own: only the parts changed since its last write are encoded again
        self._file_cache = PartCache(ensure_ascii=False)
        self._snapshot_cache = PartCache(ensure_ascii=True)
        self._writer: JournalWriter | None = None
        self._generation = 0
        #: generations are never reused, even after a failed compaction (its journal may remain)
        self._last_generation = 0
        self._next: _Compaction | None = None
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
        self._file_busy = False
        self._dirty = False
        #: counts changes, so a background save knows whether the meeting moved on meanwhile
        self._changes = 0
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
        live.subscribe(session._on_change, Priority.JOURNAL)
        return session

    def _start_slot(self) -> None:
        meeting = self.live.meeting
        self._slot = new_slot(paths.autosave_dir(self._base), meeting.id)
        self._owner = SlotOwner(self._slot)
        write_info(self._slot, meeting, self.path)
        self._generation = self._last_generation = 1
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
        self._changes += 1
        try:
            self._seq += 1
            line = encode_entry({"t": "cmd", "n": self._seq, "cmd": change.command})
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
        nxt = self._next
        if nxt is not None:  # a snapshot is on its way: its journal must hold this line too
            if nxt.broken:
                nxt.pending.append(line)
            else:
                try:
                    nxt.writer.append(line)
                except SaveError as exc:
                    nxt.broken = True
                    nxt.pending.append(line)
                    self._journal_retry_at = self.clock.monotonic() + self.retry_every_seconds
                    self._report_autosave(exc)
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
        """Call about once a second on the UI thread: drafts, outcomes of the background writes,
        and (handed to the worker) the disk flush, retries, compaction, saving the file."""
        if self._closed or self.read_only:
            return
        self._worker.drain()
        now = self.clock.monotonic()
        if not self._broken or self._next is not None:
            # journaled now (os.write: in the OS at once); a broken journal waits for a snapshot
            for key in sorted(self._dirty_drafts):
                entry = {"t": "draft", "key": key, "text": self._drafts.get(key, "")}
                self._write_line(encode_entry(entry))
            self._dirty_drafts.clear()
            self._sync()
        if self._next is None and now >= self._journal_retry_at:
            changed = self._since_compact > 0
            # a failed snapshot is tried again (after the pause) even when no command is pending
            if (
                self._broken
                or self._autosave_error is not None
                or self._since_compact >= self.compact_every_commands
                or (changed and now - self._last_compact >= self.compact_every_seconds)
            ):
                self._start_compaction(now)
        if (
            self.path is not None
            and self._dirty
            and not self._file_busy
            and now >= self._file_due_at
        ):
            self._start_file_save(now)

    def wait_idle(self) -> None:
        """Wait until the background writes are done and their outcomes handled (tests, close)."""
        self._worker.wait()

    def _sync(self) -> None:
        """Hand the fsync of the journal(s) written since the last one to the worker."""
        if self._writer is not None and not self._broken and self._writer.unsynced:
            self._fsync(self._writer)
        nxt = self._next
        if nxt is not None and not nxt.broken and nxt.writer.unsynced:
            self._fsync(nxt.writer)

    def _fsync(self, writer: JournalWriter) -> None:
        writer.unsynced = False  # lines appended from now on need the next fsync

        def synced(_result: object, error: Exception | None) -> None:
            if error is None:
                return
            exc = self._as_save_error(error)
            nxt = self._next
            if writer is self._writer:
                self._broken = True
            elif nxt is not None and writer is nxt.writer:
                nxt.broken = True
            else:
                return  # a journal already superseded by a snapshot: nothing depends on it
            self._journal_retry_at = self.clock.monotonic() + self.retry_every_seconds
            self._report_autosave(exc)

        self._worker.submit(writer.fsync, synced)

    def _start_compaction(self, now: float) -> None:
        """Copy the meeting now; the worker writes it as snapshot g+1. See the module's docstring."""
        assert self._slot is not None
        generation = self._last_generation + 1
        self._last_generation = generation
        try:
            writer = JournalWriter(self._slot / journal_name(generation))
        except SaveError as exc:
            self._journal_retry_at = now + self.retry_every_seconds
            self._report_autosave(exc)
            return
        meeting, drafts = self.live.meeting.copy(), dict(self._drafts)
        nxt = _Compaction(generation, writer, self._since_compact, now, set(self._dirty_drafts))
        self._dirty_drafts.clear()
        self._next = nxt
        slot, path, cache = self._slot, self.path, self._snapshot_cache

        def job() -> StorageError | None:
            write_snapshot(slot, meeting, drafts, generation, cache)
            try:
                write_info(slot, meeting, path)  # only the recovery list's title and path
            except SaveError as exc:
                return exc
            return None

        self._worker.submit(job, lambda result, error: self._compacted(nxt, result, error))

    def _compacted(self, nxt: _Compaction, info_error: Any, error: Exception | None) -> None:
        """On the UI thread: the snapshot of ``nxt`` is written (switch journals) or failed."""
        assert self._slot is not None
        self._next = None
        now = self.clock.monotonic()
        if error is not None:
            # snapshot g stays in force with journal g, which got every line meanwhile
            self._retire(nxt.writer, nxt.generation)
            self._dirty_drafts |= nxt.drafts
            self._journal_retry_at = now + self.retry_every_seconds
            self._report_autosave(self._as_save_error(error))
            return
        # from here the snapshot holds everything up to the copy, its journal the rest
        old, old_generation = self._writer, self._generation
        self._generation, self._writer = nxt.generation, nxt.writer
        self._broken, self._pending = nxt.broken, nxt.pending
        self._since_compact = max(0, self._since_compact - nxt.since)
        self._last_compact = nxt.started
        if old is not None:
            self._retire(old, old_generation)
        if not self._broken:
            self._autosave_error = None
        if isinstance(info_error, StorageError):
            self._report_autosave(info_error)

    def _retire(self, writer: JournalWriter, generation: int) -> None:
        """Close and delete a superseded journal, on the worker: after any fsync queued for it."""
        assert self._slot is not None
        target = self._slot / journal_name(generation)

        def job() -> None:
            writer.close()
            with contextlib.suppress(OSError):  # an old generation is ignored by recovery anyway
                target.unlink()

        self._worker.submit(job, _ignore)

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
        # a background save of the same file must not land after this one
        self.wait_idle()
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
        now = self.clock.monotonic()
        if not self._broken or now >= self._journal_retry_at:
            # in the background; problems are reported through on_problem: the file itself is saved
            self._start_compaction(now)

    def _save_file(self, target: Path) -> None:
        """Save on the calling thread (explicit save, close)."""
        mark = self._changes
        try:
            save_meeting(target, self.live.meeting)
        except SaveError as exc:
            self._file_failed(exc)
            raise
        self._file_done(mark)

    def _start_file_save(self, now: float) -> None:
        """Copy the meeting now; the worker writes the file."""
        assert self.path is not None
        meeting, target, mark = self.live.meeting.copy(), self.path, self._changes
        self._file_busy = True
        self._file_due_at = now + self.save_every_seconds

        def saved(_result: object, error: Exception | None) -> None:
            self._file_busy = False
            if error is not None:
                self._file_failed(self._as_save_error(error, target))
            elif target == self.path:
                self._file_done(mark)

        cache = self._file_cache
        self._worker.submit(lambda: save_meeting(target, meeting, cache), saved)

    def _file_failed(self, exc: SaveError) -> None:
        self._file_due_at = self.clock.monotonic() + self.retry_every_seconds
        known, self._file_error = self._file_error, exc
        if known is None or _reason(known) != _reason(exc):
            self._call_problem(exc)

    def _file_done(self, mark: int) -> None:
        if self._changes == mark:  # else the meeting moved on meanwhile: still dirty
            self._dirty = False
        self._file_error = None
        self._file_due_at = self.clock.monotonic() + self.save_every_seconds
        self._last_saved = self.clock.now()
        if self.on_saved is not None:
            self.on_saved()

    # -- status and end -----------------------------------------------------------------------------

    def status(self) -> SaveStatus:
        error = self._file_error or self._autosave_error
        ok = error is None and not self._broken and not self._pending
        return SaveStatus(ok, self._last_saved, error, len(self._pending), self._dirty)

    def close(self, clean: bool = True) -> None:
        """End the session, after the background writes. Clean: save the file if needed (SaveError
        leaves the session open), drop the autosave slot (without a file, the meeting is then gone:
        ask the user first). Unclean: keep the slot for
        :func:`~facilitation.storage.recovery.find_recoverable`."""
        if self._closed:
            return
        self.wait_idle()
        if clean and not self.read_only and self.path is not None and self._dirty:
            self._save_file(self.path)
        if not clean and not self.read_only:
            self.tick()  # drafts and the disk flush: as much as can be kept
            self.wait_idle()
        self.live.unsubscribe(self._on_change)
        self._closed = True
        self._worker.stop()
        slot = self._slot
        self._release()
        if clean and slot is not None:
            try:
                shutil.rmtree(slot)
            except OSError as exc:
                log.warning("autosave slot %s not removed: %s", slot, exc)

    def _release(self) -> None:
        if self._next is not None:
            self._next.writer.close()
            self._next = None
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

    def _as_save_error(self, error: Exception, target: Path | None = None) -> StorageError:
        if isinstance(error, StorageError):
            return error
        # a bug rather than the disk: keep its trace in the log, tell the user it was not written
        log.error("background write failed", exc_info=error)
        return SaveError(target or self._slot, f"the meeting could not be written ({error!r})")

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


def _ignore(_result: object, _error: Exception | None) -> None:
    """Closing a superseded journal: a failure there loses nothing."""


def _reason(exc: StorageError) -> str:
    return getattr(exc, "reason", str(exc))


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b
