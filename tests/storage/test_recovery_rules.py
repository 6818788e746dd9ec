"""Recovery rules: which copy wins (the autosave or the meeting's file), a failed folder flush after a
snapshot's rename, the draft that became a note."""

from __future__ import annotations

import errno
import os
import shutil
import stat
from pathlib import Path

import pytest

from facilitation.models import Create, FakeClock, LiveMeeting, Note, Remove
from facilitation.storage import Session, find_recoverable, load_meeting, recover, save_meeting
from facilitation.storage.recovery import OnDisk, RecoveredMeeting, keep_both_path
from facilitation.storage.session import SaveState
from tests.storage.scenario import Scenario, initial_meeting


def _recovered_copy(slot: Path, where: Path) -> RecoveredMeeting:
    """Recover from a copy of the slot as it is on disk right now: what a SIGKILL would leave."""
    copy = where / "autosave" / slot.name
    shutil.copytree(slot, copy)
    (found,) = find_recoverable(where)
    return recover(found)


def _open(tmp_path: Path, path: Path | None) -> tuple[Session, LiveMeeting, FakeClock]:
    clock = FakeClock()
    live = LiveMeeting(
        load_meeting(path) if path is not None and path.exists() else initial_meeting()
    )
    return Session.open(live, path, clock, data_dir=tmp_path / "data"), live, clock


def _note(live: LiveMeeting, clock: FakeClock, nid: str) -> None:
    live.apply(Create.of("notes", Note(nid, "i0", clock.now(), f"note {nid}")))


def _save_by_tick(session: Session, clock: FakeClock) -> None:
    clock.advance(session.save_every_seconds + 1)
    session.tick()
    session.wait_idle()


# -- which copy wins -------------------------------------------------------------------------------


def test_a_file_saved_while_the_autosave_failed_is_newer_and_the_user_is_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's case: the autosave's disk full, the meeting's folder fine, then a kill."""
    path = tmp_path / "m.json"
    save_meeting(path, initial_meeting())
    session, live, clock = _open(tmp_path, path)
    slot = session.slot
    assert slot is not None
    real_write = os.write

    def autosave_disk_full(fd: int, data: bytes) -> int:
        if os.readlink(f"/proc/self/fd/{fd}").startswith(str(slot)):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    monkeypatch.setattr(os, "write", autosave_disk_full)
    for n in range(21):
        _note(live, clock, f"n{n}")
    _save_by_tick(session, clock)
    assert len(load_meeting(path).notes) == 21  # the file has them; the autosave does not
    rec = _recovered_copy(slot, tmp_path / "crash")
    assert len(rec.meeting.notes) == 0
    assert rec.on_disk is OnDisk.CHANGED and rec.on_disk.must_ask
    assert rec.disk_changed_at is not None
    monkeypatch.undo()
    session.close()


