"""Meeting → Invite a device…: choose the role and how long the invitation holds, then show it three
ways (the link to copy, the short code in large type to dictate, the QR code for a phone) with its
time left, and "Invite another".

The dialog makes nothing itself: ``make`` (the sharing room's, through ``floor.invite``) gives the
invitation; ``share`` opens Share on the network when the meeting is not shared yet; ``rename``
takes the name this computer shows to the others (the same setting as the Join dialog's field),
once edited and before each invitation, which carries it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitation.models import Clock
from facilitation.sync import SyncError
from facilitation.sync.roles import Role

from facilitation.ui.sharing.device_name import NAME_MAX, default_name
from facilitation.ui.sharing.qr import QrView
from facilitation.ui.sharing.roles import INVITED_ROLES, role_choice, role_help, role_name

#: how long an invitation may be used, in minutes; the second is proposed
VALIDITIES = (5, 15, 30, 60, 120)
DEFAULT_VALIDITY = 15


def _tr(text: str) -> str:
    return QCoreApplication.translate("InviteDialog", text)


def validity_text(minutes: int) -> str:
    if minutes < 60:
        return QCoreApplication.translate("InviteDialog", "%n min", None, minutes)
    return QCoreApplication.translate("InviteDialog", "%n h", None, minutes // 60)


def time_left_text(left: timedelta) -> str:
    """ "Expires in 14:32" (minutes and seconds), "Expired"."""
    seconds = int(left.total_seconds())
    if seconds <= 0:
        return _tr("This invitation has expired: invite another.")
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    clock = f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"
    return _tr("Expires in %1").replace("%1", clock)


def monospace(points_scale: float = 1.0, base: QFont | None = None) -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    size = (base or QFont()).pointSizeF()
    if size > 0:
        font.setPointSizeF(size * points_scale)
    return font


class InviteDialog(QDialog):
    """Not modal: the meeting goes on behind it."""

    def __init__(
        self,
        make: Callable[[Role, timedelta], Any],
        clock: Clock,
        is_shared: Callable[[], bool],
        share: Callable[[], None],
        parent: QWidget | None = None,
        name: str = "",
        rename: Callable[[str], None] | None = None,
    ) -> None:
        """``name``: the name kept (empty: the computer's own); ``rename`` is called with what is
        typed in its field once edited (and before each invitation)."""
        super().__init__(parent)
        self._rename = rename
        self._name_kept = name
        self.setObjectName("inviteDialog")
        self.setWindowTitle(_tr("Invite a device"))
        self._make = make
        self._clock = clock
        self._share = share
        self._is_shared = is_shared
        #: the invitation shown, once made
        self.invitation: Any | None = None
        layout = QVBoxLayout(self)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._not_shared_page())
        self.pages.addWidget(self._choose_page())
        self.pages.addWidget(self._shown_page())
        layout.addWidget(self.pages, 1)
        self.error = QLabel()
        self.error.setObjectName("problem")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.ticker = QTimer(self)
        self.ticker.setInterval(1000)
        self.ticker.timeout.connect(self.refresh_time_left)
        self.follow_sharing()

    # -- pages --------------------------------------------------------------------------------------

    def _not_shared_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        text = QLabel(
            _tr(
                "This meeting is not shared yet. Share it on the network first: the invited "
                "device then joins it here."
            )
        )
        text.setWordWrap(True)
        box.addWidget(text)
        self.share_button = QPushButton(_tr("&Share on the network…"))
        self.share_button.clicked.connect(lambda: self._share())
        box.addWidget(self.share_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        return page

    def _choose_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        intro = QLabel(
            _tr(
                "The invitation lets one device into this meeting, once, with the role you "
                "choose. Give it only to the person who will use it."
            )
        )
        intro.setWordWrap(True)
        box.addWidget(intro)
        roles = QGridLayout()
        roles.setColumnStretch(1, 1)
        self.role_group = QButtonGroup(self)
        self.role_buttons: dict[Role, QRadioButton] = {}
        for row, role in enumerate(INVITED_ROLES):
            button = QRadioButton(role_choice(role))
            button.setAccessibleDescription(role_help(role))
            self.role_group.addButton(button)
            self.role_buttons[role] = button
            explain = QLabel(role_help(role))
            explain.setObjectName("hint")
            explain.setWordWrap(True)
            roles.addWidget(button, row, 0, Qt.AlignmentFlag.AlignTop)
            roles.addWidget(explain, row, 1)
        self.role_buttons[Role.NOTETAKER].setChecked(True)
        box.addLayout(roles)
        form = QFormLayout()
        self.validity = QComboBox()
        for minutes in VALIDITIES:
            self.validity.addItem(validity_text(minutes), minutes)
        self.validity.setCurrentIndex(VALIDITIES.index(DEFAULT_VALIDITY))
        self.validity.setAccessibleName(_tr("Valid for"))
        form.addRow(_tr("&Valid for:"), self.validity)
        # the invitation says who it comes from; the others' Devices lists show it too
        self.name = QLineEdit(self._name_kept)
        self.name.setObjectName("hostName")
        self.name.setMaxLength(NAME_MAX)
        self.name.setPlaceholderText(default_name())
        self.name.setAccessibleName(_tr("This computer's name for the others"))
        self.name.setToolTip(
            _tr(
                "What every device's Devices list, and the invitation, show for this computer, "
                "e.g. Facilitation laptop."
            )
        )
        self.name.editingFinished.connect(self.rename)
        form.addRow(_tr("T&his computer's name for the others:"), self.name)
        box.addLayout(form)
        self.make_button = QPushButton(_tr("&Make the invitation"))
        self.make_button.setDefault(True)
        self.make_button.clicked.connect(self.make_invitation)
        box.addWidget(self.make_button, 0, Qt.AlignmentFlag.AlignRight)
        box.addStretch(1)
        return page

    def _shown_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.summary = QLabel()
        self.summary.setObjectName("inviteSummary")
        self.summary.setWordWrap(True)
        box.addWidget(self.summary)
        row = QHBoxLayout()
        row.setSpacing(18)
        left = QVBoxLayout()
        code_caption = QLabel(_tr("Code to type (say it across the room):"))
        left.addWidget(code_caption)
        self.code = QLabel()
        self.code.setObjectName("inviteCode")
        self.code.setFont(monospace(2.4, self.font()))
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(_tr("Code to type"))
        left.addWidget(self.code)
        code_caption.setBuddy(self.code)
        left.addSpacing(8)
        link_caption = QLabel(_tr("&Link (paste it in File → Join a meeting):"))
        left.addWidget(link_caption)
        link_row = QHBoxLayout()
        self.link = QLineEdit()
        self.link.setReadOnly(True)
        self.link.setAccessibleName(_tr("Link of the invitation"))
        self.link.setMinimumWidth(self.link.fontMetrics().averageCharWidth() * 36)
        link_caption.setBuddy(self.link)
        link_row.addWidget(self.link, 1)
        self.copy = QPushButton(_tr("C&opy"))
        self.copy.clicked.connect(self.copy_link)
        link_row.addWidget(self.copy)
        left.addLayout(link_row)
        self.time_left = QLabel()
        self.time_left.setObjectName("inviteTimeLeft")
        left.addWidget(self.time_left)
        left.addStretch(1)
        self.another = QPushButton(_tr("&Invite another"))
        self.another.clicked.connect(self.invite_another)
        left.addWidget(self.another, 0, Qt.AlignmentFlag.AlignLeft)
        row.addLayout(left, 3)
        right = QVBoxLayout()
        self.qr = QrView()
        right.addWidget(self.qr, 1)
        qr_caption = QLabel(_tr("Or scan it with the device's camera."))
        qr_caption.setObjectName("hint")
        qr_caption.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        right.addWidget(qr_caption)
        row.addLayout(right, 2)
        box.addLayout(row, 1)
        return page

    # -- what it does ---------------------------------------------------------------------------------

    def follow_sharing(self, _text: str = "") -> None:
        """The meeting is shared (now): choosing the role comes next."""
        if not self._is_shared():
            self.pages.setCurrentIndex(0)
        elif self.pages.currentIndex() == 0:
            self.pages.setCurrentIndex(1)
            self.role_buttons[self.chosen_role()].setFocus()

    def chosen_role(self) -> Role:
        # the buttons' roles are kept here, not in Qt's properties (which would make them strings)
        for role, button in self.role_buttons.items():
            if button.isChecked():
                return role
        return Role.NOTETAKER

    def rename(self) -> None:
        """The name typed reaches the others (and is kept), once it has changed."""
        typed = self.name.text().strip()
        if typed == self._name_kept:
            return
        self._name_kept = typed
        if self._rename is not None:
            self._rename(typed)

    def chosen_validity(self) -> timedelta:
        return timedelta(minutes=int(self.validity.currentData()))

    def make_invitation(self) -> None:
        self.rename()  # the invitation carries the name
        try:
            invitation = self._make(self.chosen_role(), self.chosen_validity())
        except SyncError as exc:
            self.show_problem(exc.text(QCoreApplication.translate))
            return
        self.show_invitation(invitation)

    def show_invitation(self, invitation: Any) -> None:
        self.error.hide()
        self.invitation = invitation
        self.summary.setText(
            _tr("An invitation for one device, as %1, to “%2”.")
            .replace("%1", role_name(invitation.role))
            .replace("%2", str(invitation.title))
        )
        self.code.setText(str(invitation.code()))
        self.link.setText(str(invitation.link()))
        self.link.setCursorPosition(0)
        self.qr.set_text(str(invitation.qr_text()))
        self.pages.setCurrentIndex(2)
        self.refresh_time_left()
        self.ticker.start()
        self.copy.setFocus()

    def refresh_time_left(self, now: datetime | None = None) -> None:
        if self.invitation is None:
            return
        left = self.invitation.expires - (now or self._clock.now())
        self.time_left.setText(time_left_text(left))
        expired = left.total_seconds() <= 0
        self.time_left.setProperty("warning", expired)
        for shown in (self.code, self.link, self.qr, self.copy):
            shown.setEnabled(not expired)
        if expired:
            self.ticker.stop()

    def invite_another(self) -> None:
        self.ticker.stop()
        self.invitation = None
        self.pages.setCurrentIndex(1)
        self.make_button.setFocus()

    def copy_link(self) -> None:
        QGuiApplication.clipboard().setText(self.link.text())

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
