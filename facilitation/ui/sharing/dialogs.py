"""The "Share on the network" dialog: where to listen (address, port), then the address to join and
the invitation to give (copyable). Its twin for the other computers is ``join_dialog.py``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtNetwork import QAbstractSocket, QHostAddress, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

# the port proposed first (any free one above 1024 does)
DEFAULT_PORT = 8765
# every address of this computer (others on the network can join) / this computer only
ALL_ADDRESSES = "0.0.0.0"
THIS_COMPUTER = "127.0.0.1"


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShareDialog", text)


def lan_addresses() -> list[str]:
    """This computer's IPv4 addresses on its networks (what others type to join), loopback last."""
    found = []
    for a in QNetworkInterface.allAddresses():
        if a.protocol() != QAbstractSocket.NetworkLayerProtocol.IPv4Protocol:
            continue
        if a.isLoopback() or a.isEqual(QHostAddress(QHostAddress.SpecialAddress.Any)):
            continue
        found.append(a.toString())
    return [*found, THIS_COMPUTER]


def join_addresses(url: str, address: str) -> list[str]:
    """The addresses others can join at: with every address chosen, one per network address."""
    if address != ALL_ADDRESSES:
        return [url]
    prefix = f"ws://{THIS_COMPUTER}:"
    if not url.startswith(prefix):
        return [url]
    rest = url[len(prefix) :]
    return [f"ws://{ip}:{rest}" for ip in lan_addresses()]


class ShareDialog(QDialog):
    """Choose where to listen; once shared, show the address and the invitation to copy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Share the meeting on the network"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "Other computers (the note-taker's, the projector's) can then follow and change "
                "this meeting. Everything sent is encrypted: only those who get the invitation "
                "can read it. Nothing listens on the network until you share."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.address = QComboBox()
        self.address.addItem(
            _tr("Every network of this computer (others in the room can join)"), ALL_ADDRESSES
        )
        self.address.addItem(_tr("This computer only (to try it out)"), THIS_COMPUTER)
        self.address.setAccessibleName(_tr("Where to listen"))
        form.addRow(_tr("&Listen on:"), self.address)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(DEFAULT_PORT)
        self.port.setAccessibleName(_tr("Port"))
        form.addRow(_tr("&Port:"), self.port)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("problem")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        # shown once shared
        self.shared_box = QWidget()
        shown = QFormLayout(self.shared_box)
        self.url = QPlainTextEdit()
        self.url.setReadOnly(True)
        self.url.setMaximumHeight(70)
        self.url.setAccessibleName(_tr("Address to join"))
        shown.addRow(_tr("Address to join:"), self.url)
        self.invitation = QLineEdit()
        self.invitation.setReadOnly(True)
        self.invitation.setAccessibleName(_tr("Invitation"))
        shown.addRow(_tr("Invitation:"), self.invitation)
        self.copy = QPushButton(_tr("&Copy the address and the invitation"))
        self.copy.clicked.connect(self.copy_to_clipboard)
        shown.addRow(self.copy)
        self.note = QLabel(
            _tr(
                "Give the invitation only to the people who may see the meeting (by hand, in a "
                "message to them): it is the key."
            )
        )
        self.note.setWordWrap(True)
        shown.addRow(self.note)
        self._shown_form = shown
        self.invite_button = QPushButton(_tr("&Invite a device…"))
        self.invite_button.hide()
        shown.addRow(self.invite_button)
        self.shared_box.hide()
        layout.addWidget(self.shared_box)
        self.buttons = QDialogButtonBox()
        self.share_button = self.buttons.addButton(
            _tr("&Share"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def invite_instead(self, invite: Callable[[], object] | None) -> None:
        """With invitations (each for one device, one role, once), the meeting's key is not shown
        here: Invite a device… gives each device its own."""
        self._shown_form.setRowVisible(self.invitation, False)
        self.copy.setText(_tr("&Copy the address"))
        self.copy.clicked.disconnect()
        self.copy.clicked.connect(
            lambda: QGuiApplication.clipboard().setText(self.url.toPlainText().splitlines()[0])
        )
        self.note.setText(
            _tr(
                "Each device joins with an invitation of its own: Meeting → Invite a device… "
                "(a link, a code and a QR code, for one device, once, with its role)."
            )
        )
        if invite is not None:
            self.invite_button.clicked.connect(lambda: invite())
            self.invite_button.show()

    def chosen(self) -> tuple[str, int]:
        return str(self.address.currentData()), self.port.value()

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def show_shared(self, urls: list[str], invitation: str) -> None:
        self.error.hide()
        self.url.setPlainText("\n".join(urls))
        self.invitation.setText(invitation)
        self.shared_box.show()
        self.share_button.hide()
        self.address.setEnabled(False)
        self.port.setEnabled(False)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setText(
            self.url.toPlainText().splitlines()[0] + "\n" + self.invitation.text()
        )
