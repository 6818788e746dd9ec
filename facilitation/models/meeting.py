"""The meeting: its details, its ordered lists of parts, and the three primitive edits.

Commands (see :mod:`facilitation.models.commands`) change a meeting only through the three primitives
``put``, ``delete`` and ``set``; each returns the primitive that undoes it. This is what makes undo,
the change records and the journal generic: no command needs its own inverse.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from facilitation.models.codec import DataError, from_data, to_data
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
)

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


@dataclass(frozen=True, slots=True)
class Put:
    """Insert or replace a part (at ``index`` in its list when given, else in place or at the end)."""

    coll: str
    entity: Any
    index: int | None = None

    def to_data(self) -> dict[str, Any]:
        return {"op": "put", "coll": self.coll, "data": to_data(self.entity), "index": self.index}


@dataclass(frozen=True, slots=True)
class Delete:
    coll: str
    id: str

    def to_data(self) -> dict[str, Any]:
        return {"op": "delete", "coll": self.coll, "id": self.id}


@dataclass(frozen=True, slots=True)
class Set:
    name: str
    value: Any

    def to_data(self) -> dict[str, Any]:
        return {"op": "set", "name": self.name, "data": to_data(self.value)}


Op = Put | Delete | Set


def op_from_data(data: Any, path: str = "op") -> Op:
    if not isinstance(data, dict):
        raise DataError(path, "expected an object")
    kind = data.get("op")
    if kind == "put":
        coll = data.get("coll")
        if coll not in COLLECTIONS:
            raise DataError(f"{path}.coll", f"unknown list {coll!r}")
        index = data.get("index")
        if index is not None and (not isinstance(index, int) or isinstance(index, bool)):
            raise DataError(f"{path}.index", "expected a whole number or null")
        return Put(coll, from_data(COLLECTIONS[coll], data.get("data"), f"{path}.data"), index)
    if kind == "delete":
        coll, id_ = data.get("coll"), data.get("id")
        if coll not in COLLECTIONS:
            raise DataError(f"{path}.coll", f"unknown list {coll!r}")
        if not isinstance(id_, str):
            raise DataError(f"{path}.id", "expected text")
        return Delete(coll, id_)
    if kind == "set":
        name = data.get("name")
        if name not in SCALARS:
            raise DataError(f"{path}.name", f"unknown part {name!r}")
        return Set(name, from_data(SCALARS[name], data.get("data"), f"{path}.data"))
    raise DataError(f"{path}.op", f"unknown edit {kind!r}")


class Meeting:
    """A meeting, prepared or held. Read it freely; change it only through the door."""

    __slots__ = ("id", "created", "details", "next_meeting", "live", *COLLECTIONS)

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

    def participant_name(self, pid: str | None) -> str:
        p = self.participants.get(pid) if pid else None
        return p.name if p else ""

    # -- the three primitive edits (for commands only) ------------------------------------------

    def put(self, coll: str, entity: Any, index: int | None = None) -> Op:
        """Insert or replace ``entity``; return the edit that undoes it."""
        items = self.collection(coll)
        if not isinstance(entity, COLLECTIONS[coll]):
            raise TypeError(f"{coll} holds {COLLECTIONS[coll].__name__}, not {type(entity)}")
        old = items.get(entity.id)
        old_index = _index_of(items, entity.id) if old is not None else None
        if index is None or index == old_index:
            items[entity.id] = entity
        else:
            _insert_at(items, entity, index)
        if old is None:
            return Delete(coll, entity.id)
        return Put(coll, old, old_index)

    def delete(self, coll: str, id: str) -> Op:
        items = self.collection(coll)
        index = _index_of(items, id)
        old = items.pop(id)
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

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {
            "id": self.id,
            "created": to_data(self.created),
            "details": to_data(self.details),
            "next_meeting": to_data(self.next_meeting),
            "live": to_data(self.live),
        }
        for name in COLLECTIONS:
            data[name] = [to_data(e) for e in self.collection(name).values()]
        return data

    @classmethod
    def from_data(cls, data: Any) -> Meeting:
        """Build a meeting from plain data; raise :class:`DataError` naming the first bad field."""
        if not isinstance(data, dict):
            raise DataError("", "expected an object")
        mid = data.get("id")
        if not isinstance(mid, str) or not mid:
            raise DataError("id", "expected the meeting's id (text)")
        created = from_data(datetime | None, data.get("created"), "created")
        m = cls(mid, created=created)
        for name, tp in SCALARS.items():
            if name in data:
                setattr(m, name, from_data(tp, data[name], name))
        for name, tp in COLLECTIONS.items():
            raw = data.get(name, [])
            if not isinstance(raw, list):
                raise DataError(name, "expected a list")
            target = m.collection(name)
            for i, entry in enumerate(raw):
                part = from_data(tp, entry, f"{name}[{i}]")
                if part.id in target:
                    raise DataError(f"{name}[{i}].id", f"the id {part.id!r} is used twice")
                target[part.id] = part
        m.check_references()
        return m

    def check_references(self) -> None:
        """Raise :class:`DataError` when a part points at something that does not exist."""
        refs: list[tuple[str, str, str, str | None]] = []
        for coll in ("runs", "notes", "decisions", "actions", "questions"):
            for i, e in enumerate(self.collection(coll).values()):
                refs.append((f"{coll}[{i}].item_id", "items", "agenda item", e.item_id))
        for i, t in enumerate(self.turns.values()):
            refs.append(
                (f"turns[{i}].participant_id", "participants", "participant", t.participant_id)
            )
            refs.append((f"turns[{i}].item_id", "items", "agenda item", t.item_id))
        for i, q in enumerate(self.queue.values()):
            refs.append(
                (f"queue[{i}].participant_id", "participants", "participant", q.participant_id)
            )
        for i, n in enumerate(self.notes.values()):
            refs.append((f"notes[{i}].speaker_id", "participants", "participant", n.speaker_id))
        for i, a in enumerate(self.actions.values()):
            refs.append((f"actions[{i}].owner_id", "participants", "participant", a.owner_id))
        live = self.live
        refs.append(("live.current_item_id", "items", "agenda item", live.current_item_id))
        refs.append(("live.current_turn_id", "turns", "speaking turn", live.current_turn_id))
        refs.append(("live.current_pause_id", "pauses", "pause", live.current_pause_id))
        for path, coll, what, ref in refs:
            if ref is not None and ref not in self.collection(coll):
                raise DataError(path, f"no {what} has the id {ref!r}")

    def copy(self) -> Meeting:
        """A deep-enough copy: parts are immutable, so copying the lists is enough."""
        m = Meeting(self.id, self.details, self.created)
        m.next_meeting = self.next_meeting
        m.live = self.live
        for name in COLLECTIONS:
            setattr(m, name, dict(self.collection(name)))
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
    for i, key in enumerate(items):
        if key == id:
            return i
    raise KeyError(id)


def _insert_at(items: dict[str, Any], entity: Any, index: int) -> None:
    entries = [(k, v) for k, v in items.items() if k != entity.id]
    index = max(0, min(index, len(entries)))
    entries.insert(index, (entity.id, entity))
    items.clear()
    items.update(entries)
