"""The meeting file's SHA-256 is the same whichever implementation computes it."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitation.storage import digest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("size", [0, 1, 63, 64, 65, 4096, digest.SMALL, digest.SMALL + 1, 3 << 20])
def test_the_digest_is_sha256_at_every_size(size: int) -> None:
    data = os.urandom(size)
    assert digest.sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_opening_a_meeting_does_not_load_openssl(tmp_path: Path) -> None:
    """The session's file identity, its lock and the recovery check hash without ``hashlib``."""
    code = (
        "import sys\n"
        "from facilitation.resources import example\n"
        "from facilitation.storage.fileformat import load_meeting\n"
        "from facilitation.storage.session import Session\n"
        "from facilitation.storage.recovery import find_recoverable\n"
        "from facilitation.models import LiveMeeting, SystemClock\n"
        "import shutil, pathlib\n"
        f"path = pathlib.Path({str(tmp_path)!r}) / 'm.json'\n"
        "shutil.copy(example('rencontre-2.json'), path)\n"
        "live = LiveMeeting(load_meeting(path))\n"
        f"s = Session.open(live, path, SystemClock(), data_dir=pathlib.Path({str(tmp_path)!r}) / 'data')\n"
        "s.close(clean=True)\n"
        f"find_recoverable(pathlib.Path({str(tmp_path)!r}) / 'data')\n"
        "print('LOADED', sorted(m for m in sys.modules if 'hashlib' in m or 'ssl' in m))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert "LOADED []" in done.stdout, done.stdout
