"""The PDF writer on its own: hostile text comes through, headings keep with what follows,
columns are as wide as their words."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitation.export import export_minutes
from facilitation.export.cleaning import clean
from facilitation.export.parts import Table
from facilitation.export.widths import fit_widths, font_measure
from facilitation.models import Create, LiveMeeting, Meeting, Note
from tests.export import secretary as s
from tests.export.tools import flat, pdf_text

HOSTILE = [
    "<b>pas du gras</b> &amp; <script>alert(1)</script>",
    "مرحبا بكم في الاجتماع",
    "🎉 fête 👩🏽‍🤝‍👩🏻",
    "tab\tnul\x00 fin\x07 cr\r\nligne",
    "a\ud800b",
]


def _with_notes(texts: list[str]) -> Meeting:
    m = s.secretary_meeting()
    live = LiveMeeting(m)
    at = m.live.ended_at
    assert at is not None
    for n, text in enumerate(texts):
        live.apply(Create.of("notes", Note(f"h{n}", "i3", at, text)))
    return live.meeting


@pytest.mark.slow
def test_hostile_text_comes_through_the_pdf(tmp_path: Path) -> None:
    out = export_minutes(_with_notes(HOSTILE), tmp_path / "h.pdf", fmt="pdf")
    text = flat(pdf_text(out))
    assert flat(clean(HOSTILE[0])) in text  # markup typed in a note is text, not markup
    assert "ligne" in text and "fin" in text


def _last_lines(pdf: Path) -> list[str]:
    """The last line of each page's body (the page number left out)."""
    out = []
    for page in pdf_text(pdf).split("\f"):
        body = [ln.strip() for ln in page.splitlines() if ln.strip()]
        body = [ln for ln in body if not ln.startswith("Page ")]
        if body:
            out.append(body[-1])
    return out


@pytest.mark.slow
def test_a_heading_is_never_the_last_line_of_a_page(tmp_path: Path) -> None:
    m = s.secretary_meeting()
    headings = {
        "Présences",
        "Ordre du jour",
        "Points abordés",
        "Points non abordés / reportés",
        "Relevé de décisions",
        "Actions",
        "Questions ouvertes pour la prochaine réunion",
        "Prochaine réunion",
        "Temps de parole par groupe",
        "Temps de parole par personne",
        "Échanges :",
        "Actions décidées :",
        "Questions restées ouvertes :",
        *(f"{n}. {it.title}" for n, it in enumerate(m.items.values(), 1)),
    }
    # notes of many lengths, so that in some of these layouts a heading falls at a page's foot
    for count in range(20, 80, 3):
        texts = [("Une remarque. " * (1 + n % 9)).strip() for n in range(count)]
        out = export_minutes(_with_notes(texts), tmp_path / f"long-{count}.pdf", fmt="pdf")
        last = _last_lines(out)
        assert len(last) > 1
        assert not headings & set(last), (count, last)


def test_columns_are_never_narrower_than_their_words() -> None:
    t = Table(
        ["Groupe", "Intervenant·es", "Interventions", "Durée", "Part"],
        [["Ligue des familles", "1", "1", "0 min 26 s", "10 %"]],
        [6, 3, 3, 2.6, 1.6],
    )
    measure = font_measure(10.5)
    widths = fit_widths(t, 481.0, measure, 10.8)
    assert abs(sum(widths) - 481.0) < 0.01
    for header, width in zip(t.headers, widths, strict=True):
        assert width >= measure(header, True) + 10.8
    # a page too narrow for the words shares it in proportion to them
    narrow = fit_widths(t, 100.0, measure, 10.8)
    assert abs(sum(narrow) - 100.0) < 0.01


@pytest.mark.slow
def test_the_document_never_ends_on_a_lone_row(tmp_path: Path) -> None:
    from tests.export.conftest import held_meeting

    base = held_meeting()  # 22 speakers: the per-person table ends the document
    item = next(iter(base.items))
    seen_lone = 0
    # from 50 notes on, the table of 22 speakers overflows onto a last page (DejaVu Sans, A4)
    for count in range(44, 62, 2):
        live = LiveMeeting(held_meeting())
        at = base.live.ended_at
        assert at is not None
        for n in range(count):
            live.apply(Create.of("notes", Note(f"x{n}", item, at, "Une remarque de plus.")))
        out = export_minutes(live.meeting, tmp_path / f"end-{count}.pdf", fmt="pdf")
        last = pdf_text(out, layout=True).rstrip("\f").split("\f")[-1]
        lines = [
            ln for ln in last.splitlines() if ln.strip() and not ln.strip().startswith("Page ")
        ]
        if lines and lines[0].split()[:2] == ["Nom", "Groupe"]:  # the table goes on alone
            seen_lone += 1
            assert len(lines) - 1 >= 2, (count, lines)
    assert seen_lone  # some of these layouts carry the table over to a last page
