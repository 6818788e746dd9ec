"""The session's slow writes happen on its one worker thread: the UI thread only copies the meeting,
outcomes (problems, saves) are reported on the UI thread, and a crash while a snapshot is being
written in the background loses nothing."""

from __future__ import annotations

import errno
import os
import shutil
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from facilitation.models import Create, FakeClock, LiveMeeting, Meeting, Note
from facilitation.storage import (
    SaveError,
    Session,
    StorageError,
    fileformat,
    find_recoverable,
    load_meeting,
    recover,
)
from facilitation.storage import autosave as autosave_module
from facilitation.storage import session as session_module
from facilitation.storage import slot as slot_module
from facilitation.storage.journal import JournalWriter
from facilitation.storage.meetingfile import write_file
from facilitation.storage.slot import write_snapshot
from facilitation.storage.worker import Worker
from tests.storage.scenario import Scenario, initial_meeting

WAIT = 30.0  # seconds: only reached when something is broken


def _large() -> Meeting:
    m = initial_meeting()
    at = datetime(2024, 1, 1, tzinfo=UTC)
    item = next(iter(m.items))
    for n in range(3000):
        m.notes[f"n{n}"] = Note(f"n{n}", item, at, f"Note {n} " * 10)
    return m


def test_a_tick_that_compacts_and_saves_serialises_nothing_on_the_calling_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "m.json"
    live = LiveMeeting(_large())
    clock = FakeClock()
    session = Session.open(live, path, clock, data_dir=tmp_path / "data")
    session.compact_every_commands = 3
    saved: list[int] = []
    session.on_saved = lambda: saved.append(threading.get_ident())
    threads: list[int] = []
    encode_layout = fileformat.encode_layout

    def recording(*args: Any, **kwargs: Any) -> bytes:
        threads.append(threading.get_ident())
        return encode_layout(*args, **kwargs)

    # the serialiser of the meeting file and of the snapshot
    monkeypatch.setattr(fileformat, "encode_layout", recording)
    monkeypatch.setattr(slot_module, "encode_layout", recording)
    scenario = Scenario(3)
    for _ in range(3):
        scenario.step(live)
    clock.advance(session.save_every_seconds + 1)
    session.tick()  # due: a compaction (3 commands) and the meeting's file (10 s)
    assert threading.get_ident() not in threads
    session.wait_idle()
    me = threading.get_ident()
    # both the snapshot and the file were serialised, by one other thread
    assert len(threads) == 2 and len(set(threads)) == 1 and me not in threads
    assert saved == [me]  # on_saved came back on the calling thread
    assert load_meeting(path) == live.meeting
    status = session.status()
    assert status.ok and not status.dirty
    assert [p.name for p in session.slot.glob("journal-*")] == ["journal-2.jsonl"]  # type: ignore[union-attr]
    session.close()


