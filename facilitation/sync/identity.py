"""A device's own keys for one shared meeting: it signs what it writes, and receives new meeting keys.

Each device holds an Ed25519 signing key (every log entry it writes is signed with it) and an X25519
agreement key (the host seals each new meeting key to it when it rotates the key, see
:mod:`.replica`). Both are made when the device shares or joins a meeting and kept in the device's
folder for that meeting (``identity.json``, 0600 in a 0700 folder): a device is a new stranger to
every meeting, as its old random author id was.

The device's id is derived from its public signing key (the first 64 bits of its SHA-256, in hex):
an id names one key, so an entry that claims an author is checked with that author's own key.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey, X25519PublicKey
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.hashes import SHA256
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.serialization import (
    Encoding,
    NoEncryption,
    PrivateFormat,
    PublicFormat,
)

from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.storage.atomic import write_atomic
from facilitation.storage.errors import StorageError
from facilitation.storage.paths import private_dir
from facilitation.sync.errors import SyncError

FILE = "identity.json"
PUBLIC_BYTES = 32
SIGNATURE_BYTES = 64
_RAW = (Encoding.Raw, PublicFormat.Raw)


def device_id_of(public: bytes) -> str:
    """The id of the device whose public signing key is ``public``."""
    return hashlib.sha256(b"facilitation device\0" + public).hexdigest()[:16]


def b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def unb64(text: str) -> bytes:
    """Raise ValueError for anything but url-safe base64."""
    if not isinstance(text, str):
        raise ValueError("not text")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@functools.lru_cache(maxsize=1024)
def _public_key(public: bytes) -> Ed25519PublicKey:
    return Ed25519PublicKey.from_public_bytes(public)


def verify(public: bytes, signature: bytes, data: bytes) -> bool:
    """Whether ``signature`` is ``public``'s over ``data`` (False for any malformed input)."""
    try:
        _public_key(public).verify(signature, data)
    except (InvalidSignature, ValueError, TypeError):
        return False
    return True


def _kek(shared: bytes, context: bytes) -> ChaCha20Poly1305:
    key = HKDF(SHA256(), 32, salt=None, info=b"facilitation sealed to a device\0" + context)
    return ChaCha20Poly1305(key.derive(shared))


def seal_to(agreement: bytes, data: bytes, context: bytes) -> bytes:
    """``data`` readable only by the holder of the X25519 key ``agreement`` (ephemeral key |
    ciphertext | tag); ``context`` is bound to it (meeting, epoch, device)."""
    ephemeral = X25519PrivateKey.generate()
    shared = ephemeral.exchange(X25519PublicKey.from_public_bytes(agreement))
    eph = ephemeral.public_key().public_bytes(*_RAW)
    return eph + _kek(shared, context + eph).encrypt(b"\0" * 12, data, context)


@dataclass(eq=False)
class DeviceIdentity:
    """This device's keys for one meeting, and the name it shows to the others."""

    name: str
    _signing: Ed25519PrivateKey
    _agreement: X25519PrivateKey

    def __post_init__(self) -> None:
        self.public: bytes = self._signing.public_key().public_bytes(*_RAW)
        #: the raw X25519 public key others seal new meeting keys to
        self.agreement: bytes = self._agreement.public_key().public_bytes(*_RAW)
        self.device_id: str = device_id_of(self.public)

    @classmethod
    def create(cls, name: str) -> DeviceIdentity:
        return cls(name, Ed25519PrivateKey.generate(), X25519PrivateKey.generate())

    def sign(self, data: bytes) -> bytes:
        return self._signing.sign(data)

    def unseal(self, sealed: bytes, context: bytes) -> bytes | None:
        """What :func:`seal_to` sealed to this device; None if it was not for it."""
        if len(sealed) < PUBLIC_BYTES + 16:
            return None
        eph, body = sealed[:PUBLIC_BYTES], sealed[PUBLIC_BYTES:]
        try:
            shared = self._agreement.exchange(X25519PublicKey.from_public_bytes(eph))
            return _kek(shared, context + eph).decrypt(b"\0" * 12, body, context)
        except Exception:  # not for this device, or tampered
            return None

    def save(self, folder: Path) -> None:
        """Into ``folder``/identity.json, 0600 (the folder made 0700)."""
        raw = (Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        data = {
            "version": 1,
            "name": self.name,
            "signing": b64(self._signing.private_bytes(*raw)),
            "agreement": b64(self._agreement.private_bytes(*raw)),
        }
        try:
            write_atomic(private_dir(Path(folder)) / FILE, json.dumps(data).encode("utf-8"))
        except StorageError as exc:
            raise SyncError.wrap(exc) from exc

    @classmethod
    def load(cls, folder: Path) -> DeviceIdentity:
        path = Path(folder) / FILE
        try:
            data = json.loads(path.read_bytes())
            if not isinstance(data, dict) or data.get("version") != 1:
                raise ValueError("not this program's identity file")
            name = data["name"]
            if not isinstance(name, str):
                raise ValueError("no name")
            signing = Ed25519PrivateKey.from_private_bytes(unb64(data["signing"]))
            agreement = X25519PrivateKey.from_private_bytes(unb64(data["agreement"]))
        except FileNotFoundError as exc:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "Sync",
                    "{folder} holds no device keys: it was shared by an older version, before "
                    "roles; share the meeting again",
                ),
                {"folder": folder},
            ) from exc
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "the device keys stored in {folder} are damaged"),
                {"folder": folder},
            ) from exc
        return cls(name, signing, agreement)


def random_ticket() -> str:
    return b64(os.urandom(16))


def default_device_name() -> str:
    """What others see of this device when it names itself: the computer's name."""
    return socket.gethostname() or "?"
