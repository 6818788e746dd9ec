"""A corpus of bad meeting files: each is refused with one clear MeetingFileError naming the file and
the field, quickly, and the file on disk is left byte for byte as it was. Odd but valid text loads."""

from __future__ import annotations

import copy
import json
import tracemalloc
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from facilitation.storage import MeetingFileError, NewerVersionError, load_meeting
from facilitation.storage.fileformat import MAX_FILE_BYTES, meeting_to_document
from tests.storage.scenario import build

BASE = meeting_to_document(build(seed=3, steps=60))
assert BASE["meeting"]["notes"] and BASE["meeting"]["turns"], (
    "the base meeting needs notes and turns"
)


def doc_with(change: Callable[[dict[str, Any]], None]) -> bytes:
    doc = copy.deepcopy(BASE)
    change(doc)
    return json.dumps(doc, ensure_ascii=False, indent=1).encode()


def _set(path: str, value: Any) -> Callable[[dict[str, Any]], None]:
    """A change that sets ``meeting.<path>`` (dotted, with [i]) to ``value``."""

    def change(doc: dict[str, Any]) -> None:
        target: Any = doc["meeting"]
        parts = path.replace("[", ".").replace("]", "").split(".")
        for p in parts[:-1]:
            target = target[int(p)] if p.isdigit() else target[p]
        last = parts[-1]
        if value is _DELETE:
            del target[int(last) if last.isdigit() else last]
        else:
            target[int(last) if last.isdigit() else last] = value

    return change


_DELETE = object()
VALID = doc_with(lambda d: None)
note0 = BASE["meeting"]["notes"][0]

