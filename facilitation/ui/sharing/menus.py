"""The sharing entries of the facilitator's menus, put in by this room so the window only calls
:func:`install_sharing` once (its own menus stay its own):

- File → Join a meeting… (under the other windows' entries);
- Meeting → Share on the network…, Invite a device… and Stop sharing (at the end);
- once the meeting is shared, the Devices tab beside Speaking time and Participants (who is here,
  ``devices.py``).

On a meeting joined as co-facilitator the window is the same, but only the host invites or shares.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu, QTabWidget, QWidget

from facilitation.ui.core.context import AppContext
from facilitation.ui.sharing import actions as sharing


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sharing", text)


def _menu_holding(window: QMainWindow, action: QAction | None) -> QMenu | None:
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu) and action in menu.actions():
            return menu
    return None


class StopEntry(QAction):
    """Meeting → Stop sharing: enabled while this computer hosts the meeting."""

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(_tr("St&op sharing"), window)
        self.ctx = ctx
        self.setEnabled(False)
        # a bound method of the action: the connection ends with the window
        ctx.sharing.status_changed.connect(self.follow)

    def follow(self, _text: str = "") -> None:
        link = sharing.link_of(self.ctx)
        self.setEnabled(link is not None and link.hosting)


class HostEntry(QAction):
    """An entry only the host may use: disabled on a meeting joined from another computer."""

    def __init__(self, text: str, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(text, window)
        self.ctx = ctx
        ctx.sharing.status_changed.connect(self.follow)
        self.follow()

    def follow(self, _text: str = "") -> None:
        if self.ctx.sharing.link is None:  # not shared: the sync floor is not even loaded
            self.setEnabled(True)
            return
        from facilitation.sync.roles import Role

        from facilitation.ui.sharing.role_guard import role_here

        role = role_here(self.ctx)
        link = sharing.link_of(self.ctx)
        joined = link is not None and not link.hosting and not link.stopped
        self.setEnabled(not joined and (role is None or role is Role.HOST))


class DevicesTab(QObject):
    """Once the meeting is shared (and the floor knows devices): the Devices tab, beside Speaking
    time and Participants in the window's ``peopleTabs`` (a tab: it takes no room from the queue)."""

    def __init__(self, window: QMainWindow, ctx: AppContext, say: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.say = say
        self.panel: QWidget | None = None
        # a bound method of a child of the window: the connection ends with the window
        ctx.sharing.status_changed.connect(self.follow)
        self.follow()

    def follow(self, _text: str = "") -> None:
        link = sharing.link_of(self.ctx)
        tabs = self.window.findChild(QTabWidget, "peopleTabs")
        if self.panel is not None or link is None or tabs is None:
            return
        from facilitation.ui.sharing.devices import install_devices_tab

        self.panel = install_devices_tab(tabs, link, self.ctx.clock, self.say)


def install_sharing(
    window: QMainWindow,
    ctx: AppContext,
    named: dict[str, QAction],
    say: Callable[[str], None],
) -> None:
    """Add the sharing entries to ``window``'s menus (and to ``named``, its actions by name), the
    sharing status to its status bar; ``say`` is its message area."""
    # no key of its own: Ctrl+Shift+N sets the next meeting, and sharing is done once a meeting
    share = HostEntry(_tr("S&hare on the network…"), ctx, window)
    invite = HostEntry(_tr("Invite a de&vice…"), ctx, window)
    invite.triggered.connect(
        lambda: sharing.open_invite_dialog(
            window, ctx, lambda: sharing.open_share_dialog(window, ctx)
        )
    )
    share.triggered.connect(lambda: sharing.open_share_dialog(window, ctx, invite=invite.trigger))
    stop = StopEntry(ctx, window)

    def stop_now() -> None:
        if sharing.stop_sharing(ctx):
            say(_tr("Sharing stopped: nothing listens on the network any more."))

    stop.triggered.connect(stop_now)
    join = QAction(_tr("&Join a meeting…"), window)
    join.setShortcut("Ctrl+Shift+J")
    join.triggered.connect(lambda: sharing.ask_join(window, ctx))
    named.update({"share": share, "invite": invite, "stop_sharing": stop, "join": join})
    for action in (share, invite, stop, join):
        window.addAction(action)
    sharing.show_sharing_state(window, ctx, say)
    DevicesTab(window, ctx, say)
    meeting = _menu_holding(window, named.get("prepare_next"))
    if meeting is not None:
        meeting.addSeparator()
        meeting.addAction(share)
        meeting.addAction(invite)
        meeting.addAction(stop)
    files = _menu_holding(window, named.get("projector"))
    quit_entry = named.get("quit")
    if files is not None and quit_entry is not None:
        files.insertAction(quit_entry, join)
        files.insertSeparator(quit_entry)
