"""The journal: checksummed lines, torn tails ignored, damage reported, and a whole meeting replayed
from its journal gives the identical meeting."""

from __future__ import annotations

import json
from pathlib import Path

from facilitation.models import FakeClock, LiveMeeting, Patch, command_from_data
from facilitation.storage import Session, find_recoverable, recover
from facilitation.storage.journal import JournalWriter, encode_entry, read_journal
from tests.storage.scenario import Scenario, initial_meeting


def _write(path: Path, entries: list[dict[str, object]]) -> bytes:
    data = b"".join(encode_entry(e) for e in entries)
    path.write_bytes(data)
    return data


def test_lines_round_trip_any_text(tmp_path: Path) -> None:
    entries = [
        {"t": "draft", "key": "k", "text": t} for t in ("é😀", "\x00\n", "\ud800 lone", "שלום")
    ]
    path = tmp_path / "j.jsonl"
    writer = JournalWriter(path)
    for e in entries:
        writer.append(encode_entry(e))
    writer.sync()
    writer.close()
    got = read_journal(path)
    assert got.entries == entries and not got.torn and got.corrupt_line is None
    assert path.read_bytes().count(b"\n") == len(entries)


def test_a_torn_last_line_is_dropped_quietly(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    data = _write(path, [{"t": "x", "n": i} for i in range(3)])
    last = encode_entry({"t": "x", "n": 3})
    for cut in range(1, len(last)):
        path.write_bytes(data + last[:cut])
        got = read_journal(path)
        assert [e["n"] for e in got.entries] == [0, 1, 2] and got.torn and got.corrupt_line is None
    # a power cut can leave zeros where the end of the file should be
    path.write_bytes(data + b"\x00" * 4096)
    assert len(read_journal(path).entries) == 3


def test_a_bad_line_followed_by_good_ones_is_reported(tmp_path: Path) -> None:
    path = tmp_path / "j.jsonl"
    data = _write(path, [{"t": "x", "n": i} for i in range(4)])
    lines = data.split(b"\n")
    lines[1] = lines[1].replace(b'"n":1', b'"n":7')  # flipped without fixing the checksum
    path.write_bytes(b"\n".join(lines))
    got = read_journal(path)
    assert [e["n"] for e in got.entries] == [0] and got.corrupt_line == 2


def test_commands_of_a_whole_meeting_serialised_and_applied_again_give_the_same_meeting() -> None:
    live = LiveMeeting(initial_meeting())
    journal: list[str] = []
    live.subscribe(lambda change: journal.append(json.dumps(change.command.to_data())))
    scenario = Scenario(11)
    for _ in range(400):
        scenario.step(live)
    assert any('"type": "patch"' in line for line in journal)  # undo/redo are in it
    again = LiveMeeting(initial_meeting())
    for line in journal:
        again.apply(command_from_data(json.loads(line)))
    assert again.meeting == live.meeting


def test_a_whole_meeting_replayed_through_the_session_journal(tmp_path: Path) -> None:
    clock = FakeClock()
    live = LiveMeeting(initial_meeting())
    session = Session.open(live, None, clock, data_dir=tmp_path)
    session.compact_every_commands = 10**9  # everything stays in the journal
    session.compact_every_seconds = 10**9
    scenario = Scenario(12)
    for _ in range(400):
        scenario.step(live)
        clock.advance(0.5)
        session.tick()
    assert session.slot is not None
    journal = read_journal(session.slot / "journal-1.jsonl")
    assert len(journal.entries) >= 400
    assert any(e["cmd"]["type"] == Patch.TYPE for e in journal.entries)
    session.close(clean=False)
    (found,) = find_recoverable(tmp_path)
    rec = recover(found)
    assert rec.problem is None and rec.replayed == len(journal.entries)
    assert rec.meeting == live.meeting


def test_an_import_batch_is_journaled_and_replayed(tmp_path: Path) -> None:
    from facilitation.models import AgendaItem, Batch, Create, Participant

    live = LiveMeeting(initial_meeting())
    session = Session.open(live, None, FakeClock(), data_dir=tmp_path)
    live.apply(
        Batch(
            (
                Create.of("participants", Participant("new-p", "Zoé 😀")),
                Create.of("items", AgendaItem("new-i", "Divers"), index=0),
            )
        )
    )
    live.undo()
    live.redo()
    session.close(clean=False)
    (found,) = find_recoverable(tmp_path)
    rec = recover(found)
    assert rec.problem is None and rec.replayed == 3
    assert rec.meeting == live.meeting and next(iter(rec.meeting.items)) == "new-i"
