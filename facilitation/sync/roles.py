"""Who may write what in a shared meeting: the one table every replica checks, in the log's order.

- the **host** (the facilitator who shares) writes everything, and alone grants and revokes roles;
- a **co-facilitator** writes every command (every live action and edit), no grants;
- a **note-taker** writes what its window writes: notes (added, edited, moved, removed, marked), and
  the decisions, actions and open questions its marks add; its undo is of its own entries only (a
  rule every replica checks for every role, in :mod:`.replica`);
- a **viewer** (the projector) writes nothing.
"""

from __future__ import annotations

from enum import StrEnum

from facilitation.models import Batch, Command, Create, Move, Patch, Remove, Update
from facilitation.models.meeting import Delete, Put


class Role(StrEnum):
    HOST = "host"
    COFACILITATOR = "cofacilitator"
    NOTETAKER = "notetaker"
    VIEWER = "viewer"


#: the lists a note-taker's window writes to (a mark adds a decision, an action or a question)
NOTETAKER_LISTS = frozenset({"notes", "decisions", "actions", "questions"})


def _notetaker_may(command: Command) -> bool:
    if isinstance(command, Create | Update | Remove | Move):
        return command.coll in NOTETAKER_LISTS
    if isinstance(command, Batch):
        return all(isinstance(c, Command) and _notetaker_may(c) for c in command.commands)
    if isinstance(command, Patch):  # its undo: the inverse edits of what it may write
        return all(
            isinstance(op, Put | Delete) and op.coll in NOTETAKER_LISTS for op in command.ops
        )
    return False


def may_write(role: Role | None, command: Command) -> bool:
    """Whether a device holding ``role`` (None: no role, or revoked) may write ``command``."""
    if role is Role.HOST or role is Role.COFACILITATOR:
        return True
    if role is Role.NOTETAKER:
        return _notetaker_may(command)
    return False
