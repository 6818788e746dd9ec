"""The domain must import without Qt: a subprocess proves no PySide6 module gets loaded."""

import json
import subprocess
import sys


def test_models_import_without_qt() -> None:
    code = (
        "import json, sys; import facilitation.models, facilitation.models.timing, "
        "facilitation.models.stats, facilitation.models.queue; "
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'docx'))))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []
