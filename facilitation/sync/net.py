"""The network: a device's connection to a host or relay, and the server that hosts a meeting.

Both run an asyncio loop on a thread of their own and touch no pycrdt object of the device: the
connection only moves bytes, handing what it receives to a callback (the device queues it for the
thread that owns its document) and sending what it is given. It reconnects by itself, with a
bounded back-off, until stopped, and also when a server takes the websocket but does not send the
two sync steps it owes within :data:`SYNC_LIMIT` (see :class:`Connection`).

The server is pycrdt-websocket's ``WebsocketServer`` behind ``websockets``: one room per meeting,
rooms kept when their last client leaves (``auto_clean_rooms=False``: a client that reconnects must
find the meeting), every update journaled before it is passed on (:class:`.store.UpdateStore`), frames
capped, clients counted, anything but the protocol's messages dropped before it reaches the room.
Each room is made and started once, before any of its connections is served (see
:meth:`SyncServer._room`). The server never holds a meeting key: the LAN host and
``facilitation relay`` run the same code.
"""

from __future__ import annotations

import asyncio
import contextlib
import errno
import logging
import re
import threading
import time
from collections.abc import Callable, Coroutine
from pathlib import Path
from typing import Any, TypeVar

import websockets
from pycrdt import Doc
from pycrdt.websocket import WebsocketServer, YRoom
from websockets.asyncio.client import connect
from websockets.asyncio.server import ServerConnection, serve

from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.sync.errors import InvitationError, SyncError
from facilitation.sync.protocol import MAX_FRAME_BYTES, TIME_ASK, sync_step, time_answer
from facilitation.sync.store import UpdateStore

log = logging.getLogger(__name__)

#: where a device asks the host for an invitation's key (the code or link exchange)
INVITE_PATH = "/invite"
INVITE_TIMEOUT = 10.0
MAX_INVITE_BYTES = 4096
#: a room's name: 32 hex digits derived from the meeting key (see MeetingKey.room)
_ROOM = re.compile(r"/[0-9a-f]{32}\Z")
Event = tuple[str, bytes]
T = TypeVar("T")

#: seconds a server has, once the websocket is open, to send its sync step 1 and its step 2 (the
#: answer to the device's step 1); past that the connection is closed and opened again. The
#: largest step 2 measured, the large meeting's whole recorded log (5,083 commands, 3.2 MB),
#: leaves our server 4 ms after the opening on 127.0.0.1; at 1 Mbit/s it takes 26 s to arrive.
SYNC_LIMIT = 30.0
#: how many times :data:`SYNC_LIMIT` a connection is given at the most, after unserved ones (4 min)
SYNC_LIMIT_GROWTH = 8


class Cancelled(Exception):
    """A wait on the network stopped by its :class:`Cancel` (nothing to tell the user: whoever
    cancelled knows)."""


class Cancel:
    """A join's Cancel, told from any thread (:meth:`set`): what waits on the network for it
    (:func:`redeem`, a connection being opened) stops at once instead of when its time is up."""

    def __init__(self) -> None:
        self._set = threading.Event()
        self._lock = threading.Lock()
        self._callbacks: list[Callable[[], None]] = []

    def set(self) -> None:
        with self._lock:
            if self._set.is_set():
                return
            self._set.set()
            callbacks, self._callbacks = self._callbacks, []
        for callback in callbacks:
            callback()

    def is_set(self) -> bool:
        return self._set.is_set()

    def wait(self, seconds: float) -> bool:
        return self._set.wait(seconds)

    def on_set(self, callback: Callable[[], None]) -> Callable[[], None]:
        """Call ``callback`` (from the thread that sets it) when set, at once if set already;
        returns what forgets it."""
        with self._lock:
            if not self._set.is_set():
                self._callbacks.append(callback)
                return lambda: self._forget(callback)
        callback()
        return lambda: None

    def _forget(self, callback: Callable[[], None]) -> None:
        with self._lock, contextlib.suppress(ValueError):
            self._callbacks.remove(callback)


