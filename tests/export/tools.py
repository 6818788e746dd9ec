"""The real readers the export tests open the minutes with: LibreOffice, pandoc, poppler.

Under CI (the ``CI`` variable set) a missing reader fails the test; elsewhere it is skipped.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest


def need(tool: str) -> str:
    path = shutil.which(tool)
    if path is None:
        message = f"{tool} is not installed: the minutes cannot be checked with a real reader"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    return path


def run(*args: str, timeout: int = 300) -> str:
    done = subprocess.run(list(args), check=True, capture_output=True, text=True, timeout=timeout)
    return done.stdout


#: what readers print for what was typed: typographic apostrophes (pandoc), ligatures (poppler)
_SAME = str.maketrans({"’": "'", "ﬁ": "fi", "ﬂ": "fl", "ﬀ": "ff"})


def flat(text: str) -> str:
    """``text`` with its whitespace flattened, apostrophes and ligatures as typed."""
    return " ".join(text.translate(_SAME).split())


def pdf_text(pdf: Path, layout: bool = False) -> str:
    return run(need("pdftotext"), *(["-layout"] if layout else []), str(pdf), "-")


def office_to_pdf(docs: list[Path], outdir: Path, profile: Path) -> list[Path]:
    """Convert ``docs`` with LibreOffice (headless) into ``outdir``; return the PDFs."""
    office = need("libreoffice")
    run(
        office,
        f"-env:UserInstallation={profile.as_uri()}",
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        str(outdir),
        *map(str, docs),
    )
    pdfs = [outdir / (d.stem + ".pdf") for d in docs]
    for pdf in pdfs:
        assert pdf.exists(), f"LibreOffice did not convert {pdf.stem}"
    return pdfs


def pandoc_text(path: Path, source: str | None = None) -> str:
    args = [need("pandoc"), "-t", "plain", "--wrap=none"]
    if source:
        args += ["-f", source]
    return run(*args, str(path), timeout=120)
