"""Minutes a secretary can send as they are (issue 13), read back from Word, Markdown and PDF.

One held meeting (:mod:`tests.export.secretary`) is exported once per format; each test reads the
files back with a real reader (python-docx, pandoc, LibreOffice, pdftotext) and checks one promise.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from facilitation.export import export_minutes
from facilitation.models import Meeting
from tests.export import secretary as s
from tests.export.conftest import read_docx
from tests.export.tools import flat, office_to_pdf, pandoc_text, pdf_text

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def meeting() -> Meeting:
    return s.secretary_meeting()


@pytest.fixture(scope="module")
def files(meeting: Meeting, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("secretary")
    return {
        fmt: export_minutes(meeting, folder / f"minutes.{fmt}", fmt=fmt)
        for fmt in ("docx", "md", "pdf")
    }


@pytest.fixture(scope="module")
def texts(files: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The minutes as each reader shows them, whitespace flattened."""
    office_pdf = office_to_pdf(
        [files["docx"]], tmp_path_factory.mktemp("lo-pdf"), tmp_path_factory.mktemp("lo-profile")
    )[0]
    return {
        "word (pandoc)": flat(pandoc_text(files["docx"])),
        "word (LibreOffice)": flat(pdf_text(office_pdf)),
        "markdown (pandoc)": flat(pandoc_text(files["md"], "commonmark_x")),
        "pdf (pdftotext)": flat(pdf_text(files["pdf"])),
    }


READERS = ["word (pandoc)", "word (LibreOffice)", "markdown (pandoc)", "pdf (pdftotext)"]


def _between(text: str, start: str, end: str) -> str:
    i = text.index(start)
    return text[i : text.index(end, i)]


@pytest.mark.parametrize("reader", READERS)
def test_discussed_items_apart_from_the_ones_not_discussed(
    texts: dict[str, str], reader: str
) -> None:
    text = texts[reader]
    discussed = _between(text, "Points abordés", "Points non abordés / reportés")
    assert "2. Permanence du samedi" in discussed and "3. Budget 2027" in discussed
    assert "Formation des bénévoles" not in discussed
    assert "Fête de fin d'année" not in discussed
    postponed = _between(text, "Points non abordés / reportés", "Relevé de décisions")
    assert f"4. Formation des bénévoles : passé ({s.SKIP_REASON})" in postponed
    assert "5. Fête de fin d'année : non abordé" in postponed
    assert postponed.count("reporté à la prochaine rencontre") == 2


@pytest.mark.parametrize("reader", READERS)
def test_a_marked_note_appears_once_in_its_item(texts: dict[str, str], reader: str) -> None:
    item = _between(texts[reader], "2. Permanence du samedi prévu", "3. Budget 2027 prévu")
    for marked in (s.MARKED_DECISION, s.MARKED_ACTION, s.MARKED_QUESTION):
        assert item.count(marked) == 1, marked
    exchanges = _between(item, "Échanges", "Décision :")
    assert s.PLAIN_NOTE in exchanges
    assert s.MARKED_ACTION not in exchanges and s.MARKED_QUESTION not in exchanges


@pytest.mark.parametrize("reader", READERS)
def test_wording_dates_times_and_seconds(texts: dict[str, str], reader: str) -> None:
    text = texts[reader]
    assert f"Question : {s.ASKS}" in text
    assert s.PRESENTS in text and f"Question : {s.PRESENTS}" not in text
    assert "mardi 1er décembre 2026" in text
    assert "19 h 30 – 22 h 00" in text
    assert "Décisions et actions relues en séance à 21 h 56." in text
    assert "0 min 26 s" in text and "4 min 00 s" in text
    next_meeting = _between(text, "Prochaine réunion", "Temps de parole par groupe")
    for words in (
        "mardi 5 janvier 2027",
        "19 h 30",
        "Maison de quartier, Forest — en ligne (https://visio.exemple-asbl.be/assemblee)",
        "En présentiel et en ligne",
        "Apporter les propositions de dates pour la fête.",
    ):
        assert words in next_meeting
    assert "projet, à approuver lors de la prochaine rencontre" in text


