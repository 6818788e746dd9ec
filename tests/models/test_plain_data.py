"""Meeting ↔ plain data ↔ JSON: nothing is lost, whatever people type.

Hypothesis builds meetings with arbitrary unicode (emoji, right-to-left text, control characters, line
breaks) in every text field, any UTC offset, and every enum value; each must come back identical.
Strict decoding is checked too: bad data raises ``DataError`` naming the field.
"""

from __future__ import annotations

import json
from datetime import date, datetime, time, timedelta, timezone
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitation.models import (
    Action,
    ActionStatus,
    AgendaItem,
    Attendance,
    DataError,
    Decision,
    DecisionMethod,
    Details,
    ItemKind,
    ItemRun,
    LiveState,
    Meeting,
    Mode,
    NextMeeting,
    Note,
    NoteKind,
    OpenQuestion,
    Participant,
    Pause,
    QueueEntry,
    QueueMode,
    Role,
    SpeakingTurn,
    TurnKind,
    command_from_data,
)
from facilitation.storage import fileformat
from tests.factories import make_meeting

SPECIAL = [
    "Réunion 🎉 du collectif ✊🏽",
    "مرحبا بكم في الاجتماع",  # right to left
    "\u202eRTL override\u202c et \u200f marque",
    "ligne 1\nligne 2\r\nligne 3\ttab",
    "nul \x00 bell \x07 esc \x1b del \x7f",
    "guillemets « » \" ' \\ / </script>",
    "👩‍👩‍👧‍👦 famille, 🇧🇪 drapeau",
    "\ufeffBOM au début",
    "surrogate seul \ud83d ici",
    " ",
    "",
]

text = st.one_of(st.text(max_size=40), st.sampled_from(SPECIAL))
some_text = text.filter(lambda s: bool(s.strip()))
offsets = st.integers(-14 * 60, 14 * 60).map(lambda m: timezone(timedelta(minutes=m)))
stamps = st.builds(
    lambda dt, tz: dt.replace(tzinfo=tz),
    st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2100, 1, 1)),
    offsets,
)
maybe_stamp = st.none() | stamps
dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 1, 1))
times = st.times().map(lambda t: t.replace(microsecond=0))  # the file keeps seconds, not less
counts = st.none() | st.integers(0, 10_000)


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    details = Details(
        draw(text), draw(text), draw(counts), draw(st.none() | dates), draw(st.none() | times),
        draw(st.none() | times), draw(text), draw(text), draw(st.sampled_from(Mode)),
        tuple(draw(st.lists(text, max_size=3))), tuple(draw(st.lists(text, max_size=2))),
        draw(st.sampled_from(["fr", "en"])),
    )  # fmt: skip
    m = Meeting(draw(some_text), details, draw(maybe_stamp))
    m.next_meeting = NextMeeting(
        draw(st.none() | dates), draw(st.none() | times), draw(text),
        draw(st.sampled_from(Mode)), draw(text),
    )  # fmt: skip
    pids = draw(st.lists(some_text, min_size=1, max_size=5, unique=True))
    for pid in pids:
        m.put("participants", Participant(
            pid, draw(some_text), draw(text), draw(st.sampled_from(Role)),
            draw(st.sampled_from(Attendance)), draw(text), draw(text),
        ))  # fmt: skip
    iids = draw(st.lists(some_text, min_size=1, max_size=4, unique=True))
    for iid in iids:
        m.put("items", AgendaItem(
            iid, draw(some_text), draw(text), tuple(draw(st.lists(text, max_size=3))),
            draw(st.integers(0, 600)), draw(st.sampled_from(ItemKind)), draw(text),
            draw(st.booleans()),
        ))  # fmt: skip
    any_pid, any_iid = st.sampled_from(pids), st.sampled_from(iids)
    for n in range(draw(st.integers(0, 3))):
        m.put("runs", ItemRun(f"r{n}", draw(any_iid), draw(stamps), draw(maybe_stamp)))
        m.put("pauses", Pause(f"pa{n}", draw(stamps), draw(maybe_stamp), draw(text)))
        m.put("turns", SpeakingTurn(
            f"t{n}", draw(any_pid), draw(st.none() | any_iid), draw(stamps), draw(maybe_stamp),
            draw(st.sampled_from(TurnKind)),
        ))  # fmt: skip
        m.put(
            "queue",
            QueueEntry(f"q{n}", draw(any_pid), draw(stamps), draw(st.sampled_from(TurnKind))),
        )
        m.put("notes", Note(
            f"n{n}", draw(any_iid), draw(stamps), draw(text), draw(st.none() | any_pid), draw(text),
            draw(st.sampled_from(NoteKind)),
        ))  # fmt: skip
        m.put("decisions", Decision(
            f"d{n}", draw(any_iid), draw(some_text), draw(maybe_stamp),
            draw(st.sampled_from(DecisionMethod)), draw(counts), draw(counts), draw(counts),
            draw(text),
        ))  # fmt: skip
        m.put("actions", Action(
            f"a{n}", draw(any_iid), draw(some_text), draw(st.none() | any_pid), draw(text),
            draw(st.none() | dates), draw(st.sampled_from(ActionStatus)), draw(maybe_stamp),
        ))  # fmt: skip
        m.put("questions", OpenQuestion(
            f"oq{n}", draw(any_iid), draw(some_text), draw(maybe_stamp), draw(st.booleans())
        ))  # fmt: skip
    m.live = LiveState(
        draw(maybe_stamp), draw(maybe_stamp), draw(st.none() | any_iid),
        draw(st.none() | st.sampled_from(list(m.turns))) if m.turns else None,
        draw(st.none() | st.sampled_from(list(m.pauses))) if m.pauses else None,
        draw(st.sampled_from(QueueMode)), draw(st.none() | st.integers(1, 3600)),
    )  # fmt: skip
    return m


