"""The "Join a meeting" dialog: the address and the invitation another computer shows."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("JoinDialog", text)


class JoinDialog(QDialog):
    """Paste the address and the invitation another computer shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(_tr("Join a meeting"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            _tr(
                "Type or paste what the facilitator's computer shows in "
                "Meeting → Share on the network. The note-taker's window opens on the meeting."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.url = QLineEdit()
        self.url.setPlaceholderText("ws://192.168.1.20:8765/…")
        self.url.setAccessibleName(_tr("Address"))
        form.addRow(_tr("&Address:"), self.url)
        self.invitation = QLineEdit()
        self.invitation.setAccessibleName(_tr("Invitation"))
        form.addRow(_tr("&Invitation:"), self.invitation)
        self.projector = QCheckBox(_tr("Also open the &projector's window"))
        form.addRow(self.projector)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("problem")
        self.error.setWordWrap(True)
        self.error.hide()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(_tr("&Join"))
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.url.textChanged.connect(self._paste_both)

    def _paste_both(self, text: str) -> None:
        # "Copy the address and the invitation" gives both at once: split them here
        parts = text.split()
        if len(parts) == 2 and parts[0].startswith(("ws://", "wss://")):
            self.url.setText(parts[0])
            self.invitation.setText(parts[1])

    def chosen(self) -> tuple[str, str, bool]:
        return self.url.text().strip(), self.invitation.text().strip(), self.projector.isChecked()

    def show_problem(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
