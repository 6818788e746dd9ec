"""Window places are remembered, and never restored onto a screen that is gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QWidget

from facilitation.ui.core.geometry import (
    ScreenInfo,
    on_some_screen,
    restore_geometry,
    save_geometry,
    saved_screen_name,
)

LAPTOP = ScreenInfo("laptop", QRect(0, 0, 1920, 1080), primary=True)
PROJECTOR = ScreenInfo("projector", QRect(1920, 0, 1280, 720))


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def _widget(qtbot: QtBot, rect: QRect) -> QWidget:
    w = QWidget()
    qtbot.addWidget(w)
    w.setGeometry(rect)
    return w


def test_nothing_saved_restores_nothing(qtbot: QtBot, settings: QSettings) -> None:
    w = _widget(qtbot, QRect(10, 10, 300, 200))
    assert restore_geometry(w, settings, "windows/x", [LAPTOP]) is False
    assert w.geometry() == QRect(10, 10, 300, 200)


def test_saved_place_comes_back_on_an_existing_screen(qtbot: QtBot, settings: QSettings) -> None:
    w = _widget(qtbot, QRect(50, 40, 400, 300))  # inside the offscreen screen
    save_geometry(w, settings, "windows/x")
    assert saved_screen_name(settings, "windows/x") == w.screen().name()
    other = _widget(qtbot, QRect(0, 0, 100, 100))
    screen = ScreenInfo(w.screen().name(), QRect(0, 0, 1920, 1080), primary=True)
    assert restore_geometry(other, settings, "windows/x", [screen]) is True
    assert other.geometry().size() == w.geometry().size()
    assert other.geometry().topLeft() == w.geometry().topLeft()


def test_a_window_left_on_an_unplugged_projector_is_centred_on_the_primary(
    qtbot: QtBot,
    settings: QSettings,
) -> None:
    w = _widget(qtbot, QRect(2000, 100, 800, 500))
    save_geometry(w, settings, "windows/projector")
    settings.setValue("windows/projector/screen", "projector")  # as if it had been there
    back = _widget(qtbot, QRect(0, 0, 100, 100))
    assert restore_geometry(back, settings, "windows/projector", [LAPTOP]) is False
    frame = back.geometry()
    assert LAPTOP.available.contains(frame)
    assert frame.center().x() == pytest.approx(LAPTOP.available.center().x(), abs=2)
    assert frame.center().y() == pytest.approx(LAPTOP.available.center().y(), abs=2)
    assert frame.size() == w.geometry().size()


def test_off_screen_frame_is_centred_even_when_the_screen_name_matches(
    qtbot: QtBot,
    settings: QSettings,
) -> None:
    w = _widget(qtbot, QRect(5000, 3000, 400, 300))
    save_geometry(w, settings, "windows/notes")
    name = saved_screen_name(settings, "windows/notes")
    laptop = ScreenInfo(name, QRect(0, 0, 1366, 768), primary=True)
    back = _widget(qtbot, QRect(0, 0, 100, 100))
    assert restore_geometry(back, settings, "windows/notes", [laptop]) is False
    assert laptop.available.contains(back.geometry())


def test_too_big_a_window_is_shrunk_to_the_primary(qtbot: QtBot, settings: QSettings) -> None:
    w = _widget(qtbot, QRect(1920, 0, 1800, 1000))
    save_geometry(w, settings, "windows/x")
    small = ScreenInfo("small", QRect(0, 0, 1280, 720), primary=True)
    back = _widget(qtbot, QRect(0, 0, 100, 100))
    assert restore_geometry(back, settings, "windows/x", [small]) is False
    assert small.available.contains(back.geometry())


def test_garbage_in_the_settings_is_ignored(qtbot: QtBot, settings: QSettings) -> None:
    settings.setValue("windows/x/geometry", "not bytes")
    w = _widget(qtbot, QRect(10, 10, 300, 200))
    assert restore_geometry(w, settings, "windows/x", [LAPTOP]) is False


def test_visibility_needs_a_title_bar_on_screen() -> None:
    assert on_some_screen(QRect(0, 0, 500, 400), [LAPTOP])
    assert not on_some_screen(QRect(1900, 0, 500, 400), [LAPTOP])  # 20 px: out of reach
    assert on_some_screen(QRect(1900, 0, 500, 400), [LAPTOP, PROJECTOR])
