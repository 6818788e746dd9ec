"""Bad input never breaks an export and never breaks a file: templates, folders, failing writes."""

from __future__ import annotations

import errno
import io
import os
import tempfile
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

import docx
import pytest

from facilitation.cli import main
from facilitation.export import (
    InvalidMeetingError,
    OutputError,
    WordTemplateError,
    export_minutes,
)
from facilitation.models import Meeting, Note
from tests.export.conftest import read_docx

if TYPE_CHECKING:
    from _typeshed import ReadableBuffer


def _template_without(tmp_path: Path, style_name: str, header: str = "") -> Path:
    doc = docx.Document()
    doc.add_paragraph("TEMPLATE BODY TO BE CLEARED")
    if header:
        doc.sections[0].header.paragraphs[0].text = header
    style = doc.styles[style_name]
    style.element.getparent().remove(style.element)
    path = tmp_path / "org.docx"
    doc.save(str(path))
    return path


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"\x00\x01\x02 not a word file at all" * 100,
        "a zip without a document",
    ],
    ids=["empty", "binary", "zip-without-document"],
)
def test_template_that_is_not_a_docx(
    meeting: Meeting, tmp_path: Path, content: bytes | str, capsys: pytest.CaptureFixture[str]
) -> None:
    template = tmp_path / "t.docx"
    if isinstance(content, str):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as z:
            z.writestr("hello.txt", content)
        template.write_bytes(buf.getvalue())
    else:
        template.write_bytes(content)
    out = tmp_path / "m.docx"
    with pytest.raises(WordTemplateError, match=r"t\.docx"):
        export_minutes(meeting, out, template=template)
    assert not out.exists()
    meeting_file = tmp_path / "m.json"
    from tests.export.conftest import write_meeting_file

    write_meeting_file(meeting, meeting_file)
    assert main(["export", str(meeting_file), "--template", str(template)]) == 1
    stdout, err = capsys.readouterr()
    assert stdout == "" and len(err.splitlines()) == 1 and "template" in err
    assert list(tmp_path.glob("*.tmp")) == [] and not meeting_file.with_suffix(".docx").exists()


def test_missing_template(meeting_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["export", str(meeting_file), "--template", str(meeting_file.parent / "none.docx")])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "none.docx" in err and "does not exist" in err


