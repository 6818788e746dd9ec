"""Contrast and small polish: every text on its
background reaches WCAG AA (4.5:1) in every state of the timer bars, computed from the theme's own
colours; nothing is filled at 0:00; each menu's mnemonics are unique; the F-key hints stay on the
buttons during a break; "Undo …" reads naturally."""

from __future__ import annotations

from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication

from facilitation.models import StartMeeting, new_id
from tests.ui.conftest import Facilitator, submenu

from facilitation.ui.common import theme
from facilitation.ui.facilitator.current_item import RecordedLabel
from facilitation.ui.facilitator.queue_model import KIND_COLOURS
from facilitation.ui.facilitator.queue_rows import SOFT
from facilitation.ui.facilitator.timer_bar import (
    COLOURS,
    TEXT_ON_FILL,
    TEXT_ON_TRACK,
    TimerBar,
    TimeState,
    time_status,
    track_colour,
    turn_status,
)

AA = 4.5


def luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        s = v / 255
        return s / 12.92 if s <= 0.03928 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def test_the_contrast_formula_is_wcags() -> None:
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("state", list(TimeState))
def test_timer_bar_texts_reach_aa_in_every_state(state: TimeState) -> None:
    assert contrast(TEXT_ON_FILL, COLOURS[state]) >= AA
    assert contrast(TEXT_ON_TRACK, track_colour(state)) >= AA


def test_the_themes_texts_reach_aa_on_their_backgrounds() -> None:
    backgrounds = (QColor("#ffffff"), QColor(theme.BACKGROUND))
    pairs = [(name, QColor(colour)) for name, (_pt, _w, colour) in theme.LABELS.items()]
    pairs += [("queue kind", c) for c in KIND_COLOURS.values()]
    pairs += [("queue extras", SOFT), ("recorded hint", RecordedLabel.HINT_COLOUR)]
    low = [
        (name, colour.name(), round(contrast(colour, bg), 2))
        for name, colour in pairs
        for bg in backgrounds
        if contrast(colour, bg) < AA
    ]
    assert low == []
    # the big buttons: white on the primary green, dark on the light step buttons
    assert contrast(QColor("white"), QColor("#2f7a58")) >= AA
    assert "#2f7a58" in theme.SHEETS["primaryButton"]


def _painted(bar: TimerBar) -> QImage:
    bar.resize(320, 26)
    return bar.grab().toImage()


def test_nothing_is_filled_at_zero(qtbot: QtBot) -> None:
    bar = TimerBar()
    qtbot.addWidget(bar)
    bar.set_status(turn_status(timedelta(0), 120), "0:00")
    image = _painted(bar)
    fill = COLOURS[bar.status.state]

    def like_fill(c: QColor) -> bool:
        return (
            abs(c.red() - fill.red()) + abs(c.green() - fill.green()) + abs(c.blue() - fill.blue())
            < 30
        )

    near = [
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if like_fill(image.pixelColor(x, y))
    ]
    assert bar.status.fraction == 0 and near == []


def test_the_turn_limit_detail_is_dark_on_the_track(qtbot: QtBot) -> None:
    """At 90 % of a turn's limit the right-hand time lies on the track: it is drawn dark there."""
    bar = TimerBar()
    qtbot.addWidget(bar)
    bar.set_status(turn_status(timedelta(seconds=110), 120), "1:50")
    image = _painted(bar)
    assert 0.9 < bar.status.fraction < 1
    edge = round(image.width() * bar.status.fraction) + 2  # the track starts here
    track = [image.pixelColor(x, y) for x in range(edge, image.width() - 12) for y in range(6, 20)]
    # no white text on the cream track (it was unreadable), and the time is drawn there in dark
    assert not any(c == QColor("white") for c in track)
    assert min(contrast(c, TEXT_ON_TRACK) for c in track) < 2
    assert contrast(track_colour(bar.status.state), TEXT_ON_TRACK) >= AA


def test_each_menus_mnemonics_are_unique(facilitator: Facilitator) -> None:
    bar = facilitator.window.menuBar()
    for menu_action in bar.actions():
        letters: dict[str, str] = {}
        for action in submenu(menu_action).actions():
            text = action.text()
            if "&" not in text.replace("&&", ""):
                continue
            letter = text[text.index("&") + 1].lower()
            assert letter not in letters, (
                f"{menu_action.text()}: {text!r} and {letters[letter]!r} share &{letter}"
            )
            letters[letter] = text
    tops = [a.text()[a.text().index("&") + 1].lower() for a in bar.actions() if "&" in a.text()]
    assert len(tops) == len(set(tops))


def test_f_key_hints_stay_during_a_break(facilitator: Facilitator) -> None:
    f = facilitator
    f.window.resize(1600, 900)
    f.ctx.apply(StartMeeting(f.clock.now(), new_id(), "i1"), on_refused=pytest.fail)
    f.window.actions["pause"].trigger()
    QApplication.processEvents()
    assert f.meeting.is_paused
    button = f.window.step_buttons["pause"]
    assert button.isVisible() and "F9" in button.toolTip()
    assert "F9" in button.text()


def test_undo_give_the_floor_reads_naturally(facilitator: Facilitator) -> None:
    from facilitation.models import GiveFloor, RequestFloor, TurnKind

    f = facilitator
    ctx = f.ctx
    ctx.apply(StartMeeting(f.clock.now(), new_id(), "i1"), on_refused=pytest.fail)
    ctx.apply(
        RequestFloor(new_id(), "anne", f.clock.now(), TurnKind.NORMAL), on_refused=pytest.fail
    )
    ctx.apply(GiveFloor(new_id(), f.clock.now()), on_refused=pytest.fail)
    f.window.refresh_actions()
    assert f.window.actions["undo"].text().replace("&", "") == "Undo: give the floor"


def test_time_status_unchanged() -> None:
    assert time_status(timedelta(minutes=1), timedelta(minutes=10)).state is TimeState.OK
