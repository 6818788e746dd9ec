"""File → Join a meeting… does not freeze the window: the join runs off the interface's thread,
its steps are shown in the dialog, Cancel closes the dialog at once and the join leaves nothing
as soon as its worker has stopped (the app quitting too), and what the host refuses
is said in the dialog in the user's language.

The host is a device in a process of its own (``tests/sync/device.py``: a real host on a real port
of 127.0.0.1, pumping its meeting between requests); the dialog is driven here with pytest-qt, on
the wall clock (the host checks the invitation's expiry against its own). A host that never
answers is a socket of this test that accepts connections and says nothing. No sleep: every wait
is on a condition, with a time limit.
"""

from __future__ import annotations

import socket
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from facilitation.models import LiveMeeting, Meeting, SystemClock
from facilitation.storage.paths import data_dir
from facilitation.sync.kept import kept_meetings
from facilitation.sync.roles import Role
from tests.sync.conftest import Device
from tests.ui.conftest import windows_of
from tests.ui.test_sharing import LIMIT, free_port

from facilitation.ui.app.windows import WindowManager
from facilitation.ui.core import settings as keys
from facilitation.ui.core.context import AppContext
from facilitation.ui.core.i18n import install_translators, remove_translators
from facilitation.ui.sharing.actions import ask_join
from facilitation.ui.sharing.join_dialog import JoinDialog

#: this computer's name for the others
NAME = "Portable de Samira"


@pytest.fixture
def host(tmp_path: Path) -> Iterator[Device]:
    """The facilitator's computer: a shared meeting hosted on a port of 127.0.0.1."""
    device = Device()
    device.ask(op="share", folder=str(tmp_path / "host"), name="Portable de l'animation")
    yield device
    device.stop()


@dataclass
class Here:
    """This computer: its app's window manager (no meeting open) and the Join dialog."""

    windows: WindowManager
    dialog: JoinDialog
    #: at each tick of a 10 ms timer of the event loop: (joining?, the step shown)
    ticks: list[tuple[bool, str]] = field(default_factory=list)

    def join(self, text: str, address: str = "") -> None:
        self.dialog.invitation.setText(text)
        self.dialog.url.setText(address)
        self.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    def cancel(self) -> None:
        self.dialog.buttons.button(QDialogButtonBox.StandardButton.Cancel).click()

    @property
    def busy(self) -> bool:
        return not self.dialog.progress.isHidden()

    def ticks_while_joining(self, step: str = "") -> int:
        return sum(1 for joining, shown in self.ticks if joining and step in shown)


@pytest.fixture
def here(qtbot: QtBot, ui_settings: QSettings, no_leaks: None) -> Iterator[Here]:
    windows = WindowManager()
    windows.settings = ui_settings
    ctx = AppContext(LiveMeeting(Meeting("m-here")), SystemClock(), ui_settings, windows=windows)
    windows.bind(ctx)
    keys.DEVICE_NAME.write(ui_settings, NAME)
    dialog = ask_join(None, ctx)  # type: ignore[arg-type]  # a dialog of no window
    assert isinstance(dialog, JoinDialog)
    made = Here(windows, dialog)
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: made.ticks.append((made.busy, made.dialog.step.text())))
    timer.start()
    yield made
    timer.stop()
    windows.close_joined()
    dialog.close()
    dialog.deleteLater()
    for w in QApplication.topLevelWidgets():
        if w.isVisible() and w is not dialog:
            w.close()


def shared_here() -> list[Any]:
    root = data_dir() / "shared"
    return kept_meetings(root) if root.is_dir() else []


def join_folders() -> set[str]:
    root = data_dir() / "shared"
    return {p.name for p in root.glob("join-*")} if root.is_dir() else set()


def test_joining_keeps_the_window_responsive_then_opens_the_window_of_the_role(
    qtbot: QtBot, host: Device, here: Here
) -> None:
    link = host.ask(op="invite", role="notetaker")["link"]
    here.join(link)
    # the click returned at once: the dialog shows the join under way, its fields wait
    assert here.busy and not here.dialog.invitation.isEnabled()
    assert not here.dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    qtbot.waitUntil(lambda: here.dialog.isHidden(), timeout=LIMIT)
    # the event loop ran while it joined (a join on this thread would show its steps only
    # inside one blocking call: no tick would have seen them)
    assert here.ticks_while_joining() >= 1, here.ticks
    joined = here.windows.joined[0]
    assert joined.ctx is not None and joined.role is Role.NOTETAKER
    notes = windows_of(joined).note_taker
    assert notes is not None and notes.isVisible()
    # the host lists this computer by the name typed in the dialog
    seen = host.ask(op="wait_devices", online=[NAME])
    assert seen["ok"], seen


#: how long a worker may take, once told to stop, to close the join and remove its folder (ms):
#: far less than the silent host's time (``sync.net.redeem``: 5 s, then 1 more), which the join
#: waited for before it could be told
LET_GO_MS = 2_000


