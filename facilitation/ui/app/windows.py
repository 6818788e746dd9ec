"""The window manager: opens, raises and closes the note-taker's and the projector's windows.

All windows share the one live meeting of the :class:`~facilitation.ui.core.context.AppContext`. Closing
the note-taker's or the projector's window only closes a view: the meeting goes on. Closing the
facilitator's window while others are open asks what to do (:meth:`confirm_close_facilitator`).

The manager is the one place that knows every kind of window: it implements the
:class:`~facilitation.ui.core.context.Windows` protocol that the windows reach each other through
(``ctx.windows``), so no window imports another. It is made before the context (which holds it) and
is given that context once, by :meth:`bind`, before any window opens.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QScreen
from PySide6.QtWidgets import QWidget

from facilitation.models import Clock, SystemClock

from facilitation.ui.core.context import AppContext, JoinUnderWay
from facilitation.ui.core.geometry import saved_screen_name

if TYPE_CHECKING:  # imported when first opened: start-up shows only the facilitator's window
    from facilitation.ui.app.joined import JoinedMeeting
    from facilitation.ui.core.read_back import ReadBack
    from facilitation.ui.notetaker.window import NoteTakerWindow
    from facilitation.ui.projector.window import ProjectorWindow
    from facilitation.ui.start.request import OpenRequest
    from facilitation.ui.start.window import StartPage


def launch(args: list[str]) -> None:
    """Another meeting opens in its own window and process (each meeting holds its own lock)."""
    from PySide6.QtCore import QProcess

    QProcess.startDetached(sys.executable, ["-m", "facilitation", *args])


def launch_args(req: OpenRequest) -> list[str]:
    """The command line that opens what the start page asked for, in a new process."""
    if req.shared is not None:
        return ["--reopen-shared", str(req.shared)]
    if req.restore is not None:
        return ["--restore", str(req.restore.slot)]
    if req.path is not None:
        return [str(req.path)]
    return ["--new"]


class CloseChoice(Enum):
    """What the facilitator chose when closing their window while others are open."""

    CLOSE_ALL = "close_all"  # close every window (the app quits; the meeting is saved as it is)
    KEEP_OTHERS = "keep_others"  # close only the facilitator's window
    CANCEL = "cancel"


def ask_close_choice(parent: QWidget | None, open_names: list[str]) -> CloseChoice:
    """Ask the facilitator, in a message box, what to do with the other open windows."""
    from PySide6.QtWidgets import QMessageBox

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


class WindowManager(QObject):
    """Creates the secondary windows on demand and keeps track of which are open."""

    def __init__(
        self, parent: QObject | None = None, *, clock: Clock | None = None, lang: str = "en"
    ) -> None:
        super().__init__(parent)
        self._ctx: AppContext | None = None
        self._facilitator: QWidget | None = None
        self._notes: NoteTakerWindow | None = None
        self._projector: ProjectorWindow | None = None
        self._start: StartPage | None = None
        #: the start page's clock and language before a meeting (and its context) exists
        self._clock = clock
        self._lang = lang
        #: opens the start page's choice in this process while no meeting is open here (set by
        #: start-up); True when it opened. Once a meeting is open, a choice opens in a new process.
        self.open_here: Callable[[OpenRequest], bool] | None = None
        #: what to do once the app has quit and the meeting is closed (File → Reset the demo)
        self._after_quit: list[Callable[[], None]] = []
        self._live_actions: list[QAction] = []
        #: meetings joined from other computers (File → Join a meeting…)
        self.joined: list[JoinedMeeting] = []
        #: the app's settings, for a meeting joined while no meeting is open here (set by start-up)
        self.settings: QSettings | None = None

    def bind(self, ctx: AppContext, facilitator: QWidget | None = None) -> None:
        """The context the windows are opened on (it holds this manager), and the facilitator's
        window once it exists."""
        self._ctx = ctx
        if facilitator is not None:
            self._facilitator = facilitator

    @property
    def ctx(self) -> AppContext:
        if self._ctx is None:
            raise RuntimeError("WindowManager.bind(ctx) must come before any window is opened")
        return self._ctx

    # -- the facilitator -------------------------------------------------------------------------

    @property
    def facilitator(self) -> QWidget | None:
        """The facilitator's window, once it is made."""
        return self._facilitator

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
            window.take_live_actions(self._live_actions)
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
            window.take_live_actions(self._live_actions)
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

    def show_read_back(self, read_back: ReadBack) -> None:
        """The read-back on the projector, which is opened for it if it was not."""
        self.show_projector().show_read_back(read_back)

    def _forget_projector(self) -> None:
        if self._projector is not None:
            self._projector.deleteLater()
        self._projector = None

    # -- the live keys ---------------------------------------------------------------------------

    def share_live_actions(self, actions: Sequence[QAction]) -> None:
        """Given by the facilitator's window: every other window, open now or later, takes them."""
        self._live_actions = list(actions)
        for window in (self._notes, self._projector):
            if window is not None:
                window.take_live_actions(self._live_actions)

    def focus_facilitator(self) -> None:
        """Give the keyboard back to the facilitator's window if it is shown (the projector, put
        on the second screen, took it)."""
        window = self.facilitator
        if window is not None and window.isVisible():
            window.activateWindow()

    # -- the start page --------------------------------------------------------------------------

    @property
    def start_page(self) -> StartPage | None:
        return self._start

    def show_start_page(self) -> StartPage:
        """Open the start page (the list of meetings), or bring it to the front."""
        if self._start is None:
            from facilitation.ui.start.window import StartPage

            ctx = self._ctx
            clock = ctx.clock if ctx is not None else (self._clock or SystemClock())
            page = StartPage(clock, ctx.lang if ctx is not None else self._lang)
            page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            page.open_requested.connect(self._start_requested)
            page.destroyed.connect(self._forget_start)
            self._start = page
        self._start.show()
        self._start.raise_()
        self._start.activateWindow()
        return self._start

    def _forget_start(self) -> None:
        self._start = None

    def _close_start(self) -> None:
        if self._start is not None:
            self._start.close()

    def _start_requested(self, req: OpenRequest) -> None:
        """The start page's choice: here while no meeting is open in this process, else in a new
        process, or the facilitator's window raised when it is this very meeting. A meeting this
        computer joined opens here in any case (it has a context and windows of its own)."""
        if req.shared is not None and self._shared_here(req.shared):
            self._close_start()
            return
        if req.shared is not None and not req.hosted:
            problem = self.reopen_joined(req.shared)
            if problem:
                self._join_failed(problem)
            self._close_start()
            return
        if self._facilitator is None and self.open_here is not None:
            if self.open_here(req):
                self.open_here = None
                self._close_start()
            return
        current = self._ctx.path if self._ctx is not None else None
        if req.path is not None and current is not None and _same_file(req.path, current):
            self.show_facilitator()
        else:
            launch(launch_args(req))
        self._close_start()

    # -- the demo --------------------------------------------------------------------------------

    def reset_demo(self) -> None:
        """Start the demo over: once this window has closed (and saved), the demo's copy is made
        afresh from the sample and opened in a new process."""

        def again() -> None:
            from facilitation.storage.errors import StorageError
            from facilitation.storage.library import demo_meeting

            try:
                demo_meeting(reset=True)
            except StorageError as exc:
                print(f"facilitation: {exc}", file=sys.stderr)
                return
            launch(["--demo"])

        self._after_quit.append(again)
        self.close_others()
        if self._facilitator is not None:
            self._facilitator.close()

    def after_quit(self) -> None:
        """Run what was left for after the app quit (called by start-up, the session closed)."""
        work, self._after_quit = self._after_quit, []
        for step in work:
            step()

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
        for kept in (self._notes, self._projector):
            if kept is not None:
                kept.close()

    def close_all(self) -> None:
        """Close every window (for --terminate-after-init)."""
        self.close_others()
        self._close_start()
        if self._facilitator is not None:
            self._facilitator.close()

    def confirm_close_facilitator(self, parent: QWidget | None) -> bool:
        """Called from the facilitator's closeEvent: True when their window may close (the start
        page, opened from it, closes with it)."""
        if not self.others_open():
            self._close_start()
            return True
        names = [w.windowTitle() for w in self.open_windows()]
        choice = ask_close_choice(parent, names)
        if choice is CloseChoice.CLOSE_ALL:
            self.close_others()
            self._close_start()
            return True
        return choice is CloseChoice.KEEP_OTHERS

    # -- meetings of other computers -------------------------------------------------------------

    def join_meeting(
        self,
        url: str,
        invitation: str,
        projector: bool = False,
        follow: Callable[[JoinUnderWay], None] | None = None,
    ) -> str | None:
        """Join the meeting shared at ``url``; its windows open once it has arrived. The join
        runs without blocking; ``follow`` gets it (else what the host refused is said in a
        message of its own)."""
        from facilitation.sync import SyncError

        from facilitation.ui.app.joined import JoinedMeeting

        settings, clock, lang = self._basics()
        try:
            joined = JoinedMeeting(
                url,
                invitation,
                settings,
                clock,
                WindowManager,
                lang,
                projector,
                parent=self,
            )
        except SyncError as exc:
            return QCoreApplication.translate(
                "WindowManager", "This meeting cannot be joined: %1"
            ).replace("%1", exc.text(QCoreApplication.translate))
        self.joined.append(joined)
        joined.finished.connect(lambda: self._forget_joined(joined))
        if follow is not None:
            follow(joined)
        else:
            joined.failed.connect(self._join_failed)
        return None

    def _shared_here(self, folder: Path) -> bool:
        """True (and its window raised) when the shared meeting kept in ``folder`` is open in
        this process already: two of it on one folder would write one journal twice."""
        for joined in self.joined:
            if joined.folder is not None and _same_file(joined.folder, folder):
                if joined.ctx is not None:
                    joined.windows.show_note_taker()
                return True
        link = self._ctx.sharing.link if self._ctx is not None else None
        store = getattr(getattr(link, "shared", None), "store", None)
        if store is not None and _same_file(store.folder, folder):
            self.show_facilitator()
            return True
        return False

    def _basics(self) -> tuple[QSettings, Clock, str]:
        """The settings, clock and language a joined meeting's context gets: this process's
        meeting's, or (with only the start page open) the app's own."""
        if self._ctx is not None:
            return self._ctx.settings, self._ctx.clock, self._ctx.lang
        if self.settings is None:
            raise RuntimeError(
                "WindowManager.settings must be set before joining without a meeting"
            )
        return self.settings, self._clock or SystemClock(), self._lang

    def reopen_joined(self, folder: Path) -> str | None:
        """Open again a meeting this computer joined (after a crash, a restart): from its folder,
        reconnecting; its windows open at once. A text for the user when it cannot be."""
        from facilitation.sync import SyncedMeeting, SyncError

        from facilitation.ui.app.joined import JoinedMeeting

        settings, clock, lang = self._basics()
        try:
            shared = SyncedMeeting.reopen(folder, clock=clock)
        except SyncError as exc:
            return QCoreApplication.translate(
                "WindowManager", "This meeting cannot be reopened: %1"
            ).replace("%1", exc.text(QCoreApplication.translate))
        joined = JoinedMeeting(
            "", "", settings, clock, WindowManager, lang, parent=self, shared=shared
        )
        self.joined.append(joined)
        joined.finished.connect(lambda: self._forget_joined(joined))
        joined.failed.connect(self._join_failed)
        joined.open_now()
        return None

    def _join_failed(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("WindowManager", "Join a meeting"),
            text,
            QMessageBox.StandardButton.Close,
            self._facilitator,
        )
        box.setObjectName("joinFailed")
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _forget_joined(self, joined: JoinedMeeting) -> None:
        if joined in self.joined:
            self.joined.remove(joined)
            joined.deleteLater()

    def close_joined(self) -> None:
        """The app closes: every joined meeting's windows and connections close."""
        for joined in list(self.joined):
            joined.close()


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
