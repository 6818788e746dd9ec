"""A shared meeting on this device: the replica, its journal on disk, its connection, its status.

This is what the interface talks to (through its application context). Everything here runs on the
thread that owns the meeting (the interface's); the network threads only queue what they receive
and call :attr:`SyncedMeeting.wake` so that the owner calls :meth:`SyncedMeeting.pump` soon (the
interface turns ``wake`` into a queued signal; tests and the benchmarks call ``pump(timeout)``).

    shared = SyncedMeeting.share(meeting, folder)          # the facilitator's device
    url = shared.host("0.0.0.0", 8765)                     # listening from now on
    joined = SyncedMeeting.join(url, shared.invitation(), folder2)   # another device
    joined.apply(command)                                  # local change: sealed, journaled, sent
    shared.stop_hosting()                                  # nothing listens any more
"""

from __future__ import annotations

import contextlib
import os
import queue
import socket
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

from pycrdt import merge_updates
from websockets.exceptions import InvalidURI
from websockets.uri import parse_uri

from facilitation.models import Change, Clock, Command, LiveMeeting, Meeting, SystemClock
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.sync import protocol as p
from facilitation.sync.clock import SyncedClock
from facilitation.sync.errors import SyncError
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
from facilitation.sync.net import Connection, Event, SyncServer, redeem
from facilitation.sync.presence import AWARENESS, DeviceInfo, Presence
from facilitation.sync.replica import Replica, reach, state_vector
from facilitation.sync.roles import Role
from facilitation.sync.sealing import MeetingKey
from facilitation.sync.store import UpdateStore

