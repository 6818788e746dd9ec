"""File → Join a meeting…: one field for what the host gave (the invitation's link, pasted as it
comes, or its short code, typed), the meetings shared on this network to pick from for a code, and
an address for a relay (or a host the list does not show).

The text is read by ``floor.parse`` (links, codes, and an address with a ``meeting:key``
invitation); a text that is none of them is said here, in the user's language, before anything
is joined. The join then runs without blocking the window (:meth:`JoinDialog.follow`): its steps
are shown under a busy bar, what the host refuses (a used or expired invitation, a wrong code, no
answer) is said here, and Cancel stops it and closes the dialog at once: the join lets go of what
it made by itself, as soon as its worker has stopped (``ui/sharing/joining.py``), leaving nothing
of it on this computer.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from facilitation.sync import SyncError

from facilitation.ui.common.fitting import show_placeholder_whole
from facilitation.ui.core.context import JoinUnderWay
from facilitation.ui.core.qtcompat import emit
from facilitation.ui.sharing import floor
from facilitation.ui.sharing.device_name import NAME_MAX


def _tr(text: str) -> str:
    return QCoreApplication.translate("JoinDialog", text)


class _Found(QObject):
    """Brings the browser's findings (from its own thread) to the interface's, queued."""

    changed = Signal(list)


class JoinDialog(QDialog):
    """Paste the link or type the code; pick the meeting on this network or give its address."""

    def __init__(self, parent: QWidget | None = None, browse: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("joinDialog")
        self.setWindowTitle(_tr("Join a meeting"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "Paste the link or type the code the facilitator's computer shows in "
                "Meeting → Invite a device. The window of your role opens on the meeting."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.invitation = QLineEdit()
        self.invitation.setObjectName("joinText")
        self.invitation.setPlaceholderText(
            _tr("%1 or %2").replace("%1", "facilitation://join?…").replace("%2", "K7QM-3XPA-9F")
        )
        show_placeholder_whole(self.invitation)
        self.invitation.setAccessibleName(_tr("Link or code"))
        form.addRow(_tr("&Link or code:"), self.invitation)
        layout.addLayout(form)
        lan_caption = QLabel(_tr("&Meetings shared on this network (for a code):"))
        layout.addWidget(lan_caption)
        self.lan = QListWidget()
        self.lan.setObjectName("lanMeetings")
        self.lan.setAccessibleName(_tr("Meetings shared on this network"))
        self.lan.setMaximumHeight(120)
        lan_caption.setBuddy(self.lan)
        self.lan.currentItemChanged.connect(self._picked)
        layout.addWidget(self.lan)
        self.lan_state = QLabel()
        self.lan_state.setObjectName("hint")
        self.lan_state.setWordWrap(True)
        layout.addWidget(self.lan_state)
        more = QFormLayout()
        # a label too long beside its field goes above it (the address's, in French)
        more.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.url = QLineEdit()
        self.url.setObjectName("joinAddress")
        self.url.setPlaceholderText("ws://192.168.1.20:8765 · wss://relay.example.org")
        show_placeholder_whole(self.url)
        self.url.setAccessibleName(_tr("Address"))
        more.addRow(_tr("&Address (a relay, or a host not listed):"), self.url)
        self.name = QLineEdit()
        self.name.setObjectName("joinName")
        self.name.setMaxLength(NAME_MAX)
        self.name.setAccessibleName(_tr("This computer's name for the others"))
        self.name.setToolTip(
            _tr(
                "What the facilitator's Devices list shows for this computer, e.g. Samira's laptop."
            )
        )
        more.addRow(_tr("This computer's &name for the others:"), self.name)
        self.projector = QCheckBox(_tr("Also open the &projector's window"))
        more.addRow(self.projector)
        layout.addLayout(more)
        self.error = QLabel()
        self.error.setObjectName("problem")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        # while joining: where it is, under a busy bar (the steps take an unknown time)
        self.progress = QWidget()
        self.progress.setObjectName("joinProgress")
        steps = QVBoxLayout(self.progress)
        steps.setContentsMargins(0, 0, 0, 0)
        self.step = QLabel()
        self.step.setObjectName("joinStep")
        self.step.setWordWrap(True)
        steps.addWidget(self.step)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(_tr("Joining the meeting"))
        steps.addWidget(self.busy)
        self.progress.hide()
        layout.addWidget(self.progress)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("&Join"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        #: the join under way, once the Join button has started one
        self.joining: JoinUnderWay | None = None
        self.invitation.textChanged.connect(lambda _t: self.error.hide())
        self.found: list[Any] = []
        self._found = _Found(self)
        self._found.changed.connect(self.show_found, Qt.ConnectionType.QueuedConnection)
        self.browser: Any | None = floor.lan_browser(self._from_browser) if browse else None
        if self.browser is not None:
            self.lan_state.setText(_tr("Looking for meetings shared on this network…"))
            self.browser.start()
        else:
            self.lan_state.setText(_tr("No meeting is listed: type the address below."))
        self.finished.connect(self.stop_browsing)
        self._fit_width()
        self.invitation.setFocus()

    def _fit_width(self) -> None:
        # wide enough for an address and a code to be read whole, in the font it has now
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 70)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # View → Text size, applied after it is built
            self._fit_width()

    def _from_browser(self, found: list[Any]) -> None:
        # the browser's thread: only hand over
        emit(self._found.changed, list(found))

    def show_found(self, found: list[Any]) -> None:
        """The meetings shared on this network now: title and host name, nothing else."""
        picked = self.url.text()
        self.found = list(found)
        self.lan.clear()
        for shared in self.found:
            item = QListWidgetItem(
                _tr("%1 — on %2").replace("%1", shared.title).replace("%2", shared.host_name)
            )
            item.setData(Qt.ItemDataRole.UserRole, floor.lan_address(shared))
            self.lan.addItem(item)
            if floor.lan_address(shared) == picked:
                self.lan.setCurrentItem(item)
        if not self.found:
            self.lan_state.setText(_tr("No meeting shared on this network yet."))
        else:
            self.lan_state.setText(
                QCoreApplication.translate(
                    "JoinDialog", "Shared on this network now: %n", None, len(self.found)
                )
            )
        if len(self.found) == 1 and not picked:
            self.lan.setCurrentRow(0)

    def _picked(self, item: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if item is not None:
            self.url.setText(str(item.data(Qt.ItemDataRole.UserRole)))

    def chosen(self) -> tuple[str, str, bool]:
        """The address (may be empty: a link carries its own), the link or code, the projector."""
        return self.url.text().strip(), self.invitation.text().strip(), self.projector.isChecked()

    def check(self) -> floor.JoinTarget | None:
        """What the fields say, or None (and the reason shown) when they say nothing joinable."""
        address, text, _projector = self.chosen()
        try:
            target = floor.parse(text, address)
        except SyncError as exc:
            self.show_problem(
                _tr("This meeting cannot be joined: %1").replace(
                    "%1", exc.text(QCoreApplication.translate)
                )
            )
            self.invitation.setFocus()
            return None
        if target.is_code and not target.address:
            self.show_problem(
                _tr(
                    "A code is joined on this network: choose the meeting in the list, or type "
                    "its address."
                )
            )
            self.lan.setFocus()
            return None
        return target

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- a join under way ---------------------------------------------------------------------------

    def follow(self, joining: JoinUnderWay) -> None:
        """Show ``joining`` until it ends: its steps, then the windows (the dialog closes) or what
        went wrong (the fields come back, to try again). The dialog stays responsive."""
        self.joining = joining
        self.error.hide()
        self._set_busy(True)
        self.show_step(joining.step)
        joining.watch(self.show_step, self._failed, self._opened, self._ended)

    def show_step(self, text: str) -> None:
        self.step.setText(text)

    def cancel_join(self) -> bool:
        """Stop the join under way (True), or there is none (False). Returns at once: the join
        removes what it made by itself once its worker has stopped."""
        if self.joining is None:
            return False
        joining, self.joining = self.joining, None
        joining.cancel()  # it tells this dialog nothing more; what it made goes with it
        self._set_busy(False)
        return True

    def reject(self) -> None:
        """Cancel (or Escape, or the window closed): a join under way is stopped and the dialog
        closes at once, whatever the host is doing."""
        self.cancel_join()
        super().reject()

    def _failed(self, text: str) -> None:
        self.show_problem(text)

    def _opened(self) -> None:
        self.joining = None  # it is the meeting's now: closing the dialog cancels nothing
        self._set_busy(False)
        self.accept()

    def _ended(self) -> None:
        """The join is over without its windows (refused: said by ``_failed``)."""
        if self.joining is None:  # its windows are open (the dialog closed), or cancelled here
            return
        self.joining = None
        self._set_busy(False)
        self.invitation.setFocus()

    def _set_busy(self, busy: bool) -> None:
        for field in (self.invitation, self.lan, self.url, self.name, self.projector):
            field.setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not busy)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setEnabled(True)
        self.progress.setVisible(busy)

    def stop_browsing(self) -> None:
        self.cancel_join()  # closed some other way (its parent closes): nothing half-joined
        if self.browser is not None:
            self.browser.stop()
            self.browser = None
