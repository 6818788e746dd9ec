"""Migrations: a registry of steps keyed by version, applied in order; each step has its own test."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from facilitation.models import Attendance, QueueMode
from facilitation.storage import SCHEMA_VERSION, MeetingFileError, load_meeting, meeting_to_document
from facilitation.storage.migrations import MIGRATIONS, migrate, migration
from tests.storage.conftest import validate_bytes
from tests.storage.scenario import build

#: a version-1 file as the first drafts wrote it: "present" booleans, no live.queue_mode
V1: dict[str, Any] = {
    "format": "facilitation-meeting",
    "schema_version": 1,
    "app_version": "0.0.1",
    "meeting": {
        "id": "old",
        "created": "2021-05-01T10:00:00+02:00",
        "details": {"title": "Première rencontre", "language": "fr"},
        "live": {"started_at": None},
        "participants": [
            {"id": "p1", "name": "Amina", "present": True},
            {"id": "p2", "name": "Luc", "present": False, "group": "AMO"},
            {"id": "p3", "name": "Sam"},
        ],
        "items": [{"id": "i1", "title": "Accueil"}],
        "notes": [
            {"id": "n1", "item_id": "i1", "at": "2021-05-01T10:05:00+02:00", "text": "Bonjour"}
        ],
    },
}


def test_every_older_version_has_a_step() -> None:
    assert SCHEMA_VERSION == 3
    assert sorted(MIGRATIONS) == list(range(1, SCHEMA_VERSION))


def test_step_1_to_2_attendance_and_queue_mode(
    tmp_path: Path, validator: jsonschema.Draft202012Validator
) -> None:
    before = copy.deepcopy(V1)
    doc = migrate(V1, 2, "old.json")
    assert before == V1  # the input is never changed
    assert doc["schema_version"] == 2
    people = doc["meeting"]["participants"]
    assert [p.get("attendance") for p in people] == ["present", "absent", None]
    assert all("present" not in p for p in people)
    assert doc["meeting"]["live"]["queue_mode"] == "first_come"

    path = tmp_path / "old.json"
    data = json.dumps(V1).encode()
    path.write_bytes(data)
    m = load_meeting(path)
    assert [p.attendance for p in m.participants.values()] == [
        Attendance.PRESENT,
        Attendance.ABSENT,
        Attendance.PRESENT,
    ]
    assert m.live.queue_mode == QueueMode.FIRST_COME
    assert m.notes["n1"].text == "Bonjour"
    assert path.read_bytes() == data  # upgraded in memory only
    # once saved, it is a valid current file
    validate_bytes(validator, json.dumps(meeting_to_document(m)).encode())


def test_step_1_to_2_without_live_at_all() -> None:
    doc = copy.deepcopy(V1)
    del doc["meeting"]["live"]
    assert migrate(doc, 2)["meeting"]["live"] == {"queue_mode": "first_come"}


@pytest.mark.parametrize(
    ("change", "field"),
    [
        (lambda m: m["participants"][0].update(present="yes"), "meeting.participants[0].present"),
        (lambda m: m.update(participants={}), "meeting.participants"),
        (lambda m: m["participants"].append("Zoé"), "meeting.participants[3]"),
        (lambda m: m.update(live=[]), "meeting.live"),
    ],
)
def test_step_1_to_2_reports_a_malformed_old_file(change: Any, field: str) -> None:
    doc = copy.deepcopy(V1)
    change(doc["meeting"])
    with pytest.raises(MeetingFileError) as info:
        migrate(doc, 2, "old.json")
    assert info.value.field == field and "old.json" in str(info.value)


def test_steps_run_in_order_up_to_the_target(monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[int] = []

    def step3(doc: dict[str, Any]) -> dict[str, Any]:
        seen.append(doc["schema_version"])
        assert doc["meeting"]["live"]["queue_mode"] == "first_come"  # step 1 ran before
        assert doc["meeting"]["details"]["planned_start"] == "18:00:00"  # and step 2
        doc["meeting"]["v4"] = True
        return doc

    monkeypatch.setitem(MIGRATIONS, 3, step3)
    doc = copy.deepcopy(V1)
    doc["meeting"]["details"]["planned_start"] = "18:00"
    doc = migrate(doc, 4)
    assert seen == [3] and doc["schema_version"] == 4 and doc["meeting"]["v4"]


def test_a_gap_in_the_registry_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delitem(MIGRATIONS, 1)
    with pytest.raises(MeetingFileError, match="no longer supported"):
        migrate(V1, 2, "old.json")


def test_a_version_registered_twice_is_refused() -> None:
    with pytest.raises(ValueError, match="two migrations"):
        migration(1)(lambda d: d)


def test_current_files_go_through_untouched() -> None:
    doc = meeting_to_document(build(seed=2, steps=10))
    assert migrate(doc, SCHEMA_VERSION) is doc


#: a version-2 file: times of day as HH:MM, and stamps in forms fromisoformat took
V2: dict[str, Any] = {
    "format": "facilitation-meeting",
    "schema_version": 2,
    "app_version": "0.1.0",
    "meeting": {
        "id": "v2",
        "created": "2021-05-01T10:00+02:00",
        "details": {"title": "Deuxième", "planned_start": "18:00", "planned_end": "20:30:15"},
        "next_meeting": {"time": "19:30", "date": "2021-09-16"},
        "live": {"started_at": "2021-06-17T18:02:00+02:00"},
        "participants": [{"id": "p1", "name": "Amina"}],
        "items": [{"id": "i1", "title": "Accueil"}],
        "runs": [{"id": "r1", "item_id": "i1", "start": "2021-06-17T18:02:00.5+02:00"}],
        "notes": [{"id": "n1", "item_id": "i1", "at": "2021-06-17T18:05Z", "text": "Bonjour"}],
        "actions": [{"id": "a1", "item_id": "i1", "what": "PV", "due": "20210624"}],
    },
}


def test_step_2_to_3_times_with_seconds_and_rfc3339_stamps(
    tmp_path: Path, validator: jsonschema.Draft202012Validator
) -> None:
    before = copy.deepcopy(V2)
    doc = migrate(V2, 3, "v2.json")
    assert before == V2
    m = doc["meeting"]
    assert m["details"]["planned_start"] == "18:00:00"
    assert m["details"]["planned_end"] == "20:30:15"
    assert m["next_meeting"]["time"] == "19:30:00"
    assert m["created"] == "2021-05-01T10:00:00+02:00"
    assert m["runs"][0]["start"] == "2021-06-17T18:02:00.5+02:00"  # RFC 3339 already
    assert m["notes"][0]["at"] == "2021-06-17T18:05:00+00:00"
    assert m["actions"][0]["due"] == "2021-06-24"
    path = tmp_path / "v2.json"
    data = json.dumps(V2).encode()
    path.write_bytes(data)
    meeting = load_meeting(path)
    assert meeting.details.planned_start is not None
    assert meeting.details.planned_start.isoformat() == "18:00:00"
    assert path.read_bytes() == data
    validate_bytes(validator, json.dumps(meeting_to_document(meeting)).encode())


def test_step_2_to_3_leaves_what_it_cannot_read_to_the_loader(tmp_path: Path) -> None:
    doc = copy.deepcopy(V2)
    doc["meeting"]["notes"][0]["at"] = "hier soir"
    path = tmp_path / "v2.json"
    path.write_bytes(json.dumps(doc).encode())
    with pytest.raises(MeetingFileError) as info:
        load_meeting(path)
    assert info.value.field == "meeting.notes[0].at" and "'hier soir'" in str(info.value)
