"""One meeting on several devices, through the windows: Share, Join, the status line, Stop sharing.

Everything goes over real sockets on 127.0.0.1: the facilitator's window hosts, a second context in
this process joins through the Join dialog, and a device in a process of its own
(``tests/sync/device.py``) joins too. No sleep: every wait is on a condition, with a time limit.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from facilitation.models import Create, FakeClock, LiveMeeting, Note
from tests.sync.conftest import Device
from tests.ui.conftest import sample_meeting, windows_of

from facilitation.ui.app.windows import WindowManager
from facilitation.ui.core.context import AppContext
from facilitation.ui.facilitator.window import FacilitatorWindow
from facilitation.ui.sharing.actions import SharingStatus, link_of
from facilitation.ui.sharing.dialogs import ShareDialog
from facilitation.ui.sharing.join_dialog import JoinDialog

#: every wait on the network is bounded (ms)
LIMIT = 20_000


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def refused(port: int) -> bool:
    """True when nothing listens on 127.0.0.1:``port`` any more."""
    with socket.socket() as s:
        s.settimeout(2)
        try:
            s.connect(("127.0.0.1", port))
        except OSError:
            return True
    return False


@dataclass
class Host:
    ctx: AppContext
    window: FacilitatorWindow
    windows: WindowManager


@pytest.fixture
def host(qtbot: QtBot, clock: FakeClock, ui_settings: QSettings, no_leaks: None) -> Iterator[Host]:
    windows = WindowManager()
    ctx = AppContext(LiveMeeting(sample_meeting()), clock, ui_settings, windows=windows)
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


def status_of(window: object) -> str:
    label = window.findChild(SharingStatus)  # type: ignore[attr-defined]
    return label.text() if label is not None and label.isVisible() else ""


def share(qtbot: QtBot, host: Host, port: int) -> ShareDialog:
    """Meeting → Share on the network…, this computer only, on ``port``."""
    host.window.actions["share"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShareDialog))
    dialog.address.setCurrentIndex(dialog.address.findData("127.0.0.1"))
    dialog.port.setValue(port)
    dialog.share_button.click()
    qtbot.waitUntil(lambda: dialog.shared_box.isVisible(), timeout=LIMIT)
    return dialog


def test_nothing_listens_until_the_meeting_is_shared(host: Host) -> None:
    assert link_of(host.ctx) is None
    assert host.ctx.sharing.door is None
    assert status_of(host.window) == ""
    assert not host.window.actions["stop_sharing"].isEnabled()


def test_share_join_type_a_note_on_each_side_then_stop_sharing(qtbot: QtBot, host: Host) -> None:
    port = free_port()
    dialog = share(qtbot, host, port)
    url = dialog.url.toPlainText()
    invitation = dialog.invitation.text()
    assert url.startswith(f"ws://127.0.0.1:{port}/")
    assert invitation.startswith(host.ctx.meeting.id + ":")
    dialog.copy_to_clipboard()
    assert QApplication.clipboard().text() == f"{url}\n{invitation}"
    dialog.close()
    dialog.deleteLater()
    qtbot.waitUntil(lambda: status_of(host.window).startswith("Shared on the network"))
    assert url in status_of(host.window)
    assert host.window.actions["stop_sharing"].isEnabled()

    # File → Join a meeting…, as on the note-taker's computer (both pasted at once)
    host.window.actions["join"].trigger()
    join = next(w for w in QApplication.topLevelWidgets() if isinstance(w, JoinDialog))
    join.invitation.setText(f"{url}\n{invitation}")
    join.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    # it joins without blocking, and closes once the windows are open
    qtbot.waitUntil(join.isHidden, timeout=LIMIT)
    join.deleteLater()
    qtbot.waitUntil(
        lambda: bool(host.windows.joined) and host.windows.joined[0].ctx is not None,
        timeout=LIMIT,
    )
    joined = host.windows.joined[0]
    ctx, shared = joined.ctx, joined.shared
    assert ctx is not None and shared is not None
    notes = windows_of(joined).note_taker
    assert notes is not None and notes.isVisible()
    # a context of its own, built around the shared meeting, its clock the shared one
    assert ctx.live is shared.live and ctx.live is not host.ctx.live
    assert ctx.clock is shared.clock
    assert ctx.meeting.items.keys() == host.ctx.meeting.items.keys()
    qtbot.waitUntil(lambda: status_of(notes) == "Connected to the shared meeting", timeout=LIMIT)

    # a note typed on the joined computer reaches the facilitator's
    notes.view_item("i1")
    qtbot.keyClicks(notes.editor, "Le CPAS propose une permanence le mardi !")
    notes.submit()
    assert any(n.text.startswith("Le CPAS") for n in ctx.meeting.notes.values())
    qtbot.waitUntil(
        lambda: any(n.text.startswith("Le CPAS") for n in host.ctx.meeting.notes.values()),
        timeout=LIMIT,
    )
    # and one added in the facilitator's own note-taker window reaches the joined one's list
    notes.follow.setChecked(False)
    notes.view_item("i1")
    assert "Accord sur le principe." not in notes_shown(notes)
    mine = host.windows.show_note_taker()
    mine.view_item("i1")
    qtbot.keyClicks(mine.editor, "Accord sur le principe.")
    mine.submit()
    qtbot.waitUntil(
        lambda: any(n.text == "Accord sur le principe." for n in ctx.meeting.notes.values()),
        timeout=LIMIT,
    )
    qtbot.waitUntil(lambda: "Accord sur le principe." in notes_shown(notes), timeout=LIMIT)

    # Stop sharing: the port is closed, the joined computer says it is offline, with the time
    host.window.actions["stop_sharing"].trigger()
    assert refused(port)
    assert status_of(host.window).startswith("Not shared any more")
    assert not host.window.actions["stop_sharing"].isEnabled()
    qtbot.waitUntil(lambda: status_of(notes).startswith("Offline since"), timeout=LIMIT)
    # the joined computer keeps working offline, and counts what waits
    qtbot.keyClicks(notes.editor, "Note prise hors ligne.")
    notes.submit()
    qtbot.waitUntil(lambda: status_of(notes).endswith("— 1 waiting to be sent"), timeout=LIMIT)
    # the host's meeting goes on on its own, through the same door
    host.ctx.apply(
        Create.of("notes", Note("n-after", "i1", host.ctx.clock.now(), "après")),
        on_refused=pytest.fail,
    )
    assert "n-after" in host.ctx.meeting.notes


def shows(text: str, window: object) -> bool:
    return text in notes_shown(window)


def notes_shown(window: object) -> str:
    """The rows of the note-taker's list of notes (the item in view)."""
    rows = window.notes  # type: ignore[attr-defined]
    return "\n".join(rows.item(i).text() for i in range(rows.count()))


