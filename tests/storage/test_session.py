"""The session: every change journaled at once, drafts by tick, compaction, saving the meeting's file,
failures reported and retried without dropping anything, clean and unclean ends, recovery."""

from __future__ import annotations

import errno
import os
import stat
from pathlib import Path

import pytest

from facilitation.models import (
    AgendaItem,
    Create,
    FakeClock,
    LiveMeeting,
    Meeting,
    Remove,
    Update,
)
from facilitation.storage import (
    SaveError,
    Session,
    StorageError,
    discard,
    find_recoverable,
    load_meeting,
    recover,
)
from facilitation.storage.journal import encode_entry, read_journal
from tests.storage.scenario import Scenario, initial_meeting


class Opened:
    """A session on a fresh scenario meeting, with the problems and saves it reported."""

    def __init__(self, tmp_path: Path, path: Path | None = None) -> None:
        self.clock = FakeClock()
        self.live = LiveMeeting(initial_meeting())
        self.data = tmp_path / "data"
        self.session = Session.open(self.live, path, self.clock, data_dir=self.data)
        self.problems: list[StorageError] = []
        self.saved = 0
        self.session.on_problem = self.problems.append
        self.session.on_saved = self._saved
        self.scenario = Scenario(5)

    def _saved(self) -> None:
        self.saved += 1

    def steps(self, n: int, tick: bool = False) -> None:
        for _ in range(n):
            self.scenario.step(self.live)
            if tick:
                self.clock.advance(1.0)
                self.tick()

    def tick(self) -> None:
        """One tick, then wait for the background writes it started (and their outcomes)."""
        self.session.tick()
        self.session.wait_idle()

    def journal_lines(self) -> int:
        assert self.session.slot is not None
        total = 0
        for j in self.session.slot.glob("journal-*.jsonl"):
            total += len(read_journal(j).entries)
        return total

    def recovered(self) -> Meeting:
        (found,) = find_recoverable(self.data)
        rec = recover(found)
        assert rec.problem is None, rec.problem
        return rec.meeting


def _fail(monkeypatch: pytest.MonkeyPatch, name: str, code: int = errno.ENOSPC) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr(os, name, broken)


def test_everything_is_private(tmp_path: Path) -> None:
    o = Opened(tmp_path, tmp_path / "m.json")
    o.steps(30, tick=True)
    o.session.set_draft("k", "x")
    o.session.save()
    slot = o.session.slot
    assert slot is not None
    for folder in (o.data, o.data / "autosave", slot):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700, folder
    for f in [*slot.iterdir(), tmp_path / "m.json"]:
        assert stat.S_IMODE(f.stat().st_mode) == 0o600, f
    o.session.close()


def test_each_change_is_in_the_journal_when_apply_returns(tmp_path: Path) -> None:
    o = Opened(tmp_path)
    for n in range(1, 21):
        o.steps(1)  # no tick
        assert o.journal_lines() == n
    o.session.close(clean=False)
    assert o.recovered() == o.live.meeting


def test_drafts_are_journaled_by_tick_and_recovered(tmp_path: Path) -> None:
    o = Opened(tmp_path)
    o.session.set_draft("note:i0", "Je tape 😀")
    o.session.set_draft("decision:i1", "On décide")
    assert o.journal_lines() == 0  # not on each keystroke
    o.clock.advance(1)
    o.tick()
    assert o.journal_lines() == 2
    o.session.set_draft("decision:i1", "")  # committed: the draft is gone
    o.session.set_draft("note:i0", "Je tape encore")
    o.clock.advance(1)
    o.tick()
    o.tick()  # nothing changed: nothing written
    assert o.journal_lines() == 4
    o.session.close(clean=False)
    (found,) = find_recoverable(o.data)
    assert recover(found).drafts == {"note:i0": "Je tape encore"}


def test_compaction_by_count_and_by_time(tmp_path: Path) -> None:
    o = Opened(tmp_path)
    o.session.compact_every_commands = 10
    o.steps(25, tick=True)
    slot = o.session.slot
    assert slot is not None
    assert [p.name for p in slot.glob("journal-*")] == ["journal-3.jsonl"]
    assert o.journal_lines() == 5
    o.session.compact_every_commands = 1000
    o.session.compact_every_seconds = 30
    o.steps(3)
    o.clock.advance(31)
    o.tick()
    assert [p.name for p in slot.glob("journal-*")] == ["journal-4.jsonl"]
    assert o.journal_lines() == 0
    o.steps(4)
    o.session.close(clean=False)
    assert o.recovered() == o.live.meeting


