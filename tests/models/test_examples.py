"""The bundled example meetings: they load, they are what the generator makes, and they show a
realistic evening (the demo and the fixtures of the UI, export and storage tests rely on this)."""

from __future__ import annotations

import importlib.util
import itertools
import sys
from collections import Counter
from datetime import date, time, timedelta
from pathlib import Path
from types import ModuleType

import jsonschema
import pytest

from facilitation.models import (
    ActionStatus,
    Attendance,
    DecisionMethod,
    ItemState,
    Meeting,
    Mode,
    Role,
    TurnKind,
    timing,
)
from facilitation.resources import example
from facilitation.storage import fileformat
from tests.factories import load_example

ROOT = Path(__file__).resolve().parents[2]
NAMES = ("rencontre-2.json", "rencontre-2-held.json")
CSCE = "Collectif solidarité contre l'exclusion"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_examples", ROOT / "tools/make_examples.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    # registered before it runs: its dataclasses look their module up by name
    sys.modules["make_examples"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def held() -> Meeting:
    return Meeting.from_data(load_example("rencontre-2-held.json")["meeting"])


@pytest.fixture(scope="module")
def prepared() -> Meeting:
    return Meeting.from_data(load_example("rencontre-2.json")["meeting"])


@pytest.mark.parametrize("name", NAMES)
def test_example_is_a_meeting_document(name: str) -> None:
    doc = load_example(name)
    assert doc["format"] == fileformat.FORMAT
    assert doc["schema_version"] == fileformat.SCHEMA_VERSION
    m = Meeting.from_data(doc["meeting"])
    assert m.to_data() == doc["meeting"]  # nothing lost or invented on the way in
    jsonschema.validate(doc, fileformat.schema())  # what other tools reading the file rely on
    # the storage layer's own reader, with its checks, its JSON Schema and its migrations
    assert fileformat.load_meeting(example(name)) == m


def test_generator_gives_the_committed_files_byte_for_byte(tmp_path: Path) -> None:
    written = _tool().write_examples(tmp_path)
    assert sorted(p.name for p in written) == sorted(NAMES)
    for name in NAMES:
        fresh, committed = (tmp_path / name).read_bytes(), example(name).read_bytes()
        assert fresh == committed, f"{name} is stale: run .venv/bin/python tools/make_examples.py"
    assert b"\\u00e9" not in committed and "é".encode() in committed  # readable, not escaped
    assert committed.startswith(b'{\n  "format"')  # indent 2


def test_prepared_meeting_follows_the_invitation(prepared: Meeting) -> None:
    d = prepared.details
    assert d.language == "fr" and d.number == 2 and d.date == date(2021, 6, 17)
    assert d.title == "Numérisation des services et accès aux droits : le social est-il essentiel ?"
    assert d.series.startswith("Rencontres")
    assert (d.planned_start, d.planned_end) == (time(18, 30), time(20, 30))
    assert d.mode is Mode.ONLINE and d.online_link.startswith("https://meet.example.org/")
    assert CSCE in d.organisers
    items = list(prepared.items.values())
    assert items[0].title == "Tour de table"
    assert "première rencontre" in items[1].title
    refinancing = next(i for i in items if i.title.startswith("Un refinancement"))
    assert len(refinancing.sub_questions) == 3
    titles = " | ".join(i.title for i in items)
    for words in ("dualité", "conditions de travail", "voie juridique", "journée d'arrêt",
                  "usager·es", "Nouvelles questions", "stratégie commune", "Prochaine rencontre"):  # fmt: skip
        assert words in titles
    assert timing.planned_total(prepared) == timedelta(hours=2)  # the agenda fits the evening
    assert timing.projected_end(prepared, prepared.created).late == timedelta(0)  # type: ignore[arg-type]
    assert 0 < len(prepared.participants) <= 8
    # nothing has happened yet
    assert prepared.live.started_at is None
    for coll in ("runs", "pauses", "turns", "queue", "notes", "decisions", "actions", "questions"):
        assert not prepared.collection(coll), coll


def test_held_is_the_same_meeting(prepared: Meeting, held: Meeting) -> None:
    assert held.id == prepared.id and held.details == prepared.details
    assert held.items == prepared.items
    for pid, p in prepared.participants.items():
        assert held.participants[pid] == p


def test_held_attendance(held: Meeting) -> None:
    people = list(held.participants.values())
    assert 22 <= len(people) <= 30
    assert {"associatif", "service public", "usager·es", "syndicat"} <= {p.group for p in people}
    count = Counter(p.attendance for p in people)
    assert count[Attendance.EXCUSED] >= 2 and count[Attendance.REPRESENTED] == 1
    proxy = next(p for p in people if p.attendance is Attendance.REPRESENTED)
    # the proxy holder is named by id, so a renamed person stays the holder
    assert proxy.represented_by in {p.id for p in people if p.attendance is Attendance.PRESENT}
    roles = Counter(p.role for p in people)
    assert roles[Role.FACILITATOR] == 1 and roles[Role.NOTE_TAKER] == 1
    spoke = {t.participant_id for t in held.turns.values()}
    absent = {p.id for p in people if p.attendance is not Attendance.PRESENT}
    assert not spoke & absent  # nobody who was not there spoke


def test_held_timing(held: Meeting) -> None:
    live = held.live
    assert live.started_at is not None and live.ended_at is not None
    assert live.current_item_id is None and live.current_turn_id is None
    end = live.ended_at
    elapsed = timing.elapsed_by_item(held, end)
    planned = {i.id: timedelta(minutes=i.planned_minutes) for i in held.items.values()}
    overrun = [i for i in held.items if elapsed[i] >= planned[i] * 1.5]
    assert len(overrun) == 1  # one item clearly ran over (the refinancing question)
    revisited = [i for i in held.items if len(held.runs_of(i)) == 2]
    assert len(revisited) == 1
    assert all(len(held.runs_of(i)) >= 1 for i in held.items)  # every question was discussed
    assert set(timing.item_states(held).values()) == {ItemState.DONE}
    # no drift in the record: items add up to the meeting, the meeting to the evening minus pauses
    pauses = list(held.pauses.values())
    assert len(pauses) == 1 and pauses[0].end is not None
    total = timing.meeting_elapsed(held, end)
    assert total == sum(elapsed.values(), timedelta(0))
    assert total == end - live.started_at - timing.pauses_total(held, end)
    assert timing.projected_end(held, end).late == timedelta(minutes=14)


def test_held_speaking_turns(held: Meeting) -> None:
    turns = list(held.turns.values())
    assert len(turns) >= 36
    assert all(t.end is not None and t.end > t.start for t in turns)
    kinds = Counter(t.kind for t in turns)
    assert kinds[TurnKind.DIRECT_REPLY] >= 1 and kinds[TurnKind.POINT_OF_ORDER] >= 1
    assert not held.queue  # nobody left waiting at the end
    # turns never overlap: one person has the floor at a time
    for a, b in itertools.pairwise(turns):
        assert a.end is not None and a.end <= b.start


def test_held_record(held: Meeting) -> None:
    for item in held.items.values():
        notes = held.notes_of(item.id)
        assert notes, f"no notes on {item.title}"
        assert any(n.speaker_id in held.participants for n in notes), item.title
    assert all(n.text.strip() and n.author for n in held.notes.values())
    decisions = list(held.decisions.values())
    assert len(decisions) >= 2
    assert any(d.method is DecisionMethod.CONSENSUS for d in decisions)
    vote = next(d for d in decisions if d.method is DecisionMethod.VOTE)
    assert None not in (vote.votes_for, vote.votes_against, vote.abstentions)
    voters = sum(
        p.attendance in (Attendance.PRESENT, Attendance.REPRESENTED)
        for p in held.participants.values()
    )
    assert vote.votes_for + vote.votes_against + vote.abstentions <= voters  # type: ignore[operator]
    actions = list(held.actions.values())
    assert len(actions) == 4
    assert all(a.owner_id in held.participants and a.due is not None for a in actions)
    assert len({a.status for a in actions}) >= 3
    assert ActionStatus.DONE in {a.status for a in actions}
    assert len(held.questions) == 2
    nxt = held.next_meeting
    assert nxt.mode is Mode.IN_PERSON and nxt.date is not None and nxt.date > date(2021, 6, 17)
    assert nxt.time is not None and "Bruxelles" in nxt.place
