"""Who comes into a shared meeting and who is here: invitations, the LAN announcement, presence.

:class:`Lobby` is the part of a :class:`.synced.SyncedMeeting` that deals with the devices rather
than the meeting: the host's tickets and its one-time invitations (link, code, QR; the
:class:`.invitations.InvitationDesk` that answers ``/invite``), the meeting announced on the LAN
(:mod:`.discovery`), and the sealed awareness state in which each device says who it is
(:mod:`.presence`), read back as :meth:`Lobby.devices`. The shared meeting holds one, hands it
what the network brings (awareness messages, redemptions) and delegates its own names to it
(``invite``, ``devices``, ``advertise``…): the windows keep calling the shared meeting.

:func:`admit` is the joining device's side of an invitation: the exchange with the host that
hands it the key (or, through a relay, the key the link carries). The invitation text that
:meth:`Lobby.invitation_text` writes (``meeting:key.host.ticket``) is read by
:func:`read_invitation`.

Everything here runs on the meeting's owner's thread, except :meth:`Lobby.answer_invitation`
(the server's thread: it only answers and queues).
"""

from __future__ import annotations

import contextlib
import json
import queue
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

from facilitation.models import Clock, SystemClock
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.sync.clock import SyncedClock
from facilitation.sync.errors import SealError, SyncError
from facilitation.sync.identity import (
    DeviceIdentity,
    b64,
    default_device_name,
    random_ticket,
    unb64,
)
from facilitation.sync.invitations import (
    DEFAULT_VALID_FOR,
    Invitation,
    InvitationDesk,
    JoinCode,
    Redeemed,
    ask,
    expired_error,
    read_answer,
)
from facilitation.sync.net import Cancel, Cancelled, Event, SyncServer, redeem, run_until_cancelled
from facilitation.sync.presence import DeviceInfo, Presence
from facilitation.sync.replica import Replica
from facilitation.sync.roles import Role
from facilitation.sync.sealing import MeetingKey
from facilitation.sync.store import UpdateStore


class Network(Protocol):
    """What the lobby needs of the shared meeting that holds it (its network side)."""

    @property
    def server(self) -> SyncServer | None: ...

    @property
    def url(self) -> str | None: ...

    @property
    def online(self) -> bool: ...

    def post(self, event: Event) -> None: ...

    def write_meta(self, url: str | None = None) -> None: ...


