"""A role changed by the host opens the window of the new role on that device: a viewer made
note-taker gets the note-taker's window, made co-facilitator the facilitator's, and a co-facilitator
made viewer again has the facilitator's window put away.

Two computers in this process, on one fake clock (tests/ui/two_computers.py).
"""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from facilitation.sync.roles import Role
from tests.ui import two_computers
from tests.ui.conftest import windows_of
from tests.ui.test_invite_across import select
from tests.ui.test_sharing import LIMIT, Host, free_port
from tests.ui.two_computers import invite_dialog, join

from facilitation.ui.app.windows import WindowManager
from facilitation.ui.facilitator.window import FacilitatorWindow
from facilitation.ui.sharing.actions import link_of, start_sharing
from facilitation.ui.sharing.devices import DevicesPanel
from facilitation.ui.sharing.roles import role_name

#: the two computers (tests/ui/two_computers.py)
host, clock, other = two_computers.host, two_computers.clock, two_computers.other


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
    windows = windows_of(joined)
    assert windows.projector is not None and windows.projector.isVisible()
    assert windows.note_taker is None and joined.facilitator is None
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
    notes = windows.note_taker
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
    assert windows.projector is not None and windows.projector.isVisible()
    assert link.shared.role_of(device) is Role.VIEWER
    # its windows closed: the joined meeting ends with the last
    windows.close_others()
    qtbot.waitUntil(lambda: other.joined == [], timeout=LIMIT)
