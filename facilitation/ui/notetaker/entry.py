"""The entry being typed in the note-taker's window: when it started, and the command that adds it.

An entry is a note; marked as a decision, an action or an open question it is the note plus that
record, in one ``Batch`` (one step to undo, all or nothing).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP

from facilitation.models import (
    Action,
    Batch,
    Command,
    Create,
    Decision,
    Meeting,
    Note,
    NoteKind,
    OpenQuestion,
    new_id,
)

from facilitation.ui.notetaker.notes_editor import KindPanel


@dataclass(frozen=True)
class EntryStart:
    """When and on which item the entry being typed was started."""

    at: datetime
    item_id: str | None


def participant_id(m: Meeting, name: str) -> str | None:
    """The participant called ``name`` (case aside), if anyone is."""
    wanted = name.strip().casefold()
    for p in m.participants.values():
        if p.name.casefold() == wanted:
            return p.id
    return None


def entry_command(
    m: Meeting,
    kinds: KindPanel,
    item_id: str,
    at: datetime,
    text: str,
    speaker_id: str | None,
) -> tuple[Note, Command]:
    """The note for ``text`` and the command that adds it with the record its mark asks for."""

    def participant_id_of(name: str) -> str | None:
        return participant_id(m, name)

    kind = kinds.current_kind()
    note = Note(new_id(), item_id, at, text, speaker_id, kind=kind)
    commands: list[Command] = [Create.of("notes", note)]
    if kind is NoteKind.DECISION:
        decision = Decision(new_id(), item_id, text, at, **kinds.decision_fields())  # type: ignore[arg-type]
        commands.append(Create.of("decisions", decision))
    elif kind is NoteKind.ACTION:
        owner = kinds.owner.text().strip()
        owner_id = participant_id_of(owner) if owner else None
        action = Action(
            new_id(),
            item_id,
            text,
            owner_id=owner_id,
            owner="" if owner_id else owner,
            due=kinds.due_date(),
            at=at,
        )
        commands.append(Create.of("actions", action))
    elif kind is NoteKind.QUESTION:
        commands.append(Create.of("questions", OpenQuestion(new_id(), item_id, text, at)))
    # a marked entry is the note plus its record: one step to undo, all or nothing
    labels = {
        NoteKind.NOTE: QT_TRANSLATE_NOOP("Command", "Add note"),
        NoteKind.DECISION: QT_TRANSLATE_NOOP("Command", "Add decision"),
        NoteKind.ACTION: QT_TRANSLATE_NOOP("Command", "Add action"),
        NoteKind.QUESTION: QT_TRANSLATE_NOOP("Command", "Add open question"),
    }
    cmd = commands[0] if len(commands) == 1 else Batch(tuple(commands), str(labels[kind]))
    return note, cmd
