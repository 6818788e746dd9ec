"""Sealing log entries with the meeting key (ChaCha20-Poly1305) and signing them (Ed25519).

A sealed record is one ASCII string (pycrdt keeps strings as they are, where numbers in an
untyped value would come back as floats)::

    f2.<author>.<seq>.<epoch>.<base64url(nonce | ciphertext | tag)>.<base64url(signature)>

``author`` (the writing device's id, derived from its public signing key), ``seq`` (that device's
entry counter) and ``epoch`` (which meeting key sealed it: 0 is the invitation's, each rotation
adds one) are in clear: every device must know them to check the record. The associated data binds
the sealed bytes to this meeting, that author, sequence number and epoch, so an entry copied from
another meeting, moved to another author or renumbered fails to open, exactly like a tampered or
truncated one. The signature is the author's, over the same header and the sealed bytes: only the
holder of a device's key writes as that device. A replayed copy of a genuine entry opens, and is
recognised by its (author, seq) pair already in the log.

Records of the first format (``f1.``, unsigned, before roles) are refused with a clear error.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
import re
from dataclasses import dataclass

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305

from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.sync.errors import SealError
from facilitation.sync.identity import SIGNATURE_BYTES, DeviceIdentity, verify

PREFIX = "f2"
OLD_PREFIX = "f1"
NONCE_BYTES = 12
KEY_BYTES = 32
#: a record longer than this is refused unopened (the meeting's starting state is the largest)
MAX_RECORD_CHARS = 6 * 1024 * 1024
_AUTHOR = re.compile(r"[0-9a-f]{16}\Z")


@dataclass(frozen=True, slots=True)
class Sealed:
    """A record's header read, its body and signature decoded; nothing checked yet."""

    author: str
    seq: int
    epoch: int
    body: bytes
    signature: bytes
    meeting_id: str

    def signed(self) -> bytes:
        """What the author signed: the header bound to this meeting, and the sealed bytes."""
        return _ad(self.meeting_id, self.author, self.seq, self.epoch) + b"\0" + self.body

    def signed_by(self, public: bytes) -> bool:
        return verify(public, self.signature, self.signed())


def _ad(meeting_id: str, author: str, seq: int, epoch: int) -> bytes:
    return f"facilitation/2\0{meeting_id}\0{author}\0{seq}\0{epoch}".encode()


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii")


def _unb64(text: str) -> bytes:
    try:
        return base64.urlsafe_b64decode(text.encode("ascii"))
    except (ValueError, UnicodeEncodeError) as exc:
        raise SealError(QT_TRANSLATE_NOOP("Sync", "bad record body")) from exc


def read_record(record: object, meeting_id: str) -> Sealed:
    """Read a record's header and decode its parts; raise :class:`SealError` for anything else."""
    if not isinstance(record, str):
        raise SealError(QT_TRANSLATE_NOOP("Sync", "not a sealed record"))
    if len(record) > MAX_RECORD_CHARS:
        raise SealError(QT_TRANSLATE_NOOP("Sync", "record too large"))
    parts = record.split(".")
    if parts[0] == OLD_PREFIX and len(parts) == 4:
        raise SealError(
            QT_TRANSLATE_NOOP("Sync", "a record of an older version, unsigned (before roles)")
        )
    if len(parts) != 6 or parts[0] != PREFIX:
        raise SealError(QT_TRANSLATE_NOOP("Sync", "not a sealed record"))
    _, author, seq_text, epoch_text, body, signature = parts
    if (
        not _AUTHOR.match(author)
        or not seq_text.isdigit()
        or len(seq_text) > 12
        or not epoch_text.isdigit()
        or len(epoch_text) > 6
    ):
        raise SealError(QT_TRANSLATE_NOOP("Sync", "bad record header"))
    sealed, sig = _unb64(body), _unb64(signature)
    if len(sealed) < NONCE_BYTES + 16:
        raise SealError(QT_TRANSLATE_NOOP("Sync", "record truncated"))
    if len(sig) != SIGNATURE_BYTES:
        raise SealError(QT_TRANSLATE_NOOP("Sync", "bad record signature"))
    return Sealed(author, int(seq_text), int(epoch_text), sealed, sig, meeting_id)


class MeetingKey:
    """The secret shared by the invited devices of one meeting."""

    __slots__ = ("_aead", "epoch", "meeting_id", "raw")

    def __init__(self, raw: bytes, meeting_id: str, epoch: int = 0) -> None:
        if len(raw) != KEY_BYTES:
            raise SealError(QT_TRANSLATE_NOOP("Sync", "a meeting key is 32 bytes"))
        self.raw = raw
        self.meeting_id = meeting_id
        #: 0 for the invitation's key; each rotation (a device revoked) adds one
        self.epoch = epoch
        self._aead = ChaCha20Poly1305(raw)

    @classmethod
    def generate(cls, meeting_id: str, epoch: int = 0) -> MeetingKey:
        return cls(ChaCha20Poly1305.generate_key(), meeting_id, epoch)

    def text(self) -> str:
        """The key as text (what an invitation carries)."""
        return base64.urlsafe_b64encode(self.raw).decode("ascii").rstrip("=")

    @classmethod
    def from_text(cls, text: str, meeting_id: str) -> MeetingKey:
        try:
            raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        except ValueError as exc:
            raise SealError(QT_TRANSLATE_NOOP("Sync", "this is not a meeting key")) from exc
        return cls(raw, meeting_id)

    def room(self) -> str:
        """The room's name on a relay: derived from the key, so it tells the relay nothing."""
        mac = hmac.new(self.raw, b"facilitation room " + self.meeting_id.encode(), hashlib.sha256)
        return mac.hexdigest()[:32]

    def meeting_tag(self) -> str:
        """What the document's ``facts`` say of the meeting: derived from the key and the meeting's
        id, so that a relay (which stores the facts in clear) learns neither, and a device tells
        another meeting's document from its own."""
        mac = hmac.new(
            self.raw, b"facilitation meeting " + self.meeting_id.encode(), hashlib.sha256
        )
        return mac.hexdigest()[:32]

    def seal(self, identity: DeviceIdentity, seq: int, plaintext: bytes) -> str:
        """Seal ``plaintext`` as entry ``seq`` of ``identity``, signed with its key."""
        author = identity.device_id
        nonce = os.urandom(NONCE_BYTES)
        ad = _ad(self.meeting_id, author, seq, self.epoch)
        sealed = nonce + self._aead.encrypt(nonce, plaintext, ad)
        signature = identity.sign(ad + b"\0" + sealed)
        return f"{PREFIX}.{author}.{seq}.{self.epoch}.{_b64(sealed)}.{_b64(signature)}"

    def open(self, sealed: Sealed) -> bytes:
        """Open a record of this key's epoch; raise :class:`SealError` if the seal does not hold."""
        ad = _ad(self.meeting_id, sealed.author, sealed.seq, sealed.epoch)
        try:
            if sealed.epoch != self.epoch or sealed.meeting_id != self.meeting_id:
                raise InvalidTag
            return self._aead.decrypt(sealed.body[:NONCE_BYTES], sealed.body[NONCE_BYTES:], ad)
        except InvalidTag as exc:
            raise SealError(
                QT_TRANSLATE_NOOP("Sync", "the seal does not hold (wrong key, tampered or foreign)")
            ) from exc