def test_a_device_in_another_process_joins_the_windows_meeting(
    qtbot: QtBot, host: Host, tmp_path: Path
) -> None:
    port = free_port()
    dialog = share(qtbot, host, port)
    url, invitation = dialog.url.toPlainText(), dialog.invitation.text()
    dialog.close()
    dialog.deleteLater()
    link = link_of(host.ctx)
    assert link is not None
    # the host's device has given its meeting to its own server before another device asks
    qtbot.waitUntil(
        lambda: link.shared.status().connected and link.shared.status().waiting == 0,
        timeout=LIMIT,
    )
    device = Device()
    try:
        device.send(op="join", url=url, invitation=invitation, folder=str(tmp_path / "d"))
        # the window's event loop runs while the device says hello and the host grants its role
        qtbot.waitUntil(lambda: len(link.shared.replica.roles()) == 2, timeout=LIMIT)
        assert device.answer()["ready"]
        notes = host.windows.show_note_taker()
        notes.follow.setChecked(False)
        notes.view_item("i1")
        device.send(op="note", id="from-the-other-process")
        # the window's event loop runs while the other process waits for the confirmation
        qtbot.waitUntil(lambda: "from-the-other-process" in host.ctx.meeting.notes, timeout=LIMIT)
        assert device.answer()["confirmed"]
        qtbot.waitUntil(lambda: "from-the-other-process" in notes_shown(notes), timeout=LIMIT)
        assert "from-the-other-process" in notes_shown(notes)
        # the host goes: the other device says it is offline
        host.window.actions["stop_sharing"].trigger()
        assert refused(port)
        qtbot.waitUntil(lambda: not device.ask(op="status")["connected"], timeout=LIMIT)
    finally:
        device.stop()


