"""One device's copy of a shared meeting: the Yjs document, its log, and the meeting rebuilt from it.

The document holds an Array ``log`` of sealed records (strings, see :mod:`.sealing`) and a Map
``facts`` every device must agree on (format version, a tag of the meeting's id under its key). The first genuine entry (seq 0)
is the meeting as it was when it was shared; every other entry is one command.

The meeting is the replay of the log, in the log's order, through the one door
(``LiveMeeting.apply``). Entries that do not open (garbage, wrong key, tampered, foreign) and second
copies of an entry already in the log are skipped, and reported once each. A command the door
refuses is refused the same way on every device, since every device replays the same commands in
the same order from the same start; it is reported to its author.

When entries arrive after those already applied, they are applied to the live meeting as they are
(its listeners see ordinary changes). When one lands *before* entries already applied (work done
offline, or two devices writing within one round trip), the meeting is rebuilt from the nearest
checkpoint (a copy of the meeting taken every :attr:`Replica.checkpoint_every` entries) and the rest
is replayed; ``on_rebuilt`` then tells the windows to read the meeting afresh.

Roles: on replay each entry's signature is checked, then its author's role at that point of the
log (:func:`.roles.may_write`); what fails is skipped and reported (``on_rejected``), the same way
on every device. The keys, grants, revocation and key rotation are :class:`.membership.Membership`,
the replica's base class.

Undo is per device: :meth:`Replica.undo` takes back this device's last change by appending the
inverse edits as a new entry, and refuses when a later change from another device touched the same
parts (it would take their change back too). :meth:`Replica.redo` takes back this device's last
undo the same way.

Everything here runs on the thread that owns the Doc: one thread at a time, the one its
:class:`.synced.SyncedMeeting` names (pycrdt allows a Doc to move to another thread, but does not
lock one against two threads at once: ``docs/sync.md``, "Threads").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from pycrdt import Array, Decoder, Doc, Map, get_update, write_var_uint

from facilitation.models import Change, Command, CommandError, LiveMeeting, Meeting, Patch
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.models.meeting import Op
from facilitation.sync.entries import (
    COMMAND,
    Card,
    Entry,
    Key,
    encode_base,
    encode_command,
    open_entry,
)
from facilitation.sync.errors import SealError, SyncError
from facilitation.sync.identity import DeviceIdentity
from facilitation.sync.membership import Membership, record_digest
from facilitation.sync.messages import NOT_YOUR_ROLE, NOT_YOURS_TO_REDO, NOT_YOURS_TO_UNDO
from facilitation.sync.roles import Role, may_write
from facilitation.sync.sealing import MeetingKey, read_record

log = logging.getLogger(__name__)

FORMAT = "2"
#: a Yjs update larger than this is refused before it reaches the document
MAX_UPDATE_BYTES = 8 * 1024 * 1024
#: the origin of this device's own transactions (remote ones arrive with None: pitfall 2)
LOCAL = "facilitation-local"
#: the initiator of changes that came from other devices: windows must not ignore them
REMOTE = object()


@dataclass(slots=True)
class Outcome:
    """What applying one entry did on the last replay."""

    #: ("notes", id) for a part, ("live", "") for a single-valued part
    touched: frozenset[tuple[str, str]] = frozenset()
    #: the edits that take it back (for this device's undo)
    undo_ops: tuple[Op, ...] = ()
    error: CommandError | None = None


@dataclass(slots=True)
class Rejected:
    """An entry skipped without being applied: it did not open, or it was a second copy."""

    reason: str
    key: Key | None = None


@dataclass(slots=True)
class _Menu:
    """This device's undo and redo sides as read from the log so far (see ``Replica._steps``)."""

    rebuilds: int
    steps: list[int] = field(default_factory=list)
    undos: list[int] = field(default_factory=list)
    #: position of each of this device's entries read, by key
    where: dict[Key, int] = field(default_factory=dict)
    done: int = 0
    last: Key | None = None

    def take(self, i: int, entry: Entry, did: bool) -> None:
        self.where[entry.key] = i
        if entry.undoes is None:
            if did:
                self.steps.append(i)
                self.undos.clear()
            return
        target = self.where.get(entry.undoes)
        for taken, to in ((self.steps, self.undos), (self.undos, self.steps)):
            if target in taken:
                taken.remove(target)
                if did:
                    to.append(i)
                return


