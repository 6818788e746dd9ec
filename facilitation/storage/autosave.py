"""The crash-safe half of a session: the slot's journal, the drafts, compaction into snapshots.

Every command is appended to the journal before ``apply`` returns (one short line). ``tick()``
journals the drafts being typed and hands the slow work to the session's worker thread: the
journal's fsync, and now and then a fresh snapshot. While snapshot ``g+1`` is being written, every
new line goes to *both* journals ``g`` and ``g+1``: a crash before the snapshot lands recovers
snapshot ``g`` + journal ``g``, a crash after it recovers snapshot ``g+1`` + journal ``g+1``.

The old journal is deleted only once the new snapshot's rename is flushed to the disk with its
folder. When that flush fails, the new snapshot is in place but a power cut could bring the old one
back: the old journal is then *kept*, and written to like the current one, until a later flush of
the folder succeeds. So recovery never depends on a folder flush having worked.

A command that became a note out of a draft clears that draft in the same journal line (``clear``):
a crash just after Enter never brings the note back as text being typed.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facilitation.models import Command, LiveMeeting
from facilitation.storage.atomic import FolderSyncError, fsync_dir
from facilitation.storage.errors import SaveError, StorageError, save_error
from facilitation.storage.journal import JournalWriter, encode_entry
from facilitation.storage.slot import (
    SlotOwner,
    journal_name,
    new_slot,
    write_info,
    write_snapshot,
)
from facilitation.storage.worker import Worker

log = logging.getLogger(__name__)

#: journals kept past a failed folder flush; past this many, no new snapshot is started until the
#: folder can be flushed (the journal just grows: recovery replays a little more)
MAX_KEPT = 3


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


@dataclass(eq=False)
class _Kept:
    """An older journal still needed: its snapshot may be the one a power cut leaves on the disk."""

    generation: int
    writer: JournalWriter
    broken: bool = False


class Autosave:
    """The slot of one open meeting. Runs on the UI thread; slow work goes to ``worker``."""

    compact_every_commands = 500
    compact_every_seconds = 60.0
    retry_every_seconds = 2.0

    def __init__(
        self, worker: Worker, clock: Any, report: Callable[[StorageError], None], now: float
    ) -> None:
        self._worker = worker
        self._clock = clock
        self._report = report
        self.slot: Path | None = None
        self._owner: SlotOwner | None = None
        self._snapshot_cache: Any = None
        self._writer: JournalWriter | None = None
        self._generation = 0
        #: generations are never reused, even after a failed compaction (its journal may remain)
        self._last_generation = 0
        self._next: _Compaction | None = None
        self._kept: list[_Kept] = []
        #: journals with an fsync handed to the worker and not yet back: one at a time each
        self._syncing: set[JournalWriter] = set()
        self._seq = 0
        self.pending: list[bytes] = []
        #: the journal may hold a partial line or be superseded: write nothing more to it
        self.broken = False
        self._drafts: dict[str, str] = {}
        self._dirty_drafts: set[str] = set()
        self._since_compact = 0
        self._last_compact = now
        self._retry_at = now
        self.error: StorageError | None = None

    # -- start and end ----------------------------------------------------------------------------

    def start(self, autosave: Path, live: LiveMeeting, path: Path | None, file_sha: str) -> None:
        from facilitation.storage.fileformat import PartCache

        meeting = live.meeting
        self.slot = new_slot(autosave, meeting.id)
        self._owner = SlotOwner(self.slot)
        write_info(self.slot, meeting, path)
        self._generation = self._last_generation = 1
        write_snapshot(self.slot, meeting, {}, self._generation, file_sha=file_sha)
        self._writer = JournalWriter(self.slot / journal_name(self._generation))
        self._snapshot_cache = PartCache(ensure_ascii=True)

    def release(self) -> None:
        if self._next is not None:
            self._next.writer.close()
            self._next = None
        for kept in self._kept:
            kept.writer.close()
        self._kept.clear()
        self._syncing.clear()
        if self._writer is not None:
            self._writer.close()
            self._writer = None
        if self._owner is not None:
            self._owner.release()
            self._owner = None

    @property
    def ok(self) -> bool:
        return self.error is None and not self.broken and not self.pending

    @property
    def unflushed(self) -> bool:
        """Every line is written, only a snapshot's folder could not be flushed: safe from a crash of
        the app, not yet from a power cut."""
        return (
            not self.broken
            and not self.pending
            and isinstance(self.error, FolderSyncError)
            and not any(k.broken for k in self._kept)
        )

    # -- lines ------------------------------------------------------------------------------------

    def command(self, data: Command, clear: list[str]) -> None:
        """Journal a command now; ``clear``: the drafts it consumed, cleared in the same line."""
        self._seq += 1
        entry: dict[str, Any] = {"t": "cmd", "n": self._seq, "cmd": data}
        if clear:
            entry["clear"] = clear
            for key in clear:
                self._drafts.pop(key, None)
                self._dirty_drafts.discard(key)
        try:
            line = encode_entry(entry)
        except Exception as exc:  # a command that cannot be written: the next snapshot holds it
            log.exception("cannot journal %r", data)
            self.broken = True
            self._report_error(SaveError(self.slot, f"a change could not be journaled ({exc})"))
            return
        self._since_compact += 1
        self._write_line(line)

    def file_saved(self, sha256: str) -> None:
        """The meeting's own file now holds these bytes (recovery compares it with the autosave)."""
        self._write_line(encode_entry({"t": "file", "sha256": sha256}))

    def _write_line(self, line: bytes) -> None:
        for kept in self._kept:
            if not kept.broken:
                try:
                    kept.writer.append(line)
                except SaveError as exc:
                    kept.broken = True  # a power cut could now lose lines: say so
                    self._failed(exc)
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
                    self._failed(exc)
        if self.broken or self._writer is None:
            self.pending.append(line)
            return
        try:
            self._writer.append(line)
        except SaveError as exc:
            # the file may now end with part of this line: never append to it again
            self.broken = True
            self.pending.append(line)
            self._failed(exc)

    def _failed(self, exc: StorageError) -> None:
        self._retry_at = self._clock.monotonic() + self.retry_every_seconds
        self._report_error(exc)

    def _report_error(self, exc: StorageError) -> None:
        known, self.error = self.error, exc
        # the journal and the snapshot fail for one reason (the disk is full): say it once
        if known is None or _reason(known) != _reason(exc):
            self._report(exc)

    # -- drafts -----------------------------------------------------------------------------------

    def set_draft(self, key: str, text: str) -> None:
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

    # -- ticks ------------------------------------------------------------------------------------

    def tick(self, now: float, live: LiveMeeting, path: Path | None, file_sha: str) -> None:
        if not self.broken or self._next is not None:
            # journaled now (os.write: in the OS at once); a broken journal waits for a snapshot
            for key in sorted(self._dirty_drafts):
                entry = {"t": "draft", "key": key, "text": self._drafts.get(key, "")}
                self._write_line(encode_entry(entry))
            self._dirty_drafts.clear()
            self._sync()
        if self._next is None and now >= self._retry_at:
            if self._kept:
                self._flush_folder()
            changed = self._since_compact > 0
            # a failed snapshot is tried again (after the pause) even when no command is pending
            if len(self._kept) < MAX_KEPT and (
                self.broken
                or (self.error is not None and not self._kept)
                or self._since_compact >= self.compact_every_commands
                or (changed and now - self._last_compact >= self.compact_every_seconds)
            ):
                self.compact(now, live, path, file_sha)

    def _sync(self) -> None:
        """Hand the fsync of the journal(s) written since the last one to the worker.

        A journal whose previous fsync is still on the worker gets none now: its new lines wait for
        the first tick after that one is back. Ticks faster than the disk (a slow or busy disk, a
        process that ticks at every step) would otherwise queue an fsync per tick, each covering
        little more than the one before, and a snapshot or a save of the file queued behind them
        would wait for the whole pile (docs/performance.md, finding 3)."""
        if self._writer is not None and not self.broken and self._writer.unsynced:
            self._fsync(self._writer)
        nxt = self._next
        if nxt is not None and not nxt.broken and nxt.writer.unsynced:
            self._fsync(nxt.writer)
        for kept in self._kept:
            if not kept.broken and kept.writer.unsynced:
                self._fsync(kept.writer)

    def _fsync(self, writer: JournalWriter) -> None:
        if writer in self._syncing:
            return  # still unsynced: the next tick after the fsync on its way is back tries again
        self._syncing.add(writer)
        writer.unsynced = False  # lines appended from now on need the next fsync

        def synced(_result: object, error: Exception | None) -> None:
            self._syncing.discard(writer)
            if error is None:
                return
            exc = as_save_error(error, self.slot)
            nxt = self._next
            if writer is self._writer:
                self.broken = True
            elif nxt is not None and writer is nxt.writer:
                nxt.broken = True
            else:
                kept = next((k for k in self._kept if k.writer is writer), None)
                if kept is None:
                    return  # a journal already superseded by a snapshot: nothing depends on it
                kept.broken = True
            self._failed(exc)

        self._worker.submit(writer.fsync, synced)

    def _flush_folder(self) -> None:
        """Try the folder flush again: once it works, the snapshot in place is safe for good."""
        slot, kept = self.slot, list(self._kept)
        assert slot is not None

        def job() -> None:
            try:
                fsync_dir(slot)
            except OSError as exc:
                raise save_error(slot, exc) from exc

        def flushed(_result: object, error: Exception | None) -> None:
            if error is not None:
                self._failed(as_save_error(error, slot))
                return
            for k in kept:
                if k in self._kept:
                    self._kept.remove(k)
                    self._retire(k.writer, k.generation)
            if not self._kept and not self.broken and self._next is None:
                self.error = None

        self._retry_at = self._clock.monotonic() + self.retry_every_seconds
        self._worker.submit(job, flushed)

    # -- compaction -------------------------------------------------------------------------------

    def compact(self, now: float, live: LiveMeeting, path: Path | None, file_sha: str) -> None:
        """Copy the meeting now; the worker writes it as snapshot g+1. See the module's docstring."""
        assert self.slot is not None
        if self._next is not None:
            return
        generation = self._last_generation + 1
        self._last_generation = generation
        try:
            writer = JournalWriter(self.slot / journal_name(generation))
        except SaveError as exc:
            self._retry_at = now + self.retry_every_seconds
            self._report_error(exc)
            return
        meeting, drafts = live.meeting.copy(), dict(self._drafts)
        nxt = _Compaction(generation, writer, self._since_compact, now, set(self._dirty_drafts))
        self._dirty_drafts.clear()
        self._next = nxt
        slot, cache = self.slot, self._snapshot_cache

        def job() -> StorageError | None:
            write_snapshot(slot, meeting, drafts, generation, cache, file_sha=file_sha)
            try:
                write_info(slot, meeting, path)  # only the recovery list's title and path
            except SaveError as exc:
                return exc
            return None

        self._worker.submit(job, lambda result, error: self._compacted(nxt, result, error))

    def replaced(self, now: float, live: LiveMeeting, path: Path | None, file_sha: str) -> None:
        """The meeting was replaced in place (not by a command): the journal no longer leads to it.

        It is marked broken (no line is added to it any more) and a snapshot is started at once;
        until the snapshot has landed, recovery gives the meeting before the change. A failed
        snapshot is tried again by :meth:`tick`, as for any broken journal."""
        self.broken = True
        for kept in self._kept:  # older journals lead to the meeting before, too
            kept.broken = True
        self.compact(now, live, path, file_sha)

    def _compacted(self, nxt: _Compaction, info_error: Any, error: Exception | None) -> None:
        """On the UI thread: the snapshot of ``nxt`` is written (switch journals) or failed."""
        self._next = None
        now = self._clock.monotonic()
        unflushed = isinstance(error, FolderSyncError)
        if error is not None and not unflushed:
            # snapshot g stays in force with journal g, which got every line meanwhile
            self._retire(nxt.writer, nxt.generation)
            self._dirty_drafts |= nxt.drafts
            self._retry_at = now + self.retry_every_seconds
            self._report_error(as_save_error(error, self.slot))
            return
        # from here the snapshot holds everything up to the copy, its journal the rest
        old, old_generation = self._writer, self._generation
        self._generation, self._writer = nxt.generation, nxt.writer
        old_broken = self.broken
        self.broken, self.pending = nxt.broken, nxt.pending
        self._since_compact = max(0, self._since_compact - nxt.since)
        self._last_compact = nxt.started
        if unflushed:
            assert isinstance(error, FolderSyncError)
            # snapshot g+1 is in place but not flushed: a power cut may bring g back with journal g
            if old is not None:
                self._kept.append(_Kept(old_generation, old, old_broken))
            self._dirty_drafts |= nxt.drafts  # journal g must get them too: it may be the one
            self._retry_at = now + self.retry_every_seconds
            self._report_error(error)
            return
        # the folder is flushed: every older snapshot is gone for good, and their journals with them
        for kept in self._kept:
            self._retire(kept.writer, kept.generation)
        self._kept.clear()
        if old is not None:
            self._retire(old, old_generation)
        if not self.broken:
            self.error = None
        if isinstance(info_error, StorageError):
            self._report_error(info_error)

    def _retire(self, writer: JournalWriter, generation: int) -> None:
        """Close and delete a superseded journal, on the worker: after any fsync queued for it."""
        assert self.slot is not None
        target = self.slot / journal_name(generation)

        def job() -> None:
            writer.close()
            with contextlib.suppress(OSError):  # an old generation is ignored by recovery anyway
                target.unlink()

        self._worker.submit(job, _ignore)


def _reason(exc: StorageError) -> str:
    return getattr(exc, "reason", str(exc))


def _ignore(_result: object, _error: Exception | None) -> None:
    """Closing a superseded journal: a failure there loses nothing."""


def as_save_error(error: Exception, target: Path | None) -> StorageError:
    if isinstance(error, StorageError):
        return error
    # a bug rather than the disk: keep its trace in the log, tell the user it was not written
    log.error("background write failed", exc_info=error)
    return SaveError(target, f"the meeting could not be written ({error!r})")