class Lobby:
    """The devices of one shared meeting, as one device sees them and, on the host, lets them in."""

    def __init__(
        self, replica: Replica, store: UpdateStore, clock: SyncedClock, network: Network
    ) -> None:
        self.replica = replica
        self.store = store
        self.clock = clock
        self.network = network
        #: called on the owner's thread (from the meeting's pump) when :meth:`devices` changes
        self.on_devices_changed: Callable[[], None] | None = None
        #: the host's invitation tickets: ticket -> (role, used once)
        self._tickets: dict[str, tuple[Role, bool]] = {}
        meta: dict[str, str] = {}
        with contextlib.suppress(SyncError):
            meta = store.read_meta()
        meta_name = meta.get("name", "")
        #: the name this device shows to the others
        self.device_name: str = meta_name or replica.identity.name or default_device_name()
        #: a link's token this device claims through a relay (the host grants on seeing it)
        self.claim: str = meta.get("claim", "")
        self._presence = Presence(replica.key, replica.doc.client_id, clock.base)
        self._devices_seen: list[tuple[object, ...]] = []
        self._desk: InvitationDesk | None = None
        self._redemptions: queue.SimpleQueue[Redeemed] = queue.SimpleQueue()
        self._advertiser: object | None = None
        self._published_offset: float | None = None
        self._devices_checked_at = float("-inf")

    # -- tickets (see "Roles" in docs/sync.md) ----------------------------------------------------

    def read_tickets(self, text: str) -> None:
        """The host's tickets as ``device.json`` keeps them (:meth:`tickets_json`)."""
        try:
            data = json.loads(text) if text else {}
            self._tickets = {t: (Role(v[0]), bool(v[1])) for t, v in data.items()}
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            self._tickets = {}

    def tickets_json(self) -> str:
        return json.dumps({t: [str(role), once] for t, (role, once) in self._tickets.items()})

    def invitation(self, role: Role = Role.NOTETAKER) -> str:
        """What a device needs to join: the meeting, its key, the host's public key and a ticket
        that makes the host grant ``role`` to the device that brings it (the same one each time
        for a role: "copy the invitation" serves the room). Invitations by link, code and QR
        build on :meth:`add_ticket`."""
        found = [t for t, (r, once) in self._tickets.items() if r is role and not once]
        return self.invitation_text(found[0] if found else self.add_ticket(role, once=False))

    def invitation_text(self, ticket: str) -> str:
        r = self.replica
        host = b64(r.host_public) if r.host_public else ""
        return f"{r.key.meeting_id}:{r.key.text()}.{host}.{ticket}"

    def add_ticket(self, role: Role, once: bool = True) -> str:
        """A ticket the host honours by granting ``role`` to the device whose hello carries it
        (once: the first such device only). Host only."""
        if self.replica.host_id != self.replica.author:
            raise SyncError(QT_TRANSLATE_NOOP("Sync", "only the meeting's host changes roles"))
        ticket = random_ticket()
        self._tickets[ticket] = (role, once)
        self.network.write_meta()
        return ticket

    def withdraw_ticket(self, ticket: str) -> None:
        if self._tickets.pop(ticket, None) is not None:
            self.network.write_meta()

    def answer_hellos(self) -> None:
        """The host grants what a hello's ticket asks for (once, for a ticket used once)."""
        for hello in self.replica.take_hellos():
            found = self._tickets.get(hello.ticket) if hello.ticket else None
            if found is None or hello.device is None:
                continue
            role, once = found
            if once:
                del self._tickets[hello.ticket]
                self.network.write_meta()
            try:
                self.replica.grant(hello.device, role)
            except SyncError:
                continue

    # -- the host's invitations (see docs/sync.md, "Inviting a device") ---------------------------

    def open_desk(self) -> InvitationDesk:
        if self._desk is None:
            self._desk = InvitationDesk(self.store.folder, self._grant_payload)
            self._desk.on_redeemed = self._queue_redeemed
        return self._desk

    def _grant_payload(self) -> dict[str, object]:
        return {
            "meeting": self.replica.key.meeting_id,
            "key": self.replica.key.text(),
            "title": self._title(),
            "host_name": self.device_name,
            "addresses": list(self._addresses()),
        }

    def answer_invitation(self, request: bytes) -> bytes:
        """On the server's thread: the desk answers; a redemption is queued for the owner."""
        desk = self._desk
        if desk is None:
            return b'{"v":1,"ok":false,"error":"unknown","left":0}'
        return desk.answer(request, self.clock.now())

    def _queue_redeemed(self, redeemed: Redeemed) -> None:
        self._redemptions.put(redeemed)
        self.network.post(("redeemed", b""))

    def redeemed(self) -> None:
        """On the owner's thread, after the server's thread queued a redemption."""
        # the device's hello carries the one-time ticket its invitation held (sealed to it): the
        # host's signed grant follows the hello; a redemption changes only the list
        drained = False
        while True:
            try:
                self._redemptions.get_nowait()
            except queue.Empty:
                break
            drained = True
        if drained:
            self._devices_changed()

    def _title(self) -> str:
        return str(self.replica.live.meeting.details.title or "")

    def _addresses(self) -> tuple[str, ...]:
        server = self.network.server
        if server is None:
            return ()
        if server.host in ("0.0.0.0", "", "::"):
            from facilitation.sync.discovery import _local_ipv4

            hosts = _local_ipv4()
        else:
            hosts = [server.host]
        return tuple(f"ws://{h}:{server.port}" for h in hosts)

    def invite(self, role: Role, valid_for: timedelta = DEFAULT_VALID_FOR) -> Invitation:
        """A one-time invitation for ``role`` (host only), valid for ``valid_for``: its link, code
        and QR code. The device that uses it first is granted ``role``; a second is refused."""
        if self.replica.my_role is not Role.HOST:
            raise SyncError(QT_TRANSLATE_NOOP("Sync", "only the host can invite a device"))
        if Role(role) is Role.HOST:
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "a meeting has one host: choose another role")
            )
        addresses = self._addresses()
        relays: tuple[str, ...] = ()
        url = self.network.url
        if not addresses and url is not None:
            parts = urlsplit(url)
            relays = (f"{parts.scheme}://{parts.netloc}",)
        if not addresses and not relays:
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "share the meeting on the network before inviting")
            )
        join = self.invitation_text(self.add_ticket(Role(role), once=True))
        token, expires = self.open_desk().issue(Role(role), valid_for, self.clock.now(), join)
        return Invitation(
            meeting_id=self.replica.key.meeting_id,
            title=self._title(),
            host_name=self.device_name,
            addresses=addresses,
            role=Role(role),
            token=token,
            expires=expires,
            key=join if relays else "",
            relays=relays,
        )

    # -- the LAN announcement ---------------------------------------------------------------------

    def advertise(self, interfaces: list[str] | None = None) -> None:
        """Announce the meeting on the LAN (title and this device's name only) while it is
        hosted; :meth:`stop_advertising` ends it. ``interfaces``: the addresses to announce on."""
        server = self.network.server
        if server is None:
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "share the meeting on the network before announcing it")
            )
        from facilitation.sync.discovery import Advertiser

        if self._advertiser is None:
            if interfaces is None and server.host not in ("0.0.0.0", "", "::"):
                interfaces = [server.host]
            advertiser = Advertiser(self._title(), self.device_name, server.port, interfaces)
            advertiser.start()
            self._advertiser = advertiser

    def announce_again(self) -> None:
        """The announcement says the meeting's title and this device's name as they are now."""
        advertiser = self._advertiser
        update = getattr(advertiser, "update", None)
        if callable(update):
            update(self._title(), self.device_name)

    def stop_advertising(self) -> None:
        advertiser, self._advertiser = self._advertiser, None
        stop = getattr(advertiser, "stop", None)
        if callable(stop):
            stop()

    # -- who is here ------------------------------------------------------------------------------

    def _presence_state(self) -> dict[str, object]:
        role = self.replica.my_role
        claim = {"claim": self.claim} if self.claim else {}
        return {
            **claim,
            "device": self.replica.identity.device_id,
            "name": self.device_name,
            "role": str(role) if role is not None else "",
            "host": role is Role.HOST,
            "offset": round(-self.clock.offset, 3) if self.clock.error is not None else None,
        }

    def presence(self) -> bytes:
        """The awareness message that says who this device is now (the meeting sends it)."""
        self._presence.rekey(self.replica.key)
        self._published_offset = self.clock.offset
        return self._presence.publish(self._presence_state())

    def presence_due(self, sampled: bool) -> bool:
        """Whether to publish again: a heartbeat, a newcomer, or the clock's offset moved once a
        round of samples is in (``sampled``)."""
        moved = self._published_offset != self.clock.offset
        return self._presence.due() or (moved and sampled)

    def farewell(self) -> bytes:
        """The awareness message that says this device leaves."""
        return self._presence.leave()

    def hear(self, data: bytes) -> None:
        """An awareness message from the server."""
        self._presence.rekey(self.replica.key)
        if self._presence.receive(data):
            self._claims()
            self._devices_changed()

    def _claims(self) -> None:
        """The host: grant the role of a link's token claimed through a relay (once, first come)."""
        desk = self._desk
        if desk is None and (self.store.folder / InvitationDesk.FILE).exists():
            desk = self.open_desk()
        if desk is None:
            return
        for heard, _ in self._presence.others():
            if not heard.claim or self.replica.role_of(heard.device_id) is not None:
                continue
            # through a relay the link's ticket grants the role (the hello); the claim spends
            # the link's token, once, first come
            if desk.claim(heard.claim, heard.device_id, self.clock.now()) is not None:
                self._devices_changed()

    def tick(self) -> None:
        """From every pump: a device going quiet is noticed within a second (not on every pump:
        they come often)."""
        now = self.clock.base.monotonic()
        if now - self._devices_checked_at >= 1.0:
            self._devices_checked_at = now
            self._devices_changed()

    def devices(self) -> list[DeviceInfo]:
        """Every device of the meeting this device knows of, itself first: name, role, online or
        not, last seen, clock offset. :attr:`on_devices_changed` says when it changes."""
        me = DeviceInfo(
            device_id=self.replica.identity.device_id,
            name=self.device_name,
            role=self.replica.my_role,
            online=self.network.online,
            last_seen=None,
            clock_offset=-self.clock.offset if self.clock.error is not None else None,
            is_self=True,
        )
        out = [me]
        for heard, online in self._presence.others():
            if heard.device_id == me.device_id:
                continue
            granted = self.replica.role_of(heard.device_id)
            out.append(
                DeviceInfo(
                    device_id=heard.device_id,
                    name=heard.name,
                    role=granted,
                    online=online,
                    last_seen=heard.seen,
                    clock_offset=heard.offset,
                    is_self=False,
                )
            )
        return out

    def host_reachable(self) -> bool | None:
        """For a device that joined: whether the host is heard from (None: not known yet)."""
        if self.network.server is not None:
            return True
        return self._presence.host_online()

    def _devices_changed(self) -> None:
        summary: list[tuple[object, ...]] = [
            (
                d.device_id,
                d.name,
                d.role,
                d.online,
                None if d.clock_offset is None else round(d.clock_offset, 1),
            )
            for d in self.devices()
        ]
        if summary == self._devices_seen:
            return
        self._devices_seen = summary
        if self.on_devices_changed is not None:
            self.on_devices_changed()


