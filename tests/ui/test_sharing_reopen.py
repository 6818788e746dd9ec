"""A shared meeting after a crash: the start page lists what this computer joined or hosted, and
Reopen brings it back, reconnected; ``facilitation --join`` takes the Join dialog's way; a join
that fails leaves no folder behind.

Real processes (the app sharing, ``child_shared.py``; a joined device, ``tests/sync/device.py``;
``facilitation --join``), killed with SIGKILL; real sockets on 127.0.0.1; every wait bounded.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QMessageBox

from facilitation.models import Create, FakeClock, LiveMeeting, Note, SystemClock
from facilitation.storage.library import Library
from facilitation.storage.paths import data_dir
from facilitation.sync import MeetingKey, SyncedMeeting
from tests.factories import T0
from tests.sync.conftest import Device, Proc
from tests.sync.streams import shared_start
from tests.ui.conftest import windows_of
from tests.ui.test_sharing import LIMIT, free_port

from facilitation.ui.app.startup import Startup, _reopen, _Running
from facilitation.ui.app.windows import WindowManager
from facilitation.ui.core.context import AppContext
from facilitation.ui.sharing.actions import link_of
from facilitation.ui.sharing.link import ShareLink
from facilitation.ui.start.request import OpenRequest
from facilitation.ui.start.window import StartPage

CHILD = Path(__file__).with_name("child_shared.py")
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture
def procs() -> Iterator[list[Proc]]:
    started: list[Proc] = []
    yield started
    for proc in started:
        proc.stop()


def reopen_from_the_start_page(qtbot: QtBot, clock: FakeClock) -> tuple[OpenRequest, list[str]]:
    """The start page of the next start: the shared meeting is listed; Reopen asks for it."""
    page = StartPage(clock, "en", Library())
    qtbot.addWidget(page)
    page.show()
    tree = page.shared.tree
    assert page.shared.isVisible() and tree.topLevelItemCount() == 1
    row = [tree.topLevelItem(0).text(c) for c in range(3)]  # type: ignore[union-attr]
    asked: list[OpenRequest] = []
    page.open_requested.connect(asked.append)
    page.shared.reopen_button.click()
    assert len(asked) == 1 and asked[0].shared is not None
    page.close()
    return asked[0], row


def test_a_killed_host_is_listed_on_the_next_start_and_reopened_sharing_again(
    qtbot: QtBot, clock: FakeClock, ui_settings: QSettings, tmp_path: Path, procs: list[Proc]
) -> None:
    app = Proc([sys.executable, str(CHILD), str(data_dir())], env={"QT_QPA_PLATFORM": "offscreen"})
    procs.append(app)
    assert "hello" in app.line()
    shared = app.ask(op="share")
    port = int(shared["url"].split(":")[2].split("/")[0])
    # the other computer: joined, and it stays while the host is killed and comes back
    other = SyncedMeeting.join(shared["url"], shared["invitation"], tmp_path / "other")
    other_link = ShareLink(other)
    try:
        qtbot.waitUntil(lambda: other.ready, timeout=LIMIT)
        app.ask(op="note", id="n-before", text="Avant la panne")
        qtbot.waitUntil(lambda: "n-before" in other.live.meeting.notes, timeout=LIMIT)
        app.kill()
        qtbot.waitUntil(lambda: not other.status().connected, timeout=LIMIT)
        other.apply(Create.of("notes", Note("n-meanwhile", "i1", T0, "Pendant la panne")))

        req, row = reopen_from_the_start_page(qtbot, clock)
        assert row[0] == shared_start().details.title and row[1] == "Hosted"
        assert req.hosted
        ns = argparse.Namespace(terminate_after_init=True)  # no question is asked in a test
        start = Startup(ns, SystemClock(), ui_settings)
        windows = WindowManager(clock=start.clock)
        windows.settings = ui_settings
        running = _Running()
        window = _reopen(start, req, windows, running, "en")
        assert window is not None and running.ctx is not None and running.session is not None
        ctx = running.ctx
        try:
            link = link_of(ctx)
            assert link is not None and link.hosting
            # listening where it did: the other computer comes back by itself, both ways
            assert link.shared.status().address == shared["url"]
            assert f":{port}/" in shared["url"]
            assert "n-before" in ctx.meeting.notes
            qtbot.waitUntil(lambda: "n-meanwhile" in ctx.meeting.notes, timeout=LIMIT)
            ctx.apply(
                Create.of("notes", Note("n-after", "i1", T0, "Après la reprise")),
                initiator=window,
                on_refused=pytest.fail,
            )
            qtbot.waitUntil(lambda: "n-after" in other.live.meeting.notes, timeout=LIMIT)
            assert other.status().connected
        finally:
            link = link_of(ctx)
            if link is not None:
                link.close()
            window.close()
            running.session.close(clean=False)
            window.deleteLater()
    finally:
        other_link.close()


def test_a_killed_joined_device_is_reopened_from_the_start_page_with_its_windows(
    qtbot: QtBot, clock: FakeClock, ui_settings: QSettings, tmp_path: Path, procs: list[Proc]
) -> None:
    host = SyncedMeeting.share(shared_start(), tmp_path / "host")
    host_link = ShareLink(host)
    url = host.host("127.0.0.1", 0)
    # the host's server has the whole meeting (the other side blocks this process's event loop)
    qtbot.waitUntil(lambda: host.status().connected and not host.status().waiting, timeout=LIMIT)
    device = Device()
    procs.append(device)
    folder = data_dir() / "shared" / "join-m-shared-20210617-180000"
    try:
        joined = device.ask(
            op="join", url=url, invitation=host.invitation(), folder=str(folder), granted=False
        )
        assert joined["ready"]
        # the host's grant follows the device's hello once this process's event loop runs
        qtbot.waitUntil(lambda: device.ask(op="whoami")["role"] == "notetaker", timeout=LIMIT)
        assert device.ask(op="note", id="n-joined")["confirmed"]
        device.kill()
        meta = json.loads((folder / "device.json").read_text())
        assert meta["title"] == "Réunion de test"  # the title only, never any content
        assert "n-joined" not in (folder / "device.json").read_text()
        host.apply(Create.of("notes", Note("n-host", "i1", T0, "Pendant l'absence")))

        req, row = reopen_from_the_start_page(qtbot, clock)
        assert row[:2] == ["Réunion de test", "Joined"] and not req.hosted
        windows = WindowManager(clock=clock)
        windows.settings = ui_settings
        ctx = AppContext(LiveMeeting(shared_start()), clock, ui_settings, windows=windows)
        windows.bind(ctx)
        windows._start_requested(req)  # what the start page's signal does
        assert len(windows.joined) == 1
        again = windows.joined[0]
        try:
            joined_ctx, joined_shared = again.ctx, again.shared
            assert joined_ctx is not None and joined_shared is not None
            notes = windows_of(again).note_taker
            assert notes is not None and notes.isVisible()
            assert "n-joined" in joined_ctx.meeting.notes  # from its own journal
            qtbot.waitUntil(lambda: "n-host" in joined_ctx.meeting.notes, timeout=LIMIT)
            assert joined_shared.status().connected
            # Reopen again: the one already open is shown, not a second on the same folder
            windows._start_requested(req)
            assert windows.joined == [again]
        finally:
            windows.close_joined()
    finally:
        host_link.close()


def test_join_on_the_command_line_takes_the_join_dialogs_way(
    qtbot: QtBot, tmp_path: Path, procs: list[Proc]
) -> None:
    host = SyncedMeeting.share(shared_start(), tmp_path / "host")
    host_link = ShareLink(host)
    url = host.host("127.0.0.1", 0)
    # the host's server has the whole meeting (the other side blocks this process's event loop)
    qtbot.waitUntil(lambda: host.status().connected and not host.status().waiting, timeout=LIMIT)
    # what "Copy the address and the invitation" gives, as one argument
    text = f"{url}\n{host.invitation()}"
    app = Proc(
        [sys.executable, "-m", "facilitation", "--lang", "en", "--join", text],
        env={"QT_QPA_PLATFORM": "offscreen"},
    )
    procs.append(app)
    shared = data_dir() / "shared"

    def arrived() -> bool:
        for meta in shared.glob("join-*/device.json"):
            if json.loads(meta.read_text()).get("title") == "Réunion de test":
                return True
        return False

    try:
        qtbot.waitUntil(arrived, timeout=3 * LIMIT)
        assert app.p.poll() is None
    finally:
        app.kill()
        host_link.close()


def test_a_join_that_fails_leaves_no_folder_behind(
    qtbot: QtBot, clock: FakeClock, ui_settings: QSettings
) -> None:
    windows = WindowManager(clock=clock)
    windows.settings = ui_settings
    shared = data_dir() / "shared"
    invitation = f"m-gone:{MeetingKey.generate('m-gone').text()}"
    shared.mkdir(parents=True, exist_ok=True)
    before = {p.name for p in shared.iterdir()}
    # nobody answers there: the limit (shortened) passes, the folder the join made goes
    assert windows.join_meeting(f"ws://127.0.0.1:{free_port()}", invitation) is None
    attempt = windows.joined[0]
    made = attempt.made
    assert made is not None and made.is_dir()
    attempt._limit.start(300)
    qtbot.waitUntil(lambda: windows.joined == [], timeout=LIMIT)
    assert not made.exists()
    for box in QApplication.topLevelWidgets():
        if isinstance(box, QMessageBox) and box.objectName() == "joinFailed":
            assert "could not be reached" in box.text()
            box.close()
    # an address refused at once: no folder either
    assert windows.join_meeting("ws://127.0.0.1:99999", invitation)
    assert {p.name for p in shared.iterdir()} == before
    # what was closed is deleted while its manager still lives
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
