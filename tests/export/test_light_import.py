"""The export costs nothing at start-up: importing it pulls in neither python-docx nor Qt."""

from __future__ import annotations

import subprocess
import sys


def test_importing_the_export_api_is_light() -> None:
    code = (
        "import sys\n"
        "import facilitation.export, facilitation.export.cli\n"
        "from facilitation.export import export_minutes\n"
        "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('docx', 'PySide6', 'lxml'))\n"
        "print(','.join(heavy))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == ""
