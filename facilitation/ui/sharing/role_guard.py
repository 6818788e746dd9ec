"""A window on a shared meeting does only what this device's role allows: what lies outside it is
disabled (the floor would refuse it anyway, on every device), and a change of role, or a removal,
is said where the user looks and followed at once.

- the note-taker's window writes notes for the host, a co-facilitator and a note-taker; a viewer's
  (or a removed device's) writing card is disabled; a note-taker's "Show the facilitator's window"
  is too, since that device has none;
- in the facilitator's window, only the host invites, and a joined meeting is not shared again;
- the note-taker's window says whether the host is reachable (from who is here).

What is guarded is found by object name, so the windows only call ``show_sharing_state``:
``writeCard`` (the note-taker's writing card) and ``showFacilitator`` (its Window menu entry).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow

from facilitation.sync.roles import Role

from facilitation.ui.core.context import AppContext
from facilitation.ui.core.i18n import clock_time
from facilitation.ui.sharing import floor
from facilitation.ui.sharing.link import ShareLink
from facilitation.ui.sharing.roles import RUNNERS, may_write_notes, role_name


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sharing", text)


def role_here(ctx: AppContext) -> Role | None:
    """This device's role in the context's shared meeting; None when not shared or not known."""
    link = ctx.sharing.link
    if not isinstance(link, ShareLink):
        return None
    return floor.my_role(link.shared)


def host_reach_text(link: ShareLink) -> str:
    """ "Host reachable", "Host not reachable since 14:03"; "" when there is no word on it."""
    for device in floor.devices(link.shared):
        if device.role is not Role.HOST or device.is_self:
            continue
        if device.online:
            return _tr("Host reachable")
        if device.last_seen is not None:
            return _tr("Host not reachable since %1").replace("%1", clock_time(device.last_seen))
        return _tr("Host not reachable")
    return ""


class RoleGuard(QObject):
    """Keeps one window's parts in step with this device's role."""

    def __init__(self, window: QMainWindow, ctx: AppContext, say: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.say = say
        self.role: Role | None = None
        self.removed = False
        self.reach = QLabel(window)
        self.reach.setObjectName("hostReach")
        self.reach.hide()
        self._placed = False
        self._link: ShareLink | None = None
        ctx.sharing.status_changed.connect(self.follow_link)
        self.follow_link()

    def follow_link(self, _text: str = "") -> None:
        link = self.ctx.sharing.link
        if isinstance(link, ShareLink) and link is not self._link:
            self._link = link
            link.roles_changed.connect(self.follow_role)
            link.devices_changed.connect(self.follow_devices)
            self.role = floor.my_role(link.shared)
            self.apply()
            self.follow_devices()

    def follow_role(self) -> None:
        if self._link is None:
            return
        role = floor.my_role(self._link.shared)
        if role == self.role:
            return
        before, self.role = self.role, role
        if role is None and before is not None:
            self.removed = True
            self.say(_tr("This computer was removed from the meeting: it receives nothing new."))
        elif role is not None:
            self.removed = False
            self.say(_tr("This computer is now %1 in the meeting.").replace("%1", role_name(role)))
        self.apply()

    def apply(self) -> None:
        writing = self.window.findChild(QFrame, "writeCard")
        if writing is not None:
            writing.setEnabled(not self.removed and may_write_notes(self.role))
        show = self.window.findChild(QAction, "showFacilitator")
        if show is not None and self.role is not None:
            show.setEnabled(self.role in RUNNERS)

    def follow_devices(self) -> None:
        if self._link is None or self.role is None or self.role is Role.HOST:
            return
        text = host_reach_text(self._link)
        if text and not self._placed:
            self._placed = True
            self.window.statusBar().addPermanentWidget(self.reach)
        self.reach.setText(text)
        self.reach.setVisible(bool(text))
