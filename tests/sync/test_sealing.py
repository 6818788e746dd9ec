"""Sealed records: only a genuine entry of this meeting, by its author, at its number, opens; and
only its author's key signs it."""

from __future__ import annotations

import base64

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.sync import MeetingKey, SealError
from facilitation.sync.identity import DeviceIdentity
from facilitation.sync.sealing import MAX_RECORD_CHARS, read_record


def open_record(key: MeetingKey, record: object) -> tuple[str, int, bytes]:
    sealed = read_record(record, key.meeting_id)
    return sealed.author, sealed.seq, key.open(sealed)


@pytest.fixture
def key() -> MeetingKey:
    return MeetingKey.generate("m-1")


def test_a_record_opens_with_its_key_and_says_who_wrote_it(key: MeetingKey) -> None:
    me = DeviceIdentity.create("portable")
    record = key.seal(me, 7, b"une note")
    assert open_record(key, record) == (me.device_id, 7, b"une note")
    assert b"une note" not in record.encode()
    sealed = read_record(record, key.meeting_id)
    assert sealed.signed_by(me.public)
    assert not sealed.signed_by(DeviceIdentity.create("autre").public)


def test_a_record_of_the_first_format_is_refused_as_older(key: MeetingKey) -> None:
    with pytest.raises(SealError, match="older version"):
        read_record("f1.0011223344556677.1.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", "m-1")


def test_the_key_survives_its_text_form(key: MeetingKey) -> None:
    again = MeetingKey.from_text(key.text(), "m-1")
    assert again.raw == key.raw and again.room() == key.room()
    with pytest.raises(SealError):
        MeetingKey.from_text("trop-court", "m-1")


def test_the_room_name_depends_on_key_and_meeting(key: MeetingKey) -> None:
    assert key.room() != MeetingKey(key.raw, "m-2").room()
    assert key.room() != MeetingKey.generate("m-1").room()
    assert "m-1" not in key.room()


def _with_header(record: str, author: str | None = None, seq: str | None = None) -> str:
    prefix, a, s, epoch, body, sig = record.split(".")
    return ".".join((prefix, author or a, seq or s, epoch, body, sig))


def test_wrong_key_foreign_meeting_moved_or_renumbered_entries_do_not_open(
    key: MeetingKey,
) -> None:
    me = DeviceIdentity.create("portable")
    record = key.seal(me, 3, b"x")
    bad = [
        MeetingKey.generate("m-1"),  # another key
        MeetingKey(key.raw, "m-2"),  # the same key, another meeting
    ]
    for other in bad:
        with pytest.raises(SealError):
            open_record(other, record)
    someone = DeviceIdentity.create("autre").device_id
    for forged in (_with_header(record, author=someone), _with_header(record, seq="4")):
        with pytest.raises(SealError):
            open_record(key, forged)


def test_tampered_and_truncated_records_do_not_open(key: MeetingKey) -> None:
    record = key.seal(DeviceIdentity.create("portable"), 1, b"la decision")
    prefix, a, s, e, body, sig = record.split(".")
    raw = bytearray(base64.urlsafe_b64decode(body))
    raw[20] ^= 1
    tampered = f"{prefix}.{a}.{s}.{e}." + base64.urlsafe_b64encode(bytes(raw)).decode() + "." + sig
    cut = (record[:-8], record[: len(record) // 2], f"{prefix}.{a}.{s}.{e}.AAAA.{sig}")
    for broken in (tampered, *cut):
        with pytest.raises(SealError):
            open_record(key, broken)


HOSTILE: list[object] = [
    None,
    42,
    3.5,
    b"f1.0011223344556677.1.AAAA",
    "",
    "f1",
    "f1...",
    "f2.0011223344556677.1.AAAA",
    "f1.NOTHEX..1.AAAA",
    "f1.0011223344556677.-1.AAAA",
    "f1.0011223344556677.99999999999999999.AAAA",
    "f1.0011223344556677.1.!!!!",
    "f1.0011223344556677.1.é",
    ["f1"],
    {"a": 1},
    "f1.0011223344556677.1." + "A" * (MAX_RECORD_CHARS + 1),
    "f2.0011223344556677.1.0.AAAA.AAAA",
    "f2.0011223344556677.1.x.AAAA.AAAA",
]


@pytest.mark.parametrize("record", HOSTILE, ids=range(len(HOSTILE)))
def test_garbage_is_refused_with_our_error_only(key: MeetingKey, record: object) -> None:
    with pytest.raises(SealError):
        open_record(key, record)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=300))
def test_any_text_is_refused_with_our_error_only(text: str) -> None:
    with pytest.raises(SealError):
        open_record(MeetingKey(b"k" * 32, "m"), text)