def test_word_layout_rows_headers_and_headings(files: dict[str, Path]) -> None:
    import docx
    from docx.oxml.ns import qn

    doc = docx.Document(str(files["docx"]))
    assert doc.tables
    for table in doc.tables:
        rows = table._tbl.findall(qn("w:tr"))
        for n, tr in enumerate(rows):
            trpr = tr.find(qn("w:trPr"))
            assert trpr is not None and trpr.find(qn("w:cantSplit")) is not None
            assert (trpr.find(qn("w:tblHeader")) is not None) == (n == 0)
    body = doc.element.body
    for p in body.iter(qn("w:p")):
        ppr = p.find(qn("w:pPr"))
        style = ppr.find(qn("w:pStyle")) if ppr is not None else None
        name = style.get(qn("w:val")) if style is not None else ""
        if name.startswith("Heading"):
            assert ppr.find(qn("w:keepNext")) is not None, "".join(p.itertext())
    # the document's last table keeps its last two rows together
    last_rows = doc.tables[-1]._tbl.findall(qn("w:tr"))
    keep = [tr.find(".//" + qn("w:keepNext")) is not None for tr in last_rows]
    assert keep[-2] and not keep[-1] and not any(keep[1:-2])


def test_word_headers_never_break_inside_a_word(files: dict[str, Path], tmp_path: Path) -> None:
    """LibreOffice lays the tables out; every header word comes out whole on its line."""
    pdf = office_to_pdf([files["docx"]], tmp_path, tmp_path / "profile")[0]
    lines = [line.strip() for line in pdf_text(pdf, layout=True).splitlines()]
    words = set(" ".join(lines).split())
    for header in ("Intervenant·es", "Interventions", "Durée", "Prévu", "Réel", "Pour quand"):
        for word in header.split():
            assert word in words, f"the header word {word!r} was broken by the layout"


def test_pdf_is_a4_numbered_with_fonts_embedded(files: dict[str, Path], tmp_path: Path) -> None:
    from tests.export.tools import need, run

    pdf = files["pdf"]
    assert pdf.read_bytes().startswith(b"%PDF-")
    info = run(need("pdfinfo"), str(pdf))
    assert re.search(r"Page size:\s+595(\.\d+)? x 842(\.\d+)? pts \(A4\)", info), info
    pages = int(re.search(r"Pages:\s+(\d+)", info).group(1))  # type: ignore[union-attr]
    fonts = run(need("pdffonts"), str(pdf)).splitlines()[2:]
    assert fonts and all(line.split()[-5] == "yes" for line in fonts), fonts  # "emb" column
    text = pdf_text(pdf)
    for page in range(1, pages + 1):
        assert f"Page {page} / {pages}" in text
    assert "Temps de parole par groupe" in text and "Relevé de décisions" in text
    images = run(need("pdfimages"), "-list", str(pdf)).splitlines()[2:]
    assert len(images) == 1  # the chart


def test_pdf_pages_render_to_images(files: dict[str, Path], tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    from tests.export.tools import need, run

    run(need("pdftoppm"), "-r", "40", "-png", str(files["pdf"]), str(tmp_path / "page"))
    pngs = sorted(tmp_path.glob("page-*.png"))
    assert pngs
    for png in pngs:
        image = QImage(str(png))
        assert not image.isNull()
        # A4 at 40 dpi: 331 × 468 pixels; something is drawn on it (not a blank page)
        assert (image.width(), image.height()) == (331, 468)
        colours = {image.pixel(x, y) for x in range(0, 331, 7) for y in range(0, 468, 7)}
        assert len(colours) > 2, png.name


def test_the_approval_shows_in_the_minutes(meeting: Meeting, tmp_path: Path) -> None:
    from datetime import date

    from facilitation.models import ApproveMinutes, LiveMeeting, replay

    approved = replay(meeting, [ApproveMinutes(date(2027, 1, 5))])
    assert LiveMeeting(approved).meeting.details.minutes_approved_on == date(2027, 1, 5)
    out = export_minutes(approved, tmp_path / "m.md", fmt="md")
    assert "approuvé le mardi 5 janvier 2027" in out.read_text("utf-8")
    paras, _ = read_docx(export_minutes(approved, tmp_path / "m.docx", lang="en"))
    assert any("approved on Tuesday 5 January 2027" in p.text for p in paras)


def _all_docx_text(path: Path) -> str:
    """Every text of every XML part of a .docx: body, tables, headers, footers, properties, alt text."""
    out = []
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                xml = z.read(name).decode("utf-8")
                out.append(re.sub(r"<[^>]+>", " ", xml))
                out += re.findall(r'(?:descr|title|name)="([^"]*)"', xml)
    return "\n".join(out)
