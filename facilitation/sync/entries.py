"""What a log entry holds once opened, and the one place commands become bytes and back.

A command is written the way the autosave journal writes it (``Command.to_data`` and
``command_from_data``, by name), so a change to that codec carries over to the shared log. The
meeting's starting state travels as the bytes of a meeting file (``dumps_meeting`` and
``loads_meeting``), deflated, sealed like any other entry, after the host's keys (the host is the
root of trust of its meeting). Besides commands, the log holds what roles need: a device's hello
(its keys and name, granting nothing), the host's grants (a role, or none: revoked) and the host's
new meeting keys, each sealed to a device's agreement key.
"""

from __future__ import annotations

import json
import struct
import zlib
from dataclasses import dataclass, field
from typing import Any

from facilitation.models import Command, Meeting, command_from_data
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.storage.fileformat import dumps_meeting, loads_meeting
from facilitation.sync.errors import SealError
from facilitation.sync.identity import PUBLIC_BYTES, DeviceIdentity, b64, device_id_of, unb64
from facilitation.sync.roles import Role
from facilitation.sync.sealing import MeetingKey, Sealed

#: (author, seq): how an entry is named everywhere
Key = tuple[str, int]


@dataclass(frozen=True, slots=True)
class Card:
    """A device as the log knows it: its id, public keys and name."""

    device_id: str
    public: bytes
    agreement: bytes
    name: str

    @classmethod
    def of(cls, identity: DeviceIdentity) -> Card:
        return cls(identity.device_id, identity.public, identity.agreement, identity.name)

    def data(self) -> dict[str, str]:
        return {"public": b64(self.public), "agreement": b64(self.agreement), "name": self.name}

    @classmethod
    def read(cls, data: object) -> Card:
        if not isinstance(data, dict):
            raise ValueError("no device")
        public, agreement = unb64(data["public"]), unb64(data["agreement"])
        name = data.get("name", "")
        if (
            len(public) != PUBLIC_BYTES
            or len(agreement) != PUBLIC_BYTES
            or not isinstance(name, str)
        ):
            raise ValueError("bad device keys")
        return cls(device_id_of(public), public, agreement, name[:200])


START, COMMAND, HELLO, GRANT, KEYS = "start", "command", "hello", "grant", "keys"


@dataclass(frozen=True, slots=True)
class Entry:
    key: Key
    #: the command, or None for the other kinds of entry
    command: Command | None
    #: the starting state (only in the first entry, seq 0)
    base: Meeting | None = None
    #: the entry this one takes back (a device's undo)
    undoes: Key | None = None
    kind: str = COMMAND
    #: the host's keys (start), a device introducing itself (hello), the grantee (grant)
    device: Card | None = None
    #: a grant's role; None: the device's role is revoked
    role: Role | None = None
    #: a hello's ticket (what the invitation gave it, for the host to check)
    ticket: str = ""
    #: keys: the new epoch; grant and keys: meeting keys sealed to devices, by (epoch, device)
    epoch: int = 0
    sealed_keys: dict[tuple[int, str], bytes] = field(default_factory=dict)

    @property
    def author(self) -> str:
        return self.key[0]


def encode_command(command: Command, undoes: Key | None) -> bytes:
    """``C`` and a JSON object: the command as the journal writes it, and what it undoes."""
    body: dict[str, Any] = {"cmd": command.to_data()}
    if undoes is not None:
        body["undoes"] = [undoes[0], undoes[1]]
    return b"C" + json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


#: the largest starting state a device unpacks (a meeting file is refused above 64 MiB too)
MAX_BASE_BYTES = 64 * 1024 * 1024


def encode_base(meeting: Meeting, host: Card) -> bytes:
    """``Z``, the host's keys (a length and JSON), and the bytes of the meeting file, deflated (a
    large meeting's 860 KB become ~150 KB on the wire); read back by the file loader, checks and
    all."""
    card = json.dumps(host.data()).encode("utf-8")
    return b"Z" + struct.pack(">I", len(card)) + card + zlib.compress(dumps_meeting(meeting), 6)


def _json(tag: bytes, body: dict[str, Any]) -> bytes:
    return tag + json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def encode_hello(card: Card, ticket: str) -> bytes:
    """``H``: a device says who it is (its keys and name) and which invitation it holds."""
    return _json(b"H", {"device": card.data(), "ticket": ticket})


