"""Who is here: the devices of a shared meeting, live, in a tab of the facilitator's window (beside
Speaking time and Participants: it takes no room from the queue), with the host's two acts on them:
change a device's role, and remove it (asked first: it then receives nothing new).

A device that comes or goes is said in the window's status bar, in passing. The list is read from
the floor (``floor.devices``: name, role, online, last seen, clock offset) whenever it says
something changed; a five-second tick only rewords "last seen".
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QPoint, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitation.models import Clock
from facilitation.sync import SyncError
from facilitation.sync.roles import Role

from facilitation.ui.core.i18n import clock_time
from facilitation.ui.sharing import floor
from facilitation.ui.sharing.link import ShareLink
from facilitation.ui.sharing.roles import INVITED_ROLES, role_name

#: how often "last seen 2 min ago" is reworded (ms)
TICK_MS = 5000


def _tr(text: str) -> str:
    return QCoreApplication.translate("DevicesPanel", text)


def seen_text(device: Any, now: datetime) -> str:
    """ "online"; "offline · 3 min ago" (last seen), "offline · at 14:03", "offline"."""
    if device.online:
        return _tr("online")
    if device.last_seen is None:
        return _tr("offline")
    minutes = int((now - device.last_seen).total_seconds() // 60)
    if minutes < 1:
        seen = _tr("just now")
    elif minutes < 60:
        seen = QCoreApplication.translate("DevicesPanel", "%n min ago", None, minutes)
    else:
        seen = _tr("at %1").replace("%1", clock_time(device.last_seen))
    return _tr("offline · %1").replace("%1", seen)


def offset_text(offset: float | None) -> str:
    """The device's clock against the host's: "+0.2 s", "−3.7 s"; "—" when not measured."""
    if offset is None:
        return "—"
    value = round(offset, 1)
    sign = "+" if value >= 0 else "−"
    return f"{sign}{abs(value):.1f}\u00a0s"


def device_name(device: Any) -> str:
    name = str(device.name) or str(device.device_id)
    return _tr("%1 (this computer)").replace("%1", name) if device.is_self else name


class DevicesPanel(QWidget):
    """The list, and for the host the buttons (and context menu) to change a role or remove."""

    #: device, role, state (online, or offline and when last seen), clock offset
    COLUMNS = 4

    def __init__(
        self,
        link: ShareLink,
        clock: Clock,
        say: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("devicesPanel")
        self.link = link
        self.clock = clock
        self.say = say
        #: the devices as last read, by id
        self.devices: dict[str, Any] = {}
        self._online: dict[str, bool] | None = None
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        self.view = QTreeWidget()
        self.view.setObjectName("devicesList")
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setAccessibleName(_tr("Devices in the meeting"))
        self.view.setHeaderLabels([_tr("Device"), _tr("Role"), _tr("State"), _tr("Clock")])
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.COLUMNS):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # a column of the speakers': the device's name gives way, its tooltip says all
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.view.currentItemChanged.connect(lambda *_: self._follow_selection())
        box.addWidget(self.view, 1)
        row = QHBoxLayout()
        self.role_button = QPushButton(_tr("Change the &role"))
        self.role_menu = QMenu(self.role_button)
        self.role_actions: dict[Role, QAction] = {}
        for role in INVITED_ROLES:
            act = self.role_menu.addAction(role_name(role))
            act.triggered.connect(lambda _c=False, r=role: self.change_role(r))
            self.role_actions[role] = act
        self.role_button.setMenu(self.role_menu)
        self.remove_button = QPushButton(_tr("Re&move…"))
        self.remove_button.clicked.connect(lambda: self.remove())
        row.addWidget(self.role_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        box.addLayout(row)
        self.empty = QLabel(_tr("No other device has joined yet: Meeting → Invite a device…"))
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        box.addWidget(self.empty)
        link.devices_changed.connect(self.refresh)
        link.roles_changed.connect(self.refresh)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.reword)
        self.ticker.start()
        self.refresh()

    @property
    def hosting(self) -> bool:
        """Only the host grants and removes."""
        return floor.my_role(self.link.shared) is Role.HOST

    def refresh(self) -> None:
        found = floor.devices(self.link.shared)
        current = self.selected_id()
        self._announce(found)
        self.devices = {d.device_id: d for d in found}
        self.view.clear()
        now = self.clock.now()
        for device in found:
            item = QTreeWidgetItem(self._texts(device, now))
            item.setData(0, Qt.ItemDataRole.UserRole, device.device_id)
            texts = self._texts(device, now)
            item.setToolTip(0, f"{texts[0]} · {texts[1]} · {texts[2]}")
            self.view.addTopLevelItem(item)
            if device.device_id == current:
                self.view.setCurrentItem(item)
        self.empty.setVisible(not any(not d.is_self for d in found))
        self._follow_selection()

    def _texts(self, device: Any, now: datetime) -> list[str]:
        return [
            device_name(device),
            role_name(device.role),
            seen_text(device, now),
            offset_text(device.clock_offset),
        ]

    def reword(self) -> None:
        now = self.clock.now()
        for i in range(self.view.topLevelItemCount()):
            item = self.view.topLevelItem(i)
            if item is None:
                continue
            device = self.devices.get(str(item.data(0, Qt.ItemDataRole.UserRole)))
            if device is not None:
                item.setText(2, seen_text(device, now))

    def _announce(self, found: list[Any]) -> None:
        """ "Marie's laptop joined as note-taker", "… left": in passing, in the status bar."""
        # a device is "here" once online with its role (the grant may follow it by a moment)
        online = {
            d.device_id: bool(d.online) and d.role is not None for d in found if not d.is_self
        }
        before, self._online = self._online, online
        if before is None:
            return
        for device in found:
            if device.is_self:
                continue
            was = before.get(device.device_id, False)
            if online[device.device_id] and not was:
                self.say(
                    _tr("%1 joined as %2")
                    .replace("%1", device_name(device))
                    .replace("%2", role_name(device.role))
                )
            elif was and not device.online:
                self.say(_tr("%1 left the meeting").replace("%1", device_name(device)))

    # -- the host's acts --------------------------------------------------------------------------

    def selected_id(self) -> str | None:
        item = self.view.currentItem()
        return None if item is None else str(item.data(0, Qt.ItemDataRole.UserRole))

    def _selected_other(self) -> Any | None:
        device = self.devices.get(self.selected_id() or "")
        return None if device is None or device.is_self else device

    def _follow_selection(self) -> None:
        device = self._selected_other()
        may = self.hosting and device is not None
        self.role_button.setEnabled(may)
        self.remove_button.setEnabled(may)
        role = device.role if device is not None else None
        for each, act in self.role_actions.items():
            act.setEnabled(may and each is not role)

    def _context_menu(self, at: QPoint) -> None:
        item = self.view.itemAt(at)
        if item is None:
            return
        self.view.setCurrentItem(item)
        if not self.role_button.isEnabled():
            return
        menu = QMenu(self)
        for role, act in self.role_actions.items():
            entry = menu.addAction(_tr("Make it %1").replace("%1", role_name(role)))
            entry.setEnabled(act.isEnabled())
            entry.triggered.connect(lambda _c=False, r=role: self.change_role(r))
        menu.addSeparator()
        menu.addAction(_tr("Remove from the meeting…"), lambda: self.remove())
        menu.popup(self.view.viewport().mapToGlobal(at))

    def change_role(self, role: Role) -> None:
        device = self._selected_other()
        if device is None:
            return
        try:
            floor.set_role(self.link.shared, device.device_id, role)
        except SyncError as exc:
            self.say(exc.text(QCoreApplication.translate))
            return
        self.say(
            _tr("%1 is now %2").replace("%1", device_name(device)).replace("%2", role_name(role))
        )
        self.refresh()

    def remove(self, confirm: Callable[[str], bool] | None = None) -> bool:
        """Remove the selected device, once the host has confirmed (``confirm``: the question)."""
        device = self._selected_other()
        if device is None:
            return False
        question = (
            _tr(
                "Remove %1 from the meeting? It will receive nothing new; to come back it needs "
                "a new invitation."
            )
        ).replace("%1", device_name(device))
        if not (confirm or self._ask)(question):
            return False
        try:
            floor.revoke(self.link.shared, device.device_id)
        except SyncError as exc:
            self.say(exc.text(QCoreApplication.translate))
            return False
        self.say(_tr("%1 was removed from the meeting").replace("%1", device_name(device)))
        self.refresh()
        return True

    def _ask(self, question: str) -> bool:
        answer = QMessageBox.question(
            self.window(),
            _tr("Remove a device"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes


def install_devices_tab(
    tabs: QTabWidget, link: ShareLink, clock: Clock, say: Callable[[str], None]
) -> DevicesPanel:
    """Add the Devices tab to ``tabs`` (once); it says how many devices are online."""
    existing = tabs.findChild(DevicesPanel)
    if isinstance(existing, DevicesPanel):
        return existing
    panel = DevicesPanel(link, clock, say)
    tabs.addTab(panel, _tr("Devices"))
    # a third tab in the speakers' column: the three titles share its width rather than scroll
    tabs.setUsesScrollButtons(False)
    tabs.setElideMode(Qt.TextElideMode.ElideRight)

    def count() -> None:
        online = sum(1 for d in panel.devices.values() if d.online)
        tabs.setTabToolTip(
            tabs.indexOf(panel),
            QCoreApplication.translate("DevicesPanel", "Online now: %n", None, online),
        )

    link.devices_changed.connect(count)
    count()
    return panel
