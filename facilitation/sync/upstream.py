"""The server a device talks to, as the device knows it: whether the meeting is in step with it,
how far it has this device's changes, and its clock.

In step means that the server's sync step 1 and step 2 have both been taken in on this connection
(an open websocket alone is not: ``docs/sync.md``, "Connected"). The server's step 1 is answered
with what it lacks, and the state vectors and echoes it sends say how far it has confirmed this
device's items (kept in the device's journal, so that "N waiting" is right after a restart). Its
time is asked :data:`CLOCK_SAMPLES` times per connection and handed to the device's
:class:`.clock.SyncedClock` (Cristian's method, see there).

Everything here runs on the thread that owns the meeting; what it sends goes through the
``send`` it is given, and ``changed`` is called when what :meth:`.synced.SyncedMeeting.status`
shows of it has changed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime

from facilitation.sync import protocol as p
from facilitation.sync.clock import SyncedClock
from facilitation.sync.replica import Replica, reach, state_vector
from facilitation.sync.store import UpdateStore

#: samples taken of the server's clock after each connection
CLOCK_SAMPLES = 5


class Upstream:
    def __init__(
        self,
        replica: Replica,
        store: UpdateStore,
        clock: SyncedClock,
        send: Callable[[bytes], None],
        changed: Callable[[], None],
    ) -> None:
        self._replica = replica
        self._store = store
        self._clock = clock
        self._send = send
        self._changed = changed
        self.connected = False
        #: when the meeting was last in step with the server (None while it is, or before)
        self.offline_since: datetime | None = None
        #: the server's sync steps (0: step 1, 1: step 2) taken in on this connection
        self._steps: set[int] = set()
        #: this device's Yjs client ids, this run's last (a reopened device has a new one)
        self.mine = [replica.doc.client_id]
        #: how far the server has confirmed the items of each of them (kept in the journal)
        self._confirmed: dict[int, int] = dict(store.confirmed)
        self._time_asks: dict[bytes, float] = {}
        self._samples = 0

    # -- the connection ---------------------------------------------------------------------------

    def opened(self) -> None:
        """A websocket opened: not in step yet, that is once the server has sent both steps."""
        self._steps.clear()
        self._send(p.create_sync_step1_message(self._replica.doc.get_state()))
        self._ask_time()

    def closed(self) -> None:
        self._steps.clear()
        self._set_connected(False)

    def message(self, data: bytes) -> None:
        """A y-websocket sync message from the server (a step or an update)."""
        parsed = p.parse(data)
        if parsed is None:
            return  # awareness (the next issue), or garbage
        _, sync_type, payload = parsed
        doc = self._replica.doc
        if sync_type == p.YSyncMessageType.SYNC_STEP1:
            try:
                self._confirm(state_vector(payload))
                # what the server lacks: this device's changes made while it was not in step
                self._send(p.create_sync_step2_message(doc.get_update(payload)))
            except Exception:
                return  # not a state vector
            self._in_step(0)
            return
        before = doc.get_state()
        length = len(self._replica.log_array)
        if not self._replica.receive(payload):
            return
        if doc.get_state() != before or len(self._replica.log_array) != length:
            self._store.append(payload)
        if sync_type == p.YSyncMessageType.SYNC_STEP2:
            self._in_step(1)
        # an echo of this device's own changes: how far the server has them now
        ahead = self._unconfirmed()
        if ahead:
            seen: dict[int, int] = {}
            for client, (known, limit) in ahead.items():
                try:
                    seen[client] = reach(payload, client, known, limit)
                except Exception:
                    return
            self._confirm(seen)

    def waiting(self) -> int:
        """This device's changes (log items) the server has not confirmed, this run's and those
        of the runs before (a device killed offline and reopened still counts them)."""
        return sum(written - known for known, written in self._unconfirmed().values())

    def _in_step(self, step: int) -> None:
        self._steps.add(step)
        if len(self._steps) == 2:
            self._set_connected(True)

    def _unconfirmed(self) -> dict[int, tuple[int, int]]:
        """This device's clients whose items the server lacks: client -> (confirmed, written)."""
        have = state_vector(self._replica.doc.get_state())
        out = {}
        for client in self.mine:
            written, known = have.get(client, 0), self._confirmed.get(client, 0)
            if written > known:
                out[client] = (known, written)
        return out

    def _confirm(self, seen: dict[int, int]) -> None:
        moved = {c: n for c in self.mine if (n := seen.get(c, 0)) > self._confirmed.get(c, 0)}
        if moved:
            self._confirmed.update(moved)
            self._store.confirm(moved)
            self._changed()

    def _set_connected(self, connected: bool) -> None:
        if connected == self.connected:
            return
        self.connected = connected
        self.offline_since = None if connected else self._clock.now()
        self._changed()

    # -- its clock ----------------------------------------------------------------------------------

    @property
    def clock_sampled(self) -> bool:
        """The server's clock has been asked as often as a connection asks it."""
        return self._samples % CLOCK_SAMPLES == 0

    def time_answer(self, data: bytes) -> None:
        answer = p.read_time_answer(data)
        if answer is None:
            return
        token, server = answer
        t0 = self._time_asks.pop(token, None)
        if t0 is None:
            return
        self._clock.sample(t0, server, self._clock.wall())
        self._samples += 1
        if self._samples % CLOCK_SAMPLES:
            self._ask_time()

    def _ask_time(self) -> None:
        token = os.urandom(8)
        self._time_asks[token] = self._clock.wall()
        self._send(p.time_ask(token))
