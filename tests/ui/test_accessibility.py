"""Without a mouse or sharp eyes: keyboard reach with a visible focus, named icon buttons, larger
text, and states told in words as well as colours."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QPoint, QRect, QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QRadioButton, QVBoxLayout, QWidget

from facilitation.models import FakeClock
from tests.ui.conftest import submenu
from tests.ui.every_window import KINDS, build, close, under_way

from facilitation.ui.common.accessibility import (
    TEXT_SCALE,
    apply_saved_text_scale,
    apply_text_scale,
    prepare_window,
    removes_focus_frame,
    set_text_scale,
    text_scale_of,
    unnamed_icon_buttons,
    view_menu,
)
from facilitation.ui.core import settings as keys
from facilitation.ui.core.context import AppContext
from facilitation.ui.facilitator.timer_bar import TimerBar, TimeState, time_status, turn_status


@pytest.fixture
def ctx(tmp_path: Path, clock: FakeClock) -> AppContext:
    return under_way(tmp_path, clock)


@pytest.fixture
def facilitator(ctx: AppContext, qapp: QApplication, qtbot: QtBot) -> Iterator[QMainWindow]:
    window = build("facilitator", ctx, qapp)
    assert isinstance(window, QMainWindow)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield window
    close(qapp, window)


# -- keyboard -------------------------------------------------------------------------------------


def _focusable(window: QWidget) -> list[QWidget]:
    out = []
    for w in window.findChildren(QWidget):
        if w.isWindow() or not w.isVisibleTo(window) or not w.isEnabled():
            continue
        if w.focusPolicy() & Qt.FocusPolicy.TabFocus != Qt.FocusPolicy.TabFocus:
            continue
        if w.focusProxy() is not None:
            continue
        if isinstance(w, QRadioButton) and w.autoExclusive() and not w.isChecked():
            continue  # Tab enters a group of radio buttons at the checked one; arrows move inside
        out.append(w)
    return out


def _tab_round(window: QWidget) -> dict[QWidget, bool]:
    """Press Tab from the first control: each widget reached, and whether it looked different
    while it had the focus (grabbed then, and again once Tab has moved on)."""
    looks: dict[QWidget, tuple[QImage, QImage | None]] = {}
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    first = _focusable(window)[0]
    first.setFocus(Qt.FocusReason.TabFocusReason)
    QTest.keyClick(first, Qt.Key.Key_Tab)  # as a user would: focus frames show once Tab is used
    previous: QWidget | None = None
    for _ in range(2 * len(_focusable(window)) + 20):  # twice round, whatever the window holds
        current = QApplication.focusWidget()
        assert current is not None, "the keyboard focus was lost"
        assert current.window() is window, f"the focus left the window for {current.window()}"
        if previous is not None and previous is not current and looks[previous][1] is None:
            looks[previous] = (looks[previous][0], _grab(previous))
        if current not in looks:
            looks[current] = (_grab(current), None)
        previous = current
        QTest.keyClick(current, Qt.Key.Key_Tab)
    return {w: after is not None and focused != after for w, (focused, after) in looks.items()}


def test_tab_reaches_every_control_of_the_facilitators_window(facilitator: QMainWindow) -> None:
    focusable = _focusable(facilitator)
    assert len(focusable) >= 3
    reached = _tab_round(facilitator)
    missed = [f"{type(w).__name__}#{w.objectName()}" for w in focusable if w not in reached]
    assert not missed, f"Tab never reaches (a keyboard trap before them?): {missed}"


def test_focus_is_visible(facilitator: QMainWindow) -> None:
    """Each control looks different while it has the keyboard focus."""
    reached = _tab_round(facilitator)
    invisible = [f"{type(w).__name__}#{w.objectName()}" for w, seen in reached.items() if not seen]
    assert not invisible, f"no visible focus on: {invisible}"


def test_step_buttons_are_reachable_by_their_shortcuts(facilitator: QMainWindow) -> None:
    """The big buttons under the question take no Tab focus: their actions have keys instead."""
    actions = getattr(facilitator, "actions", {})
    for name in ("start", "previous", "next", "pause", "end"):
        if name in actions:
            assert not actions[name].shortcut().isEmpty(), name


def _grab(w: QWidget) -> QImage:
    """The control and a few pixels around it, as the window shows it (rings drawn over it too)."""
    window = w.window()
    area = QRect(w.mapTo(window, QPoint(0, 0)), w.size()).adjusted(-4, -4, 4, 4)
    return window.grab(area).toImage()


def test_no_style_sheet_hides_the_focus(facilitator: QMainWindow, qapp: QApplication) -> None:
    sheets = [qapp.styleSheet()] + [w.styleSheet() for w in facilitator.findChildren(QWidget)]
    sheets.append(facilitator.styleSheet())
    assert not [s for s in sheets if removes_focus_frame(s)]


@pytest.mark.parametrize(
    ("sheet", "hides"),
    [
        ("QPushButton { outline: none; }", True),
        ("QLineEdit:focus{outline:0}", True),
        ("QPushButton { border: 1px solid; }", False),
        ("QLineEdit:focus { border: 2px solid #4a7fb5; }", False),
    ],
)
def test_focus_hiding_is_recognised(sheet: str, hides: bool) -> None:
    assert removes_focus_frame(sheet) is hides


# -- screen readers -------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", KINDS)
def test_icon_only_buttons_are_named(
    kind: str,
    ctx: AppContext,
    qapp: QApplication,
    qtbot: QtBot,
) -> None:
    window = build(kind, ctx, qapp)
    try:
        window.show()
        qtbot.waitExposed(window)
        unnamed = [f"{type(b).__name__}#{b.objectName()}" for b in unnamed_icon_buttons(window)]
        assert not unnamed, f"buttons without text, accessible name or tooltip: {unnamed}"
    finally:
        close(qapp, window)


def test_unnamed_icon_button_is_found(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QToolButton

    root = QWidget()
    qtbot.addWidget(root)
    named, bare = QToolButton(root), QToolButton(root)
    named.setAccessibleName("Fermer")
    named.setToolTip("Fermer")
    assert unnamed_icon_buttons(root) == [bare]


# -- states in words ------------------------------------------------------------------------------


def test_overrun_is_written_not_only_red(qtbot: QtBot) -> None:
    over = time_status(timedelta(minutes=13), timedelta(minutes=10))
    ok = time_status(timedelta(minutes=2), timedelta(minutes=10))
    assert over.state is TimeState.OVER and ok.state is TimeState.OK
    assert "3" in over.text and over.text != ok.text
    bar = TimerBar()
    qtbot.addWidget(bar)
    bar.set_times(timedelta(minutes=13), timedelta(minutes=10))
    assert bar.text() == over.text
    assert over.text in bar.accessibleName()
    limit = turn_status(timedelta(seconds=150), 120)
    assert limit.state is TimeState.OVER and limit.text


# -- larger text ----------------------------------------------------------------------------------


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _sample(qtbot: QtBot) -> tuple[QWidget, QLabel, QLabel, QLabel]:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    plain, styled, own = QLabel("a"), QLabel("b"), QLabel("c")
    styled.setObjectName("big")
    window.setStyleSheet("QLabel#big { font-size: 20pt; font-weight: 600; }")
    f = own.font()
    f.setPointSizeF(f.pointSizeF() * 2)
    own.setFont(f)
    for w in (plain, styled, own):
        layout.addWidget(w)
    return window, plain, styled, own


def test_text_scale_grows_fonts_style_sheets_and_own_fonts(qtbot: QtBot) -> None:
    window, plain, _styled, own = _sample(qtbot)
    base, own_base = plain.font().pointSizeF(), own.font().pointSizeF()
    apply_text_scale(window, 1.5)
    assert plain.font().pointSizeF() == pytest.approx(base * 1.5)
    assert own.font().pointSizeF() == pytest.approx(own_base * 1.5)
    assert "font-size: 30pt" in window.styleSheet()
    apply_text_scale(window, 1.5)  # twice is not 2.25
    assert plain.font().pointSizeF() == pytest.approx(base * 1.5)
    apply_text_scale(window, 1.0)
    assert plain.font().pointSizeF() == pytest.approx(base)
    assert own.font().pointSizeF() == pytest.approx(own_base)
    assert "font-size: 20pt" in window.styleSheet()
    apply_text_scale(window, 50)  # a mangled setting is kept within bounds
    assert text_scale_of(window) == 3.0


def test_saved_scale_applies_and_windows_follow(qtbot: QtBot, settings: QSettings) -> None:
    window, plain, _, _ = _sample(qtbot)
    base = plain.font().pointSizeF()
    TEXT_SCALE.write(settings, 1.25)
    assert apply_saved_text_scale(window, settings) == 1.25
    assert plain.font().pointSizeF() == pytest.approx(base * 1.25)
    window.show()
    set_text_scale(settings, 2.0)
    assert plain.font().pointSizeF() == pytest.approx(base * 2.0)
    assert TEXT_SCALE.read(settings) == 2.0


def test_view_menu_sets_text_size_and_language(qtbot: QtBot, settings: QSettings) -> None:
    window = QMainWindow()
    qtbot.addWidget(window)
    label = QLabel("x", window)
    window.setCentralWidget(label)
    base = label.font().pointSizeF()
    menu = view_menu(window, settings)
    window.menuBar().addMenu(menu)
    text_menu, lang_menu = (submenu(a) for a in menu.actions())
    larger = next(a for a in text_menu.actions() if a.data() == 1.25)
    larger.trigger()
    assert TEXT_SCALE.read(settings) == 1.25
    assert label.font().pointSizeF() == pytest.approx(base * 1.25)
    bigger = next(a for a in text_menu.actions() if a.text() == "&Bigger")
    bigger.trigger()
    assert TEXT_SCALE.read(settings) == 1.5
    french = next(a for a in lang_menu.actions() if a.data() == "fr")
    french.trigger()
    assert keys.LANGUAGE.read(settings) == "fr"
    assert "next time" in window.statusBar().currentMessage()


def test_facilitator_window_keeps_its_texts_at_a_larger_size(
    facilitator: QMainWindow, settings: QSettings, clock: FakeClock
) -> None:
    """The real window scaled up: its big question and its agenda grow with the rest (the theme's
    fonts)."""
    question = facilitator.findChild(QLabel, "question")
    agenda = facilitator.findChild(QWidget, "agenda")
    assert question is not None and agenda is not None
    apply_text_scale(facilitator, 1.5)
    assert question.font().pointSizeF() == pytest.approx(36)  # the question, 24pt in the theme
    assert agenda.font().pointSizeF() == pytest.approx(15.75)  # 10.5pt in the theme
    apply_text_scale(facilitator, 1.0)
    assert question.font().pointSizeF() == pytest.approx(24)
    assert agenda.font().pointSizeF() == pytest.approx(10.5)


# -- the other windows, once prepared -------------------------------------------------------------

PREPARED = ["note-taker", "agenda editor", "participants editor", "import agenda", "decision"]


@pytest.mark.parametrize("kind", PREPARED)
def test_prepared_windows_have_no_keyboard_trap_and_a_visible_focus(
    kind: str,
    ctx: AppContext,
    qapp: QApplication,
    qtbot: QtBot,
) -> None:
    """With prepare_window (the hook each window calls at the end of its __init__), Tab goes
    through every control, none types a tab or loops in a table, and the focus always shows."""
    window = build(kind, ctx, qapp)
    try:
        prepare_window(window, ctx.settings)
        window.show()
        qtbot.waitExposed(window)
        reached = _tab_round(window)
        missed = [
            f"{type(w).__name__}#{w.objectName()}" for w in _focusable(window) if w not in reached
        ]
        assert not missed, f"Tab never reaches: {missed}"
        hidden = [f"{type(w).__name__}#{w.objectName()}" for w, seen in reached.items() if not seen]
        assert not hidden, f"no visible focus on: {hidden}"
    finally:
        close(qapp, window)


def test_focus_ring_follows_the_keyboard_not_the_mouse(qtbot: QtBot) -> None:
    from PySide6.QtWidgets import QFocusFrame, QLineEdit, QListWidget

    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    line, listing = QLineEdit(), QListWidget()
    layout.addWidget(line)
    layout.addWidget(listing)
    prepare_window(window, QSettings())
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    line.setFocus()
    QTest.keyClick(line, Qt.Key.Key_Tab)
    assert listing.hasFocus()
    rings = [f for f in window.findChildren(QFocusFrame) if f.isVisible()]
    assert len(rings) == 1 and rings[0].widget() is listing
    QTest.mouseClick(line, Qt.MouseButton.LeftButton)
    assert line.hasFocus()
    assert not [f for f in window.findChildren(QFocusFrame) if f.isVisible()]
