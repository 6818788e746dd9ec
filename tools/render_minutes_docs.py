"""Regenerate the pictures of the minutes in docs/, from the French minutes of the held example.

    .venv/bin/python tools/render_minutes_docs.py

- ``docs/minutes-page-1.png``, ``docs/minutes-page-2.png``: the first two pages of the Word minutes
  as LibreOffice lays them out (converted to PDF, then ``pdftoppm -r 60 -png``);
- ``docs/minutes-pdf-<kind>.png``: one page of each kind of the PDF the app writes itself (no office
  suite): ``first`` (details, attendance, agenda), ``items`` (items discussed), ``decisions`` (the
  record of decisions and the action table), ``speaking`` (the speaking-time chart and tables).

Needs LibreOffice and poppler-utils (pdftoppm, pdftotext). Runs without a display.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

#: the page of each kind: the first page whose text holds these words
PDF_KINDS = {
    "first": "Présences",
    "items": "Échanges",
    "decisions": "Relevé de décisions",
    "speaking": "Temps de parole par groupe",
}


def _run(*args: str) -> str:
    return subprocess.run(
        list(args), check=True, capture_output=True, text=True, timeout=300
    ).stdout


def _page_png(pdftoppm: str, pdf: Path, page: int, target: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp_name:
        stem = Path(tmp_name) / "page"
        _run(pdftoppm, "-r", "60", "-png", "-f", str(page), "-l", str(page), str(pdf), str(stem))
        shutil.copyfile(next(Path(tmp_name).glob("page-*.png")), target)
    print(target)


def main() -> int:
    from facilitation.export import export_minutes
    from facilitation.resources import example
    from facilitation.storage.fileformat import load_meeting

    office, pdftoppm = shutil.which("libreoffice"), shutil.which("pdftoppm")
    pdftotext = shutil.which("pdftotext")
    if office is None or pdftoppm is None or pdftotext is None:
        print("render_minutes_docs: libreoffice and poppler-utils are needed", file=sys.stderr)
        return 1
    meeting = load_meeting(example("rencontre-2-held.json"))
    docs = ROOT / "docs"
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        minutes = export_minutes(meeting, tmp / "minutes.docx", lang="fr")
        profile = (tmp / "profile").as_uri()
        _run(
            office,
            f"-env:UserInstallation={profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp),
            str(minutes),
        )
        for page in (1, 2):
            _page_png(pdftoppm, tmp / "minutes.pdf", page, docs / f"minutes-page-{page}.png")

        own = export_minutes(meeting, tmp / "own.pdf", lang="fr", fmt="pdf")
        pages = _run(pdftotext, str(own), "-").split("\f")
        for kind, words in PDF_KINDS.items():
            number = next(i for i, text in enumerate(pages, 1) if words in text)
            _page_png(pdftoppm, own, number, docs / f"minutes-pdf-{kind}.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
