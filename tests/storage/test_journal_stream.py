"""The journal read as a stream: one line decoded and handled before the next, each well-formed line
straight into its command, anything else the careful way; and what recovery gives when the journal
goes wrong after some of its commands were already applied."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

import pytest

from benchmarks.generate import QUICK, recorded_meeting
from facilitation.models import AgendaItem, Create, FakeClock, LiveMeeting, Meeting, Remove
from facilitation.models import command_from_data as careful
from facilitation.storage import Session, find_recoverable, journal, recover, save_meeting
from facilitation.storage.journal import (
    CommandLine,
    DraftLine,
    FileLine,
    autosave_entry,
    encode_entry,
    open_journal,
    plain_entry,
    read_journal,
)
from facilitation.storage.recovery import OnDisk, RecoveredMeeting
from tests.storage.scenario import Scenario, initial_meeting


def _same_as_careful(raw: bytes) -> None:
    """The line read straight into its type says what the plain data, read carefully, says."""
    view = memoryview(raw)
    typed, plain = autosave_entry(view), plain_entry(view)
    assert plain is not None
    if isinstance(typed, CommandLine):
        assert typed.cmd == careful(plain["cmd"]) and typed.n == plain["n"]
        assert typed.clear == plain.get("clear", [])
    elif isinstance(typed, DraftLine):
        assert (typed.key, typed.text) == (plain["key"], plain["text"])
    else:
        assert isinstance(typed, FileLine) and typed.sha256 == plain["sha256"]


def _json_of_each_line(path: Path) -> list[bytes]:
    return [line[9:] for line in path.read_bytes().splitlines()]


def test_each_line_is_decoded_only_once_the_one_before_is_handled(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    path.write_bytes(b"".join(encode_entry({"t": "x", "n": i}) for i in range(5)))
    decoded: list[int] = []

    def decode(raw: memoryview) -> dict[str, object] | None:
        entry = plain_entry(raw)
        assert entry is not None
        decoded.append(int(str(entry["n"])))
        return entry

    stream = iter(open_journal(path, decode))
    assert decoded == []  # opened: the bytes are read, no line decoded yet
    assert next(stream)[0] == 1 and decoded == [0]
    assert next(stream)[0] == 2 and decoded == [0, 1]


def test_every_line_of_a_session_reads_straight_into_what_the_careful_way_reads(
    tmp_path: Path,
) -> None:
    clock = FakeClock()
    live = LiveMeeting(initial_meeting())
    path = tmp_path / "m.json"
    session = Session.open(live, path, clock, data_dir=tmp_path / "data")
    session.compact_every_commands = session.compact_every_seconds = 10**9
    scenario = Scenario(21)
    for n in range(300):
        scenario.step(live)  # creations, edits, live commands, batches, undo and redo (patches)
        if n % 20 == 0:
            session.set_draft("notes", f"brouillon {n} «\u00a0é😀\u00a0»")
        clock.advance(session.save_every_seconds + 1)
        session.tick()  # drafts, and saves of the file (its "file" lines)
        session.wait_idle()
    assert session.slot is not None
    lines = _json_of_each_line(session.slot / "journal-1.jsonl")
    kinds = {json.loads(raw)["t"] for raw in lines}
    assert kinds == {"cmd", "draft", "file"}
    typed = [autosave_entry(memoryview(raw)) for raw in lines]
    assert all(isinstance(e, CommandLine | DraftLine | FileLine) for e in typed)
    for raw in lines:
        _same_as_careful(raw)
    session.close()


def test_the_benchmark_journal_reads_straight_into_its_commands() -> None:
    _, _start, commands = recorded_meeting(QUICK)
    for n, cmd in enumerate(commands, 1):
        raw = encode_entry({"t": "cmd", "n": n, "cmd": cmd})[9:-1]
        entry = autosave_entry(memoryview(raw))
        assert isinstance(entry, CommandLine) and entry.cmd == cmd and entry.n == n


_GOOD = {"type": "remove", "coll": "items", "id": "i0"}

#: entries that are not well formed: each goes the careful way, as plain data, for recovery to judge
SPOILED = [
    {"t": "cmd", "n": 1, "cmd": {"type": "no_such_command"}},
    {"t": "cmd", "n": 1, "cmd": {"type": "remove", "coll": "items"}},
    {"t": "cmd", "n": 1, "cmd": {"type": "remove", "coll": "items", "id": 12}},
    {"t": "cmd", "n": 1, "cmd": "remove"},
    {"t": "cmd", "n": "one", "cmd": _GOOD},
    {"t": "cmd", "n": 1, "cmd": _GOOD, "clear": "notes"},
    {"t": "cmd", "n": 1, "cmd": _GOOD, "clear": [3]},
    {"t": "cmd", "n": 1},
    # a time of day as version 2 wrote it (HH:MM): the careful way adds the seconds
    {"t": "cmd", "n": 1, "cmd": {"type": "set_next_meeting", "next_meeting": {"time": "18:00"}}},
    {"t": "draft", "key": 3, "text": "x"},
    {"t": "draft", "key": "notes"},
    {"t": "file", "sha256": None},
    {"t": "what"},
    {"no": "kind"},
    {"t": "draft", "key": "notes", "text": "\ud800 seul"},  # written with ASCII escapes
]


@pytest.mark.parametrize("entry", SPOILED, ids=lambda e: json.dumps(e)[:60])
def test_a_line_not_well_formed_is_read_as_plain_data(entry: dict[str, object]) -> None:
    raw = encode_entry(entry)[9:-1]
    got = autosave_entry(memoryview(raw))
    assert isinstance(got, dict) and got == plain_entry(memoryview(raw)) == entry


@pytest.mark.parametrize(
    "raw", [b"[1, 2]", b'"cmd"', b"null", b"{not json", b"[" * 100_000, b'{"t": "cmd"']
)
def test_a_line_that_is_no_entry_is_none_both_ways(raw: bytes) -> None:
    assert autosave_entry(memoryview(raw)) is None and plain_entry(memoryview(raw)) is None


def test_the_size_limit_holds_as_before(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "j.jsonl"
    lines = [encode_entry({"t": "x", "n": i}) for i in range(6)]
    path.write_bytes(b"".join(lines))
    monkeypatch.setattr(journal, "MAX_JOURNAL_BYTES", len(b"".join(lines[:3])) + 5)
    got = read_journal(path)
    assert [e["n"] for e in got.entries] == [0, 1, 2] and got.torn and got.corrupt_line is None


# -- recovery when the journal goes wrong after some commands were applied --------------------------


class Crashed:
    """A meeting with its file, six steps journaled, then a kill: the slot as it was left."""

    def __init__(self, tmp_path: Path) -> None:
        self.data = tmp_path / "data"
        self.file = tmp_path / "m.json"
        save_meeting(self.file, initial_meeting())
        self.live = LiveMeeting(initial_meeting())
        session = Session.open(self.live, self.file, FakeClock(), data_dir=self.data)
        scenario = Scenario(5)
        self.states: list[Meeting] = []
        for _ in range(6):
            scenario.step(self.live)
            self.states.append(self.live.meeting.copy())
        session.close(clean=False)
        assert session.slot is not None
        self.journal = session.slot / "journal-1.jsonl"
        self.file_bytes, self.file_mtime = self.file.read_bytes(), self.file.stat().st_mtime_ns
        self.commands = len(read_journal(self.journal).entries)

    def append(self, *entries: dict[str, object]) -> None:
        with open(self.journal, "ab") as f:
            for entry in entries:
                f.write(encode_entry(entry))

    def recover(self) -> RecoveredMeeting:
        slot_before = {p.name: p.read_bytes() for p in self.journal.parent.iterdir()}
        (found,) = find_recoverable(self.data)
        rec = recover(found)
        # recovery only reads: the meeting's file and the slot are as the crash left them
        assert self.file.read_bytes() == self.file_bytes
        assert self.file.stat().st_mtime_ns == self.file_mtime
        assert {p.name: p.read_bytes() for p in self.journal.parent.iterdir()} == slot_before
        return rec


def _later_commands() -> list[dict[str, object]]:
    """Two commands that would apply after the failing one (had it not stopped the replay)."""
    first = Create.of("items", AgendaItem("after-1", "Divers")).to_data()
    second = Create.of("items", AgendaItem("after-2", "Varia")).to_data()
    return [{"t": "cmd", "n": 90, "cmd": first}, {"t": "cmd", "n": 91, "cmd": second}]


def test_a_command_failing_in_the_middle_keeps_what_came_before_it_whole(tmp_path: Path) -> None:
    c = Crashed(tmp_path)
    c.append(
        {"t": "cmd", "n": 7, "cmd": Remove("items", "nope").to_data()},  # refused by the door
        *_later_commands(),
        {"t": "draft", "key": "notes", "text": "tapé après"},
    )
    rec = c.recover()
    assert rec.replayed == c.commands == 6
    assert rec.meeting == c.states[-1]  # each command whole or not at all, none after the failure
    assert "after-1" not in rec.meeting.items
    assert rec.drafts == {"notes": "tapé après"}  # drafts after it are still read
    message = str(rec.problem)
    assert f"line {c.commands + 1}" in message and "change number 7" in message
    assert "2 change(s) after it are not recovered" in message
    assert rec.on_disk is OnDisk.OLDER  # the file is the state the replay started from


def test_a_file_saved_after_the_failing_command_is_not_overwritten_unasked(tmp_path: Path) -> None:
    """The file was saved after a change the replay cannot restore: it holds what the restored
    meeting lacks, so restoring over it is the user's to decide (before, its "file" line made the
    autosave win and Restore, the default, wrote the shorter meeting over it)."""
    c = Crashed(tmp_path)
    later = c.states[-1].copy()
    later.items["after-1"] = AgendaItem("after-1", "Divers")
    save_meeting(c.file, later)  # the save that came after the change that will not replay
    c.file_bytes, c.file_mtime = c.file.read_bytes(), c.file.stat().st_mtime_ns
    sha = hashlib.sha256(c.file_bytes).hexdigest()
    c.append(
        {"t": "cmd", "n": 7, "cmd": {"type": "no_such_command"}},
        {"t": "file", "sha256": sha},
    )
    rec = c.recover()
    assert rec.replayed == 6 and rec.problem is not None
    assert rec.on_disk is OnDisk.CHANGED and rec.on_disk.must_ask
    # a "file" line before the failure still counts: that save was a state the replay restores
    c.journal.write_bytes(
        c.journal.read_bytes().replace(b"\n", b"\n" + encode_entry({"t": "file", "sha256": sha}), 1)
    )
    assert c.recover().on_disk is OnDisk.OLDER


def test_a_command_unreadable_in_the_middle_says_why(tmp_path: Path) -> None:
    c = Crashed(tmp_path)
    c.append({"t": "cmd", "n": 7, "cmd": {"type": "no_such_command"}}, *_later_commands())
    rec = c.recover()
    assert rec.replayed == 6 and rec.meeting == c.states[-1]
    message = str(rec.problem)
    assert "change number 7 could not be replayed (command.type: unknown kind" in message
    assert "2 change(s) after it" in message


def test_a_damaged_line_in_the_middle_keeps_the_lines_before_it(tmp_path: Path) -> None:
    c = Crashed(tmp_path)
    lines = c.journal.read_bytes().split(b"\n")
    lines[3] = lines[3][:30] + b"#" + lines[3][31:]  # the disk gave back what we never wrote
    c.journal.write_bytes(b"\n".join(lines))
    c.file_mtime = c.file.stat().st_mtime_ns
    rec = c.recover()
    assert rec.replayed == 3 and rec.meeting == c.states[2]
    assert "line 4" in str(rec.problem) and "damaged" in str(rec.problem)
    assert rec.warnings == []


def test_an_unknown_entry_in_the_middle_stops_the_commands_there(tmp_path: Path) -> None:
    c = Crashed(tmp_path)
    c.append({"t": "from-the-future", "x": 1}, *_later_commands())
    rec = c.recover()
    assert rec.replayed == 6 and rec.meeting == c.states[-1]
    assert f"line {c.commands + 1}" in str(rec.problem) and "unknown entry" in str(rec.problem)


def test_a_torn_last_line_after_the_commands_is_only_a_warning(tmp_path: Path) -> None:
    c = Crashed(tmp_path)
    with open(c.journal, "ab") as f:
        f.write(encode_entry({"t": "cmd", "n": 7, "cmd": _later_commands()[0]["cmd"]})[:-9])
    rec = c.recover()
    assert rec.problem is None and rec.replayed == 6 and rec.meeting == c.states[-1]
    assert rec.warnings == ["the last journal line was cut short by the crash and was ignored"]


def test_a_journal_that_cannot_be_read_gives_the_snapshot(tmp_path: Path) -> None:
    c = Crashed(tmp_path)
    os.unlink(c.journal)
    c.journal.mkdir()  # opening it fails before any line is read
    (found,) = find_recoverable(c.data)
    rec = recover(found)
    assert rec.replayed == 0 and rec.meeting == initial_meeting()
    assert "the journal cannot be read" in str(rec.problem)
