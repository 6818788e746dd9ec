"""The application context: built once at start-up and handed to every window. No globals.

It holds the one live meeting shared by all windows, the clock, the settings and the storage session.
Windows change the meeting only with ``ctx.apply(command, initiator=self)`` and refresh themselves
from the :class:`~facilitation.models.Change` records they receive through ``ctx.changed``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from facilitation.models import Change, Clock, Command, CommandError, LiveMeeting, Meeting

from facilitation.ui.core.qtcompat import emit, pin_singletons

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings


class ChangeHub(QObject):
    """Re-emits the door's change records as a Qt signal, so widgets connect the Qt way."""

    changed = Signal(object)  # Change
    #: a storage problem the user must see (text already translated)
    problem = Signal(str)
    #: the storage problem is over (a write succeeded again)
    problem_solved = Signal()
    #: a command was refused (text already translated); every window may show it
    refused = Signal(str)


def translate_error(exc: CommandError) -> str:
    """The user's language for a domain refusal (the domain speaks English templates)."""
    template = QCoreApplication.translate("CommandError", exc.template)
    try:
        return template.format(**exc.params)
    except (KeyError, IndexError, ValueError):
        return str(exc)


@dataclass
class AppContext:
    live: LiveMeeting
    clock: Clock
    settings: QSettings
    path: Path | None = None
    read_only: bool = False
    #: the storage session (autosave, journal, lock) when the meeting is kept on disk
    session: Any = None
    hub: ChangeHub = field(default_factory=ChangeHub)
    #: called with a translated message when a command is refused (the window shows it)
    on_refused: Callable[[str], None] | None = None
    #: interface language ("fr" or "en")
    lang: str = "en"
    #: text being typed when the app stopped, recovered from the autosave (key -> text)
    drafts: dict[str, str] = field(default_factory=dict)
    #: the other windows (ui/app/windows.py WindowManager) once built
    windows: Any = None

    def __post_init__(self) -> None:
        # every entry point (the app, the tests, the benchmarks) builds a context before any window
        pin_singletons()
        self.live.subscribe(self._announce)

    def _announce(self, change: Change) -> None:
        emit(self.hub.changed, change)

    @property
    def meeting(self) -> Meeting:
        return self.live.meeting

    def apply(self, command: Command, initiator: object | None = None) -> Change | None:
        """Apply through the one door; a refusal is reported, never raised into Qt's event loop."""
        if self.read_only:
            self._refuse(
                QCoreApplication.translate("AppContext", "This meeting is open read-only.")
            )
            return None
        try:
            return self.live.apply(command, initiator)
        except CommandError as exc:
            self._refuse(translate_error(exc))
            return None

    def undo(self, initiator: object | None = None) -> Change | None:
        return None if self.read_only else self.live.undo(initiator)

    def redo(self, initiator: object | None = None) -> Change | None:
        return None if self.read_only else self.live.redo(initiator)

    def refuse(self, message: str) -> None:
        """Tell the user an action cannot be done (already translated)."""
        self._refuse(message)

    def _refuse(self, message: str) -> None:
        emit(self.hub.refused, message)
        if self.on_refused is not None:
            self.on_refused(message)
