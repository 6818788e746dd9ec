"""The application context: built once at start-up, complete, and handed to every window. No globals.

It holds the one live meeting shared by all windows, the clock, the settings, the storage session and
the window manager. Windows change the meeting only with
``ctx.apply(command, initiator=self, on_refused=...)`` and refresh themselves from the
:class:`~facilitation.models.Change` records they receive through ``ctx.hub.changed``. A refusal goes
back to the caller that asked, through its own ``on_refused``: it is never broadcast.

The storage session and the window manager are seen here only through the two small protocols
:class:`MeetingStore` and :class:`Windows`: windows never import each other nor the storage session,
and a test can hand in a small stand-in.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from facilitation.models import Change, Clock, Command, CommandError, LiveMeeting, Meeting
from facilitation.models.door import Priority

from facilitation.ui.core.qtcompat import emit, pin_singletons

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QWidget

    from facilitation.storage.session import SaveStatus

    from facilitation.ui.core.read_back import ReadBack


#: what a window calls when a command it asked for is refused (the text is translated)
Refused = Callable[[str], None]


class MeetingStore(Protocol):
    """What the windows use of the storage session (``facilitation.storage.session.Session``)."""

    @property
    def path(self) -> Path | None: ...

    @property
    def drafts(self) -> Mapping[str, str]: ...

    def set_draft(self, key: str, text: str) -> None: ...

    def draft_becomes(self, key: str) -> AbstractContextManager[None]:
        """Around the apply that turns draft ``key`` into a note: cleared in the same journal line."""
        ...

    def save(self, path: Path | None = None) -> None: ...

    def replaced(self) -> None:
        """The live meeting was put in place whole (a shared meeting rebuilt): snapshot it now."""
        ...

    def status(self) -> SaveStatus: ...


class Windows(Protocol):
    """What a window may ask of the others: implemented by ``ui/app/windows.py``'s manager."""

    def show_facilitator(self) -> QWidget | None: ...

    def show_note_taker(self) -> QWidget: ...

    def show_projector(self) -> QWidget: ...

    def show_start_page(self) -> QWidget:
        """The list of this computer's meetings (File → Start page)."""
        ...

    def reset_demo(self) -> None:
        """Close this meeting (it is the demo's copy) and open the demo afresh."""
        ...

    def show_read_back(self, read_back: ReadBack) -> None:
        """Show the read-back on the projector (opened if need be) until ``read_back`` finishes."""
        ...

    def confirm_close_facilitator(self, parent: QWidget | None) -> bool:
        """Asked when the facilitator's window closes while others are open: may it close?"""
        ...

    def focus_facilitator(self) -> None:
        """Give the keyboard back to the facilitator's window, if it is shown."""
        ...

    def share_live_actions(self, actions: Sequence[QAction]) -> None:
        """The facilitator's live actions (F2-F9, Ctrl+D/J/K, Ctrl+Z …), given to every other
        window, so their keys work whichever window is in front."""
        ...

    def join_meeting(
        self,
        url: str,
        invitation: str,
        projector: bool = False,
        follow: Callable[[JoinUnderWay], None] | None = None,
    ) -> str | None:
        """Join the meeting another computer shares: the window of this device's role opens on
        it once it has arrived. A text for the user when the address or the invitation is wrong
        (said at once); the join itself runs without blocking: ``follow`` is handed it (the Join
        dialog shows its progress and what the host refused), else a refusal is said in a
        message of its own."""
        ...


class JoinUnderWay(Protocol):
    """A join running (``ui/app/joined.py``): what the Join dialog follows and may cancel."""

    @property
    def step(self) -> str:
        """Where it is now, for the user."""
        ...

    def watch(
        self,
        progress: Callable[[str], None],
        failed: Callable[[str], None],
        opened: Callable[[], None],
        ended: Callable[[], None],
    ) -> None:
        """Call ``progress`` at each step, ``failed`` with the reason it could not join,
        ``opened`` once its windows are open and ``ended`` once it is over (whatever the end)."""
        ...

    def cancel(self) -> None:
        """Stop it: nothing of it is kept (``ended`` follows)."""
        ...


class SharedDoor(Protocol):
    """The door of a meeting shared with other devices (``facilitation.sync.SyncedMeeting``)."""

    def apply(self, command: Command, initiator: object | None = None) -> Change: ...

    def undo(self, initiator: object | None = None) -> Change | None: ...

    def redo(self, initiator: object | None = None) -> Change | None: ...

    @property
    def can_undo(self) -> bool: ...

    @property
    def can_redo(self) -> bool: ...


