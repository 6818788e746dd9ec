"""The note-taker's window: the facilitator's look, the item title in full view, and the way back to
the facilitator's window after "Keep the others open"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QFrame

from facilitation.models import (
    AgendaItem,
    EndMeeting,
    FakeClock,
    LiveMeeting,
    Meeting,
    StepTo,
    new_id,
)
from tests.ui.conftest import with_changes
from tests.ui.scenes import (
    LONG_QUESTION,
    Other,
    SceneContext,
)

from facilitation.ui.app import windows
from facilitation.ui.app.windows import CloseChoice, WindowManager
from facilitation.ui.common.theme import BACKGROUND
from facilitation.ui.core.context import AppContext
from facilitation.ui.facilitator.window import FacilitatorWindow
from facilitation.ui.notetaker.window import NoteTakerWindow


@pytest.fixture
def notes(qtbot: QtBot, ctx: SceneContext) -> NoteTakerWindow:
    window = NoteTakerWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_the_note_taker_has_the_facilitators_look(notes: NoteTakerWindow) -> None:
    assert notes.palette().color(QPalette.ColorRole.Window).name() == BACKGROUND
    for name in ("notesHeader", "notesCard", "writeCard"):
        card = notes.findChild(QFrame, name) or notes.findChild(type(notes.history), name)
        assert card is not None, name
    # the item title stands out from the text around it
    assert notes.item_title.font().pointSizeF() > 1.3 * notes.hint.font().pointSizeF()
    assert notes.add_button.styleSheet()  # the primary button's look


def test_the_item_title_is_shown_large_and_whole_in_its_tooltip(
    notes: NoteTakerWindow,
    ctx: SceneContext,
    clock: FakeClock,
) -> None:
    assert notes.item_title.text() == "1. Tour de table"
    clock.advance(60)
    ctx.live.apply(StepTo(ctx.ids["item2"], clock.now(), new_id()), initiator=Other())
    title = notes.item_title
    assert title.title() == f"2. {LONG_QUESTION}" and title.toolTip() == title.title()
    assert title.text().endswith("…") and len(title.text()) < len(title.title())
    assert not notes.item_state.isVisibleTo(notes)  # the live item: nothing to say


def test_an_earlier_item_in_view_says_where_the_meeting_is(
    notes: NoteTakerWindow,
    ctx: SceneContext,
    clock: FakeClock,
) -> None:
    clock.advance(60)
    ctx.live.apply(StepTo(ctx.ids["item3"], clock.now(), new_id()), initiator=Other())
    notes.follow.setChecked(False)
    notes.view_item(ctx.ids["item1"])
    assert notes.item_title.text() == "1. Tour de table"
    assert notes.item_state.isVisibleTo(notes) and "item 3" in notes.item_state.text()


def test_the_window_still_fits_half_a_laptop_screen(notes: NoteTakerWindow) -> None:
    hint = notes.minimumSizeHint()
    assert hint.width() <= 683 and hint.height() <= 520


@pytest.fixture
def facilitator_and_notes(
    qtbot: QtBot,
    ctx: SceneContext,
    monkeypatch: pytest.MonkeyPatch,
) -> Iterator[tuple[FacilitatorWindow, NoteTakerWindow]]:
    manager = WindowManager()
    ctx = with_changes(ctx, windows=manager)
    manager.bind(ctx)
    window = FacilitatorWindow(ctx)
    qtbot.addWidget(window)
    manager.bind(ctx, window)
    window.show()
    qtbot.waitExposed(window)
    notes = manager.show_note_taker()
    qtbot.addWidget(notes)
    monkeypatch.setattr(windows, "ask_close_choice", lambda _p, _n: CloseChoice.KEEP_OTHERS)
    # pytest-qt closes both windows after the test (the close choice is still patched then)
    yield window, notes


def test_the_facilitators_window_comes_back_from_the_note_taker(
    facilitator_and_notes: tuple[FacilitatorWindow, NoteTakerWindow], qapp: QApplication
) -> None:
    facilitator, notes = facilitator_and_notes
    assert facilitator.close()  # "Keep the others open"
    assert not facilitator.isVisible() and notes.isVisible()
    # the note-taker's window is still a visible top-level window: the app does not quit
    assert qapp.quitOnLastWindowClosed() and notes.isWindow() and notes.parent() is None
    assert notes.show_facilitator_action.shortcut().toString() == "Ctrl+Shift+F"
    notes.show_facilitator_action.trigger()
    assert facilitator.isVisible() and facilitator.ticker.isActive()
    assert not notes.message.isVisibleTo(notes)


def test_without_a_window_manager_the_note_taker_says_so(notes: NoteTakerWindow) -> None:
    notes.show_facilitator_action.trigger()
    assert notes.message.isVisibleTo(notes) and "facilitator" in notes.message.text()


def test_before_the_meeting_the_title_says_no_item_is_discussed(
    qtbot: QtBot,
    ctx: SceneContext,
) -> None:
    waiting = Meeting("m2")
    waiting.items["a"] = AgendaItem("a", "Accueil")
    window = NoteTakerWindow(AppContext(LiveMeeting(waiting), ctx.clock, ctx.settings))
    qtbot.addWidget(window)
    assert window.item_title.text() == "No item under discussion yet"


def test_after_the_end_the_notes_stay_in_view(
    qtbot: QtBot,
    notes: NoteTakerWindow,
    ctx: SceneContext,
    clock: FakeClock,
) -> None:
    clock.advance(60)
    ctx.live.apply(EndMeeting(clock.now()), initiator=Other())
    # the open window keeps its item, rather than an empty list under "1. Tour de table"
    assert notes.item_id == ctx.ids["item1"]
    assert notes.item_title.text() == "1. Tour de table"
    later = NoteTakerWindow(ctx)  # opened after the end, to correct the notes
    qtbot.addWidget(later)
    assert later.item_id == ctx.ids["item1"]
    assert later.item_title.text() == "1. Tour de table"
