"""Regenerate docs/minutes-page-1.png and docs/minutes-page-2.png: the first two pages of the
French minutes of the held example, through LibreOffice and ``pdftoppm -r 60 -png``.

    .venv/bin/python tools/render_minutes_docs.py

Needs LibreOffice and poppler-utils (pdftoppm). Runs without a display.
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


def main() -> int:
    from facilitation.export import export_minutes
    from facilitation.resources import example
    from facilitation.storage.fileformat import load_meeting

    office, pdftoppm = shutil.which("libreoffice"), shutil.which("pdftoppm")
    if office is None or pdftoppm is None:
        print("render_minutes_docs: libreoffice and pdftoppm are needed", file=sys.stderr)
        return 1
    meeting = load_meeting(example("rencontre-2-held.json"))
    docs = ROOT / "docs"
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        minutes = export_minutes(meeting, tmp / "minutes.docx", lang="fr")
        profile = (tmp / "profile").as_uri()
        subprocess.run(
            [
                office,
                f"-env:UserInstallation={profile}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(tmp),
                str(minutes),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
        subprocess.run(
            [
                pdftoppm,
                "-r",
                "60",
                "-png",
                "-f",
                "1",
                "-l",
                "2",
                str(tmp / "minutes.pdf"),
                str(tmp / "page"),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
        pages = sorted(tmp.glob("page-*.png"))
        for i, page in enumerate(pages[:2], 1):
            target = docs / f"minutes-page-{i}.png"
            shutil.copyfile(page, target)
            print(target)
    return 0


if __name__ == "__main__":
    sys.exit(main())