# -- joining --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Admission:
    """What a joining device got for its invitation: the grant (the meeting, the invitation text
    it joins with, its role, a claim), where to connect, and the keys the host was told of."""

    grant: dict[str, object]
    base: str
    device_id: str
    identity: DeviceIdentity


def admit(
    invitation: Invitation | JoinCode,
    folder: Path,
    device_name: str,
    clock: Clock | None = None,
    address: str | None = None,
    cancel: Cancel | None = None,
) -> Admission:
    """The exchange of :meth:`.synced.SyncedMeeting.join_invitation`: the host checks the link's
    invitation or the code (one-time, not expired) and hands this device the key, sealed to it.
    Blocks a few seconds at most, or until ``cancel`` is set (:class:`.net.Cancelled`).

    A code needs the host's ``address`` (``ws://host:port``, ``host:port``) unless one meeting
    only is shared on this LAN. SyncError: used, expired, wrong code, unreachable."""
    now = (clock or SystemClock()).now()
    if isinstance(invitation, Invitation):
        if invitation.expired(now):
            raise expired_error(invitation.expires)
        bases = list(invitation.addresses)
        mode, secret = "token", invitation.token
    else:
        bases = []
        mode, secret = "code", invitation.code
    if address:
        bases.insert(0, _base_url(address))
    if not bases and isinstance(invitation, JoinCode):
        from facilitation.sync.discovery import browse

        found = browse(3.0)
        if len(found) > 1:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "Sync", "several meetings are shared on this network: choose the one"
                )
            )
        bases = [f.url for f in found]
        if not bases:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "no meeting shared on this network was found: type the host's address",
                )
            )
    device_id, public, identity = _new_device(folder, device_name)
    asking = ask(mode, secret, device_id, device_name, public)
    unreachable: SyncError | None = None
    # the host's addresses are tried at once (one of a laptop's may lead nowhere): the request
    # goes to the first that answers, only (a second copy would find the token used)
    bases = _answering_first(bases, cancel=cancel)
    for base in bases:
        if cancel is not None and cancel.is_set():
            raise Cancelled
        try:
            answer = redeem(base, asking.request, cancel=cancel)
        except SyncError as exc:
            unreachable = exc
            continue
        grant = read_answer(asking, answer)
        return Admission(grant, base, device_id, identity)
    if isinstance(invitation, Invitation) and invitation.relays and invitation.key:
        # through a relay: the link carries the key (with the roles' ticket once they are in);
        # this device also claims the token in its sealed awareness state, and the host
        # grants the role when it sees the claim
        grant = {
            "meeting": invitation.meeting_id,
            "invitation": invitation.key,
            "role": str(invitation.role),
            "claim": invitation.token,
        }
        return Admission(grant, invitation.relays[0], device_id, identity)
    assert unreachable is not None
    raise unreachable


