"""Meetings shared on this LAN: zeroconf (mDNS/DNS-SD) ``_facilitation._tcp``.

The host advertises only while it shares a meeting, and only the meeting's title and its own name
(TXT ``title``, ``host``, ``v``): never its content, never the key, never a token. A device that
has a code lists what is advertised and asks the one the user picks (see :mod:`.invitations`); an
advertisement proves nothing, the exchange does (a fake host does not know the code).

A :class:`Browser` listens to multicast DNS while it runs (the Join window is open) and answers
nothing: it registers no service.
"""

from __future__ import annotations

import contextlib
import ipaddress
import logging
import os
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.sync.errors import SyncError

log = logging.getLogger(__name__)

SERVICE = "_facilitation._tcp.local."
_TXT_LIMIT = 180


@dataclass(frozen=True, slots=True)
class SharedOnLan:
    title: str
    host_name: str
    address: str
    port: int

    @property
    def url(self) -> str:
        """The host's base address, ``ws://address:port``."""
        host = f"[{self.address}]" if ":" in self.address else self.address
        return f"ws://{host}:{self.port}"


def _clip(text: str) -> bytes:
    data = text.encode("utf-8")[:_TXT_LIMIT]
    return data.decode("utf-8", "ignore").encode("utf-8")


def _zeroconf(interfaces: Sequence[str] | None) -> Any:
    from zeroconf import InterfaceChoice, IPVersion, Zeroconf

    try:
        if interfaces:
            return Zeroconf(interfaces=list(interfaces), ip_version=IPVersion.V4Only)
        return Zeroconf(interfaces=InterfaceChoice.All, ip_version=IPVersion.V4Only)
    except OSError as exc:
        raise SyncError(
            QT_TRANSLATE_NOOP("Sync", "this network does not allow finding meetings: {reason}"),
            {"reason": str(exc)},
        ) from exc


class Advertiser:
    """Say on the LAN that a meeting is shared here (``start``), until ``stop``."""

    def __init__(
        self,
        title: str,
        host_name: str,
        port: int,
        interfaces: Sequence[str] | None = None,
    ) -> None:
        self.title = title
        self.host_name = host_name
        self.port = port
        #: the addresses to advertise on (None: every IPv4 network of this computer)
        self.interfaces = list(interfaces) if interfaces else None
        self._zc: Any = None
        self._info: Any = None

    def start(self) -> None:
        if self._zc is not None:
            return
        from zeroconf import ServiceInfo

        zc = _zeroconf(self.interfaces)
        addresses = self.interfaces or _local_ipv4()
        # a random instance name: the title is in TXT (the name must be unique on the LAN)
        instance = f"facilitation-{os.urandom(4).hex()}.{SERVICE}"
        info = ServiceInfo(
            SERVICE,
            instance,
            port=self.port,
            properties=self._properties(),
            addresses=[ipaddress.ip_address(a).packed for a in addresses],
            server=f"facilitation-{os.urandom(4).hex()}.local.",
        )
        try:
            zc.register_service(info, allow_name_change=True)
        except Exception as exc:
            zc.close()
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "cannot announce the meeting on this network: {reason}"),
                {"reason": str(exc)},
            ) from exc
        self._zc, self._info = zc, info

    def update(self, title: str, host_name: str) -> None:
        """Say the meeting's new title or host name (announced again at once, under the same
        name, when already announced)."""
        if (title, host_name) == (self.title, self.host_name):
            return
        self.title, self.host_name = title, host_name
        zc, info = self._zc, self._info
        if zc is None:
            return
        from zeroconf import ServiceInfo

        renewed = ServiceInfo(
            info.type,
            info.name,
            port=info.port,
            properties=self._properties(),
            addresses=info.addresses,
            server=info.server,
        )
        try:
            zc.update_service(renewed)
        except Exception:  # the network went away: the next announcement says it
            log.exception("the meeting's announcement could not be updated")
            return
        self._info = renewed

    def _properties(self) -> dict[bytes, bytes]:
        """The TXT record: the format's version, the meeting's title and the host's name."""
        return {b"v": b"1", b"title": _clip(self.title), b"host": _clip(self.host_name)}

    def stop(self) -> None:
        zc, info = self._zc, self._info
        self._zc = self._info = None
        if zc is None:
            return
        with contextlib.suppress(Exception):
            zc.unregister_service(info)
        zc.close()

    @property
    def running(self) -> bool:
        return self._zc is not None


class Browser:
    """List the meetings shared on this LAN; ``on_change(list)`` is called from zeroconf's thread
    every time the list changes (the interface marshals it to its own thread)."""

    def __init__(
        self,
        on_change: Callable[[list[SharedOnLan]], None],
        interfaces: Sequence[str] | None = None,
    ) -> None:
        self.on_change = on_change
        self.interfaces = list(interfaces) if interfaces else None
        self._zc: Any = None
        self._browser: Any = None
        self._found: dict[str, SharedOnLan] = {}
        self._lock = threading.Lock()

    def start(self) -> None:
        if self._zc is not None:
            return
        from zeroconf import ServiceBrowser

        self._zc = _zeroconf(self.interfaces)
        self._browser = ServiceBrowser(self._zc, SERVICE, handlers=[self._changed])

    def _changed(self, zeroconf: Any, service_type: str, name: str, state_change: Any) -> None:
        from zeroconf import ServiceStateChange

        if state_change is ServiceStateChange.Removed:
            with self._lock:
                gone = self._found.pop(name, None) is not None
            if gone:
                self.on_change(self.found())
            return
        info = zeroconf.get_service_info(service_type, name, timeout=3000)
        shared = _shared_of(info)
        if shared is None:
            return
        with self._lock:
            if self._found.get(name) == shared:
                return
            self._found[name] = shared
        self.on_change(self.found())

    def found(self) -> list[SharedOnLan]:
        with self._lock:
            return sorted(self._found.values(), key=lambda s: (s.title.lower(), s.host_name))

    def stop(self) -> None:
        zc, browser = self._zc, self._browser
        self._zc = self._browser = None
        if browser is not None:
            with contextlib.suppress(Exception):
                browser.cancel()
        if zc is not None:
            zc.close()


def _shared_of(info: Any) -> SharedOnLan | None:
    if info is None or not info.port:
        return None
    props = info.properties or {}
    if props.get(b"v") != b"1":
        return None
    # a host on every network announces its loopback too: another computer wants the others
    addresses = sorted(info.parsed_addresses(), key=lambda a: a.startswith("127."))
    if not addresses:
        return None
    title = (props.get(b"title") or b"").decode("utf-8", "replace")
    host = (props.get(b"host") or b"").decode("utf-8", "replace")
    return SharedOnLan(title, host, addresses[0], int(info.port))


def _local_ipv4() -> list[str]:
    """This computer's IPv4 addresses, the loopback last."""
    import ifaddr

    found: list[str] = []
    for adapter in ifaddr.get_adapters():
        for ip in adapter.ips:
            if isinstance(ip.ip, str) and ip.ip not in found:
                found.append(ip.ip)
    return sorted(found, key=lambda a: (a.startswith("127."), a)) or ["127.0.0.1"]


def browse(seconds: float, interfaces: Sequence[str] | None = None) -> list[SharedOnLan]:
    """What is shared on the LAN, listened for up to ``seconds`` (the first answer ends it)."""
    got = threading.Event()
    browser = Browser(lambda found: got.set(), interfaces)
    browser.start()
    try:
        got.wait(seconds)
        return browser.found()
    finally:
        browser.stop()
