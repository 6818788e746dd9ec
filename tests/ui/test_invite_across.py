"""Invite → join → roles → revoke, across processes on 127.0.0.1: the facilitator's window here
(pytest-qt), the invited computer's app in a process of its own (``joined_app.py``, which joins
through the app's own path and says what its windows let the user do).

Invitations and roles need the floor's ``sync.invitations`` and ``sync.roles``: those tests are
skipped while this build of the floor lacks them.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QWidget

from facilitation.models import LiveMeeting, SystemClock
from facilitation.sync import DeviceInfo
from facilitation.sync.roles import Role
from tests.sync.conftest import Proc
from tests.ui.conftest import sample_meeting
from tests.ui.test_sharing import LIMIT, Host, free_port

from facilitation.ui.app.windows import WindowManager
from facilitation.ui.core.context import AppContext
from facilitation.ui.facilitator.window import FacilitatorWindow
from facilitation.ui.sharing.actions import link_of
from facilitation.ui.sharing.devices import DevicesPanel
from facilitation.ui.sharing.dialogs import ShareDialog
from facilitation.ui.sharing.invite_dialog import InviteDialog


@pytest.fixture
def host(qtbot: QtBot, ui_settings: QSettings, no_leaks: None) -> Iterator[Host]:
    """The facilitator's window on the wall clock: the other computer checks the invitation's
    expiry against its own (a fake clock here would hand it an invitation expired years ago)."""
    windows = WindowManager()
    ctx = AppContext(LiveMeeting(sample_meeting()), SystemClock(), ui_settings, windows=windows)
    windows.bind(ctx)
    window = FacilitatorWindow(ctx)
    window.interactive = False
    windows.bind(ctx, window)
    window.show()
    qtbot.waitExposed(window)
    yield Host(ctx, window, windows)
    windows.close_joined()
    link = link_of(ctx)
    if link is not None:
        link.close()
    windows.close_others()
    window.close()
    window.deleteLater()


APP = Path(__file__).with_name("joined_app.py")
#: the name the other computer shows (``joined_app.NAME``)
NAME = "Portable de Samira"


class Other(Proc):
    """The invited computer's app."""

    def __init__(self) -> None:
        super().__init__([sys.executable, str(APP)])
        assert self.answer() == {"hello": True}

    def until(self, qtbot: QtBot, done: Callable[[dict[str, Any]], bool]) -> dict[str, Any]:
        """Ask its state until ``done`` (the host's window keeps running meanwhile)."""
        end = time.monotonic() + LIMIT / 1000
        state: dict[str, Any] = {}
        while time.monotonic() < end:
            state = self.ask(op="state")
            if done(state):
                return state
            qtbot.wait(50)  # the host's event loop runs: it serves the other computer
        raise AssertionError(f"the other computer never got there: {state}")


@pytest.fixture
def other() -> Iterator[Other]:
    proc = Other()
    yield proc
    proc.stop()


def top(kind: type, parent: QWidget | None = None) -> Any:
    """The visible dialog of ``kind`` (of ``parent``'s window: not one another test left behind)."""
    return next(
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, kind) and w.isVisible() and (parent is None or w.parent() is parent)
    )


def share_and_invite(qtbot: QtBot, host: Host, role: str) -> Any:
    host.window.actions["share"].trigger()
    share = top(ShareDialog, host.window)
    share.address.setCurrentIndex(share.address.findData("127.0.0.1"))
    share.port.setValue(free_port())
    share.share_button.click()
    qtbot.waitUntil(lambda: share.shared_box.isVisible(), timeout=LIMIT)
    share.close()
    share.deleteLater()
    return invite(host, role)


def invite(host: Host, role: str) -> Any:
    host.window.actions["invite"].trigger()
    dialog = top(InviteDialog, host.window)
    dialog.role_buttons[role].click()
    dialog.make_button.click()
    assert dialog.invitation is not None, dialog.error.text()
    made = dialog.invitation
    dialog.close()
    return made


def devices_panel(host: Host) -> DevicesPanel:
    panel = host.window.findChild(DevicesPanel)
    assert panel is not None, "the Devices tab is there once the meeting is shared"
    return panel


def row_of(panel: DevicesPanel, name: str) -> DeviceInfo | None:
    return next((d for d in panel.devices.values() if d.name == name), None)


