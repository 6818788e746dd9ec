"""Invitations into a shared meeting: a link (and its QR code), a short code, and the exchange by
which a device holding either gets the meeting key from the host.

**The link** ``facilitation://join?v=1&m=…&n=…&h=…&a=…&r=…&o=…&e=…&c=…`` names the meeting
(``m``), its title (``n``) and the host's name (``h``), the host's addresses (``a``, one per
network address, ``ws://…``), a relay (``y``, when the meeting goes through one), the role offered
(``r``), a one-time token (``o``, 128 random bits), the expiry (``e``, seconds since the epoch) and a
checksum (``c``, 30 bits of SHA-256 over everything before it, so a mistyped or cut link says so).
The meeting key (``k``) travels in the link only when the meeting goes through a relay: on the LAN
the device gets it from the host, sealed to it, in the exchange below, so a link once used is worth
nothing.

**The code** (``K7QM-3XPA-9FZ``: ten characters of Crockford's base32, 50 bits drawn from the token,
then a check character) is for a phone dictated across the room. It carries no key: the device
finds the host (an address typed, or the LAN's list) and runs the exchange.

**The exchange**, on the host's server at ``/invite`` (the websocket port of the meeting):

- the device sends an ephemeral X25519 public key, its id and name, a nonce, and a MAC over them
  keyed by ``K``: for a code, scrypt of the code (slow on purpose: each guess costs the attacker
  about 0.1 s and 16 MiB); for a link, HKDF of the token;
- the host finds the open invitation whose ``K`` checks the MAC (one-time, not expired, codes locked
  after :data:`MAX_CODE_FAILURES` wrong tries), marks it used on disk *before* answering, and sends
  its own ephemeral key, the meeting key, role and addresses sealed with ChaCha20-Poly1305 under
  HKDF(X25519 shared secret, salt ``K``), and a MAC keyed by ``K`` over the whole exchange: the
  device knows it talks to the host that made the code.

Nothing here touches the network: :mod:`.net` carries the bytes, :mod:`.synced` wires it in.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import re
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.storage.atomic import write_atomic
from facilitation.storage.errors import StorageError
from facilitation.storage.paths import private_dir
from facilitation.sync.errors import InvitationError, SyncError
from facilitation.sync.roles import Role

#: the link's format version: a link of a later version is refused with a clear message
VERSION = 1
SCHEME = "facilitation://join?"
#: how long an invitation stays valid unless the host says otherwise
DEFAULT_VALID_FOR = timedelta(minutes=15)
#: wrong codes tried against this host before every open code is locked
MAX_CODE_FAILURES = 5
#: Crockford's base32: no I, L, O or U (read aloud or typed, they are taken for 1, 1, 0, V)
ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_CHARS = 10
CHECK_CHARS = 6
TOKEN_BYTES = 16
#: an exchange message larger than this is refused unread
MAX_EXCHANGE_BYTES = 4096
_TYPOS = str.maketrans({"O": "0", "I": "1", "L": "1", "U": "V"})
_NOISE = re.compile(r"[\s<>\"'`«»‘’“”]+")
_RAW = (Encoding.Raw, PublicFormat.Raw)


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: object) -> bytes:
    if not isinstance(text, str) or not re.fullmatch(r"[A-Za-z0-9_-]*", text):
        raise ValueError("not url-safe base64")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _base32(data: bytes, chars: int) -> str:
    number = int.from_bytes(data, "big") >> (len(data) * 8 - chars * 5)
    return "".join(ALPHABET[(number >> (5 * (chars - 1 - i))) & 31] for i in range(chars))


def _check_char(chars: str) -> str:
    """A weighted sum modulo 31 (a prime): a wrong character or two swapped neighbours shows."""
    total = sum((i + 1) * ALPHABET.index(c) for i, c in enumerate(chars))
    return ALPHABET[total % 31]


def _bad(template: str, reason: str = "invalid", **params: Any) -> InvitationError:
    return InvitationError(template, params, reason=reason)


# -- the code -----------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class JoinCode:
    """A short code typed by hand: the host's address must be found (typed, or on the LAN)."""

    #: normalised: ten characters and the check character, no dashes
    code: str

    def __str__(self) -> str:
        return group_code(self.code)


def code_of(token: str) -> str:
    """The short code of an invitation's token (normalised, with its check character)."""
    digest = hmac.new(_unb64(token), b"facilitation join code", hashlib.sha256).digest()
    chars = _base32(digest[:7], CODE_CHARS)
    return chars + _check_char(chars)