def _new_device(folder: Path, name: str) -> tuple[str, str, DeviceIdentity]:
    """The id, public signing key (url-safe base64) and identity this device joins with."""
    identity = DeviceIdentity.create(name)
    return identity.device_id, b64(identity.public), identity


def _answering_first(
    bases: list[str], timeout: float = 3.0, cancel: Cancel | None = None
) -> list[str]:
    """``bases`` with the first one whose port accepts a connection first (tried all at once)."""
    import asyncio

    async def probe(base: str) -> str:
        parts = urlsplit(base)
        port = parts.port or (443 if parts.scheme == "wss" else 80)
        _, writer = await asyncio.open_connection(parts.hostname, port)
        writer.close()
        return base

    async def first() -> str | None:
        tasks = [asyncio.ensure_future(probe(b)) for b in bases]
        try:
            for done in asyncio.as_completed(tasks, timeout=timeout):
                try:
                    return await done
                except (OSError, ValueError):
                    continue
        except TimeoutError:
            pass
        finally:
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
        return None

    if len(bases) < 2:
        return bases
    found = run_until_cancelled(first(), cancel)
    return bases if found is None else [found, *(b for b in bases if b != found)]


def _base_url(address: str) -> str:
    """``ws://host:port`` from what a user types: ``host:port``, ``ws://host:port/room``…"""
    text = address.strip()
    if "://" not in text:
        text = "ws://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("ws", "wss") or not parts.netloc:
        raise SyncError(QT_TRANSLATE_NOOP("Sync", "not a meeting address: {url}"), {"url": address})
    return f"{parts.scheme}://{parts.netloc}"


def parse_invitation(text: str) -> MeetingKey:
    """The key of an invitation made by :meth:`Lobby.invitation`."""
    return read_invitation(text)[0]


def read_invitation(text: str) -> tuple[MeetingKey, bytes | None, str]:
    """The key, the host's public key (None in a bare ``meeting:key``) and the ticket of an
    invitation made by :meth:`Lobby.invitation`."""
    meeting_id, sep, rest = text.strip().rpartition(":")
    if not sep or not meeting_id or not rest:
        raise SyncError(QT_TRANSLATE_NOOP("Sync", "this is not an invitation to a meeting"))
    key, _, tail = rest.partition(".")
    host_text, _, ticket = tail.partition(".")
    try:
        host = unb64(host_text) if host_text else None
    except ValueError as exc:
        raise SealError(
            QT_TRANSLATE_NOOP("Sync", "this is not an invitation to a meeting")
        ) from exc
    if host is not None and len(host) != 32:
        raise SealError(QT_TRANSLATE_NOOP("Sync", "this is not an invitation to a meeting"))
    return MeetingKey.from_text(key, meeting_id), host, ticket
