"""Agendas from Word: headings, list styles and numbering levels; damaged and protected files."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from facilitation.imports.agenda_docx import (
    MAX_PARAGRAPHS,
    body_paragraphs,
    check_package,
    read_agenda_docx,
)
from facilitation.imports.errors import AgendaImportError
from facilitation.imports.files import read_agenda


def numbered(paragraph: Paragraph, level: int, num_id: int = 1) -> None:
    """Give a paragraph its own numbering, as Word does for a list made with the toolbar."""
    ppr = paragraph._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), str(level))
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numpr.append(ilvl)
    numpr.append(nid)
    ppr.append(numpr)


def test_list_styles_give_items_and_sub_questions(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Assemblée générale", style="Title")
    d.add_paragraph("Bienvenue à toutes et à tous.")
    d.add_paragraph("Accueil (10 min)", style="List Number")
    d.add_paragraph("Budget 20'", style="List Number")
    d.add_paragraph("Les subsides", style="List Bullet 2")
    d.add_paragraph("Les cotisations", style="List Number 2")
    d.add_paragraph("Divers", style="List Number")
    path = tmp_path / "ag.docx"
    d.save(str(path))
    preview = read_agenda(path)
    assert preview.title == "Assemblée générale"
    assert [(i.title, i.planned_minutes) for i in preview.items] == [
        ("Accueil", 10),
        ("Budget", 20),
        ("Divers", 0),
    ]
    assert preview.items[1].sub_questions == ("Les subsides", "Les cotisations")
    assert preview.items[0].line == 3  # the paragraph number
    assert preview.unit == "paragraph"


def test_numbering_properties_give_the_level(tmp_path: Path) -> None:
    d = docx.Document()
    for text, level in [("Accueil", 0), ("Budget", 0), ("Subsides", 1), ("Détail", 2), ("Fin", 0)]:
        numbered(d.add_paragraph(text, style="List Paragraph"), level)
    path = tmp_path / "num.docx"
    d.save(str(path))
    preview = read_agenda_docx(path)
    assert [i.title for i in preview.items] == ["Accueil", "Budget", "Fin"]
    assert preview.items[1].sub_questions == ("Subsides", "Détail")


def test_headings_are_the_points(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_heading("Réunion du collectif", 0)
    d.add_heading("Accueil", 1)
    d.add_heading("Journée d'arrêt (45 min)", 1)
    d.add_paragraph("Avec qui et comment ?")
    d.add_heading("Avec les syndicats ?", 2)
    d.add_heading("Divers", 1)
    path = tmp_path / "h.docx"
    d.save(str(path))
    preview = read_agenda_docx(path)
    assert preview.title == "Réunion du collectif"
    assert [i.title for i in preview.items] == ["Accueil", "Journée d'arrêt", "Divers"]
    assert preview.items[1].planned_minutes == 45
    assert preview.items[1].description == "Avec qui et comment ?"
    assert preview.items[1].sub_questions == ("Avec les syndicats ?",)


def test_bullets_typed_by_hand(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("Ordre du jour")
    d.add_paragraph("1. Accueil")
    d.add_paragraph("2. Budget")
    path = tmp_path / "typed.docx"
    d.save(str(path))
    assert [i.title for i in read_agenda_docx(path).items] == ["Accueil", "Budget"]


def test_a_corrupt_docx_is_refused_with_the_file_named(tmp_path: Path) -> None:
    good = tmp_path / "good.docx"
    d = docx.Document()
    d.add_paragraph("Accueil", style="List Number")
    d.save(str(good))
    data = good.read_bytes()
    bad = tmp_path / "cassé.docx"
    bad.write_bytes(data[: len(data) // 2])
    with pytest.raises(AgendaImportError) as info:
        read_agenda(bad)
    assert str(bad) in str(info.value)
    assert "damaged" in info.value.message


def test_a_docx_with_broken_xml_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "xml.docx"
    d = docx.Document()
    d.add_paragraph("Accueil")
    d.save(str(path))
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(broken, "w") as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/document.xml":
                data = data[: len(data) // 2]
            dst.writestr(info, data)
    with pytest.raises(AgendaImportError, match="damaged and cannot be read"):
        read_agenda(broken)


def test_a_password_protected_docx(tmp_path: Path) -> None:
    path = tmp_path / "secret.docx"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"junk" * 200)
    with pytest.raises(AgendaImportError) as info:
        read_agenda(path)
    assert "password-protected" in info.value.message
    assert "not a Word .docx" in info.value.message


def test_an_encrypted_package_is_named_as_such(tmp_path: Path) -> None:
    path = tmp_path / "secret.docx"
    ole = bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 100 + "EncryptedPackage".encode("utf-16-le")
    path.write_bytes(ole)
    with pytest.raises(AgendaImportError, match="password-protected: remove the password"):
        read_agenda(path)


def test_other_zip_files_are_not_word(tmp_path: Path) -> None:
    path = tmp_path / "tableur.docx"
    with zipfile.ZipFile(path, "w") as zf:
        zf.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(AgendaImportError, match="not a Word document"):
        read_agenda(path)


def test_a_docx_without_agenda(tmp_path: Path) -> None:
    path = tmp_path / "vide.docx"
    docx.Document().save(str(path))
    with pytest.raises(AgendaImportError, match="No agenda point"):
        read_agenda(path)


def test_an_agenda_in_a_table_gets_a_hint(tmp_path: Path) -> None:
    d = docx.Document()
    table = d.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "18:30"
    table.cell(0, 1).text = "Accueil"
    path = tmp_path / "table.docx"
    d.save(str(path))
    with pytest.raises(AgendaImportError, match="table"):
        read_agenda(path)


def test_an_old_doc_file(tmp_path: Path) -> None:
    path = tmp_path / "ancien.doc"
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"x" * 100)
    with pytest.raises(AgendaImportError, match=r"\.docx"):
        read_agenda(path)


def test_damaged_copies_never_crash(tmp_path: Path) -> None:
    """Cut or scribbled over at many places, a .docx gives a preview or a clear refusal."""
    d = docx.Document()
    d.add_heading("Réunion", 0)
    for title in ("Accueil", "Budget", "Divers"):
        d.add_paragraph(title, style="List Number")
    good = tmp_path / "good.docx"
    d.save(str(good))
    data = good.read_bytes()
    path = tmp_path / "damaged.docx"
    for n, cut in enumerate(range(0, len(data), max(1, len(data) // 40))):
        scribbled = bytearray(data)
        scribbled[cut : cut + 64] = b"\xff" * len(scribbled[cut : cut + 64])
        for variant in (data[:cut], bytes(scribbled)):
            path.write_bytes(variant)
            try:
                read_agenda(path)
            except AgendaImportError as exc:
                assert str(path) in str(exc), n


def test_a_docx_that_unpacks_to_too_much_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("word/document.xml", "<w:document/>")
        zf.writestr("word/media/filler.bin", b"\x00" * 61_000_000)
    assert path.stat().st_size < 1_000_000
    with pytest.raises(AgendaImportError, match="too big"):
        read_agenda(path)


def _long_docx(path: Path, paragraphs: int, in_table: int) -> None:
    """A real Word file of ``paragraphs`` list points, and ``in_table`` more inside a table. The
    paragraphs are copied as XML: python-docx's add_paragraph takes a minute for thousands."""
    document = docx.Document()
    first = document.add_paragraph("Point 0", style="List Number")._p
    cell = document.add_table(rows=1, cols=1).cell(0, 0)
    cell_p = cell.add_paragraph("case 0")._p
    for n in range(paragraphs - 1):
        p = copy.deepcopy(first)
        p.xpath(".//w:t")[0].text = f"Point {n + 1}"
        first.addnext(p)
        first = p
    for _ in range(in_table - 1):
        cell_p.addnext(copy.deepcopy(cell_p))
    document.save(str(path))


def test_a_6000_paragraph_document_is_refused_before_python_docx_reads_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "long.docx"
    _long_docx(path, 6000, in_table=1)

    def not_read(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("python-docx should not read a file refused for its length")

    # building an object per paragraph is what took two seconds before the refusal
    monkeypatch.setattr(docx, "Document", not_read)
    with pytest.raises(AgendaImportError, match=r"too long for an agenda \(6000 paragraphs\)"):
        read_agenda_docx(path)


def test_the_count_is_of_the_body_s_paragraphs_and_the_limit_itself_passes(
    tmp_path: Path,
) -> None:
    path = tmp_path / "long-but-fine.docx"
    _long_docx(path, MAX_PARAGRAPHS, in_table=50)  # the most an agenda may have
    data = path.read_bytes()
    assert body_paragraphs(data) == MAX_PARAGRAPHS
    check_package(path, data)  # not refused for its length
    assert body_paragraphs(b"not a zip") == 0  # damaged: python-docx will name the damage
