"""The facilitator's app, sharing, killed (SIGKILL) just after its meeting was rebuilt in the shared
log's order: the autosave restores exactly the meeting every device converged to.

The app runs in a process of its own (``child_shared.py``: a real storage session, ``ui/sharing`` on
Qt's event loop); the other device is a SyncedMeeting in this process whose Yjs client id is the
lowest there is, so its concurrent entries come first in the log and the app is the one that
rebuilds. Real sockets on 127.0.0.1; every wait is bounded.
"""

from __future__ import annotations

import hashlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from pycrdt import Doc

from facilitation.models import Create, Note, Update
from facilitation.storage.fileformat import dumps_meeting
from facilitation.storage.recovery import find_recoverable, recover
from facilitation.sync import Replica, SyncedMeeting
from facilitation.sync.lobby import read_invitation
from facilitation.sync.store import UpdateStore
from tests.factories import T0
from tests.sync.conftest import Proc

CHILD = Path(__file__).with_name("child_shared.py")
LIMIT = 20.0


def wait_for(done: Callable[[], bool], pump: Callable[[], object]) -> None:
    end = time.monotonic() + LIMIT
    while time.monotonic() < end:
        if done():
            return
        pump()
    raise AssertionError("not in time")


@pytest.mark.slow
def test_a_host_killed_after_a_rebuild_restores_the_converged_meeting(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    app = Proc([sys.executable, str(CHILD), str(data)], env={"QT_QPA_PLATFORM": "offscreen"})
    peer: SyncedMeeting | None = None
    try:
        assert "hello" in app.line()
        shared = app.ask(op="share")
        key, host, ticket = read_invitation(shared["invitation"])
        # the lowest client id: this device's concurrent entries come before the app's
        replica = Replica(key, doc=Doc(client_id=1), host=host, ticket=ticket)
        peer = SyncedMeeting(replica, UpdateStore(tmp_path / "peer"))
        peer.connect(shared["url"])
        p = peer
        wait_for(lambda: p.ready, lambda: p.pump(0.01))
        app.ask(op="note", id="n1", text="Budget : première lecture")
        wait_for(lambda: "n1" in p.live.meeting.notes, lambda: p.pump(0.01))
        app.ask(op="offline")
        # both sides work at once: one edit of one note each, and a note each
        p.apply(Update("notes", "n1", {"text": "Budget : lu par Awa"}))
        p.apply(Create.of("notes", Note("p2", "i1", T0, "Noté à la table")))
        wait_for(lambda: p.status().waiting == 0, lambda: p.pump(0.01))
        app.ask(op="edit", id="n1", text="Budget : relu par Samir")
        app.ask(op="note", id="h2", text="Noté à l'animation")
        assert app.ask(op="state")["rebuilds"] == 0
        app.ask(op="online")

        def converged() -> bool:
            state = app.ask(op="state")
            mine = dumps_meeting(p.live.meeting)
            return bool(
                state["rebuilds"] >= 1 and state["digest"] == hashlib.sha256(mine).hexdigest()
            )

        wait_for(converged, lambda: p.pump(0.05))
        # the app's edit came later in the log: it wins everywhere; both notes are there
        assert p.live.meeting.notes["n1"].text == "Budget : relu par Samir"
        assert {"p2", "h2"} <= set(p.live.meeting.notes)
    finally:
        app.kill()
        app.stop()
    assert peer is not None
    expected = dumps_meeting(peer.live.meeting)
    peer.close()
    (found,) = find_recoverable(data)
    restored = recover(found)
    assert restored.problem is None
    assert dumps_meeting(restored.meeting) == expected