def test_joining_a_wrong_address_or_invitation_is_told_in_the_dialog(
    qtbot: QtBot, host: Host
) -> None:
    host.window.actions["join"].trigger()
    join = next(w for w in QApplication.topLevelWidgets() if isinstance(w, JoinDialog))
    ok = join.buttons.button(QDialogButtonBox.StandardButton.Ok)
    for url, invitation in (
        ("ws://127.0.0.1:1/x", "not an invitation"),
        ("http://127.0.0.1:1", "m-test:AAAA"),
        ("", ""),
        ("ws://127.0.0.1:1", "m-test:!!!"),
        ("ws://127.0.0.1:1", "m-test:" + "A" * 5000),
        ("ws://127.0.0.1:1", "m-test:éé"),
        ("ws://127.0.0.1:1", "\x00:\x00"),
        ("file:///etc/passwd", "m-test:" + "A" * 43),
    ):
        join.url.setText(url)
        join.invitation.setText(invitation)
        ok.click()
        assert join.isVisible()
        assert join.error.isVisible() and join.error.text().startswith(
            "This meeting cannot be joined"
        )
    assert host.windows.joined == []
    join.close()
    join.deleteLater()


@pytest.mark.parametrize(
    "url", ["ws://127.0.0.1:99999", "ws://[::1", "ws://" + "a" * 3000, "ws://127.0.0.1:1/../../x"]
)
def test_a_strange_address_never_breaks_the_window(qtbot: QtBot, host: Host, url: str) -> None:
    from facilitation.sync import MeetingKey

    key = MeetingKey.generate("m-x")
    problem = host.windows.join_meeting(url, f"m-x:{key.text()}")
    if problem is None:  # accepted: it keeps trying, then says it cannot be reached
        joined = host.windows.joined[0]
        joined._limit.start(300)
        qtbot.waitUntil(lambda: host.windows.joined == [], timeout=LIMIT)
        assert joined.ctx is None
    else:
        assert problem.startswith("This meeting cannot be joined")
    # the window still works
    host.window.actions["share"].trigger()
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShareDialog))
    dialog.close()
    dialog.deleteLater()
    for box in QApplication.topLevelWidgets():
        if box.objectName() == "joinFailed":
            box.close()


def test_a_port_in_use_is_told_in_the_share_dialog(qtbot: QtBot, host: Host) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        host.window.actions["share"].trigger()
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShareDialog))
        dialog.address.setCurrentIndex(dialog.address.findData("127.0.0.1"))
        dialog.port.setValue(port)
        dialog.share_button.click()
        assert dialog.error.isVisible() and "cannot be shared there" in dialog.error.text()
        assert not dialog.shared_box.isVisible()
        # another port works, on the same shared meeting
        dialog.port.setValue(free_port())
        dialog.share_button.click()
        assert dialog.shared_box.isVisible()
    dialog.close()
    dialog.deleteLater()


