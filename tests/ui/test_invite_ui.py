"""Inviting a device, through the windows: Meeting → Invite a device…, File → Join a meeting… by
link or code, the QR code, the Devices tab, the joined windows per role.

What needs the floor's invitations and roles (``sync.invitations``, ``sync.roles``) is skipped while
this build of the floor lacks them; the rest drives the real dialogs, sockets on 127.0.0.1.
"""

from __future__ import annotations

from datetime import timedelta
from typing import TypeVar

import pytest
import segno
from pytestqt.qtbot import QtBot

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget

from facilitation.models import FakeClock
from facilitation.sync.roles import Role
from tests.ui import test_sharing
from tests.ui.conftest import submenu, windows_of
from tests.ui.test_sharing import LIMIT, Host, free_port

from facilitation.ui.core.i18n import install_translators, remove_translators
from facilitation.ui.sharing.actions import link_of
from facilitation.ui.sharing.dialogs import ShareDialog
from facilitation.ui.sharing.invite_dialog import (
    DEFAULT_VALIDITY,
    InviteDialog,
    time_left_text,
)
from facilitation.ui.sharing.join_dialog import JoinDialog
from facilitation.ui.sharing.qr import QUIET, qr_image, qr_matrix

#: the facilitator's window of a meeting on this computer (the sharing tests' own)
host = test_sharing.host


W = TypeVar("W", bound=QWidget)


def top(kind: type[W]) -> W:
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def close(dialog: QWidget) -> None:
    dialog.close()
    dialog.deleteLater()


# -- the QR code -------------------------------------------------------------------------------------


def test_the_qr_code_is_drawn_module_for_module_with_its_quiet_zone() -> None:
    text = "facilitation://join?m=m-abc&k=" + "A" * 43
    matrix = qr_matrix(text)
    assert matrix == [[bool(c) for c in row] for row in segno.make(text, error="m").matrix]
    scale = 5
    image = qr_image(text, scale)
    side = len(matrix) + 2 * QUIET
    assert image.width() == image.height() == side * scale
    black, white = QColor("black").rgb(), QColor("white").rgb()
    # the quiet zone is white all round
    for i in range(0, side * scale, scale):
        for x, y in ((i, 0), (0, i), (i, side * scale - 1), (side * scale - 1, i)):
            assert image.pixel(x, y) == white
    # every module is its own colour, read at its centre
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            px = image.pixel((x + QUIET) * scale + scale // 2, (y + QUIET) * scale + scale // 2)
            assert px == (black if dark else white), (x, y)


# -- the time an invitation has left -----------------------------------------------------------------


def test_the_time_left_reads_in_french_and_in_english(qapp: QApplication) -> None:
    assert time_left_text(timedelta(minutes=14, seconds=32)) == "Expires in 14:32"
    assert time_left_text(timedelta(hours=1, minutes=2, seconds=3)) == "Expires in 1:02:03"
    assert time_left_text(timedelta(seconds=0)).startswith("This invitation has expired")
    translators = install_translators(qapp, "fr")
    try:
        assert time_left_text(timedelta(minutes=14, seconds=32)) == "Expire dans 14:32"
        assert time_left_text(timedelta(seconds=-5)).startswith("Cette invitation a expiré")
    finally:
        remove_translators(qapp, translators)


# -- Meeting → Invite a device… ------------------------------------------------------------------------


def test_inviting_on_a_meeting_not_shared_offers_to_share_it_first(
    qtbot: QtBot, host: Host
) -> None:
    entry = host.window.actions["invite"]
    assert entry.isEnabled()
    assert any(entry in submenu(m).actions() for m in host.window.menuBar().actions())
    entry.trigger()
    invite = top(InviteDialog)
    assert invite.pages.currentIndex() == 0
    assert link_of(host.ctx) is None  # nothing listens yet
    invite.share_button.click()
    share = top(ShareDialog)
    share.address.setCurrentIndex(share.address.findData("127.0.0.1"))
    share.port.setValue(free_port())
    share.share_button.click()
    qtbot.waitUntil(lambda: share.shared_box.isVisible(), timeout=LIMIT)
    # shared: the invitation's roles come next, the note-taker proposed, 15 minutes
    assert invite.pages.currentIndex() == 1
    assert invite.chosen_role() == Role.NOTETAKER
    assert invite.chosen_validity() == timedelta(minutes=DEFAULT_VALIDITY)
    invite.role_buttons[Role.VIEWER].click()
    assert invite.chosen_role() == Role.VIEWER
    close(share)
    close(invite)


def share_here(qtbot: QtBot, host: Host) -> None:
    host.window.actions["share"].trigger()
    share = top(ShareDialog)
    share.address.setCurrentIndex(share.address.findData("127.0.0.1"))
    share.port.setValue(free_port())
    share.share_button.click()
    qtbot.waitUntil(lambda: share.shared_box.isVisible(), timeout=LIMIT)
    close(share)


def test_the_invitation_three_ways_with_its_time_counting_down(
    qtbot: QtBot, host: Host, clock: FakeClock
) -> None:
    share_here(qtbot, host)
    host.window.actions["invite"].trigger()
    invite = top(InviteDialog)
    invite.role_buttons[Role.NOTETAKER].click()
    invite.validity.setCurrentIndex(invite.validity.findData(5))
    invite.make_button.click()
    assert invite.pages.currentIndex() == 2, invite.error.text()
    made = invite.invitation
    assert made is not None
    assert made.role == Role.NOTETAKER
    assert invite.link.text() == made.link() and made.link().startswith("facilitation://join?")
    assert invite.code.text() == made.code()
    assert invite.qr.modules == len(qr_matrix(made.qr_text()))
    invite.copy.click()
    assert QApplication.clipboard().text() == made.link()
    assert invite.time_left.text() == "Expires in 5:00"
    clock.advance(61)
    invite.refresh_time_left()
    assert invite.time_left.text() == "Expires in 3:59"
    clock.advance(300)
    invite.refresh_time_left()
    assert invite.time_left.text().startswith("This invitation has expired")
    assert not invite.code.isEnabled() and not invite.copy.isEnabled()
    invite.another.click()
    assert invite.pages.currentIndex() == 1 and invite.invitation is None
    close(invite)


# -- File → Join a meeting… ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "pasted",
    [
        "{url} {key}",
        "{url}\n{key}\n",
        "  <{url}>\n\n  {key}  ",
        '"{url}" "{key}"',
        "{key} {url}",
    ],
)
def test_the_join_field_takes_an_address_and_invitation_however_pasted(
    qtbot: QtBot, pasted: str
) -> None:
    from facilitation.sync import MeetingKey

    key = f"m-x:{MeetingKey.generate('m-x').text()}"
    url = "ws://127.0.0.1:8765/room"
    dialog = JoinDialog(browse=False)
    qtbot.addWidget(dialog)
    dialog.invitation.setText(pasted.format(url=url, key=key))
    target = dialog.check()
    assert target is not None, dialog.error.text()
    assert (target.address, target.key) == (url, key)
    assert dialog.error.isHidden()


