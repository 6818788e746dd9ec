"""Commands: every change to a meeting, as plain data.

A command carries everything it needs — the time it happened and the ids of the parts it creates —
so that applying the same commands in the same order to the same meeting always gives the same
meeting. Commands never read a clock nor draw random numbers. They change the meeting only through an
:class:`Editor`, which records the primitive edits that undo them.

Messages are English templates marked for Qt Linguist; the UI translates them (the domain has no Qt).

Commands are msgspec Structs (frozen), one tagged union: the journal writes a command as an object
whose ``type`` names its class, and reads it back in one step (:mod:`facilitation.models.reading`). Parts stay
dataclasses (see :mod:`facilitation.models.entities`); a command that carries one (``Create``, the
``Put`` of a patch) holds the part itself, encoded once, when the journal writes it.
"""

from __future__ import annotations

import re
import types
from dataclasses import replace
from datetime import datetime
from typing import Any, ClassVar, TypeVar

import msgspec

from facilitation.models.entities import (
    Details,
    NextMeeting,
)
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.models.meeting import COLLECTIONS, Delete, Meeting, Op, Put
from facilitation.models.wire import DataError, field_type, from_data, nested, to_data


class CommandError(Exception):
    """A command cannot be applied to the meeting as it is; nothing was changed."""

    def __init__(self, template: str, **params: Any) -> None:
        super().__init__(template.format(**params))
        self.template = template
        self.params = params


def _err(text: str, **params: Any) -> CommandError:
    return CommandError(text, **params)


class Editor:
    """The only way a command changes a meeting: records the undo edits and what was touched."""

    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self.undo: list[Op] = []
        self.touched: dict[str, set[str]] = {}
        self.scalars: set[str] = set()

    def put(self, coll: str, entity: Any, index: int | None = None) -> None:
        self.undo.append(self.meeting.put(coll, entity, index))
        self.touched.setdefault(coll, set()).add(entity.id)

    def delete(self, coll: str, id: str) -> None:
        self.undo.append(self.meeting.delete(coll, id))
        self.touched.setdefault(coll, set()).add(id)

    def set(self, name: str, value: Any) -> None:
        self.undo.append(self.meeting.set(name, value))
        self.scalars.add(name)

    def live(self, **changes: Any) -> None:
        self.set("live", replace(self.meeting.live, **changes))

    def apply_op(self, op: Op) -> None:
        if isinstance(op, Put):
            self.put(op.coll, op.entity, op.index)
        elif isinstance(op, Delete):
            self.delete(op.coll, op.id)
        else:
            self.set(op.name, op.value)

    def rollback(self) -> None:
        for op in reversed(self.undo):
            self.meeting.apply_op(op)
        self.undo.clear()


COMMANDS: dict[str, type[Command]] = {}


def command(cls: type[C]) -> type[C]:
    """Register a command class under its ``TYPE`` so the journal can read it back."""
    if cls.TYPE in COMMANDS:
        raise ValueError(f"two commands named {cls.TYPE}")
    if cls.__struct_config__.tag != cls.TYPE:
        raise ValueError(f"{cls.__name__}: TYPE {cls.TYPE!r} is not its tag")
    COMMANDS[cls.TYPE] = cls
    return cls


