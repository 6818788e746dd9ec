"""The meeting: its details, its ordered lists of parts, and the three primitive edits.

Commands (see :mod:`facilitation.models.commands`) change a meeting only through the three primitives
``put``, ``delete`` and ``set``; each returns the primitive that undoes it. This is what makes undo,
the change records and the journal generic: no command needs its own inverse.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from operator import attrgetter
from typing import Any

import msgspec

from facilitation.models.entities import (
    Action,
    AgendaItem,
    Decision,
    Details,
    ItemRun,
    LiveState,
    NextMeeting,
    Note,
    OpenQuestion,
    Participant,
    Pause,
    QueueEntry,
    SpeakingTurn,
    Stamp,
)
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.models.wire import DataError, Words, from_data, nested, to_data

#: the ordered lists of a meeting, by name, with the type of their parts
COLLECTIONS: dict[str, type] = {
    "participants": Participant,
    "items": AgendaItem,
    "runs": ItemRun,
    "pauses": Pause,
    "turns": SpeakingTurn,
    "queue": QueueEntry,
    "notes": Note,
    "decisions": Decision,
    "actions": Action,
    "questions": OpenQuestion,
}

#: the single-valued parts of a meeting, by name, with their type
SCALARS: dict[str, type] = {
    "details": Details,
    "next_meeting": NextMeeting,
    "live": LiveState,
}


#: the parts that belong to an agenda item (their ``item_id`` must name one)
_ITEM_PARTS = ("runs", "notes", "decisions", "actions", "questions")
#: what a reference points at, for the messages
_WHAT = {
    "items": QT_TRANSLATE_NOOP("DataError", "agenda item"),
    "participants": QT_TRANSLATE_NOOP("DataError", "participant"),
    "turns": QT_TRANSLATE_NOOP("DataError", "speaking turn"),
    "pauses": QT_TRANSLATE_NOOP("DataError", "pause"),
}
#: the lists whose parts are intervals of time (``start``, ``end``): what "the last recorded event"
#: is made of, with the meeting's start
_TIMED = frozenset(("runs", "turns", "pauses"))


def _typed(value: Any, types: dict[str, type], key: str, what: str) -> Any:
    """``value`` read back from plain data as the type ``types[key]`` says (for the journal)."""
    if key not in types:
        raise ValueError(f"unknown {what} {key!r}")
    try:
        return msgspec.convert(value, types[key])
    except msgspec.ValidationError as exc:
        raise nested(exc, "data") from None


class Put(msgspec.Struct, frozen=True, tag_field="op", tag="put"):
    """Insert or replace a part (at ``index`` in its list when given, else in place or at the end).

    In the journal the part is ``data``; read back, it is built as the type its list holds."""

    coll: str
    entity: Any = msgspec.field(name="data")
    index: int | None = None

    def __post_init__(self) -> None:
        if self.entity.__class__ is dict:  # read from the journal: build the part
            value = _typed(self.entity, COLLECTIONS, self.coll, "list")
            msgspec.structs.force_setattr(self, "entity", value)

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = to_data(self)
        return data


class Delete(msgspec.Struct, frozen=True, tag_field="op", tag="delete"):
    coll: str
    id: str

    def __post_init__(self) -> None:
        if self.coll not in COLLECTIONS:
            raise ValueError(f"unknown list {self.coll!r}")

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = to_data(self)
        return data


class Set(msgspec.Struct, frozen=True, tag_field="op", tag="set"):
    name: str
    value: Any = msgspec.field(name="data")

    def __post_init__(self) -> None:
        if self.value.__class__ is dict:  # read from the journal
            value = _typed(self.value, SCALARS, self.name, "part")
            msgspec.structs.force_setattr(self, "value", value)

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = to_data(self)
        return data


Op = Put | Delete | Set


def op_from_data(data: Any, path: str = "op") -> Op:
    """An edit read back from plain data; raises :class:`DataError` naming the bad field."""
    op: Op = from_data(Op, data, path)
    return op


class MeetingData(msgspec.Struct, kw_only=True):
    """The meeting as the file holds it: what msgspec reads and writes (see docs/file-format.md)."""

    id: str = msgspec.field()
    created: Stamp | None = None
    details: Details = msgspec.field(default_factory=Details)
    next_meeting: NextMeeting = msgspec.field(default_factory=NextMeeting)
    live: LiveState = msgspec.field(default_factory=LiveState)
    participants: list[Participant] = msgspec.field(default_factory=list)
    items: list[AgendaItem] = msgspec.field(default_factory=list)
    runs: list[ItemRun] = msgspec.field(default_factory=list)
    pauses: list[Pause] = msgspec.field(default_factory=list)
    turns: list[SpeakingTurn] = msgspec.field(default_factory=list)
    queue: list[QueueEntry] = msgspec.field(default_factory=list)
    notes: list[Note] = msgspec.field(default_factory=list)
    decisions: list[Decision] = msgspec.field(default_factory=list)
    actions: list[Action] = msgspec.field(default_factory=list)
    questions: list[OpenQuestion] = msgspec.field(default_factory=list)


class Meeting:
    """A meeting, prepared or held. Read it freely; change it only through the door."""

    __slots__ = (
        "id",
        "created",
        "details",
        "next_meeting",
        "live",
        *COLLECTIONS,
        "_last",
        "_last_known",
    )

    def __init__(
        self,
        id: str,
        details: Details | None = None,
        created: datetime | None = None,
    ) -> None:
        self.id = id
        self.created = created
        self.details = details or Details()
        self.next_meeting = NextMeeting()
        self.live = LiveState()
        self.participants: dict[str, Participant] = {}
        self.items: dict[str, AgendaItem] = {}
        self.runs: dict[str, ItemRun] = {}
        self.pauses: dict[str, Pause] = {}
        self.turns: dict[str, SpeakingTurn] = {}
        self.queue: dict[str, QueueEntry] = {}
        self.notes: dict[str, Note] = {}
        self.decisions: dict[str, Decision] = {}
        self.actions: dict[str, Action] = {}
        self.questions: dict[str, OpenQuestion] = {}
        #: the latest end (or start, while open) of the runs, turns and pauses (``last_event``),
        #: kept up to date by ``put`` and ``delete`` while ``_last_known``; worked out again from
        #: every interval when it is not
        self._last: datetime | None = None
        self._last_known = False

    # -- reading ------------------------------------------------------------------------------

    def collection(self, name: str) -> dict[str, Any]:
        if name not in COLLECTIONS:
            raise KeyError(name)
        coll: dict[str, Any] = getattr(self, name)
        return coll

    def item_ids(self) -> list[str]:
        return list(self.items)

    def notes_of(self, item_id: str) -> list[Note]:
        return [n for n in self.notes.values() if n.item_id == item_id]

    def decisions_of(self, item_id: str) -> list[Decision]:
        return [d for d in self.decisions.values() if d.item_id == item_id]

    def actions_of(self, item_id: str) -> list[Action]:
        return [a for a in self.actions.values() if a.item_id == item_id]

    def questions_of(self, item_id: str) -> list[OpenQuestion]:
        return [q for q in self.questions.values() if q.item_id == item_id]

    def runs_of(self, item_id: str) -> list[ItemRun]:
        return [r for r in self.runs.values() if r.item_id == item_id]

    def open_run(self) -> ItemRun | None:
        """The interval running now, if any (there is at most one)."""
        for run in reversed(self.runs.values()):
            if run.end is None:
                return run
        return None

    @property
    def current_turn(self) -> SpeakingTurn | None:
        tid = self.live.current_turn_id
        return self.turns.get(tid) if tid else None

    @property
    def current_pause(self) -> Pause | None:
        pid = self.live.current_pause_id
        return self.pauses.get(pid) if pid else None

    @property
    def is_running(self) -> bool:
        return self.live.started_at is not None and self.live.ended_at is None

    @property
    def is_paused(self) -> bool:
        return self.live.current_pause_id is not None

    def last_event(self) -> datetime | None:
        """The latest time recorded: the meeting's start, and each run, turn and pause's end (its
        start while it is open); None before the meeting starts.

        The door checks every timed command against it. Walking every interval each time made a
        replay grow with the square of the meeting; the intervals' latest is kept by the edits
        instead (``put`` raises it; an edit that may lower it has it worked out again on the next
        call). The meeting's start is read as it is.
        """
        if not self._last_known:
            last = None
            for coll in (self.runs, self.turns, self.pauses):
                for part in coll.values():
                    stamp = part.end or part.start
                    if last is None or stamp > last:
                        last = stamp
            self._last, self._last_known = last, True
        started, last = self.live.started_at, self._last
        if last is None or (started is not None and started > last):
            return started
        return last

    def _follow_last(self, old: Any, new: Any) -> None:
        """An interval ``old`` (None: added) became ``new`` (None: deleted): keep ``_last`` true."""
        if not self._last_known:
            return
        last = self._last
        was_latest = old is not None and last is not None and (old.end or old.start) >= last
        if was_latest and (new is None or (new.end or new.start) < last):
            # the latest interval went back or went: the new latest may be any other one
            self._last_known = False
            return
        if new is not None:
            stamp = new.end or new.start
            if last is None or stamp > last:
                self._last = stamp

    def participant_name(self, pid: str | None) -> str:
        p = self.participants.get(pid) if pid else None
        return p.name if p else ""

    # -- the three primitive edits (for commands only) ------------------------------------------

    def put(self, coll: str, entity: Any, index: int | None = None) -> Op:
        """Insert or replace ``entity``; return the edit that undoes it."""
        items = self.collection(coll)
        kind: Any = COLLECTIONS[coll]  # Any: the check must not narrow ``entity`` to ``object``
        if not isinstance(entity, kind):
            raise TypeError(f"{coll} holds {COLLECTIONS[coll].__name__}, not {type(entity)}")
        old = items.get(entity.id)
        old_index = _index_of(items, entity.id) if old is not None else None
        if index is None or index == old_index:
            items[entity.id] = entity
        else:
            _insert_at(items, entity, index)
        if coll in _TIMED:
            self._follow_last(old, entity)
        if old is None:
            return Delete(coll, entity.id)
        return Put(coll, old, old_index)

    def delete(self, coll: str, id: str) -> Op:
        items = self.collection(coll)
        index = _index_of(items, id)
        old = items.pop(id)
        if coll in _TIMED:
            self._follow_last(old, None)
        return Put(coll, old, index)

    def set(self, name: str, value: Any) -> Op:
        if name not in SCALARS or not isinstance(value, SCALARS[name]):
            raise TypeError(f"cannot set {name} to {type(value).__name__}")
        old = getattr(self, name)
        setattr(self, name, value)
        return Set(name, old)

    def apply_op(self, op: Op) -> Op:
        if isinstance(op, Put):
            return self.put(op.coll, op.entity, op.index)
        if isinstance(op, Delete):
            return self.delete(op.coll, op.id)
        return self.set(op.name, op.value)

    # -- plain data ---------------------------------------------------------------------------

    def to_wire(self) -> MeetingData:
        """The meeting as the file holds it (the parts themselves, not copies)."""
        return MeetingData(
            id=self.id,
            created=self.created,
            details=self.details,
            next_meeting=self.next_meeting,
            live=self.live,
            **{name: list(self.collection(name).values()) for name in COLLECTIONS},
        )

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = to_data(self.to_wire())
        return data

    @classmethod
    def from_wire(cls, data: MeetingData) -> Meeting:
        """Build a meeting from what the decoder read; raise :class:`DataError` for an id used
        twice in one list or a reference to a part that does not exist."""
        if not data.id:
            raise DataError("id", "expected the meeting's id (text)")
        m = cls(data.id, data.details, data.created)
        m.next_meeting = data.next_meeting
        m.live = data.live
        for name in COLLECTIONS:
            parts = getattr(data, name)
            target = {p.id: p for p in parts}
            if len(target) != len(parts):
                seen: set[str] = set()
                for i, part in enumerate(parts):
                    if part.id in seen:
                        raise DataError(f"{name}[{i}].id", f"the id {part.id!r} is used twice")
                    seen.add(part.id)
            setattr(m, name, target)
        m.check_references()
        return m

    @classmethod
    def from_data(cls, data: Any) -> Meeting:
        """Build a meeting from plain data; raise :class:`DataError` naming the first bad field."""
        if isinstance(data, dict) and not isinstance(data.get("id"), str):
            raise DataError("id", "expected the meeting's id (text)")
        wire: MeetingData = from_data(MeetingData, data)
        return cls.from_wire(wire)

    def check_references(self) -> None:
        """Raise :class:`DataError` when a part points at something that does not exist.

        Each kind of reference is checked as a whole with sets (a file holds ~10,000 of them); only
        when one fails is the list walked again, in order, for the path of the first bad one."""
        item, person = _WHAT["items"], _WHAT["participants"]
        checks: list[tuple[tuple[tuple[str, str, str], ...], str]] = [
            *(((("item_id", "items", item),), c) for c in _ITEM_PARTS),
            ((("participant_id", "participants", person), ("item_id", "items", item)), "turns"),
            ((("participant_id", "participants", person),), "queue"),
            ((("speaker_id", "participants", person),), "notes"),
            ((("owner_id", "participants", person),), "actions"),
        ]
        for refs, coll in checks:
            parts = self.collection(coll).values()
            if all(self._all_there(parts, attr, target) for attr, target, _ in refs):
                continue
            for i, part in enumerate(parts):
                for attr, target, what in refs:
                    self._check_one(f"{coll}[{i}].{attr}", target, what, getattr(part, attr))
        live = self.live
        self._check_one("live.current_item_id", "items", item, live.current_item_id)
        self._check_one("live.current_turn_id", "turns", _WHAT["turns"], live.current_turn_id)
        self._check_one("live.current_pause_id", "pauses", _WHAT["pauses"], live.current_pause_id)

    def _all_there(self, parts: Any, attr: str, target: str) -> bool:
        refs = set(map(attrgetter(attr), parts))
        refs.discard(None)
        return refs <= self.collection(target).keys()

    def _check_one(self, path: str, target: str, what: str, ref: str | None) -> None:
        if ref is not None and ref not in self.collection(target):
            raise DataError(
                path,
                "",
                QT_TRANSLATE_NOOP("DataError", "no {what} has the id {id}"),
                {"what": Words(what), "id": repr(ref)},
            )

    def copy(self) -> Meeting:
        """A deep-enough copy: parts are immutable, so copying the lists is enough."""
        m = Meeting(self.id, self.details, self.created)
        m.next_meeting = self.next_meeting
        m.live = self.live
        for name in COLLECTIONS:
            setattr(m, name, dict(self.collection(name)))
        m._last, m._last_known = self._last, self._last_known
        return m

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Meeting):
            return NotImplemented
        return (
            self.id == other.id
            and self.created == other.created
            and self.details == other.details
            and self.next_meeting == other.next_meeting
            and self.live == other.live
            and all(
                list(self.collection(n).items()) == list(other.collection(n).items())
                for n in COLLECTIONS
            )
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"<Meeting {self.id} {self.details.title!r}>"

    def iter_parts(self) -> Iterator[tuple[str, Any]]:
        for name in COLLECTIONS:
            for e in self.collection(name).values():
                yield name, e


def _index_of(items: dict[str, Any], id: str) -> int:
    # most parts replaced are the last of their list (the turn or run being closed): no search;
    # else the keys' list and its search run in C (~8 times faster than a loop over 3,000 notes)
    if items and next(reversed(items)) == id:
        return len(items) - 1
    try:
        return list(items).index(id)
    except ValueError:
        raise KeyError(id) from None


def _insert_at(items: dict[str, Any], entity: Any, index: int) -> None:
    entries = [(k, v) for k, v in items.items() if k != entity.id]
    index = max(0, min(index, len(entries)))
    entries.insert(index, (entity.id, entity))
    items.clear()
    items.update(entries)
