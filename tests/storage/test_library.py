"""The list of meetings: the folder and the files opened elsewhere, newest first; a corpus of broken
files, each listed with a short reason; nothing ever written to a meeting file; the index private."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from facilitation.models import Details, LiveState, Meeting
from facilitation.storage.fileformat import SCHEMA_VERSION, dumps_meeting, save_meeting
from facilitation.storage.library import INDEX, Library
from facilitation.storage.summary import Problem, State
from tests.storage.scenario import build

T0 = datetime(2026, 11, 3, 18, 0, tzinfo=UTC)


def meeting(
    mid: str, title: str, series: str = "", number: int | None = None, day: date | None = None
) -> Meeting:
    return Meeting(
        mid, Details(title=title, series=series, number=number, date=day, place="Maison Mosaïque")
    )


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    (tmp_path / "meetings").mkdir()
    return Library(tmp_path / "meetings", tmp_path / "data")


def write(lib: Library, rel: str, m: Meeting) -> Path:
    path = lib.folder / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    save_meeting(path, m)
    return path


def test_newest_first_with_what_the_list_shows(lib: Library) -> None:
    write(
        lib,
        "Rencontre/2026-10-01 Rencontre 2.json",
        meeting("m2", "2e", "Rencontre", 2, date(2026, 10, 1)),
    )
    write(
        lib,
        "Rencontre/2026-12-01 Rencontre 3.json",
        meeting("m3", "3e", "Rencontre", 3, date(2026, 12, 1)),
    )
    write(lib, "loose.json", meeting("m1", "Sans série", day=date(2026, 11, 5)))
    listed = lib.scan()
    assert [s.meeting_id for s in listed] == ["m3", "m1", "m2"]
    top = listed[0]
    assert (top.title, top.series, top.number, top.day, top.place, top.state) == (
        "3e",
        "Rencontre",
        3,
        date(2026, 12, 1),
        "Maison Mosaïque",
        State.PREPARED,
    )
    assert all(s.ok for s in listed)


def test_states_prepared_running_held_minutes(lib: Library) -> None:
    running = meeting("run", "En cours")
    running.live = LiveState(started_at=T0)
    held = meeting("held", "Tenue")
    held.live = LiveState(started_at=T0, ended_at=T0)
    done = meeting("done", "Avec PV")
    done.live = LiveState(started_at=T0, ended_at=T0)
    for m in (running, held, done, meeting("prep", "Préparée")):
        write(lib, f"{m.id}.json", m)
    lib.note_minutes("done")
    states = {s.meeting_id: s.state for s in Library(lib.folder, lib.index_path.parent).scan()}
    assert states == {
        "run": State.RUNNING,
        "held": State.HELD,
        "done": State.MINUTES,
        "prep": State.PREPARED,
    }


def _truncated() -> bytes:
    data = dumps_meeting(build(seed=2, steps=40))
    return data[: len(data) // 2]


#: name → (bytes, the reason the list gives)
CORPUS: dict[str, tuple[bytes, Problem]] = {
    "empty.json": (b"", Problem.EMPTY),
    "blank.json": (b"  \n\t\n", Problem.EMPTY),
    "truncated.json": (_truncated(), Problem.TRUNCATED),
    "cut-in-string.json": (
        b'{"format": "facilitation-meeting", "meeting": {"id": "ab',
        Problem.TRUNCATED,
    ),
    "latin1.json": ('{"title": "réunion"}'.encode("latin-1"), Problem.DAMAGED),
    "binary.json": (bytes(range(256)) * 4, Problem.DAMAGED),
    "garbage.json": (b"{this is not json}", Problem.DAMAGED),
    "nan.json": (b'{"format": "facilitation-meeting", "schema_version": NaN}', Problem.DAMAGED),
    "deep.json": (b"[" * 100_000 + b"]" * 100_000, Problem.DAMAGED),
    "list.json": (b"[1, 2, 3]", Problem.FOREIGN),
    "package.json": (b'{"name": "left-pad", "version": "1.3.0"}', Problem.FOREIGN),
    "autosave.json": (b'{"format": "facilitation-autosave", "schema_version": 1}', Problem.FOREIGN),
    "newer.json": (
        json.dumps(
            {"format": "facilitation-meeting", "schema_version": SCHEMA_VERSION + 1, "meeting": {}}
        ).encode(),
        Problem.NEWER,
    ),
    "version-text.json": (
        b'{"format": "facilitation-meeting", "schema_version": "2", "meeting": {}}',
        Problem.DAMAGED,
    ),
    "no-meeting.json": (
        json.dumps({"format": "facilitation-meeting", "schema_version": SCHEMA_VERSION}).encode(),
        Problem.DAMAGED,
    ),
    "bad-date.json": (
        json.dumps(
            {
                "format": "facilitation-meeting",
                "schema_version": SCHEMA_VERSION,
                "meeting": {"id": "x", "details": {"title": "x", "date": "le 3 mars"}},
            }
        ).encode(),
        Problem.DAMAGED,
    ),
    "negative-number.json": (
        json.dumps(
            {
                "format": "facilitation-meeting",
                "schema_version": SCHEMA_VERSION,
                "meeting": {"id": "x", "details": {"number": -3}},
            }
        ).encode(),
        Problem.DAMAGED,
    ),
}


def test_broken_files_each_get_a_reason_and_are_never_written(lib: Library) -> None:
    good = write(lib, "good.json", meeting("ok", "Bonne"))
    for name, (data, _) in CORPUS.items():
        (lib.folder / "Broken").mkdir(exist_ok=True)
        (lib.folder / "Broken" / name).write_bytes(data)
    before = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in lib.folder.rglob("*.json")}
    for _ in range(2):  # the second scan answers from the index: the same reasons
        by_name = {s.path.name: s for s in lib.scan()}
        lib.keep()
        lib = Library(lib.folder, lib.index_path.parent)
        assert by_name["good.json"].ok and by_name["good.json"].title == "Bonne"
        for name, (_, problem) in CORPUS.items():
            s = by_name[name]
            assert s.problem is problem, (name, s.detail)
            assert s.detail and len(s.detail) < 120, name
    after = {p: (p.read_bytes(), p.stat().st_mtime_ns) for p in lib.folder.rglob("*.json")}
    assert after == before
    assert good in {s.path for s in lib.scan()}


def test_too_large_and_unreadable_files(lib: Library, monkeypatch: pytest.MonkeyPatch) -> None:
    from facilitation.storage import summary

    monkeypatch.setattr(summary, "MAX_FILE_BYTES", 1000)
    big = write(lib, "big.json", build(seed=2, steps=40))
    assert big.stat().st_size > 1000
    locked = write(lib, "locked.json", meeting("l", "Fermée"))
    os.chmod(locked, 0)
    try:
        by_name = {s.path.name: s for s in lib.scan()}
    finally:
        os.chmod(locked, 0o600)
    assert by_name["big.json"].problem is Problem.TOO_LARGE
    if os.geteuid() != 0:  # root reads any file
        assert by_name["locked.json"].problem is Problem.UNREADABLE


def test_a_known_file_that_is_gone_is_shown_missing_until_forgotten(
    lib: Library, tmp_path: Path
) -> None:
    outside = tmp_path / "elsewhere" / "ag.json"
    outside.parent.mkdir()
    save_meeting(outside, meeting("far", "Assemblée générale", day=date(2026, 6, 1)))
    lib.remember(outside, "far")
    assert [(s.meeting_id, s.ok) for s in lib.scan()] == [("far", True)]
    lib.keep()
    outside.unlink()
    (s,) = Library(lib.folder, lib.index_path.parent).scan()
    # what it was is still shown, with the reason
    assert (s.title, s.problem, s.path) == ("Assemblée générale", Problem.MISSING, outside)
    lib.forget(outside)
    assert lib.scan() == []


def test_a_known_file_moved_into_the_folder_is_followed(lib: Library, tmp_path: Path) -> None:
    outside = tmp_path / "Desktop" / "rencontre.json"
    outside.parent.mkdir()
    save_meeting(outside, meeting("mv", "Rencontre"))
    lib.remember(outside, "mv")
    lib.scan()
    target = lib.folder / "Rencontre" / "renamed.json"
    target.parent.mkdir()
    outside.rename(target)
    listed = lib.scan()
    lib.keep()
    assert [(s.path, s.ok) for s in listed] == [(target, True)]
    assert str(outside) not in json.loads(lib.index_path.read_bytes())["known"]


def test_a_changed_file_is_read_again(lib: Library) -> None:
    path = write(lib, "m.json", meeting("m", "Avant"))
    assert lib.scan()[0].title == "Avant"
    save_meeting(path, meeting("m", "Après, un titre plus long"))
    assert lib.scan()[0].title == "Après, un titre plus long"


def test_the_index_is_private_and_a_damaged_one_is_set_aside(lib: Library) -> None:
    write(lib, "m.json", meeting("m", "Une"))
    lib.scan()
    assert not lib.index_path.exists()  # written after the list is shown, not while it is made
    lib.keep()
    index = lib.index_path
    assert stat.S_IMODE(index.stat().st_mode) == 0o600
    index.write_bytes(b'{"format": "facilitation-library", "version": 1, "known": [')
    fresh = Library(lib.folder, index.parent)
    assert [s.title for s in fresh.scan()] == ["Une"]
    fresh.keep()
    assert (index.parent / (INDEX + ".damaged")).exists()
    assert json.loads(index.read_bytes())["format"] == "facilitation-library"


def test_an_older_version_file_is_listed(lib: Library) -> None:
    doc = {
        "format": "facilitation-meeting",
        "schema_version": 1,
        "meeting": {
            "id": "old",
            "details": {"title": "Ancienne", "series": "Rencontre", "number": 1},
            "participants": [{"id": "p", "name": "Anne", "present": True}],
        },
    }
    (lib.folder / "old.json").write_text(json.dumps(doc))
    (s,) = lib.scan()
    assert (s.title, s.number, s.ok) == ("Ancienne", 1, True)


def test_no_folder_yet_is_an_empty_list(tmp_path: Path) -> None:
    assert Library(tmp_path / "none", tmp_path / "data").scan() == []


def test_newest_of_series(lib: Library) -> None:
    write(lib, "a.json", meeting("a", "1", "Rencontre", 1, date(2026, 1, 1)))
    write(lib, "b.json", meeting("b", "2", "Rencontre", 2, date(2026, 2, 1)))
    write(lib, "c.json", meeting("c", "x", "Autre", 9, date(2026, 3, 1)))
    newest = lib.newest_of_series("Rencontre")
    assert newest is not None and newest.meeting_id == "b"
    assert lib.newest_of_series("Inconnue") is None


def test_large_files_in_either_layout_and_cut_short(lib: Library) -> None:
    from facilitation.storage import summary

    big = build(seed=5, steps=400)
    big.details = Details(title="Grande", series="Rencontre", number=7, date=date(2026, 3, 1))
    data = dumps_meeting(big)
    assert len(data) > 2 * summary.HEAD_BYTES
    # what the app writes is what the list reads quickly: the head and the tail, not the whole file
    quick = summary._from_head(
        data[: summary.HEAD_BYTES], data[-summary.TAIL_BYTES :], summary.Summary(Path("x"))
    )
    assert quick is not None and quick.title == "Grande"
    (lib.folder / "app.json").write_bytes(data)
    pretty = json.dumps(json.loads(data), indent=2, ensure_ascii=False).encode()
    (lib.folder / "pretty.json").write_bytes(pretty)
    (lib.folder / "cut.json").write_bytes(data[: len(data) - 200])
    (lib.folder / "cut-pretty.json").write_bytes(pretty[: len(pretty) - 200])
    by_name = {s.path.name: s for s in lib.scan()}
    for name in ("app.json", "pretty.json"):
        s = by_name[name]
        assert (s.title, s.series, s.number, s.day, s.ok) == (
            "Grande",
            "Rencontre",
            7,
            date(2026, 3, 1),
            True,
        ), name
    assert by_name["cut.json"].problem is Problem.TRUNCATED
    assert by_name["cut-pretty.json"].problem is Problem.TRUNCATED
