"""Start-up and shut-down of the app: language, settings, clock, recovery, the meeting, the windows.

``run(ns)`` is called by ``facilitation.cli.main`` with the parsed command line. It builds the one
:class:`AppContext` and hands it to each window; nothing here is a module-level singleton. Start-up
stays light: the export (python-docx) and the importers are imported only by the menu entries that
use them. ``--terminate-after-init`` starts fully, paints the windows, skips every question and quits
with 0, so start-up can be timed from outside.
"""

from __future__ import annotations

import argparse
import linecache
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QWidget

from facilitation.models import Clock, LiveMeeting, Meeting, SystemClock, new_id
from facilitation.resources import app_icon_path

from facilitation.ui.app.process import collect_from_now
from facilitation.ui.core import settings as keys
from facilitation.ui.core.context import AppContext
from facilitation.ui.core.i18n import choose_language, install_translators, local_datetime
from facilitation.ui.core.qtcompat import emit, pin_singletons

if TYPE_CHECKING:
    from facilitation.storage.errors import LockedError
    from facilitation.storage.meetingfile import FileState
    from facilitation.storage.recovery import Recoverable
    from facilitation.storage.session import Session

    from facilitation.ui.app.windows import WindowManager
    from facilitation.ui.start.request import OpenRequest

translate = QCoreApplication.translate

#: exit code when the meeting asked for cannot be opened
EXIT_CANNOT_OPEN = 2


class StartupError(Exception):
    """The meeting asked for cannot be opened; the message is for the user (translated)."""


@dataclass
class Opened:
    meeting: Meeting
    path: Path | None
    drafts: dict[str, str] = field(default_factory=dict)
    #: the autosave slot this meeting was restored from (dropped once the new session holds it)
    restored_from: Recoverable | None = None
    #: the file as the meeting was read from it, so a file replaced meanwhile is not taken for ours
    disk: FileState | None = None


def _tr(text: str) -> str:
    return QCoreApplication.translate("App", text)


