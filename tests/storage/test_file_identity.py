"""The meeting's file while it is open: replaced, edited, moved or recreated by someone else, reached
through a symbolic or a hard link, made by the user with a mode of their own."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from facilitation.models import Create, FakeClock, LiveMeeting, Note
from facilitation.storage import LockedError, Session, StorageError, load_meeting, save_meeting
from facilitation.storage.meetingfile import FileChangedError
from facilitation.storage.session import SaveState
from tests.storage.scenario import Scenario, build, initial_meeting

CHILD = Path(__file__).with_name("child_session.py")


class Open:
    def __init__(self, tmp_path: Path, path: Path) -> None:
        self.clock = FakeClock()
        self.live = LiveMeeting(load_meeting(path) if path.exists() else initial_meeting())
        self.session = Session.open(self.live, path, self.clock, data_dir=tmp_path / "data")
        self.problems: list[StorageError] = []
        self.session.on_problem = self.problems.append
        self.scenario = Scenario(11)

    def change_and_autosave(self) -> None:
        self.scenario.step(self.live)
        self.clock.advance(self.session.save_every_seconds + 1)
        self.session.tick()
        self.session.wait_idle()


def _theirs(path: Path, text: str) -> bytes:
    m = load_meeting(path)
    m.notes["theirs"] = Note("theirs", "i0", m.created or Scenario(1).now, text)
    save_meeting(path, m)  # another program's atomic save: a new file under the name
    return path.read_bytes()


@pytest.fixture
def meeting_file(tmp_path: Path) -> Path:
    path = tmp_path / "m.json"
    save_meeting(path, initial_meeting())
    return path


def test_a_file_replaced_by_another_program_is_not_overwritten(
    tmp_path: Path, meeting_file: Path
) -> None:
    o = Open(tmp_path, meeting_file)
    o.change_and_autosave()
    assert o.session.status().state is SaveState.KEPT and not o.session.status().dirty
    theirs = _theirs(meeting_file, "écrit par quelqu'un d'autre")
    o.change_and_autosave()
    assert meeting_file.read_bytes() == theirs  # their note is still there
    (problem,) = o.problems
    assert isinstance(problem, FileChangedError) and problem.change == "replaced"
    status = o.session.status()
    assert status.state is SaveState.FILE_CHANGED and not status.ok and status.dirty
    o.change_and_autosave()  # the autosave goes on; the file is left alone, said once
    assert meeting_file.read_bytes() == theirs and len(o.problems) == 1
    # the choice "keep ours under a new name"
    ours = tmp_path / "m (mine).json"
    o.session.save(ours)
    assert load_meeting(ours) == o.live.meeting and meeting_file.read_bytes() == theirs
    assert o.session.status().state is SaveState.KEPT
    o.session.close()


def test_a_file_edited_in_place_is_not_overwritten_and_can_be_overwritten_on_purpose(
    tmp_path: Path, meeting_file: Path
) -> None:
    o = Open(tmp_path, meeting_file)
    o.change_and_autosave()
    inode = meeting_file.stat().st_ino
    with open(meeting_file, "r+b") as f:  # same file, other bytes (an editor writing in place)
        data = f.read()
        f.seek(0)
        f.write(data.replace(b"rencontre", b"RENCONTRE", 1))
    assert meeting_file.stat().st_ino == inode
    edited = meeting_file.read_bytes()
    o.change_and_autosave()
    assert meeting_file.read_bytes() == edited
    assert isinstance(o.problems[0], FileChangedError) and o.problems[0].change == "edited"
    with pytest.raises(FileChangedError):
        o.session.save()  # an explicit save does not trample it either
    o.session.overwrite_file()  # the user chose: ours over theirs
    assert load_meeting(meeting_file) == o.live.meeting
    o.change_and_autosave()
    assert load_meeting(meeting_file) == o.live.meeting and o.session.status().ok
    o.session.close()


def test_a_file_only_touched_is_still_ours(tmp_path: Path, meeting_file: Path) -> None:
    o = Open(tmp_path, meeting_file)
    o.change_and_autosave()
    os.utime(meeting_file, ns=(1, 1))
    o.change_and_autosave()
    assert o.problems == [] and load_meeting(meeting_file) == o.live.meeting
    o.session.close()


@pytest.mark.parametrize("how", ["deleted", "moved", "recreated"])
def test_a_file_moved_deleted_or_recreated_is_said_and_not_recreated_silently(
    tmp_path: Path, meeting_file: Path, how: str
) -> None:
    o = Open(tmp_path, meeting_file)
    o.change_and_autosave()
    if how == "moved":
        meeting_file.rename(tmp_path / "elsewhere.json")
    else:
        if how == "recreated":
            # the old file kept alive elsewhere: the new one cannot reuse its inode number (a
            # file system may hand a freed number to the next file, and then it reads "edited")
            os.link(meeting_file, tmp_path / "old-copy.json")
        meeting_file.unlink()
    if how == "recreated":
        save_meeting(meeting_file, build(seed=3, steps=4))
    before = meeting_file.read_bytes() if meeting_file.exists() else None
    o.change_and_autosave()
    assert (meeting_file.read_bytes() if meeting_file.exists() else None) == before
    (problem,) = o.problems
    expected = "replaced" if how == "recreated" else "deleted"
    assert isinstance(problem, FileChangedError) and problem.change == expected
    o.session.close(clean=False)  # nothing lost: the autosave has it


def test_reload_theirs_takes_the_file_as_it_is(tmp_path: Path, meeting_file: Path) -> None:
    o = Open(tmp_path, meeting_file)
    o.change_and_autosave()
    _theirs(meeting_file, "à garder")
    o.change_and_autosave()
    theirs = o.session.reload_file()
    assert "theirs" in theirs.notes and o.session.file_conflict is None
    o.session.close(clean=False)


def _hold(path: Path, data: Path) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, str(CHILD), "hold", str(path), str(data)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline() == "ready\n"
    return child


def _end(child: subprocess.Popen[str]) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    for stream in (child.stdin, child.stdout):
        if stream:
            stream.close()


@pytest.mark.parametrize("link", ["symlink", "hardlink"])
def test_a_link_to_a_meeting_open_elsewhere_is_the_same_meeting(
    tmp_path: Path, meeting_file: Path, link: str
) -> None:
    other = tmp_path / "other-folder"
    other.mkdir()
    alias = other / "alias.json"
    if link == "symlink":
        alias.symlink_to(meeting_file)
    else:
        os.link(meeting_file, alias)
    # the holder is another process, with its own data folder when it is a symlink (the lock
    # beside the real file is found), the same user's data folder for a hard link
    child = _hold(meeting_file, tmp_path / ("data" if link == "hardlink" else "child-data"))
    try:
        with pytest.raises(LockedError) as info:
            Session.open(
                LiveMeeting(initial_meeting()), alias, FakeClock(), data_dir=tmp_path / "data"
            )
        assert info.value.holder.pid == child.pid
    finally:
        _end(child)
    Session.open(
        LiveMeeting(initial_meeting()), alias, FakeClock(), data_dir=tmp_path / "data"
    ).close()


def test_a_hard_link_stays_locked_after_the_first_save(tmp_path: Path, meeting_file: Path) -> None:
    alias = tmp_path / "alias.json"
    os.link(meeting_file, alias)
    o = Open(tmp_path, meeting_file)
    o.change_and_autosave()  # a new file under m.json; alias.json still shows the old one
    with pytest.raises(LockedError):
        Session.open(LiveMeeting(initial_meeting()), alias, FakeClock(), data_dir=tmp_path / "data")
    o.session.close()
    Session.open(
        LiveMeeting(initial_meeting()), alias, FakeClock(), data_dir=tmp_path / "data"
    ).close()


def test_saving_through_a_symlink_writes_its_target_and_the_link_stays(
    tmp_path: Path, meeting_file: Path
) -> None:
    link = tmp_path / "link.json"
    link.symlink_to(meeting_file.name)  # relative, as a user makes it
    o = Open(tmp_path, link)
    o.change_and_autosave()
    o.live.apply(Create.of("notes", Note("via-link", "i0", o.clock.now(), "par le lien")))
    o.session.save()
    assert link.is_symlink() and os.readlink(link) == meeting_file.name
    assert "via-link" in load_meeting(meeting_file).notes
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix == ".json") == [
        "link.json",
        "m.json",
    ]
    assert o.problems == []
    o.session.close()


@pytest.mark.parametrize(
    ("mode", "kept", "told"),
    [(0o644, 0o600, True), (0o400, 0o400, False), (0o600, 0o600, False), (0o666, 0o600, True)],
)
def test_the_users_mode_is_kept_when_stricter_and_tightening_is_said(
    tmp_path: Path, meeting_file: Path, mode: int, kept: int, told: bool
) -> None:
    meeting_file.chmod(mode)
    o = Open(tmp_path, meeting_file)
    o.change_and_autosave()
    assert stat.S_IMODE(meeting_file.stat().st_mode) == kept
    notices = o.session.take_notices()
    assert [n.kind for n in notices] == (["made_private"] if told else [])
    o.change_and_autosave()
    assert o.session.take_notices() == []  # said once
    assert stat.S_IMODE(meeting_file.stat().st_mode) == kept
    o.session.close()


def test_a_file_replaced_between_reading_and_opening_is_not_taken_for_ours(
    tmp_path: Path, meeting_file: Path
) -> None:
    from facilitation.storage.meetingfile import load_with_state

    meeting, state = load_with_state(meeting_file)
    theirs = _theirs(meeting_file, "arrivé entre la lecture et l'ouverture")
    live = LiveMeeting(meeting)
    clock = FakeClock()
    session = Session.open(live, meeting_file, clock, data_dir=tmp_path / "data", loaded=state)
    problems: list[StorageError] = []
    session.on_problem = problems.append
    Scenario(4).step(live)
    clock.advance(session.save_every_seconds + 1)
    session.tick()
    session.wait_idle()
    session.tick()
    assert meeting_file.read_bytes() == theirs
    assert isinstance(problems[0], FileChangedError)
    session.close(clean=False)