def test_invite_a_note_taker_change_its_role_then_remove_it(
    qtbot: QtBot, host: Host, other: Other
) -> None:
    host.window.start_meeting()
    made = share_and_invite(qtbot, host, Role.NOTETAKER)
    # the other computer pastes the link, as it comes
    assert other.ask(op="join", text=f"  <{made.link()}>\n", address="") == {"problem": None}
    state = other.until(qtbot, lambda s: s["opened"])
    assert state["role"] == Role.NOTETAKER
    assert state["windows"] == ["notetaker"]
    assert state["write_enabled"] is True

    # the host sees it in the Devices tab, and was told in passing
    panel = devices_panel(host)
    qtbot.waitUntil(lambda: row_of(panel, joined_name(panel)) is not None, timeout=LIMIT)
    device = row_of(panel, joined_name(panel))
    assert device is not None and device.role == Role.NOTETAKER and device.online
    qtbot.waitUntil(lambda: "joined as note-taker" in host.window.statusBar().currentMessage())
    other.until(qtbot, lambda s: s["host_reach"] == "Host reachable")

    # a note typed over there arrives here
    typed = other.ask(op="note", text="Le CPAS répond jeudi")
    assert typed["done"], typed["said"]
    qtbot.waitUntil(
        lambda: "Le CPAS répond jeudi" in {n.text for n in host.ctx.meeting.notes.values()},
        timeout=LIMIT,
    )

    # the host makes it a viewer: its writing is disabled there
    select(panel, device.device_id)
    panel.change_role(Role.VIEWER)
    other.until(qtbot, lambda s: s["write_enabled"] is False)

    # then removes it (asked first): it is told, and gets nothing new
    select(panel, device.device_id)
    assert not panel.remove(confirm=lambda _q: False)
    assert panel.remove(confirm=lambda question: "Remove" in question)
    other.until(qtbot, lambda s: "removed from the meeting" in s["said"])
    gone = row_of(panel, joined_name(panel))
    assert gone is None or not gone.role


def test_an_invitation_used_twice_is_refused(qtbot: QtBot, host: Host, other: Other) -> None:
    made = share_and_invite(qtbot, host, Role.VIEWER)
    assert other.ask(op="join", text=made.link(), address="")["problem"] is None
    state = other.until(qtbot, lambda s: s["opened"])
    assert state["role"] == Role.VIEWER and state["windows"] == ["projector"]
    second = Other()
    try:
        reply = second.ask(op="join", text=made.link(), address="")
        if reply["problem"] is None:
            state = second.until(qtbot, lambda s: bool(s.get("failed")) or s["opened"])
            assert not state["opened"], "a used invitation let a second device in"
    finally:
        second.stop()


def test_a_co_facilitator_joins_by_code_and_steps_the_agenda(
    qtbot: QtBot, host: Host, other: Other
) -> None:
    made = share_and_invite(qtbot, host, Role.COFACILITATOR)
    link = link_of(host.ctx)
    assert link is not None
    address = link.shared.status().address or ""
    base = address.rsplit("/", 1)[0]
    reply = other.ask(op="join", text=made.code().lower(), address=base)
    assert reply["problem"] is None
    state = other.until(qtbot, lambda s: s["opened"])
    assert state["role"] == Role.COFACILITATOR
    assert state["windows"] == ["facilitator"]
    assert state["invite_enabled"] is False  # only the host invites
    assert host.ctx.meeting.live.started_at is None
    assert other.ask(op="action", name="start")["done"]
    qtbot.waitUntil(lambda: host.ctx.meeting.live.started_at is not None, timeout=LIMIT)
    assert host.ctx.meeting.live.current_item_id == next(iter(host.ctx.meeting.items))


def test_the_other_computers_app_joins_with_an_address_and_invitation(
    qtbot: QtBot, host: Host, other: Other
) -> None:
    host.window.start_meeting()
    host.window.actions["share"].trigger()
    share = top(ShareDialog, host.window)
    share.address.setCurrentIndex(share.address.findData("127.0.0.1"))
    share.port.setValue(free_port())
    share.share_button.click()
    qtbot.waitUntil(lambda: share.shared_box.isVisible(), timeout=LIMIT)
    pasted = f"{share.url.toPlainText()}\n{share.invitation.text()}"
    share.close()
    share.deleteLater()
    assert other.ask(op="join", text=pasted, address="") == {"problem": None}
    state = other.until(qtbot, lambda s: s["opened"])
    assert state["windows"] == ["notetaker"] and state["write_enabled"] is True
    typed = other.ask(op="note", text="Réponse du CPAS jeudi")
    assert typed["done"], typed["said"]
    qtbot.waitUntil(
        lambda: "Réponse du CPAS jeudi" in {n.text for n in host.ctx.meeting.notes.values()},
        timeout=LIMIT,
    )


def joined_name(_panel: DevicesPanel) -> str:
    return NAME


def select(panel: DevicesPanel, device_id: str) -> None:
    for i in range(panel.view.topLevelItemCount()):
        item = panel.view.topLevelItem(i)
        if item is not None and item.data(0, 256) == device_id:
            panel.view.setCurrentItem(item)
            return
    raise AssertionError(f"{device_id} is not in the list")