def group_code(code: str) -> str:
    return f"{code[:4]}-{code[4:8]}-{code[8:]}"


def _parse_code(text: str) -> JoinCode | None:
    """The code in ``text`` (any case, spaces or dashes, O for 0, I or L for 1), None if it does
    not look like one; SyncError if it looks like one with a typo."""
    squeezed = re.sub(r"[\s\-–—._]+", "", text.strip().strip("\"'<>«»“”")).upper()
    if not squeezed or not squeezed.isalnum() or not squeezed.isascii() or len(squeezed) > 16:
        return None
    chars = squeezed.translate(_TYPOS)
    if len(chars) != CODE_CHARS + 1:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Sync", "a code has {expected} characters; this one has {count}: check it"
            ),
            expected=CODE_CHARS + 1,
            count=len(chars),
        )
    if _check_char(chars[:CODE_CHARS]) != chars[CODE_CHARS]:
        raise _bad(QT_TRANSLATE_NOOP("Sync", "this code has a typo: check each character"))
    return JoinCode(chars)


# -- the invitation and its link ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Invitation:
    """What the host hands a device it invites: shown as a link, a code and a QR code."""

    meeting_id: str
    title: str
    host_name: str
    #: the host's addresses, ``ws://address:port`` (the room is derived from the key)
    addresses: tuple[str, ...]
    role: Role
    #: 128 random bits, url-safe base64: used once
    token: str
    expires: datetime
    #: what the device joins with (``SyncedMeeting.join``'s invitation text: the meeting key and
    #: what else the host's roles need): only in a link through a relay (else the host hands it)
    key: str = field(default="", repr=False)
    #: relays the meeting goes through (the device joins there with ``key``)
    relays: tuple[str, ...] = ()

    def link(self) -> str:
        params: list[tuple[str, str]] = [
            ("v", str(VERSION)),
            ("m", self.meeting_id),
            ("n", self.title),
            ("h", self.host_name),
            *(("a", a) for a in self.addresses),
            *(("y", y) for y in self.relays),
            ("r", str(self.role)),
            ("o", self.token),
            ("e", str(int(self.expires.timestamp()))),
        ]
        if self.key:
            params.append(("k", self.key))
        body = SCHEME + "&".join(f"{k}={quote(v, safe='')}" for k, v in params)
        return f"{body}&c={_checksum(body)}"

    def code(self) -> str:
        """The short code, grouped for reading aloud: ``K7QM-3XPA-9FZ``."""
        return group_code(code_of(self.token))

    def qr_text(self) -> str:
        return self.link()

    def qr_matrix(self) -> list[list[bool]]:
        """The QR code of the link as rows of dark (True) and light modules, no quiet zone."""
        import segno

        qr = segno.make(self.qr_text(), error="m", micro=False)
        return [[bool(v) for v in row] for row in qr.matrix]

    def expired(self, now: datetime | None = None) -> bool:
        return (now or datetime.now(UTC)) >= self.expires


def _checksum(body: str) -> str:
    return _base32(hashlib.sha256(body.encode("utf-8")).digest()[:4], CHECK_CHARS)


def parse_join_text(text: str, now: datetime | None = None) -> Invitation | JoinCode:
    """An invitation link (pasted from a mail or a chat: spaces, line breaks, ``<>``, quotes) or a
    short code; :class:`SyncError` saying what is wrong with anything else."""
    if not isinstance(text, str):
        raise _bad(QT_TRANSLATE_NOOP("Sync", "this is neither an invitation link nor a code"))
    start = text.lower().find("facilitation:")
    if start < 0:
        code = _parse_code(text)
        if code is None:
            raise _bad(QT_TRANSLATE_NOOP("Sync", "this is neither an invitation link nor a code"))
        return code
    link = _NOISE.sub("", text[start:])
    if link.lower().startswith("facilitation:") and not link.startswith(SCHEME):
        head, sep, rest = link.partition("?")
        if head.lower().rstrip("/") not in ("facilitation://join", "facilitation:join") or not sep:
            raise _bad(QT_TRANSLATE_NOOP("Sync", "this is not an invitation link"))
        link = SCHEME + rest
    cut = link.rfind("&c=")
    if cut < 0 or len(link) < cut + 3 + CHECK_CHARS:
        raise _bad(QT_TRANSLATE_NOOP("Sync", "this invitation link is cut short: copy all of it"))
    body, check = link[:cut], link[cut + 3 : cut + 3 + CHECK_CHARS]
    fields = parse_qs(body[len(SCHEME) :], keep_blank_values=True)
    version = fields.get("v", [""])[0]
    if version.isdigit() and int(version) > VERSION:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Sync", "this invitation comes from a newer version of Facilitation: update it"
            )
        )
    if check.upper() != _checksum(body):
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Sync", "this invitation link is damaged (a character changed): copy it again"
            )
        )
    invitation = _invitation_of(fields)
    if invitation.expired(now):
        raise expired_error(invitation.expires)
    return invitation


