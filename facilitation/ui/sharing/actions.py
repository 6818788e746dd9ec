"""What the menu entries do: Share on the network, Stop sharing, Join a meeting; and the status
label every window on a shared meeting shows.

Sharing keeps the context's live meeting (the same object: the windows and the autosave keep
following it, nobody subscribes again) and swaps its door for the shared one; see ``link.py``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QWidget

from facilitation.ui.common.accessibility import prepare_window
from facilitation.ui.core.context import AppContext

if TYPE_CHECKING:  # the sync floor (pycrdt, websockets, cryptography) loads when first shared
    from facilitation.sync import SyncedMeeting
    from facilitation.sync.roles import Role

    from facilitation.ui.sharing.dialogs import ShareDialog
    from facilitation.ui.sharing.invite_dialog import InviteDialog
    from facilitation.ui.sharing.link import ShareLink


def _tr(text: str) -> str:
    return QCoreApplication.translate("Sharing", text)


def device_folder(kind: str, meeting_id: str, now: datetime, base: Path | None = None) -> Path:
    """A new private folder for what this device keeps of a shared meeting (its update journal)."""
    from facilitation.storage.paths import data_dir, private_dir

    root = private_dir((base if base is not None else data_dir()) / "shared")
    stamp = now.strftime("%Y%m%d-%H%M%S")
    folder = root / f"{kind}-{meeting_id}-{stamp}"
    n = 1
    while folder.exists():
        n += 1
        folder = root / f"{kind}-{meeting_id}-{stamp}-{n}"
    return private_dir(folder)


def link_of(ctx: AppContext) -> ShareLink | None:
    if ctx.sharing.link is None:
        return None
    from facilitation.ui.sharing.link import ShareLink

    link = ctx.sharing.link
    return link if isinstance(link, ShareLink) else None


def start_sharing(
    ctx: AppContext, address: str, port: int, base: Path | None = None
) -> tuple[ShareLink, str]:
    """Share the context's meeting (once) and host it on ``address``:``port``; the URL to join.

    SyncError (its text for the user) when the address or the port cannot be used."""
    from facilitation.sync import SyncedMeeting

    from facilitation.ui.sharing.link import ShareLink

    link = link_of(ctx)
    if link is None:
        folder = device_folder("host", ctx.meeting.id, ctx.clock.now(), base)
        from facilitation.ui.sharing.device_name import chosen_name

        name = chosen_name(ctx.settings)
        shared = SyncedMeeting.share(
            ctx.meeting, folder, clock=ctx.clock, live=ctx.live, device_name=name
        )
        # the host's clock is the meeting's clock: the others set theirs by it
        link = ShareLink(shared, ctx.sharing)
        link.attach(ctx)
        shared.keep_file(ctx.path)  # to reopen it with its file after a crash
    url = link.host(address, port)
    if address != "127.0.0.1":
        # the meeting's title and this computer's name only, for File → Join on the others
        from facilitation.ui.sharing import floor

        floor.advertise(link.shared)
    return link, url


def resume_sharing(ctx: AppContext, shared: SyncedMeeting) -> str:
    """A shared meeting this computer hosted, reopened (after a crash, a restart) as ``ctx``'s
    meeting: its door is the shared one again and it listens where it did, so the other devices
    come back by themselves. A text for the user when it cannot listen there ("" when it can)."""
    from facilitation.sync import SyncError

    from facilitation.ui.sharing.link import ShareLink

    link = ShareLink(shared, ctx.sharing)
    link.attach(ctx)
    place = shared.listen
    if place is None:  # shared through a relay: the connection is back already
        return ""
    try:
        link.host(*place)
    except SyncError as exc:
        return (
            _tr("The meeting is open again, but it cannot be shared at %1 any more: %2")
            .replace("%1", f"{place[0]}:{place[1]}")
            .replace("%2", exc.text(QCoreApplication.translate))
        )
    return ""


def stop_sharing(ctx: AppContext) -> bool:
    """Meeting → Stop sharing: nothing listens any more. False when it was not shared."""
    link = link_of(ctx)
    if link is None or not link.hosting:
        return False
    link.stop_hosting()
    return True


def close_sharing(ctx: AppContext) -> None:
    """The app closes: stop hosting, close the connection and the device's journal."""
    link = link_of(ctx)
    if link is not None:
        link.close()


def open_share_dialog(
    parent: QWidget,
    ctx: AppContext,
    base: Path | None = None,
    invite: Callable[[], object] | None = None,
) -> ShareDialog:
    """Meeting → Share on the network…: not modal, the meeting goes on behind it. With the
    floor's invitations, it offers ``invite`` (Invite a device…) instead of showing the key."""
    from facilitation.sync import SyncError

    from facilitation.ui.sharing.dialogs import ShareDialog, join_addresses

    dialog = ShareDialog(parent)
    dialog.invite_instead(invite)

    def share() -> None:
        address, port = dialog.chosen()
        try:
            link, url = start_sharing(ctx, address, port, base)
        except (SyncError, OSError) as exc:
            reason = (
                exc.text(QCoreApplication.translate) if isinstance(exc, SyncError) else str(exc)
            )
            dialog.show_problem(
                _tr("The meeting cannot be shared there: %1 Choose another port.").replace(
                    "%1", reason
                )
            )
            return
        dialog.show_shared(join_addresses(url, address), link.shared.invitation())

    dialog.share_button.clicked.connect(share)
    link = link_of(ctx)
    if link is not None and link.hosting:
        status = link.shared.status()
        dialog.show_shared([status.address or ""], link.shared.invitation())
    prepare_window(dialog, ctx.settings)  # the chosen text size, as the window's
    dialog.open()
    return dialog


