"""The loader's two ways agree: a file of the current version is read by msgspec straight from its
bytes (the fast way); plain data, as an older file is after its migration, is converted with the same
types (the careful way). Whatever field of whatever part is spoiled, both refuse it at the same field
with the same message, and good data gives the same meeting."""

from __future__ import annotations

import copy
import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitation.models import COLLECTIONS, Meeting
from facilitation.storage import MeetingFileError
from facilitation.storage.fileformat import document_to_meeting, loads_meeting, meeting_to_document
from tests.storage.strategies import meetings

#: anything JSON can hold, small
JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3)
    ),
    max_leaves=8,
)
#: values that look almost right: dates without offsets, enum-like words, numbers as text
NEAR = st.sampled_from(
    [
        "2021-06-17T18:00:00",
        "2021-06-17T18:00:00+02:00",
        "2021-06-17",
        "18:30",
        "present",
        "member",
        "note",
        "",
        " ",
        "12",
        True,
        0,
        1.5,
        -1,
        [],
        {},
    ]
)


def _outcome(fn: Any) -> tuple[str, Any]:
    try:
        return "ok", fn()
    except MeetingFileError as exc:
        return "error", (exc.field, exc.problem)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meetings(), st.data())
def test_spoiled_parts_are_refused_alike_both_ways(meeting: Meeting, data: st.DataObject) -> None:
    doc = meeting_to_document(meeting)
    plain = doc["meeting"]
    names = [n for n in COLLECTIONS if plain[n]]
    if not names:
        return
    name = data.draw(st.sampled_from(names))
    index = data.draw(st.integers(0, len(plain[name]) - 1))
    part = plain[name][index]
    key = data.draw(st.sampled_from(sorted(part)))
    if data.draw(st.booleans()):
        del part[key]
    else:
        part[key] = data.draw(JSON | NEAR)
    try:
        raw = json.dumps(doc, ensure_ascii=False).encode()
    except UnicodeEncodeError:  # a lone surrogate: the careful way reads it
        raw = json.dumps(doc).encode()
    fast = _outcome(lambda: loads_meeting(raw, "f.json"))
    careful = _outcome(lambda: document_to_meeting(copy.deepcopy(doc), "f.json"))
    assert fast == careful
    if fast[0] == "error":
        # the spoiled part, or a reference to it (its id changed)
        assert fast[1][0].startswith("meeting."), fast


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meetings())
def test_good_data_gives_the_same_meeting_both_ways(meeting: Meeting) -> None:
    doc = meeting_to_document(meeting)
    raw = json.dumps(doc).encode()  # ASCII escapes: any text, lone surrogates too
    assert loads_meeting(raw) == document_to_meeting(doc) == meeting
