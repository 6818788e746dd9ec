"""The window manager: opens, raises and closes the note-taker's and the projector's windows.

All windows share the one live meeting of the :class:`~facilitation.ui.core.context.AppContext`. Closing
the note-taker's or the projector's window only closes a view: the meeting goes on. Closing the
facilitator's window while others are open asks what to do (:meth:`confirm_close_facilitator`).
"""

from __future__ import annotations

from collections.abc import Sequence
from enum import Enum
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from facilitation.models import Change

from facilitation.ui.core.geometry import (
    ScreenInfo,
    restore_geometry,
    save_geometry,
    saved_screen_name,
)

if TYPE_CHECKING:
    from facilitation.ui.core.context import AppContext
    from facilitation.ui.notetaker.window import NoteTakerWindow
    from facilitation.ui.projector.window import ProjectorWindow


class CloseChoice(Enum):
    """What the facilitator chose when closing their window while others are open."""

    CLOSE_ALL = "close_all"  # close every window (the app quits; the meeting is saved as it is)
    KEEP_OTHERS = "keep_others"  # close only the facilitator's window
    CANCEL = "cancel"


def ask_close_choice(parent: QWidget | None, open_names: list[str]) -> CloseChoice:
    """Ask the facilitator, in a message box, what to do with the other open windows."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(
        QCoreApplication.translate("WindowManager", "Close the facilitator's window")
    )
    box.setText(
        QCoreApplication.translate(
            "WindowManager", "Other windows are still open: {names}."
        ).format(names=", ".join(open_names))
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "WindowManager",
            "Closing windows never ends the meeting: it stays as it is, saved. "
            "Close all the windows, or keep the others open?",
        )
    )
    close_all = box.addButton(
        QCoreApplication.translate("WindowManager", "Close all windows"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    keep = box.addButton(
        QCoreApplication.translate("WindowManager", "Keep the others open"),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    cancel = box.addButton(
        QCoreApplication.translate("WindowManager", "Cancel"), QMessageBox.ButtonRole.RejectRole
    )
    box.setDefaultButton(close_all)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is close_all:
        return CloseChoice.CLOSE_ALL
    if clicked is keep:
        return CloseChoice.KEEP_OTHERS
    return CloseChoice.CANCEL


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


class WindowManager(QObject):
    """Creates the secondary windows on demand and keeps track of which are open."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._notes: NoteTakerWindow | None = None
        self._projector: ProjectorWindow | None = None

    # -- the facilitator -------------------------------------------------------------------------

    @property
    def facilitator(self) -> QWidget | None:
        """The facilitator's window: the manager's parent (it lives as long as that window)."""
        parent = self.parent()
        return parent if isinstance(parent, QWidget) else None

    def show_facilitator(self) -> QWidget | None:
        """Show the facilitator's window again (closed with "Keep the others open") and raise it."""
        window = self.facilitator
        if window is None:
            return None
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    # -- the note-taker --------------------------------------------------------------------------

    @property
    def note_taker(self) -> NoteTakerWindow | None:
        return self._notes

    def show_note_taker(self) -> NoteTakerWindow:
        """Open the note-taker's window, or bring it to the front if it is open."""
        if self._notes is None:
            from facilitation.ui.notetaker.window import NoteTakerWindow

            window = NoteTakerWindow(self.ctx)
            window.closed.connect(self._forget_notes)
            self._notes = window
            window.restore_place()
        self._notes.show()
        self._notes.raise_()
        self._notes.activateWindow()
        return self._notes

    def _forget_notes(self) -> None:
        # the window's own signal connections keep its Python side alive: free it explicitly
        if self._notes is not None:
            self._notes.deleteLater()
        self._notes = None

    # -- the projector ---------------------------------------------------------------------------

    @property
    def projector(self) -> ProjectorWindow | None:
        return self._projector

    def show_projector(self, screen: QScreen | None = None) -> ProjectorWindow:
        """Open the projector's window full screen on ``screen``; by default on the screen it was on
        last time if that is still attached and is not the primary one, else on any second screen.
        With only one screen it is a normal window the facilitator can drag and resize."""
        if self._projector is None:
            from facilitation.ui.projector.window import ProjectorWindow

            window = ProjectorWindow(self.ctx)
            window.closed.connect(self._forget_projector)
            self._projector = window
            window.restore_place()
        window = self._projector
        target = screen or self._projector_screen(
            saved_screen_name(self.ctx.settings, window.SETTINGS_KEY)
        )
        if target is not None:
            window.show_full_screen_on(target)
        else:
            # full screen saved on a projector that is gone would cover the facilitator's screen
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowFullScreen)
            window.show()
        window.raise_()
        return window

    @staticmethod
    def _projector_screen(saved: str) -> QScreen | None:
        primary = QGuiApplication.primaryScreen()
        others = [s for s in QGuiApplication.screens() if s is not primary]
        for s in others:
            if s.name() == saved:
                return s
        return others[0] if others else None

    def _forget_projector(self) -> None:
        if self._projector is not None:
            self._projector.deleteLater()
        self._projector = None

    # -- all of them -----------------------------------------------------------------------------

    def open_windows(self) -> list[QWidget]:
        return [w for w in (self._notes, self._projector) if w is not None and w.isVisible()]

    def others_open(self) -> bool:
        """True when the note-taker's or the projector's window is open."""
        return bool(self.open_windows())

    def close_others(self) -> None:
        """Close the note-taker's and the projector's windows (the meeting goes on)."""
        for window in self.open_windows():
            window.close()
        # windows that were hidden but not closed are closed too, so nothing lingers
        for window in (self._notes, self._projector):
            if window is not None:
                window.close()

    def confirm_close_facilitator(self, parent: QWidget | None) -> bool:
        """Called from the facilitator's closeEvent: True when their window may close."""
        if not self.others_open():
            return True
        names = [w.windowTitle() for w in self.open_windows()]
        choice = ask_close_choice(parent, names)
        if choice is CloseChoice.CLOSE_ALL:
            self.close_others()
            return True
        return choice is CloseChoice.KEEP_OTHERS
