"""The meeting file: what is saved loads back the same, validates against the shipped schema, and
is written atomically, readable by the user only."""

from __future__ import annotations

import contextlib
import json
import stat
from pathlib import Path

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitation.models import AgendaItem, Meeting, Note, Participant
from facilitation.storage import (
    FORMAT,
    SCHEMA_VERSION,
    MeetingFileError,
    document_to_meeting,
    dumps_meeting,
    load_meeting,
    loads_meeting,
    meeting_to_document,
    save_meeting,
)
from facilitation.storage.fileformat import encode_layout, schema
from tests.storage.conftest import REPO, validate_bytes
from tests.storage.scenario import build
from tests.storage.strategies import meetings

EXAMPLES = REPO / "resources" / "examples"


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meetings())
def test_any_meeting_survives_a_save_and_validates(
    validator: jsonschema.Draft202012Validator, meeting: Meeting
) -> None:
    data = dumps_meeting(meeting)
    doc = validate_bytes(validator, data)
    assert doc["format"] == FORMAT and doc["schema_version"] == SCHEMA_VERSION
    back = loads_meeting(data, "round.json")
    assert back == meeting
    # and the order of every list is kept (== compares it, but say it plainly)
    assert list(back.notes) == list(meeting.notes)
    assert dumps_meeting(back) == data


@settings(max_examples=25, deadline=None)
@given(st.integers(0, 10**6), st.integers(0, 150))
def test_meetings_made_by_commands_survive_a_save_and_validate(
    validator: jsonschema.Draft202012Validator, seed: int, steps: int
) -> None:
    meeting = build(seed, steps)
    data = dumps_meeting(meeting)
    validate_bytes(validator, data)
    assert loads_meeting(data) == meeting


def test_saved_file_is_private_and_loads(
    tmp_path: Path, validator: jsonschema.Draft202012Validator
) -> None:
    meeting = build(seed=7, steps=200)
    path = tmp_path / "meeting.json"
    save_meeting(path, meeting)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    validate_bytes(validator, path.read_bytes())
    assert load_meeting(path) == meeting
    assert [p.name for p in tmp_path.iterdir()] == ["meeting.json"]  # no temp file left


def test_saving_over_a_file_replaces_it_whole(tmp_path: Path) -> None:
    path = tmp_path / "meeting.json"
    path.write_text("old")
    path.chmod(0o644)
    meeting = build(seed=8, steps=50)
    save_meeting(path, meeting)
    assert load_meeting(path) == meeting
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_lone_surrogates_are_escaped_not_lost(tmp_path: Path) -> None:
    m = Meeting("m")
    m.items["i"] = AgendaItem("i", "broken \ud83d paste")
    path = tmp_path / "m.json"
    save_meeting(path, m)
    assert load_meeting(path).items["i"].title == "broken \ud83d paste"


def test_a_big_meeting_round_trips(tmp_path: Path) -> None:
    # its speed is measured by benchmarks/run.py (save and load against bare json), not here
    from datetime import UTC, datetime

    m = Meeting("big")
    m.items["i"] = AgendaItem("i", "Point")
    m.participants["p"] = Participant("p", "Personne")
    at = datetime(2024, 1, 1, tzinfo=UTC)
    for n in range(3000):
        nid = f"n{n}"
        m.notes[nid] = Note(nid, "i", at, f"Note {n}: un texte de longueur moyenne, é 😀 " * 3, "p")
    path = tmp_path / "big.json"
    save_meeting(path, m)
    assert load_meeting(path) == m


def test_document_envelope() -> None:
    m = build(seed=1, steps=5)
    doc = meeting_to_document(m)
    assert set(doc) == {"format", "schema_version", "app_version", "meeting"}
    assert document_to_meeting(json.loads(json.dumps(doc))) == m


def test_the_schema_knows_every_field_of_the_domain() -> None:
    """A field added to the domain without a schema (and doc) update fails here, not at a user's."""
    import dataclasses

    from facilitation.models.meeting import COLLECTIONS, SCALARS

    defs = schema()["$defs"]
    for cls in [*COLLECTIONS.values(), *SCALARS.values()]:
        names = {f.name for f in dataclasses.fields(cls)}
        assert set(defs[cls.__name__]["properties"]) == names, cls.__name__
    doc_text = (REPO / "docs" / "file-format.md").read_text("utf-8")
    for cls in [*COLLECTIONS.values(), *SCALARS.values()]:
        for f in dataclasses.fields(cls):
            assert f"`{f.name}`" in doc_text, f"{cls.__name__}.{f.name} is not documented"