def test_an_autosave_newer_than_the_file_wins(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    session, live, clock = _open(tmp_path, path)
    for n in range(3):
        _note(live, clock, f"n{n}")
    _save_by_tick(session, clock)
    assert session.slot is not None
    assert _recovered_copy(session.slot, tmp_path / "c1").on_disk is OnDisk.SAME
    _note(live, clock, "later")  # journaled, not yet in the file
    session.compact_every_commands = 1
    clock.advance(1)
    session.tick()  # a snapshot after the save: the file's state is known by its hash
    session.wait_idle()
    rec = _recovered_copy(session.slot, tmp_path / "c2")
    assert rec.on_disk is OnDisk.OLDER and not rec.on_disk.must_ask
    assert rec.meeting == live.meeting
    session.close()


def test_a_file_the_replay_went_through_is_older_even_without_its_hash(tmp_path: Path) -> None:
    """The file was saved but the kill came before the journal heard of it."""
    path = tmp_path / "m.json"
    session, live, clock = _open(tmp_path, path)
    _note(live, clock, "a")
    save_meeting(path, live.meeting)  # the bytes of a save whose "file" line never got written
    _note(live, clock, "b")
    assert session.slot is not None
    rec = _recovered_copy(session.slot, tmp_path / "c")
    assert rec.on_disk is OnDisk.OLDER
    session.close(clean=False)


def test_a_missing_or_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "m.json"
    session, live, clock = _open(tmp_path, path)
    _note(live, clock, "a")
    assert session.slot is not None
    assert _recovered_copy(session.slot, tmp_path / "c1").on_disk is OnDisk.MISSING
    path.write_bytes(b"{ not a meeting")
    rec = _recovered_copy(session.slot, tmp_path / "c2")
    assert rec.on_disk is OnDisk.UNREADABLE and rec.on_disk.must_ask
    session.close(clean=False)
    none, live2, clock2 = _open(tmp_path / "nofile", None)
    _note(live2, clock2, "x")
    assert none.slot is not None
    assert _recovered_copy(none.slot, tmp_path / "c3").on_disk is OnDisk.NO_FILE
    none.close(clean=False)


def test_keep_both_names_a_free_file_beside(tmp_path: Path) -> None:
    path = tmp_path / "Réunion.json"
    first = keep_both_path(path)
    assert first == tmp_path / "Réunion (restored).json"
    first.write_text("x")
    assert keep_both_path(path) == tmp_path / "Réunion (restored 2).json"


# -- a failed folder flush after a snapshot's rename -----------------------------------------------


def _fail_folder_fsync(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    real = os.fsync
    failed: list[int] = []

    def fsync(fd: int) -> None:
        if stat.S_ISDIR(os.fstat(fd).st_mode):
            failed.append(fd)
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        real(fd)

    monkeypatch.setattr(os, "fsync", fsync)
    return failed


def test_notes_journaled_after_a_failed_folder_flush_are_recovered(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    session, live, clock = _open(tmp_path, None)
    problems: list[object] = []
    session.on_problem = problems.append
    session.compact_every_commands = 5
    slot = session.slot
    assert slot is not None
    scenario = Scenario(12)
    with monkeypatch.context() as mp:
        failed = _fail_folder_fsync(mp)
        for _ in range(5):
            scenario.step(live)
        clock.advance(1)
        session.tick()  # snapshot 2 is renamed into place, then its folder cannot be flushed
        session.wait_idle()
        assert failed and problems and not session.status().ok
        assert (
            session.status().state is SaveState.NOT_FLUSHED
        )  # not "at risk": a kill loses nothing
        # snapshot 2 is in force now, but a power cut could bring 1 back: both journals are kept
        assert sorted(p.name for p in slot.glob("journal-*")) == [
            "journal-1.jsonl",
            "journal-2.jsonl",
        ]
        for _ in range(7):  # written without error: they must survive a kill
            scenario.step(live)
        session.tick()
        session.wait_idle()
        rec = _recovered_copy(slot, tmp_path / "kill")
        assert rec.problem is None and rec.meeting == live.meeting
    clock.advance(session.retry_every_seconds)
    session.tick()  # the folder flushes again: the old journal may go
    session.wait_idle()
    assert session.status().ok
    assert "journal-1.jsonl" not in [p.name for p in slot.glob("journal-*")]
    scenario.step(live)
    rec = _recovered_copy(slot, tmp_path / "later")
    assert rec.meeting == live.meeting
    session.close()


def test_a_meeting_file_saved_but_not_flushed_is_still_ours(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "m.json"
    save_meeting(path, initial_meeting())
    session, live, clock = _open(tmp_path, path)
    with monkeypatch.context() as mp:
        _fail_folder_fsync(mp)
        _note(live, clock, "a")
        _save_by_tick(session, clock)
    assert "a" in load_meeting(path).notes  # in place: the next save must not see a stranger
    _note(live, clock, "b")
    clock.advance(session.retry_every_seconds)
    _save_by_tick(session, clock)
    assert load_meeting(path) == live.meeting and session.status().ok
    session.close()


# -- the draft that became a note ------------------------------------------------------------------


def test_the_draft_is_cleared_in_the_journal_line_of_its_note(tmp_path: Path) -> None:
    session, live, clock = _open(tmp_path, None)
    session.set_draft("notes", "Le budget est voté")
    clock.advance(1)
    session.tick()  # the draft is journaled
    session.wait_idle()
    with session.draft_becomes("notes"):  # Enter: the draft becomes a note
        _note(live, clock, "voted")
    assert session.slot is not None
    rec = _recovered_copy(session.slot, tmp_path / "just-after-enter")  # no tick since
    assert "voted" in rec.meeting.notes and rec.drafts == {}
    session.close(clean=False)


def test_a_refused_command_keeps_the_draft(tmp_path: Path) -> None:
    from facilitation.models import CommandError

    session, live, clock = _open(tmp_path, None)
    session.set_draft("notes", "pas encore")
    clock.advance(1)
    session.tick()
    session.wait_idle()
    with pytest.raises(CommandError), session.draft_becomes("notes"):
        live.apply(Remove("notes", "nope"))
    _note(live, clock, "other")  # an unrelated change later does not clear it either
    assert session.slot is not None
    rec = _recovered_copy(session.slot, tmp_path / "c")
    assert rec.drafts == {"notes": "pas encore"}
    assert session.drafts == {"notes": "pas encore"}
    session.close(clean=False)