def expired_error(expires: datetime) -> InvitationError:
    return _bad(
        QT_TRANSLATE_NOOP("Sync", "this invitation expired at {time}: ask for a new one"),
        "expired",
        time=expires.astimezone().strftime("%H:%M"),
    )


def _invitation_of(fields: dict[str, list[str]]) -> Invitation:
    def one(name: str) -> str:
        values = fields.get(name)
        if not values or len(values) != 1:
            raise ValueError(name)
        return values[0]

    try:
        if one("v") != str(VERSION):
            raise ValueError("v")
        addresses = tuple(fields.get("a", []))
        relays = tuple(fields.get("y", []))
        if not addresses and not relays:
            raise ValueError("a")
        if not all(u.startswith(("ws://", "wss://")) for u in addresses + relays):
            raise ValueError("a")
        token = one("o")
        if len(_unb64(token)) != TOKEN_BYTES:
            raise ValueError("o")
        key = fields.get("k", [""])[0]
        if len(key) > 1000 or not re.fullmatch(r"[A-Za-z0-9_.:\-]*", key):
            raise ValueError("k")
        if relays and not key:
            raise ValueError("k")
        meeting_id = one("m")
        if not meeting_id:
            raise ValueError("m")
        return Invitation(
            meeting_id=meeting_id,
            title=one("n"),
            host_name=one("h"),
            addresses=addresses,
            role=Role(one("r")),
            token=token,
            expires=datetime.fromtimestamp(int(one("e")), UTC),
            key=key,
            relays=relays,
        )
    except (ValueError, OverflowError, OSError) as exc:
        raise _bad(
            QT_TRANSLATE_NOOP("Sync", "this invitation link is incomplete: copy all of it")
        ) from exc


# -- the exchange's keys ----------------------------------------------------------------------------------


def code_key(code: str) -> bytes:
    """``K`` for a code: scrypt (2^14, 8, 1), about 0.1 s and 16 MiB a guess."""
    chars = code.replace("-", "").upper()[:CODE_CHARS]
    kdf = Scrypt(salt=b"facilitation join code/1", length=32, n=2**14, r=8, p=1)
    return kdf.derive(chars.encode("ascii"))


def token_key(token: str) -> bytes:
    """``K`` for a link: the token has 128 bits, no need to slow a guess down."""
    hkdf = HKDF(SHA256(), 32, salt=None, info=b"facilitation join token/1")
    return hkdf.derive(_unb64(token))


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":")).encode("utf-8")


def _seal_key(shared: bytes, k: bytes, transcript: bytes) -> ChaCha20Poly1305:
    hkdf = HKDF(SHA256(), 32, salt=k, info=b"facilitation invite seal/1\0" + transcript)
    return ChaCha20Poly1305(hkdf.derive(shared))


@dataclass(slots=True)
class Asking:
    """The device's side of one exchange: what it sent and its ephemeral key."""

    mode: str
    k: bytes
    private: X25519PrivateKey
    request: bytes


def ask(mode: str, secret: str, device_id: str, name: str, public: str = "") -> Asking:
    """The device's request: ``mode`` "code" (``secret`` the code) or "token" (a link's token)."""
    k = code_key(secret) if mode == "code" else token_key(secret)
    private = X25519PrivateKey.generate()
    body = {
        "v": VERSION,
        "mode": mode,
        "pub": _b64(private.public_key().public_bytes(*_RAW)),
        "device": device_id,
        "name": name[:200],
        "public": public,
        "nonce": _b64(os.urandom(16)),
    }
    body["mac"] = _b64(hmac.new(k, b"request\0" + _canonical(body), hashlib.sha256).digest())
    return Asking(mode, k, private, _canonical(body))


