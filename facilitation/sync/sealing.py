"""Sealing log entries with the meeting key (ChaCha20-Poly1305 from ``cryptography``).

A sealed record is one ASCII string (pycrdt keeps strings as they are, where numbers in an
untyped value would come back as floats)::

    f1.<author>.<seq>.<base64url(nonce | ciphertext | tag)>

``author`` (a device's random id) and ``seq`` (that device's entry counter) are in clear: every
device must know them to check the seal. The associated data binds the sealed bytes to this meeting
and to that author and sequence number, so an entry copied from another meeting, moved to another
author or renumbered fails to open, exactly like a tampered or truncated one. A replayed copy of a
genuine entry opens, and is recognised by its (author, seq) pair already in the log.
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

PREFIX = "f1"
NONCE_BYTES = 12
KEY_BYTES = 32
#: a record longer than this is refused unopened (the meeting's starting state is the largest)
MAX_RECORD_CHARS = 6 * 1024 * 1024
_AUTHOR = re.compile(r"[0-9a-f]{16}\Z")


def new_author() -> str:
    """A fresh device id: 64 random bits, hex."""
    return os.urandom(8).hex()


@dataclass(frozen=True, slots=True)
class Opened:
    author: str
    seq: int
    plaintext: bytes


class MeetingKey:
    """The secret shared by the invited devices of one meeting."""

    __slots__ = ("_aead", "meeting_id", "raw")

    def __init__(self, raw: bytes, meeting_id: str) -> None:
        if len(raw) != KEY_BYTES:
            raise SealError(QT_TRANSLATE_NOOP("Sync", "a meeting key is 32 bytes"))
        self.raw = raw
        self.meeting_id = meeting_id
        self._aead = ChaCha20Poly1305(raw)

    @classmethod
    def generate(cls, meeting_id: str) -> MeetingKey:
        return cls(ChaCha20Poly1305.generate_key(), meeting_id)

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

    def _ad(self, author: str, seq: int) -> bytes:
        return f"facilitation/1\0{self.meeting_id}\0{author}\0{seq}".encode()

    def seal(self, author: str, seq: int, plaintext: bytes) -> str:
        nonce = os.urandom(NONCE_BYTES)
        sealed = nonce + self._aead.encrypt(nonce, plaintext, self._ad(author, seq))
        body = base64.urlsafe_b64encode(sealed).decode("ascii")
        return f"{PREFIX}.{author}.{seq}.{body}"

    def open(self, record: object) -> Opened:
        """Check and open one record; raise :class:`SealError` for anything but a genuine entry."""
        if not isinstance(record, str):
            raise SealError(QT_TRANSLATE_NOOP("Sync", "not a sealed record"))
        if len(record) > MAX_RECORD_CHARS:
            raise SealError(QT_TRANSLATE_NOOP("Sync", "record too large"))
        parts = record.split(".")
        if len(parts) != 4 or parts[0] != PREFIX:
            raise SealError(QT_TRANSLATE_NOOP("Sync", "not a sealed record"))
        _, author, seq_text, body = parts
        if not _AUTHOR.match(author) or not seq_text.isdigit() or len(seq_text) > 12:
            raise SealError(QT_TRANSLATE_NOOP("Sync", "bad record header"))
        seq = int(seq_text)
        try:
            sealed = base64.urlsafe_b64decode(body.encode("ascii"))
        except (ValueError, UnicodeEncodeError) as exc:
            raise SealError(QT_TRANSLATE_NOOP("Sync", "bad record body")) from exc
        if len(sealed) < NONCE_BYTES + 16:
            raise SealError(QT_TRANSLATE_NOOP("Sync", "record truncated"))
        try:
            plain = self._aead.decrypt(
                sealed[:NONCE_BYTES], sealed[NONCE_BYTES:], self._ad(author, seq)
            )
        except InvalidTag as exc:
            raise SealError(
                QT_TRANSLATE_NOOP("Sync", "the seal does not hold (wrong key, tampered or foreign)")
            ) from exc
        return Opened(author, seq, plain)
