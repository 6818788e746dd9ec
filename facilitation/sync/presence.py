"""Who is here: each device's awareness state (the y-websocket awareness protocol), sealed.

Every device publishes, as its awareness state, its id, name, role, whether it hosts, and its
clock's offset to the server; again every :data:`HEARTBEAT` seconds, when that changes, and when it
sees a device it did not know (so a device that joins learns of the others at once). A device not
heard from for :data:`TIMEOUT` seconds is offline (a device killed sends nothing more); one that
leaves cleanly says so at once (a null state).

The state goes on the wire sealed (ChaCha20-Poly1305 under a key drawn from the meeting key, the
associated data binding it to the meeting, the Yjs client id and the awareness clock): a relay sees
that a device is there and how often it speaks, never its name or role. An awareness state that
does not open is ignored, as is any older than the one already held.

Everything here runs on the owner's thread and reads time from the device's clock (tests move it).
"""

from __future__ import annotations

import base64
import contextlib
import json
import os
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from pycrdt import Decoder, Encoder, create_awareness_message, read_message

from facilitation.models import Clock
from facilitation.sync.roles import Role
from facilitation.sync.sealing import MeetingKey

#: y-websocket's awareness message type
AWARENESS = 1
#: seconds between two publications of this device's state (y-protocols: 15)
HEARTBEAT = 15.0
#: a device not heard from for this long is offline (y-protocols: 30)
TIMEOUT = 30.0
#: the least time between two publications prompted by a newcomer
NEWCOMER_GAP = 1.0
_MAX_STATE = 4096


@dataclass(frozen=True, slots=True)
class DeviceInfo:
    """One device of the meeting as this device sees it."""

    device_id: str
    name: str
    role: Role | None
    online: bool
    #: when this device last heard from it (None: itself, or never)
    last_seen: datetime | None
    #: its clock minus the server's, in seconds (None: not measured)
    clock_offset: float | None
    is_self: bool


@dataclass(slots=True)
class _Heard:
    device_id: str
    name: str
    role: Role | None
    host: bool
    offset: float | None
    clock: int
    heard: float
    seen: datetime
    gone: bool = False
    #: a link's token it claims (through a relay: the host grants the role on seeing it)
    claim: str = ""


def _aead(key: MeetingKey) -> ChaCha20Poly1305:
    hkdf = HKDF(SHA256(), 32, salt=None, info=b"facilitation awareness/1")
    return ChaCha20Poly1305(hkdf.derive(key.raw))