@dataclass(slots=True)
class _State:
    entries: list[Entry] = field(default_factory=list)
    outcomes: list[Outcome] = field(default_factory=list)
    #: (entries applied, the meeting after them, the roles then); the first is the starting state
    checkpoints: list[tuple[int, Meeting, dict[str, Role]]] = field(default_factory=list)
    #: who holds which role after the entries applied
    roles: dict[str, Role] = field(default_factory=dict)


class Replica(Membership):
    """One device's copy of a shared meeting (its roles: :class:`.membership.Membership`)."""

    checkpoint_every = 64
    checkpoints_kept = 16
    _state: _State

    def __init__(
        self,
        key: MeetingKey,
        identity: DeviceIdentity | None = None,
        doc: Doc[Any] | None = None,
        live: LiveMeeting | None = None,
        host: bytes | None = None,
        ticket: str = "",
        checked: set[bytes] | None = None,
    ) -> None:
        #: the invitation's key (epoch 0): the room's name comes from it
        self.key = key
        self.identity = identity or DeviceIdentity.create("")
        self.author = self.identity.device_id
        self._init_membership(host, ticket, checked)
        self._waiting = False
        self.doc: Doc[Any] = doc if doc is not None else Doc()
        self.log_array = self.doc.get("log", type=Array)
        self.facts = self.doc.get("facts", type=Map)
        # the interface may hand in the live meeting its windows and its autosave already follow
        self.live = live if live is not None else LiveMeeting(Meeting(key.meeting_id))
        # the door's own history would undo other devices' changes: this device's undo is ours
        self.history_limit = 1
        self.live.history.limit = 1
        #: called with each update this device makes (to send, to journal)
        self.on_local_update: Callable[[bytes], None] | None = None
        #: the meeting was rebuilt: read ``live.meeting`` afresh
        self.on_rebuilt: Callable[[], None] | None = None
        #: one of this device's commands was refused on replay
        self.on_refused: Callable[[Command, CommandError], None] | None = None
        #: an entry was skipped (reported once per record)
        self.on_rejected: Callable[[Rejected], None] | None = None
        self._mirror: list[object] = []
        # what entries() found so far: the first `_scanned` records of the mirror gave `_verified`
        self._verified: list[Entry] = []
        self._seen: set[Key] = set()
        self._scanned = 0
        self._base: Entry | None = None
        #: every genuine record seen, by entry: to put back what a peer deleted
        self._records: dict[Key, str] = {}
        #: the lowest position of the mirror changed since entries() last ran
        self._changed_from = 0
        self._opened: dict[object, Entry | SealError] = {}
        # opened but waiting for their author's keys (a hello further down the log)
        self._unsigned: dict[str, tuple[Any, Entry]] = {}
        self._state = _State()
        self._next_seq = 1
        #: the entry of this device being applied (its listeners may ask can_undo / can_redo)
        self._pending: Entry | None = None
        self._menu: _Menu | None = None
        self._reported: set[Key] = set()
        self._rejected_seen: set[object] = set()
        self.rejected: list[Rejected] = []
        self.rebuilds = 0
        self._sub = self.log_array.observe(self._on_log_event)
        # reading the Map costs ~0.1 ms a key: only when it changed
        self._facts_changed = True
        self._facts_sub = self.facts.observe(self._on_facts_event)
        self._refresh()

    # -- creating and reading the document --------------------------------------------------------

    def create(self, meeting: Meeting) -> None:
        """Share ``meeting`` from this device: the facts and the starting state become the log."""
        if self.ready:
            raise SyncError(QT_TRANSLATE_NOOP("Sync", "this meeting is already shared"))
        self.host_public = self.identity.public
        record = self.key.seal(self.identity, 0, encode_base(meeting, Card.of(self.identity)))
        self._transact(lambda: self._write_create(record))
        self._refresh()

    def _write_create(self, record: str) -> None:
        self.facts["format"] = FORMAT
        self.facts["meeting"] = self.key.meeting_tag()  # not the id: the relay reads the facts
        self.log_array.append(record)

    @property
    def ready(self) -> bool:
        """The starting state is here: the meeting can be shown and changed."""
        return bool(self._state.checkpoints)

    def check_facts(self) -> None:
        """Raise SyncError when the document is another meeting's or another version's."""
        fmt, mid = self.facts.get("format"), self.facts.get("meeting")
        if fmt is not None and fmt != FORMAT:
            raise SyncError(
                QT_TRANSLATE_NOOP(
                    "Sync", "this meeting is shared by another version (format {format})"
                ),
                {"format": str(fmt)},
            )
        # (documents shared before the facts held a tag hold the meeting's id)
        if mid is not None and mid not in (self.key.meeting_tag(), self.key.meeting_id):
            raise SyncError(QT_TRANSLATE_NOOP("Sync", "this address holds another meeting"))

    def receive(self, update: bytes) -> bool:
        """Apply an update from another device; False (and nothing changed) when it is refused."""
        if len(update) > MAX_UPDATE_BYTES:
            self._reject(Rejected("update too large"), update[:64])
            return False
        try:
            self.doc.apply_update(update)
        except Exception as exc:  # garbage is dropped; the document refuses it whole
            self._reject(Rejected(f"not a valid update ({exc})"), update[:64])
            return False
        try:
            self._refresh()
        except SyncError as exc:  # facts overwritten (another version, another meeting): say so
            self._reject(Rejected(str(exc)), str(exc))
            return False
        return True

    def _on_facts_event(self, _event: object) -> None:
        self._facts_changed = True

    def _on_log_event(self, event: object) -> None:
        # keep a plain list of the records in step with the Array (reading it whole costs ~20 ms
        # for a large meeting; a delta costs what it changed)
        pos = 0
        for d in event.delta:  # type: ignore[attr-defined]
            if "retain" in d:
                pos += d["retain"]
                continue
            self._changed_from = min(self._changed_from, pos)
            if "insert" in d:
                items = list(d["insert"])
                self._mirror[pos:pos] = items
                pos += len(items)
            elif "delete" in d:
                del self._mirror[pos : pos + d["delete"]]

    # -- this device's changes --------------------------------------------------------------------

    def apply(
        self, command: Command, initiator: object | None = None, undoes: Key | None = None
    ) -> Change:
        """Apply ``command`` here and append it to the log. CommandError: nothing changed."""
        if not self.ready:
            raise SyncError(QT_TRANSLATE_NOOP("Sync", "the shared meeting has not arrived yet"))
        if not may_write(self.my_role, command):
            raise CommandError(NOT_YOUR_ROLE)
        self.live.history.clear()
        key = (self.author, self._next_seq)
        self._pending = Entry(key, command, undoes=undoes)
        try:
            change = self.live.apply(command, initiator)
        finally:
            self._pending = None
        outcome = self._outcome(change)
        self._next_seq += 1
        record = self.current_key.seal(self.identity, key[1], encode_command(command, undoes))
        entry = Entry(key, command, undoes=undoes)
        self._opened[record] = entry
        self.checked.add(record_digest(record))  # its own signature
        self._records[key] = record
        state = self._state
        state.entries.append(entry)
        state.outcomes.append(outcome)
        self._transact(lambda: self.log_array.append(record))
        self._checkpoint()
        return change

    def undo(self, initiator: object | None = None) -> Change | None:
        """Take back this device's last change still standing; None when there is none.

        Raises CommandError when another device has since changed what it changed."""
        steps, _ = self._steps()
        return self._take_back(steps, NOT_YOURS_TO_UNDO, initiator)

    def redo(self, initiator: object | None = None) -> Change | None:
        """Take back this device's last undo (as a new entry), if nothing of its own was done
        since; None when there is none. CommandError when another device has since changed it."""
        _, undos = self._steps()
        return self._take_back(undos, NOT_YOURS_TO_REDO, initiator)

    def _take_back(
        self, stack: list[int], conflict: str, initiator: object | None
    ) -> Change | None:
        if not stack:
            return None
        state = self._state
        i = stack[-1]
        entry, outcome = state.entries[i], state.outcomes[i]
        for later, later_outcome in zip(
            state.entries[i + 1 :], state.outcomes[i + 1 :], strict=False
        ):
            if later.author != self.author and later_outcome.touched & outcome.touched:
                raise CommandError(conflict)
        assert entry.command is not None
        patch = Patch(outcome.undo_ops, entry.command.undo_label())
        return self.apply(patch, initiator, undoes=entry.key)

    def _steps(self) -> tuple[list[int], list[int]]:
        """This device's Edit menu, read from the log: the entries Undo would take back and the
        undos Redo would take back (positions in the replayed entries, the next one last).

        An entry that names another (``undoes``) takes it back: an undo of a change moves that
        change to the redo side, an undo of an undo (a redo) moves it back. A new change of this
        device empties the redo side, as in any editor. Entries refused on replay did nothing.
        Kept between calls and moved on by the entries appended since (the windows ask after
        every change); a rebuild reads them all again."""
        state = self._state
        done = min(len(state.entries), len(state.outcomes))  # a remote entry may lack its outcome
        cache = self._menu
        if (
            cache is None
            or cache.rebuilds != self.rebuilds
            or cache.done > done
            or (cache.done and state.entries[cache.done - 1].key != cache.last)
        ):
            cache = self._menu = _Menu(self.rebuilds)
        for i in range(cache.done, done):
            entry, outcome = state.entries[i], state.outcomes[i]
            if entry.author == self.author and entry.command is not None and outcome.error is None:
                cache.take(i, entry, bool(outcome.undo_ops))
        cache.done = done
        cache.last = state.entries[done - 1].key if done else None
        if self._pending is None:
            return cache.steps, cache.undos
        # being applied: its listeners ask (a window's Edit menu)
        pending = _Menu(self.rebuilds, list(cache.steps), list(cache.undos), dict(cache.where))
        pending.take(len(state.entries), self._pending, True)
        return pending.steps, pending.undos

    @property
    def can_undo(self) -> bool:
        # asked by a window while a remote entry is applied: that entry has no outcome yet
        return bool(self._steps()[0])

    @property
    def can_redo(self) -> bool:
        return bool(self._steps()[1])

    # -- the log, replayed ------------------------------------------------------------------------

    def entries(self) -> list[Entry]:
        """The genuine entries of the log, in its order, first copies only (the start included).

        Records appended since the last call are the only ones read again (the usual case); a
        change further up (an insert before, a deletion) reads the whole log again. So does a
        record that could not be checked yet (its author's hello, or its epoch's key, further
        down), once that has arrived."""
        while True:
            grew = self._scan()
            if not grew:
                break
            self._changed_from = 0  # keys or devices learnt: read again what waited for them
        return [self._base, *self._verified] if self._base is not None else []

    def _scan(self) -> bool:
        if self._changed_from < self._scanned:
            self._verified, self._seen, self._scanned, self._base = [], set(), 0, None
            self._waiting = False
        self._changed_from = 1 << 62
        out, seen = self._verified, self._seen
        learnt = len(self._cards), len(self._keys)
        for record in self._mirror[self._scanned :]:
            opened = self._open(record)
            if opened is None:
                self._waiting = True
                continue
            if isinstance(opened, SealError):
                self._reject(Rejected(str(opened)), record)
                continue
            if opened.key in seen:
                self._reject(Rejected("a second copy of an entry", opened.key), record)
                continue
            if opened.base is not None and self._base is not None:
                self._reject(Rejected("a second starting state", opened.key), record)
                continue
            seen.add(opened.key)
            if isinstance(record, str):
                self._records[opened.key] = record
            if opened.sealed_keys and opened.key not in self._keyed:
                self._key_entries.append(opened)
            if opened.base is not None:
                self._base = opened  # first, wherever it stands (it may have been put back)
                if self.host_public is None:  # trusted on first use, then pinned
                    assert opened.device is not None
                    self.host_public = opened.device.public
            else:
                out.append(opened)
        self._scanned = len(self._mirror)
        self._learn_keys()
        return self._waiting and (len(self._cards), len(self._keys)) != learnt

    def _open(self, record: object) -> Entry | SealError | None:
        """The entry of ``record`` with its signature checked; None while it cannot be checked."""
        opened = self._opened.get(record) if isinstance(record, str) else None
        if opened is not None:
            return opened
        if isinstance(record, str) and record in self._unsigned:
            sealed, entry = self._unsigned[record]
        else:
            try:
                sealed = read_record(record, self.key.meeting_id)
                key = self._keys.get(sealed.epoch)
                if key is None:
                    return None
                entry = open_entry(key, sealed)
            except SealError as exc:
                if isinstance(record, str):
                    self._opened[record] = exc
                return exc
        result = self._check_signature(sealed, entry, record)
        if result is None:
            if isinstance(record, str):
                self._unsigned[record] = (sealed, entry)
            return None
        if isinstance(record, str):
            self._unsigned.pop(record, None)
            self._opened[record] = result
        return result

    def _refresh(self) -> None:
        if self._facts_changed:
            self.check_facts()
            self._facts_changed = False
        appended_only = self._changed_from >= self._scanned
        new = self.entries()
        state = self._state
        if not appended_only and state.checkpoints:
            new = self._put_back(new)
        if not new:
            return
        roles_before = dict(state.roles)
        if not state.checkpoints:
            base = new[0].base
            assert base is not None
            state.entries, state.outcomes = [new[0]], [Outcome()]
            state.roles = {new[0].author: Role.HOST}
            state.checkpoints = [(1, base.copy(), dict(state.roles))]
            self.live.meeting = base.copy()
            self._apply_tail(new, 1, announce=False)
            self._advance_seq(new)
            if self.on_rebuilt is not None:
                self.on_rebuilt()
            self._after_replay(roles_before)
            return
        old = state.entries
        same = len(old)
        if not (same <= len(new) and old[-1].key == new[same - 1].key and appended_only):
            same, limit = 0, min(len(old), len(new))
            while same < limit and old[same].key == new[same].key:
                same += 1
        if same == len(old):
            self._apply_tail(new, same, announce=True)
            report_from = same
        else:
            self._rebuild(new, same)
            report_from = 0
        self._advance_seq(new[same:])
        self._report_refused(report_from)
        self._after_replay(roles_before)

    def _put_back(self, new: list[Entry]) -> list[Entry]:
        """Append again the entries this device holds that the log lost (this program never
        deletes one: a peer that knows the room did). Every device that holds them does the same;
        the second copies are skipped."""
        have = {e.key for e in new}
        lost = [
            record
            for e in self._state.entries
            if e.key not in have and (record := self._records.get(e.key)) is not None
        ]
        if not lost:
            return new
        log.warning("%d entries were deleted from the log: put back", len(lost))
        self._transact(lambda: self._append_all(lost))
        return self.entries()

    def _append_all(self, records: list[str]) -> None:
        for record in records:
            self.log_array.append(record)

    def _apply_tail(self, new: list[Entry], start: int, announce: bool) -> None:
        state = self._state
        for entry in new[start:]:
            state.entries.append(entry)
            state.outcomes.append(self._run(self.live, entry, announce, state.roles))
            self._checkpoint()

    def _rebuild(self, new: list[Entry], same: int) -> None:
        """Start again from the nearest checkpoint at or before ``same`` and replay the rest."""
        state = self._state
        while len(state.checkpoints) > 1 and state.checkpoints[-1][0] > same:
            state.checkpoints.pop()
        count, meeting, roles = state.checkpoints[-1]
        del state.entries[count:]
        del state.outcomes[count:]
        state.roles = dict(roles)
        private = LiveMeeting(meeting.copy())
        private.history.limit = 1
        for entry in new[count:]:
            state.entries.append(entry)
            state.outcomes.append(self._run(private, entry, False, state.roles))
            self._checkpoint(private.meeting)
        self.live.meeting = private.meeting
        self.rebuilds += 1
        if self.on_rebuilt is not None:
            self.on_rebuilt()

    def _run(
        self, live: LiveMeeting, entry: Entry, announce: bool, roles: dict[str, Role]
    ) -> Outcome:
        """Apply one entry in the log's order: its author's role at this point decides."""
        if entry.kind != COMMAND:
            self._run_role_entry(entry, roles)
            return Outcome()
        assert entry.command is not None
        role = roles.get(entry.author)
        if not may_write(role, entry.command):
            self._reject_at(entry, f"not allowed for its author's role ({role or 'none'})")
            return Outcome()
        if entry.undoes is not None and entry.undoes[0] != entry.author:
            self._reject_at(entry, "an undo of another device's entry")
            return Outcome()
        live.history.clear()
        try:
            change = live.apply(entry.command, REMOTE if announce else None)
        except CommandError as exc:
            return Outcome(error=exc)
        except Exception:  # a window's listener failed after the change was made: it stands
            log.exception("a listener failed on a remote change")
            return Outcome()
        return self._outcome(change, live)

    def _reject_at(self, entry: Entry, reason: str) -> None:
        self._reject(Rejected(reason, entry.key), f"refused {entry.key[0]}.{entry.key[1]}")

    def _outcome(self, change: Change, live: LiveMeeting | None = None) -> Outcome:
        history = (live or self.live).history
        ops = tuple(history.undo_steps.pop().ops) if history.undo_steps else ()
        touched = {(coll, i) for coll, ids in change.touched.items() for i in ids}
        touched.update((name, "") for name in change.scalars)
        return Outcome(frozenset(touched), ops)

    def _checkpoint(self, meeting: Meeting | None = None) -> None:
        state = self._state
        count = len(state.entries)
        if count - state.checkpoints[-1][0] < self.checkpoint_every:
            return
        state.checkpoints.append((count, (meeting or self.live.meeting).copy(), dict(state.roles)))
        if len(state.checkpoints) > self.checkpoints_kept + 1:
            del state.checkpoints[1]  # the start is always kept

    def _advance_seq(self, entries: list[Entry]) -> None:
        for e in entries:
            if e.author == self.author and e.key[1] >= self._next_seq:
                self._next_seq = e.key[1] + 1

    def _report_refused(self, start: int = 0) -> None:
        state = self._state
        for entry, outcome in zip(state.entries[start:], state.outcomes[start:], strict=True):
            if outcome.error is None or entry.author != self.author or entry.key in self._reported:
                continue
            self._reported.add(entry.key)
            if self.on_refused is not None and entry.command is not None:
                self.on_refused(entry.command, outcome.error)

    def refused(self) -> list[tuple[Entry, CommandError]]:
        """Every entry the door refused on the last replay, with why."""
        return [
            (e, o.error)
            for e, o in zip(self._state.entries, self._state.outcomes, strict=True)
            if o.error is not None
        ]

    def _reject(self, rejected: Rejected, record: object) -> None:
        marker = record if isinstance(record, str | bytes) else repr(record)
        if marker in self._rejected_seen:
            return
        self._rejected_seen.add(marker)
        self.rejected.append(rejected)
        log.warning("skipped a log entry: %s", rejected.reason)
        if self.on_rejected is not None:
            self.on_rejected(rejected)

    # -- transactions -----------------------------------------------------------------------------

    def _transact(self, write: Callable[[], None]) -> None:
        before = self.doc.get_state()
        with self.doc.transaction(origin=LOCAL):
            write()
        update = self.doc.get_update(before)
        if self.on_local_update is not None:
            self.on_local_update(update)

    def own_clock(self) -> int:
        """How many Yjs items this device's client has written (to tell what a peer has seen)."""
        return state_vector(self.doc.get_state()).get(self.doc.client_id, 0)

    def close(self) -> None:
        self.log_array.unobserve(self._sub)
        self.facts.unobserve(self._facts_sub)


