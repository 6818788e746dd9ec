"""The facilitator's menus that open other parts: editors, export of the minutes, the next meeting."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QFileDialog, QMessageBox

from facilitation.models import StartMeeting
from facilitation.storage.fileformat import load_meeting
from tests.ui.conftest import Facilitator

from facilitation.ui.facilitator import file_menu


def test_meeting_menu_opens_the_editors(facilitator: Facilitator) -> None:
    from facilitation.ui.dialogs.agenda_editor import AgendaEditor
    from facilitation.ui.dialogs.participants_editor import ParticipantsEditor

    w = facilitator.window
    for name, cls in (("agenda_editor", AgendaEditor), ("participants_editor", ParticipantsEditor)):
        w.actions[name].trigger()
        (dialog,) = [d for d in w.findChildren(cls) if d.isVisible()]
        dialog.close()


def test_export_minutes_writes_the_document(
    facilitator: Facilitator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "minutes.md"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), "Markdown (*.md)"))
    )
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    f = facilitator
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1"))
    f.window.actions["export"].trigger()
    assert out.exists() and "Tour de table" in out.read_text("utf-8")
    assert shown and str(out) in shown[0]


def test_prepare_the_next_meeting_writes_a_file(
    facilitator: Facilitator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "next.json"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(out), ""))
    )
    monkeypatch.setattr(
        QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.No)
    )
    file_menu.prepare_next(facilitator.window)
    nxt = load_meeting(out)
    assert set(nxt.participants) == set(facilitator.meeting.participants)
    assert out.stat().st_mode & 0o777 == 0o600
