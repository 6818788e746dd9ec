"""A meeting open for editing: the lock on its file, the crash-safe autosave, saving to its file.

Every command applied to the live meeting is journaled before ``apply`` returns
(:mod:`facilitation.storage.autosave`). ``tick()``, called about once a second on the UI thread,
journals the drafts and hands the slow work to one background thread
(:mod:`facilitation.storage.worker`): the journal's fsync, compaction, saving the meeting's own file
when it changed. The UI thread only takes an immutable copy of the meeting; the worker serialises,
writes and fsyncs it. Outcomes come back through ``tick()``, so ``on_problem`` and ``on_saved`` are
always called on the UI thread. A write that fails is reported; nothing is dropped.

Before each save the meeting's file is compared with what this session last read or wrote there
(:mod:`facilitation.storage.meetingfile`): when someone else changed, moved or replaced it, the
session stops saving it and reports :class:`FileChangedError`; the user chooses between
``save(other_path)`` (keep ours under another name), ``reload_file()`` (take theirs) and
``overwrite_file()``. Explicit ``save()`` stays synchronous and raises SaveError.
"""

from __future__ import annotations

import contextlib
import enum
import logging
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from facilitation.models import Change, Clock, LiveMeeting, Meeting, Priority
from facilitation.storage import paths
from facilitation.storage.autosave import Autosave, as_save_error
from facilitation.storage.errors import SaveError, StorageError
from facilitation.storage.fileformat import PartCache, dumps_meeting
from facilitation.storage.lock import FileLock
from facilitation.storage.meetingfile import (
    FileChangedError,
    FileState,
    is_folder_sync,
    load_with_state,
    mode_for,
    read_state,
    target_of,
    write_file,
)
from facilitation.storage.worker import Worker

log = logging.getLogger(__name__)

__all__ = ["FileChangedError", "SaveState", "SaveStatus", "Session"]


class SaveState(enum.Enum):
    """Where the meeting stands, in one word, for the status line of every window."""

    #: every change is journaled, and the meeting's file (if any) is up to date or on its way
    KEPT = "kept"
    #: the autosave cannot write: changes made now would be lost in a crash
    AT_RISK = "at_risk"
    #: every change is written, but the disk could not flush a folder: a power cut may lose some
    NOT_FLUSHED = "not_flushed"
    #: the autosave keeps every change, but the meeting's own file cannot be written
    FILE_FAILING = "file_failing"
    #: the meeting's file was changed by someone else: it is no longer saved until the user chooses
    FILE_CHANGED = "file_changed"
    #: opened read-only: nothing is written
    READ_ONLY = "read_only"


@dataclass(frozen=True, slots=True)
class SaveStatus:
    #: every change is safely written (journal and, when it has one, the meeting's file)
    ok: bool
    last_saved: datetime | None
    error: StorageError | None
    #: journal lines held in memory because writing failed
    pending: int
    #: the meeting's own file is behind the meeting in memory
    dirty: bool = False
    state: SaveState = SaveState.KEPT


