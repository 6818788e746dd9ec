"""The host names its computer in the Invite dialog (the setting the Join dialog keeps too), and the
others see the name.

Both computers are in this process, on one fake clock (presence's heartbeat comes when the test
moves it): the facilitator's window hosts on 127.0.0.1, the other computer joins through its own
window manager and settings, as File → Join a meeting… does. Every wait is on a condition.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, QSysInfo
from PySide6.QtWidgets import QApplication

from facilitation.models import FakeClock, LiveMeeting, Meeting
from facilitation.sync.presence import HEARTBEAT, NEWCOMER_GAP
from facilitation.sync.roles import Role
from tests.ui import test_sharing
from tests.ui.test_sharing import LIMIT, Host, free_port

from facilitation.ui.app.joined import JoinedMeeting
from facilitation.ui.app.windows import WindowManager
from facilitation.ui.core import settings as keys
from facilitation.ui.core.context import AppContext
from facilitation.ui.sharing.actions import start_sharing
from facilitation.ui.sharing.devices import DevicesPanel
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
    host.window.actions["invite"].trigger()
    return next(
        w for w in QApplication.topLevelWidgets() if isinstance(w, InviteDialog) and w.isVisible()
    )


def join(qtbot: QtBot, windows: WindowManager, link: str) -> JoinedMeeting:
    assert windows.join_meeting("", link) is None
    joined = windows.joined[-1]
    qtbot.waitUntil(lambda: joined.ctx is not None, timeout=LIMIT)
    return joined


def host_seen_by(joined: JoinedMeeting) -> Any:
    assert joined.shared is not None
    return next((d for d in joined.shared.devices() if d.role is Role.HOST), None)


def test_the_host_names_its_computer_in_the_invite_dialog_and_the_others_see_it(
    qtbot: QtBot, host: Host, other: WindowManager, clock: FakeClock
) -> None:
    start_sharing(host.ctx, "127.0.0.1", free_port())
    dialog = invite_dialog(host)
    # the Join dialog's setting and default: empty, the computer's own name shown instead
    assert dialog.name.text() == "" and dialog.name.placeholderText() == QSysInfo.machineHostName()
    dialog.name.setText("  Portable de l'animation ")
    dialog.make_button.click()
    made = dialog.invitation
    assert made is not None, dialog.error.text()
    # kept for the next time (the Join dialog reads the same), and carried by the invitation
    assert keys.DEVICE_NAME.read(host.ctx.settings) == "Portable de l'animation"
    assert made.host_name == "Portable de l'animation"
    # the host's own Devices list says it at once
    panel = host.window.findChild(DevicesPanel)
    assert panel is not None
    qtbot.waitUntil(
        lambda: (
            "Portable de l'animation (this computer)"
            in {panel.view.topLevelItem(i).text(0) for i in range(panel.view.topLevelItemCount())}
        ),
        timeout=LIMIT,
    )
    link = made.link()
    dialog.close()

    joined = join(qtbot, other, link)
    # the host greets a newcomer a moment later (the fake clock moves only when told)
    clock.advance(NEWCOMER_GAP)
    qtbot.waitUntil(
        lambda: getattr(host_seen_by(joined), "name", "") == "Portable de l'animation",
        timeout=LIMIT,
    )

    # renamed while the others are there: it reaches them with the next presence
    dialog = invite_dialog(host)
    assert dialog.name.text() == "Portable de l'animation"  # what was kept
    dialog.invite_another()
    dialog.name.setText("PC de la salle")
    dialog.name.editingFinished.emit()
    assert keys.DEVICE_NAME.read(host.ctx.settings) == "PC de la salle"
    clock.advance(HEARTBEAT)
    qtbot.waitUntil(
        lambda: getattr(host_seen_by(joined), "name", "") == "PC de la salle", timeout=LIMIT
    )
    dialog.close()
    # the other computer's own name is its own
    assert joined.shared is not None and joined.shared.device_name == "Portable de Samira"