class Startup:
    def __init__(self, ns: argparse.Namespace, clock: Clock, settings: QSettings) -> None:
        self.ns = ns
        self.clock = clock
        self.settings = settings
        self.interactive = not getattr(ns, "terminate_after_init", False)
        self.problem_shown = False

    # -- which meeting ----------------------------------------------------------------------------

    def requested_path(self) -> Path | None:
        name = getattr(self.ns, "notes", None) or getattr(self.ns, "file", None)
        return Path(name).expanduser() if name else None

    def wants_start_page(self) -> bool:
        """Opened without a file, the demo, a new meeting or a restore: the start page is shown
        (also while a meeting given with ``--join`` arrives)."""
        ns = self.ns
        return self.requested_path() is None and not any(
            getattr(ns, name, None) for name in ("demo", "new", "restore", "reopen_shared")
        )

    def choose_meeting(self) -> Opened:
        path = self.requested_path()
        restore = getattr(self.ns, "restore", None)
        if restore:
            return self.restore_slot(Path(restore))
        opened = self.offer_recovery(path) if self.interactive else None
        if opened is not None:
            return opened
        if path is not None:
            return Opened(*self.load_with_state(path))
        if getattr(self.ns, "demo", False):
            copy = self.demo_copy()
            return Opened(*self.load_with_state(copy))
        return self.new_meeting()

    def new_meeting(self) -> Opened:
        return Opened(Meeting(new_id(), created=self.clock.now()), None)

    def for_request(self, req: OpenRequest) -> Opened:
        """The meeting the start page asked for. Raises StartupError."""
        if req.restore is not None:
            return self.restore_slot(req.restore.slot)
        if req.path is not None:
            return Opened(*self.load_with_state(req.path))
        return self.new_meeting()

    def restore_slot(self, slot: Path) -> Opened:
        """Restore the meeting of one autosave slot (chosen on the start page)."""
        from facilitation.storage.errors import StorageError
        from facilitation.storage.recovery import find_recoverable, recover

        for r in find_recoverable():
            if r.slot == slot:
                try:
                    rec = recover(r)
                except StorageError as exc:
                    raise StartupError(str(exc)) from exc
                if rec.problem is not None:
                    self.warn(
                        _tr("Part of the meeting could not be restored: %1").replace(
                            "%1", str(rec.problem)
                        )
                    )
                return Opened(rec.meeting, rec.path, dict(rec.drafts), r)
        raise StartupError(_tr("This autosave is no longer there: it was restored or removed."))

    def load(self, path: Path) -> Meeting:
        from facilitation.storage.errors import MeetingFileError
        from facilitation.storage.fileformat import load_meeting

        try:
            return load_meeting(path)
        except MeetingFileError as exc:
            raise StartupError(
                _tr("This meeting cannot be opened.\n\n%1").replace(
                    "%1", exc.text(QCoreApplication.translate)
                )
            ) from exc

    def load_with_state(
        self, path: Path
    ) -> tuple[Meeting, Path, dict[str, str], Recoverable | None, FileState]:
        """The meeting, and the file as it was read (so a file replaced meanwhile is not ours)."""
        from facilitation.storage.errors import MeetingFileError
        from facilitation.storage.meetingfile import load_with_state

        try:
            meeting, state = load_with_state(path)
        except MeetingFileError as exc:
            raise StartupError(
                _tr("This meeting cannot be opened.\n\n%1").replace(
                    "%1", exc.text(QCoreApplication.translate)
                )
            ) from exc
        return meeting, path, {}, None, state

    def demo_copy(self) -> Path:
        """The demo's one copy in the data folder (made from the bundled sample the first time;
        never autosave onto the bundle): the same each time, so a newcomer finds what they did."""
        from facilitation.storage.errors import StorageError
        from facilitation.storage.library import demo_meeting

        try:
            return demo_meeting()
        except StorageError as exc:
            raise StartupError(
                _tr("The sample meeting cannot be copied: %1").replace("%1", str(exc))
            ) from exc

    def offer_recovery(self, wanted: Path | None) -> Opened | None:
        from facilitation.storage.errors import StorageError
        from facilitation.storage.recovery import (
            discard,
            find_recoverable,
            keep_both_path,
            recover,
        )

        from facilitation.ui.app.recovery import RecoveryChoice, ask_recovery

        for r in find_recoverable():
            # restore first (in memory): the question depends on how the file on disk compares
            rec, failure = None, None
            try:
                rec = recover(r)
            except StorageError as exc:
                failure = exc
            on_disk = rec.on_disk if rec is not None else None
            changed_at = rec.disk_changed_at if rec is not None else None
            choice = ask_recovery(r, on_disk=on_disk, changed_at=changed_at)
            try:
                if choice in (RecoveryChoice.RESTORE, RecoveryChoice.KEEP_BOTH):
                    if rec is None:
                        self.warn(str(failure))
                        continue
                    if rec.problem is not None:
                        self.warn(
                            _tr("Part of the meeting could not be restored: %1").replace(
                                "%1", str(rec.problem)
                            )
                        )
                    path = rec.path
                    if choice is RecoveryChoice.KEEP_BOTH and path is not None:
                        path = keep_both_path(path)  # the file on disk stays as it is
                    return Opened(rec.meeting, path, dict(rec.drafts), r)
                if choice is RecoveryChoice.OPEN_SAVED:
                    discard(r)
                    if wanted is None and r.path is not None:
                        return Opened(*self.load_with_state(r.path))
                elif choice is RecoveryChoice.DISCARD:
                    discard(r)
            except StorageError as exc:
                self.warn(str(exc))
        return None

    # -- the session ------------------------------------------------------------------------------

    def open_session(self, opened: Opened, live: LiveMeeting) -> tuple[Session, bool]:
        """The storage session, and whether the meeting is open read-only."""
        from facilitation.storage.errors import LockedError, StorageError
        from facilitation.storage.recovery import discard
        from facilitation.storage.session import Session

        live_read_only = bool(getattr(self.ns, "read_only", False))
        try:
            session = Session.open(
                live, opened.path, self.clock, read_only=live_read_only, loaded=opened.disk
            )
        except LockedError as exc:
            if not self.ask_read_only(exc):
                raise StartupError(_tr("The meeting was not opened.")) from exc
            session, live_read_only = (
                Session.open(live, opened.path, self.clock, read_only=True),
                True,
            )
        except StorageError as exc:
            self.warn(
                _tr("Changes cannot be kept safely (%1). The meeting is open read-only.").replace(
                    "%1", str(exc)
                )
            )
            session, live_read_only = (
                Session.open(live, opened.path, self.clock, read_only=True),
                True,
            )
        if opened.restored_from is not None and not live_read_only:
            for key, text in opened.drafts.items():
                session.set_draft(key, text)
            try:
                if opened.path is not None:
                    session.save()
                discard(opened.restored_from)
            except StorageError as exc:
                self.warn(str(exc))
        return session, live_read_only

    def ask_read_only(self, exc: LockedError) -> bool:
        from PySide6.QtWidgets import QMessageBox

        holder = exc.holder
        since = local_datetime(holder.since) if holder.since else "?"
        text = (
            _tr("This meeting is open in another window by %1 on %2 since %3.")
            .replace("%1", holder.user or "?")
            .replace("%2", holder.host or "?")
            .replace("%3", since)
        )
        if not self.interactive:
            print(f"facilitation: {text} (opened read-only)", file=sys.stderr)
            return True
        answer = QMessageBox.question(
            None,
            _tr("Meeting already open"),
            text + "\n\n" + _tr("Open it read-only?"),
        )
        return answer == QMessageBox.StandardButton.Yes

    def warn(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        print(f"facilitation: {text}", file=sys.stderr)
        if self.interactive:
            QMessageBox.warning(None, _tr("Facilitation"), text)


def forget_module_sources() -> None:
    """Drop the source lines that PySide6 read while the window's modules were imported.

    PySide6's import hook reads the source of each module imported after it (to see whether it
    uses PySide6), and Python's ``linecache`` keeps them: about 3 MB for the facilitator's
    window. Only tracebacks use that cache; they read a file again when they need it.
    """
    for name in [n for n, entry in linecache.cache.items() if len(entry) == 4]:
        if name.endswith(".py") and Path(name).is_absolute():
            del linecache.cache[name]


def _paint(app: QApplication, windows: list[QWidget]) -> None:
    """Process events until every shown window is exposed and painted (for --terminate-after-init)."""
    for _ in range(200):
        app.processEvents()
        handles = [w.windowHandle() for w in windows]
        if all(h is not None and h.isExposed() for h in handles):
            break
    for w in windows:
        w.repaint()
    app.processEvents()


def wire_session(ctx: AppContext, session: Session, timer_parent: QWidget) -> QTimer:
    """Problems become a visible warning; the session's tick runs every second (and retries)."""
    state = {"problem": False, "asking": False}

    def ask_about_the_file(exc: Exception) -> None:
        # after the tick that found it: a dialog inside the tick would run ticks inside ticks
        from facilitation.ui.app.file_conflict import ask_file_changed, resolve

        if state["asking"] or not getattr(timer_parent, "interactive", False):
            return
        state["asking"] = True
        try:
            told = resolve(ctx, session, timer_parent, ask_file_changed(exc, timer_parent))
        finally:
            state["asking"] = False
        if told and hasattr(timer_parent, "show_message"):
            timer_parent.show_message(told)
        on_saved()

    def on_problem(exc: Exception) -> None:
        state["problem"] = True
        if getattr(exc, "change", None) is not None:  # the file changed behind our back
            emit(ctx.hub.problem, str(exc))
            QTimer.singleShot(0, lambda: ask_about_the_file(exc))
            return
        emit(
            ctx.hub.problem,
            _tr("Changes are not being written to disk: %1 Facilitation keeps trying.").replace(
                "%1", str(exc)
            ),
        )

    def on_saved() -> None:
        if state["problem"] and session.status().ok:
            state["problem"] = False
            emit(ctx.hub.problem_solved)

    def tick() -> None:
        session.tick()
        on_saved()
        for notice in session.take_notices():
            if notice.kind == "made_private" and hasattr(timer_parent, "show_message"):
                timer_parent.show_message(
                    _tr("%1 was readable by other users; it is now readable by you only.").replace(
                        "%1", str(notice.path)
                    )
                )

    session.on_problem = on_problem
    session.on_saved = on_saved
    timer = QTimer(timer_parent)
    timer.setInterval(1000)
    timer.timeout.connect(tick)
    timer.start()
    return timer


def close_session(session: Session, interactive: bool) -> None:
    from facilitation.storage.errors import StorageError

    try:
        session.close(clean=True)
    except StorageError as exc:
        # keep the autosave: the next start offers to restore it
        session.close(clean=False)
        text = _tr(
            "The meeting could not be saved to its file (%1). Its changes are kept in the "
            "autosave and will be offered at the next start."
        ).replace("%1", str(exc))
        print(f"facilitation: {text}", file=sys.stderr)
        if interactive:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.warning(None, _tr("Facilitation"), text)


class _Running:
    """What run() holds once a meeting is open in this process (one meeting per process: each holds
    its own file lock and autosave)."""

    def __init__(self) -> None:
        self.session: Session | None = None
        self.window: QWidget | None = None
        self.ctx: AppContext | None = None


def _open_meeting(
    start: Startup,
    opened: Opened,
    windows: WindowManager,
    running: _Running,
    lang: str,
    live: LiveMeeting | None = None,
) -> QWidget:
    """The session, the context and the facilitator's window for ``opened`` (on ``live``, a
    shared meeting's, when given). Raises StartupError."""
    from facilitation.ui.facilitator.file_menu import restore_window_state
    from facilitation.ui.facilitator.window import FacilitatorWindow

    forget_module_sources()
    live = live if live is not None else LiveMeeting(opened.meeting)
    session, read_only = start.open_session(opened, live)
    ctx = AppContext(
        live,
        start.clock,
        start.settings,
        windows=windows,
        session=session,
        read_only=read_only,
        lang=lang,
        drafts=dict(opened.drafts),
    )
    windows.bind(ctx)
    window = FacilitatorWindow(ctx)
    window.interactive = start.interactive
    windows.bind(ctx, window)
    restore_window_state(window)
    wire_session(ctx, session, window)
    running.session, running.window, running.ctx = session, window, ctx
    if session.path is not None and not read_only:
        # the list of meetings keeps it, wherever it is (after the window is up: it writes a file)
        QTimer.singleShot(0, lambda: _remember(session.path, live.meeting.id))
    return window


def _reopen_hosted(
    start: Startup, folder: Path, windows: WindowManager, running: _Running, lang: str
) -> QWidget:
    """A shared meeting this computer hosted, opened again from its folder (the log every device
    holds is the meeting): the facilitator's window on it, its file saved again, sharing where it
    was. Raises StartupError."""
    from facilitation.sync import SyncedMeeting, SyncError

    from facilitation.ui.sharing.actions import resume_sharing

    try:
        shared = SyncedMeeting.reopen(folder, clock=start.clock)
    except SyncError as exc:
        raise StartupError(
            _tr("This shared meeting cannot be reopened: %1").replace(
                "%1", exc.text(QCoreApplication.translate)
            )
        ) from exc
    if not shared.ready:
        shared.close()
        raise StartupError(_tr("Nothing of this shared meeting was kept on this computer."))
    try:
        window = _open_meeting(
            start, Opened(shared.live.meeting, shared.file), windows, running, lang, shared.live
        )
    except BaseException:
        shared.close()
        raise
    assert running.ctx is not None and running.session is not None
    # the file and the autosave take the meeting as the log has it
    running.session.replaced()
    problem = resume_sharing(running.ctx, shared)
    if problem:
        start.warn(problem)
    return window


def _reopen(
    start: Startup, req: OpenRequest, windows: WindowManager, running: _Running, lang: str
) -> QWidget | None:
    """The start page's Reopen (or ``--reopen-shared``): a hosted meeting becomes this process's
    meeting; a joined one opens its own windows (None). Raises StartupError."""
    assert req.shared is not None
    if req.hosted:
        return _reopen_hosted(start, req.shared, windows, running, lang)
    problem = windows.reopen_joined(req.shared)
    if problem:
        raise StartupError(problem)
    return None


def _remember(path: Path | None, meeting_id: str) -> None:
    from facilitation.storage.library import Library

    if path is not None:
        Library().remember(path, meeting_id)


def run(ns: argparse.Namespace) -> int:
    pin_singletons()  # before the first Qt call: see ui/core/qtcompat.py
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "facilitation"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Facilitation")
    app.setOrganizationName("facilitation")
    app.setWindowIcon(QIcon(str(app_icon_path())))
    settings = keys.open_settings()
    lang = choose_language(getattr(ns, "lang", None), keys.LANGUAGE.read(settings))
    translators = install_translators(app, lang)  # noqa: F841 - they must stay alive while we run
    clock = SystemClock()
    start = Startup(ns, clock, settings)
    from facilitation.ui.app.windows import WindowManager

    windows = WindowManager(clock=clock, lang=lang)
    windows.settings = settings
    running = _Running()
    shown: list[QWidget] = []

    def fail(exc: StartupError) -> None:
        from PySide6.QtWidgets import QMessageBox

        message = str(exc)
        print(f"facilitation: {message}", file=sys.stderr)
        if start.interactive:
            QMessageBox.critical(None, _tr("Facilitation"), message)

    if start.wants_start_page():
        # no meeting asked for: the start page, which opens the chosen one in this process

        def open_here(req: OpenRequest) -> bool:
            try:
                if req.shared is not None:
                    reopened = _reopen(start, req, windows, running, lang)
                    if reopened is not None:
                        reopened.show()
                    return True
                window = _open_meeting(start, start.for_request(req), windows, running, lang)
            except StartupError as exc:
                fail(exc)
                return False
            window.show()
            return True

        windows.open_here = open_here
        shown.append(windows.show_start_page())
        forget_module_sources()
        join = getattr(ns, "join", None)
        if join:
            # File → Join a meeting…'s own path, with the text given on the command line
            problem = windows.join_meeting("", join)
            if problem:
                fail(StartupError(problem))
                return EXIT_CANNOT_OPEN
    elif getattr(ns, "reopen_shared", None):
        from facilitation.sync.kept import kept_meetings

        from facilitation.ui.start.request import OpenRequest

        folder = Path(ns.reopen_shared)
        hosted = any(k.hosted for k in kept_meetings(folder.parent) if k.folder == folder)
        try:
            reopened = _reopen(
                start, OpenRequest(shared=folder, hosted=hosted), windows, running, lang
            )
        except StartupError as exc:
            fail(exc)
            return EXIT_CANNOT_OPEN
        if reopened is not None:
            reopened.show()
            shown.append(reopened)
    else:
        try:
            window = _open_meeting(start, start.choose_meeting(), windows, running, lang)
        except StartupError as exc:
            fail(exc)
            return EXIT_CANNOT_OPEN
        window.show()
        shown.append(window)
        if getattr(ns, "notes", None):
            shown.append(windows.show_note_taker())

    if start.interactive:
        # once the first events (the windows' first paint) are through
        QTimer.singleShot(0, collect_from_now)
        code = app.exec()
    else:
        _paint(app, shown)
        collect_from_now()
        windows.close_all()
        app.processEvents()
        code = 0
    # sharing stops on close: nothing listens any more, the devices' journals are closed
    from facilitation.ui.sharing.actions import close_sharing

    windows.close_joined()
    if running.ctx is not None:
        close_sharing(running.ctx)
    if running.session is not None:
        close_session(running.session, start.interactive)
    windows.after_quit()
    settings.sync()  # written now: the command may end without Python's teardown (process.py)
    return code
