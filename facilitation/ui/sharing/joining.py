"""Joining a meeting off the interface's thread: the exchange with the host (a link or a code: the
key, sealed to this device) and the meeting's arrival (the log replayed, every signature checked,
then this device's role from the host), so that the window stays responsive and Cancel works.

A :class:`Joining` owns the shared meeting while it joins: one worker thread makes it (or takes
the one made already, for an address and a ``meeting:key`` invitation) and pumps it until it is
``ready``, then hands it over, once, through a queued signal: from then on it lives on the
interface's thread like every shared meeting (``docs/sync.md``, "Threads"). Never two threads at
once: the worker stops touching it before ``arrived`` is emitted, and each new owner takes it with
``SyncedMeeting.adopt`` (the meeting refuses a thread that has not). pycrdt allows the hand-over
but does not lock a Doc against two threads at once: ``docs/sync.md``, "Threads", says why, with
the pycrdt sources it relies on.

A join that is cancelled leaves nothing, and at once: :meth:`Joining.cancel` returns at once, and
the worker, told through a ``sync.Cancel`` that stops its waits on the network too (a host that
takes the connection and never answers is not waited for), closes the meeting and removes the
folder the join made (a half-joined folder would be listed among the meetings kept on this
computer) within a pump's time, ``PUMP_S``; the app that quits meanwhile waits that long for it
(``ui/app/joined.py``). One that fails removes it only when nothing of the meeting arrived
(``sync.kept.remove_if_unused``).
"""

from __future__ import annotations

import enum
import logging
import shutil
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal

from facilitation.models import Clock
from facilitation.sync import Cancel

from facilitation.ui.core.qtcompat import emit
from facilitation.ui.sharing import floor

if TYPE_CHECKING:
    from facilitation.sync import SyncedMeeting

log = logging.getLogger(__name__)

#: how long the worker waits for the network between two looks at Cancel (s)
PUMP_S = 0.1


class Step(enum.IntEnum):
    """Where a join is, for the dialog's progress."""

    #: the host is asked for the meeting's key (a link or a code)
    ASKING = 0
    #: connected or connecting: the meeting's log comes and is replayed
    RECEIVING = 1
    #: the meeting is here; the host's grant of this device's role is awaited
    ROLE = 2


class Joining(QObject):
    """One join under way. Signals come on the interface's thread (queued)."""

    #: a ``Step`` reached
    step = Signal(int)
    #: the shared meeting, ready (its role is here): it belongs to the interface's thread now
    arrived = Signal(object)
    #: it stopped without a meeting: the ``SyncError`` (or other exception), None when cancelled
    stopped = Signal(object)

    def __init__(
        self,
        target: floor.JoinTarget,
        folder: Path,
        device_name: str,
        clock: Clock,
        shared: SyncedMeeting | None = None,
        parent: QObject | None = None,
    ) -> None:
        """``shared``: the meeting made already (an address and a key: nothing to ask the host),
        to be pumped here until ready."""
        super().__init__(parent)
        self.target = target
        self.folder = folder
        self.device_name = device_name
        self.clock = clock
        self._shared = shared
        self._cancel = Cancel()
        #: the last step reached (read on the interface's thread)
        self.at = Step.RECEIVING if shared is not None else Step.ASKING
        self._relay = _Relay()
        self._relay.step.connect(self._on_step, Qt.ConnectionType.QueuedConnection)
        self._relay.arrived.connect(self._on_arrived, Qt.ConnectionType.QueuedConnection)
        self._relay.stopped.connect(self._on_stopped, Qt.ConnectionType.QueuedConnection)
        self._thread = threading.Thread(target=self._run, name="facilitation-join", daemon=True)
        #: True once the worker has handed the meeting over or stopped
        self.over = False

    def start(self) -> None:
        self._thread.start()

    def cancel(self) -> None:
        """Stop the join (from the interface's thread; returns at once); ``stopped(None)``
        follows, once the worker has closed the meeting and removed its folder."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def wait(self, seconds: float) -> bool:
        """Wait for the worker to end (the app closes); True when it has."""
        if self._thread.is_alive():
            self._thread.join(seconds)
        return not self._thread.is_alive()

    # -- the worker's thread -----------------------------------------------------------------------

    def _run(self) -> None:
        shared = self._shared
        self._shared = None
        try:
            if shared is not None:
                shared.adopt()  # made on the interface's thread, which touches it no more
            else:
                shared = floor.join(
                    self.target, self.folder, self.device_name, self.clock, self._cancel
                )
                emit(self._relay.step, int(Step.RECEIVING))
            told_arrived = False
            while not shared.ready:
                if self._cancel.is_set():
                    break
                shared.pump(PUMP_S)
                if shared.arrived and not told_arrived:
                    told_arrived = True
                    emit(self._relay.step, int(Step.ROLE))
        except BaseException as exc:  # the worker must always say how it ended
            if shared is not None:
                _close(shared)
            if self._cancel.is_set():
                discard(self.folder)
                emit(self._relay.stopped, None)
            else:
                from facilitation.sync.kept import remove_if_unused

                remove_if_unused(self.folder)
                emit(self._relay.stopped, exc)
            return
        if self._cancel.is_set():
            _close(shared)
            discard(self.folder)
            emit(self._relay.stopped, None)
            return
        # the hand-over: nothing here touches the meeting after this line
        emit(self._relay.arrived, shared)

    # -- the interface's thread --------------------------------------------------------------------

    def _on_step(self, step: int) -> None:
        self.at = Step(step)
        emit(self.step, step)

    def _on_arrived(self, shared: SyncedMeeting) -> None:
        shared.adopt()  # the worker has let go of it (it emitted ``arrived`` last)
        self.over = True
        if self._cancel.is_set():  # cancelled while it was being handed over
            _close(shared)
            discard(self.folder)
            emit(self.stopped, None)
            return
        emit(self.arrived, shared)

    def _on_stopped(self, error: object) -> None:
        self.over = True
        emit(self.stopped, error)


class _Relay(QObject):
    """The worker's signals (emitted from its thread, received queued on the interface's)."""

    step = Signal(int)
    arrived = Signal(object)
    stopped = Signal(object)


def _close(shared: SyncedMeeting) -> None:
    try:
        shared.close()
    except Exception:  # closing what never fully opened must not hide why it stopped
        log.exception("a meeting whose join stopped could not be closed")


def discard(folder: Path) -> None:
    """Remove the folder a cancelled join made, whatever of the meeting had arrived in it."""
    shutil.rmtree(folder, ignore_errors=True)
