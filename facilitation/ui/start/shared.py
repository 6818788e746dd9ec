"""The start page's list of the shared meetings this computer joined or hosted (their folders under
``<data>/shared/``), with Reopen: after a crash or a restart, the meeting comes back from what this
computer kept of it, and reconnects (or, hosted here, listens again where it did)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitation.ui.core.i18n import local_datetime
from facilitation.ui.start.request import OpenRequest

if TYPE_CHECKING:
    from facilitation.sync.kept import KeptMeeting


def _tr(text: str) -> str:
    return QCoreApplication.translate("StartPage", text)


class SharedMeetings(QWidget):
    """Hidden while this computer keeps no shared meeting."""

    # emits an OpenRequest with ``shared`` set
    reopen_requested = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(_tr("Shared meetings on this computer"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.tree = QTreeWidget()
        self.tree.setObjectName("sharedMeetings")
        self.tree.setAccessibleName(_tr("Shared meetings on this computer"))
        self.tree.setColumnCount(3)
        self.tree.setHeaderLabels([_tr("Meeting"), _tr("Here"), _tr("Last change")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        self.tree.setMaximumHeight(140)
        self.tree.itemActivated.connect(lambda item, _col: self._reopen(item))
        layout.addWidget(self.tree)
        row = QHBoxLayout()
        row.addStretch(1)
        self.reopen_button = QPushButton(_tr("Reo&pen"))
        self.reopen_button.setObjectName("reopenShared")
        self.reopen_button.setToolTip(
            _tr("Open the shared meeting again from what this computer kept, and reconnect")
        )
        self.reopen_button.clicked.connect(lambda: self._reopen(self.tree.currentItem()))
        row.addWidget(self.reopen_button)
        layout.addLayout(row)
        self.hide()

    def refresh(self, root: Path | None) -> None:
        self.tree.clear()
        kept = _kept(root)
        first: QTreeWidgetItem | None = None
        for k in kept:
            item = QTreeWidgetItem(
                [
                    k.title or _tr("Meeting without a title"),
                    _tr("Hosted") if k.hosted else _tr("Joined"),
                    local_datetime(k.changed) if k.changed is not None else "",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, (str(k.folder), k.hosted))
            self.tree.addTopLevelItem(item)
            if first is None:
                first = item
        if first is not None:
            self.tree.setCurrentItem(first)
        self.setVisible(bool(kept))

    def _reopen(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        folder, hosted = item.data(0, Qt.ItemDataRole.UserRole)
        self.reopen_requested.emit(OpenRequest(shared=Path(folder), hosted=bool(hosted)))


def _kept(root: Path | None) -> list[KeptMeeting]:
    """The kept meetings; the sync floor (pycrdt, websockets) is loaded only when there are
    some: a computer that never shared starts as fast as before."""
    try:
        if root is None or not any(p.is_dir() for p in root.iterdir()):
            return []
    except OSError:
        return []
    from facilitation.sync.kept import kept_meetings

    return kept_meetings(root)