@dataclass(frozen=True, slots=True)
class Notice:
    """Something the user should know that is not a failure. ``kind``: ``"made_private"`` (the
    meeting's file was readable by others; it is now readable by its owner only)."""

    kind: str
    path: Path


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
        #: notices not yet shown (see :class:`Notice`); the UI takes them with :meth:`take_notices`
        self.notices: list[Notice] = []
        self._base = base
        self._lock: FileLock | None = None
        self._worker = Worker()
        now = clock.monotonic()
        self._autosave = Autosave(self._worker, clock, self._call_problem, now)
        # the worker's own: only the parts changed since its last write are encoded again
        self._file_cache = PartCache(ensure_ascii=False)
        #: the meeting's file as this session last read or wrote it (None: there was none)
        self._disk: FileState | None = None
        self._clearing: list[str] = []
        self._file_due_at = now + self.save_every_seconds
        self._file_busy = False
        self._dirty = False
        #: counts changes, so a background save knows whether the meeting moved on meanwhile
        self._changes = 0
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
        loaded: FileState | None = None,
    ) -> Session:
        """Lock ``path``, create the autosave slot, journal every change from now on.

        ``loaded``: the file as the meeting was read from it (``meetingfile.load_with_state``), so
        that a file replaced between reading and opening is not taken for ours. Raises LockedError
        when another running instance has ``path`` open (through any link: open it read-only
        then), SaveError when the autosave folder cannot be written. ``read_only`` takes no lock and
        writes nothing."""
        base = paths.private_dir(data_dir) if data_dir is not None else paths.data_dir()
        session = cls(live, path, clock, base, read_only)
        session._sync_settings()
        if read_only:
            return session
        if session.path is not None:
            session._lock = FileLock.acquire(session.path, base)
            if loaded is not None:
                session._disk = loaded
            else:
                try:
                    session._disk = read_state(target_of(session.path))
                except OSError:
                    session._disk = None  # unreadable now: the first save says why
        try:
            session._autosave.start(paths.autosave_dir(base), live, session.path, session._sha())
        except StorageError:
            slot = session._autosave.slot
            session._release()
            if slot is not None:  # a half-made slot would be listed as recoverable
                shutil.rmtree(slot, ignore_errors=True)
            raise
        session._dirty = session.path is not None and session._disk is None
        live.subscribe(session._on_change, Priority.JOURNAL)
        return session

    def _sync_settings(self) -> None:
        a = self._autosave
        a.compact_every_commands = self.compact_every_commands
        a.compact_every_seconds = self.compact_every_seconds
        a.retry_every_seconds = self.retry_every_seconds

    def _sha(self) -> str:
        return self._disk.sha256 if self._disk is not None else ""

    @property
    def slot(self) -> Path | None:
        """The autosave folder of this session (None when read-only)."""
        return self._autosave.slot

    # -- from the door: one line per command, nothing more ----------------------------------------

    def _on_change(self, change: Change) -> None:
        if self._closed:
            return
        self._changes += 1
        self._dirty = True
        # the journal encodes the command itself (a failure is reported there)
        clear, self._clearing = self._clearing, []
        self._autosave.command(change.command, clear)

    # -- drafts -------------------------------------------------------------------------------------

    def set_draft(self, key: str, text: str) -> None:
        """Text being typed under ``key`` (e.g. the note editor); ``""`` clears it. Journaled by tick."""
        self._autosave.set_draft(key, text)

    @contextlib.contextmanager
    def draft_becomes(self, key: str) -> Iterator[None]:
        """Around the ``apply`` that turns draft ``key`` into a part (Enter in the note editor): the
        draft is cleared in the journal line of that command, so a crash just after never brings the
        note back as text being typed. A command refused clears nothing."""
        self._clearing = [key]
        try:
            yield
        finally:
            self._clearing = []

    @property
    def drafts(self) -> dict[str, str]:
        return self._autosave.drafts

    def tick(self) -> None:
        """Call about once a second on the UI thread: drafts, outcomes of the background writes,
        and (handed to the worker) the disk flush, retries, compaction, saving the file."""
        if self._closed or self.read_only:
            return
        self._sync_settings()
        self._worker.drain()
        now = self.clock.monotonic()
        self._autosave.tick(now, self.live, self.path, self._sha())
        if (
            self.path is not None
            and self._dirty
            and not self._file_busy
            and not isinstance(self._file_error, FileChangedError)
            and now >= self._file_due_at
        ):
            self._start_file_save(now)

    def wait_idle(self) -> None:
        """Wait until the background writes are done and their outcomes handled (tests, close)."""
        self._worker.wait()

    def replaced(self) -> None:
        """The live meeting was put in place whole, not through a command (a shared meeting put
        together again in the log's order): its journal no longer leads to it. A snapshot of it is
        written before this returns, so recovery after a crash gives this meeting; its file is
        saved on the usual schedule."""
        if self._closed or self.read_only:
            return
        self.wait_idle()  # a snapshot on its way holds the meeting before: let it land first
        self._changes += 1
        self._dirty = True
        self._autosave.replaced(self.clock.monotonic(), self.live, self.path, self._sha())
        self.wait_idle()

    # -- the meeting's own file -------------------------------------------------------------------

    def save(self, path: Path | None = None) -> None:
        """Save the meeting to its file now (or to ``path``: "save as", which the user confirmed when
        it exists). Raises SaveError, LockedError, FileChangedError (the file changed behind us)."""
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
                write_file(target, dumps_meeting(self.live.meeting), None, force=True)
            finally:
                copy_lock.release()
            return
        # a background save of the same file must not land after this one
        self.wait_idle()
        if same:
            self._save_file(target, self._disk, force=False)
        else:
            new_lock = FileLock.acquire(target, self._base)
            try:
                self._save_file(target, _state_or_none(target), force=True, lock=new_lock)
            except StorageError:
                new_lock.release()
                raise
            if self._lock is not None:
                self._lock.release()
            self._lock, self.path = new_lock, target
        now = self.clock.monotonic()
        # in the background; problems are reported through on_problem: the file itself is saved
        self._autosave.compact(now, self.live, self.path, self._sha())

    def overwrite_file(self) -> None:
        """The user chose to overwrite a file changed by someone else with this meeting."""
        if self.path is None or self.read_only or self._closed:
            return
        self.wait_idle()
        self._save_file(self.path, _state_or_none(self.path), force=True)

    def reload_file(self) -> Meeting:
        """The meeting as its file now holds it (the user chose theirs): from now on that file is
        the one this session saves over. The caller makes it the live meeting (e.g. with
        :func:`facilitation.storage.reload.patch_to`). Raises MeetingFileError, SaveError."""
        if self.path is None:
            raise SaveError(None, "the meeting has no file")
        self.wait_idle()
        theirs, state = load_with_state(self.path)  # what it holds and its state, from one reading
        self._disk, self._file_error = state, None
        self._adopt_lock(None, state)
        return theirs

    def file_reloaded(self) -> None:
        """The live meeting now is what the file holds (after :meth:`reload_file`): not dirty."""
        self._dirty = False

    def _save_file(
        self, target: Path, known: FileState | None, force: bool, lock: FileLock | None = None
    ) -> None:
        """Save on the calling thread (explicit save, close)."""
        mark = self._changes
        try:
            state = write_file(target, dumps_meeting(self.live.meeting), known, force)
        except (SaveError, FileChangedError) as exc:
            unflushed = is_folder_sync(exc)
            if unflushed is not None:  # in place, only not flushed: it is ours now
                self._file_done(mark, known, unflushed, lock)
            self._file_failed(exc)
            raise
        except (TypeError, ValueError) as exc:
            error = SaveError(target, f"the meeting could not be written as JSON ({exc})")
            self._file_failed(error)
            raise error from exc
        self._file_done(mark, known, state, lock)

    def _start_file_save(self, now: float) -> None:
        """Copy the meeting now; the worker writes the file."""
        assert self.path is not None
        meeting, target, mark, known = (
            self.live.meeting.copy(),
            self.path,
            self._changes,
            self._disk,
        )
        self._file_busy = True
        self._file_due_at = now + self.save_every_seconds
        cache = self._file_cache

        def job() -> FileState:
            try:
                data = dumps_meeting(meeting, cache)
            except (TypeError, ValueError) as exc:
                raise SaveError(
                    target, f"the meeting could not be written as JSON ({exc})"
                ) from exc
            return write_file(target, data, known)

        def saved(state: FileState | None, error: Exception | None) -> None:
            self._file_busy = False
            if target != self.path:
                return  # saved as another file meanwhile
            if error is not None:
                unflushed = is_folder_sync(error)
                if unflushed is not None:
                    self._file_done(mark, known, unflushed)
                self._file_failed(as_save_error(error, target))
            elif state is not None:
                self._file_done(mark, known, state)

        self._worker.submit(job, saved)

    def _file_failed(self, exc: StorageError) -> None:
        self._file_due_at = self.clock.monotonic() + self.retry_every_seconds
        known, self._file_error = self._file_error, exc
        if known is None or _reason(known) != _reason(exc):
            self._call_problem(exc)

    def _file_done(
        self, mark: int, before: FileState | None, state: FileState, lock: FileLock | None = None
    ) -> None:
        if self._changes == mark:  # else the meeting moved on meanwhile: still dirty
            self._dirty = False
        _mode, loosened = mode_for(before)
        if loosened and self.path is not None:
            self.notices.append(Notice("made_private", self.path))
        self._disk = state
        self._adopt_lock(before, state, lock)
        self._autosave.file_saved(state.sha256)
        self._file_error = None
        self._file_due_at = self.clock.monotonic() + self.save_every_seconds
        self._last_saved = self.clock.now()
        if self.on_saved is not None:
            self.on_saved()

    def _adopt_lock(
        self, before: FileState | None, now: FileState | None, lock: FileLock | None = None
    ) -> None:
        lock = lock or self._lock
        if lock is not None and now is not None:
            old = before.identity if before is not None else None
            lock.follow(old, now.identity, keep_old=before is not None and before.nlink > 1)

    def take_notices(self) -> list[Notice]:
        notices, self.notices = self.notices, []
        return notices

    @property
    def file_conflict(self) -> FileChangedError | None:
        """How the meeting's file changed behind our back, while that stops its saving."""
        error = self._file_error
        return error if isinstance(error, FileChangedError) else None

    # -- status and end -----------------------------------------------------------------------------

    def status(self) -> SaveStatus:
        autosave = self._autosave
        error = self._file_error or autosave.error
        ok = error is None and autosave.ok
        if self.read_only:
            state = SaveState.READ_ONLY
        elif not autosave.ok:
            state = SaveState.NOT_FLUSHED if autosave.unflushed else SaveState.AT_RISK
        elif isinstance(self._file_error, FileChangedError):
            state = SaveState.FILE_CHANGED
        elif self._file_error is not None:
            state = SaveState.FILE_FAILING
        else:
            state = SaveState.KEPT
        return SaveStatus(ok, self._last_saved, error, len(autosave.pending), self._dirty, state)

    def close(self, clean: bool = True) -> None:
        """End the session, after the background writes. Clean: save the file if needed (SaveError
        or FileChangedError leaves the session open), drop the autosave slot (without a file, the
        meeting is then gone: ask the user first). Unclean: keep the slot for
        :func:`~facilitation.storage.recovery.find_recoverable`."""
        if self._closed:
            return
        self.wait_idle()
        if clean and not self.read_only and self.path is not None and self._dirty:
            self._save_file(self.path, self._disk, force=False)
        if not clean and not self.read_only:
            self.tick()  # drafts and the disk flush: as much as can be kept
            self.wait_idle()
        self.live.unsubscribe(self._on_change)
        self._closed = True
        self._worker.stop()
        slot = self.slot
        self._release()
        if clean and slot is not None:
            try:
                shutil.rmtree(slot)
            except OSError as exc:
                log.warning("autosave slot %s not removed: %s", slot, exc)

    def _release(self) -> None:
        self._autosave.release()
        if self._lock is not None:
            self._lock.release()
            self._lock = None

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


def _state_or_none(path: Path) -> FileState | None:
    try:
        return read_state(target_of(path))
    except OSError:
        return None


def _same_file(a: Path, b: Path) -> bool:
    """The same file: the same name once links are followed, or the same identity (hard links)."""
    if target_of(a) == target_of(b):
        return True
    try:
        sa, sb = a.stat(), b.stat()
    except OSError:
        return False
    return (sa.st_dev, sa.st_ino) == (sb.st_dev, sb.st_ino)
