"""A shared meeting on this device: the replica, its journal on disk, its connection, its status.

This is what the interface talks to (through its application context). Everything here runs on the
thread that owns the meeting (the interface's); the network threads only queue what they receive
and call :attr:`SyncedMeeting.wake` so that the owner calls :meth:`SyncedMeeting.pump` soon (the
interface turns ``wake`` into a queued signal; tests and the benchmarks call ``pump(timeout)``).

The meeting's log and roles are its :class:`.replica.Replica`'s (and :mod:`.membership`'s); the
devices, its invitations, the LAN announcement and who is here, are its :class:`.lobby.Lobby`'s,
to which it hands what the network brings for them and delegates their names; whether it is in step
with its server, what the server confirmed and the server's clock are its
:class:`.upstream.Upstream`'s, which takes the sync messages.

    shared = SyncedMeeting.share(meeting, folder)          # the facilitator's device
    url = shared.host("0.0.0.0", 8765)                     # listening from now on
    joined = SyncedMeeting.join(url, shared.invitation(), folder2)   # another device
    joined.apply(command)                                  # local change: sealed, journaled, sent
    shared.stop_hosting()                                  # nothing listens any more
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from pycrdt import merge_updates
from websockets.exceptions import InvalidURI
from websockets.uri import parse_uri

from facilitation.models import Change, Clock, Command, LiveMeeting, Meeting, SystemClock
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.sync import protocol as p
from facilitation.sync.clock import SyncedClock
from facilitation.sync.errors import SyncError
from facilitation.sync.identity import DeviceIdentity, b64, default_device_name, unb64
from facilitation.sync.invitations import DEFAULT_VALID_FOR, Invitation, JoinCode
from facilitation.sync.lobby import Admission, Lobby, admit, read_invitation
from facilitation.sync.net import Cancel, Cancelled, Connection, Event, SyncServer
from facilitation.sync.presence import AWARENESS, DeviceInfo
from facilitation.sync.replica import Replica
from facilitation.sync.roles import Role
from facilitation.sync.sealing import MeetingKey
from facilitation.sync.store import UpdateStore
from facilitation.sync.upstream import Upstream


@dataclass(frozen=True, slots=True)
class SyncStatus:
    """What the status line says: "Shared on …", "Connected", "Offline since 14:03 — 5 waiting"."""

    #: this device hosts the meeting (its server listens)
    hosting: bool
    #: the address others join (when hosting), else the address joined
    address: str | None
    #: in step with the server: its sync step 1 and step 2 have arrived and been taken in on
    #: this connection (an open websocket alone is not: see ``docs/sync.md``, "Connected")
    connected: bool
    #: when the meeting was last in step with the server (None while connected, or before the
    #: first connection)
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
        #: the server as this device knows it: in step or not, what it confirmed, its clock
        self._upstream = Upstream(replica, store, self.clock, self._send, self._emit_status)
        # what device.json says besides the key (see write_meta)
        self._meta_url = ""
        self._meta_title = ""
        self._listen = ""
        self._file = ""
        replica.on_local_update = self._local_update
        #: the thread that owns the meeting (and its pycrdt Doc): the one that made it, until
        #: another takes it over (:meth:`adopt`)
        self._owner = threading.get_ident()
        #: this device's keys for this meeting
        self.identity: DeviceIdentity = replica.identity
        #: invitations, the LAN announcement and who is here (see lobby.py)
        self._lobby = Lobby(replica, store, self.clock, self)

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
        shared.write_meta("")
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
        joined.write_meta(url)
        joined.connect(url)
        return joined

    @classmethod
    def join_invitation(
        cls,
        invitation: Invitation | JoinCode,
        folder: Path,
        device_name: str,
        clock: Clock | None = None,
        address: str | None = None,
        cancel: Cancel | None = None,
    ) -> SyncedMeeting:
        """Join with a link's invitation or a code: the host checks it (one-time, not expired)
        and hands this device the key, sealed to it (:func:`.lobby.admit`). Blocks a few
        seconds at most, or until ``cancel`` is set (:class:`.net.Cancelled`, nothing made).

        A code needs the host's ``address`` (``ws://host:port``, ``host:port``) unless one meeting
        only is shared on this LAN. SyncError: used, expired, wrong code, unreachable."""
        admission = admit(invitation, folder, device_name, clock, address, cancel)
        if cancel is not None and cancel.is_set():
            raise Cancelled
        return cls._joined(admission, folder, device_name, clock)

    @classmethod
    def _joined(
        cls, admission: Admission, folder: Path, device_name: str, clock: Clock | None
    ) -> SyncedMeeting:
        grant = admission.grant
        text = str(grant.get("invitation") or f"{grant['meeting']}:{grant['key']}")
        # the identity whose id the host was given in the exchange
        joined = cls.join(
            admission.base,
            text,
            folder,
            clock,
            identity=admission.identity,
            device_name=device_name,
        )
        joined.device_name = device_name
        joined._lobby.claim = claim = str(grant.get("claim", ""))
        meta = joined.store.read_meta()
        meta.update(
            author=admission.device_id, name=device_name, role=str(grant["role"]), claim=claim
        )
        joined.store.write_meta(meta)
        joined._publish_presence()
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
            key, identity, host=host, ticket=meta.get("ticket", ""), checked=store.read_checked()
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
        reopened._lobby.read_tickets(meta.get("tickets", ""))
        past = [int(c) for c in meta.get("clients", "").split(",") if c.isdigit()]
        reopened._upstream.mine = [*dict.fromkeys(past), replica.doc.client_id]
        reopened._listen = meta.get("listen", "")
        reopened._file = meta.get("file", "")
        reopened.write_meta(meta.get("url", ""))
        if meta.get("url"):
            reopened.connect(meta["url"])
        return reopened

    def write_meta(self, url: str | None = None) -> None:
        """``device.json``: what reopening needs (key, ids, where to connect or listen, the host's
        key, this device's ticket and the host's tickets) and the meeting's title for the list of
        shared meetings; never any of its content."""
        r = self.replica
        if url is not None:
            self._meta_url = url
        self._meta_host = r.host_public
        self._meta_title = r.live.meeting.details.title if r.ready else ""
        self.store.write_meta(
            {
                "key": r.key.text(),
                "meeting": r.key.meeting_id,
                "author": r.author,
                "url": self._meta_url,
                "host": b64(r.host_public) if r.host_public else "",
                "ticket": r.ticket,
                "tickets": self._lobby.tickets_json(),
                "clients": ",".join(str(c) for c in self._upstream.mine),
                "title": self._meta_title,
                "listen": self._listen,
                "file": self._file,
                "name": self.device_name,
                "claim": self._lobby.claim,
            }
        )
        self._lobby.announce_again()  # the title or the name may have changed

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
        self.write_meta()

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
            self._lobby.withdraw_ticket(ticket)
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
        if len(checked) != self._checked_written and self.store.write_checked(checked):
            self._checked_written = len(checked)

    def _roles_work(self) -> None:
        if self.replica.hellos:
            self._lobby.answer_hellos()
        if self.replica.host_public is not None and self._meta_host != self.replica.host_public:
            self.write_meta()  # the host's key, trusted on first use, is pinned from now on

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
        self._owned()
        change = self.replica.apply(command, initiator)
        if self.live.meeting.details.title != self._meta_title:
            self.write_meta()  # renamed here: the list of shared meetings and the LAN say it now
        return change

    def undo(self, initiator: object | None = None) -> Change | None:
        """Take back this device's last change (CommandError if another device changed it since)."""
        self._owned()
        return self.replica.undo(initiator)

    def redo(self, initiator: object | None = None) -> Change | None:
        """Take back this device's last undo (CommandError if another device changed it since)."""
        self._owned()
        return self.replica.redo(initiator)

    # -- the owner's thread ---------------------------------------------------------------------------

    def adopt(self) -> None:
        """The calling thread owns the meeting from now on: a join's worker hands it to the
        interface's thread, which calls this first (``ui/sharing/joining.py``). The thread that
        owned it must not touch it any more; pycrdt's Doc is not locked against two threads at
        once (``docs/sync.md``, "Threads")."""
        self._owner = threading.get_ident()

    def _owned(self) -> None:
        if threading.get_ident() != self._owner:
            raise RuntimeError(
                "a shared meeting was used from a thread that does not own it "
                f"({threading.current_thread().name}): hand it over with adopt()"
            )

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
        self._lobby.open_desk()
        server = SyncServer(
            address,
            port,
            self.store.folder / "host",
            rooms={self.replica.key.room()},
            invitations=self._lobby.answer_invitation,
        )
        base = server.start()
        self._server = server
        self._listen = f"{address}:{server.port}"
        self.write_meta()
        self.connect(self._room_url(f"ws://127.0.0.1:{server.port}"), remember=False)
        self._emit_status()
        return self._room_url(base)

    def stop_hosting(self) -> None:
        """Stop listening and drop every connection ("Stop sharing", or the window closes)."""
        if self._server is None:
            return
        self._lobby.stop_advertising()
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
            self.write_meta(url)
        self._conn = Connection(f"{url}?device={self.replica.author}", self.post)
        self._conn.start()

    def disconnect(self) -> None:
        if self._conn is not None:
            self._conn.stop()
            self._conn = None
            self._drain()
            self._upstream.closed()

    def set_online(self, online: bool) -> None:
        """Cut or restore the network (a laptop's Wi-Fi lost; tests and the benchmarks use it)."""
        if self._conn is not None:
            self._conn.set_online(online)

    def close(self) -> None:
        self._owned()
        self._leave()
        self.stop_hosting()
        self.disconnect()
        self._write_checked()
        if self.replica.ready and self.live.meeting.details.title != self._meta_title:
            self.write_meta()
        self.store.close()
        self.replica.close()

    # -- the owner's side of the network --------------------------------------------------------------

    def post(self, event: Event) -> None:
        """Hand ``event`` to the owner's thread (from any thread): :attr:`wake` has it pumped."""
        self._inbox.put(event)
        if self.wake is not None:
            self.wake()

    def pump(self, timeout: float = 0.0) -> int:
        """Handle what arrived (waiting up to ``timeout`` s for the first of it); return how much."""
        self._owned()
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
            self.write_meta()  # the meeting arrived, or its title changed: the list shows it
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
            self._upstream.opened()
            self._publish_presence()
        elif kind == "closed":
            self._upstream.closed()
        elif data[:1] == bytes([p.TIME_ANSWER]):
            self._upstream.time_answer(data)
        elif data[:1] == bytes([AWARENESS]):
            self._lobby.hear(data)
        elif kind == "redeemed":
            self._lobby.redeemed()
        else:
            self._upstream.message(data)

    def _local_update(self, update: bytes) -> None:
        # on disk before it leaves: a device killed now finds it in its journal
        self.store.append(update)
        self._send(p.create_update_message(update))
        if not self._upstream.connected:
            self._emit_status()

    def _send(self, data: bytes) -> None:
        if self._conn is not None:
            self._conn.send(data)

    # -- status -----------------------------------------------------------------------------------------

    def status(self) -> SyncStatus:
        address = None
        if self._server is not None:
            address = self._room_url(self._server.url)
        elif self._url is not None:
            address = self._url
        return SyncStatus(
            hosting=self._server is not None,
            address=address,
            connected=self._upstream.connected,
            offline_since=self._upstream.offline_since,
            waiting=self._upstream.waiting(),
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

    @property
    def url(self) -> str | None:
        """The address this device connects to (with the room; a host's own, over loopback)."""
        return self._url

    @property
    def online(self) -> bool:
        """This device is on the meeting's network: connected to its server, or hosting it."""
        return self._upstream.connected or self._server is not None

    # -- invitations, discovery and who is here: the lobby's (see lobby.py) ----------------------

    @property
    def device_name(self) -> str:
        """The name this device shows to the others."""
        return self._lobby.device_name

    @device_name.setter
    def device_name(self, name: str) -> None:
        """Renamed: the others are told at once (this device's presence, not the next heartbeat),
        ``device.json`` keeps it, and the LAN announcement says it if the meeting is announced."""
        if name == self._lobby.device_name:
            return
        self._lobby.device_name = name
        self.write_meta()  # also announces it again
        if self._upstream.connected:
            self._publish_presence()

    @property
    def on_devices_changed(self) -> Callable[[], None] | None:
        """Called on the owner's thread (from :meth:`pump`) when :meth:`devices` changes."""
        return self._lobby.on_devices_changed

    @on_devices_changed.setter
    def on_devices_changed(self, callback: Callable[[], None] | None) -> None:
        self._lobby.on_devices_changed = callback

    def invitation(self, role: Role = Role.NOTETAKER) -> str:
        """The text a device joins with, for ``role``: see :meth:`Lobby.invitation`."""
        return self._lobby.invitation(role)

    def invite(self, role: Role, valid_for: timedelta = DEFAULT_VALID_FOR) -> Invitation:
        """A one-time invitation for ``role`` (host only): see :meth:`Lobby.invite`."""
        return self._lobby.invite(role, valid_for)

    def advertise(self, interfaces: list[str] | None = None) -> None:
        """Announce the hosted meeting on the LAN: see :meth:`Lobby.advertise`."""
        self._lobby.advertise(interfaces)

    def devices(self) -> list[DeviceInfo]:
        """Every device of the meeting this device knows of, itself first: name, role, online or
        not, last seen, clock offset. :attr:`on_devices_changed` says when it changes."""
        return self._lobby.devices()

    def host_reachable(self) -> bool | None:
        """For a device that joined: whether the host is heard from (None: not known yet)."""
        return self._lobby.host_reachable()

    def _publish_presence(self) -> None:
        if self._conn is None:
            return
        self._send(self._lobby.presence())

    def _presence_tick(self) -> None:
        sampled = self._upstream.clock_sampled
        if (
            self._conn is not None
            and self._upstream.connected
            and self._lobby.presence_due(sampled)
        ):
            self._publish_presence()
        self._lobby.tick()

    def _leave(self) -> None:
        if self._conn is not None and self._upstream.connected:
            self._send(self._lobby.farewell())
