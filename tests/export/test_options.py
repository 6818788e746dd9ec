"""What the export dialog calls: options, a safe file name, the documents folder, remembered choices."""

from __future__ import annotations

import json
from pathlib import Path

import platformdirs
import pytest

from facilitation.export import ExportError
from facilitation.export.options import (
    NAME_LIMIT,
    ExportOptions,
    default_folder,
    default_options,
    export_with,
    remember_options,
    remembered_options,
    safe_file_name,
    suggested_file_name,
    suggested_path,
)
from facilitation.models import Details, LiveMeeting, Meeting, SetDetails
from tests.export import secretary as s


@pytest.fixture
def meeting() -> Meeting:
    return s.secretary_meeting()


UNSAFE = '\\/:*?"<>|'


@pytest.mark.parametrize(
    "name",
    [
        'Réunion : budget ? "oui" <non> | a*b / c\\d',
        "Fin avec des points...",
        "Fin avec des espaces   ",
        "CON",
        "con.docx",
        "LPT1",
        "Aux",
        "nul",
        "COM9",
        "",
        "   ...   ",
        "tab\tet\nligne\x00nul\x1f",
        "é" * 400,
        "🎉 fête de fin d'année 🎄",
    ],
)
def test_safe_file_names(name: str) -> None:
    out = safe_file_name(name, "docx")
    stem = out[: -len(".docx")]
    assert out.endswith(".docx") and len(out) <= NAME_LIMIT
    assert not any(c in out for c in UNSAFE)
    assert not any(ord(c) < 32 for c in out)
    assert stem and not stem.endswith((".", " ")) and not stem.startswith(" ")
    assert stem.split(".")[0].lower() not in {"con", "prn", "aux", "nul", "com9", "lpt1"}


def test_names_that_were_safe_stay_as_they_were() -> None:
    assert safe_file_name("Compte rendu 2026-12-01 Assemblée", "pdf") == (
        "Compte rendu 2026-12-01 Assemblée.pdf"
    )
    assert safe_file_name("CONSEIL", "md") == "CONSEIL.md"  # only the reserved names themselves


def test_suggested_name_is_in_the_meetings_language_and_says_anonymised(meeting: Meeting) -> None:
    options = default_options(meeting)
    assert options.lang == "fr" and options.fmt == "docx"
    assert suggested_file_name(meeting, options) == (
        "Compte rendu 2026-12-01 Assemblée du collectif des permanences.docx"
    )
    english = ExportOptions(fmt="pdf", lang="en", anonymous=True)
    assert suggested_file_name(meeting, english) == (
        "Minutes 2026-12-01 Assemblée du collectif des permanences anonymised.pdf"
    )


def test_default_folder_is_in_the_documents_never_the_data_folder(meeting: Meeting) -> None:
    folder = default_folder()
    assert folder == Path(platformdirs.user_documents_dir()) / "Facilitation"
    assert Path(platformdirs.user_data_dir("facilitation", appauthor=False)) not in (
        folder,
        *folder.parents,
    )
    assert suggested_path(meeting, default_options(meeting)).parent == folder


def test_choices_are_remembered_per_series(meeting: Meeting, tmp_path: Path) -> None:
    assert remembered_options(meeting, tmp_path) == default_options(meeting)
    chosen = ExportOptions(
        fmt="pdf",
        lang="en",
        anonymous=True,
        keep_owners=True,
        include_speaking_time=False,
        template=tmp_path / "lettre.docx",
    )
    remember_options(meeting, chosen, tmp_path)
    assert remembered_options(meeting, tmp_path) == chosen
    stored = tmp_path / "export-choices.json"
    assert stored.stat().st_mode & 0o777 == 0o600
    other = LiveMeeting(Meeting("other"))
    other.apply(SetDetails(Details(series="Conseil", language="en")))
    assert remembered_options(other.meeting, tmp_path) == ExportOptions(lang="en")


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not json",
        b"[1, 2]",
        b'{"Assembl\xc3\xa9es": "pdf"}',
        b"\xff\xfe",
        json.dumps(
            {"Assemblées": {"fmt": "odt", "lang": "de", "anonymous": "yes", "template": 7}}
        ).encode(),
    ],
)
def test_damaged_choices_give_the_defaults(
    meeting: Meeting, tmp_path: Path, content: bytes
) -> None:
    (tmp_path / "export-choices.json").write_bytes(content)
    assert remembered_options(meeting, tmp_path) == default_options(meeting)
    remember_options(meeting, ExportOptions(fmt="md"), tmp_path)  # and it can be written again
    assert remembered_options(meeting, tmp_path).fmt == "md"


def test_export_with_writes_each_format(meeting: Meeting, tmp_path: Path) -> None:
    for fmt, magic in (("docx", b"PK"), ("md", b"# "), ("pdf", b"%PDF")):
        options = ExportOptions(fmt=fmt, lang="en")
        out = export_with(meeting, tmp_path / suggested_file_name(meeting, options), options)
        assert out.read_bytes().startswith(magic)
    with pytest.raises(ExportError):
        export_with(meeting, tmp_path / "missing" / "x.pdf", ExportOptions(fmt="pdf"))