# name -> (bytes, field expected in the message ("" for the whole file), words expected)
CASES: dict[str, tuple[bytes, str, str]] = {
    "empty": (b"", "", "empty"),
    "blank": (b"  \n\t ", "", "empty"),
    "truncated": (VALID[: len(VALID) // 2], "", "not valid JSON"),
    "not json": (b"Ordre du jour:\n1. Accueil\n", "", "not valid JSON"),
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe", "", "not valid UTF-8"),
    "invalid utf-8 in a value": (
        VALID.replace(b"Point 1", b"Point \xff1", 1),
        "",
        "not valid UTF-8",
    ),
    "latin-1 file": (
        '{"format": "facilitation-meeting", "x": "été"}'.encode("latin-1"),
        "",
        "UTF-8",
    ),
    "a list at the top": (b"[1, 2, 3]", "", "JSON object at the top"),
    "a string at the top": (b'"meeting"', "", "JSON object at the top"),
    "another format": (
        doc_with(lambda d: d.update(format="excel")),
        "format",
        "not a meeting file",
    ),
    "no format": (doc_with(lambda d: d.pop("format")), "format", "facilitation-meeting"),
    "version as text": (
        doc_with(lambda d: d.update(schema_version="2")),
        "schema_version",
        "whole number",
    ),
    "version zero": (doc_with(lambda d: d.update(schema_version=0)), "schema_version", "from 1"),
    "no meeting": (doc_with(lambda d: d.pop("meeting")), "meeting", "required"),
    "meeting is a list": (doc_with(lambda d: d.update(meeting=[])), "meeting", "object"),
    "title is a number": (
        doc_with(_set("details.title", 5)),
        "meeting.details.title",
        "expected text",
    ),
    "time is a number": (doc_with(_set("notes[0].at", 12)), "meeting.notes[0].at", "date and time"),
    "time is not a time": (
        doc_with(_set("notes[0].at", "tomorrow")),
        "meeting.notes[0].at",
        "'tomorrow'",
    ),
    "time without offset": (
        doc_with(_set("notes[0].at", "2021-06-17T18:00:00")),
        "meeting.notes[0].at",
        "UTC offset",
    ),
    "notes not a list": (doc_with(_set("notes", {"a": 1})), "meeting.notes", "list"),
    "missing item of a note": (
        doc_with(_set("notes[0].item_id", _DELETE)),
        "meeting.notes[0].item_id",
        "required",
    ),
    "missing meeting id": (doc_with(_set("id", _DELETE)), "meeting.id", "id"),
    "unknown role": (
        doc_with(_set("participants[1].role", "king")),
        "meeting.participants[1].role",
        "'member'",
    ),
    "negative minutes": (
        doc_with(_set("items[0].planned_minutes", -5)),
        "meeting.items[0]",
        "negative",
    ),
    "boolean as number": (
        doc_with(_set("items[0].planned_minutes", True)),
        "meeting.items[0].planned_minutes",
        "whole number",
    ),
    "blank name": (doc_with(_set("participants[0].name", "  ")), "meeting.participants[0]", "name"),
    "NaN": (VALID.replace(b'"planned_minutes": 10', b'"planned_minutes": NaN', 1), "", "NaN"),
    "Infinity": (
        VALID.replace(b'"planned_minutes": 10', b'"planned_minutes": -Infinity', 1),
        "",
        "Infinity",
    ),
    "duplicate note ids": (
        doc_with(lambda d: d["meeting"]["notes"].append(dict(note0))),
        f"meeting.notes[{len(BASE['meeting']['notes'])}].id",
        "used twice",
    ),
    "duplicate key": (VALID.replace(b'"format"', b'"format": "x", "format"', 1), "format", "twice"),
    "dangling item": (
        doc_with(_set("notes[0].item_id", "nowhere")),
        "meeting.notes[0].item_id",
        "'nowhere'",
    ),
    "dangling speaker": (
        doc_with(_set("turns[0].participant_id", "ghost")),
        "meeting.turns[0].participant_id",
        "no participant",
    ),
    "dangling live turn": (
        doc_with(_set("live.current_turn_id", "gone")),
        "meeting.live.current_turn_id",
        "no speaking turn",
    ),
    "a number too long": (
        doc_with(lambda d: None).replace(
            b'"planned_minutes": 10', b'"planned_minutes": ' + b"9" * 5000, 1
        ),
        "",
        "not valid JSON",
    ),
    "deeply nested": (b"[" * 200_000 + b"]" * 200_000, "", "nested too deeply"),
    "deeply nested inside": (
        VALID.replace(
            b'"series": ""', b'"series": ' + b'{"a":' * 100_000 + b"1" + b"}" * 100_000, 1
        ),
        "",
        "nested too deeply",
    ),
}


@pytest.mark.parametrize("name", list(CASES))
def test_bad_file_is_refused_clearly_and_left_untouched(tmp_path: Path, name: str) -> None:
    data, field, words = CASES[name]
    path = tmp_path / "réunion du 17.json"
    path.write_bytes(data)
    with pytest.raises(MeetingFileError) as info:
        load_meeting(path)
    err = info.value
    message = str(err)
    assert str(path) in message and err.path == path
    assert err.field == field, message
    if field:
        assert field in message
    assert words in message, message
    assert path.read_bytes() == data


def test_newer_version_is_refused_saying_so(tmp_path: Path) -> None:
    data = doc_with(lambda d: d.update(schema_version=99, app_version="7.0"))
    path = tmp_path / "from-the-future.json"
    path.write_bytes(data)
    with pytest.raises(NewerVersionError) as info:
        load_meeting(path)
    message = str(info.value)
    assert "newer version of Facilitation" in message and "7.0" in message and "99" in message
    assert str(path) in message and info.value.field == "schema_version"
    assert path.read_bytes() == data


def test_a_50_mb_file_is_refused_at_once(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with open(path, "wb") as f:
        f.write(VALID[:-2])
        f.write(b" " * (50 * 1024 * 1024))
        f.write(b"}\n")
    assert path.stat().st_size > MAX_FILE_BYTES
    # refused from its size, before its bytes are read into memory (a timing would be flaky)
    tracemalloc.start()
    try:
        with pytest.raises(MeetingFileError) as info:
            load_meeting(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 1024 * 1024, peak
    assert "too large" in str(info.value) and str(path) in str(info.value)


@pytest.mark.parametrize(
    ("name", "problem"),
    [("missing.json", "does not exist"), ("folder.json", "folder")],
)
def test_unreadable_paths(tmp_path: Path, name: str, problem: str) -> None:
    (tmp_path / "folder.json").mkdir()
    with pytest.raises(MeetingFileError, match=problem):
        load_meeting(tmp_path / name)


ODD_BUT_FINE = [
    "control \x00\x01\x07\x1b\x7f characters",
    "emoji 😀 👩‍👩‍👧 🇧🇪",
    "right to left: مرحبا بالعالم — שלום \u202e\u200f",
    "line\nbreaks\r\nand\ttabs \u2028\u2029",
]


@pytest.mark.parametrize("text", ODD_BUT_FINE)
@pytest.mark.parametrize("escaped", [True, False])
def test_odd_text_loads_fine(tmp_path: Path, text: str, escaped: bool) -> None:
    doc = copy.deepcopy(BASE)
    doc["meeting"]["notes"][0]["text"] = text
    doc["meeting"]["details"]["title"] = text
    # escaped: as the app writes it; raw: control characters typed straight into the file
    raw = json.dumps(doc, ensure_ascii=escaped)
    if not escaped:
        raw = raw.replace(json.dumps(text, ensure_ascii=False)[1:-1], text)
    path = tmp_path / "odd.json"
    path.write_bytes(raw.encode())
    meeting = load_meeting(path)
    assert meeting.details.title == text
    assert next(iter(meeting.notes.values())).text == text