#: the host's refusals, as the device says them
REFUSALS = {
    "used": QT_TRANSLATE_NOOP("Sync", "this invitation has already been used: ask for a new one"),
    "expired": QT_TRANSLATE_NOOP("Sync", "this invitation has expired: ask for a new one"),
    "wrong": QT_TRANSLATE_NOOP(
        "Sync", "the host does not know this code ({left} tries left before it is locked)"
    ),
    "locked": QT_TRANSLATE_NOOP(
        "Sync", "too many wrong codes were tried: the host must make a new invitation"
    ),
    "unknown": QT_TRANSLATE_NOOP("Sync", "the host does not know this invitation"),
    "bad": QT_TRANSLATE_NOOP("Sync", "the host did not understand the request"),
}


def read_answer(asking: Asking, answer: bytes) -> dict[str, Any]:
    """What the host sealed to this device: meeting, key, role, addresses, title, host name.
    SyncError for a refusal, or for an answer that does not prove the host knows the secret."""
    try:
        data = json.loads(answer)
        if not isinstance(data, dict) or data.get("v") != VERSION:
            raise ValueError("version")
        if data.get("ok") is not True:
            reason = str(data.get("error"))
            if reason not in REFUSALS:
                reason = "bad"
            left = data.get("left", 0)
            raise InvitationError(REFUSALS[reason], {"left": left}, reason=reason)
        pub, sealed, mac = _unb64(data["pub"]), _unb64(data["sealed"]), _unb64(data["mac"])
        transcript = hashlib.sha256(asking.request).digest() + pub
        want = hmac.new(asking.k, b"answer\0" + transcript + sealed, hashlib.sha256).digest()
        if not hmac.compare_digest(mac, want):
            raise ValueError("mac")
        shared = asking.private.exchange(X25519PublicKey.from_public_bytes(pub))
        plain = _seal_key(shared, asking.k, transcript).decrypt(b"\0" * 12, sealed, transcript)
        grant = json.loads(plain)
        if not isinstance(grant, dict) or not isinstance(grant.get("key"), str):
            raise ValueError("grant")
        Role(grant["role"])
        return grant
    except SyncError:
        raise
    except (ValueError, KeyError, TypeError, InvalidTag) as exc:
        raise _bad(
            QT_TRANSLATE_NOOP(
                "Sync", "the answer did not come from the meeting's host: nothing was joined"
            ),
            "forged",
        ) from exc


# -- the host's book of invitations ------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Redeemed:
    """An invitation just used: the host grants ``role`` to the device."""

    device_id: str
    name: str
    public: str
    role: Role


@dataclass(slots=True)
class _Open:
    token: str
    role: Role
    expires: datetime
    used_by: str = ""
    code_locked: bool = False
    #: what the device joins with (the host's one-time ticket for the role, once roles are in)
    join: str = ""
    token_k: bytes = b""
    code_k: bytes = b""


