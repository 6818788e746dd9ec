"""Start-up and shut-down of the app: language, settings, clock, recovery, the meeting, the windows.

``run(ns)`` is called by ``facilitation.cli.main`` with the parsed command line. It builds the one
:class:`AppContext` and hands it to each window; nothing here is a module-level singleton. Start-up
stays light: the export (python-docx) and the importers are imported only by the menu entries that
use them. ``--terminate-after-init`` starts fully, paints the windows, skips every question and quits
with 0, so start-up can be timed from outside.
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from facilitation.models import Clock, LiveMeeting, Meeting, SystemClock, new_id
from facilitation.resources import example

from facilitation.ui.core import settings as keys
from facilitation.ui.core.context import AppContext
from facilitation.ui.core.i18n import choose_language, install_translators
from facilitation.ui.core.qtcompat import emit, pin_singletons

if TYPE_CHECKING:
    from facilitation.storage.errors import LockedError
    from facilitation.storage.recovery import Recoverable
    from facilitation.storage.session import Session

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

    def choose_meeting(self) -> Opened:
        path = self.requested_path()
        opened = self.offer_recovery(path) if self.interactive else None
        if opened is not None:
            return opened
        if path is not None:
            return Opened(self.load(path), path)
        if getattr(self.ns, "demo", False):
            copy = self.copy_demo()
            return Opened(self.load(copy), copy)
        return Opened(Meeting(new_id(), created=self.clock.now()), None)

    def load(self, path: Path) -> Meeting:
        from facilitation.storage.errors import MeetingFileError
        from facilitation.storage.fileformat import load_meeting

        try:
            return load_meeting(path)
        except MeetingFileError as exc:
            raise StartupError(
                _tr("This meeting cannot be opened.\n\n%1").replace("%1", str(exc))
            ) from exc

    def copy_demo(self) -> Path:
        """A fresh copy of the bundled sample, in the data folder (never autosave onto the bundle)."""
        from facilitation.storage.paths import data_dir, private_dir

        source = example("rencontre-2.json")
        try:
            data = source.read_bytes()
            folder = private_dir(data_dir() / "demo")
            stamp = self.clock.now().strftime("%Y%m%d-%H%M%S")
            target = folder / f"rencontre-2-{stamp}.json"
            n = 1
            while target.exists():
                n += 1
                target = folder / f"rencontre-2-{stamp}-{n}.json"
            fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
        except OSError as exc:
            raise StartupError(
                _tr("The sample meeting cannot be copied: %1").replace("%1", str(exc))
            ) from exc
        return target

    def offer_recovery(self, wanted: Path | None) -> Opened | None:
        from facilitation.storage.errors import StorageError
        from facilitation.storage.recovery import discard, find_recoverable, recover

        from facilitation.ui.app.recovery import RecoveryChoice, ask_recovery

        for r in find_recoverable():
            choice = ask_recovery(r)
            try:
                if choice is RecoveryChoice.RESTORE:
                    rec = recover(r)
                    if rec.problem is not None:
                        self.warn(
                            _tr("Part of the meeting could not be restored: %1").replace(
                                "%1", str(rec.problem)
                            )
                        )
                    return Opened(rec.meeting, rec.path, dict(rec.drafts), r)
                if choice is RecoveryChoice.OPEN_SAVED:
                    discard(r)
                    if wanted is None and r.path is not None:
                        return Opened(self.load(r.path), r.path)
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
            session = Session.open(live, opened.path, self.clock, read_only=live_read_only)
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
        holder = exc.holder
        since = holder.since.strftime("%Y-%m-%d %H:%M") if holder.since else "?"
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
        print(f"facilitation: {text}", file=sys.stderr)
        if self.interactive:
            QMessageBox.warning(None, _tr("Facilitation"), text)


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
    state = {"problem": False}

    def on_problem(exc: Exception) -> None:
        state["problem"] = True
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
            QMessageBox.warning(None, _tr("Facilitation"), text)


def run(ns: argparse.Namespace) -> int:
    pin_singletons()  # before the first Qt call: see ui/core/qtcompat.py
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "facilitation"])
    assert isinstance(app, QApplication)
    app.setApplicationName("Facilitation")
    app.setOrganizationName("facilitation")
    settings = keys.open_settings()
    lang = choose_language(getattr(ns, "lang", None), keys.LANGUAGE.read(settings))
    translators = install_translators(app, lang)  # noqa: F841 - they must stay alive while we run
    clock = SystemClock()
    start = Startup(ns, clock, settings)
    try:
        opened = start.choose_meeting()
        live = LiveMeeting(opened.meeting)
        session, read_only = start.open_session(opened, live)
    except StartupError as exc:
        message = str(exc)
        print(f"facilitation: {message}", file=sys.stderr)
        if start.interactive:
            QMessageBox.critical(None, _tr("Facilitation"), message)
        return EXIT_CANNOT_OPEN

    from facilitation.ui.app.windows import WindowManager
    from facilitation.ui.facilitator.file_menu import restore_window_state
    from facilitation.ui.facilitator.window import FacilitatorWindow

    windows = WindowManager()
    ctx = AppContext(
        live,
        clock,
        settings,
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
    window.show()
    shown: list[QWidget] = [window]
    if getattr(ns, "notes", None):
        shown.append(windows.show_note_taker())

    if start.interactive:
        code = app.exec()
    else:
        _paint(app, shown)
        windows.close_others()
        window.close()
        app.processEvents()
        code = 0
    # sharing stops on close: nothing listens any more, the devices' journals are closed
    from facilitation.ui.sharing.actions import close_sharing

    windows.close_joined()
    close_sharing(ctx)
    close_session(session, start.interactive)
    return code
