"""Who belongs to a shared meeting, as a replica reads and writes it: device keys, grants, revocation.

Every entry is signed by its author's device key; the starting state names the host's keys (the
host is the root of trust), a device's hello names its own, and the host's grants say which device
holds which role. On replay (:mod:`.replica`) each entry's signature is checked here
(:meth:`Membership._check_signature`), then its author's role at that point of the log
(:func:`.roles.may_write`, by the replica); what fails is skipped and reported, the same way on
every device. A hello or a grant replayed changes the roles (:meth:`Membership._run_role_entry`).

Revoking a device rotates the meeting key: the host seals a new key to each remaining device, and
the entries after it are sealed under it; each device takes the keys sealed to it from the grants
and rotations it reads (:meth:`Membership._learn_keys`).

:class:`Membership` is a part of :class:`.replica.Replica` (its base class): it keeps the cards,
the meeting keys by epoch and the hellos, and reads the log's state through the few names of the
replica declared below. It runs on the thread that owns the Doc, like the rest of the replica.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol

from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.sync.entries import (
    GRANT,
    HELLO,
    KEYS,
    START,
    Card,
    Entry,
    Key,
    encode_grant,
    encode_hello,
    encode_keys,
)
from facilitation.sync.errors import SealError, SyncError
from facilitation.sync.identity import DeviceIdentity, seal_to
from facilitation.sync.roles import Role
from facilitation.sync.sealing import MeetingKey


class Replayed(Protocol):
    """What the roles need of the replay's state (the replica's ``_State``)."""

    #: the entries applied, in the log's order
    entries: list[Entry]
    #: who holds which role after them
    roles: dict[str, Role]


class Membership:
    """The replica's roles: who is who (cards, keys), who holds which role, grants and revocations."""

    # the replica's own, read here (set by Replica.__init__)
    key: MeetingKey
    identity: DeviceIdentity
    author: str
    _state: Replayed
    _base: Entry | None
    _next_seq: int

    if TYPE_CHECKING:

        @property
        def ready(self) -> bool: ...

        def _transact(self, write: Callable[[], None]) -> None: ...

        def _append_all(self, records: list[str]) -> None: ...

        def _refresh(self) -> None: ...

        def _reject_at(self, entry: Entry, reason: str) -> None: ...

    def _init_membership(self, host: bytes | None, ticket: str, checked: set[bytes] | None) -> None:
        #: the host's public key, when the invitation named it (else the first start, then pinned)
        self.host_public = host
        #: what this device's hello carries (the invitation's ticket)
        self.ticket = ticket
        self._keys: dict[int, MeetingKey] = {0: self.key}
        #: digests of the records whose signature held on this device (kept in its folder, so a
        #: reopened device does not check them again)
        self.checked: set[bytes] = checked if checked is not None else set()
        self._cards: dict[str, Card] = {}
        self._keyed: set[Key] = set()
        self._key_entries: list[Entry] = []
        self._hello_sent = False
        #: hellos the host has to answer (SyncedMeeting does, once the replay is over)
        self.hellos: list[Entry] = []
        self._hellos_seen: set[str] = set()
        # every device a grant of the host's has named (granted, changed or revoked)
        self._granted: set[str] = set()
        #: the roles changed (a grant or a revocation replayed)
        self.on_roles_changed: Callable[[], None] | None = None

    # -- who holds which role ---------------------------------------------------------------------

    @property
    def host_id(self) -> str | None:
        """The device that shared the meeting (the author of the starting state)."""
        return self._base.author if self._base is not None else None

    @property
    def my_role(self) -> Role | None:
        """This device's role after the entries applied (None: not granted yet, or revoked)."""
        return self._state.roles.get(self.author)

    def role_of(self, device_id: str) -> Role | None:
        return self._state.roles.get(device_id)

    def roles(self) -> dict[str, Role]:
        return dict(self._state.roles)

    def card(self, device_id: str) -> Card | None:
        """A device's keys and name, if the log has them (its hello, a grant, the start)."""
        return self._cards.get(device_id)

    @property
    def current_key(self) -> MeetingKey:
        """The newest meeting key this device holds: what it seals with."""
        return self._keys[max(self._keys)]

    def _must_host(self) -> None:
        if not self.ready or self.host_id != self.author:
            raise SyncError(QT_TRANSLATE_NOOP("Sync", "only the meeting's host changes roles"))

    def grant(self, card: Card, role: Role) -> None:
        """The host gives ``role`` to the device of ``card`` (from its hello, or the invitation
        exchange), with the meeting keys it needs to read the epochs since the invitation's."""
        self._must_host()
        if card.device_id == self.author or role is Role.HOST:
            raise SyncError(QT_TRANSLATE_NOOP("Sync", "the host's own role cannot change"))
        known = self._cards.get(card.device_id)
        if known is not None and known.public != card.public:
            raise SyncError(QT_TRANSLATE_NOOP("Sync", "another device already has this id"))
        sealed = {
            (epoch, card.device_id): seal_to(card.agreement, k.raw, self._key_context(epoch, card))
            for epoch, k in self._keys.items()
            if epoch > 0
        }
        # sealed under the invitation's key: the grantee holds no other yet (a revoked device
        # reads who was granted which role, never what they write)
        self._write_own(encode_grant(card, role, sealed), self.key)

    def set_role(self, device_id: str, role: Role) -> None:
        card = self._cards.get(device_id)
        if card is None:
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "no device {device} in this meeting"),
                {"device": device_id},
            )
        self.grant(card, role)

    def revoke(self, device_id: str) -> None:
        """The host takes the device's role away and rotates the meeting key: a new key, sealed to
        every remaining device (the host included), seals every entry written from here on."""
        self._must_host()
        card = self._cards.get(device_id)
        if card is None or device_id == self.author:
            raise SyncError(
                QT_TRANSLATE_NOOP("Sync", "no device {device} in this meeting"),
                {"device": device_id},
            )
        epoch = max(self._keys) + 1
        new = MeetingKey.generate(self.key.meeting_id, epoch)
        keep = [self.author, *(d for d in self._state.roles if d not in (device_id, self.author))]
        sealed = {}
        for d in keep:
            c = self._cards.get(d)
            if c is not None:
                sealed[(epoch, d)] = seal_to(c.agreement, new.raw, self._key_context(epoch, c))
        revocation = self.current_key.seal(
            self.identity, self._take_seq(), encode_grant(card, None, {})
        )
        keys = self.current_key.seal(self.identity, self._take_seq(), encode_keys(epoch, sealed))
        self._keys[epoch] = new
        self._transact(lambda: self._append_all([revocation, keys]))
        self._refresh()

    def _key_context(self, epoch: int, card: Card) -> bytes:
        return f"{self.key.meeting_id}\0{epoch}\0{card.device_id}".encode()

    def _take_seq(self) -> int:
        seq = self._next_seq
        self._next_seq += 1
        return seq

    def _write_own(self, plaintext: bytes, key: MeetingKey | None = None) -> None:
        record = (key or self.current_key).seal(self.identity, self._take_seq(), plaintext)
        self._transact(lambda: self._append_all([record]))
        self._refresh()

    def _say_hello(self) -> None:
        """A device that joined writes its keys and name (and its invitation's ticket) once."""
        if self._hello_sent or self.author in self._cards or not self.ready:
            return
        self._hello_sent = True
        self._write_own(encode_hello(Card.of(self.identity), self.ticket))

    def tickets_of(self, device_id: str) -> set[str]:
        """The tickets the hellos of ``device_id`` carried."""
        return {
            e.ticket
            for e in self._state.entries
            if e.kind == HELLO and e.author == device_id and e.ticket
        }

    def take_hellos(self) -> list[Entry]:
        """The hellos of devices the host has never granted a role to (nor revoked)."""
        out, self.hellos = self.hellos, []
        return [h for h in out if h.device is not None and h.device.device_id not in self._granted]

    # -- on replay --------------------------------------------------------------------------------

    def _check_signature(
        self, sealed: Any, entry: Entry, record: object
    ) -> Entry | SealError | None:
        if entry.kind in (START, HELLO):  # it carries its author's keys
            card = entry.device
            assert card is not None
            if card.device_id != sealed.author:
                return SealError(QT_TRANSLATE_NOOP("Sync", "an entry naming another device's keys"))
        else:
            found = self._cards.get(sealed.author)
            if found is None:
                return None
            card = found
        digest = record_digest(record) if isinstance(record, str) else None
        if digest is None or digest not in self.checked:
            if not sealed.signed_by(card.public):
                return SealError(
                    QT_TRANSLATE_NOOP(
                        "Sync", "the signature does not hold (written as another device)"
                    )
                )
            if digest is not None:
                self.checked.add(digest)
        if entry.kind == START and self.host_public is not None and card.public != self.host_public:
            return SealError(QT_TRANSLATE_NOOP("Sync", "a starting state not written by the host"))
        if entry.device is not None:
            self._cards.setdefault(entry.device.device_id, entry.device)
        return entry

    def _learn_keys(self) -> None:
        """The meeting keys the host sealed to this device (in grants and rotations)."""
        host = self.host_id
        if host is None:
            return
        for entry in self._key_entries:
            if entry.author != host or entry.key in self._keyed:
                continue
            self._keyed.add(entry.key)
            for (epoch, device), blob in entry.sealed_keys.items():
                if device != self.author or epoch in self._keys or epoch < 1:
                    continue
                raw = self.identity.unseal(blob, self._key_context(epoch, Card.of(self.identity)))
                if raw is not None and len(raw) == 32:
                    self._keys[epoch] = MeetingKey(raw, self.key.meeting_id, epoch)
        self._key_entries = [e for e in self._key_entries if e.key not in self._keyed]

    def _run_role_entry(self, entry: Entry, roles: dict[str, Role]) -> None:
        host = self.host_id
        if entry.kind == HELLO:
            card = entry.device
            assert card is not None
            if (
                host == self.author
                and card.device_id not in roles
                and card.device_id not in self._hellos_seen
            ):
                self._hellos_seen.add(card.device_id)
                self.hellos.append(entry)
            return
        if entry.kind in (GRANT, KEYS) and entry.author != host:
            self._reject_at(entry, "a grant or key not written by the host")
            return
        if entry.kind == GRANT:
            card = entry.device
            assert card is not None
            if card.device_id == host or entry.role is Role.HOST:
                self._reject_at(entry, "a grant of the host's own role")
                return
            self._granted.add(card.device_id)
            if entry.role is None:
                roles.pop(card.device_id, None)
            else:
                roles[card.device_id] = entry.role

    def _after_replay(self, roles_before: dict[str, Role]) -> None:
        if self._state.roles != roles_before and self.on_roles_changed is not None:
            self.on_roles_changed()
        self._say_hello()


def record_digest(record: str) -> bytes:
    """What :attr:`Membership.checked` remembers of a record whose signature held."""
    return hashlib.blake2b(record.encode("ascii", "replace"), digest_size=16).digest()
