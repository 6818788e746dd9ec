"""Commands for what the minutes record at the end of a meeting and at the next one.

- the read-back: each decision or action is marked read to the room (:class:`MarkRead`), and the
  time of the read-back is recorded (:class:`RecordReadBack`); the minutes then say "decisions and
  actions read back at 21 h 56";
- the approval of the minutes, at the next meeting (:class:`ApproveMinutes`): the minutes then say
  "approved on …";
- the next meeting's date, time, place, mode, link and note (:class:`EditNextMeeting`, a few fields
  at a time, so an editor can send each field as it is typed).

Importing :mod:`facilitation.models` registers them, so the journal can always read them back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

from facilitation.models.commands import Command, Editor, _err, _need, command
from facilitation.models.entities import NextMeeting, Stamp
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.models.meeting import Meeting
from facilitation.models.wire import DataError, field_type, from_data

# the lists whose parts are read back
READ_BACK = ("decisions", "actions")


@command
class MarkRead(Command, frozen=True):
    """Mark a decision or an action read back to the room (or not, with ``read=False``)."""

    TYPE = "mark_read"
    LABEL = QT_TRANSLATE_NOOP("Command", "Mark read")
    coll: str
    id: str
    read: bool = True

    def run(self, m: Meeting, edit: Editor) -> None:
        if self.coll not in READ_BACK:
            raise _err(
                QT_TRANSLATE_NOOP("CommandError", "Only decisions and actions are read back.")
            )
        part = _need(m, self.coll, self.id, self.coll)
        edit.put(self.coll, replace(part, read_back=self.read))


@command
class RecordReadBack(Command, frozen=True):
    """The decisions and actions were read back at ``at`` (``None``: forget the read-back)."""

    TYPE = "record_read_back"
    LABEL = QT_TRANSLATE_NOOP("Command", "Read back")
    at: Stamp | None

    def run(self, m: Meeting, edit: Editor) -> None:
        started = m.live.started_at
        if self.at is not None and (started is None or self.at < started):
            raise _err(
                QT_TRANSLATE_NOOP(
                    "CommandError", "A read-back happens during the meeting, after it started."
                )
            )
        edit.live(read_back_at=self.at)


@command
class ApproveMinutes(Command, frozen=True):
    """The minutes of this meeting were approved on ``on`` (``None``: not approved)."""

    TYPE = "approve_minutes"
    LABEL = QT_TRANSLATE_NOOP("Command", "Approve minutes")
    on: date | None

    def run(self, m: Meeting, edit: Editor) -> None:
        edit.set("details", replace(m.details, minutes_approved_on=self.on))


@command
class EditNextMeeting(Command, frozen=True):
    """Change some fields of the next meeting (``{"date": "2026-12-15", "mode": "hybrid"}``).

    Values are written as in the meeting file (dates ``YYYY-MM-DD``, times ``HH:MM``); a burst of
    edits to the same fields is one undo step.
    """

    TYPE = "edit_next_meeting"
    LABEL = QT_TRANSLATE_NOOP("Command", "Edit next meeting")
    changes: dict[str, Any]

    def run(self, m: Meeting, edit: Editor) -> None:
        values: dict[str, Any] = {}
        for name, raw in self.changes.items():
            try:
                tp = field_type(NextMeeting, name)
            except KeyError:
                raise _err(
                    QT_TRANSLATE_NOOP("CommandError", "Unknown field {name}."), name=name
                ) from None
            try:
                values[name] = from_data(tp, raw, name)
            except DataError as exc:
                raise _err(
                    QT_TRANSLATE_NOOP("CommandError", "Invalid value: {problem}"), problem=str(exc)
                ) from None
        edit.set("next_meeting", replace(m.next_meeting, **values))

    def merge_key(self) -> tuple[Any, ...] | None:
        return ("edit_next_meeting", tuple(sorted(self.changes)))


__all__ = ["READ_BACK", "ApproveMinutes", "EditNextMeeting", "MarkRead", "RecordReadBack"]