def _snake(name: str) -> str:
    """The tag of a command class in the journal: ``StepTo`` → ``step_to``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


class Command(msgspec.Struct, frozen=True, tag_field="type", tag=_snake):
    TYPE: ClassVar[str] = ""
    #: what the Edit menu says ("Undo Add note"): an English source string, translated by the UI
    LABEL: ClassVar[str] = ""

    def run(self, m: Meeting, edit: Editor) -> None:
        raise NotImplementedError

    def merge_key(self) -> tuple[Any, ...] | None:
        """Consecutive commands with the same key make one undo step (a burst of typing)."""
        return None

    def undo_label(self) -> str:
        """What the Edit menu calls this step (English source, translated in context "Command")."""
        return self.LABEL

    def to_data(self) -> dict[str, Any]:
        """The command as plain data, ``type`` first (what the journal holds)."""
        data: dict[str, Any] = to_data(self)
        return data


C = TypeVar("C", bound=Command)


# -- helpers -----------------------------------------------------------------------------------


def _need(m: Meeting, coll: str, id: str | None, what: str) -> Any:
    if id is None or id not in m.collection(coll):
        raise _err(
            QT_TRANSLATE_NOOP("CommandError", "There is no {what} with the id {id}."),
            what=what,
            id=id,
        )
    return m.collection(coll)[id]


def _fresh(m: Meeting, coll: str, id: str) -> None:
    if not id or id in m.collection(coll):
        raise _err(QT_TRANSLATE_NOOP("CommandError", "The id {id} is already used."), id=id)


def _check_time(m: Meeting, at: datetime) -> None:
    """Time in a meeting only goes forward: refuse a command dated before the last recorded event.

    Closed intervals count too: a turn that ended at 18:45 forbids a step or a new turn at 18:42
    (it would make turns overlap and an item end before its own speakers).
    """
    last = m.last_event()
    if last is not None and at < last:
        raise _err(
            QT_TRANSLATE_NOOP("CommandError", "This happens before the last recorded event.")
        )


def _check_refs(m: Meeting, coll: str, entity: Any) -> None:
    if hasattr(entity, "item_id") and coll != "turns":
        _need(m, "items", entity.item_id, "agenda item")
    for attr in ("participant_id", "speaker_id", "owner_id"):
        ref = getattr(entity, attr, None)
        if ref is not None:
            _need(m, "participants", ref, "participant")


def _close_turn(m: Meeting, edit: Editor, at: datetime) -> None:
    turn = m.current_turn
    if turn is not None:
        edit.put("turns", replace(turn, end=at))
        edit.live(current_turn_id=None)


def _close_run(m: Meeting, edit: Editor, at: datetime) -> None:
    run = m.open_run()
    if run is not None:
        edit.put("runs", replace(run, end=at))


def _must_be_running(m: Meeting) -> None:
    if m.live.started_at is None:
        raise _err(QT_TRANSLATE_NOOP("CommandError", "The meeting has not started."))
    if m.live.ended_at is not None:
        raise _err(QT_TRANSLATE_NOOP("CommandError", "The meeting has ended."))


# -- editing the parts of a meeting ------------------------------------------------------------


@command
class Create(Command, frozen=True):
    """Add a part (participant, agenda item, note, decision, action, open question).

    It carries the part itself (``data`` in the journal). Read back from the journal, or built with
    plain data, the part is built as the type of its list; data that is not a valid part stays as
    it is and the command is refused when it runs."""

    TYPE = "create"
    LABEL = QT_TRANSLATE_NOOP("Command", "Add")
    coll: str
    entity: Any = msgspec.field(name="data")
    index: int | None = None

    def __post_init__(self) -> None:
        if self.entity.__class__ is dict and self.coll in EDITABLE:
            try:
                part: Any = msgspec.convert(self.entity, COLLECTIONS[self.coll])
            except msgspec.ValidationError:
                return  # run() says what is wrong, as a refusal
            msgspec.structs.force_setattr(self, "entity", part)

    @classmethod
    def of(cls, coll: str, entity: Any, index: int | None = None) -> Create:
        """The command that adds ``entity`` to list ``coll`` (the name other code has used)."""
        return cls(coll, entity, index)

    def run(self, m: Meeting, edit: Editor) -> None:
        if self.coll not in EDITABLE:
            raise _err(
                QT_TRANSLATE_NOOP("CommandError", "{coll} cannot be edited directly."),
                coll=self.coll,
            )
        entity = self.entity
        if not isinstance(entity, COLLECTIONS[self.coll]):
            entity = _decode(self.coll, entity)
        _fresh(m, self.coll, entity.id)
        _check_refs(m, self.coll, entity)
        edit.put(self.coll, entity, self.index)


@command
class Update(Command, frozen=True):
    """Change some fields of a part; a burst of edits to the same fields is one undo step."""

    TYPE = "update"
    LABEL = QT_TRANSLATE_NOOP("Command", "Edit")
    coll: str
    id: str
    changes: dict[str, Any]

    def run(self, m: Meeting, edit: Editor) -> None:
        if self.coll not in EDITABLE:
            raise _err(
                QT_TRANSLATE_NOOP("CommandError", "{coll} cannot be edited directly."),
                coll=self.coll,
            )
        old = _need(m, self.coll, self.id, self.coll)
        cls = COLLECTIONS[self.coll]
        values: dict[str, Any] = {}
        for name, raw in self.changes.items():
            try:
                tp = field_type(cls, name)
            except KeyError:
                raise _err(
                    QT_TRANSLATE_NOOP("CommandError", "Unknown field {name}."), name=name
                ) from None
            if name == "id":
                raise _err(QT_TRANSLATE_NOOP("CommandError", "An id cannot be changed."))
            try:
                values[name] = from_data(tp, raw, name)
            except DataError as exc:
                raise _err(
                    QT_TRANSLATE_NOOP("CommandError", "Invalid value: {problem}"), problem=str(exc)
                ) from None
        try:
            new = replace(old, **values)
        except ValueError as exc:
            raise _err(
                QT_TRANSLATE_NOOP("CommandError", "Invalid value: {problem}"), problem=str(exc)
            ) from None
        _check_refs(m, self.coll, new)
        edit.put(self.coll, new)

    def merge_key(self) -> tuple[Any, ...] | None:
        return ("update", self.coll, self.id, tuple(sorted(self.changes)))


@command
class Remove(Command, frozen=True):
    TYPE = "remove"
    LABEL = QT_TRANSLATE_NOOP("Command", "Delete")
    coll: str
    id: str

    def run(self, m: Meeting, edit: Editor) -> None:
        if self.coll not in EDITABLE:
            raise _err(
                QT_TRANSLATE_NOOP("CommandError", "{coll} cannot be edited directly."),
                coll=self.coll,
            )
        _need(m, self.coll, self.id, self.coll)
        if self.coll == "items":
            if m.live.current_item_id == self.id:
                # chosen during a pause it has no interval yet, but the live state points at it
                raise _err(
                    QT_TRANSLATE_NOOP(
                        "CommandError", "This is the current item: go to another item first."
                    )
                )
            if m.runs_of(self.id) or any(t.item_id == self.id for t in m.turns.values()):
                raise _err(
                    QT_TRANSLATE_NOOP(
                        "CommandError",
                        "This item has already been discussed: skip it rather than delete it.",
                    )
                )
            for coll in ("notes", "decisions", "actions", "questions"):
                for part in [p for p in m.collection(coll).values() if p.item_id == self.id]:
                    edit.delete(coll, part.id)
        elif self.coll == "participants":
            used = (
                any(t.participant_id == self.id for t in m.turns.values())
                or any(n.speaker_id == self.id for n in m.notes.values())
                or any(a.owner_id == self.id for a in m.actions.values())
            )
            if used:
                raise _err(
                    QT_TRANSLATE_NOOP(
                        "CommandError",
                        "This person has spoken or is named in the notes: mark them absent instead.",
                    )
                )
            for entry in [q for q in m.queue.values() if q.participant_id == self.id]:
                edit.delete("queue", entry.id)
        edit.delete(self.coll, self.id)


@command
class Move(Command, frozen=True):
    """Move a part within its list (reorder the agenda, the notes of an item, the queue)."""

    TYPE = "move"
    LABEL = QT_TRANSLATE_NOOP("Command", "Move")
    coll: str
    id: str
    index: int

    def run(self, m: Meeting, edit: Editor) -> None:
        if self.coll not in EDITABLE and self.coll != "queue":
            raise _err(
                QT_TRANSLATE_NOOP("CommandError", "{coll} cannot be edited directly."),
                coll=self.coll,
            )
        part = _need(m, self.coll, self.id, self.coll)
        edit.put(self.coll, part, self.index)


EDITABLE = frozenset({"participants", "items", "notes", "decisions", "actions", "questions"})


def _decode(coll: str, data: Any) -> Any:
    try:
        return from_data(COLLECTIONS[coll], data, coll)
    except DataError as exc:
        raise _err(
            QT_TRANSLATE_NOOP("CommandError", "Invalid value: {problem}"), problem=str(exc)
        ) from None


@command
class SetDetails(Command, frozen=True):
    TYPE = "set_details"
    LABEL = QT_TRANSLATE_NOOP("Command", "Edit meeting details")
    details: Details

    def run(self, m: Meeting, edit: Editor) -> None:
        edit.set("details", self.details)

    def merge_key(self) -> tuple[Any, ...] | None:
        return ("details",)


@command
class SetNextMeeting(Command, frozen=True):
    TYPE = "set_next_meeting"
    LABEL = QT_TRANSLATE_NOOP("Command", "Edit next meeting")
    next_meeting: NextMeeting

    def run(self, m: Meeting, edit: Editor) -> None:
        edit.set("next_meeting", self.next_meeting)

    def merge_key(self) -> tuple[Any, ...] | None:
        return ("next_meeting",)


# -- several changes as one step -------------------------------------------------------------


@command
class Batch(Command, frozen=True):
    """Several commands applied as one: one undo step, all or nothing (an import, a template)."""

    TYPE = "batch"
    LABEL = QT_TRANSLATE_NOOP("Command", "Import")
    #: read back from the journal as plain data, then built as commands (the union is known only
    #: once every command module is imported)
    commands: tuple[Any, ...]
    #: what the step is called in the Edit menu when it is not an import ("Add decision"…); an
    #: English source string marked with QT_TRANSLATE_NOOP("Command", …) where it is written
    label: str = ""

    def undo_label(self) -> str:
        return self.label or self.LABEL

    def run(self, m: Meeting, edit: Editor) -> None:
        # the same Editor for every part: the door rolls all of them back if one is refused
        for cmd in self.commands:
            cmd.run(m, edit)

    def __post_init__(self) -> None:
        if any(c.__class__ is dict for c in self.commands):
            from facilitation.models.reading import any_command  # the registry is complete by now

            try:
                many = types.GenericAlias(tuple, (any_command(), ...))
                parts = msgspec.convert(self.commands, many)
            except msgspec.ValidationError as exc:
                raise nested(exc, "commands") from None
            msgspec.structs.force_setattr(self, "commands", parts)


# -- undo and redo -----------------------------------------------------------------------------


@command
class Patch(Command, frozen=True):
    """Primitive edits, applied in order: what undo and redo apply (and the journal records)."""

    TYPE = "patch"
    LABEL = QT_TRANSLATE_NOOP("Command", "Undo")
    ops: tuple[Op, ...]
    #: the label of the step this patch undoes or redoes, for the menus
    label: str = ""

    def run(self, m: Meeting, edit: Editor) -> None:
        for op in self.ops:
            edit.apply_op(op)


__all__ = [
    "COMMANDS",
    "QT_TRANSLATE_NOOP",
    "Batch",
    "Command",
    "CommandError",
    "Create",
    "Editor",
    "Move",
    "Patch",
    "Remove",
    "SetDetails",
    "SetNextMeeting",
    "Update",
]