def joining_a_silent_host(qtbot: QtBot, host: Device, here: Here, silent: socket.socket) -> Any:
    """Join with a code at ``silent`` (takes the connection, never answers) until the dialog has
    shown "Asking the host" a while; the join under way, whose folder exists."""
    code = host.ask(op="invite", role="notetaker")["code"]
    here.join(code, f"ws://127.0.0.1:{silent.getsockname()[1]}")
    asking = "Asking the host"
    qtbot.waitUntil(lambda: here.ticks_while_joining(asking) >= 5, timeout=LIMIT)
    assert asking in here.dialog.step.text()
    joining = here.windows.joined[0]
    assert joining.made is not None and joining.made.is_dir()
    return joining


@pytest.fixture
def silent() -> Iterator[socket.socket]:
    """A host that takes the connection and never answers."""
    with socket.socket() as listening:
        listening.bind(("127.0.0.1", 0))
        listening.listen()
        yield listening


def test_cancel_while_the_host_does_not_answer_closes_at_once_and_leaves_nothing_behind(
    qtbot: QtBot, host: Device, here: Here, silent: socket.socket
) -> None:
    before = join_folders()
    joining = joining_a_silent_host(qtbot, host, here, silent)
    made = joining.made
    ticks = len(here.ticks)

    here.cancel()
    # at once: the dialog is gone, the window's event loop goes on
    assert here.dialog.isHidden()
    qtbot.waitUntil(lambda: len(here.ticks) >= ticks + 3, timeout=LIMIT)
    # the worker stops waiting for the silent host (still silent, still there) and lets go of
    # what the join made at once: no folder, no meeting kept on this computer, no window
    qtbot.waitUntil(lambda: not made.exists(), timeout=LET_GO_MS)
    qtbot.waitUntil(lambda: here.windows.joined == [], timeout=LET_GO_MS)
    assert join_folders() == before and shared_here() == []
    assert joining.ctx is None
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]


def test_the_app_quitting_while_the_host_does_not_answer_leaves_nothing_behind(
    qtbot: QtBot, host: Device, here: Here, silent: socket.socket
) -> None:
    before = join_folders()
    joining = joining_a_silent_host(qtbot, host, here, silent)
    made = joining.made
    # the app quits: its joined meetings are closed (``WindowManager.close_joined``); the join
    # under way is told to stop and waited for, a moment only, not the silent host's time
    started = time.monotonic()
    here.windows.close_joined()
    assert time.monotonic() - started < LET_GO_MS / 1000
    assert not made.exists()
    assert join_folders() == before and shared_here() == []


def test_cancel_right_after_join_against_a_real_host_leaves_nothing_half_joined(
    qtbot: QtBot, host: Device, here: Here
) -> None:
    link = host.ask(op="invite", role="viewer")["link"]
    before = join_folders()
    here.join(link)
    here.cancel()  # wherever the join is (asking, receiving, waiting for the role)
    assert here.dialog.isHidden() and not here.busy
    qtbot.waitUntil(lambda: here.windows.joined == [], timeout=LIMIT)
    assert join_folders() == before and shared_here() == []
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible()]
    # and the dialog, opened again, joins with a new invitation
    here.dialog.show()
    here.join(host.ask(op="invite", role="viewer")["link"])
    qtbot.waitUntil(lambda: here.dialog.isHidden(), timeout=LIMIT)
    joined = here.windows.joined[0]
    assert joined.role is Role.VIEWER
    projector = windows_of(joined).projector
    assert projector is not None and projector.isVisible()


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "fr")
    yield
    remove_translators(qapp, translators)


def test_what_the_host_refuses_is_said_in_the_dialog_in_french(
    qtbot: QtBot, host: Device, here: Here, french: None
) -> None:
    def refused(text: str, address: str = "") -> str:
        here.join(text, address)
        qtbot.waitUntil(lambda: not here.busy, timeout=LIMIT)
        assert here.dialog.isVisible() and here.dialog.error.isVisible()
        assert here.windows.joined == [] or not here.windows.joined[-1].ctx
        said = here.dialog.error.text()
        assert said.startswith("Impossible de rejoindre cette réunion\u00a0:"), said
        return said

    # a code the host does not know (a well-formed one, of another invitation)
    other = Device()
    try:
        other.ask(op="share", folder=str(Path(data_dir()) / "other-host"))
        stranger = other.ask(op="invite", role="notetaker")["code"]
    finally:
        other.stop()
    base = host.ask(op="status")["address"].rsplit("/", 1)[0]
    said = refused(stranger, base)
    assert "ne connaît pas ce code" in said, said
    # nobody there
    nobody = f"ws://127.0.0.1:{free_port()}"
    said = refused(host.ask(op="invite", role="notetaker")["code"], nobody)
    assert "ne répond pas" in said and nobody in said, said
    # an invitation used already
    link = host.ask(op="invite", role="notetaker")["link"]
    here.join(link)
    qtbot.waitUntil(lambda: here.dialog.isHidden(), timeout=LIMIT)
    here.windows.close_joined()
    qtbot.waitUntil(lambda: here.windows.joined == [], timeout=LIMIT)
    here.dialog.show()
    said = refused(link)
    assert "déjà servi" in said, said
    assert not [w for w in QApplication.topLevelWidgets() if w.isVisible() and w is not here.dialog]
