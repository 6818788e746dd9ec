"""A meeting joined from another computer: its shared meeting, its own context and windows.

File → Join a meeting… (or ``--join``) makes one. The join runs off the interface's thread
(``ui/sharing/joining.py``: the exchange with the host, then the meeting's arrival and this
device's role), saying where it is (``progress``) and stopping on :meth:`cancel`; the window stays
responsive. Once the meeting is here a context is built, complete, around its live meeting
(``shared.live``, with the shared clock: the timers show the host's time), and the window of this
device's role opened on it by a window manager of its own: the facilitator's for a co-facilitator,
the note-taker's for a note-taker (and the projector's, if asked), the projector's for a viewer.
A role changed later that needs another window opens it (a viewer made note-taker gets the
note-taker's window; a note-taker made co-facilitator the facilitator's); the facilitator's window
of a co-facilitator who no longer runs the meeting is put away once the new role's window is open.
This computer's own meeting, in the facilitator's window, is untouched. The joined meeting has no
storage session: the device's update journal (in its private folder) is its record, and the
host's file is the meeting's.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QSettings,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import QMainWindow, QWidget
from shiboken6 import isValid

from facilitation.models import Clock
from facilitation.sync.roles import Role

from facilitation.ui.common.secondary import SecondaryWindow
from facilitation.ui.core.context import AppContext, Windows
from facilitation.ui.core.qtcompat import emit
from facilitation.ui.sharing import floor
from facilitation.ui.sharing.actions import device_folder
from facilitation.ui.sharing.device_name import chosen_name
from facilitation.ui.sharing.joining import Joining, Step
from facilitation.ui.sharing.link import ShareLink
from facilitation.ui.sharing.roles import RUNNERS, role_name

if TYPE_CHECKING:
    from facilitation.sync import SyncedMeeting

    from facilitation.ui.facilitator.window import FacilitatorWindow

log = logging.getLogger(__name__)

# how long the meeting may take to arrive before the user is told it cannot be reached
JOIN_LIMIT_MS = 20_000
# how long closing the app waits at most for a join under way to let go of its folder (s): told
# to stop, its worker closes and removes it within a pump (joining.PUMP_S), even while the host is
# silent; this bound is for a worker busy elsewhere (the invitation's key derivation)
CLOSE_WAIT_S = 5.0


def _tr(text: str) -> str:
    return QCoreApplication.translate("JoinedMeeting", text)


def step_text(step: Step) -> str:
    """Where a join is, in the Join dialog's words."""
    if step is Step.ASKING:
        return _tr("Asking the host for the meeting…")
    if step is Step.RECEIVING:
        return _tr("Receiving the meeting…")
    return _tr("The meeting is here: waiting for the host to give this computer its role…")


def window_of(role: Role | None) -> str:
    """The window a role works in: "facilitator", "notetaker" or "projector"."""
    if role in RUNNERS:
        return "facilitator"
    if role is Role.VIEWER:
        return "projector"
    return "notetaker"  # a note-taker (or no role known: a meeting joined before roles)


class Manager(Windows, Protocol):
    """What is used here of ``windows.py``'s WindowManager (handed in: it makes these)."""

    def bind(self, ctx: AppContext, facilitator: QWidget | None = None) -> None: ...

    def show_note_taker(self) -> SecondaryWindow: ...

    def show_projector(self) -> SecondaryWindow: ...

    def others_open(self) -> bool: ...

    def close_others(self) -> None: ...

    def open_windows(self) -> list[QWidget]: ...