def run_until_cancelled(coro: Coroutine[Any, Any, T], cancel: Cancel | None) -> T:
    """``asyncio.run(coro)``, but ``cancel`` set stops it at once (:class:`Cancelled`)."""
    if cancel is None:
        return asyncio.run(coro)

    async def main() -> T:
        loop = asyncio.get_running_loop()
        task = asyncio.ensure_future(coro)

        def stop() -> None:
            with contextlib.suppress(RuntimeError):  # the loop has just closed
                loop.call_soon_threadsafe(task.cancel)

        forget = cancel.on_set(stop)
        try:
            return await task
        except asyncio.CancelledError:
            if cancel.is_set():
                raise Cancelled from None
            raise
        finally:
            forget()

    if cancel.is_set():
        coro.close()
        raise Cancelled
    return asyncio.run(main())


class Connection:
    """A websocket to ``url`` that comes back after every loss, until :meth:`stop`.

    ``on_event`` is called on the connection's thread with ("open", b""), ("message", data) or
    ("closed", b""); it must only queue them.

    An open websocket is not yet a served one: a server may take it, answer its pings and never
    serve it (ours did, before a room was started once: see :meth:`SyncServer._room`; a relay we
    do not control may too). So the server's sync step 1 and step 2 must both have arrived within
    :attr:`sync_limit` seconds of the opening, or the connection is closed, said in the log, and
    opened again after the usual back-off. Only a served connection resets the back-off: a
    server that closes each connection at once, or never serves it, is asked again at most once
    every :attr:`last_retry` seconds. Each unserved connection doubles the time the next one is
    given, up to :data:`SYNC_LIMIT_GROWTH` times :data:`SYNC_LIMIT`, so that a link slower than
    the bound assumes (a large meeting's first step 2 through a poor connection) gets there in
    the end; a served one gives the bound back.
    """

    first_retry = 0.05
    last_retry = 1.0
    sync_limit = SYNC_LIMIT

    def __init__(self, url: str, on_event: Callable[[Event], None]) -> None:
        self.url = url
        self._on_event = on_event
        self._loop: asyncio.AbstractEventLoop | None = None
        self._outbox: asyncio.Queue[bytes] | None = None
        self._ws: Any = None
        self._wanted = True
        self._stopping = False
        self._wake: asyncio.Event | None = None
        self._closing: asyncio.Future[None] | None = None
        self._opening: asyncio.Task[bool] | None = None
        self._ready = threading.Event()
        #: the seconds the next connection has for its two sync steps (grows while unserved)
        self._sync_wait: float | None = None
        self._thread = threading.Thread(target=self._main, name="facilitation-sync", daemon=True)

    def start(self) -> None:
        self._thread.start()
        self._ready.wait(5)

    def send(self, data: bytes) -> None:
        """Send ``data`` if connected (what is lost while offline is sent again on reconnect)."""
        loop, box = self._loop, self._outbox
        if loop is not None and box is not None and not self._stopping:
            with contextlib.suppress(RuntimeError):  # the loop has just closed
                loop.call_soon_threadsafe(box.put_nowait, data)

    def set_online(self, online: bool) -> None:
        """Cut the connection and stay away (False), or come back (True): the network lost."""
        self._wanted = online
        loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(self._poke)

    def _poke(self) -> None:
        if self._wake is not None:
            self._wake.set()
        if not self._wanted and self._ws is not None:
            self._closing = asyncio.ensure_future(self._ws.close())
        elif not self._wanted and self._opening is not None:
            # still opening (a host that takes the connection and says nothing): no need to
            # wait for its time to be up
            self._opening.cancel()

    def stop(self) -> None:
        self._stopping = True
        self.set_online(False)
        self._thread.join(5)

    def _main(self) -> None:
        asyncio.run(self._run())

    async def _run(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._wake = asyncio.Event()
        self._ready.set()
        delay = self.first_retry
        while not self._stopping:
            if self._wanted:
                self._opening = asyncio.ensure_future(self._session())
                try:
                    served = await self._opening
                except asyncio.CancelledError:
                    served = False
                finally:
                    self._opening = None
                delay = self.first_retry if served else min(delay * 2, self.last_retry)
            self._wake.clear()
            if self._stopping:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), delay if self._wanted else None)

    async def _session(self) -> bool:
        """One websocket, until it closes; whether the server served it (see the class)."""
        opened = served = False
        try:
            async with connect(
                self.url,
                max_size=MAX_FRAME_BYTES,
                open_timeout=5,
                ping_interval=5,
                ping_timeout=10,
                compression=None,
            ) as ws:
                self._opening = None  # open: stop() closes it the ordinary way from now on
                self._ws, self._outbox, opened = ws, asyncio.Queue(), True
                self._on_event(("open", b""))
                sender = asyncio.create_task(self._send_all(ws, self._outbox))
                steps: set[int] = set()
                wait = self._sync_wait or self.sync_limit
                try:
                    async with asyncio.timeout(wait) as limit:
                        async for message in ws:
                            if not isinstance(message, bytes):
                                continue
                            step = None if served else sync_step(message)
                            if step is not None:
                                steps.add(step)
                                if len(steps) == 2:
                                    served = True
                                    limit.reschedule(None)
                                    self._sync_wait = None
                            self._on_event(("message", message))
                except TimeoutError:
                    if not limit.expired():
                        raise
                    log.warning(
                        "the server at %s sent %s within %g s of the opening: connecting again",
                        self.url,
                        "no sync step" if not steps else "only one sync step",
                        wait,
                    )
                    self._sync_wait = min(wait * 2, self.sync_limit * SYNC_LIMIT_GROWTH)
                finally:
                    sender.cancel()
        except (OSError, TimeoutError, websockets.exceptions.WebSocketException) as exc:
            log.debug("connection to %s: %s", self.url, exc)
        except ValueError as exc:  # a host name the resolver refuses (idna: label too long…)
            log.debug("connection to %s: %s", self.url, exc)
        finally:
            self._ws = self._outbox = None
            if opened:
                self._on_event(("closed", b""))
        return served

    @staticmethod
    async def _send_all(ws: Any, box: asyncio.Queue[bytes]) -> None:
        with contextlib.suppress(websockets.exceptions.ConnectionClosed):
            while True:
                await ws.send(await box.get())


