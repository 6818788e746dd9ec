"""A shared meeting has one owner thread at a time: made and pumped on a worker (as a join is,
``ui/sharing/joining.py``), handed over with ``adopt()``, then used and closed by another thread.

The host is a real shared meeting listening on 127.0.0.1; the joining device connects to it over a
real socket. What is checked is what the hand-over relies on (``docs/sync.md``, "Threads"): pycrdt
lets the document, its shared types and its subscriptions move to another thread (a version whose
``Subscription`` is unsendable panics when the meeting is closed here), and the meeting refuses a
thread that has not taken it over.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from facilitation.models import Create, Note
from facilitation.storage.fileformat import dumps_meeting
from facilitation.sync import SyncedMeeting
from facilitation.sync.roles import Role
from tests.factories import T0
from tests.sync.streams import shared_start

#: no wait on the network takes longer than this (s)
LIMIT = 20.0


def _until(done: Callable[[], bool], *pumped: SyncedMeeting) -> None:
    end = time.monotonic() + LIMIT
    while not done():
        assert time.monotonic() < end, "not reached in time"
        for shared in pumped:
            shared.pump(0.01)


def _joined_on_a_worker(host: SyncedMeeting, url: str, folder: Path) -> SyncedMeeting:
    """Made and pumped until ready on a thread of its own, which then lets go of it; the host is
    pumped here meanwhile (it grants the role)."""
    made: list[SyncedMeeting] = []
    failed: list[BaseException] = []

    def work() -> None:
        try:
            joined = SyncedMeeting.join(url, host.invitation(Role.NOTETAKER), folder)
            end = time.monotonic() + LIMIT
            while not joined.ready and time.monotonic() < end:
                joined.pump(0.05)
            made.append(joined)
        except BaseException as exc:
            failed.append(exc)

    worker = threading.Thread(target=work, name="facilitation-join")
    worker.start()
    while worker.is_alive():
        host.pump(0.01)
    worker.join()
    assert not failed, failed
    assert made and made[0].ready
    return made[0]


def test_a_meeting_joined_on_a_worker_is_edited_here_and_converges_with_the_host(
    tmp_path: Path,
) -> None:
    host = SyncedMeeting.share(shared_start(), tmp_path / "host")
    url = host.host("127.0.0.1", 0)
    joined = _joined_on_a_worker(host, url, tmp_path / "joined")
    try:
        # the worker has let go of it: this thread has not taken it over yet
        with pytest.raises(RuntimeError, match="does not own it"):
            joined.pump()
        joined.adopt()
        item = next(iter(joined.live.meeting.items))
        notes = [f"n-{i}" for i in range(200)]
        for i, note in enumerate(notes):
            joined.apply(Create.of("notes", Note(note, item, T0, f"note {i}")))
            if i % 20 == 0:
                joined.pump()
                host.pump()
        _until(
            lambda: set(notes) <= set(host.live.meeting.notes) and not joined.status().waiting,
            host,
            joined,
        )
        assert dumps_meeting(joined.live.meeting) == dumps_meeting(host.live.meeting)
        assert joined.replica.doc.get_state() == host.replica.doc.get_state()
    finally:
        joined.close()  # the subscriptions the worker made are dropped here
        host.close()


def test_a_thread_that_has_not_taken_the_meeting_over_is_refused(tmp_path: Path) -> None:
    shared = SyncedMeeting.share(shared_start(), tmp_path / "host")
    item = next(iter(shared.live.meeting.items))
    seen: list[str] = []

    def elsewhere() -> None:
        for name, call in (
            ("pump", lambda: shared.pump()),
            ("apply", lambda: shared.apply(Create.of("notes", Note("x", item, T0, "x")))),
            ("close", shared.close),
        ):
            try:
                call()
            except RuntimeError:
                seen.append(name)

    other = threading.Thread(target=elsewhere)
    other.start()
    other.join()
    assert seen == ["pump", "apply", "close"]
    assert "x" not in shared.live.meeting.notes  # refused before anything changed
    shared.pump()
    shared.close()