def test_a_command_refused_on_replay_is_told_to_its_own_device(qtbot: QtBot, host: Host) -> None:
    """Both computers add a note with the same id while one is offline: after the merge, the one
    later in the log's order is refused, and only its author's window says so."""
    port = free_port()
    dialog = share(qtbot, host, port)
    url, invitation = dialog.url.toPlainText(), dialog.invitation.text()
    dialog.close()
    dialog.deleteLater()
    assert host.windows.join_meeting(url, invitation, projector=True) is None
    qtbot.waitUntil(
        lambda: bool(host.windows.joined) and host.windows.joined[0].ctx is not None,
        timeout=LIMIT,
    )
    joined = host.windows.joined[0]
    ctx, shared = joined.ctx, joined.shared
    assert ctx is not None and shared is not None
    notes = windows_of(joined).note_taker
    assert notes is not None
    # the projector's window, asked for in the Join dialog, shows the joined meeting
    projector = windows_of(joined).projector
    assert projector is not None and projector.isVisible() and projector.ctx is ctx
    qtbot.waitUntil(lambda: status_of(notes) == "Connected to the shared meeting", timeout=LIMIT)
    # both note-taker windows show the item, so a rebuild must show in them
    mine = host.windows.show_note_taker()
    for window in (notes, mine):
        window.follow.setChecked(False)
        window.view_item("i1")
    shared.set_online(False)
    qtbot.waitUntil(lambda: status_of(notes).startswith("Offline since"), timeout=LIMIT)
    at = host.ctx.clock.now()
    host.ctx.apply(
        Create.of("notes", Note("same", "i1", at, "côté animation")),
        initiator=host.window,
        on_refused=pytest.fail,
    )
    # as the note-taker's window would, told in its own message area
    ctx.apply(
        Create.of("notes", Note("same", "i1", at, "côté notes")),
        initiator=ctx,
        on_refused=pytest.fail,
    )
    assert "côté notes" in notes_shown(notes)
    assert ctx.meeting.notes["same"].text == "côté notes"
    shared.set_online(True)

    def told() -> list[str]:
        said = []
        if "another device was first" in host.window.statusBar().currentMessage():
            said.append("host")
        if "another device was first" in notes.message.text():
            said.append("joined")
        return said

    qtbot.waitUntil(lambda: bool(told()), timeout=LIMIT)
    qtbot.waitUntil(
        lambda: host.ctx.meeting.notes["same"].text == ctx.meeting.notes["same"].text,
        timeout=LIMIT,
    )
    winner = host.ctx.meeting.notes["same"].text
    loser = "côté notes" if winner == "côté animation" else "côté animation"
    # exactly one was told: the author of the note that lost
    assert told() == (["joined"] if winner == "côté animation" else ["host"])
    # the loser's device rebuilt its meeting (the other's entry came before its own), and its
    # windows read it afresh: every list shows the winner, none the loser
    link = link_of(host.ctx)
    assert link is not None
    assert link.shared.replica.rebuilds + shared.replica.rebuilds >= 1
    for window in (notes, mine):
        qtbot.waitUntil(partial(shows, winner, window), timeout=LIMIT)
        assert loser not in notes_shown(window)


def test_a_meeting_nobody_shares_any_more_is_told_after_a_while(qtbot: QtBot, host: Host) -> None:
    from PySide6.QtWidgets import QMessageBox

    from facilitation.sync import MeetingKey

    key = MeetingKey.generate("m-gone")
    url = f"ws://127.0.0.1:{free_port()}"
    assert host.windows.join_meeting(url, f"m-gone:{key.text()}") is None
    joined = host.windows.joined[0]
    joined._limit.start(300)  # the 20 s limit, shortened: nothing listens there
    qtbot.waitUntil(lambda: host.windows.joined == [], timeout=LIMIT)
    box = host.window.findChild(QMessageBox, "joinFailed")
    assert box is not None and box.isVisible()
    assert url in box.text() and "could not be reached" in box.text()
    # it never got the meeting: no window, no connection, no folder left
    assert joined.ctx is None and joined.closed and joined.link is None
    assert joined.made is not None and not joined.made.exists()
    box.close()


