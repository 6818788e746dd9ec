"""Fixtures of the export tests: the held example meeting, and reading a .docx back."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pytest

from facilitation.models import Meeting
from facilitation.resources import example
from facilitation.storage.fileformat import load_meeting, meeting_to_document

EXAMPLE = "rencontre-2-held.json"


def held_meeting() -> Meeting:
    """The bundled held example (the "2e rencontre", as it was held)."""
    return load_meeting(example(EXAMPLE))


@pytest.fixture
def meeting() -> Meeting:
    return held_meeting()


def write_meeting_file(m: Meeting, path: Path) -> Path:
    path.write_text(json.dumps(meeting_to_document(m), ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def meeting_file(meeting: Meeting, tmp_path: Path) -> Path:
    return write_meeting_file(meeting, tmp_path / "rencontre.json")


@dataclass
class Para:
    style: str
    text: str


def read_docx(path: Path) -> tuple[list[Para], list[list[list[str]]]]:
    """The body's paragraphs (style name, text) in order, and every table as rows of cell texts."""
    import docx

    doc = docx.Document(str(path))
    paras = [Para(p.style.name if p.style is not None else "", p.text) for p in doc.paragraphs]
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in doc.tables]
    return paras, tables


def section(paras: list[Para], heading: str) -> list[Para]:
    """The paragraphs under the Heading 1 ``heading``, up to the next Heading 1."""
    start = next(i for i, p in enumerate(paras) if p.style == "Heading 1" and p.text == heading)
    out = []
    for p in paras[start + 1 :]:
        if p.style == "Heading 1":
            break
        out.append(p)
    return out


@pytest.fixture(autouse=True)
def _qt_app(qapp: object) -> None:
    """The test session's QApplication exists before an export draws its chart.

    Without it the export would make a bare QGuiApplication, and later widget tests in the same
    process could not make their QApplication.
    """
