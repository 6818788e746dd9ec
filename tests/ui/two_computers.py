"""Two computers in one test process, on one fake clock: the facilitator's window hosts on
127.0.0.1 (``host``, the sharing tests' own fixture) and the other computer joins through its own
window manager and settings (``other``), as File → Join a meeting… does. Every wait is on a
condition. Used by the tests of the host's name and of the windows that follow a role.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from facilitation.models import FakeClock, LiveMeeting, Meeting
from tests.ui import test_sharing
from tests.ui.test_sharing import LIMIT, Host

from facilitation.ui.app.joined import JoinedMeeting
from facilitation.ui.app.windows import WindowManager
from facilitation.ui.core import settings as keys
from facilitation.ui.core.context import AppContext
from facilitation.ui.sharing.invite_dialog import InviteDialog

#: the facilitator's window of a meeting on this computer (the sharing tests' own)
host = test_sharing.host


@pytest.fixture
def clock() -> FakeClock:
    """Both computers' clock, from now: an invitation is checked against the wall clock when
    its text is read."""
    return FakeClock(datetime.now(UTC))


@pytest.fixture
def other(qtbot: QtBot, clock: FakeClock, tmp_path: Path) -> Iterator[WindowManager]:
    """The other computer: its own window manager and settings (its own name), no meeting."""
    settings = QSettings(str(tmp_path / "other.ini"), QSettings.Format.IniFormat)
    keys.DEVICE_NAME.write(settings, "Portable de Samira")
    windows = WindowManager(clock=clock)
    windows.settings = settings
    windows.bind(AppContext(LiveMeeting(Meeting("m-other")), clock, settings, windows=windows))
    yield windows
    windows.close_joined()


def invite_dialog(host: Host) -> InviteDialog:
    """The host's Invite a device… dialog, opened by its action."""
    host.window.actions["invite"].trigger()
    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, InviteDialog) and w.isVisible()
    )


def join(qtbot: QtBot, windows: WindowManager, link: str) -> JoinedMeeting:
    """The other computer joins with ``link`` and waits until the meeting is there."""
    assert windows.join_meeting("", link) is None
    joined = windows.joined[-1]
    qtbot.waitUntil(lambda: joined.ctx is not None, timeout=LIMIT)
    return joined