class _Channel:
    """One client as pycrdt's rooms see it: only the protocol's messages get through."""

    def __init__(self, ws: ServerConnection, path: str, server: SyncServer) -> None:
        self._ws = ws
        self._path = path
        self._server = server

    @property
    def path(self) -> str:
        return self._path

    def __aiter__(self) -> _Channel:
        return self

    async def __anext__(self) -> bytes:
        try:
            return await self.recv()
        except websockets.exceptions.ConnectionClosed:
            raise StopAsyncIteration from None

    async def send(self, message: bytes) -> None:
        with contextlib.suppress(websockets.exceptions.ConnectionClosed):
            await self._ws.send(message)

    async def recv(self) -> bytes:
        while True:
            message = await self._ws.recv()
            if not isinstance(message, bytes) or not message:
                self._server.dropped += 1
                continue
            kind = message[0]
            if kind == TIME_ASK:
                answer = time_answer(message, self._server.wall_clock())
                if answer is not None:
                    await self.send(answer)
                continue
            if kind == 0 and len(message) >= 2 and message[1] <= 2:
                return message
            if kind == 1:  # awareness: passed on (who is here comes with the next issue)
                return message
            self._server.dropped += 1


#: seconds between a device's revocation and the closing of its connections (see close_device)
REVOKED_CLOSE_AFTER = 2.0


