"""Restoring after a crash never replaces a newer meeting file without asking: the question's default
keeps both, and the file on disk stays as it was."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from facilitation.models import AgendaItem, Create, FakeClock, LiveMeeting, Meeting, Note
from facilitation.storage.fileformat import load_meeting, save_meeting
from facilitation.storage.recovery import OnDisk, find_recoverable
from facilitation.storage.session import Session

from facilitation.ui.app import startup as app_module
from facilitation.ui.app.recovery import RecoveryChoice, recovery_box


def namespace() -> argparse.Namespace:
    return argparse.Namespace(
        file=None, demo=False, notes=None, read_only=False, lang="en", terminate_after_init=False
    )


class Found:
    title = "Rencontre"
    last_change = None
    path = Path("/tmp/rencontre.json")


def _default(on_disk: OnDisk | None) -> RecoveryChoice:
    box, choices = recovery_box(Found(), on_disk)
    try:
        return choices[box.defaultButton()]
    finally:
        box.deleteLater()


def test_the_default_choice_loses_nothing(qapp: QApplication) -> None:
    assert _default(OnDisk.CHANGED) is RecoveryChoice.KEEP_BOTH
    assert _default(OnDisk.UNREADABLE) is RecoveryChoice.KEEP_BOTH
    for older in (OnDisk.OLDER, OnDisk.SAME, OnDisk.MISSING, None):
        assert _default(older) is RecoveryChoice.RESTORE
    box, choices = recovery_box(Found(), OnDisk.CHANGED)
    assert "has changes the autosave does not have" in box.text()
    assert sorted(c.value for c in choices.values()) == [
        "keep_both",
        "later",
        "open_saved",
        "restore",
    ]
    box.deleteLater()


def test_a_newer_file_is_kept_and_the_autosave_goes_beside_it(
    qapp: QApplication,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    path = tmp_path / "rencontre.json"
    m = Meeting("m-app")
    m.items["i1"] = AgendaItem("i1", "Tour de table", planned_minutes=10)
    save_meeting(path, m)
    clock = FakeClock()
    live = LiveMeeting(load_meeting(path))
    crashed = Session.open(live, path, clock)
    live.apply(Create.of("items", AgendaItem("i2", "Ajouté avant le crash")))
    crashed.close(clean=False)  # as if the process had died
    # meanwhile the file was saved with 21 notes the autosave never had
    newer = load_meeting(path)
    for n in range(21):
        newer.notes[f"n{n}"] = Note(f"n{n}", "i1", clock.now(), f"note {n}")
    save_meeting(path, newer)
    before = path.read_bytes()

    asked: list[OnDisk | None] = []

    def answer_with_the_default(r: object, **kw: object) -> RecoveryChoice:
        on_disk = kw.get("on_disk")
        assert on_disk is None or isinstance(on_disk, OnDisk)
        asked.append(on_disk)
        return _default(on_disk)

    monkeypatch.setattr("facilitation.ui.app.recovery.ask_recovery", answer_with_the_default)
    start = app_module.Startup(namespace(), FakeClock(), QSettings())
    opened = start.choose_meeting()
    assert asked == [OnDisk.CHANGED]
    assert opened.path == tmp_path / "rencontre (restored).json"
    session, read_only = start.open_session(opened, LiveMeeting(opened.meeting))
    try:
        assert not read_only
        assert path.read_bytes() == before  # the 21 notes are still in the file
        restored = load_meeting(tmp_path / "rencontre (restored).json")
        assert list(restored.items) == ["i1", "i2"] and not restored.notes
        assert find_recoverable() == []
    finally:
        session.close()