class InvitationDesk:
    """The host's invitations: issued, used (kept on disk, so a restart reopens none), refused.

    :meth:`answer` runs on the server's thread; the lock keeps it apart from :meth:`issue`."""

    FILE = "invitations.json"

    def __init__(self, folder: Path, grant: Callable[[], dict[str, Any]]) -> None:
        #: what a device gets once admitted (meeting, key, title, host name, addresses)
        self.grant = grant
        #: called (on the server's thread) for each invitation redeemed
        self.on_redeemed: Callable[[Redeemed], None] | None = None
        self._lock = threading.Lock()
        self._path = private_dir(Path(folder)) / self.FILE
        self._book: dict[str, _Open] = {}
        self.failures = 0
        self._load()

    def _load(self) -> None:
        try:
            data = json.loads(self._path.read_bytes())
            for item in data.get("invitations", []):
                entry = _Open(
                    item["token"],
                    Role(item["role"]),
                    datetime.fromtimestamp(int(item["expires"]), UTC),
                    item.get("used_by", ""),
                    bool(item.get("code_locked", False)),
                    str(item.get("join", "")),
                )
                self._book[entry.token] = entry
            self.failures = int(data.get("failures", 0))
        except FileNotFoundError:
            return
        except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
            # refuse everything rather than reopen what was used
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "the invitations stored in {folder} are damaged"),
                {"folder": self._path.parent},
            ) from exc

    def _save(self) -> None:
        data = {
            "version": 1,
            "failures": self.failures,
            "invitations": [
                {
                    "token": e.token,
                    "role": str(e.role),
                    "expires": int(e.expires.timestamp()),
                    "used_by": e.used_by,
                    "code_locked": e.code_locked,
                    "join": e.join,
                }
                for e in self._book.values()
            ],
        }
        try:
            write_atomic(self._path, json.dumps(data).encode("utf-8"))
        except StorageError as exc:
            raise SyncError.wrap(exc) from exc

    def issue(
        self, role: Role, valid_for: timedelta, now: datetime, join: str = ""
    ) -> tuple[str, datetime]:
        """A new one-time token for ``role``, valid for ``valid_for`` from ``now``; ``join``: the
        invitation text the device joins with (default: the grant's meeting and key)."""
        if valid_for <= timedelta(0):
            raise _bad(QT_TRANSLATE_NOOP("Sync", "an invitation must be valid for some time"))
        token = _b64(os.urandom(TOKEN_BYTES))
        expires = (now + valid_for).replace(microsecond=0)
        entry = _Open(token, Role(role), expires, join=join)
        entry.token_k, entry.code_k = token_key(token), code_key(code_of(token))
        with self._lock:
            # forget invitations expired for a day: their tokens can no longer be redeemed anyway
            stale = [t for t, e in self._book.items() if e.expires < now - timedelta(days=1)]
            for t in stale:
                del self._book[t]
            self._book[token] = entry
            self.failures = 0
            self._save()
        return token, expires

    def _keys(self, entry: _Open, mode: str) -> bytes:
        if mode == "code":
            if not entry.code_k:
                entry.code_k = code_key(code_of(entry.token))
            return entry.code_k
        if not entry.token_k:
            entry.token_k = token_key(entry.token)
        return entry.token_k

    def answer(self, request: bytes, now: datetime) -> bytes:
        """The host's answer to one request (never raises)."""
        try:
            body = json.loads(request)
            if not isinstance(body, dict) or body.get("v") != VERSION:
                raise ValueError("version")
            mode, mac = body["mode"], _unb64(body.pop("mac"))
            if mode not in ("code", "token"):
                raise ValueError("mode")
            device, name, public = str(body["device"]), str(body["name"]), str(body["public"])
            pub = X25519PublicKey.from_public_bytes(_unb64(body["pub"]))
            signed = b"request\0" + _canonical(body)
        except (ValueError, KeyError, TypeError):
            return _refusal("bad")
        with self._lock:
            found: _Open | None = None
            for entry in self._book.values():
                k = self._keys(entry, mode)
                if hmac.compare_digest(hmac.new(k, signed, hashlib.sha256).digest(), mac):
                    found = entry
                    break
            if found is None:
                if mode != "code":
                    return _refusal("unknown")
                self.failures += 1
                left = MAX_CODE_FAILURES - self.failures
                if left <= 0:
                    for entry in self._book.values():
                        entry.code_locked = True
                    self.failures = 0
                self._save()
                return _refusal("wrong" if left > 0 else "locked", max(left, 0))
            if mode == "code" and found.code_locked:
                return _refusal("locked")
            if found.used_by:
                return _refusal("used")
            if now >= found.expires:
                return _refusal("expired")
            found.used_by = device
            self._save()  # on disk before the key leaves
        grant = dict(self.grant())
        grant["role"] = str(found.role)
        if found.join:
            grant["invitation"] = found.join
        host_private = X25519PrivateKey.generate()
        host_pub = host_private.public_key().public_bytes(*_RAW)
        transcript = hashlib.sha256(request).digest() + host_pub
        k = self._keys(found, mode)
        sealed = _seal_key(host_private.exchange(pub), k, transcript).encrypt(
            b"\0" * 12, _canonical(grant), transcript
        )
        mac_out = hmac.new(k, b"answer\0" + transcript + sealed, hashlib.sha256).digest()
        if self.on_redeemed is not None:
            self.on_redeemed(Redeemed(device, name, public, found.role))
        return _canonical(
            {
                "v": VERSION,
                "ok": True,
                "pub": _b64(host_pub),
                "sealed": _b64(sealed),
                "mac": _b64(mac_out),
            }
        )

    def claim(self, token: str, device_id: str, now: datetime) -> Role | None:
        """A link's token claimed through a relay by ``device_id``: its role, the first time and
        before the expiry; None otherwise (used by another, expired, unknown)."""
        with self._lock:
            entry = self._book.get(token)
            if entry is not None and entry.used_by == device_id:
                return entry.role  # the same device again (after a restart of either)
            if entry is None or entry.used_by or now >= entry.expires:
                return None
            entry.used_by = device_id
            self._save()
            return entry.role

    def is_used(self, token: str) -> bool:
        with self._lock:
            entry = self._book.get(token)
            return entry is not None and bool(entry.used_by)


def _refusal(reason: str, left: int = 0) -> bytes:
    return _canonical({"v": VERSION, "ok": False, "error": reason, "left": left})
