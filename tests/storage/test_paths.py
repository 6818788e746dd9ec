"""The app's own folders are private to the user (0700), wherever platformdirs puts them."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from facilitation.models import FakeClock, LiveMeeting
from facilitation.storage import Session, autosave_dir, data_dir
from tests.storage.scenario import initial_meeting


def test_data_and_autosave_folders_are_private() -> None:
    base = data_dir()
    # conftest points XDG_DATA_HOME at a private temp folder: never the user's real one
    assert str(base).startswith(os.environ["XDG_DATA_HOME"])
    assert stat.S_IMODE(base.stat().st_mode) == 0o700
    auto = autosave_dir()
    assert auto.parent == base and stat.S_IMODE(auto.stat().st_mode) == 0o700


def test_a_too_open_existing_folder_is_closed(tmp_path: Path) -> None:
    base = tmp_path / "data"
    (base / "autosave").mkdir(parents=True)
    os.chmod(base, 0o755)
    os.chmod(base / "autosave", 0o777)
    assert stat.S_IMODE(autosave_dir(base).stat().st_mode) == 0o700


def test_session_uses_the_default_data_folder() -> None:
    session = Session.open(LiveMeeting(initial_meeting()), None, FakeClock())
    assert session.slot is not None and session.slot.parent == autosave_dir()
    session.close()