class JoinedMeeting(QObject):
    """One joined meeting on this computer, from the join to the closing of its last window."""

    # its windows are open on the meeting
    opened = Signal()
    # it is over (its windows closed, or it could not be joined, or the join was cancelled)
    finished = Signal()
    # it could not be joined (the text for the user)
    failed = Signal(str)
    # where the join is (the text for the user)
    progress = Signal(str)

    def __init__(
        self,
        url: str,
        invitation: str,
        settings: QSettings,
        clock: Clock,
        make_windows: Callable[[QObject], Manager],
        lang: str,
        projector: bool = False,
        base: Path | None = None,
        parent: QObject | None = None,
        shared: SyncedMeeting | None = None,
    ) -> None:
        """SyncError (with its text for the user) when the address or the invitation is wrong;
        what only the host can say (used, expired, wrong code, not reachable) comes later, as
        ``failed``.

        ``shared``: a meeting this device joined before, reopened (``url`` and ``invitation`` are
        then unused); the caller opens its windows (``open_now``) once connected to its signals."""
        # what can fail at once comes first: a QObject half made (its parent holding it, its
        # Python side gone) would crash the event loop later
        made: Path | None = None
        joining: Joining | None = None
        if shared is None:
            target = floor.parse(invitation, url)
            made = device_folder("join", target.meeting_id, clock.now(), base)
            name = chosen_name(settings)
            first: SyncedMeeting | None = None
            if target.key is not None:
                # an address and a key: nothing to ask the host; a wrong address is said at once
                try:
                    first = floor.join(target, made, name, clock)
                except BaseException:
                    from facilitation.sync.kept import remove_if_unused

                    remove_if_unused(made)
                    raise
            joining = Joining(target, made, name, clock, first)
            url = target.address or str(getattr(target.invitation, "addresses", ("",))[0] or "")
        super().__init__(parent)
        #: the folder this join made (removed again if nothing of the meeting ever arrives)
        self.made = made
        #: the shared meeting, once here (a reopened one at once)
        self.shared: SyncedMeeting | None = shared
        self.link: ShareLink | None = None
        self.url = url or (shared.status().address if shared is not None else "") or ""
        self.settings = settings
        self.lang = lang
        self.projector = projector
        self._make_windows = make_windows
        self.ctx: AppContext | None = None
        #: the role the windows follow (None: the floor knows no roles, a note-taker)
        self.role: Role | None = None
        #: the facilitator's window, for a co-facilitator
        self.facilitator: FacilitatorWindow | None = None
        self.closed = False
        self._watching: list[tuple[SignalInstance, Callable[..., None]]] = []
        #: the join under way (None once the meeting is here, or for a reopened one)
        self.joining = joining
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.setInterval(JOIN_LIMIT_MS)
        self._limit.timeout.connect(self._too_late)
        self._late = False
        if joining is not None:
            joining.setParent(self)
            joining.step.connect(lambda s: emit(self.progress, step_text(Step(s))))
            joining.arrived.connect(self._arrived)
            joining.stopped.connect(self._stopped)
            joining.start()
            self._limit.start()
        else:
            assert shared is not None
            self._follow(shared)

    @property
    def folder(self) -> Path | None:
        """The device's folder of this meeting (the one being made while it joins)."""
        if self.shared is not None:
            return Path(self.shared.store.folder)
        return self.made

    @property
    def step(self) -> str:
        """Where the join is now ("" once the meeting is here)."""
        if self.joining is None:
            return ""
        return step_text(self.joining.at)

    def watch(
        self,
        progress: Callable[[str], None],
        failed: Callable[[str], None],
        opened: Callable[[], None],
        ended: Callable[[], None],
    ) -> None:
        """Follow this join (``core.context.JoinUnderWay``: the Join dialog)."""
        self._watching = [
            (self.progress, progress),
            (self.failed, failed),
            (self.opened, opened),
            (self.finished, ended),
        ]
        for signal, slot in self._watching:
            signal.connect(slot)

    def cancel(self) -> None:
        """Stop a join under way (returns at once): the one who watched it is told nothing more;
        its worker stops waiting for the host at once, closes the meeting and removes its folder,
        then ``finished`` follows. A meeting whose windows are open is closed instead."""
        for signal, slot in self._watching:
            signal.disconnect(slot)
        self._watching = []
        if self.joining is not None:
            self._limit.stop()
            self.joining.cancel()
        else:
            self.close()

    def _follow(self, shared: SyncedMeeting) -> None:
        self.shared = shared
        self.link = ShareLink(shared, self)
        self.link.ready.connect(self._open)
        self.link.roles_changed.connect(self._role_changed)

    def _arrived(self, shared: SyncedMeeting) -> None:
        self.joining = None
        if self.closed:
            shared.close()
            return
        self._follow(shared)
        assert self.link is not None
        self.link.pump()  # what came while it was handed over
        self._open()

    def _stopped(self, error: object) -> None:
        self.joining = None
        self._limit.stop()
        if self.closed:  # the app closed meanwhile: nobody to tell
            return
        if error is None and not self._late:  # cancelled: said by whoever cancelled
            self._end()
            return
        if error is None:
            text = _tr(
                "The meeting at %1 could not be reached. Is it still shared, on this network?"
            ).replace("%1", self.url)
        else:
            from facilitation.sync import SyncError

            if isinstance(error, SyncError):
                reason = error.text(QCoreApplication.translate)
            else:
                log.error("joining a meeting failed", exc_info=error)  # type: ignore[arg-type]
                reason = str(error)
            text = QCoreApplication.translate(
                "WindowManager", "This meeting cannot be joined: %1"
            ).replace("%1", reason)
        self.failed.emit(text)
        self._end()

    def open_now(self) -> None:
        """Open the windows now if the meeting is here (a reopened one usually is)."""
        if self.shared is not None and self.shared.ready:
            self._open()

    def _open(self) -> None:
        link = self.link
        if self.ctx is not None or link is None or link.closed:
            return
        if floor.my_role(link.shared) is None:
            # the meeting is here but not yet the host's grant: the window depends on the role
            # (``_role_changed`` comes back here)
            return
        self._limit.stop()
        self.windows = self._make_windows(self)
        ctx = AppContext(
            link.shared.live,
            link.shared.clock,
            self.settings,
            windows=self.windows,
            lang=self.lang,
        )
        self.ctx = ctx
        link.attach(ctx)
        self.windows.bind(ctx)
        role = floor.my_role(link.shared)
        self.role = role
        kind = window_of(role)
        self._show(kind)
        if kind == "notetaker" and self.projector:
            self._show("projector")
        self.opened.emit()

    def _show(self, kind: str) -> None:
        """Open (or bring back) the window of ``kind``; the joined meeting ends with the last."""
        ctx = self.ctx
        assert ctx is not None
        if kind == "facilitator":
            window = self.facilitator
            if window is None or _gone(window):
                from facilitation.ui.facilitator.window import FacilitatorWindow

                window = FacilitatorWindow(ctx)
                window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
                self.windows.bind(ctx, window)
                self.facilitator = window
                window.destroyed.connect(self._window_closed)
            window.show()
            window.raise_()
        elif kind == "projector":
            shown = self.windows.show_projector()
            shown.closed.connect(self._window_closed, Qt.ConnectionType.UniqueConnection)
        else:
            shown = self.windows.show_note_taker()
            shown.closed.connect(self._window_closed, Qt.ConnectionType.UniqueConnection)

    def _role_changed(self) -> None:
        """The host granted, changed or took back this device's role: the windows follow."""
        link = self.link
        if link is None or link.closed:
            return
        if self.ctx is None:
            self._open()  # the grant this join waited for
            return
        role = floor.my_role(link.shared)
        if role is None or role == self.role:
            return  # removed: the windows say so and stay readable (``role_guard.py``)
        before, self.role = self.role, role
        kind = window_of(role)
        if kind == window_of(before):
            return
        try:
            self._show(kind)
        except Exception:
            log.exception("the window of the new role could not be opened")
            self._say(
                _tr(
                    "This computer is now %1, but its window could not be opened: close this "
                    "meeting's windows and reopen it from the start page."
                ).replace("%1", role_name(role))
            )
            return
        facilitator = self.facilitator
        if kind != "facilitator" and facilitator is not None and not _gone(facilitator):
            # it no longer runs the meeting: the facilitator's window goes away (its actions
            # would all be refused), the new role's window stays
            facilitator.hide()
        self._say(
            _tr("This computer is now %1: its window is open.").replace("%1", role_name(role))
        )

    def _say(self, text: str) -> None:
        """In the status bar of every window of this meeting that is open."""
        for window in self._open_windows():
            if isinstance(window, QMainWindow):
                window.statusBar().showMessage(text, 10_000)

    def _open_windows(self) -> list[QWidget]:
        found: list[QWidget] = []
        facilitator = self.facilitator
        if facilitator is not None and not _gone(facilitator) and facilitator.isVisible():
            found.append(facilitator)
        if self.ctx is not None:
            found.extend(self.windows.open_windows())
        return found

    def _window_closed(self) -> None:
        facilitator = self.facilitator
        if facilitator is not None and not _gone(facilitator) and facilitator.isVisible():
            return
        if not self.windows.others_open():
            self.close()

    def _too_late(self) -> None:
        if self.ctx is not None:
            return
        self._late = True
        if self.joining is not None:
            self.joining.cancel()  # ``_stopped`` says it could not be reached
            return
        self.close()
        self.failed.emit(
            _tr(
                "The meeting at %1 could not be reached. Is it still shared, on this network?"
            ).replace("%1", self.url)
        )

    def close(self) -> None:
        """Close its windows and the shared meeting (the device's journal stays on disk); a join
        under way is cancelled (closing the app waits a moment for it to let go of its folder)."""
        if self.closed:
            return
        joining = self.joining
        if joining is not None:
            self.closed = True
            self._limit.stop()
            joining.cancel()
            joining.wait(CLOSE_WAIT_S)
            self.finished.emit()
            return
        if self.ctx is not None:
            self.windows.close_others()
            facilitator, self.facilitator = self.facilitator, None
            if facilitator is not None and not _gone(facilitator):
                facilitator.interactive = False
                facilitator.close()
        self._end()

    def _end(self) -> None:
        if self.closed and self.link is None:
            return
        self.closed = True
        self._limit.stop()
        if self.link is not None:
            self.link.close()
        if self.made is not None and self.ctx is None:
            from facilitation.sync.kept import remove_if_unused

            remove_if_unused(self.made)  # a join that never got the meeting leaves nothing
        self.finished.emit()


def _gone(widget: QWidget) -> bool:
    return not isValid(widget)