#: samples taken of the server's clock after each connection
CLOCK_SAMPLES = 5


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the status line says: "Shared on …", "Connected", "Offline since 14:03 — 5 waiting"."""

    #: this device hosts the meeting (its server listens)
    hosting: bool
    #: the address others join (when hosting), else the address joined
    address: str | None
    connected: bool
    #: when the connection was lost (None while connected, or before the first connection)
    offline_since: datetime | None
    #: this device's changes the host or relay has not confirmed yet
    waiting: int
    #: this device's clock minus the server's, in seconds, and how sure (None: not measured)
    clock_offset: float
    clock_error: float | None
    #: entries skipped since the meeting was opened (do not open, second copies)
    rejected: int


class SyncedMeeting:
    """A meeting shared between devices, as one device holds it."""

    def __init__(self, replica: Replica, store: UpdateStore, clock: Clock | None = None) -> None:
        self.replica = replica
        self.store = store
        self.clock = SyncedClock(clock or SystemClock())
        #: called from any thread when :meth:`pump` has work; must only schedule it
        self.wake: Callable[[], None] | None = None
        #: called on the owner's thread after every change of :meth:`status`
        self.on_status: Callable[[SyncStatus], None] | None = None
        self._inbox: queue.SimpleQueue[Event] = queue.SimpleQueue()
        self._conn: Connection | None = None
        self._server: SyncServer | None = None
        self._url: str | None = None
        self._connected = False
        self._offline_since: datetime | None = None
        self._confirmed = 0
        self._own_clocks: list[int] = []
        self._time_asks: dict[bytes, float] = {}
        self._samples = 0
        replica.on_local_update = self._local_update
        self._init_invitations()

    # -- opening ------------------------------------------------------------------------------------

    @classmethod
    def share(
        cls,
        meeting: Meeting,
        folder: Path,
        key: MeetingKey | None = None,
        clock: Clock | None = None,
        live: LiveMeeting | None = None,
    ) -> SyncedMeeting:
        """Start sharing ``meeting`` from this device: a new key, the log's first entry.

        With ``live`` (the live meeting of ``meeting`` the windows and the autosave already listen
        to) that same object becomes the shared meeting: nobody has to subscribe again."""
        key = key or MeetingKey.generate(meeting.id)
        store = UpdateStore(folder)
        if store.load():
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "{folder} already holds a shared meeting"),
                {"folder": folder},
            )
        replica = Replica(key, live=live)
        shared = cls(replica, store, clock)
        replica.create(meeting)
        shared._write_meta("")
        shared._own_role = Role.HOST
        return shared

    @classmethod
    def join(
        cls, url: str, invitation: str, folder: Path, clock: Clock | None = None
    ) -> SyncedMeeting:
        """Join the meeting at ``url`` (a host or a relay) with an invitation from the host.

        The meeting arrives with the first sync: wait for ``ready`` (``on_rebuilt`` is called)."""
        key = parse_invitation(invitation)
        store = UpdateStore(folder)
        if store.load():
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "{folder} already holds a shared meeting: reopen it"),
                {"folder": folder},
            )
        joined = cls(Replica(key), store, clock)
        joined._write_meta(url)
        joined.connect(url)
        return joined

    @classmethod
    def reopen(cls, folder: Path, clock: Clock | None = None) -> SyncedMeeting:
        """Open again a meeting this device held (after a crash, a restart): it catches up."""
        store = UpdateStore(folder)
        meta = store.read_meta()
        key = MeetingKey.from_text(meta["key"], meta["meeting"])
        replica = Replica(key, author=meta["author"])
        stored = store.load()
        if stored:
            try:
                merged = merge_updates(*stored)
            except Exception as exc:
                raise SyncError(
                    QT_TRANSLATE_NOOP("Sync", "the shared meeting stored in {folder} is damaged"),
                    {"folder": folder},
                ) from exc
            replica.receive(merged)
        reopened = cls(replica, store, clock)
        if meta.get("url"):
            reopened.connect(meta["url"])
        return reopened

    def _write_meta(self, url: str) -> None:
        r = self.replica
        self.store.write_meta(
            {"key": r.key.text(), "meeting": r.key.meeting_id, "author": r.author, "url": url}
        )

    def invitation(self) -> str:
        """What a device needs to join (the next issue wraps it in codes and QR): meeting and key."""
        return f"{self.replica.key.meeting_id}:{self.replica.key.text()}"

    # -- the meeting ----------------------------------------------------------------------------------

    @property
    def live(self) -> LiveMeeting:
        """The live meeting (its listeners see every change, remote ones with initiator REMOTE)."""
        return self.replica.live

    @property
    def ready(self) -> bool:
        return self.replica.ready

    def apply(self, command: Command, initiator: object | None = None) -> Change:
        """The one door of a shared meeting. CommandError: refused, nothing changed or sent."""
        return self.replica.apply(command, initiator)

    def undo(self, initiator: object | None = None) -> Change | None:
        """Take back this device's last change (CommandError if another device changed it since)."""
        return self.replica.undo(initiator)

    @property
    def can_undo(self) -> bool:
        return self.replica.can_undo

    # -- hosting and joining --------------------------------------------------------------------------

    def host(self, address: str = "127.0.0.1", port: int = 0) -> str:
        """Listen on ``address``:``port`` (0: any free port); return the address to join.

        The server keeps its own journal beside this device's; this device is its first client."""
        if self._server is not None:
            return self._room_url(self._server.url)
        self._open_desk()
        server = SyncServer(
            address,
            port,
            self.store.folder / "host",
            rooms={self.replica.key.room()},
            invitations=self._answer_invitation,
        )
        base = server.start()
        self._server = server
        self.connect(self._room_url(f"ws://127.0.0.1:{server.port}"), remember=False)
        self._emit_status()
        return self._room_url(base)

    def stop_hosting(self) -> None:
        """Stop listening and drop every connection ("Stop sharing", or the window closes)."""
        if self._server is None:
            return
        self.stop_advertising()
        self.disconnect()
        self._server.stop()
        self._server = None
        self._emit_status()

    def _room_url(self, base: str) -> str:
        return f"{base.rstrip('/')}/{self.replica.key.room()}"

    def connect(self, url: str, remember: bool = True) -> None:
        """Connect to a host or relay (``ws://host:port`` or that with the room) and stay synced."""
        if not url.startswith(("ws://", "wss://")):
            raise SyncError(QT_TRANSLATE_NOOP("Sync", "not a meeting address: {url}"), {"url": url})
        try:  # a port out of range or a broken IPv6 address would end the connection's thread
            parse_uri(url)
        except (ValueError, InvalidURI) as exc:
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "not a meeting address: {url}"), {"url": url}
            ) from exc
        if url.rstrip("/").rsplit("/", 1)[-1] != self.replica.key.room():
            url = self._room_url(url)
        self.disconnect()
        self._url = url
        if remember:
            self._write_meta(url)
        self._conn = Connection(url, self._queue)
        self._conn.start()

    def disconnect(self) -> None:
        if self._conn is not None:
            self._conn.stop()
            self._conn = None
            self._drain()
            self._set_connected(False)

    def set_online(self, online: bool) -> None:
        """Cut or restore the network (a laptop's Wi-Fi lost; tests and the benchmarks use it)."""
        if self._conn is not None:
            self._conn.set_online(online)

    def close(self) -> None:
        self._leave()
        self.stop_hosting()
        self.disconnect()
        self.store.close()
        self.replica.close()

    # -- the owner's side of the network --------------------------------------------------------------

    def _queue(self, event: Event) -> None:
        self._inbox.put(event)
        if self.wake is not None:
            self.wake()

    def pump(self, timeout: float = 0.0) -> int:
        """Handle what arrived (waiting up to ``timeout`` s for the first of it); return how much."""
        handled = 0
        try:
            event = self._inbox.get(timeout=timeout) if timeout > 0 else self._inbox.get_nowait()
        except queue.Empty:
            self._presence_tick()
            self.store.tick()
            return 0
        while True:
            self._handle(event)
            handled += 1
            try:
                event = self._inbox.get_nowait()
            except queue.Empty:
                break
        if self.store.due():
            self.store.compact(self.replica.doc.get_update())
        self._presence_tick()
        self.store.tick()
        return handled

    def _drain(self) -> None:
        while True:
            try:
                self._inbox.get_nowait()
            except queue.Empty:
                return

    def _handle(self, event: Event) -> None:
        kind, data = event
        if kind == "open":
            self._set_connected(True)
            self._send(p.create_sync_step1_message(self.replica.doc.get_state()))
            self._ask_time()
            self._publish_presence()
        elif kind == "closed":
            self._set_connected(False)
        elif data[:1] == bytes([p.TIME_ANSWER]):
            self._time_answer(data)
        elif data[:1] == bytes([AWARENESS]):
            self._awareness(data)
        elif kind == "redeemed":
            self._redeemed()
        else:
            self._message(data)

    def _message(self, data: bytes) -> None:
        parsed = p.parse(data)
        if parsed is None:
            return  # awareness (the next issue), or garbage
        _, sync_type, payload = parsed
        doc = self.replica.doc
        if sync_type == p.YSyncMessageType.SYNC_STEP1:
            try:
                self._confirm(state_vector(payload))
                self._send(p.create_sync_step2_message(doc.get_update(payload)))
            except Exception:
                return  # not a state vector
            return
        before = doc.get_state()
        length = len(self.replica.log_array)
        if not self.replica.receive(payload):
            return
        if doc.get_state() != before or len(self.replica.log_array) != length:
            self.store.append(payload)
        if self._own_clocks:
            me = self.replica.doc.client_id
            try:
                got = reach(payload, me, self._confirmed, self._own_clocks[-1])
            except Exception:
                return
            self._confirm({me: got})

    def _confirm(self, seen: dict[int, int]) -> None:
        got = seen.get(self.replica.doc.client_id, 0)
        if got > self._confirmed:
            self._confirmed = got
            self._emit_status()

    def _local_update(self, update: bytes) -> None:
        # on disk before it leaves: a device killed now finds it in its journal
        self.store.append(update)
        self._own_clocks.append(self.replica.own_clock())
        self._send(p.create_update_message(update))
        if not self._connected:
            self._emit_status()

    def _send(self, data: bytes) -> None:
        if self._conn is not None:
            self._conn.send(data)

    def _set_connected(self, connected: bool) -> None:
        if connected == self._connected:
            return
        self._connected = connected
        if connected:
            self._offline_since = None
        else:
            self._offline_since = self.clock.now()
        self._emit_status()

    # -- time -------------------------------------------------------------------------------------------

    def _ask_time(self) -> None:
        token = os.urandom(8)
        self._time_asks[token] = self.clock.wall()
        self._send(p.time_ask(token))

    def _time_answer(self, data: bytes) -> None:
        answer = p.read_time_answer(data)
        if answer is None:
            return
        token, server = answer
        t0 = self._time_asks.pop(token, None)
        if t0 is None:
            return
        self.clock.sample(t0, server, self.clock.wall())
        self._samples += 1
        if self._samples % CLOCK_SAMPLES:
            self._ask_time()

    # -- status -----------------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        waiting = sum(1 for c in self._own_clocks if c > self._confirmed)
        if self._own_clocks and not waiting:
            self._own_clocks.clear()
        address = None
        if self._server is not None:
            address = self._room_url(self._server.url)
        elif self._url is not None:
            address = self._url
        return SyncStatus(
            hosting=self._server is not None,
            address=address,
            connected=self._connected,
            offline_since=self._offline_since,
            waiting=waiting,
            clock_offset=-self.clock.offset,
            clock_error=self.clock.error,
            rejected=len(self.replica.rejected),
        )

    def _emit_status(self) -> None:
        if self.on_status is not None:
            self.on_status(self.status())

    @property
    def server(self) -> SyncServer | None:
        return self._server

    # -- invitations, discovery and who is here (see docs/sync.md, "Inviting a device") ----------

    def _init_invitations(self) -> None:
        #: called on the owner's thread (from :meth:`pump`) when :meth:`devices` changes
        self.on_devices_changed: Callable[[], None] | None = None
        meta: dict[str, str] = {}
        with contextlib.suppress(SyncError):
            meta = self.store.read_meta()
        meta_name = meta.get("name", "")
        #: the name this device shows to the others
        self.device_name: str = meta_name or socket.gethostname() or "?"
        #: this device's role until the signed grants say it (the host: HOST; a device: its grant)
        self._own_role: Role | None = None
        with contextlib.suppress(ValueError):
            self._own_role = Role(meta.get("role", ""))
        #: a link's token this device claims through a relay (the host grants on seeing it)
        self._claim: str = meta.get("claim", "")
        self._presence = Presence(self.replica.key, self.replica.doc.client_id, self.clock.base)
        self._devices_seen: list[tuple[object, ...]] = []
        self._desk: InvitationDesk | None = None
        self._redemptions: queue.SimpleQueue[Redeemed] = queue.SimpleQueue()
        #: the grants this device made while the signed grants are not in (device id -> role)
        self.granted: dict[str, Role] = {}
        self._advertiser: object | None = None
        self._published_offset: float | None = None
        self._devices_checked_at = float("-inf")

    # the adapters to the roles' part: its names once they exist, this device's own record until
    def _device_id(self) -> str:
        identity = getattr(self, "identity", None)
        return str(getattr(identity, "device_id", "") or self.replica.author)

    def _my_role(self) -> Role | None:
        if "my_role" in dir(type(self)):
            role: Role | None = getattr(self, "my_role", None)
            return role
        if self._own_role is None and (self.store.folder / InvitationDesk.FILE).exists():
            self._own_role = Role.HOST
        return self._own_role

    def _role_of(self, device_id: str) -> Role | None:
        role_of = getattr(self, "role_of", None)
        if callable(role_of):
            return role_of(device_id)  # type: ignore[no-any-return]
        return self.granted.get(device_id)

    def _grant(self, device_id: str, role: Role) -> None:
        # with the roles' tickets, the device's hello carries the one-time ticket this invitation
        # sealed to it, and the host grants it then (signed); until then, the host's own record
        if not callable(getattr(self, "add_ticket", None)):
            self.granted[device_id] = role
        self._devices_changed()

    def _join_text(self, role: Role) -> str:
        """What an invited device joins with: the roles' invitation with a one-time ticket for
        ``role`` once they are in, else the meeting and its key."""
        add_ticket = getattr(self, "add_ticket", None)
        invitation_text = getattr(self, "invitation_text", None)
        if callable(add_ticket) and callable(invitation_text):
            return str(invitation_text(add_ticket(role, once=True)))
        return f"{self.replica.key.meeting_id}:{self.replica.key.text()}"

    # the host's side

    def _open_desk(self) -> InvitationDesk:
        if self._desk is None:
            self._desk = InvitationDesk(self.store.folder, self._grant_payload)
            self._desk.on_redeemed = self._queue_redeemed
            self._own_role = self._own_role or Role.HOST
        return self._desk

    def _grant_payload(self) -> dict[str, object]:
        return {
            "meeting": self.replica.key.meeting_id,
            "key": self.replica.key.text(),
            "title": self._title(),
            "host_name": self.device_name,
            "addresses": list(self._addresses()),
        }

    def _answer_invitation(self, request: bytes) -> bytes:
        """On the server's thread: the desk answers; a redemption is queued for the owner."""
        desk = self._desk
        if desk is None:
            return b'{"v":1,"ok":false,"error":"unknown","left":0}'
        return desk.answer(request, self.clock.now())

    def _queue_redeemed(self, redeemed: Redeemed) -> None:
        self._redemptions.put(redeemed)
        self._queue(("redeemed", b""))

    def _redeemed(self) -> None:
        while True:
            try:
                r = self._redemptions.get_nowait()
            except queue.Empty:
                return
            self._grant(r.device_id, r.role)

    def _title(self) -> str:
        return str(self.live.meeting.details.title or "")

    def _addresses(self) -> tuple[str, ...]:
        server = self._server
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
        if self._my_role() is not Role.HOST:
            raise SyncError(QT_TRANSLATE_NOOP("Sync", "only the host can invite a device"))
        if Role(role) is Role.HOST:
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "a meeting has one host: choose another role")
            )
        addresses = self._addresses()
        relays: tuple[str, ...] = ()
        if not addresses and self._url is not None:
            parts = urlsplit(self._url)
            relays = (f"{parts.scheme}://{parts.netloc}",)
        if not addresses and not relays:
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "share the meeting on the network before inviting")
            )
        join = self._join_text(Role(role))
        token, expires = self._open_desk().issue(Role(role), valid_for, self.clock.now(), join)
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

    def advertise(self, interfaces: list[str] | None = None) -> None:
        """Announce the meeting on the LAN (title and this device's name only) while it is
        hosted; :meth:`stop_hosting` ends it. ``interfaces``: the addresses to announce on."""
        if self._server is None:
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "share the meeting on the network before announcing it")
            )
        from facilitation.sync.discovery import Advertiser

        if self._advertiser is None:
            if interfaces is None and self._server.host not in ("0.0.0.0", "", "::"):
                interfaces = [self._server.host]
            advertiser = Advertiser(self._title(), self.device_name, self._server.port, interfaces)
            advertiser.start()
            self._advertiser = advertiser

    def stop_advertising(self) -> None:
        advertiser, self._advertiser = self._advertiser, None
        stop = getattr(advertiser, "stop", None)
        if callable(stop):
            stop()

    # joining

    @classmethod
    def join_invitation(
        cls,
        invitation: Invitation | JoinCode,
        folder: Path,
        device_name: str,
        clock: Clock | None = None,
        address: str | None = None,
    ) -> SyncedMeeting:
        """Join with a link's invitation or a code: the host checks it (one-time, not expired)
        and hands this device the key, sealed to it. Blocks a few seconds at most.

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
        bases = _answering_first(bases)
        for base in bases:
            try:
                answer = redeem(base, asking.request)
            except SyncError as exc:
                unreachable = exc
                continue
            grant = read_answer(asking, answer)
            return cls._joined(grant, base, folder, (device_id, identity), device_name, clock)
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
            return cls._joined(
                grant, invitation.relays[0], folder, (device_id, identity), device_name, clock
            )
        assert unreachable is not None
        raise unreachable

    @classmethod
    def _joined(
        cls,
        grant: dict[str, object],
        base: str,
        folder: Path,
        device: tuple[str, object | None],
        device_name: str,
        clock: Clock | None,
    ) -> SyncedMeeting:
        import inspect

        device_id, identity = device
        text = str(grant.get("invitation") or f"{grant['meeting']}:{grant['key']}")
        accepts = inspect.signature(cls.join).parameters
        extra: dict[str, object] = {}
        if identity is not None and "identity" in accepts:
            extra["identity"] = identity  # the one whose id the host was given
        if "device_name" in accepts:
            extra["device_name"] = device_name
        joined = cls.join(base, text, folder, clock, **extra)
        if getattr(joined, "identity", None) is None:
            # before it writes anything: the id the host granted
            joined.replica.author = device_id
        joined.device_name = device_name
        joined._own_role = Role(str(grant["role"]))
        joined._claim = str(grant.get("claim", ""))
        meta = joined.store.read_meta()
        meta.update(
            author=device_id, name=device_name, role=str(grant["role"]), claim=joined._claim
        )
        joined.store.write_meta(meta)
        joined._publish_presence()
        return joined

    # who is here

    def _presence_state(self) -> dict[str, object]:
        role = self._my_role()
        claim = {"claim": self._claim} if self._claim else {}
        return {
            **claim,
            "device": self._device_id(),
            "name": self.device_name,
            "role": str(role) if role is not None else "",
            "host": role is Role.HOST,
            "offset": round(-self.clock.offset, 3) if self.clock.error is not None else None,
        }

    def _publish_presence(self) -> None:
        if self._conn is None:
            return
        self._presence.rekey(self.replica.key)
        self._published_offset = self.clock.offset
        self._send(self._presence.publish(self._presence_state()))

    def _awareness(self, data: bytes) -> None:
        self._presence.rekey(self.replica.key)
        if self._presence.receive(data):
            self._claims()
            self._devices_changed()

    def _claims(self) -> None:
        """The host: grant the role of a link's token claimed through a relay (once, first come)."""
        desk = self._desk
        if desk is None and (self.store.folder / InvitationDesk.FILE).exists():
            desk = self._open_desk()
        if desk is None:
            return
        for heard, _ in self._presence.others():
            if not heard.claim or self._role_of(heard.device_id) is not None:
                continue
            role = desk.claim(heard.claim, heard.device_id, self.clock.now())
            if role is not None:
                self._grant(heard.device_id, role)

    def _presence_tick(self) -> None:
        if self._conn is not None and self._connected:
            moved = self._published_offset != self.clock.offset
            if self._presence.due() or (moved and self._samples % CLOCK_SAMPLES == 0):
                self._publish_presence()
        # a device going quiet is noticed within a second (not on every pump: they come often)
        now = self.clock.base.monotonic()
        if now - self._devices_checked_at >= 1.0:
            self._devices_checked_at = now
            self._devices_changed()

    def _leave(self) -> None:
        if self._conn is not None and self._connected:
            self._send(self._presence.leave())

    def devices(self) -> list[DeviceInfo]:
        """Every device of the meeting this device knows of, itself first: name, role, online or
        not, last seen, clock offset. :attr:`on_devices_changed` says when it changes."""
        me = DeviceInfo(
            device_id=self._device_id(),
            name=self.device_name,
            role=self._my_role(),
            online=self._connected or self._server is not None,
            last_seen=None,
            clock_offset=-self.clock.offset if self.clock.error is not None else None,
            is_self=True,
        )
        out = [me]
        for heard, online in self._presence.others():
            if heard.device_id == me.device_id:
                continue
            granted = self._role_of(heard.device_id)
            if granted is None and not callable(getattr(self, "role_of", None)):
                # until the signed grants: the host's own record decides; a device shows what
                # the others say of themselves
                granted = None if me.role is Role.HOST else heard.role
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
        if self._server is not None:
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


def _new_device(folder: Path, name: str) -> tuple[str, str, object | None]:
    """The id (and public signing key, url-safe base64) this device joins with. With the roles'
    device identity, a new one saved in ``folder`` (the join finds it there); until then, a random
    author id."""
    import base64
    import importlib

    try:
        identity_module = importlib.import_module("facilitation.sync.identity")
    except ImportError:
        return os.urandom(8).hex(), "", None  # a random author id, as the replica makes one
    identity = identity_module.DeviceIdentity.create(name)
    public = base64.urlsafe_b64encode(identity.public).decode("ascii").rstrip("=")
    return str(identity.device_id), public, identity


def _answering_first(bases: list[str], timeout: float = 3.0) -> list[str]:
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
    found = asyncio.run(first())
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
    """The key of an invitation made by :meth:`SyncedMeeting.invitation`."""
    meeting_id, sep, key = text.strip().rpartition(":")
    if not sep or not meeting_id or not key:
        raise SyncError(QT_TRANSLATE_NOOP("Sync", "this is not an invitation to a meeting"))
    return MeetingKey.from_text(key, meeting_id)
