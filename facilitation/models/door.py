"""The one door through which every change to a live meeting passes.

``LiveMeeting.apply(command, initiator)`` validates and applies a command, records how to undo it
(merging a burst of typing into one step), and hands a :class:`Change` to every listener: the
autosave journal, each open window. A window passes itself as ``initiator`` and ignores the changes it
started, so its own editor is never reset under the user's fingers.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import IntEnum, StrEnum
from typing import Any

from facilitation.models.commands import Command, CommandError, Editor, Patch
from facilitation.models.meeting import Meeting, Op


class ChangeKind(StrEnum):
    DO = "do"
    UNDO = "undo"
    REDO = "redo"


class Topic(StrEnum):
    """A part of the meeting a change can touch: one of its lists, or one of its single parts.

    The values are the names the meeting and the file use (``Meeting.COLLECTIONS``, ``SCALARS``), so a
    command's ``coll`` string and a topic compare equal; a view asks about topics, never about strings,
    so a typo fails at import instead of never firing.
    """

    PARTICIPANTS = "participants"
    ITEMS = "items"
    RUNS = "runs"
    PAUSES = "pauses"
    TURNS = "turns"
    QUEUE = "queue"
    NOTES = "notes"
    DECISIONS = "decisions"
    ACTIONS = "actions"
    QUESTIONS = "questions"
    DETAILS = "details"
    NEXT_MEETING = "next_meeting"
    LIVE = "live"


@dataclass(frozen=True, slots=True)
class Change:
    """What one command changed, and who started it."""

    command: Command
    initiator: object | None
    touched: Mapping[str, frozenset[str]]
    scalars: frozenset[str]
    kind: ChangeKind = ChangeKind.DO

    def touches(self, *topics: Topic) -> bool:
        """True when any of the given lists or single parts changed."""
        return any(t in self.touched or t in self.scalars for t in topics)

    def ids(self, topic: Topic) -> frozenset[str]:
        """The ids of the parts of list ``topic`` that the change touched."""
        return self.touched.get(topic, frozenset())


class Priority(IntEnum):
    """When a listener hears a change: lower first. The journal must have a change before any view
    shows it (a view that fails or a crash while painting never loses a change)."""

    JOURNAL = 0
    VIEWS = 10


@dataclass(slots=True)
class _Step:
    label: str
    ops: list[Op]  # apply in this order to go back (or forward, on the redo stack)
    merge_key: tuple[Any, ...] | None = None


@dataclass(slots=True)
class History:
    limit: int = 1000
    undo_steps: list[_Step] = field(default_factory=list)
    redo_steps: list[_Step] = field(default_factory=list)

    @property
    def can_undo(self) -> bool:
        return bool(self.undo_steps)

    @property
    def can_redo(self) -> bool:
        return bool(self.redo_steps)

    @property
    def undo_label(self) -> str:
        """The English label of the step undo would take back ("" when none)."""
        return self.undo_steps[-1].label if self.undo_steps else ""

    @property
    def redo_label(self) -> str:
        return self.redo_steps[-1].label if self.redo_steps else ""

    def record(self, label: str, ops: list[Op], merge_key: tuple[Any, ...] | None) -> None:
        self.redo_steps.clear()
        top = self.undo_steps[-1] if self.undo_steps else None
        if merge_key is not None and top is not None and top.merge_key == merge_key:
            top.ops = ops + top.ops
            return
        self.undo_steps.append(_Step(label, ops, merge_key))
        if len(self.undo_steps) > self.limit:
            del self.undo_steps[0]

    def clear(self) -> None:
        self.undo_steps.clear()
        self.redo_steps.clear()


Listener = Callable[[Change], None]


class LiveMeeting:
    """A meeting open in the app: the meeting, its undo history, and who listens to its changes."""

    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self.history = History()
        #: (priority, listener), kept sorted by priority; equal priorities in order of subscription
        self._listeners: list[tuple[Priority, Listener]] = []

    def subscribe(self, listener: Listener, priority: Priority = Priority.VIEWS) -> None:
        self._listeners.append((priority, listener))
        self._listeners.sort(key=lambda entry: entry[0])

    def unsubscribe(self, listener: Listener) -> None:
        self._listeners = [entry for entry in self._listeners if entry[1] != listener]

    def apply(self, command: Command, initiator: object | None = None) -> Change:
        """Apply ``command``; raise :class:`CommandError` (meeting unchanged) if it cannot be."""
        edit = self._run(command)
        if edit.undo:
            self.history.record(
                command.undo_label(), list(reversed(edit.undo)), command.merge_key()
            )
        return self._announce(command, initiator, edit, ChangeKind.DO)

    def undo(self, initiator: object | None = None) -> Change | None:
        if not self.history.undo_steps:
            return None
        step = self.history.undo_steps.pop()
        return self._replay(step, self.history.redo_steps, initiator, ChangeKind.UNDO)

    def redo(self, initiator: object | None = None) -> Change | None:
        if not self.history.redo_steps:
            return None
        step = self.history.redo_steps.pop()
        return self._replay(step, self.history.undo_steps, initiator, ChangeKind.REDO)

    def _replay(
        self, step: _Step, other: list[_Step], initiator: object | None, kind: ChangeKind
    ) -> Change:
        patch = Patch(tuple(step.ops), step.label)
        edit = self._run(patch)
        other.append(_Step(step.label, list(reversed(edit.undo))))
        return self._announce(patch, initiator, edit, kind)

    def _run(self, command: Command) -> Editor:
        edit = Editor(self.meeting)
        try:
            command.run(self.meeting, edit)
        except CommandError:
            edit.rollback()
            raise
        except (KeyError, TypeError, ValueError) as exc:
            edit.rollback()
            raise CommandError(
                "This change cannot be applied: {problem}", problem=str(exc)
            ) from exc
        except Exception:
            # any other failure too leaves the meeting as it was (a replay that stops there must
            # not keep half a command), and goes on as it came
            edit.rollback()
            raise
        return edit

    def _announce(
        self, command: Command, initiator: object | None, edit: Editor, kind: ChangeKind
    ) -> Change:
        change = Change(
            command,
            initiator,
            {k: frozenset(v) for k, v in edit.touched.items()},
            frozenset(edit.scalars),
            kind,
        )
        errors: list[BaseException] = []
        for _priority, listener in list(self._listeners):
            try:
                listener(change)
            except Exception as exc:  # one broken listener must not starve the others
                errors.append(exc)
        if errors:
            raise errors[0]
        return change


def replay(meeting: Meeting, commands: list[Command]) -> Meeting:
    """Apply ``commands`` in order to a copy of ``meeting`` (no history, no listeners)."""
    live = LiveMeeting(meeting.copy())
    for cmd in commands:
        live.apply(cmd)
    return live.meeting