@pytest.mark.parametrize("name", ["rencontre-2.json", "rencontre-2-held.json"])
def test_bundled_examples_load_and_validate(
    name: str, validator: jsonschema.Draft202012Validator
) -> None:
    path = EXAMPLES / name
    if not path.exists():
        pytest.skip(f"{name} is not written yet")
    data = path.read_bytes()
    validate_bytes(validator, data)
    meeting = load_meeting(path)
    assert meeting.participants and meeting.items
    assert path.read_bytes() == data
    # what we would save from it validates too, and loads back the same
    again = dumps_meeting(meeting)
    validate_bytes(validator, again)
    assert loads_meeting(again) == meeting


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300) | st.text(max_size=300).map(str.encode))
def test_random_bytes_only_ever_give_our_error(data: bytes) -> None:
    try:
        loads_meeting(data, "fuzz.json")
    except MeetingFileError as exc:
        assert "fuzz.json" in str(exc)


@settings(max_examples=200, deadline=None)
@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda inner: (
            st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
        ),
        max_leaves=20,
    )
)
def test_random_json_in_the_envelope_only_ever_gives_our_error(value: object) -> None:
    for doc in (
        value,
        {"format": FORMAT, "schema_version": SCHEMA_VERSION, "meeting": value},
        {"format": FORMAT, "schema_version": 1, "meeting": value},
    ):
        with contextlib.suppress(MeetingFileError):
            loads_meeting(json.dumps(doc).encode(), "fuzz.json")


def test_the_file_has_one_part_per_line_so_diffs_stay_readable() -> None:
    meeting = build(11, 120)
    text = dumps_meeting(meeting).decode("utf-8")
    lines = text.splitlines()
    data = meeting.to_data()
    for name in ("participants", "items", "turns", "notes"):
        assert data[name], f"the scenario made no {name}"
        for part in data[name]:
            # each part alone on its line, with the comma that separates it from the next
            line = json.dumps(part, separators=(",", ":"), ensure_ascii=False)
            assert line in lines or f"{line}," in lines, line
    assert lines[0] == "{" and text.endswith("}\n")
    assert json.loads(text) == meeting_to_document(meeting)


def test_the_autosave_snapshot_is_utf8_and_one_part_per_line(tmp_path: Path) -> None:
    from facilitation.storage.slot import read_snapshot, write_snapshot

    meeting = build(12, 60)
    write_snapshot(tmp_path, meeting, {"note": "é 😀"}, 4)
    raw = (tmp_path / "snapshot.json").read_bytes()
    assert "é 😀".encode() in raw and raw.count(b"\n") > len(meeting.notes) + len(meeting.turns)
    assert read_snapshot(tmp_path) == (meeting, {"note": "é 😀"}, 4)
    # a lone surrogate, which UTF-8 cannot hold, is kept with ASCII escapes
    write_snapshot(tmp_path, meeting, {"note": "\ud83d seul"}, 5)
    raw = (tmp_path / "snapshot.json").read_bytes()
    assert raw.isascii() and read_snapshot(tmp_path) == (meeting, {"note": "\ud83d seul"}, 5)


def test_the_part_cache_gives_the_very_same_bytes_as_encoding_everything() -> None:
    from facilitation.models import LiveMeeting
    from facilitation.storage.fileformat import PartCache
    from facilitation.storage.slot import write_snapshot
    from tests.storage.scenario import Scenario, initial_meeting

    live = LiveMeeting(initial_meeting())
    scenario = Scenario(21)
    file_cache, snap_cache = PartCache(ensure_ascii=False), PartCache(ensure_ascii=True)
    with contextlib.ExitStack() as stack:
        import tempfile

        a = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        b = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        for round_ in range(40):  # parts added, edited, removed, undone between the saves
            for _ in range(round_ % 5 + 1):
                scenario.step(live)
            m = live.meeting
            assert dumps_meeting(m, file_cache) == dumps_meeting(m), round_
            # and both are the layout of the plain data, written element by element
            assert dumps_meeting(m) == encode_layout(meeting_to_document(m), 2), round_
            write_snapshot(a, m, {"k": "é"}, round_, snap_cache)
            write_snapshot(b, m, {"k": "é"}, round_)
            assert (a / "snapshot.json").read_bytes() == (b / "snapshot.json").read_bytes()