class Presence:
    """The awareness states of one meeting's devices, as this device (Yjs ``client_id``) holds them."""

    def __init__(self, key: MeetingKey, client_id: int, clock: Clock) -> None:
        self.client_id = client_id
        self.clock = clock
        self._key = key
        self._aead = _aead(key)
        self._clock = 0
        self._heard: dict[int, _Heard] = {}
        self._published_at: float | None = None
        self._newcomer = False

    def rekey(self, key: MeetingKey) -> None:
        """The meeting key changed (a device revoked): seal and open with the new one."""
        if key is not self._key:
            self._key, self._aead = key, _aead(key)

    def _ad(self, client: int, clock: int) -> bytes:
        return f"facilitation awareness/1\0{self._key.meeting_id}\0{client}\0{clock}".encode()

    # -- this device -------------------------------------------------------------------------------

    def publish(self, state: dict[str, Any]) -> bytes:
        """The awareness message that says ``state`` is this device's now."""
        self._clock += 1
        self._published_at = self.clock.monotonic()
        self._newcomer = False
        nonce = os.urandom(12)
        plain = json.dumps(state, sort_keys=True).encode("utf-8")
        sealed = nonce + self._aead.encrypt(nonce, plain, self._ad(self.client_id, self._clock))
        wire = json.dumps({"f": base64.b64encode(sealed).decode("ascii")})
        return self._message(wire)

    def leave(self) -> bytes:
        """The message that says this device has left (a null state)."""
        self._clock += 1
        return self._message("null")

    def _message(self, state: str) -> bytes:
        encoder = Encoder()
        encoder.write_var_uint(1)
        encoder.write_var_uint(self.client_id)
        encoder.write_var_uint(self._clock)
        encoder.write_var_string(state)
        return create_awareness_message(encoder.to_bytes())

    def due(self) -> bool:
        """Whether this device should publish again (heartbeat, or a newcomer to greet)."""
        if self._published_at is None:
            return False
        since = self.clock.monotonic() - self._published_at
        return since >= HEARTBEAT or (self._newcomer and since >= NEWCOMER_GAP)

    # -- the others ----------------------------------------------------------------------------------

    def receive(self, message: bytes) -> bool:
        """Take in one awareness message; whether it told anything new."""
        if message[:1] != bytes([AWARENESS]):
            return False
        try:
            decoder = Decoder(read_message(message[1:]))
            count = decoder.read_var_uint()
            changed = False
            for _ in range(min(count, 256)):
                client = decoder.read_var_uint()
                clock = decoder.read_var_uint()
                state = decoder.read_var_string()
                changed |= self._one(client, clock, state)
            return changed
        except Exception:  # garbage: nothing learnt
            return False

    def _one(self, client: int, clock: int, state: str) -> bool:
        if client == self.client_id or len(state) > _MAX_STATE:
            return False
        known = self._heard.get(client)
        if known is not None and clock <= known.clock:
            return False
        if state in ("", "null"):
            if known is None or known.gone:
                return False
            known.gone, known.clock = True, clock
            return True
        opened = self._open(client, clock, state)
        if opened is None:
            return False
        now_mono, now = self.clock.monotonic(), self.clock.now()
        device_id, name = str(opened.get("device", "")), str(opened.get("name", ""))
        if not device_id:
            return False
        role: Role | None = None
        with contextlib.suppress(ValueError):
            role = Role(str(opened.get("role")))
        offset = opened.get("offset")
        heard = _Heard(
            device_id,
            name[:200],
            role,
            bool(opened.get("host", False)),
            float(offset) if isinstance(offset, int | float) else None,
            clock,
            now_mono,
            now,
            claim=str(opened.get("claim", ""))[:64],
        )
        self._heard[client] = heard
        if known is None:
            self._newcomer = True
        return known is None or known.gone or self._summary(known) != self._summary(heard)

    def _open(self, client: int, clock: int, state: str) -> dict[str, Any] | None:
        try:
            wrapped = json.loads(state)
            sealed = base64.b64decode(wrapped["f"], validate=True)
            plain = self._aead.decrypt(sealed[:12], sealed[12:], self._ad(client, clock))
            opened = json.loads(plain)
        except (ValueError, KeyError, TypeError, InvalidTag):
            return None
        return opened if isinstance(opened, dict) else None

    @staticmethod
    def _summary(h: _Heard) -> tuple[object, ...]:
        offset = None if h.offset is None else round(h.offset, 1)
        return (h.device_id, h.name, h.role, h.host, offset)

    def online(self, heard: _Heard) -> bool:
        return not heard.gone and self.clock.monotonic() - heard.heard <= TIMEOUT

    def others(self) -> list[tuple[_Heard, bool]]:
        """Each other device once (its latest client), with whether it is online."""
        best: dict[str, tuple[_Heard, bool]] = {}
        for heard in self._heard.values():
            on = self.online(heard)
            held = best.get(heard.device_id)
            if held is None or (on, heard.seen) > (held[1], held[0].seen):
                best[heard.device_id] = (heard, on)
        return sorted(best.values(), key=lambda pair: (not pair[0].host, pair[0].name.lower()))

    def host_online(self) -> bool | None:
        """Whether the host is heard from (None: never heard, or this device is the host)."""
        hosts = [on for heard, on in self.others() if heard.host]
        return any(hosts) if hosts else None