class SyncServer:
    """A websocket server for shared meetings, on a thread of its own, until :meth:`stop`."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        data_dir: Path | None = None,
        max_clients: int = 64,
        wall_clock: Callable[[], float] = time.time,
        rooms: set[str] | None = None,
        max_rooms: int = 1000,
        invitations: Callable[[bytes], bytes] | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.data_dir = Path(data_dir) if data_dir is not None else None
        self.max_clients = max_clients
        self.wall_clock = wall_clock
        #: the rooms served (the LAN host serves its meeting's only; a relay any, up to max_rooms)
        self.rooms = rooms
        self.max_rooms = max_rooms
        #: the host's answer to an invitation request on ``/invite`` (None: a relay, refused)
        self.invitations = invitations
        #: messages dropped before reaching a room (not binary, unknown type, garbage)
        self.dropped = 0
        self.refused_clients = 0
        self._clients = 0
        self._stores: dict[str, UpdateStore] = {}
        self._subscriptions: list[Any] = []
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None
        self._ready = threading.Event()
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self._yws: WebsocketServer | None = None
        #: held while a room is made and started (see _room)
        self._starting: asyncio.Lock | None = None
        # -- roles: the devices revoked by the host, and which connection says it is which --
        self._revoked: set[str] = set()
        self._devices: dict[ServerConnection, str] = {}
        self._closing: set[asyncio.Future[None]] = set()

    @property
    def url(self) -> str:
        host = self.host if self.host not in ("0.0.0.0", "::", "") else "127.0.0.1"
        return f"ws://{host}:{self.port}"

    def start(self) -> str:
        """Listen; return the base URL. Raises SyncError when the address cannot be used."""
        self._thread = threading.Thread(target=self._main, name="facilitation-host", daemon=True)
        self._thread.start()
        if not self._ready.wait(10) or self._error is not None:
            self._thread.join(5)
            raise SyncError(
                _listen_problem(self._error),
                {"address": self.host, "port": self.port, "reason": _innermost(self._error)},
            )
        return self.url

    def stop(self) -> None:
        """Stop listening and close every connection; the journals stay."""
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None:
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(stop.set)
        if self._thread is not None:
            self._thread.join(10)
        for store in self._stores.values():
            store.close()

    def _main(self) -> None:
        try:
            asyncio.run(self._run())
        except BaseException as exc:  # reported by start()
            self._error = exc
            self._ready.set()

    async def _run(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        self._starting = asyncio.Lock()
        self._yws = WebsocketServer(
            auto_clean_rooms=False, exception_handler=_quiet, log=logging.getLogger(__name__)
        )
        async with (
            self._yws,
            serve(
                self._handle,
                self.host,
                self.port,
                max_size=MAX_FRAME_BYTES,
                max_queue=64,
                open_timeout=5,
                ping_interval=20,
                ping_timeout=20,
                compression=None,
            ) as server,
        ):
            self.port = next(iter(server.sockets)).getsockname()[1]
            self._ready.set()
            await self._stop.wait()
            server.close()  # closes every connection (1001, going away)

    def close_device(self, device_id: str) -> None:
        """Close the connections of a revoked device and refuse it from now on (what it says it
        is: a modified client can lie, but reads nothing new anyway, the key being rotated)."""
        self._revoked.add(device_id)
        loop = self._loop
        if loop is None:
            return

        def close() -> None:
            for ws, device in list(self._devices.items()):
                if device == device_id:
                    task = asyncio.ensure_future(ws.close(1008, "revoked"))
                    self._closing.add(task)
                    task.add_done_callback(self._closing.discard)

        # a moment later: the revocation itself (sealed under the key it still holds) is on its
        # way to the device through this server, so that it hears it was removed; it reads
        # nothing written after, the key being rotated
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(loop.call_later, REVOKED_CLOSE_AFTER, close)

    async def _handle(self, ws: ServerConnection) -> None:
        path = ws.request.path if ws.request is not None else ""
        path, _, query = path.partition("?")
        device = query[len("device=") :] if query.startswith("device=") else ""
        if device and device in self._revoked:
            await ws.close(1008, "revoked")
            return
        if device:
            self._devices[ws] = device
        if self._clients >= self.max_clients:
            self.refused_clients += 1
            await ws.close(1013, "busy")
            return
        if path == INVITE_PATH:
            self._clients += 1
            try:
                await self._invite(ws)
            finally:
                self._clients -= 1
            return
        if not _ROOM.match(path) or (self.rooms is not None and path[1:] not in self.rooms):
            await ws.close(1008, "no such meeting")
            return
        assert self._yws is not None
        self._clients += 1
        try:
            if await self._room(path) is None:
                await ws.close(1008, "no such meeting")
                return
            await self._yws.serve(_Channel(ws, path, self))
        finally:
            self._clients -= 1
            self._devices.pop(ws, None)

    async def _room(self, path: str) -> YRoom | None:
        """The room of ``path``, made (its journal loaded) and started if it is not yet; None
        when it would be one room too many.

        One connection at a time: pycrdt's ``start_room`` asks ``room.started`` and then starts
        the room, and a room only says it started a few turns of the loop later. A second
        connection coming in between (the devices of a reopened host, or a restarted relay's, all
        coming back at once) started it a second time, which waits for ever on the room's own lock:
        that device was connected and never served (no sync step, nothing it wrote delivered),
        pings answered, so it never tried again. Once started here, pycrdt's serve() finds the
        room started."""
        assert self._yws is not None and self._starting is not None
        async with self._starting:
            room = self._yws.rooms.get(path)
            if room is None:
                if len(self._yws.rooms) >= self.max_rooms:
                    return None
                # pycrdt names a room by the channel's path ("/<room>"); its folder drops the slash
                room = self._yws.rooms[path] = self._make_room(path[1:])
            await self._yws.start_room(room)
        return room

    async def _invite(self, ws: ServerConnection) -> None:
        """One request, one answer, then the connection closes (see :mod:`.invitations`)."""
        answer = self.invitations
        if answer is None:
            await ws.close(1008, "no invitations here")
            return
        try:
            request = await asyncio.wait_for(ws.recv(), INVITE_TIMEOUT)
        except (TimeoutError, websockets.exceptions.ConnectionClosed):
            return
        if isinstance(request, str):
            request = request.encode("utf-8")
        if len(request) > MAX_INVITE_BYTES:
            await ws.close(1009, "too large")
            return
        reply = await asyncio.to_thread(answer, request)
        with contextlib.suppress(websockets.exceptions.ConnectionClosed):
            await ws.send(reply)
            await ws.close()

    def _make_room(self, name: str) -> YRoom:
        doc: Doc[Any] = Doc()
        if self.data_dir is not None:
            store = UpdateStore(self.data_dir / name)
            for update in store.load():
                with contextlib.suppress(Exception):
                    doc.apply_update(update)
            self._stores[name] = store

            def journal(event: Any) -> None:
                # before the room passes the update on: what a client saw relayed is on disk
                store.append(event.update)
                if store.due() and self._loop is not None:  # not inside the transaction
                    self._loop.call_soon(lambda: store.compact(doc.get_update()))

            # kept: a subscription dropped is an observer gone
            self._subscriptions.append(doc.observe(journal))
        return YRoom(ready=True, ydoc=doc, exception_handler=_quiet)

    @property
    def clients(self) -> int:
        return self._clients


def _listen_problem(error: BaseException | None) -> str:
    """Why a server cannot listen, in words the interface translates (the system's own words,
    English, only when the reason is none of the usual ones)."""
    while isinstance(error, BaseExceptionGroup) and error.exceptions:  # asyncio's task groups
        error = error.exceptions[0]
    code = getattr(error, "errno", None)
    if code == errno.EADDRINUSE:
        return QT_TRANSLATE_NOOP("Sync", "cannot listen on {address}:{port}: the port is in use")
    if code == errno.EADDRNOTAVAIL:
        return QT_TRANSLATE_NOOP(
            "Sync", "cannot listen on {address}:{port}: this computer has no such address"
        )
    if code in (errno.EACCES, errno.EPERM):
        return QT_TRANSLATE_NOOP(
            "Sync", "cannot listen on {address}:{port}: this port is reserved to the system"
        )
    return QT_TRANSLATE_NOOP("Sync", "cannot listen on {address}:{port}: {reason}")


def _innermost(error: BaseException | None) -> str:
    while isinstance(error, BaseExceptionGroup) and error.exceptions:
        error = error.exceptions[0]
    return str(error)


def _quiet(exc: Exception, logger: logging.Logger) -> bool:
    logger.debug("room: %r", exc)
    return True


def redeem(base: str, request: bytes, timeout: float = 5.0, cancel: Cancel | None = None) -> bytes:
    """Send an invitation request to the host at ``base`` (``ws://host:port``) and return its
    answer. Blocks up to ``timeout`` s, or until ``cancel`` is set (:class:`Cancelled`);
    SyncError when the host cannot be reached."""

    async def exchange() -> bytes:
        async with connect(
            base.rstrip("/") + INVITE_PATH,
            max_size=MAX_INVITE_BYTES,
            open_timeout=timeout,
            compression=None,
        ) as ws:
            await ws.send(request)
            answer = await asyncio.wait_for(ws.recv(), timeout)
            return answer.encode("utf-8") if isinstance(answer, str) else answer

    try:
        return run_until_cancelled(asyncio.wait_for(exchange(), timeout + 1), cancel)
    except (OSError, TimeoutError, ValueError, websockets.exceptions.WebSocketException) as exc:
        raise InvitationError(
            QT_TRANSLATE_NOOP("Sync", "the meeting's host does not answer at {address}"),
            {"address": base},
            reason="unreachable",
        ) from exc