def test_a_failed_background_write_is_reported_on_the_calling_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "m.json"
    live = LiveMeeting(initial_meeting())
    clock = FakeClock()
    session = Session.open(live, path, clock, data_dir=tmp_path / "data")
    seen: list[tuple[int, StorageError]] = []
    session.on_problem = lambda exc: seen.append((threading.get_ident(), exc))
    Scenario(1).step(live)

    def refuse(*_args: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with monkeypatch.context() as mp:
        mp.setattr(os, "replace", refuse)
        clock.advance(session.save_every_seconds + 1)
        session.tick()
        assert seen == []  # the worker never calls back by itself
        session.wait_idle()
    assert [t for t, _ in seen] == [threading.get_ident()]
    assert isinstance(seen[0][1], SaveError) and "disk is full" in str(seen[0][1])
    assert not path.exists() and session.status().dirty
    clock.advance(session.retry_every_seconds)
    session.tick()
    session.wait_idle()
    assert load_meeting(path) == live.meeting and session.status().ok
    session.close()


def _recovered_copy(slot: Path, where: Path) -> Meeting:
    """Recover from a copy of the slot as it is on disk right now: what a crash would leave."""
    copy = where / "autosave" / slot.name
    shutil.copytree(slot, copy)
    (found,) = find_recoverable(where)
    rec = recover(found)
    assert rec.problem is None, rec.problem
    shutil.rmtree(copy)
    return rec.meeting


def test_a_crash_while_a_snapshot_is_written_in_the_background_loses_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = LiveMeeting(initial_meeting())
    clock = FakeClock()
    session = Session.open(live, None, clock, data_dir=tmp_path / "data")
    session.compact_every_commands = 5
    slot = session.slot
    assert slot is not None
    scenario = Scenario(8)
    for _ in range(5):
        scenario.step(live)
    go_on, writing = threading.Event(), threading.Event()
    real = write_snapshot  # the one autosave calls (by that name: patched there below)

    def slow_snapshot(*args: Any, **kwargs: Any) -> None:
        writing.set()
        assert go_on.wait(WAIT)
        real(*args, **kwargs)

    monkeypatch.setattr(autosave_module, "write_snapshot", slow_snapshot)
    clock.advance(1)
    session.tick()  # copies the meeting, the worker starts writing snapshot 2
    assert writing.wait(WAIT)
    for _ in range(4):  # meanwhile the meeting goes on
        scenario.step(live)
    session.set_draft("note", "pendant la compaction")
    session.tick()
    # a crash now: snapshot 1 is in force, and its journal got every line
    assert sorted(p.name for p in slot.glob("journal-*")) == ["journal-1.jsonl", "journal-2.jsonl"]
    assert _recovered_copy(slot, tmp_path / "crash1") == live.meeting
    go_on.set()
    session._worker._jobs.join()  # the snapshot is on disk, the UI thread has not heard yet
    # a crash now: snapshot 2 is in force with journal 2 (what came after the copy)
    assert _recovered_copy(slot, tmp_path / "crash2") == live.meeting
    session.wait_idle()
    assert [p.name for p in slot.glob("journal-*")] == ["journal-2.jsonl"]
    scenario.step(live)
    session.close(clean=False)
    (found,) = find_recoverable(tmp_path / "data")
    rec = recover(found)
    assert rec.meeting == live.meeting and rec.drafts == {"note": "pendant la compaction"}


def test_a_failed_background_snapshot_keeps_the_old_generation_and_is_retried(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = LiveMeeting(initial_meeting())
    clock = FakeClock()
    session = Session.open(live, None, clock, data_dir=tmp_path / "data")
    session.compact_every_commands = 2
    problems: list[StorageError] = []
    session.on_problem = problems.append
    slot = session.slot
    assert slot is not None
    scenario = Scenario(9)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise SaveError(slot, "the disk is full")

    with monkeypatch.context() as mp:
        mp.setattr(autosave_module, "write_snapshot", refuse)
        scenario.step(live)
        scenario.step(live)
        session.tick()
        session.wait_idle()
        assert len(problems) == 1 and not session.status().ok
        # generation 2 was given up: its journal is gone, journal 1 still gets every line
        assert [p.name for p in slot.glob("journal-*")] == ["journal-1.jsonl"]
        scenario.step(live)
        assert _recovered_copy(slot, tmp_path / "crash") == live.meeting
    clock.advance(session.retry_every_seconds)
    session.tick()
    session.wait_idle()
    assert session.status().ok and len(problems) == 1
    assert [p.name for p in slot.glob("journal-*")] == ["journal-3.jsonl"]  # never reused
    session.close(clean=False)
    (found,) = find_recoverable(tmp_path / "data")
    assert recover(found).meeting == live.meeting


def test_a_change_during_a_background_save_leaves_the_file_dirty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "m.json"
    live = LiveMeeting(initial_meeting())
    clock = FakeClock()
    session = Session.open(live, path, clock, data_dir=tmp_path / "data")
    go_on, writing = threading.Event(), threading.Event()
    real = write_file  # the one the session calls (by that name: patched there below)

    def slow_save(*args: Any, **kwargs: Any) -> Any:
        writing.set()
        assert go_on.wait(WAIT)
        return real(*args, **kwargs)

    monkeypatch.setattr(session_module, "write_file", slow_save)
    Scenario(2).step(live)
    clock.advance(session.save_every_seconds + 1)
    session.tick()
    assert writing.wait(WAIT)
    item = next(iter(live.meeting.items))
    live.apply(Create.of("notes", Note("late", item, clock.now(), "arrivée pendant la sauvegarde")))
    go_on.set()
    session.wait_idle()
    assert session.status().dirty  # the file has the meeting as it was when the copy was taken
    assert "late" not in load_meeting(path).notes
    session.close()  # the clean close saves what is left
    assert load_meeting(path) == live.meeting


def test_ticks_faster_than_the_disk_queue_one_journal_fsync_and_the_snapshot_waits_for_it_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    live = LiveMeeting(initial_meeting())
    clock = FakeClock()
    session = Session.open(live, None, clock, data_dir=tmp_path / "data")
    session.compact_every_commands = 40
    scenario = Scenario(11)
    # what the worker wrote, in order: each journal fsync (the journal's name), the snapshots
    done: list[str] = []
    go_on, writing = threading.Event(), threading.Event()
    real_fsync, real_snapshot = JournalWriter.fsync, write_snapshot

    def slow_fsync(self: JournalWriter) -> None:
        writing.set()
        assert go_on.wait(WAIT)  # the disk takes its time
        real_fsync(self)
        done.append(self.path.name)

    def snapshot(*args: Any, **kwargs: Any) -> None:
        real_snapshot(*args, **kwargs)
        done.append("snapshot")

    monkeypatch.setattr(JournalWriter, "fsync", slow_fsync)
    monkeypatch.setattr(autosave_module, "write_snapshot", snapshot)
    scenario.step(live)
    session.tick()
    assert writing.wait(WAIT)  # the first fsync is on the disk
    for _ in range(60):  # a tick after every command, the 40th starts a snapshot
        scenario.step(live)
        clock.advance(0.1)
        session.tick()
    go_on.set()
    session.wait_idle()
    # the snapshot came right after the one fsync on its way, not after one more per tick since;
    # the journal that follows it got one fsync too
    assert done == ["journal-1.jsonl", "snapshot", "journal-2.jsonl"]
    session.tick()  # the lines written since those fsyncs left get theirs
    session.wait_idle()
    assert done[3:] == ["journal-2.jsonl"]
    session.close(clean=False)
    (found,) = find_recoverable(tmp_path / "data")
    assert recover(found).meeting == live.meeting


def test_the_worker_runs_jobs_in_order_and_reports_on_the_draining_thread() -> None:
    worker = Worker()
    order: list[int] = []
    outcomes: list[tuple[int, object, str]] = []

    def then(tag: int) -> Any:
        return lambda result, error: outcomes.append((tag, result, repr(error)))

    def boom() -> None:
        raise ValueError("boom")

    def job(n: int) -> Callable[[], int]:
        def run() -> int:
            order.append(n)
            return n

        return run

    for n in range(5):
        worker.submit(job(n), then(n))
    worker.submit(boom, then(99))
    worker.wait()
    assert order == [0, 1, 2, 3, 4]
    assert outcomes[:5] == [(n, n, "None") for n in range(5)]
    assert outcomes[5] == (99, None, repr(ValueError("boom")))
    worker.stop()
    with pytest.raises(RuntimeError):
        worker.submit(lambda: None, then(0))