ROUND_TRIP = settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@ROUND_TRIP
@given(meetings())
def test_meeting_survives_plain_data_and_json(m: Meeting) -> None:
    data = m.to_data()
    text = json.dumps(data, ensure_ascii=False)
    back = Meeting.from_data(json.loads(text))
    assert back == m
    assert back.to_data() == data
    # offsets are kept as written, not just the instant (the minutes show local times)
    for before, after in zip(m.turns.values(), back.turns.values(), strict=True):
        assert before.start.utcoffset() == after.start.utcoffset()
    # and through the app's own file bytes (lone surrogates and all)
    assert fileformat.loads_meeting(fileformat.dumps_meeting(m)) == m


@settings(max_examples=20, deadline=None)
@given(meetings())
def test_create_commands_round_trip_through_json(m: Meeting) -> None:
    from facilitation.models import Create

    for coll in ("participants", "items", "notes", "decisions", "actions", "questions"):
        for part in m.collection(coll).values():
            cmd = Create.of(coll, part)
            again = command_from_data(json.loads(json.dumps(cmd.to_data(), ensure_ascii=False)))
            assert again == cmd


# -- strict decoding ---------------------------------------------------------------------------


def _good() -> dict[str, Any]:
    data = make_meeting().to_data()
    data["notes"] = [{"id": "n1", "item_id": "i1", "at": "2021-06-17T18:40:00+02:00", "text": "ok"}]
    return data


def _broken(change: Any) -> dict[str, Any]:
    data = _good()
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "path"),
    [
        (lambda d: d.pop("id"), "id"),
        (lambda d: d["notes"][0].pop("text"), "notes[0].text"),
        (lambda d: d["notes"][0].update(at="2021-06-17T18:40:00"), "notes[0].at"),
        (lambda d: d["notes"][0].update(at="hier soir"), "notes[0].at"),
        (lambda d: d["notes"][0].update(item_id="nowhere"), "notes[0].item_id"),
        (lambda d: d["notes"][0].update(speaker_id="ghost"), "notes[0].speaker_id"),
        (lambda d: d["items"][1].update(planned_minutes="10"), "items[1].planned_minutes"),
        (lambda d: d["items"][1].update(planned_minutes=True), "items[1].planned_minutes"),
        (lambda d: d["items"][1].update(kind="chat"), "items[1].kind"),
        (lambda d: d["items"][1].update(title="   "), "items[1].title"),
        (lambda d: d["items"].append(dict(d["items"][0])), "items[4].id"),
        (lambda d: d["participants"][0].update(role="boss"), "participants[0].role"),
        (lambda d: d["details"].update(language="nl"), "details.language"),
        (lambda d: d["details"].update(date="17/06/2021"), "details.date"),
        (lambda d: d.update(turns={}), "turns"),
        (lambda d: d["live"].update(current_item_id="gone"), "live.current_item_id"),
    ],
)
def test_bad_data_names_the_field(change: Any, path: str) -> None:
    with pytest.raises(DataError) as info:
        Meeting.from_data(_broken(change))
    assert info.value.path == path


def test_good_data_decodes() -> None:
    assert Meeting.from_data(_good()).notes["n1"].text == "ok"


def test_times_keep_seconds_and_dates_are_iso() -> None:
    m = make_meeting()
    data = m.to_data()
    assert data["details"]["planned_start"] == "18:30:00"
    assert data["details"]["date"] == "2021-06-17"
    m.next_meeting = NextMeeting(time=time(18, 30, 15))
    assert Meeting.from_data(m.to_data()).next_meeting.time == time(18, 30, 15)


def test_the_first_dangling_reference_is_the_one_named() -> None:
    """References are checked a kind at a time, with sets; the one named is still the first."""
    data = _good()
    data["notes"] = [
        {"id": f"n{i}", "item_id": "i1", "at": "2021-06-17T18:40:00+02:00", "text": "ok"}
        for i in range(5)
    ]
    data["notes"][3]["item_id"] = "gone"
    data["notes"][4]["speaker_id"] = "ghost"
    data["actions"] = [{"id": "a1", "item_id": "nowhere", "what": "x"}]
    with pytest.raises(DataError) as info:
        Meeting.from_data(data)
    assert info.value.path == "notes[3].item_id"  # notes' items come before actions' items
    data["notes"][3]["item_id"] = "i1"
    data["actions"] = []
    with pytest.raises(DataError) as info:
        Meeting.from_data(data)
    assert info.value.path == "notes[4].speaker_id"
    assert "no participant has the id 'ghost'" in str(info.value)