def _sealed_keys(sealed: dict[tuple[int, str], bytes]) -> list[list[Any]]:
    return [[epoch, device, b64(blob)] for (epoch, device), blob in sorted(sealed.items())]


def encode_grant(card: Card, role: Role | None, sealed: dict[tuple[int, str], bytes]) -> bytes:
    """``G`` (the host's only): ``card``'s device holds ``role`` from here on (None: revoked), and
    the meeting keys of the epochs since the invitation's, sealed to it."""
    body = {"device": card.data(), "role": None if role is None else str(role)}
    return _json(b"G", {**body, "keys": _sealed_keys(sealed)})


def encode_keys(epoch: int, sealed: dict[tuple[int, str], bytes]) -> bytes:
    """``K`` (the host's only): the meeting key of ``epoch``, sealed to each remaining device."""
    return _json(b"K", {"epoch": epoch, "keys": _sealed_keys(sealed)})


def _read_sealed_keys(data: object) -> dict[tuple[int, str], bytes]:
    if not isinstance(data, list) or len(data) > 10_000:
        raise ValueError("bad keys")
    out: dict[tuple[int, str], bytes] = {}
    for item in data:
        if not (
            isinstance(item, list)
            and len(item) == 3
            and isinstance(item[0], int)
            and isinstance(item[1], str)
        ):
            raise ValueError("bad keys")
        out[(item[0], item[1])] = unb64(item[2])
    return out


def _inflate(data: bytes) -> bytes:
    d = zlib.decompressobj()
    out = d.decompress(data, MAX_BASE_BYTES)
    if d.unconsumed_tail or not d.eof:
        raise ValueError("the starting state is too large or cut short")
    return out


def open_entry(key: MeetingKey, sealed: Sealed) -> Entry:
    """Open and decode one record (its signature is the replica's to check); raise
    :class:`SealError` for anything that is not an entry."""
    plaintext = key.open(sealed)
    ident = (sealed.author, sealed.seq)
    tag, data = plaintext[:1], plaintext[1:]
    try:
        if tag == b"Z":
            if sealed.seq != 0:
                raise ValueError("a starting state out of place")
            (size,) = struct.unpack(">I", data[:4])
            host = Card.read(json.loads(data[4 : 4 + size]))
            base = loads_meeting(_inflate(data[4 + size :]), "shared meeting")
            return Entry(ident, None, base=base, kind=START, device=host)
        if tag not in (b"C", b"H", b"G", b"K") or sealed.seq == 0:
            raise ValueError("unknown kind of entry")
        body = json.loads(data)
        if not isinstance(body, dict):
            raise ValueError("not an object")
        if tag == b"H":
            ticket = body.get("ticket", "")
            if not isinstance(ticket, str):
                raise ValueError("bad ticket")
            return Entry(
                ident, None, kind=HELLO, device=Card.read(body.get("device")), ticket=ticket
            )
        if tag == b"G":
            role = body.get("role")
            granted = None if role is None else Role(role)
            keys = _read_sealed_keys(body.get("keys", []))
            card = Card.read(body.get("device"))
            return Entry(ident, None, kind=GRANT, device=card, role=granted, sealed_keys=keys)
        if tag == b"K":
            epoch = body.get("epoch")
            if not isinstance(epoch, int) or epoch < 1:
                raise ValueError("bad epoch")
            keys = _read_sealed_keys(body.get("keys", []))
            return Entry(ident, None, kind=KEYS, epoch=epoch, sealed_keys=keys)
        if not isinstance(body, dict):
            raise ValueError("not an object")
        undoes = body.get("undoes")
        if undoes is not None:
            if not (
                isinstance(undoes, list)
                and len(undoes) == 2
                and isinstance(undoes[0], str)
                and isinstance(undoes[1], int)
            ):
                raise ValueError("bad undo reference")
            undoes = (undoes[0], undoes[1])
        return Entry(ident, command_from_data(body.get("cmd")), undoes=undoes)
    except Exception as exc:  # a genuine seal over data this version cannot read
        raise SealError(
            QT_TRANSLATE_NOOP("Sync", "an entry this version cannot read ({reason})"),
            {"reason": str(exc)},
        ) from exc
