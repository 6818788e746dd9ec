"""The windows' one door to what the sync floor offers for inviting devices: roles, invitations,
the devices present, the meetings shared on this network, joining by link or code.

Every call the dialogs and panels make about roles and invitations goes through here, named as
the floor names them (``docs/sync.md``): ``SyncedMeeting.invite``, ``devices``, ``set_role``,
``revoke``, ``my_role``, ``join_invitation``; ``sync.invitations.parse_join_text``;
``sync.discovery.Browser``. A floor that does not have one of them yet (an older build of the
floor) is asked nothing: the function says so (:func:`available`, an empty list, ``None``) and
the window disables what needs it. Joining with an address and a ``meeting:key`` invitation, the
form the floor has always taken, goes on working beside links and codes.
"""

from __future__ import annotations

import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Any

from facilitation.models import Clock
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.sync import SyncedMeeting, SyncError, parse_invitation

log = logging.getLogger(__name__)

#: the roles a device can be invited with (``sync.roles.Role``'s values), in the order offered
COFACILITATOR = "cofacilitator"
NOTETAKER = "notetaker"
VIEWER = "viewer"
HOST = "host"
INVITED_ROLES = (COFACILITATOR, NOTETAKER, VIEWER)


def _module(name: str) -> Any | None:
    try:
        return importlib.import_module(f"facilitation.sync.{name}")
    except ImportError:
        return None


def available() -> bool:
    """True when the floor has roles and invitations (links, codes, grants)."""
    return (
        _module("roles") is not None
        and _module("invitations") is not None
        and hasattr(SyncedMeeting, "invite")
    )


def enforces_roles() -> bool:
    """True when every replica checks who wrote what with which role (``SyncedMeeting.my_role``)."""
    return _module("roles") is not None and hasattr(SyncedMeeting, "my_role")


def role_value(role: object) -> str | None:
    """A role as its plain value ("notetaker"), whatever the floor hands."""
    if role is None:
        return None
    return str(getattr(role, "value", role))


def _role(value: str) -> object:
    roles = _module("roles")
    if roles is None:
        raise SyncError(_MISSING)
    return roles.Role(value)


#: the floor's errors are said in context Sync; these are this module's own
_MISSING = QT_TRANSLATE_NOOP("Sync", "inviting devices is not possible with this version")
_NOT_AN_INVITATION = QT_TRANSLATE_NOOP("Sync", "this is not an invitation to a meeting")
_EMPTY = QT_TRANSLATE_NOOP("Sync", "paste the invitation's link or type its code")


def invite(shared: SyncedMeeting, role: str, valid_for: timedelta) -> Any:
    """A new invitation (host only): its ``link()``, ``code()``, ``qr_text()``, ``expires``."""
    if not available():
        raise SyncError(_MISSING)
    return shared.invite(_role(role), valid_for)  # type: ignore[attr-defined]


def devices(shared: SyncedMeeting) -> list[Any]:
    """The devices of the meeting (``DeviceInfo``: name, role, online, last seen, clock offset)."""
    found = getattr(shared, "devices", None)
    return list(found()) if callable(found) else []


def my_role(shared: SyncedMeeting) -> str | None:
    """This device's role, or None when the floor does not know roles."""
    return role_value(getattr(shared, "my_role", None))


def set_role(shared: SyncedMeeting, device_id: str, role: str) -> None:
    if not hasattr(shared, "set_role"):
        raise SyncError(_MISSING)
    shared.set_role(device_id, _role(role))


def revoke(shared: SyncedMeeting, device_id: str) -> None:
    if not hasattr(shared, "revoke"):
        raise SyncError(_MISSING)
    shared.revoke(device_id)


def watch(
    shared: SyncedMeeting, on_devices: Callable[[], None], on_roles: Callable[[], None]
) -> None:
    """Have the floor call back (on the owner's thread) when devices come and go, roles change."""
    if hasattr(shared, "on_devices_changed") or available():
        shared.on_devices_changed = on_devices  # type: ignore[attr-defined]
    if hasattr(shared, "on_roles_changed") or available():
        shared.on_roles_changed = on_roles  # type: ignore[attr-defined]


# -- joining ------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class JoinTarget:
    """What the Join dialog's text said: an invitation of the floor (link or code), or an address
    and a ``meeting:key`` invitation."""

    #: ``Invitation`` or ``JoinCode`` of ``sync.invitations``; None for an address and key
    invitation: Any | None
    #: the address to connect to (a relay, or the host for a code); None: the invitation's own
    address: str | None
    #: the ``meeting:key`` invitation
    key: str | None = None

    @property
    def is_code(self) -> bool:
        return self.invitation is not None and not hasattr(self.invitation, "link")

    @property
    def meeting_id(self) -> str:
        """For the device's folder name ("code" before a code's meeting is known)."""
        if self.key is not None:
            return parse_invitation(self.key).meeting_id
        return str(getattr(self.invitation, "meeting_id", "code"))

    @property
    def title(self) -> str:
        return str(getattr(self.invitation, "title", ""))


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
    invitations = _module("invitations")
    if invitations is None:
        if address and ":" in text:
            parse_invitation(text)
            return JoinTarget(None, address, text)
        raise SyncError(_NOT_AN_INVITATION)
    parsed = invitations.parse_join_text(text)
    return JoinTarget(parsed, address or None)


def join(target: JoinTarget, folder: Path, device_name: str, clock: Clock) -> SyncedMeeting:
    """Join what ``target`` names; SyncError (used, expired, wrong code, unreachable …)."""
    if target.key is not None:
        return SyncedMeeting.join(target.address or "", target.key, folder, clock=clock)
    join_invitation = getattr(SyncedMeeting, "join_invitation", None)
    if join_invitation is None:
        raise SyncError(_MISSING)
    return join_invitation(  # type: ignore[no-any-return]
        target.invitation, folder, device_name, clock=clock, address=target.address
    )


# -- the meetings shared on this network ---------------------------------------------------------


def advertise(shared: SyncedMeeting) -> None:
    """Announce the hosted meeting on this network (its title and this computer's name, never
    its content) until it stops being hosted; a network that refuses is no reason not to share."""
    announce = getattr(shared, "advertise", None)
    if not callable(announce):
        return
    try:
        announce()
    except Exception:  # zeroconf's own errors too: the meeting is shared all the same
        log.exception("the meeting could not be announced on this network")


def lan_browser(on_change: Callable[[list[Any]], None]) -> Any | None:
    """A ``sync.discovery.Browser`` (not started) calling ``on_change`` from its own thread with
    ``SharedOnLan`` (title, host name, address, port); None when the floor has no discovery."""
    discovery = _module("discovery")
    if discovery is None:
        return None
    return discovery.Browser(on_change)


def lan_address(found: Any) -> str:
    """The address to join a meeting found on the network at."""
    host = str(found.address)
    if ":" in host and not host.startswith("["):
        host = f"[{host}]"
    return f"ws://{host}:{found.port}"
