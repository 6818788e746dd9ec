"""The projector: what the room sees follows the meeting, fits the screen, and can hide names."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QLabel

from facilitation.models import EndTurn, FakeClock, GiveFloor, StepTo, Update, new_id
from tests.ui.scenes import (
    LONG_QUESTION,
    LONG_SUBS,
    Other,
    SceneContext,
    give_floor,
    held_example_question,
    request_floor,
)

from facilitation.ui.projector.window import HIDE_NAMES_KEY, ProjectorWindow

# Screenshots go to a temporary folder, so a test run never changes the checkout; to refresh the
# ones in docs/, run the tests with FACILITATION_SCREENSHOTS=docs
DOCS = Path(os.environ.get("FACILITATION_SCREENSHOTS") or tempfile.mkdtemp(prefix="shots-"))


@pytest.fixture
def projector(qtbot: QtBot, ctx: SceneContext) -> ProjectorWindow:
    window = ProjectorWindow(ctx)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    return window


def step_to(ctx: SceneContext, clock: FakeClock, key: str) -> None:
    clock.advance(1)
    ctx.live.apply(StepTo(ctx.ids[key], clock.now(), new_id()), initiator=Other())


def test_giving_the_floor_updates_current_and_next_speakers(
    projector: ProjectorWindow, ctx: SceneContext, clock: FakeClock
) -> None:
    assert projector.current_speaker.text() == "Nobody has the floor"
    request_floor(ctx, clock, "Marc Janssens", "Sophie Lambert", "Karim Benali", "Lucie Peeters")
    assert projector.next_speakers.text() == (
        "Next: Marc Janssens, Sophie Lambert, Karim Benali (and\u00a01\u00a0more)"
    )
    give_floor(ctx, clock, "Anne Dubois")
    assert projector.current_speaker.text() == "Speaking: Anne Dubois"
    # the next in the queue gets the floor: both lines move on
    clock.advance(30)
    ctx.live.apply(GiveFloor(new_id(), clock.now()), initiator=Other())
    assert projector.current_speaker.text() == "Speaking: Marc Janssens"
    assert projector.next_speakers.text() == "Next: Sophie Lambert, Karim Benali, Lucie Peeters"
    clock.advance(5)
    ctx.live.apply(EndTurn(clock.now()), initiator=Other())
    assert projector.current_speaker.text() == "Nobody has the floor"


def test_hiding_names_shows_how_many_wait(
    projector: ProjectorWindow, ctx: SceneContext, clock: FakeClock
) -> None:
    request_floor(ctx, clock, "Marc Janssens", "Sophie Lambert", "Karim Benali")
    give_floor(ctx, clock, "Anne Dubois")
    projector.hide_names_action.trigger()  # as from the context menu
    assert projector.next_speakers.text() == "Next: 3 people waiting"
    assert "Anne" not in projector.current_speaker.text()
    assert ctx.settings.value(HIDE_NAMES_KEY) in (True, "true")
    # a new projector window remembers the choice
    again = ProjectorWindow(ctx)
    try:
        assert again.hide_names and "Marc" not in again.next_speakers.text()
    finally:
        again.close()
        again.deleteLater()
    projector.hide_names_action.trigger()
    assert projector.next_speakers.text().startswith("Next: Marc Janssens")


def test_the_timer_counts_down_then_up_over_time(
    projector: ProjectorWindow, ctx: SceneContext, clock: FakeClock
) -> None:
    clock.advance(4 * 60 + 30)
    projector.repaint_timers()
    assert (projector.timer.text(), projector.timer_caption.text()) == ("5:30", "left")
    clock.advance(5 * 60 + 30 + 3 * 60 + 12)
    projector.repaint_timers()
    assert (projector.timer.text(), projector.timer_caption.text()) == ("+3:12", "over time")


def test_stepping_shows_the_new_question_and_its_sub_questions(
    projector: ProjectorWindow, ctx: SceneContext, clock: FakeClock
) -> None:
    assert projector.question.text() == "Tour de table"
    assert not projector.sub_questions.isVisible()
    step_to(ctx, clock, "item2")
    assert projector.question.text() == LONG_QUESTION
    assert projector.sub_questions.isVisible()
    assert all(s in projector.sub_questions.text() for s in LONG_SUBS)
    assert projector.item_no.text() == "Item 2 of 4"
    # the facilitator corrects the title: the projector follows
    ctx.live.apply(Update("items", ctx.ids["item2"], {"title": "Une autre question ?"}), Other())
    assert projector.question.text() == "Une autre question ?"


def _assert_nothing_clipped(window: ProjectorWindow) -> None:
    inside = window.rect()
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text():
            continue
        geo = QRect(label.mapTo(window, label.rect().topLeft()), label.size())
        assert inside.contains(geo), f"{label.objectName()} sticks out: {geo} not in {inside}"
        if label.wordWrap():
            need = label.heightForWidth(label.width())
        else:
            need = label.sizeHint().height()
            assert label.sizeHint().width() <= label.width(), label.objectName()
        assert need <= label.height(), f"{label.objectName()} needs {need}, has {label.height()}"


QUESTIONS: list[tuple[str, str, tuple[str, ...]]] = [("own", LONG_QUESTION, LONG_SUBS)]
if (held := held_example_question()) is not None:
    QUESTIONS.append(("example", *held))


@pytest.mark.parametrize("size", [(1280, 720), (3840, 2160), (800, 600)])
@pytest.mark.parametrize(("source", "title", "subs"), QUESTIONS)
def test_the_longest_question_fits_whole(
    projector: ProjectorWindow,
    ctx: SceneContext,
    clock: FakeClock,
    size: tuple[int, int],
    source: str,
    title: str,
    subs: tuple[str, ...],
) -> None:
    ctx.live.apply(
        Update("items", ctx.ids["item2"], {"title": title, "sub_questions": list(subs)}),
        Other(),
    )
    request_floor(ctx, clock, "Marc Janssens", "Sophie Lambert", "Karim Benali", "Lucie Peeters")
    give_floor(ctx, clock, "Anne Dubois")
    step_to(ctx, clock, "item2")
    give_floor(ctx, clock, "Jo")
    projector.resize(*size)
    projector.fit()
    assert projector.question.text() == title
    _assert_nothing_clipped(projector)
    big = projector.question.font().pixelSize()
    assert big >= size[1] / 60  # still readable from the back of the room
    if size == (1280, 720) and source == "own":
        DOCS.mkdir(exist_ok=True)
        assert projector.grab().save(str(DOCS / "projector-1280x720.png"))


def test_type_grows_with_the_window(projector: ProjectorWindow) -> None:
    projector.resize(1280, 720)
    projector.fit()
    small = projector.question.font().pixelSize()
    projector.resize(3840, 2160)
    projector.fit()
    assert projector.question.font().pixelSize() > 2 * small


def test_closing_the_projector_leaves_the_meeting_running(
    projector: ProjectorWindow, ctx: SceneContext
) -> None:
    projector.close()
    assert ctx.meeting.is_running
    assert ctx.meeting.live.ended_at is None
    assert not projector._tick.isActive()