class SharingStatus(QLabel):
    """The status bar's word on sharing. Its window's status bar is made (and this put in it) only
    once there is something to say: a window of a meeting never shared looks as it always did."""

    def __init__(self, ctx: AppContext, window: QMainWindow) -> None:
        super().__init__(window)
        self.setObjectName("sharingState")
        self._window = window
        self._placed = False
        self.hide()
        ctx.sharing.status_changed.connect(self.set_text)
        self.set_text(ctx.sharing.status_text)

    def set_text(self, text: str) -> None:
        if text and not self._placed:
            self._placed = True
            self._window.statusBar().addPermanentWidget(self)
        self.setText(text)
        self.setToolTip(text)
        self.setVisible(bool(text))


def show_sharing_state(
    window: QMainWindow, ctx: AppContext, say: Callable[[str], None]
) -> SharingStatus:
    """Give ``window`` the sharing status label and have ``say`` (the window's own message area)
    tell when one of this device's commands was refused on replay; once shared, the window does
    only what this device's role allows (``role_guard.py``)."""
    ctx.sharing.refused.connect(say)
    status = SharingStatus(ctx, window)
    GuardWhenShared(window, ctx, say)
    return status


class GuardWhenShared(QObject):
    """Puts the role guard on its window once the meeting is shared (the floor loads then)."""

    def __init__(self, window: QMainWindow, ctx: AppContext, say: Callable[[str], None]) -> None:
        super().__init__(window)
        self.window = window
        self.ctx = ctx
        self.say = say
        self.guard: QObject | None = None
        ctx.sharing.status_changed.connect(self.follow)
        self.follow()

    def follow(self, _text: str = "") -> None:
        if self.guard is not None or self.ctx.sharing.link is None:
            return
        from facilitation.ui.sharing.role_guard import RoleGuard

        self.guard = RoleGuard(self.window, self.ctx, self.say)


def open_invite_dialog(
    parent: QWidget, ctx: AppContext, open_share: Callable[[], QDialog]
) -> InviteDialog:
    """Meeting → Invite a device…: not modal. A meeting not shared yet is offered to be shared
    first (``open_share`` opens that dialog); the invitation follows once it is."""
    from facilitation.ui.core import settings as keys
    from facilitation.ui.sharing import floor
    from facilitation.ui.sharing.device_name import keep_name
    from facilitation.ui.sharing.invite_dialog import InviteDialog

    def make(role: Role, valid_for: timedelta) -> object:
        link = link_of(ctx)
        if link is None:
            raise RuntimeError("the meeting is shared before anyone is invited")
        return floor.invite(link.shared, role, valid_for)

    def shared_now() -> bool:
        link = link_of(ctx)
        return link is not None and link.hosting

    def share_first() -> None:
        open_share().finished.connect(lambda _r: dialog.follow_sharing())

    def rename(typed: str) -> None:
        # kept for the next share and join; the shared meeting shows it to the others from now
        name = keep_name(ctx.settings, typed)
        link = link_of(ctx)
        if link is not None:
            floor.rename(link.shared, name)

    dialog = InviteDialog(
        make,
        ctx.clock,
        shared_now,
        share_first,
        parent,
        name=keys.DEVICE_NAME.read(ctx.settings),
        rename=rename,
    )
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    prepare_window(dialog, ctx.settings)  # the saved text size; the focus ring
    # shared meanwhile (the Share dialog's own button): on to the roles
    ctx.sharing.status_changed.connect(dialog.follow_sharing)
    dialog.open()
    return dialog


def ask_join(parent: QWidget, ctx: AppContext) -> QDialog:
    """File → Join a meeting…: the dialog; the windows open through ``ctx.windows``. The join
    runs while the dialog shows where it is; it closes once the windows are open."""
    from facilitation.ui.core import settings as keys
    from facilitation.ui.sharing.device_name import default_name, keep_name
    from facilitation.ui.sharing.join_dialog import JoinDialog

    dialog = JoinDialog(parent)
    prepare_window(dialog, ctx.settings)
    dialog.name.setPlaceholderText(default_name())
    dialog.name.setText(keys.DEVICE_NAME.read(ctx.settings))

    def join() -> None:
        url, invitation, projector = dialog.chosen()
        if ctx.windows is None or dialog.joining is not None or dialog.check() is None:
            return
        # the name this computer shows in the host's Devices list (kept for the next join)
        keep_name(ctx.settings, dialog.name.text())
        problem = ctx.windows.join_meeting(url, invitation, projector, follow=dialog.follow)
        if problem:
            dialog.show_problem(problem)

    dialog.buttons.accepted.connect(join)
    dialog.open()
    return dialog
