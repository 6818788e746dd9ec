"""A meeting joined through File → Join a meeting… is made and pumped on the join's worker thread,
then handed to the interface's thread (``ui/sharing/joining.py``): edited there many times, it
ends as the host has it, and closes there.

Two computers in this process (tests/ui/two_computers.py): the facilitator's window hosts on
127.0.0.1, the other computer joins by the invitation's link, over a real socket. Every wait is on
a condition.
"""

from __future__ import annotations

import threading

from pytestqt.qtbot import QtBot

from facilitation.models import Create, FakeClock, Note
from facilitation.storage.fileformat import dumps_meeting
from facilitation.sync.roles import Role
from tests.ui import two_computers
from tests.ui.test_sharing import LIMIT, Host, free_port
from tests.ui.two_computers import join

from facilitation.ui.app.windows import WindowManager
from facilitation.ui.sharing.actions import link_of, start_sharing

host, clock, other = two_computers.host, two_computers.clock, two_computers.other


def test_a_meeting_joined_on_the_worker_is_edited_on_this_thread_and_ends_as_the_host_has_it(
    qtbot: QtBot, host: Host, other: WindowManager, clock: FakeClock
) -> None:
    start_sharing(host.ctx, "127.0.0.1", free_port())
    hosting = link_of(host.ctx)
    assert hosting is not None
    joined = join(qtbot, other, hosting.shared.invite(Role.NOTETAKER).link())
    shared = joined.shared
    assert shared is not None and joined.role is Role.NOTETAKER
    # it came through the join's worker, which has ended: this thread owns it now
    assert joined.joining is None
    assert not [t for t in threading.enumerate() if t.name == "facilitation-join"]
    shared.pump()  # refused on any thread that has not taken it over
    item = next(iter(shared.live.meeting.items))
    notes = [f"here-{i}" for i in range(150)]
    for i, note in enumerate(notes):
        shared.apply(Create.of("notes", Note(note, item, clock.now(), f"note {i}")))
        if i % 10 == 0:
            qtbot.wait(0)  # the event loop pumps both computers, as while typing
    qtbot.waitUntil(
        lambda: set(notes) <= set(host.ctx.live.meeting.notes) and not shared.status().waiting,
        timeout=LIMIT,
    )
    qtbot.waitUntil(
        lambda: dumps_meeting(shared.live.meeting) == dumps_meeting(host.ctx.live.meeting),
        timeout=LIMIT,
    )
    assert shared.replica.doc.get_state() == hosting.shared.replica.doc.get_state()
    other.close_joined()  # closed here: the subscriptions made on the worker are dropped here
    assert joined.closed
