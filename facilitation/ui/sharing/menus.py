"""The sharing entries of the facilitator's menus, put in by this room so the window only calls
:func:`install_sharing` once (its own menus stay its own):

- File → Join a meeting… (under the other windows' entries);
- Meeting → Share on the network… and Stop sharing (at the end).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

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


def install_sharing(
    window: QMainWindow,
    ctx: AppContext,
    named: dict[str, QAction],
    say: Callable[[str], None],
) -> None:
    """Add the sharing entries to ``window``'s menus (and to ``named``, its actions by name), the
    sharing status to its status bar; ``say`` is its message area."""
    # no key of its own: Ctrl+Shift+N sets the next meeting, and sharing is done once a meeting
    share = QAction(_tr("S&hare on the network…"), window)
    share.triggered.connect(lambda: sharing.open_share_dialog(window, ctx))
    stop = StopEntry(ctx, window)

    def stop_now() -> None:
        if sharing.stop_sharing(ctx):
            say(_tr("Sharing stopped: nothing listens on the network any more."))

    stop.triggered.connect(stop_now)
    join = QAction(_tr("&Join a meeting…"), window)
    join.setShortcut("Ctrl+Shift+J")
    join.triggered.connect(lambda: sharing.ask_join(window, ctx))
    named.update({"share": share, "stop_sharing": stop, "join": join})
    for action in (share, stop, join):
        window.addAction(action)
    sharing.show_sharing_state(window, ctx, say)
    meeting = _menu_holding(window, named.get("prepare_next"))
    if meeting is not None:
        meeting.addSeparator()
        meeting.addAction(share)
        meeting.addAction(stop)
    files = _menu_holding(window, named.get("projector"))
    quit_entry = named.get("quit")
    if files is not None and quit_entry is not None:
        files.insertAction(quit_entry, join)
        files.insertSeparator(quit_entry)