def test_the_join_field_says_what_is_wrong_in_french_and_in_english(
    qtbot: QtBot, qapp: QApplication
) -> None:
    dialog = JoinDialog(browse=False)
    qtbot.addWidget(dialog)
    dialog.show()
    for text in ("", "   ", "bonjour", "ws://127.0.0.1:1 m-x:!!!"):
        dialog.invitation.setText(text)
        assert dialog.check() is None
        assert dialog.error.isVisible()
        assert dialog.error.text().startswith("This meeting cannot be joined: ")
    dialog.invitation.setText("")
    dialog.check()
    assert dialog.error.text().endswith("paste the invitation's link or type its code")
    translators = install_translators(qapp, "fr")
    try:
        dialog.check()
        assert dialog.error.text() == (
            "Impossible de rejoindre cette réunion\u00a0: collez le lien de l'invitation ou "
            "tapez son code"
        )
    finally:
        remove_translators(qapp, translators)


def test_the_meetings_shared_on_this_network_show_title_and_host_only(qtbot: QtBot) -> None:
    from facilitation.sync.discovery import SharedOnLan

    dialog = JoinDialog(browse=False)
    qtbot.addWidget(dialog)
    found = [
        SharedOnLan("Rencontre 3", "portable-marie", "192.168.1.20", 8765),
        SharedOnLan("AG de décembre", "pc-accueil", "192.168.1.31", 8766),
    ]
    dialog.show_found(found)
    rows = [dialog.lan.item(i).text() for i in range(dialog.lan.count())]
    assert rows == ["Rencontre 3 — on portable-marie", "AG de décembre — on pc-accueil"]
    dialog.lan.setCurrentRow(1)
    assert dialog.url.text() == "ws://192.168.1.31:8766"
    dialog.show_found(found[1:])  # one gone: the pick stays
    assert dialog.lan.currentRow() == 0 and dialog.url.text() == "ws://192.168.1.31:8766"
    dialog.show_found([])
    assert dialog.lan.count() == 0
    assert "No meeting" in dialog.lan_state.text()


