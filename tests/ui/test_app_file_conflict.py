"""The meeting's file changed by someone else while it is open: the facilitator's window says so and
offers the choice; each choice does what it says."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from facilitation.models import FakeClock, Note
from facilitation.storage.fileformat import load_meeting, save_meeting
from facilitation.storage.session import SaveState, Session
from tests.ui.conftest import Facilitator, with_changes

from facilitation.ui.app import startup as app_module
from facilitation.ui.app.file_conflict import FileChoice, file_changed_box
from facilitation.ui.facilitator.window import FacilitatorWindow


def _open(
    qtbot: QtBot, facilitator: Facilitator, tmp_path: Path
) -> tuple[Session, Path, FacilitatorWindow]:
    path = tmp_path / "rencontre.json"
    save_meeting(path, facilitator.meeting)
    session = Session.open(facilitator.ctx.live, path, facilitator.clock, data_dir=tmp_path / "d")
    window = FacilitatorWindow(with_changes(facilitator.ctx, session=session))
    qtbot.addWidget(window)
    window.interactive = True  # the question is asked (answered below)
    return session, path, window


def _theirs(path: Path, clock: FakeClock) -> None:
    m = load_meeting(path)
    first = next(iter(m.items))
    m.notes["theirs"] = Note("theirs", first, clock.now(), "ajouté dans l'autre programme")
    save_meeting(path, m)


def _tick_until_asked(
    qtbot: QtBot, facilitator: Facilitator, session: Session, asked: list[object]
) -> None:
    facilitator.clock.advance(session.save_every_seconds + 1)
    session.tick()
    session.wait_idle()
    session.tick()  # the failed save's outcome is heard here
    qtbot.waitUntil(lambda: bool(asked), timeout=5000)


@pytest.mark.parametrize("choice", [FileChoice.RELOAD, FileChoice.OVERWRITE])
def test_the_user_chooses_what_happens_to_a_file_changed_behind_our_back(
    qtbot: QtBot,
    facilitator: Facilitator,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    choice: FileChoice,
) -> None:
    session, path, window = _open(qtbot, facilitator, tmp_path)
    asked: list[object] = []

    def answer(exc: object, parent: object = None) -> FileChoice:
        asked.append(exc)
        return choice

    monkeypatch.setattr("facilitation.ui.app.file_conflict.ask_file_changed", answer)
    shown: list[str] = []
    window.ctx.hub.problem.connect(shown.append)
    timer = app_module.wire_session(window.ctx, session, window)
    timer.stop()  # the test ticks by itself
    try:
        window.start_meeting()
        _theirs(path, facilitator.clock)
        before = path.read_bytes()
        _tick_until_asked(qtbot, facilitator, session, asked)
        assert getattr(asked[0], "change", None) == "replaced"
        assert len(shown) == 1 and "was replaced" in shown[0]  # in the status bar, once
        # once chosen, the warning goes: the file is saved again
        assert window.problem_label.isHidden()
        if choice is FileChoice.RELOAD:
            assert "theirs" in facilitator.meeting.notes  # their version is the live one
            assert path.read_bytes() == before
            assert facilitator.ctx.live.history.can_undo  # and Undo brings ours back
        else:
            assert "theirs" not in load_meeting(path).notes
            assert load_meeting(path) == facilitator.meeting
        assert session.status().state is SaveState.KEPT
        window.refresh_save_state()
        assert window.save_label.text().startswith("Every change is kept")
    finally:
        session.close(clean=False)


def test_the_question_offers_the_three_ways(qapp: QApplication) -> None:
    from facilitation.storage.meetingfile import FileChangedError

    box, choices = file_changed_box(FileChangedError(Path("/tmp/r.json"), "edited"))
    assert set(choices.values()) == set(FileChoice)
    assert choices[box.defaultButton()] is FileChoice.KEEP_OURS_AS  # loses nothing
    assert "/tmp/r.json" in box.text()
    box.deleteLater()


def test_a_meeting_file_made_private_is_said_in_the_status_bar(
    qtbot: QtBot,
    facilitator: Facilitator,
    tmp_path: Path,
) -> None:
    session, path, window = _open(qtbot, facilitator, tmp_path)
    session.close(clean=False)
    path.chmod(0o644)  # the user's own file, readable by others
    session = Session.open(facilitator.ctx.live, path, facilitator.clock, data_dir=tmp_path / "d")
    window = FacilitatorWindow(with_changes(facilitator.ctx, session=session))
    qtbot.addWidget(window)
    timer = app_module.wire_session(window.ctx, session, window)
    timer.stop()  # the test ticks by itself
    try:
        window.start_meeting()
        facilitator.clock.advance(session.save_every_seconds + 1)
        timer.timeout.emit()  # the app's tick: the file is saved in the background
        session.wait_idle()
        timer.timeout.emit()  # its outcome, and the notice
        assert path.stat().st_mode & 0o777 == 0o600
        message = window.statusBar().currentMessage()
        assert "readable by you only" in message and str(path) in message
    finally:
        session.close(clean=False)
