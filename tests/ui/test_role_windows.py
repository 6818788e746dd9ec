"""A role changed by the host opens the window of the new role on that device: a viewer made
note-taker gets the note-taker's window, made co-facilitator the facilitator's, and a co-facilitator
made viewer again has the facilitator's window put away.

Both computers are in this process, on one fake clock: the facilitator's window hosts on 127.0.0.1, the other computer joins through its own
window manager and settings, as File → Join a meeting… does. Every wait is on a condition.
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
from facilitation.sync.roles import Role
from tests.ui import test_sharing
from tests.ui.test_invite_across import select
from tests.ui.test_sharing import LIMIT, Host, free_port

from facilitation.ui.app.joined import JoinedMeeting
from facilitation.ui.app.windows import WindowManager
from facilitation.ui.core import settings as keys
from facilitation.ui.core.context import AppContext
from facilitation.ui.facilitator.window import FacilitatorWindow
from facilitation.ui.sharing.actions import link_of, start_sharing
from facilitation.ui.sharing.devices import DevicesPanel
from facilitation.ui.sharing.invite_dialog import InviteDialog
from facilitation.ui.sharing.roles import role_name

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


def test_a_role_changed_by_the_host_opens_the_window_of_the_new_role(
    qtbot: QtBot, host: Host, other: WindowManager
) -> None:
    link = link_of(host.ctx) or start_sharing(host.ctx, "127.0.0.1", free_port())[0]
    dialog = invite_dialog(host)
    dialog.role_buttons[Role.VIEWER].click()
    dialog.make_button.click()
    assert dialog.invitation is not None, dialog.error.text()
    joined = join(qtbot, other, dialog.invitation.link())
    dialog.close()
    assert joined.role is Role.VIEWER
    assert joined.windows.projector is not None and joined.windows.projector.isVisible()
    assert joined.windows.note_taker is None and joined.facilitator is None
    assert joined.shared is not None
    device = joined.shared.identity.device_id
    panel = host.window.findChild(DevicesPanel)
    assert panel is not None
    qtbot.waitUntil(lambda: device in panel.devices, timeout=LIMIT)

    def make_it(role: Role) -> None:
        panel.refresh()
        select(panel, device)
        panel.change_role(role)
        qtbot.waitUntil(lambda: joined.role is role, timeout=LIMIT)

    # a viewer made note-taker: the note-taker's window opens there, writing enabled
    make_it(Role.NOTETAKER)
    notes = joined.windows.note_taker
    assert notes is not None and notes.isVisible()
    assert notes.statusBar().currentMessage() == (
        f"This computer is now {role_name(Role.NOTETAKER)}: its window is open."
    )
    # made co-facilitator: the facilitator's window opens there too
    make_it(Role.COFACILITATOR)
    facilitator = joined.facilitator
    assert isinstance(facilitator, FacilitatorWindow) and facilitator.isVisible()
    assert facilitator.ctx is joined.ctx
    # back to viewer: the facilitator's window goes away (it would be refused everything), the
    # projector's is in front
    make_it(Role.VIEWER)
    assert not facilitator.isVisible()
    assert joined.windows.projector is not None and joined.windows.projector.isVisible()
    assert link.shared.role_of(device) is Role.VIEWER
    # its windows closed: the joined meeting ends with the last
    joined.windows.close_others()
    qtbot.waitUntil(lambda: other.joined == [], timeout=LIMIT)