def test_a_joined_meeting_without_roles_opens_the_note_takers_window_as_before(
    qtbot: QtBot, host: Host
) -> None:
    """The address and ``meeting:key`` form (no role in it) keeps opening the note-taker's
    window; the facilitator's Share and Invite stay the host's."""
    share_here(qtbot, host)
    link = link_of(host.ctx)
    assert link is not None
    host.window.actions["join"].trigger()
    join = top(JoinDialog)
    join.invitation.setText(f"{link.shared.status().address}\n{link.shared.invitation()}")
    join.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(
        lambda: bool(host.windows.joined) and host.windows.joined[0].ctx is not None,
        timeout=LIMIT,
    )
    joined = host.windows.joined[0]
    notes = windows_of(joined).note_taker
    assert notes is not None and notes.isVisible()
    assert joined.facilitator is None
    assert host.window.actions["invite"].isEnabled()
    join.deleteLater()


# -- who is here ----------------------------------------------------------------------------------


def test_a_devices_clock_reads_against_the_hosts() -> None:
    from facilitation.ui.sharing.devices import offset_text

    assert offset_text(None) == "—"
    assert offset_text(3.74) == "+3.7\u00a0s"
    assert offset_text(-42.0) == "−42.0\u00a0s"
    assert offset_text(-0.04) == "+0.0\u00a0s"  # no "minus nothing"


def test_a_device_last_seen_reads_in_french_and_in_english(
    qapp: QApplication, clock: FakeClock
) -> None:
    from facilitation.sync import DeviceInfo, Role

    from facilitation.ui.sharing.devices import seen_text

    now = clock.now()

    def seen(minutes: float | None, online: bool = False) -> str:
        last = None if minutes is None else now - timedelta(minutes=minutes)
        device = DeviceInfo("d1", "Portable", Role.NOTETAKER, online, last, None, False)
        return seen_text(device, now)

    assert seen(0, online=True) == "online"
    assert seen(None) == "offline"
    assert seen(0.5) == "offline · just now"
    assert seen(3) == "offline · 3 min ago"
    translators = install_translators(qapp, "fr")
    try:
        assert seen(3) == "hors ligne · il y a 3\u00a0min"
        assert seen(0, online=True) == "en ligne"
    finally:
        remove_translators(qapp, translators)


def test_with_invitations_the_share_dialog_shows_no_key_and_offers_to_invite(
    qtbot: QtBot, host: Host
) -> None:
    host.window.actions["share"].trigger()
    share = top(ShareDialog)
    share.address.setCurrentIndex(share.address.findData("127.0.0.1"))
    share.port.setValue(free_port())
    share.share_button.click()
    qtbot.waitUntil(lambda: share.shared_box.isVisible(), timeout=LIMIT)
    assert share.invitation.isHidden()  # the meeting's key: each device gets its own invitation
    share.copy.click()
    assert QApplication.clipboard().text() == share.url.toPlainText().splitlines()[0]
    assert share.invite_button.isVisible()
    share.invite_button.click()
    invite = top(InviteDialog)
    assert invite.pages.currentIndex() == 1  # shared already: on to the roles
    close(invite)
    close(share)


def test_the_join_dialog_keeps_this_computers_name_for_the_others(qtbot: QtBot, host: Host) -> None:
    from facilitation.sync import MeetingKey

    from facilitation.ui.core import settings as keys
    from facilitation.ui.sharing.actions import ask_join

    dialog = ask_join(host.window, host.ctx)
    assert isinstance(dialog, JoinDialog)
    assert dialog.name.text() == "" and dialog.name.placeholderText()  # the computer's own name
    dialog.name.setText("  Portable de Samira  ")
    key = f"m-x:{MeetingKey.generate('m-x').text()}"
    dialog.invitation.setText(f"ws://127.0.0.1:{free_port()} {key}")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert keys.DEVICE_NAME.read(host.ctx.settings) == "Portable de Samira"
    dialog.close()
    again = ask_join(host.window, host.ctx)
    assert isinstance(again, JoinDialog)
    assert again.name.text() == "Portable de Samira"
    again.close()
