"""Remember where each window was, and put it back only where a screen still is.

A window's geometry is kept in the settings as the bytes of ``QWidget.saveGeometry()`` plus the name
of the screen it was on (``<key>/geometry``, ``<key>/screen``). On the next start the projector may be
unplugged: a frame restored onto a screen that no longer exists would leave the window out of reach, so
:func:`restore_geometry` checks that enough of the restored frame lies on a screen available *now*, and
otherwise centres the window on the primary screen. The screen list is injectable so tests can pretend
that a second screen came and went.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QByteArray, QRect, QSettings, QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: how much of a window must stay on a screen to count as reachable (a title bar's worth)
MIN_VISIBLE = QSize(120, 40)


@dataclass(frozen=True)
class ScreenInfo:
    """What :func:`restore_geometry` needs to know of a screen."""

    name: str
    #: the screen's area minus task bars and docks, in virtual-desktop coordinates
    available: QRect
    primary: bool = False


def current_screens() -> list[ScreenInfo]:
    """The screens attached now, the primary one first."""
    primary = QGuiApplication.primaryScreen()
    screens = [
        ScreenInfo(s.name(), s.availableGeometry(), s is primary) for s in QGuiApplication.screens()
    ]
    screens.sort(key=lambda s: not s.primary)
    return screens


def save_geometry(widget: QWidget, settings: QSettings, key: str) -> None:
    """Store the widget's geometry and its screen's name under ``key``."""
    settings.setValue(f"{key}/geometry", widget.saveGeometry())
    # the frame on its own too: Qt's restoreGeometry already clamps to the screens it sees, so the
    # check against the (injectable) screen list is made on what was saved
    settings.setValue(f"{key}/frame", widget.frameGeometry())
    screen = widget.screen()
    settings.setValue(f"{key}/screen", screen.name() if screen is not None else "")


def saved_screen_name(settings: QSettings, key: str) -> str:
    value = settings.value(f"{key}/screen", "")
    return value if isinstance(value, str) else ""


def restore_geometry(
    widget: QWidget,
    settings: QSettings,
    key: str,
    screens: Sequence[ScreenInfo] | None = None,
) -> bool:
    """Put ``widget`` back where it was saved; True when it went back there.

    False when nothing was saved, the saved bytes were unreadable, or the saved place is not on any
    screen available now; in the last two cases the window is centred on the primary screen.
    """
    raw = settings.value(f"{key}/geometry")
    if not isinstance(raw, QByteArray | bytes) or not raw:
        return False
    screens = list(screens) if screens is not None else current_screens()
    frame = settings.value(f"{key}/frame")
    name = saved_screen_name(settings, key)
    known = not name or any(s.name == name for s in screens)
    reachable = isinstance(frame, QRect) and known and on_some_screen(frame, screens)
    if reachable and widget.restoreGeometry(QByteArray(raw)):
        return True
    if isinstance(frame, QRect) and frame.isValid():
        widget.resize(frame.size() - (widget.frameGeometry().size() - widget.size()))
    centre_on_primary(widget, screens)
    return False


def on_some_screen(frame: QRect, screens: Sequence[ScreenInfo]) -> bool:
    """True when a title bar's worth of ``frame`` lies on one of ``screens``."""
    for screen in screens:
        part = frame.intersected(screen.available)
        if part.width() >= MIN_VISIBLE.width() and part.height() >= MIN_VISIBLE.height():
            return True
    return False


def centre_on_primary(widget: QWidget, screens: Sequence[ScreenInfo]) -> None:
    """Centre ``widget`` on the primary screen, shrunk to fit it if it is larger."""
    if not screens:
        return
    primary = next((s for s in screens if s.primary), screens[0])
    area = primary.available
    # a full-screen frame saved for a projector that is gone would cover the facilitator's screen
    big = Qt.WindowState.WindowFullScreen | Qt.WindowState.WindowMaximized
    if widget.windowState() & big:
        widget.setWindowState(widget.windowState() & ~big)
    size = widget.size().boundedTo(area.size())
    widget.resize(size)
    frame = QRect(area.topLeft(), size)
    frame.moveCenter(area.center())
    widget.move(frame.topLeft())
