"""Real readers open the minutes: LibreOffice (to PDF, read with pdftotext) and pandoc.

Under CI (the ``CI`` variable set) a missing reader fails the test; elsewhere the test is skipped.
Each reader runs once per session, on the French and English minutes of the held example.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from facilitation.export import export_minutes
from facilitation.export.cleaning import clean
from facilitation.models import Meeting
from tests.export.conftest import held_meeting

pytestmark = pytest.mark.slow


def _need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is not installed: the minutes cannot be checked with a real reader"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="session")
def session_meeting() -> Meeting:
    return held_meeting()


@pytest.fixture(scope="session")
def exported(session_meeting: Meeting, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("readers")
    return {
        lang: export_minutes(session_meeting, folder / f"minutes-{lang}.docx", lang=lang)
        for lang in ("fr", "en")
    }


@pytest.fixture(scope="session")
def libreoffice_text(
    exported: dict[str, Path], tmp_path_factory: pytest.TempPathFactory
) -> dict[str, str]:
    office = _need("libreoffice")
    pdftotext = _need("pdftotext")
    profile = tmp_path_factory.mktemp("lo-profile")
    outdir = tmp_path_factory.mktemp("pdf")
    subprocess.run(
        [
            office,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(outdir),
            *map(str, exported.values()),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    texts = {}
    for lang, docx_path in exported.items():
        pdf = outdir / (docx_path.stem + ".pdf")
        assert pdf.exists(), f"LibreOffice did not convert {docx_path.name}"
        done = subprocess.run(
            [pdftotext, str(pdf), "-"], check=True, capture_output=True, text=True
        )
        texts[lang] = _flat(done.stdout)
    return texts


@pytest.fixture(scope="session")
def pandoc_text(exported: dict[str, Path]) -> dict[str, str]:
    pandoc = _need("pandoc")
    texts = {}
    for lang, docx_path in exported.items():
        done = subprocess.run(
            [pandoc, "-t", "plain", "--wrap=none", str(docx_path)],
            check=True,
            capture_output=True,
            text=True,
            timeout=120,
        )
        texts[lang] = _flat(done.stdout)
    return texts


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_libreoffice_shows_every_decision_and_action(
    libreoffice_text: dict[str, str], session_meeting: Meeting, lang: str
) -> None:
    text = libreoffice_text[lang]
    for d in session_meeting.decisions.values():
        assert _flat(clean(d.text)) in text
    for a in session_meeting.actions.values():
        assert _flat(clean(a.what)) in text
    heading = "Relevé de décisions" if lang == "fr" else "Record of decisions"
    assert heading in text
    assert "Page 1 / " in text  # the PAGE field is computed


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pandoc_shows_every_decision_and_action(
    pandoc_text: dict[str, str], session_meeting: Meeting, lang: str
) -> None:
    text = pandoc_text[lang]
    for d in session_meeting.decisions.values():
        assert _flat(clean(d.text)) in text
    for a in session_meeting.actions.values():
        assert _flat(clean(a.what)) in text
    for i, item in enumerate(session_meeting.items.values(), 1):
        assert _flat(f"{i}. {clean(item.title)}") in text