def test_template_missing_list_bullet_falls_back_with_a_warning(
    meeting_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    template = _template_without(tmp_path, "List Bullet", header="ASBL Les Amis du Social")
    out = tmp_path / "with-template.docx"
    code = main(["export", str(meeting_file), "--template", str(template), "-o", str(out)])
    stdout, err = capsys.readouterr()
    assert code == 0 and stdout.strip() == str(out)
    assert err.startswith("warning:") and '"List Bullet"' in err and len(err.splitlines()) == 1
    paras, _ = read_docx(out)
    texts = [p.text for p in paras]
    assert "TEMPLATE BODY TO BE CLEARED" not in texts
    bullets = [p for p in paras if p.style == "List Bullet"]
    assert bullets and all(p.text.startswith("• ") for p in bullets)
    doc = docx.Document(str(out))
    assert doc.sections[0].header.paragraphs[0].text == "ASBL Les Amis du Social"  # letterhead kept


def test_template_missing_a_heading_through_the_api(meeting: Meeting, tmp_path: Path) -> None:
    template = _template_without(tmp_path, "Heading 2")
    warnings: list[str] = []
    out = export_minutes(
        meeting, tmp_path / "m.docx", template=template, on_warning=warnings.append
    )
    assert len(warnings) == 1 and '"Heading 2"' in warnings[0]
    paras, _ = read_docx(out)
    assert sum(p.style == "Heading 2" for p in paras) >= len(meeting.items)


def test_unwritable_folder(
    meeting: Meeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    if os.geteuid() == 0:  # root writes anywhere: simulate what a normal user gets

        def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
            raise PermissionError(errno.EACCES, "Permission denied")

        monkeypatch.setattr(tempfile, "mkstemp", refuse)
    else:
        folder.chmod(0o500)
    try:
        with pytest.raises(OutputError, match="permission denied"):
            export_minutes(meeting, folder / "m.docx")
    finally:
        folder.chmod(0o700)
    assert list(folder.iterdir()) == []


def test_missing_folder_and_folder_as_output(meeting: Meeting, tmp_path: Path) -> None:
    with pytest.raises(OutputError, match="does not exist"):
        export_minutes(meeting, tmp_path / "no" / "m.docx")
    (tmp_path / "d.docx").mkdir()
    with pytest.raises(OutputError, match="folder"):
        export_minutes(meeting, tmp_path / "d.docx")


@pytest.mark.parametrize("failing", ["fsync", "replace", "write"])
def test_failed_write_keeps_the_existing_document(
    meeting: Meeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    out = tmp_path / "minutes.docx"
    out.write_bytes(b"the minutes approved last month")
    before = out.read_bytes()

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    if failing == "write":
        real_fdopen = os.fdopen

        class Half(io.FileIO):
            def write(self, data: ReadableBuffer, /) -> int:
                super().write(bytes(data)[:100])
                raise OSError(errno.ENOSPC, "No space left on device")

        monkeypatch.setattr(
            os, "fdopen", lambda fd, mode: Half(fd, "wb") if "w" in mode else real_fdopen(fd, mode)
        )
    else:
        monkeypatch.setattr(os, failing, broken)
    with pytest.raises(OutputError, match="disk is full"):
        export_minutes(meeting, out)
    assert out.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["minutes.docx"]


def test_meeting_that_fails_validation(meeting: Meeting, tmp_path: Path) -> None:
    broken = meeting.copy()
    broken.notes["ghost"] = Note("ghost", "no-such-item", datetime(2021, 6, 17, tzinfo=UTC), "?")
    with pytest.raises(InvalidMeetingError, match="no-such-item"):
        export_minutes(broken, tmp_path / "m.docx")
    assert not (tmp_path / "m.docx").exists()


def test_unknown_language_and_format(meeting: Meeting, tmp_path: Path) -> None:
    from facilitation.export import ExportError

    with pytest.raises(ExportError, match="language"):
        export_minutes(meeting, tmp_path / "m.docx", lang="de")
    with pytest.raises(ExportError, match="format"):
        export_minutes(meeting, tmp_path / "m.odt", fmt="odt")


def test_an_unexpected_failure_is_still_an_export_error(
    meeting: Meeting, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitation.export import ExportError, markdown

    def explode(minutes: object) -> str:
        raise RuntimeError("a bug while laying out")

    monkeypatch.setattr(markdown, "render_markdown", explode)
    out = tmp_path / "m.md"
    out.write_text("previous minutes")
    with pytest.raises(ExportError, match="a bug while laying out"):
        export_minutes(meeting, out, fmt="md")
    assert out.read_text() == "previous minutes"


def test_template_footer_with_page_numbers_is_kept_as_is(meeting: Meeting, tmp_path: Path) -> None:
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.shared import Cm

    doc = docx.Document()
    doc.sections[0].page_width = Cm(17.6)  # the association's own paper
    footer = doc.sections[0].footer.paragraphs[0]
    footer.text = "ASBL Les Amis du Social — BCE 0123.456.789 — p. "
    footer._p.append(
        parse_xml(
            f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'
        )
    )
    template = tmp_path / "org.docx"
    doc.save(str(template))
    warnings: list[str] = []
    out = export_minutes(
        meeting, tmp_path / "m.docx", template=template, on_warning=warnings.append
    )
    assert warnings == []
    result = docx.Document(str(out))
    width = result.sections[0].page_width
    assert width is not None and abs(width - Cm(17.6)) < Cm(0.01)  # twips round
    footer_xml = result.sections[0].footer._element.xml
    assert footer_xml.count("PAGE") == 1
    assert "BCE 0123.456.789" in footer_xml
