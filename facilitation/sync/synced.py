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
import json
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
from facilitation.storage.atomic import write_atomic
from facilitation.storage.errors import StorageError
from facilitation.sync import protocol as p
from facilitation.sync.clock import SyncedClock
from facilitation.sync.errors import SealError, SyncError
from facilitation.sync.identity import DeviceIdentity, b64, random_ticket, unb64
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
    #: this device's changes the host or relay has not confirmed yet (from the server's state
    #: vectors and echoes, kept in the device's journal: true after a restart too)
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
        self._meta_url = ""
        self._meta_host: bytes | None = None
        self._checked_written = 0
        self._server: SyncServer | None = None
        self._url: str | None = None
        self._connected = False
        self._offline_since: datetime | None = None
        #: this device's Yjs client ids, this run's last (a reopened device has a new one)
        self._mine = [replica.doc.client_id]
        #: how far the server has confirmed the items of each of them (kept in the journal)
        self._confirmed: dict[int, int] = dict(store.confirmed)
        # what device.json says besides the key (see _write_meta)
        self._meta_url = ""
        self._meta_title = ""
        self._listen = ""
        self._file = ""
        self._time_asks: dict[bytes, float] = {}
        self._samples = 0
        replica.on_local_update = self._local_update
        # -- roles (see "Roles" in docs/sync.md) --
        #: this device's keys for this meeting
        self.identity: DeviceIdentity = replica.identity
        #: the host's invitation tickets: ticket -> (role, used once)
        self._tickets: dict[str, tuple[Role, bool]] = {}
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
        identity: DeviceIdentity | None = None,
        device_name: str = "",
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
        identity = identity or DeviceIdentity.create(device_name or default_device_name())
        identity.save(store.folder)
        replica = Replica(key, identity, live=live)
        shared = cls(replica, store, clock)
        replica.create(meeting)
        shared._write_meta("")
        return shared

    @classmethod
    def join(
        cls,
        url: str,
        invitation: str,
        folder: Path,
        clock: Clock | None = None,
        identity: DeviceIdentity | None = None,
        device_name: str = "",
    ) -> SyncedMeeting:
        """Join the meeting at ``url`` (a host or a relay) with an invitation from the host.

        The meeting arrives with the first sync: wait for ``ready`` (``on_rebuilt`` is called).
        The device then writes its hello; its role comes with the host's grant
        (``on_roles_changed``, ``my_role``)."""
        key, host, ticket = read_invitation(invitation)
        store = UpdateStore(folder)
        if store.load():
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "{folder} already holds a shared meeting: reopen it"),
                {"folder": folder},
            )
        identity = identity or DeviceIdentity.create(device_name or default_device_name())
        identity.save(store.folder)
        joined = cls(Replica(key, identity, host=host, ticket=ticket), store, clock)
        joined._write_meta(url)
        joined.connect(url)
        return joined

    @classmethod
    def reopen(cls, folder: Path, clock: Clock | None = None) -> SyncedMeeting:
        """Open again a meeting this device held (after a crash, a restart): it catches up."""
        store = UpdateStore(folder)
        meta = store.read_meta()
        key = MeetingKey.from_text(meta["key"], meta["meeting"])
        identity = DeviceIdentity.load(store.folder)
        try:
            host = unb64(meta["host"]) if meta.get("host") else None
        except ValueError as exc:
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "the shared meeting stored in {folder} is damaged"),
                {"folder": folder},
            ) from exc
        replica = Replica(
            key, identity, host=host, ticket=meta.get("ticket", ""), checked=_read_checked(store)
        )
        stored = store.load()
        served = store.folder / "host" / key.room()
        if stored and served.is_dir():
            # a host killed: what its server confirmed to the others is in the server's journal
            # even when its own device had not taken it in yet
            stored += UpdateStore(served).load()
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
        reopened._read_tickets(meta.get("tickets", ""))
        past = [int(c) for c in meta.get("clients", "").split(",") if c.isdigit()]
        reopened._mine = [*dict.fromkeys(past), replica.doc.client_id]
        reopened._listen = meta.get("listen", "")
        reopened._file = meta.get("file", "")
        reopened._write_meta(meta.get("url", ""))
        if meta.get("url"):
            reopened.connect(meta["url"])
        return reopened

    def _write_meta(self, url: str | None = None) -> None:
        """``device.json``: what reopening needs (key, ids, where to connect or listen, the host's
        key, this device's ticket and the host's tickets) and the meeting's title for the list of
        shared meetings; never any of its content."""
        r = self.replica
        if url is not None:
            self._meta_url = url
        self._meta_host = r.host_public
        self._meta_title = r.live.meeting.details.title if r.ready else ""
        tickets = {t: [str(role), once] for t, (role, once) in self._tickets.items()}
        self.store.write_meta(
            {
                "key": r.key.text(),
                "meeting": r.key.meeting_id,
                "author": r.author,
                "url": self._meta_url,
                "host": b64(r.host_public) if r.host_public else "",
                "ticket": r.ticket,
                "tickets": json.dumps(tickets),
                "clients": ",".join(str(c) for c in self._mine),
                "title": self._meta_title,
                "listen": self._listen,
                "file": self._file,
                "name": self.device_name,
                "claim": self._claim,
            }
        )

    @property
    def listen(self) -> tuple[str, int] | None:
        """Where this device last hosted the meeting (address, port): a reopened host listens
        there again, so the other devices find it at the address they have."""
        address, sep, port = self._listen.rpartition(":")
        return (address, int(port)) if sep and port.isdigit() else None

    @property
    def file(self) -> Path | None:
        """The meeting's own file on this device (the host's), if it told: see :meth:`keep_file`."""
        return Path(self._file) if self._file else None

    def keep_file(self, path: Path | None) -> None:
        """Remember the meeting's file on this device (for reopening); only its path is kept."""
        self._file = str(path) if path is not None else ""
        self._write_meta()

    def _read_tickets(self, text: str) -> None:
        try:
            data = json.loads(text) if text else {}
            self._tickets = {t: (Role(v[0]), bool(v[1])) for t, v in data.items()}
        except (ValueError, TypeError, KeyError, IndexError, AttributeError):
            self._tickets = {}

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
        self._write_meta()
        return ticket

    def withdraw_ticket(self, ticket: str) -> None:
        if self._tickets.pop(ticket, None) is not None:
            self._write_meta()

    # -- roles ------------------------------------------------------------------------------------

    @property
    def my_role(self) -> Role | None:
        """This device's role now (None until the host's grant has arrived, or once revoked)."""
        return self.replica.my_role

    def role_of(self, device_id: str) -> Role | None:
        return self.replica.role_of(device_id)

    def set_role(self, device_id: str, role: Role) -> None:
        """Host only: ``device_id`` (known by its hello or an earlier grant) holds ``role`` from
        this point of the log on, on every device."""
        self.replica.set_role(device_id, role)

    def revoke(self, device_id: str) -> None:
        """Host only: the device's role is taken away and the meeting key rotated (it reads
        nothing written from now on); on the LAN host, its connection is closed too."""
        self.replica.revoke(device_id)
        # the ticket it came with is no longer honoured: it could come back under new keys
        for ticket in self.replica.tickets_of(device_id):
            self.withdraw_ticket(ticket)
        if self._server is not None:
            self._server.close_device(device_id)

    @property
    def on_roles_changed(self) -> Callable[[], None] | None:
        return self.replica.on_roles_changed

    @on_roles_changed.setter
    def on_roles_changed(self, callback: Callable[[], None] | None) -> None:
        self.replica.on_roles_changed = callback

    def _write_checked(self) -> None:
        """The digests of the records whose signatures held here, for the next reopen."""
        checked = self.replica.checked
        if len(checked) == self._checked_written:
            return
        try:
            write_atomic(self.store.folder / CHECKED_FILE, b"".join(sorted(checked)))
        except StorageError:  # only a cost: the next reopen checks them again
            return
        self._checked_written = len(checked)

    def _roles_work(self) -> None:
        if self.replica.hellos:
            self._answer_hellos()
        if self.replica.host_public is not None and self._meta_host != self.replica.host_public:
            self._write_meta()  # the host's key, trusted on first use, is pinned from now on

    def _answer_hellos(self) -> None:
        """The host grants what a hello's ticket asks for (once, for a ticket used once)."""
        for hello in self.replica.take_hellos():
            found = self._tickets.get(hello.ticket) if hello.ticket else None
            if found is None or hello.device is None:
                continue
            role, once = found
            if once:
                del self._tickets[hello.ticket]
                self._write_meta()
            try:
                self.replica.grant(hello.device, role)
            except SyncError:
                continue

    # -- the meeting ----------------------------------------------------------------------------------

    @property
    def live(self) -> LiveMeeting:
        """The live meeting (its listeners see every change, remote ones with initiator REMOTE)."""
        return self.replica.live

    @property
    def ready(self) -> bool:
        """The meeting is here and this device has its role (the host's grant has come): the
        windows can open on it."""
        return self.replica.ready and self.replica.my_role is not None

    @property
    def arrived(self) -> bool:
        """The meeting is here (readable), granted or not yet."""
        return self.replica.ready

    def apply(self, command: Command, initiator: object | None = None) -> Change:
        """The one door of a shared meeting. CommandError: refused, nothing changed or sent."""
        return self.replica.apply(command, initiator)

    def undo(self, initiator: object | None = None) -> Change | None:
        """Take back this device's last change (CommandError if another device changed it since)."""
        return self.replica.undo(initiator)

    def redo(self, initiator: object | None = None) -> Change | None:
        """Take back this device's last undo (CommandError if another device changed it since)."""
        return self.replica.redo(initiator)

    @property
    def can_undo(self) -> bool:
        return self.replica.can_undo

    @property
    def can_redo(self) -> bool:
        return self.replica.can_redo

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
        self._listen = f"{address}:{server.port}"
        self._write_meta()
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
        self._conn = Connection(f"{url}?device={self.replica.author}", self._queue)
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
        self._write_checked()
        if self.replica.ready and self.live.meeting.details.title != self._meta_title:
            self._write_meta()
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
            self._roles_work()
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
        self._roles_work()
        if self.store.due():
            self.store.compact(self.replica.doc.get_update())
            self._write_checked()
        self._presence_tick()
        self.store.tick()
        if self.replica.ready and self.live.meeting.details.title != self._meta_title:
            self._write_meta()  # the meeting arrived, or its title changed: the list shows it
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
        # an echo of this device's own changes: how far the server has them now
        ahead = self._unconfirmed()
        if ahead:
            seen: dict[int, int] = {}
            for client, (known, limit) in ahead.items():
                try:
                    seen[client] = reach(payload, client, known, limit)
                except Exception:
                    return
            self._confirm(seen)

    def _unconfirmed(self) -> dict[int, tuple[int, int]]:
        """This device's clients whose items the server lacks: client -> (confirmed, written)."""
        have = state_vector(self.replica.doc.get_state())
        out = {}
        for client in self._mine:
            written, known = have.get(client, 0), self._confirmed.get(client, 0)
            if written > known:
                out[client] = (known, written)
        return out

    def _confirm(self, seen: dict[int, int]) -> None:
        moved = {c: n for c in self._mine if (n := seen.get(c, 0)) > self._confirmed.get(c, 0)}
        if moved:
            self._confirmed.update(moved)
            self.store.confirm(moved)
            self._emit_status()

    def _local_update(self, update: bytes) -> None:
        # on disk before it leaves: a device killed now finds it in its journal
        self.store.append(update)
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
        # this device's changes (log items) the server has not confirmed, this run's and those
        # of the runs before (a device killed offline and reopened still counts them)
        waiting = sum(written - known for known, written in self._unconfirmed().values())
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
        self.device_name: str = meta_name or self.identity.name or socket.gethostname() or "?"
        #: a link's token this device claims through a relay (the host grants on seeing it)
        self._claim: str = meta.get("claim", "")
        self._presence = Presence(self.replica.key, self.replica.doc.client_id, self.clock.base)
        self._devices_seen: list[tuple[object, ...]] = []
        self._desk: InvitationDesk | None = None
        self._redemptions: queue.SimpleQueue[Redeemed] = queue.SimpleQueue()
        self._advertiser: object | None = None
        self._published_offset: float | None = None
        self._devices_checked_at = float("-inf")

    # the host's side

    def _open_desk(self) -> InvitationDesk:
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
        if self.my_role is not Role.HOST:
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
        join = self.invitation_text(self.add_ticket(Role(role), once=True))
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
        device: tuple[str, DeviceIdentity],
        device_name: str,
        clock: Clock | None,
    ) -> SyncedMeeting:
        device_id, identity = device
        text = str(grant.get("invitation") or f"{grant['meeting']}:{grant['key']}")
        # the identity whose id the host was given in the exchange
        joined = cls.join(base, text, folder, clock, identity=identity, device_name=device_name)
        joined.device_name = device_name
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
        role = self.my_role
        claim = {"claim": self._claim} if self._claim else {}
        return {
            **claim,
            "device": self.identity.device_id,
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
            if not heard.claim or self.role_of(heard.device_id) is not None:
                continue
            # through a relay the link's ticket grants the role (the hello); the claim spends
            # the link's token, once, first come
            if desk.claim(heard.claim, heard.device_id, self.clock.now()) is not None:
                self._devices_changed()

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
            device_id=self.identity.device_id,
            name=self.device_name,
            role=self.my_role,
            online=self._connected or self._server is not None,
            last_seen=None,
            clock_offset=-self.clock.offset if self.clock.error is not None else None,
            is_self=True,
        )
        out = [me]
        for heard, online in self._presence.others():
            if heard.device_id == me.device_id:
                continue
            granted = self.role_of(heard.device_id)
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


def _new_device(folder: Path, name: str) -> tuple[str, str, DeviceIdentity]:
    """The id, public signing key (url-safe base64) and identity this device joins with."""
    identity = DeviceIdentity.create(name)
    return identity.device_id, b64(identity.public), identity


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
    return read_invitation(text)[0]


def read_invitation(text: str) -> tuple[MeetingKey, bytes | None, str]:
    """The key, the host's public key (None in a bare ``meeting:key``) and the ticket of an
    invitation made by :meth:`SyncedMeeting.invitation`."""
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


CHECKED_FILE = "checked.bin"


def _read_checked(store: UpdateStore) -> set[bytes]:
    try:
        data = (store.folder / CHECKED_FILE).read_bytes()
    except OSError:
        return set()
    return {data[i : i + 16] for i in range(0, len(data) - len(data) % 16, 16)}


def default_device_name() -> str:
    """What others see of this device when it names itself: the computer's name."""
    return socket.gethostname() or "?"
