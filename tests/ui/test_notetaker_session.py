"""A note typed in the note-taker's window reaches the autosave journal and the meeting's file."""

from __future__ import annotations

import errno
import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import Qt

from facilitation.models import FakeClock
from facilitation.storage.fileformat import load_meeting
from facilitation.storage.recovery import find_recoverable, recover
from facilitation.storage.session import Session
from tests.ui.conftest import with_changes
from tests.ui.test_notetaker import type_entry

from facilitation.ui.core.context import AppContext
from facilitation.ui.notetaker.window import NoteTakerWindow


@pytest.fixture
def session(ctx: AppContext, clock: FakeClock, tmp_path: Path) -> Iterator[Session]:
    opened = Session.open(ctx.live, tmp_path / "rencontre.json", clock, data_dir=tmp_path / "data")
    yield opened
    opened.close(clean=False)


def test_a_note_is_in_the_saved_file(
    qtbot: QtBot,
    ctx: AppContext,
    session: Session,
    tmp_path: Path,
) -> None:
    window = NoteTakerWindow(with_changes(ctx, session=session))
    qtbot.addWidget(window)
    type_entry(qtbot, window, "Chacun se présente")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    session.save()
    saved = load_meeting(tmp_path / "rencontre.json")
    assert [n.text for n in saved.notes.values()] == ["Chacun se présente"]


def test_a_note_and_a_draft_survive_a_crash(
    qtbot: QtBot,
    ctx: AppContext,
    session: Session,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    window = NoteTakerWindow(with_changes(ctx, session=session))
    qtbot.addWidget(window)
    type_entry(qtbot, window, "Premier point")
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)
    type_entry(qtbot, window, "en cours de fr")
    clock.advance(2)
    session.tick()  # the draft is journaled by the session's tick
    session.close(clean=False)  # as after a crash: the autosave slot stays behind
    (slot,) = [r for r in find_recoverable(tmp_path / "data") if r.meeting_id == "m1"]
    back = recover(slot)
    assert [n.text for n in back.meeting.notes.values()] == ["Premier point"]
    assert back.drafts.get("notes") == "en cours de fr"


def test_a_crash_just_after_enter_does_not_bring_the_note_back_as_a_draft(
    qtbot: QtBot,
    ctx: AppContext,
    session: Session,
    clock: FakeClock,
    tmp_path: Path,
) -> None:
    window = NoteTakerWindow(with_changes(ctx, session=session))
    qtbot.addWidget(window)
    type_entry(qtbot, window, "Le budget est voté")
    clock.advance(2)
    session.tick()  # the text being typed is journaled as a draft
    session.wait_idle()
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)  # Enter: it becomes a note; no tick after
    assert session.slot is not None
    copy = tmp_path / "crash" / "autosave" / session.slot.name
    shutil.copytree(session.slot, copy)  # the slot as a SIGKILL now would leave it
    (slot,) = find_recoverable(tmp_path / "crash")
    back = recover(slot)
    assert [n.text for n in back.meeting.notes.values()] == ["Le budget est voté"]
    assert "notes" not in back.drafts  # else Enter again would add it twice


def test_every_window_says_the_truth_while_the_autosave_fails(
    qtbot: QtBot,
    ctx: AppContext,
    session: Session,
    clock: FakeClock,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from facilitation.ui.facilitator.window import FacilitatorWindow

    ctx = with_changes(ctx, session=session)
    facilitator = FacilitatorWindow(ctx)
    notes = NoteTakerWindow(ctx)
    qtbot.addWidget(facilitator)
    qtbot.addWidget(notes)
    facilitator.refresh_save_state()
    notes.repaint_timers()
    assert facilitator.save_label.text().startswith("Every change is kept")
    assert notes.save_warning.isHidden()
    slot = str(session.slot)
    real_write = os.write

    def autosave_disk_full(fd: int, data: bytes) -> int:
        if os.readlink(f"/proc/self/fd/{fd}").startswith(slot):
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        return real_write(fd, data)

    with monkeypatch.context() as mp:
        mp.setattr(os, "write", autosave_disk_full)
        type_entry(qtbot, notes, "pendant la panne")
        qtbot.keyClick(notes.editor, Qt.Key.Key_Return)
        facilitator.refresh_save_state()
        notes.repaint_timers()
        assert "Every change is kept" not in facilitator.save_label.text()
        assert "not being kept" in facilitator.save_label.text()
        assert not notes.save_warning.isHidden()
        assert "not being kept" in notes.save_warning.text()
    clock.advance(session.retry_every_seconds + 1)
    session.tick()  # the disk has room again: a snapshot takes everything
    session.wait_idle()
    facilitator.refresh_save_state()
    notes.repaint_timers()
    assert facilitator.save_label.text().startswith("Every change is kept")
    assert notes.save_warning.isHidden()
