"""The base of every window other than the facilitator's: it remembers its place, never ends the meeting.

The note-taker's and the projector's windows derive from :class:`SecondaryWindow`; the window manager
(``ui/app/windows.py``) opens them and forgets them when they emit :attr:`SecondaryWindow.closed`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction, QCloseEvent, QScreen
from PySide6.QtWidgets import QMainWindow

from facilitation.models import Change

from facilitation.ui.core.context import AppContext
from facilitation.ui.core.geometry import ScreenInfo, restore_geometry, save_geometry


class SecondaryWindow(QMainWindow):
    """A window other than the facilitator's: it remembers its place and never ends the meeting.

    Closing it saves its geometry, stops listening to the meeting and emits :attr:`closed` so the
    :class:`WindowManager` forgets it; the meeting itself is left untouched.
    """

    closed = Signal()
    #: where the geometry is kept in the settings, e.g. "windows/notetaker"
    SETTINGS_KEY = ""

    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        self.ctx = ctx
        ctx.hub.changed.connect(self.on_change)
        self._listening = True

    def on_change(self, change: Change) -> None:  # pragma: no cover - overridden
        raise NotImplementedError

    def restore_place(self, screens: Sequence[ScreenInfo] | None = None) -> bool:
        return restore_geometry(self, self.ctx.settings, self.SETTINGS_KEY, screens)

    def save_place(self) -> None:
        save_geometry(self, self.ctx.settings, self.SETTINGS_KEY)

    def show_full_screen_on(self, screen: QScreen) -> None:
        """Full screen on ``screen`` (the projector); the window's normal frame is kept for later."""
        self.setScreen(screen)
        self.move(screen.geometry().topLeft())
        self.showFullScreen()

    def closeEvent(self, event: QCloseEvent) -> None:
        event.accept()
        if not self._listening:  # closed before: nothing more to save or to stop
            return
        self._listening = False
        self.save_place()
        self.ctx.hub.changed.disconnect(self.on_change)
        self.stop()
        self.closed.emit()

    def stop(self) -> None:
        """Stop timers and the like when the window closes (subclasses extend it)."""

    def take_live_actions(self, actions: Sequence[QAction]) -> list[QAction]:
        """Make the facilitator's live keys work in this window too (they are window-wide).

        The window's own keys come first: a live action whose key this window already uses (the
        note-taker's F2 ties the note to the current speaker) is left out here. A key that a text
        field uses itself (Ctrl+Z undoes the typing) goes to the field while it has the focus:
        Qt asks the focused field before any shortcut. Returns the actions taken."""
        own = {
            seq.toString()
            for action in self.actions()
            if action not in actions
            for seq in action.shortcuts()
            if not seq.isEmpty()
        }
        taken = []
        for action in actions:
            keys = {seq.toString() for seq in action.shortcuts() if not seq.isEmpty()}
            if keys & own:
                continue
            if action not in self.actions():
                self.addAction(action)
            taken.append(action)
        return taken
