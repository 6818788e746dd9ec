"""The documented cleaning, and arbitrary text through a whole export (hypothesis)."""

from __future__ import annotations

import tempfile
from datetime import UTC, datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitation.export import export_minutes
from facilitation.export.cleaning import PARAGRAPH_LIMIT, clean, paragraphs
from facilitation.models import AgendaItem, Create, LiveMeeting, Meeting, Note, Participant
from tests.export.conftest import read_docx


def test_control_characters_removed_tab_and_newline_kept() -> None:
    assert clean("a\x00b\x07c\x1fd") == "abcd"
    assert clean("a\tb\nc") == "a\tb\nc"
    assert clean("one\r\ntwo\rthree") == "one\ntwo\nthree"
    assert clean("x\ufffey\uffffz") == "xyz"


def test_lone_surrogates_replaced() -> None:
    assert clean("a\ud800b\udfffc") == "a\ufffdb\ufffdc"


def test_emoji_right_to_left_and_long_text_unchanged() -> None:
    for text in ("🎉 fête 👩🏽‍🤝‍👩🏻", "مرحبا بكم في الاجتماع", "שלום", "é" * 1_000_000):
        assert clean(text) == text


def test_a_one_megabyte_note_comes_through(tmp_path: Path) -> None:
    big = ("Un refinancement, oui, mais pour faire quoi ? 🎉 مرحبا " * 20_000)[:1_000_000]
    m = _meeting("Point", "Aïcha", big)
    out = export_minutes(m, tmp_path / "big.docx")
    paras, _ = read_docx(out)
    texts = [p.text for p in paras]
    first = next(i for i, t in enumerate(texts) if big[:200] in t)
    pieces = texts[first : first + len(paragraphs(big))]
    # every word in order, split into paragraphs a word processor lays out quickly
    assert " ".join(pieces).endswith(big)
    assert max(len(t) for t in pieces) <= PARAGRAPH_LIMIT + len("Aïcha : ")


# any code point, surrogates and control characters included
TEXT = st.text(st.characters(exclude_categories=[]), max_size=80)
NON_BLANK = TEXT.filter(lambda s: s.strip() != "")


def _meeting(title: str, name: str, note: str) -> Meeting:
    live = LiveMeeting(Meeting("m"))
    live.apply(Create.of("participants", Participant("p1", name)))
    live.apply(Create.of("items", AgendaItem("i1", title)))
    at = datetime(2021, 6, 17, 18, 0, tzinfo=UTC)
    live.apply(Create.of("notes", Note("n1", "i1", at, note, "p1")))
    return live.meeting


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(title=NON_BLANK, name=NON_BLANK, note=TEXT, lang=st.sampled_from(["fr", "en"]))
def test_any_text_exports_and_reads_back_cleaned(
    title: str, name: str, note: str, lang: str
) -> None:
    m = _meeting(title, name, note)
    with tempfile.TemporaryDirectory() as tmp:
        out = export_minutes(m, Path(tmp) / "m.docx", lang=lang)
        paras, _ = read_docx(out)
        md = export_minutes(m, Path(tmp) / "m.md", lang=lang, fmt="md").read_text("utf-8")
    colon = "\u00a0:" if lang == "fr" else ":"
    texts = [p.text for p in paras]
    assert f"1. {clean(title)}" in texts
    # a name that cleaning empties is left out, as a note without speaker
    speaker = clean(name)
    assert (f"{speaker}{colon} {clean(note)}" if speaker else clean(note)) in texts
    assert md.startswith("# ")
