"""The facilitator's menus that open other parts: editors, export of the minutes, the next meeting."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QFileDialog, QMessageBox

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
