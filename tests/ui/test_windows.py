"""The window manager: one note-taker's and one projector window, closed without ending anything."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QMessageBox, QWidget

from facilitation.models import FakeClock

from facilitation.ui.app import windows as windows_module
from facilitation.ui.app.windows import CloseChoice, WindowManager
from facilitation.ui.core.context import AppContext


@pytest.fixture
def manager(qtbot: QtBot, ctx: AppContext) -> Iterator[WindowManager]:
    wm = WindowManager()
    wm.bind(ctx)
    yield wm
    wm.close_others()


def test_show_creates_once_and_raises_after(manager: WindowManager) -> None:
    notes = manager.show_note_taker()
    assert notes.isVisible() and manager.others_open()
    assert manager.show_note_taker() is notes
    projector = manager.show_projector()
    assert projector.isVisible()
    assert manager.show_projector() is projector
    assert set(manager.open_windows()) == {notes, projector}


def test_closing_the_others_never_ends_the_meeting(
    manager: WindowManager, ctx: AppContext, clock: FakeClock
) -> None:
    notes = manager.show_note_taker()
    manager.show_projector()
    notes.close()
    assert manager.note_taker is None  # forgotten: the next show builds a fresh one
    assert manager.others_open()
    manager.close_others()
    assert not manager.others_open()
    assert ctx.meeting.is_running and ctx.meeting.live.ended_at is None
    assert manager.show_note_taker() is not notes


def test_the_note_takers_place_is_remembered(manager: WindowManager, ctx: AppContext) -> None:
    notes = manager.show_note_taker()
    notes.resize(700, 500)
    notes.close()
    assert ctx.settings.contains("windows/notetaker/geometry")
    again = manager.show_note_taker()
    assert again.size().width() == 700 and again.size().height() == 500


def test_confirm_close_does_not_ask_when_alone(
    manager: WindowManager, monkeypatch: pytest.MonkeyPatch
) -> None:
    def never(*_args: object) -> CloseChoice:
        raise AssertionError("asked for nothing")

    monkeypatch.setattr(windows_module, "ask_close_choice", never)
    assert manager.confirm_close_facilitator(None) is True


@pytest.mark.parametrize(
    ("choice", "may_close", "others_left"),
    [
        (CloseChoice.CLOSE_ALL, True, False),
        (CloseChoice.KEEP_OTHERS, True, True),
        (CloseChoice.CANCEL, False, True),
    ],
)
def test_confirm_close_asks_when_others_are_open(
    manager: WindowManager,
    ctx: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    choice: CloseChoice,
    may_close: bool,
    others_left: bool,
) -> None:
    asked: list[list[str]] = []

    def answer(parent: QWidget | None, names: list[str]) -> CloseChoice:
        asked.append(names)
        return choice

    monkeypatch.setattr(windows_module, "ask_close_choice", answer)
    manager.show_note_taker()
    manager.show_projector()
    assert manager.confirm_close_facilitator(None) is may_close
    assert len(asked) == 1 and len(asked[0]) == 2
    assert manager.others_open() is others_left
    assert ctx.meeting.is_running


@pytest.mark.parametrize(
    ("button", "expected"),
    [
        ("Close all windows", CloseChoice.CLOSE_ALL),
        ("Keep the others open", CloseChoice.KEEP_OTHERS),
        ("Cancel", CloseChoice.CANCEL),
    ],
)
def test_the_message_box_buttons(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    button: str,
    expected: CloseChoice,
) -> None:
    seen: list[str] = []

    def click(box: QMessageBox) -> int:
        seen.extend(b.text() for b in box.buttons())
        next(b for b in box.buttons() if b.text() == button).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    assert windows_module.ask_close_choice(None, ["Notes"]) is expected
    assert set(seen) == {"Close all windows", "Keep the others open", "Cancel"}


def test_with_one_screen_the_projector_is_a_normal_window(manager: WindowManager) -> None:
    projector = manager.show_projector()
    assert not projector.isFullScreen()  # one screen: the facilitator's own stays usable
    projector.showFullScreen()  # e.g. with F11, then closed that way
    projector.close()
    again = manager.show_projector()
    assert not again.isFullScreen()


def test_the_projector_goes_full_screen_on_a_chosen_screen(manager: WindowManager) -> None:
    from PySide6.QtGui import QGuiApplication

    screen = QGuiApplication.primaryScreen()
    projector = manager.show_projector(screen)
    assert projector.isFullScreen() and projector.screen() is screen
    assert projector.full_screen_action.isChecked()
    projector.full_screen_action.trigger()  # F11 / the context menu: back to a window
    assert not projector.isFullScreen()
