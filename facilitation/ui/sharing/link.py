"""The glue between a shared meeting (``facilitation.sync.SyncedMeeting``) and Qt's event loop.

The network threads call ``shared.wake``; here that emits a queued signal, so ``shared.pump()`` runs
on the interface's thread, where the meeting lives. A one-second timer pumps too (the device's
journal is flushed there) and keeps "offline since" true. The status, refusals on replay and
rebuilds become the context's :class:`~facilitation.ui.core.context.Sharing` signals and ordinary
change records, so the windows need nothing of the sync floor.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal

from facilitation.models import Change, Command, CommandError, Patch
from facilitation.models.meeting import COLLECTIONS, SCALARS
from facilitation.sync import REMOTE, SyncedMeeting, SyncStatus

from facilitation.ui.core.context import AppContext, translate_error
from facilitation.ui.core.i18n import clock_time
from facilitation.ui.core.qtcompat import emit
from facilitation.ui.sharing import floor

log = logging.getLogger(__name__)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sharing", text)


def status_text(status: SyncStatus, stopped: bool = False) -> str:
    """The status line's words for ``status``."""
    if status.hosting:
        return _tr("Shared on the network · %1").replace("%1", status.address or "")
    if stopped:
        return _tr("Not shared any more: the meeting goes on on this computer")
    if status.connected:
        return _tr("Connected to the shared meeting")
    if status.offline_since is None:
        return _tr("Connecting to the shared meeting…")
    since = _tr("Offline since %1").replace("%1", clock_time(status.offline_since))
    if not status.waiting:
        return since
    return (
        since
        + " — "
        + QCoreApplication.translate("Sharing", "%n waiting to be sent", None, status.waiting)
    )


class ShareLink(QObject):
    """Keeps one shared meeting running on the interface's thread, for one context."""

    # emitted from the network threads; connected queued, so pump() runs on ours
    woke = Signal()
    # the meeting is here (a joining device opens its windows then)
    ready = Signal()
    # a device came or went, or its state changed (who is here: ``devices.py``)
    devices_changed = Signal()
    # a role was granted, changed or revoked (this device's own too)
    roles_changed = Signal()

    def __init__(self, shared: SyncedMeeting, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.shared = shared
        self.ctx: AppContext | None = None
        self.stopped = False
        self.closed = False
        self._was_ready = shared.ready
        self.woke.connect(self.pump, Qt.ConnectionType.QueuedConnection)
        shared.wake = self._wake
        shared.on_status = self._on_status
        shared.replica.on_refused = self._on_refused
        shared.replica.on_rebuilt = self._on_rebuilt
        floor.watch(shared, lambda: emit(self.devices_changed), lambda: emit(self.roles_changed))
        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self.pump)
        self.timer.start()

    def _wake(self) -> None:
        # any thread: only schedule; the queued connection brings the call to ours
        if not self.closed:
            emit(self.woke)

    def attach(self, ctx: AppContext) -> None:
        """The context whose windows show this meeting: its door becomes the shared one."""
        self.ctx = ctx
        ctx.sharing.door = self.shared
        ctx.sharing.link = self
        self._on_status(self.shared.status())

    def pump(self) -> None:
        if self.closed:
            return
        try:
            self.shared.pump()
        except Exception:  # a damaged update must not stop the event loop; the floor says why
            log.exception("the shared meeting could not take what arrived")
        if not self._was_ready and self.shared.ready:
            self._was_ready = True
            emit(self.ready)

    def _on_status(self, status: SyncStatus) -> None:
        if self.ctx is None:
            return
        text = status_text(status, self.stopped)
        self.ctx.sharing.status_text = text
        emit(self.ctx.sharing.status_changed, text)

    def _on_refused(self, command: Command, error: CommandError) -> None:
        if self.ctx is None:
            return
        text = _tr("Not done, another device was first: %1").replace("%1", translate_error(error))
        emit(self.ctx.sharing.refused, text)

    def _on_rebuilt(self) -> None:
        """The meeting was put together again (an earlier change arrived late): every view reads
        it afresh, from a change record that touches everything."""
        ctx = self.ctx
        if ctx is None:
            return
        m = ctx.live.meeting
        touched = {name: frozenset(getattr(m, name)) for name in COLLECTIONS}
        change = Change(Patch((), "rebuilt"), REMOTE, touched, frozenset(SCALARS))
        emit(ctx.hub.changed, change)
        # the autosave journal holds the changes in the order they came, not the log's: a snapshot
        # of the rebuilt meeting is written now, so a crash from here restores this meeting (its
        # file follows on the usual schedule)
        session = ctx.session
        if session is not None and not ctx.read_only:
            try:
                session.replaced()
            except Exception:
                log.exception("the autosave could not take the rebuilt meeting")

    def host(self, address: str, port: int) -> str:
        self.stopped = False
        return self.shared.host(address, port)

    def stop_hosting(self) -> None:
        """Stop sharing: nothing listens any more; the meeting goes on here."""
        self.stopped = True
        self.shared.stop_hosting()
        self._on_status(self.shared.status())

    @property
    def hosting(self) -> bool:
        return self.shared.server is not None

    def close(self) -> None:
        """Stop hosting, close the connection and the device's journal (the app closes)."""
        if self.closed:
            return
        self.closed = True
        self.timer.stop()
        self.shared.wake = None
        self.shared.on_status = None
        self.shared.close()