def test_the_status_line_in_french_and_in_english(qapp: QApplication) -> None:
    from datetime import datetime

    from facilitation.sync import SyncStatus

    from facilitation.ui.core.i18n import install_translators, remove_translators
    from facilitation.ui.sharing.link import status_text

    def status(**kw: object) -> SyncStatus:
        values: dict[str, object] = dict(
            hosting=False,
            address="ws://192.168.1.20:8765/room",
            connected=False,
            offline_since=None,
            waiting=0,
            clock_offset=0.0,
            clock_error=None,
            rejected=0,
        )
        values.update(kw)
        return SyncStatus(**values)  # type: ignore[arg-type]

    offline = status(offline_since=datetime(2021, 6, 17, 14, 3), waiting=5)
    assert status_text(offline) == "Offline since 14:03 — 5 waiting to be sent"
    assert status_text(status(offline_since=offline.offline_since)) == "Offline since 14:03"
    assert status_text(status(connected=True)) == "Connected to the shared meeting"
    assert status_text(status(hosting=True, connected=True)) == (
        "Shared on the network · ws://192.168.1.20:8765/room"
    )
    translators = install_translators(qapp, "fr")
    try:
        assert status_text(offline) == "Hors ligne depuis 14\xa0h\xa003 — 5 en attente d'envoi"
        one = status(offline_since=offline.offline_since, waiting=1)
        assert status_text(one) == "Hors ligne depuis 14\xa0h\xa003 — 1 en attente d'envoi"
        assert status_text(status(connected=True)) == "Connecté·e à la réunion partagée"
        assert status_text(status(), stopped=True).startswith("Plus partagée")
    finally:
        remove_translators(qapp, translators)


def test_redo_on_a_shared_meeting_takes_back_this_devices_undo(qtbot: QtBot, host: Host) -> None:
    """Edit → Undo and Redo in the facilitator's window on a shared meeting: they take back this
    computer's own steps only, the other computer sees each one, and Redo is enabled exactly when
    this computer has an undo to take back."""
    dialog = share(qtbot, host, free_port())
    url, invitation = dialog.url.toPlainText(), dialog.invitation.text()
    dialog.close()
    dialog.deleteLater()
    assert host.windows.join_meeting(url, invitation) is None
    qtbot.waitUntil(
        lambda: bool(host.windows.joined) and host.windows.joined[0].ctx is not None,
        timeout=LIMIT,
    )
    joined = host.windows.joined[0]
    other = joined.ctx
    assert other is not None
    undo, redo = host.window.actions["undo"], host.window.actions["redo"]
    assert not redo.isEnabled()
    host.ctx.apply(
        Create.of("notes", Note("n-fac", "i1", host.ctx.clock.now(), "Décision : on vote")),
        initiator=host.window,
        on_refused=pytest.fail,
    )
    qtbot.waitUntil(lambda: "n-fac" in other.meeting.notes, timeout=LIMIT)
    assert undo.isEnabled() and not redo.isEnabled()
    undo.trigger()
    assert "n-fac" not in host.ctx.meeting.notes
    assert redo.isEnabled() and not undo.isEnabled()
    qtbot.waitUntil(lambda: "n-fac" not in other.meeting.notes, timeout=LIMIT)
    # the other computer has nothing of its own to redo: this computer's undo is not its
    assert not other.can_redo and other.redo() is None
    redo.trigger()
    assert "n-fac" in host.ctx.meeting.notes
    assert undo.isEnabled() and not redo.isEnabled()
    qtbot.waitUntil(lambda: "n-fac" in other.meeting.notes, timeout=LIMIT)
    # the other computer's own undo and redo, seen here; this window's Redo stays off meanwhile
    other.apply(
        Create.of("notes", Note("n-notes", "i1", other.clock.now(), "Question de Awa")),
        initiator=other,
        on_refused=pytest.fail,
    )
    assert other.undo(other) is not None and other.can_redo
    assert other.redo(other) is not None
    qtbot.waitUntil(lambda: "n-notes" in host.ctx.meeting.notes, timeout=LIMIT)
    assert not redo.isEnabled() and undo.isEnabled()
    assert host.ctx.meeting.notes.keys() == other.meeting.notes.keys()
