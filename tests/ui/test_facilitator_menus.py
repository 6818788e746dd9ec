"""The facilitator's menus that open other parts: editors, export of the minutes, the next meeting."""

from __future__ import annotations

from pathlib import Path

import pytest

from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from facilitation.storage.fileformat import load_meeting
from tests.ui.conftest import Facilitator

from facilitation.ui.dialogs.export_dialog import ExportDialog
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


def test_save_as_and_next_propose_a_readable_name_in_the_meetings_folder(
    facilitator: Facilitator, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitation.storage.paths import meetings_dir

    asked: list[str] = []

    def ask(parent: QWidget | None, caption: str, proposal: str, *more: str) -> tuple[str, str]:
        asked.append(proposal)  # the name (or folder) proposed; the user then cancels
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(ask))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(ask))

    class Store:  # a session without a file yet
        path = None

    from tests.ui.conftest import with_changes

    facilitator.window.ctx = with_changes(facilitator.ctx, session=Store())
    file_menu.save_as(facilitator.window)
    file_menu.prepare_next(facilitator.window)
    file_menu.open_meeting(facilitator.window)
    # the sample meeting: "2e rencontre" on 2021-06-17, no series
    assert asked == [
        str(meetings_dir() / "2021-06-17 2e rencontre.json"),
        str(meetings_dir() / "2e rencontre.json"),  # the next: no date announced
        str(meetings_dir()),
    ]


def test_minutes_written_show_in_the_list(
    facilitator: Facilitator, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from datetime import UTC, datetime

    from facilitation.models import LiveState
    from facilitation.storage.fileformat import save_meeting
    from facilitation.storage.library import Library
    from facilitation.storage.paths import meetings_dir
    from facilitation.storage.summary import State

    held = facilitator.meeting
    held.live = LiveState(
        started_at=datetime(2021, 6, 17, 18, tzinfo=UTC),
        ended_at=datetime(2021, 6, 17, 20, tzinfo=UTC),
    )
    save_meeting(meetings_dir() / "held.json", held)
    assert [s.state for s in Library().scan()] == [State.HELD]
    out = tmp_path / "pv.md"
    facilitator.window.actions["export"].trigger()
    (dialog,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, ExportDialog)]
    dialog.fmt.setCurrentIndex(dialog.fmt.findData("md"))
    dialog.path.setText(str(out))
    assert dialog.export() == out and out.exists()
    dialog.close()
    assert [s.state for s in Library().scan()] == [State.MINUTES]
