"""A note typed in the note-taker's window reaches the autosave journal and the meeting's file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from PySide6.QtCore import Qt

from facilitation.models import FakeClock
from facilitation.storage.fileformat import load_meeting
from facilitation.storage.recovery import find_recoverable, recover
from facilitation.storage.session import Session
from tests.ui.conftest import with_changes
from tests.ui.test_notetaker import type_entry
from tests.ui.test_windows_fixtures import (
    ctx_fixture,  # noqa: F401  (a fixture)
    settings_fixture,  # noqa: F401  (a fixture)
)

from facilitation.ui.core.context import AppContext
from facilitation.ui.notetaker.window import NoteTakerWindow


@pytest.fixture
def session(ctx: AppContext, clock: FakeClock, tmp_path: Path) -> Iterator[Session]:
    opened = Session.open(ctx.live, tmp_path / "rencontre.json", clock, data_dir=tmp_path / "data")
    yield opened
    opened.close(clean=False)


def test_a_note_is_in_the_saved_file(
    qtbot,  # type: ignore[no-untyped-def]
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
    qtbot,  # type: ignore[no-untyped-def]
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
