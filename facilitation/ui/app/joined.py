"""A meeting joined from another computer: its shared meeting, its own context and windows.

File → Join a meeting… makes one. The shared meeting arrives with the first sync; only then is a
context built, complete, around its live meeting (``shared.live``, with the shared clock: the
timers show the host's time), and the window of this device's role opened on it by a window
manager of its own: the facilitator's for a co-facilitator, the note-taker's for a note-taker
(and the projector's, if asked), the projector's for a viewer. This computer's own meeting, in the facilitator's window,
is untouched. The joined meeting has no storage session: the device's update journal (in its
private folder) is its record, and the host's file is the meeting's.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, QSettings, QSysInfo, Qt, QTimer, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid

from facilitation.models import Clock
from facilitation.sync.roles import Role

from facilitation.ui.common.secondary import SecondaryWindow
from facilitation.ui.core import settings as keys
from facilitation.ui.core.context import AppContext, Windows
from facilitation.ui.sharing import floor
from facilitation.ui.sharing.actions import device_folder
from facilitation.ui.sharing.link import ShareLink
from facilitation.ui.sharing.roles import RUNNERS

if TYPE_CHECKING:
    from facilitation.sync import SyncedMeeting

    from facilitation.ui.facilitator.window import FacilitatorWindow

# how long the meeting may take to arrive before the user is told it cannot be reached
JOIN_LIMIT_MS = 20_000


def _tr(text: str) -> str:
    return QCoreApplication.translate("JoinedMeeting", text)


class Manager(Windows, Protocol):
    """What is used here of ``windows.py``'s WindowManager (handed in: it makes these)."""

    def bind(self, ctx: AppContext, facilitator: QWidget | None = None) -> None: ...

    def show_note_taker(self) -> SecondaryWindow: ...

    def show_projector(self) -> SecondaryWindow: ...

    def others_open(self) -> bool: ...

    def close_others(self) -> None: ...


class JoinedMeeting(QObject):
    """One joined meeting on this computer, from the join to the closing of its last window."""

    # its windows are open on the meeting
    opened = Signal()
    # it is over (its windows closed, or it could not be reached)
    finished = Signal()
    # it could not be reached in time (the text for the user)
    failed = Signal(str)

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
        """SyncError (with its text for the user) when the address or the invitation is wrong.

        ``shared``: a meeting this device joined before, reopened (``url`` and ``invitation`` are
        then unused); the caller opens its windows (``open_now``) once connected to its signals."""
        # what can fail comes first: a QObject half made (its parent holding it, its Python side
        # gone) would crash the event loop later
        made: Path | None = None
        if shared is None:
            from facilitation.sync.kept import remove_if_unused

            target = floor.parse(invitation, url)
            made = device_folder("join", target.meeting_id, clock.now(), base)
            name = keys.DEVICE_NAME.read(settings).strip() or QSysInfo.machineHostName()
            try:
                shared = floor.join(target, made, name, clock)
            except BaseException:
                remove_if_unused(made)
                raise
            url = target.address or str(getattr(target.invitation, "addresses", ("",))[0] or "")
        super().__init__(parent)
        #: the folder this join made (removed again if nothing of the meeting ever arrives)
        self.made = made
        self.shared = shared
        self.url = url or shared.status().address or ""
        self.settings = settings
        self.lang = lang
        self.projector = projector
        self._make_windows = make_windows
        self.ctx: AppContext | None = None
        self.role: Role | None = None
        #: the facilitator's window, for a co-facilitator
        self.facilitator: FacilitatorWindow | None = None
        self.link = ShareLink(self.shared, self)
        self.link.ready.connect(self._open)
        self._limit = QTimer(self)
        self._limit.setSingleShot(True)
        self._limit.setInterval(JOIN_LIMIT_MS)
        self._limit.timeout.connect(self._too_late)
        self._limit.start()

    def open_now(self) -> None:
        """Open the windows now if the meeting is here (a reopened one usually is)."""
        if self.shared.ready:
            self._open()

    def _open(self) -> None:
        if self.ctx is not None or self.link.closed:
            return
        if floor.my_role(self.shared) is None:
            # the meeting is here but not yet the host's grant: the window depends on the role
            self.link.roles_changed.connect(self._open)
            return
        self._limit.stop()
        self.windows = self._make_windows(self)
        ctx = AppContext(
            self.shared.live,
            self.shared.clock,
            self.settings,
            windows=self.windows,
            lang=self.lang,
        )
        self.ctx = ctx
        self.link.attach(ctx)
        self.windows.bind(ctx)
        role = floor.my_role(self.shared)
        #: the role the windows were opened for (None: the floor knows no roles, a note-taker)
        self.role = role
        if role in RUNNERS:
            from facilitation.ui.facilitator.window import FacilitatorWindow

            window = FacilitatorWindow(ctx)
            window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.windows.bind(ctx, window)
            self.facilitator = window
            window.destroyed.connect(self._window_closed)
            window.show()
        elif role is Role.VIEWER:
            self.windows.show_projector().closed.connect(self._window_closed)
        else:
            notes = self.windows.show_note_taker()
            notes.closed.connect(self._window_closed)
            if self.projector:
                self.windows.show_projector().closed.connect(self._window_closed)
        self.opened.emit()

    def _window_closed(self) -> None:
        facilitator = self.facilitator
        if facilitator is not None and not _gone(facilitator) and facilitator.isVisible():
            return
        if not self.windows.others_open():
            self.close()

    def _too_late(self) -> None:
        if self.ctx is not None:
            return
        self.close()
        self.failed.emit(
            _tr(
                "The meeting at %1 could not be reached. Is it still shared, on this network?"
            ).replace("%1", self.url)
        )

    def close(self) -> None:
        """Close its windows and the shared meeting (the device's journal stays on disk)."""
        if self.link.closed:
            return
        if self.ctx is not None:
            self.windows.close_others()
            facilitator, self.facilitator = self.facilitator, None
            if facilitator is not None and not _gone(facilitator):
                facilitator.interactive = False
                facilitator.close()
        self.link.close()
        if self.made is not None and self.ctx is None:
            from facilitation.sync.kept import remove_if_unused

            remove_if_unused(self.made)  # a join that never got the meeting leaves nothing
        self.finished.emit()


def _gone(widget: QWidget) -> bool:
    return not isValid(widget)