def state_vector(data: bytes) -> dict[int, int]:
    """Decode a Yjs state vector (v1): client id -> number of items seen from it."""
    d = Decoder(data)
    n = d.read_var_uint()
    out: dict[int, int] = {}
    for _ in range(min(n, 1_000_000)):
        client = d.read_var_uint()
        out[client] = d.read_var_uint()
    return out


def _vector(clocks: dict[int, int]) -> bytes:
    out = write_var_uint(len(clocks))
    for client, clock in clocks.items():
        out += write_var_uint(client) + write_var_uint(clock)
    return out


def reach(update: bytes, client: int, known: int, limit: int) -> int:
    """How far ``update`` carries ``client``'s items, if further than ``known`` (at most ``limit``).

    An update's own state vector only counts items from clock 0, so an echo of a later change says
    nothing there. Instead: the part of ``update`` a peer at clock ``c`` still lacks is larger than
    what a peer that has everything lacks exactly when ``update`` holds an item at ``c`` or later;
    a binary search finds the last one (a few native calls)."""
    everything = get_update(update, _vector({client: 1 << 53}))

    def holds(c: int) -> bool:
        return get_update(update, _vector({client: c})) != everything

    if known >= limit or not holds(known):
        return known
    lo, hi = known, limit - 1  # holds(lo) is true; find the last c that holds
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if holds(mid):
            lo = mid
        else:
            hi = mid - 1
    return lo + 1