class Sharing(QObject):
    """Whether this meeting is shared with other devices, and what the windows must say about it.

    The live meeting stays the same object when it is shared (the windows and the autosave keep
    following it); only its door changes: ``door`` carries every command to the other devices too.
    Set by ``ui/sharing`` (the one place that speaks to ``facilitation.sync``)."""

    #: the status line's text ("Shared on …", "Connected", "Offline since 14:03 — 5 changes waiting")
    status_changed = Signal(str)
    #: a command of this device refused when the shared log was replayed (text translated)
    refused = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.door: SharedDoor | None = None
        self.status_text = ""
        #: the object that keeps the shared meeting running (``ui/sharing/link.py``'s ShareLink)
        self.link: object | None = None


class ChangeHub(QObject):
    """Re-emits the door's change records as a Qt signal, so widgets connect the Qt way."""

    #: every change record of the one door, after the journal has it
    changed = Signal(Change)
    #: a storage problem the user must see (text already translated)
    problem = Signal(str)
    #: the storage problem is over (a write succeeded again)
    problem_solved = Signal()


def translate_error(exc: CommandError) -> str:
    """The user's language for a domain refusal (the domain speaks English templates)."""
    template = QCoreApplication.translate("CommandError", exc.template)
    try:
        return template.format(**exc.params)
    except (KeyError, IndexError, ValueError):
        return str(exc)


@dataclass(frozen=True, slots=True, eq=False)
class AppContext:
    live: LiveMeeting
    clock: Clock
    settings: QSettings
    #: the other windows; None where a window is tested on its own
    windows: Windows | None = None
    #: the storage session (autosave, journal, lock) when the meeting is kept on disk
    session: MeetingStore | None = None
    read_only: bool = False
    #: interface language ("fr" or "en")
    lang: str = "en"
    #: text being typed when the app stopped, recovered from the autosave (key -> text)
    drafts: Mapping[str, str] = field(default_factory=dict)
    hub: ChangeHub = field(default_factory=ChangeHub)
    #: the meeting shared with other devices, once it is (its door, its status)
    sharing: Sharing = field(default_factory=Sharing)

    def __post_init__(self) -> None:
        # every entry point (the app, the tests, the benchmarks) builds a context before any window
        pin_singletons()
        # the views hear a change after the journal has it (storage subscribes with JOURNAL)
        self.live.subscribe(self._announce, Priority.VIEWS)

    def _announce(self, change: Change) -> None:
        emit(self.hub.changed, change)

    @property
    def meeting(self) -> Meeting:
        return self.live.meeting

    @property
    def path(self) -> Path | None:
        """The meeting's file, if it has one (it can change with Save as)."""
        return self.session.path if self.session is not None else None

    def apply(
        self, command: Command, initiator: object | None = None, *, on_refused: Refused
    ) -> Change | None:
        """Apply through the one door. A refusal is told to ``on_refused`` (the caller's own place
        to say it) and never raised into Qt's event loop; None is returned then."""
        if self.read_only:
            on_refused(QCoreApplication.translate("AppContext", "This meeting is open read-only."))
            return None
        door = self.sharing.door
        try:
            if door is not None:
                return door.apply(command, initiator)
            return self.live.apply(command, initiator)
        except CommandError as exc:
            on_refused(translate_error(exc))
            return None

    @property
    def can_undo(self) -> bool:
        door = self.sharing.door
        if self.read_only:
            return False
        return door.can_undo if door is not None else self.live.history.can_undo

    def undo(self, initiator: object | None = None) -> Change | None:
        """This device's last change taken back (on a shared meeting, never another device's)."""
        if self.read_only:
            return None
        door = self.sharing.door
        if door is None:
            return self.live.undo(initiator)
        try:
            return door.undo(initiator)
        except CommandError as exc:
            emit(self.sharing.refused, translate_error(exc))
            return None

    @property
    def can_redo(self) -> bool:
        door = self.sharing.door
        if self.read_only:
            return False
        return door.can_redo if door is not None else self.live.history.can_redo

    def redo(self, initiator: object | None = None) -> Change | None:
        """This device's last undo taken back (on a shared meeting, as a new change of its own:
        the door's own history would redo anyone's)."""
        if self.read_only:
            return None
        door = self.sharing.door
        if door is None:
            return self.live.redo(initiator)
        try:
            return door.redo(initiator)
        except CommandError as exc:
            emit(self.sharing.refused, translate_error(exc))
            return None
