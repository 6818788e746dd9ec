"""Anonymous minutes protect people: no participant's name or e-mail survives, anywhere.

The Word file is searched part by part (body, tables, headers, footers, core and app properties,
the chart's alternative text), the Markdown as written, the PDF through pdftotext and its
metadata (pdfinfo, with the XMP stream).
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

import pytest

from facilitation.export import export_minutes
from facilitation.models import Meeting
from tests.export import secretary as s
from tests.export.tools import flat, need, pdf_text, run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def meeting() -> Meeting:
    return s.secretary_meeting()


def _forbidden(m: Meeting) -> list[str]:
    """Each participant's name, each part of it (3 letters or more), each e-mail."""
    words: set[str] = set()
    for p in m.participants.values():
        words.add(p.name)
        words.update(part for part in re.split(r"[\s\-']+", p.name) if len(part) >= 3)
        words.add(p.email)
    return sorted(words)


def _found(text: str, words: list[str]) -> list[str]:
    return [w for w in words if re.search(rf"(?<!\w){re.escape(w)}(?!\w)", text, re.IGNORECASE)]


def _docx_parts(path: Path) -> dict[str, str]:
    parts = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.endswith((".xml", ".rels")):
                xml = z.read(name).decode("utf-8")
                attrs = " ".join(re.findall(r'="([^"]*)"', xml))
                parts[name] = re.sub(r"<[^>]+>", " ", xml) + " " + attrs
    return parts


@pytest.fixture(scope="module")
def anonymous(meeting: Meeting, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("anonymous")
    # a note, a decision and a free-text owner that name people, with an e-mail: the text is
    # written by hand and can name anyone
    from facilitation.models import Create, LiveMeeting, Note

    live = LiveMeeting(meeting)
    note = Note(
        "n-names",
        "i3",
        meeting.live.ended_at or meeting.live.started_at,  # type: ignore[arg-type]
        f"Amina Kaddouri répond à Théo ({s.email('p4')}) et à BÉRÉNICE.",
        "p5",
    )
    live.apply(Create.of("notes", note))
    return {
        fmt: export_minutes(live.meeting, folder / f"anon.{fmt}", fmt=fmt, anonymous=True)
        for fmt in ("docx", "md", "pdf")
    }


def test_word_file_has_no_name_nor_email_in_any_part(
    anonymous: dict[str, Path], meeting: Meeting
) -> None:
    parts = _docx_parts(anonymous["docx"])
    assert {"word/document.xml", "docProps/core.xml", "docProps/app.xml"} <= set(parts)
    assert any(name.startswith("word/footer") for name in parts)
    for name, text in parts.items():
        assert not _found(text, _forbidden(meeting)), name
    body = parts["word/document.xml"]
    assert "Compte rendu anonymisé" in body
    assert "Ligue des familles" in body  # a speaker is named by their group
    assert "Temps de parole par personne" not in body
    assert 'descr="Temps de parole par groupe' in _raw(anonymous["docx"], "word/document.xml")


def _raw(path: Path, part: str) -> str:
    with zipfile.ZipFile(path) as z:
        return z.read(part).decode("utf-8")


def test_markdown_has_no_name_nor_email(anonymous: dict[str, Path], meeting: Meeting) -> None:
    text = anonymous["md"].read_text("utf-8")
    assert not _found(text, _forbidden(meeting))
    assert "Compte rendu anonymisé" in text
    assert "*CPAS de Forest*\u00a0: 2" in text  # attendance counted by group


def test_pdf_has_no_name_nor_email_in_text_or_metadata(
    anonymous: dict[str, Path], meeting: Meeting
) -> None:
    pdf = anonymous["pdf"]
    text = pdf_text(pdf)
    info = run(need("pdfinfo"), str(pdf)) + run(need("pdfinfo"), "-meta", str(pdf))
    assert not _found(text + info, _forbidden(meeting))
    assert "Compte rendu anonymisé" in flat(text)


def test_keep_owners_keeps_only_the_owners(meeting: Meeting, tmp_path: Path) -> None:
    out = export_minutes(meeting, tmp_path / "k.md", fmt="md", anonymous=True, keep_owners=True)
    text = out.read_text("utf-8")
    assert "| Demander les clés de la salle au CPAS. | Théo Marchal |" in text
    others = [w for w in _forbidden(meeting) if w not in ("Théo Marchal", "Théo", "Marchal")]
    assert not _found(text, others)


def test_without_the_option_the_minutes_name_people(meeting: Meeting, tmp_path: Path) -> None:
    """The check above can fail: the same search finds the names in ordinary minutes."""
    text = export_minutes(meeting, tmp_path / "n.md", fmt="md").read_text("utf-8")
    assert "Amina Kaddouri" in _found(text, _forbidden(meeting))
