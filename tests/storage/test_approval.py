"""Approving the previous minutes writes the day into the previous meeting's own file."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from facilitation.storage.approval import approve_minutes_file
from facilitation.storage.errors import LockedError, MeetingFileError
from facilitation.storage.fileformat import load_meeting, save_meeting
from facilitation.storage.lock import FileLock
from tests.factories import example_meeting


def test_the_day_is_saved_and_the_rest_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "rencontre-2.json"
    before = example_meeting()
    save_meeting(path, before)
    saved = approve_minutes_file(path, date(2021, 9, 9), tmp_path / "data")
    again = load_meeting(path)
    assert again == saved
    assert again.details.minutes_approved_on == date(2021, 9, 9)
    assert again.notes == before.notes and again.items == before.items
    assert path.stat().st_mode & 0o777 == 0o600
    assert not list(tmp_path.glob(".*.lock"))  # the lock is let go
    approve_minutes_file(path, None, tmp_path / "data")
    assert load_meeting(path).details.minutes_approved_on is None


def test_a_file_open_elsewhere_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "open.json"
    save_meeting(path, example_meeting())
    data = path.read_bytes()
    held = FileLock.acquire(path, tmp_path / "data")
    try:
        with pytest.raises(LockedError):
            approve_minutes_file(path, date(2021, 9, 9), tmp_path / "data")
    finally:
        held.release()
    assert path.read_bytes() == data


def test_a_broken_file_is_refused_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(b'{"format": "facilitation-meeting", "schema_version": 2, "meeting": [')
    with pytest.raises(MeetingFileError):
        approve_minutes_file(path, date(2021, 9, 9), tmp_path / "data")
    assert path.read_bytes().endswith(b"[")
