"""The windows' one door to what the sync floor offers for inviting devices: roles, invitations,
the devices present, the meetings shared on this network, joining by link or code.

Every call the dialogs and panels make about roles and invitations goes through here, named as
the floor names them (``docs/sync.md``): ``SyncedMeeting.invite``, ``devices``, ``set_role``,
``revoke``, ``my_role``, ``join_invitation``; ``sync.invitations.parse_join_text``;
``sync.discovery.Browser``. Roles are the floor's own ``sync.roles.Role`` everywhere in the
windows (their words are ``roles.py``'s). Joining with an address and a ``meeting:key``
invitation, the form the floor has always taken, goes on working beside links and codes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from facilitation.models import Clock
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.sync import Cancel, SyncedMeeting, SyncError, parse_invitation
from facilitation.sync.invitations import Invitation, JoinCode, parse_join_text
from facilitation.sync.presence import DeviceInfo
from facilitation.sync.roles import Role

log = logging.getLogger(__name__)

#: this module's own messages (the floor's errors are said in context Sync too)
_EMPTY = QT_TRANSLATE_NOOP("Sync", "paste the invitation's link or type its code")


def invite(shared: SyncedMeeting, role: Role, valid_for: timedelta) -> Invitation:
    """A new invitation (host only): its ``link()``, ``code()``, ``qr_text()``, ``expires``."""
    return shared.invite(role, valid_for)


def devices(shared: SyncedMeeting) -> list[DeviceInfo]:
    """The devices of the meeting (``DeviceInfo``: name, role, online, last seen, clock offset)."""
    return list(shared.devices())


def my_role(shared: SyncedMeeting) -> Role | None:
    """This device's role (None until the host's grant has come, or once removed)."""
    return shared.my_role


def set_role(shared: SyncedMeeting, device_id: str, role: Role) -> None:
    shared.set_role(device_id, role)


def rename(shared: SyncedMeeting, name: str) -> None:
    """The name this device shows to the others: in its own Devices list and in theirs at once
    (its presence is published on the spot), in the invitations made from now on and, on the
    LAN, in the meeting's announcement."""
    shared.device_name = name


def revoke(shared: SyncedMeeting, device_id: str) -> None:
    shared.revoke(device_id)


def watch(
    shared: SyncedMeeting, on_devices: Callable[[], None], on_roles: Callable[[], None]
) -> None:
    """Have the floor call back (on the owner's thread) when devices come and go, roles change."""
    shared.on_devices_changed = on_devices
    shared.on_roles_changed = on_roles


# -- joining ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class JoinTarget:
    """What the Join dialog's text said: an invitation of the floor (link or code), or an address
    and a ``meeting:key`` invitation."""

    #: a link's ``Invitation`` or a ``JoinCode``; None for an address and key
    invitation: Invitation | JoinCode | None
    #: the address to connect to (a relay, or the host for a code); None: the invitation's own
    address: str | None
    #: the ``meeting:key`` invitation
    key: str | None = None

    @property
    def is_code(self) -> bool:
        return isinstance(self.invitation, JoinCode)

    @property
    def meeting_id(self) -> str:
        """For the device's folder name ("code" before a code's meeting is known)."""
        if self.key is not None:
            return parse_invitation(self.key).meeting_id
        if isinstance(self.invitation, Invitation):
            return self.invitation.meeting_id
        return "code"

    @property
    def title(self) -> str:
        return self.invitation.title if isinstance(self.invitation, Invitation) else ""


def _address_and_key(text: str, address: str) -> JoinTarget | None:
    words = text.replace("<", " ").replace(">", " ").replace('"', " ").split()
    urls = [w for w in words if w.startswith(("ws://", "wss://"))]
    rest = [w for w in words if w not in urls]
    if len(rest) != 1 or ":" not in rest[0]:
        return None
    parse_invitation(rest[0])  # SyncError when it is not one
    url = address or (urls[0] if urls else "")
    if not url:
        return None
    return JoinTarget(None, url, rest[0])


def parse(text: str, address: str = "") -> JoinTarget:
    """The Join dialog's field: a link, a code, or an address with a ``meeting:key`` invitation
    (pasted together, in any order). SyncError, with a text for the user, for anything else."""
    address = address.strip()
    text = text.strip()
    if not text:
        raise SyncError(_EMPTY)
    try:
        old = _address_and_key(text, address)
    except SyncError:
        old = None
    if old is not None:
        return old
    return JoinTarget(parse_join_text(text), address or None)


def join(
    target: JoinTarget,
    folder: Path,
    device_name: str,
    clock: Clock,
    cancel: Cancel | None = None,
) -> SyncedMeeting:
    """Join what ``target`` names; SyncError (used, expired, wrong code, unreachable …);
    ``sync.Cancelled`` as soon as ``cancel`` is set while the host is asked."""
    if target.key is not None:
        return SyncedMeeting.join(
            target.address or "", target.key, folder, clock=clock, device_name=device_name
        )
    assert target.invitation is not None
    return SyncedMeeting.join_invitation(
        target.invitation, folder, device_name, clock=clock, address=target.address, cancel=cancel
    )


# -- the meetings shared on this network ---------------------------------------------------------


def advertise(shared: SyncedMeeting) -> None:
    """Announce the hosted meeting on this network (its title and this computer's name, never
    its content) until it stops being hosted; a network that refuses is no reason not to share."""
    try:
        shared.advertise()
    except Exception:  # zeroconf's own errors too: the meeting is shared all the same
        log.exception("the meeting could not be announced on this network")


def lan_browser(on_change: Callable[[list[Any]], None]) -> Any:
    """A ``sync.discovery.Browser`` (not started) calling ``on_change`` from its own thread with
    ``SharedOnLan`` (title, host name, address, port)."""
    from facilitation.sync.discovery import Browser

    return Browser(on_change)


def lan_address(found: Any) -> str:
    """The address to join a meeting found on the network at."""
    host = str(found.address)
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"ws://{host}:{found.port}"
