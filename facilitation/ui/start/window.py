"""The start page: the meetings of this computer, newest first by series, and how to start one.

It shows the library's list (``storage/library.py``) with the meetings not closed cleanly marked,
and offers New meeting, New from an invitation or an agenda, Prepare the next of a series, Open a
file… and Try the demo. It opens nothing itself: every choice becomes an
:class:`~facilitation.ui.start.request.OpenRequest` on :attr:`StartPage.open_requested`, and the app
decides where it opens (in this process when no meeting is open yet, else in a new one).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitation.models import Clock
from facilitation.storage.library import Library
from facilitation.storage.summary import Problem

from facilitation.ui.start import listing
from facilitation.ui.start.request import OpenRequest
from facilitation.ui.start.shared import SharedMeetings

if TYPE_CHECKING:
    from facilitation.storage.recovery import Recoverable


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartPage", text)


def _shown(folder: Path) -> str:
    """A folder as people read it: ``~/Documents/Facilitation`` under the home folder."""
    try:
        return str(Path("~") / folder.relative_to(Path.home()))
    except ValueError:
        return str(folder)


class RestoreChoice:
    RESTORE = "restore"
    OPEN_SAVED = "open_saved"
    CANCEL = "cancel"


def ask_restore(parent: QWidget, r: Recoverable) -> str:
    """A meeting not closed cleanly: restore what the autosave kept, or open its file as saved."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(_tr("Restore the meeting?"))
    box.setText(
        _tr("“%1” was not closed cleanly. Its changes were kept by the autosave.").replace(
            "%1", r.title or _tr("Meeting without a title")
        )
    )
    restore = box.addButton(_tr("Restore the changes"), QMessageBox.ButtonRole.AcceptRole)
    saved = (
        box.addButton(_tr("Open the file as saved"), QMessageBox.ButtonRole.DestructiveRole)
        if r.path is not None
        else None
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(restore)
    box.exec()
    clicked = box.clickedButton()
    box.deleteLater()
    if clicked is restore:
        return RestoreChoice.RESTORE
    if saved is not None and clicked is saved:
        return RestoreChoice.OPEN_SAVED
    return RestoreChoice.CANCEL


class StartPage(QWidget):
    """The start page window. ``library`` defaults to the user's meetings and data folders."""

    #: an OpenRequest: the meeting the user chose
    open_requested = Signal(object)

    def __init__(
        self,
        clock: Clock,
        lang: str = "en",
        library: Library | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("startPage")
        self.setWindowTitle(_tr("Facilitation — your meetings"))
        self.clock = clock
        self.lang = lang
        self.library = library if library is not None else Library()
        #: where the autosave slots are looked for (None: the user's data folder)
        self.data_dir: Path | None = None
        self._build()
        self.resize(980, 620)

    # -- building --------------------------------------------------------------------------------

    def _button(self, name: str, text: str, slot: object, tip: str = "") -> QPushButton:
        b = QPushButton(text)
        b.setObjectName(name)
        b.clicked.connect(slot)
        if tip:
            b.setToolTip(tip)
        return b

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        side = QVBoxLayout()
        heading = QLabel(_tr("Facilitation"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        heading.setFont(font)
        side.addWidget(heading)
        self.new_button = self._button("newMeeting", _tr("&New meeting"), self.new_meeting)
        self.invitation_button = self._button(
            "newFromInvitation",
            _tr("New from an &invitation or agenda…"),
            self.new_from_invitation,
            _tr("Paste the text of an invitation or an agenda, or choose a .md, .txt or .docx"),
        )
        self.next_button = self._button(
            "prepareNext",
            _tr("Prepare the ne&xt of a series"),
            self.prepare_next,
            _tr("The next meeting of the selected meeting's series: same people, open actions"),
        )
        self.open_file_button = self._button("openFile", _tr("&Open a file…"), self.open_file)
        self.demo_button = self._button("demo", _tr("Try the &demo"), self.open_demo)
        for b in (
            self.new_button,
            self.invitation_button,
            self.next_button,
            self.open_file_button,
            self.demo_button,
        ):
            side.addWidget(b)
        side.addStretch(1)
        folder = QLabel(_tr("Your meetings are kept in %1").replace("%1", _shown(self.folder())))
        folder.setWordWrap(True)
        folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        side.addWidget(folder)
        outer.addLayout(side, 0)

        main = QVBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(_tr("Search titles, series, dates…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search)
        self.search.returnPressed.connect(self._open_first)
        main.addWidget(self.search)
        self.tree = QTreeWidget()
        self.tree.setObjectName("meetings")
        self.tree.setColumnCount(len(listing.COLUMNS))
        self.tree.setHeaderLabels(listing.column_titles())
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, len(listing.COLUMNS)):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.itemActivated.connect(self._activated)
        self.tree.currentItemChanged.connect(self._current_changed)
        main.addWidget(self.tree, 1)
        self.message = QLabel()
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        main.addWidget(self.message)
        row = QHBoxLayout()
        self.open_button = self._button("open", _tr("Open"), self.open_current)
        self.restore_button = self._button("restore", _tr("&Restore…"), self.restore_current)
        self.forget_button = self._button("forget", _tr("&Forget"), self.forget_current)
        row.addStretch(1)
        for b in (self.forget_button, self.restore_button, self.open_button):
            row.addWidget(b)
        main.addLayout(row)
        self.shared = SharedMeetings()
        self.shared.reopen_requested.connect(self.request)
        main.addWidget(self.shared)
        outer.addLayout(main, 1)
        find = QAction(self)
        find.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Find))
        find.triggered.connect(self.search.setFocus)
        self.addAction(find)
        self._current_changed(None, None)

    def folder(self) -> Path:
        """The meetings folder; the home folder when it cannot be made (the list then says why
        nothing is there, and a new meeting says why it was not written)."""
        from facilitation.storage.errors import StorageError

        try:
            return self.library.folder
        except StorageError:
            return Path.home()

    def shared_root(self) -> Path | None:
        """Where the shared meetings this computer joined or hosted are kept (None: no data
        folder can be made)."""
        from facilitation.storage.errors import StorageError
        from facilitation.storage.paths import data_dir

        try:
            base = self.data_dir if self.data_dir is not None else data_dir()
        except StorageError:
            return None
        return base / "shared"

    # -- the list --------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the folder again (the list follows files moved, renamed or copied meanwhile)."""
        from facilitation.storage.recovery import find_recoverable

        summaries = self.library.scan()
        slots = find_recoverable(self.data_dir)
        self.shared.refresh(self.shared_root())
        self.rows = listing.rows_of(summaries, slots)
        listing.fill(self.tree, self.rows, self.lang)
        self._search(self.search.text())
        if not self.rows:
            self.say(_tr("No meeting yet: start one, or try the demo to see how it goes."))
        # what the scan learnt is written once the list is on screen
        QTimer.singleShot(0, self.library.keep)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
        self.search.setFocus()

    def _search(self, text: str) -> None:
        shown = listing.apply_search(self.tree, text)
        if text.strip() and not shown:
            self.say(_tr("No meeting matches “%1”.").replace("%1", text.strip()))
        elif self.rows:
            self.say("")
        current = self.tree.currentItem()
        if current is None or current.isHidden():
            first = listing.first_visible(self.tree)
            if first is not None:
                self.tree.setCurrentItem(first)

    def current_row(self) -> listing.Row | None:
        return listing.row_of(self.tree.currentItem())

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        row = listing.row_of(current)
        self.open_button.setEnabled(row is not None and row.can_open)
        self.restore_button.setEnabled(row is not None and row.recoverable is not None)
        self.forget_button.setEnabled(
            row is not None and row.summary is not None and row.summary.problem is Problem.MISSING
        )

    def say(self, text: str) -> None:
        self.message.setText(text)

    # -- opening ---------------------------------------------------------------------------------

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        self.open_row(listing.row_of(item))

    def _open_first(self) -> None:
        current = self.tree.currentItem()
        if current is None or current.isHidden():
            current = listing.first_visible(self.tree)
        self.open_row(listing.row_of(current))

    def open_current(self) -> None:
        self.open_row(self.current_row())

    def restore_current(self) -> None:
        row = self.current_row()
        if row is not None and row.recoverable is not None:
            self.open_row(row)

    def open_row(self, row: listing.Row | None) -> None:
        if row is None:
            return
        if row.recoverable is not None:
            choice = ask_restore(self, row.recoverable)
            if choice == RestoreChoice.RESTORE:
                self.request(OpenRequest(restore=row.recoverable))
            elif choice == RestoreChoice.OPEN_SAVED and row.recoverable.path is not None:
                from facilitation.storage.errors import StorageError
                from facilitation.storage.recovery import discard

                try:
                    discard(row.recoverable)
                except StorageError as exc:
                    self.say(str(exc))
                    return
                self.request(OpenRequest(row.recoverable.path))
            return
        s = row.summary
        if s is None:
            return
        if s.problem is Problem.MISSING:
            self.say(
                _tr("This meeting is no longer at %1. Forget it, or put the file back.").replace(
                    "%1", str(s.path)
                )
            )
        elif s.problem is not None:
            self.say(
                _tr("%1 cannot be opened: %2.")
                .replace("%1", s.path.name)
                .replace("%2", listing.problem_text(s.problem))
            )
        else:
            self.request(OpenRequest(s.path))

    def request(self, req: OpenRequest) -> None:
        if req.path is not None:
            self.library.remember(req.path)
        self.open_requested.emit(req)

    def forget_current(self) -> None:
        row = self.current_row()
        if row is not None and row.summary is not None:
            self.library.forget(row.summary.path)
            self.refresh()

    # -- the actions -----------------------------------------------------------------------------

    def new_meeting(self) -> None:
        self.request(OpenRequest())

    def new_from_invitation(self) -> None:
        from facilitation.ui.start.create import InvitationDialog

        dialog = InvitationDialog(self.folder(), self)
        try:
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            self.create_from(dialog.text.toPlainText(), dialog.file)
        finally:
            dialog.deleteLater()

    def create_from(self, text: str | None, file: Path | None) -> Path | None:
        """Make the meeting from an invitation's text or file, write it and open it."""
        from facilitation.ui.start.create import CreateError, meeting_from_agenda, write_new

        try:
            path = write_new(meeting_from_agenda(text, file, self.clock), self.library)
        except CreateError as exc:
            self.say(str(exc))
            return None
        self.request(OpenRequest(path))
        return path

    def prepare_next(self) -> Path | None:
        """The next meeting of the selected meeting's series (or of the newest series)."""
        from facilitation.ui.start.create import CreateError, next_of, write_new

        row = self.current_row()
        source = row.summary if row is not None else None
        if source is not None and source.ok and source.series:
            # the newest of its series is the one the next follows
            source = self.library.newest_of_series(source.series) or source
        if source is None or not source.ok:
            item = self.tree.currentItem()
            series = item.text(0) if item is not None and item.parent() is None else ""
            source = self.library.newest_of_series(series) if series else None
        if source is None or not source.ok:
            self.say(_tr("Select a meeting of the series first: the next one follows it."))
            return None
        try:
            path = write_new(next_of(source.path, self.clock), self.library)
        except CreateError as exc:
            self.say(str(exc))
            return None
        self.request(OpenRequest(path))
        return path

    def open_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, _tr("Open a meeting"), str(self.folder()), _tr("Meetings (*.json)")
        )
        if name:
            self.request(OpenRequest(Path(name)))

    def open_demo(self) -> None:
        from facilitation.storage.errors import StorageError
        from facilitation.storage.library import demo_meeting

        try:
            path = demo_meeting()
        except StorageError as exc:
            self.say(str(exc))
            return
        self.request(OpenRequest(path))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.library.keep()
        super().closeEvent(event)
