"""The host names its computer in the Invite dialog (the setting the Join dialog keeps too), and the
others see the name.

Two computers in this process, on one fake clock (tests/ui/two_computers.py): presence's heartbeat
comes when the test moves it.
"""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSysInfo

from facilitation.models import FakeClock
from facilitation.sync.presence import HEARTBEAT, NEWCOMER_GAP
from facilitation.sync.roles import Role
from tests.ui import two_computers
from tests.ui.conftest import top_item
from tests.ui.test_sharing import LIMIT, Host, free_port
from tests.ui.two_computers import invite_dialog, join

from facilitation.ui.app.joined import JoinedMeeting
from facilitation.ui.app.windows import WindowManager
from facilitation.ui.core import settings as keys
from facilitation.ui.sharing.actions import start_sharing
from facilitation.ui.sharing.devices import DevicesPanel

#: the two computers (tests/ui/two_computers.py)
host, clock, other = two_computers.host, two_computers.clock, two_computers.other


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
            in {top_item(panel.view, i).text(0) for i in range(panel.view.topLevelItemCount())}
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
