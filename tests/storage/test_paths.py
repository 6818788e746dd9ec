"""The app's own folders are private to the user (0700), wherever platformdirs puts them."""

from __future__ import annotations

import os
import stat
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitation.models import FakeClock, LiveMeeting
from facilitation.storage import Session, autosave_dir, data_dir
from facilitation.storage.paths import meeting_file_name, meetings_dir, new_meeting_path
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


def test_the_meetings_folder_is_under_the_documents_and_private() -> None:
    folder = meetings_dir()
    assert folder == Path(os.environ["XDG_DOCUMENTS_DIR"]) / "Facilitation"
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (("3e rencontre", "Rencontre", 3, date(2026, 12, 1)), "2026-12-01 Rencontre 3.json"),
        (("AG: budget?", "", None, date(2026, 5, 2)), "2026-05-02 AG budget.json"),
        (("Bilan", "Comité", None, None), "Comité Bilan.json"),
        (("", "", None, None), "meeting.json"),
        (('a<b>c:d"e/f\\g|h?i*j', "", None, None), "a b c d e f g h i j.json"),
        (("..caché. ", "", None, None), "caché.json"),
        (("CON", "", None, None), "_CON.json"),
        (("tab\there\x00nul", "", None, None), "tab here nul.json"),
    ],
)
def test_new_meeting_names_are_safe_everywhere(args: tuple, expected: str) -> None:  # type: ignore[type-arg]
    assert meeting_file_name(*args) == expected


@given(st.text(), st.text(), st.one_of(st.none(), st.integers(0, 10**6)))
def test_no_name_holds_a_character_a_system_refuses(title: str, series: str, n: int | None) -> None:
    name = meeting_file_name(title, series, n, date(2026, 1, 1))
    assert not set(name) & set('<>:"/\\|?*')
    assert all(ord(c) >= 32 for c in name)
    assert name.endswith(".json") and not name.startswith((".", " "))
    assert len(name.encode("utf-8", "surrogatepass")) <= 210


def test_a_taken_name_gets_a_number(tmp_path: Path) -> None:
    first = new_meeting_path("3e", "Rencontre", 3, date(2026, 12, 1))
    assert first == meetings_dir() / "Rencontre" / "2026-12-01 Rencontre 3.json"
    first.write_text("{}")
    second = new_meeting_path("3e", "Rencontre", 3, date(2026, 12, 1))
    assert second.name == "2026-12-01 Rencontre 3 (2).json"
    assert stat.S_IMODE(first.parent.stat().st_mode) == 0o700