def test_crash_right_after_a_snapshot_before_its_journal(tmp_path: Path) -> None:
    o = Opened(tmp_path)
    o.session.compact_every_commands = 10
    o.steps(10, tick=True)
    o.session.close(clean=False)
    for j in tmp_path.glob("data/autosave/*/journal-*"):
        j.unlink()  # the snapshot of generation 2 is written, its journal not yet started
    assert o.recovered() == o.live.meeting


def test_the_meeting_file_is_saved_by_tick_when_dirty(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    o = Opened(tmp_path, path)
    o.steps(3)
    o.clock.advance(5)
    o.tick()
    assert not path.exists()  # not yet: at most every 10 s
    assert o.session.status().dirty
    o.clock.advance(6)
    o.tick()
    assert load_meeting(path) == o.live.meeting and o.saved == 1
    status = o.session.status()
    assert status.ok and not status.dirty and status.last_saved == o.clock.now()
    o.clock.advance(20)
    o.tick()
    assert o.saved == 1  # nothing changed: no save
    o.session.close()


def test_disk_full_during_journal_keeps_everything_and_catches_up(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    o = Opened(tmp_path)
    o.steps(5)
    with monkeypatch.context() as mp:
        _fail(mp, "write")
        o.steps(10)  # apply never fails because the disk is full
        o.session.set_draft("note:i0", "pendant la panne")
        o.clock.advance(3)
        o.tick()
        status = o.session.status()
        assert not status.ok and status.pending >= 10
        assert isinstance(status.error, SaveError) and "disk is full" in str(status.error)
        assert len(o.problems) == 1  # said once, not on every change
        o.clock.advance(3)
        o.tick()  # still full: retried, still failing, nothing lost
        assert o.session.status().pending >= 10
    o.clock.advance(3)
    o.tick()  # space is back
    status = o.session.status()
    assert status.ok and status.pending == 0 and status.error is None
    o.steps(3)
    o.session.close(clean=False)
    (found,) = find_recoverable(o.data)
    rec = recover(found)
    assert rec.meeting == o.live.meeting and rec.drafts == {"note:i0": "pendant la panne"}


def test_fsync_failure_is_reported_and_recovered_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    o = Opened(tmp_path)
    o.steps(5)
    with monkeypatch.context() as mp:
        _fail(mp, "fsync", errno.EIO)
        o.tick()
        assert not o.session.status().ok and "input/output" in str(o.problems[0])
        o.steps(5)
    o.clock.advance(3)
    o.tick()
    assert o.session.status().ok
    o.session.close(clean=False)
    assert o.recovered() == o.live.meeting


@pytest.mark.parametrize("code", [errno.EACCES, errno.EROFS, errno.ENOSPC])
def test_meeting_file_save_failure_reported_retried_and_file_intact(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int
) -> None:
    path = tmp_path / "m.json"
    o = Opened(tmp_path, path)
    o.steps(5)
    o.session.save()
    o.session.wait_idle()  # its compaction is done before the disk starts failing
    before = path.read_bytes()
    o.steps(5)
    with monkeypatch.context() as mp:
        _fail(mp, "replace", code)
        with pytest.raises(SaveError):
            o.session.save()
        o.clock.advance(11)
        o.tick()
        assert path.read_bytes() == before
        status = o.session.status()
        assert not status.ok and status.dirty and isinstance(status.error, SaveError)
        assert o.problems and all(isinstance(p, SaveError) for p in o.problems)
    o.clock.advance(3)
    o.tick()  # retried once it works again
    assert load_meeting(path) == o.live.meeting and o.session.status().ok
    o.session.close()


def test_save_as_moves_the_lock(tmp_path: Path) -> None:
    first, second = tmp_path / "a.json", tmp_path / "b.json"
    o = Opened(tmp_path, first)
    o.steps(3)
    o.session.save(second)
    assert o.session.path == second and load_meeting(second) == o.live.meeting
    other = Session.open(
        LiveMeeting(initial_meeting()), first, FakeClock(), data_dir=tmp_path / "d2"
    )
    other.close()  # the old file is free again
    o.session.close()


def test_save_without_a_file_asks_for_one(tmp_path: Path) -> None:
    o = Opened(tmp_path)
    with pytest.raises(SaveError, match="no file yet"):
        o.session.save()
    o.session.close()


def test_clean_close_saves_and_drops_the_slot(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    o = Opened(tmp_path, path)
    o.steps(8)
    slot = o.session.slot
    o.session.close()
    assert slot is not None and not slot.exists()
    assert load_meeting(path) == o.live.meeting
    assert find_recoverable(o.data) == []
    o.steps(1)  # after close, changes are no longer journaled (and nothing breaks)


def test_clean_close_that_cannot_save_keeps_the_session(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "m.json"
    o = Opened(tmp_path, path)
    o.steps(4)
    with monkeypatch.context() as mp:
        _fail(mp, "replace", errno.EROFS)
        with pytest.raises(SaveError, match="read-only"):
            o.session.close()
    assert o.session.slot is not None and o.session.slot.exists()
    o.steps(2)
    o.session.close()
    assert load_meeting(path) == o.live.meeting


def test_running_sessions_are_not_recoverable_and_discard_removes(tmp_path: Path) -> None:
    o = Opened(tmp_path, tmp_path / "m.json")
    o.steps(3)
    assert find_recoverable(o.data) == []
    o.session.close(clean=False)
    (found,) = find_recoverable(o.data)
    assert found.meeting_id == o.live.meeting.id and found.title == o.live.meeting.details.title
    assert found.path == tmp_path / "m.json" and found.last_change is not None
    discard(found)
    assert find_recoverable(o.data) == [] and not found.slot.exists()


def test_read_only_session_writes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    live = LiveMeeting(initial_meeting())
    session = Session.open(live, path, FakeClock(), data_dir=tmp_path / "data", read_only=True)
    Scenario(1).step(live)
    session.tick()
    with pytest.raises(SaveError, match="read-only"):
        session.save()
    session.save(tmp_path / "copy.json")  # a copy elsewhere is fine
    session.close()
    assert not path.exists() and find_recoverable(tmp_path / "data") == []
    assert load_meeting(tmp_path / "copy.json") == live.meeting


def test_a_command_that_fails_to_replay_stops_the_replay_and_is_reported(tmp_path: Path) -> None:
    o = Opened(tmp_path)
    o.live.apply(Create.of("items", AgendaItem("extra", "Divers")))
    o.session.close(clean=False)
    assert o.session.slot is not None
    journal = o.session.slot / "journal-1.jsonl"
    with open(journal, "ab") as f:
        f.write(encode_entry({"t": "cmd", "n": 2, "cmd": Remove("items", "nope").to_data()}))
        f.write(
            encode_entry(
                {"t": "cmd", "n": 3, "cmd": Update("items", "extra", {"title": "X"}).to_data()}
            )
        )
    (found,) = find_recoverable(o.data)
    rec = recover(found)
    assert rec.replayed == 1 and rec.meeting.items["extra"].title == "Divers"
    assert rec.problem is not None
    message = str(rec.problem)
    assert "line 2" in message and "change number 2" in message and str(journal) in message
    assert "1 change(s) after it" in message


def test_a_damaged_journal_line_is_reported(tmp_path: Path) -> None:
    o = Opened(tmp_path)
    o.steps(6)
    o.session.close(clean=False)
    assert o.session.slot is not None
    journal = o.session.slot / "journal-1.jsonl"
    lines = journal.read_bytes().split(b"\n")
    lines[3] = lines[3][:20] + b"#" + lines[3][21:]
    journal.write_bytes(b"\n".join(lines))
    (found,) = find_recoverable(o.data)
    rec = recover(found)
    assert rec.replayed == 3 and rec.problem is not None and "line 4" in str(rec.problem)


def test_an_unreadable_snapshot_is_our_error(tmp_path: Path) -> None:
    o = Opened(tmp_path)
    o.session.close(clean=False)
    assert o.session.slot is not None
    (o.session.slot / "snapshot.json").write_bytes(b"{not json")
    (found,) = find_recoverable(o.data)
    with pytest.raises(StorageError, match=r"snapshot\.json"):
        recover(found)


def test_open_fails_cleanly_when_the_autosave_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "m.json"
    with monkeypatch.context() as mp:
        _fail(mp, "replace", errno.EROFS)
        with pytest.raises(SaveError, match="read-only"):
            Session.open(LiveMeeting(initial_meeting()), path, FakeClock(), data_dir=tmp_path / "d")
    assert list((tmp_path / "d" / "autosave").iterdir()) == []  # no half-made slot left
    # the lock was let go: opening works once the disk does
    Session.open(LiveMeeting(initial_meeting()), path, FakeClock(), data_dir=tmp_path / "d").close()


def test_a_failing_problem_handler_does_not_break_apply(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    o = Opened(tmp_path)

    def explode(problem: StorageError) -> None:
        raise RuntimeError("the UI is broken too")

    o.session.on_problem = explode
    with monkeypatch.context() as mp:
        _fail(mp, "write")
        o.steps(5)  # no exception reaches the door
    o.clock.advance(3)
    o.tick()
    assert o.session.status().ok
    o.session.close(clean=False)
    assert o.recovered() == o.live.meeting
