"""The compiled decoders and converters of ``facilitation.models.codec`` behave exactly like the
careful reference decoder: same values for good data, the same DataError (path and message) for bad
data, whatever field of whatever part is spoiled."""

from __future__ import annotations

import copy
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitation.models import COLLECTIONS, DataError, Meeting, codec
from tests.storage.strategies import meetings

#: anything JSON can hold, small
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=30),
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
    except DataError as exc:
        return "error", (exc.path, exc.message)


def _reference(tp: Any, data: Any, path: str) -> tuple[str, Any]:
    return _outcome(lambda: codec._checked(tp, data, path))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meetings(), st.data())
def test_spoiled_parts_give_the_reference_error(meeting: Meeting, data: st.DataObject) -> None:
    plain = meeting.to_data()
    names = [n for n in COLLECTIONS if plain[n]]
    if not names:
        return
    name = data.draw(st.sampled_from(names))
    index = data.draw(st.integers(0, len(plain[name]) - 1))
    part = copy.deepcopy(plain[name][index])
    key = data.draw(st.sampled_from(sorted(part)))
    if data.draw(st.booleans()):
        del part[key]
    else:
        part[key] = data.draw(JSON | NEAR)
    tp, path = COLLECTIONS[name], f"{name}[{index}]"
    assert _outcome(lambda: codec.from_data(tp, part, path)) == _reference(tp, part, path)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(meetings())
def test_good_data_decodes_to_the_same_values_and_converts_back(meeting: Meeting) -> None:
    plain = meeting.to_data()
    for name, tp in COLLECTIONS.items():
        for i, part in enumerate(plain[name]):
            fast = codec.from_data(tp, part, f"{name}[{i}]")
            assert fast == codec._checked(tp, part, f"{name}[{i}]")
            assert codec.to_data(fast) == part
    assert Meeting.from_data(plain) == meeting


def test_whole_values_of_any_shape_give_the_reference_outcome() -> None:
    for tp in (*COLLECTIONS.values(), list[str], dict[str, int], int | None, float, bool):
        for value in (None, True, 3, 2.5, "x", [], {}, [1, "a"], {"a": 1}, {"id": 3}):
            fast = _outcome(lambda tp=tp, value=value: codec.from_data(tp, value, "v"))
            assert fast == _reference(tp, value, "v"), (tp, value)


def test_conversion_refuses_what_it_cannot_convert_with_the_same_message() -> None:
    for value in (object(), Meeting, {1, 2}):
        try:
            codec.to_data(value)
        except TypeError as exc:
            assert str(exc) == f"cannot convert {type(value).__name__} to data"
        else:
            raise AssertionError(f"{value!r} was converted")
