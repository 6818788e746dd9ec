"""Commands that hold the meeting: start, step through the agenda, pause, end; the speakers' queue.

Split from :mod:`facilitation.models.commands` (the generic editing commands, the command base, the
registry, batches and undo patches), which these build on. Importing :mod:`facilitation.models`
registers them, so the journal can always read them back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from facilitation.models.commands import (
    Command,
    Editor,
    _check_time,
    _close_run,
    _close_turn,
    _err,
    _fresh,
    _must_be_running,
    _need,
    command,
)
from facilitation.models.entities import (
    ItemRun,
    Pause,
    QueueEntry,
    QueueMode,
    SpeakingTurn,
    Stamp,
    TurnKind,
)
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.models.meeting import Meeting

# -- holding the meeting -----------------------------------------------------------------------


def _open_run(m: Meeting, edit: Editor, run_id: str, item_id: str, at: datetime) -> None:
    """Start an interval of ``item_id`` at ``at`` (every way an item becomes live goes through here)."""
    _fresh(m, "runs", run_id)
    edit.put("runs", ItemRun(run_id, item_id, at))


@command
class StartMeeting(Command, frozen=True):
    TYPE = "start_meeting"
    LABEL = QT_TRANSLATE_NOOP("Command", "Start the meeting")
    at: Stamp
    run_id: str
    item_id: str | None = None

    def run(self, m: Meeting, edit: Editor) -> None:
        if m.live.started_at is not None:
            raise _err(QT_TRANSLATE_NOOP("CommandError", "The meeting has already started."))
        item_id = self.item_id
        if item_id is None:
            item_id = next((i.id for i in m.items.values() if not i.skipped), None)
        edit.live(started_at=self.at, current_item_id=item_id)
        if item_id is not None:
            _need(m, "items", item_id, "agenda item")
            _open_run(m, edit, self.run_id, item_id, self.at)


@command
class StepTo(Command, frozen=True):
    """Make another item the live one: next, previous, a jump, or a return to an earlier item."""

    TYPE = "step_to"
    LABEL = QT_TRANSLATE_NOOP("Command", "Go to item")
    item_id: str
    at: Stamp
    run_id: str

    def run(self, m: Meeting, edit: Editor) -> None:
        _must_be_running(m)
        _check_time(m, self.at)
        item = _need(m, "items", self.item_id, "agenda item")
        if m.live.current_item_id == self.item_id and m.open_run() is not None:
            raise _err(QT_TRANSLATE_NOOP("CommandError", "This item is already the current one."))
        _close_turn(m, edit, self.at)
        _close_run(m, edit, self.at)
        if item.skipped:
            edit.put("items", replace(item, skipped=False))
        edit.live(current_item_id=self.item_id)
        if not m.is_paused:
            _open_run(m, edit, self.run_id, self.item_id, self.at)


@command
class SkipItem(Command, frozen=True):
    """Pass over an item; when it is the live one, the next item still to come becomes live."""

    TYPE = "skip_item"
    LABEL = QT_TRANSLATE_NOOP("Command", "Skip item")
    item_id: str
    at: Stamp
    run_id: str
    # why, when somebody said (the minutes give it under "Items not discussed")
    reason: str = ""

    def run(self, m: Meeting, edit: Editor) -> None:
        item = _need(m, "items", self.item_id, "agenda item")
        if item.skipped:
            raise _err(QT_TRANSLATE_NOOP("CommandError", "This item is already skipped."))
        edit.put("items", replace(item, skipped=True, skip_reason=self.reason.strip()))
        if m.live.current_item_id == self.item_id and m.is_running:
            _check_time(m, self.at)
            _close_turn(m, edit, self.at)
            _close_run(m, edit, self.at)
            nxt = next_item_to_come(m, after=self.item_id)
            edit.live(current_item_id=nxt)
            if nxt is not None and not m.is_paused:
                _open_run(m, edit, self.run_id, nxt, self.at)


def next_item_to_come(m: Meeting, after: str | None) -> str | None:
    """The first item after ``after`` (or from the top) that has not run and is not skipped."""
    ids = list(m.items)
    start = ids.index(after) + 1 if after in m.items else 0
    ran = {r.item_id for r in m.runs.values()}
    for iid in ids[start:]:
        if iid not in ran and not m.items[iid].skipped:
            return iid
    return None


@command
class PauseMeeting(Command, frozen=True, tag="pause"):
    TYPE = "pause"
    LABEL = QT_TRANSLATE_NOOP("Command", "Pause")
    pause_id: str
    at: Stamp
    reason: str = ""

    def run(self, m: Meeting, edit: Editor) -> None:
        _must_be_running(m)
        if m.is_paused:
            raise _err(QT_TRANSLATE_NOOP("CommandError", "The meeting is already paused."))
        _check_time(m, self.at)
        _fresh(m, "pauses", self.pause_id)
        _close_turn(m, edit, self.at)
        _close_run(m, edit, self.at)
        edit.put("pauses", Pause(self.pause_id, self.at, None, self.reason))
        edit.live(current_pause_id=self.pause_id)


@command
class ResumeMeeting(Command, frozen=True, tag="resume"):
    TYPE = "resume"
    LABEL = QT_TRANSLATE_NOOP("Command", "Resume")
    at: Stamp
    run_id: str

    def run(self, m: Meeting, edit: Editor) -> None:
        pause = m.current_pause
        if pause is None:
            raise _err(QT_TRANSLATE_NOOP("CommandError", "The meeting is not paused."))
        _check_time(m, self.at)
        edit.put("pauses", replace(pause, end=self.at))
        edit.live(current_pause_id=None)
        if m.live.current_item_id is not None:
            _open_run(m, edit, self.run_id, m.live.current_item_id, self.at)


@command
class EndMeeting(Command, frozen=True):
    TYPE = "end_meeting"
    LABEL = QT_TRANSLATE_NOOP("Command", "End the meeting")
    at: Stamp

    def run(self, m: Meeting, edit: Editor) -> None:
        _must_be_running(m)
        _check_time(m, self.at)
        _close_turn(m, edit, self.at)
        _close_run(m, edit, self.at)
        pause = m.current_pause
        if pause is not None:
            edit.put("pauses", replace(pause, end=self.at))
        edit.live(ended_at=self.at, current_item_id=None, current_pause_id=None)


# -- the speakers' queue -----------------------------------------------------------------------


@command
class RequestFloor(Command, frozen=True):
    """Somebody asks to speak (a direct reply or a point of order jumps the queue)."""

    TYPE = "request_floor"
    LABEL = QT_TRANSLATE_NOOP("Command", "Add to the queue")
    entry_id: str
    participant_id: str
    at: Stamp
    kind: TurnKind = TurnKind.NORMAL

    def run(self, m: Meeting, edit: Editor) -> None:
        _need(m, "participants", self.participant_id, "participant")
        _fresh(m, "queue", self.entry_id)
        if any(
            q.participant_id == self.participant_id and q.kind == self.kind
            for q in m.queue.values()
        ):
            raise _err(
                QT_TRANSLATE_NOOP("CommandError", "{name} is already in the queue."),
                name=m.participant_name(self.participant_id),
            )
        edit.put("queue", QueueEntry(self.entry_id, self.participant_id, self.at, self.kind))


@command
class WithdrawRequest(Command, frozen=True):
    TYPE = "withdraw_request"
    LABEL = QT_TRANSLATE_NOOP("Command", "Withdraw from the queue")
    entry_id: str

    def run(self, m: Meeting, edit: Editor) -> None:
        _need(m, "queue", self.entry_id, "request to speak")
        edit.delete("queue", self.entry_id)


@command
class ClearQueue(Command, frozen=True):
    TYPE = "clear_queue"
    LABEL = QT_TRANSLATE_NOOP("Command", "Clear the queue")

    def run(self, m: Meeting, edit: Editor) -> None:
        for eid in list(m.queue):
            edit.delete("queue", eid)


@command
class GiveFloor(Command, frozen=True):
    """Give the floor: to a given request, to a given person, or to whoever is next in the queue."""

    TYPE = "give_floor"
    LABEL = QT_TRANSLATE_NOOP("Command", "Give the floor")
    turn_id: str
    at: Stamp
    entry_id: str | None = None
    participant_id: str | None = None
    kind: TurnKind = TurnKind.NORMAL

    def run(self, m: Meeting, edit: Editor) -> None:
        from facilitation.models.queue import ordered_queue

        _must_be_running(m)
        if m.is_paused:
            raise _err(QT_TRANSLATE_NOOP("CommandError", "The meeting is paused."))
        _check_time(m, self.at)
        _fresh(m, "turns", self.turn_id)
        kind = self.kind
        if self.participant_id is not None:
            pid = self.participant_id
            _need(m, "participants", pid, "participant")
            # the floor given straight to someone answers their own request of the same kind, if
            # they had one: they must not come up again later for the same thing
            entry = next(
                (q for q in m.queue.values() if q.participant_id == pid and q.kind == kind), None
            )
        else:
            if self.entry_id is not None:
                entry = _need(m, "queue", self.entry_id, "request to speak")
            else:
                order = ordered_queue(m)
                if not order:
                    raise _err(QT_TRANSLATE_NOOP("CommandError", "Nobody is waiting to speak."))
                entry = order[0]
            pid, kind = entry.participant_id, entry.kind
        _close_turn(m, edit, self.at)
        if entry is not None:
            edit.delete("queue", entry.id)
        edit.put(
            "turns", SpeakingTurn(self.turn_id, pid, m.live.current_item_id, self.at, None, kind)
        )
        edit.live(current_turn_id=self.turn_id)


@command
class EndTurn(Command, frozen=True):
    TYPE = "end_turn"
    LABEL = QT_TRANSLATE_NOOP("Command", "End the turn")
    at: Stamp

    def run(self, m: Meeting, edit: Editor) -> None:
        if m.current_turn is None:
            raise _err(QT_TRANSLATE_NOOP("CommandError", "Nobody has the floor."))
        _check_time(m, self.at)
        _close_turn(m, edit, self.at)


@command
class SetQueueMode(Command, frozen=True):
    TYPE = "set_queue_mode"
    LABEL = QT_TRANSLATE_NOOP("Command", "Change the queue order")
    mode: QueueMode

    def run(self, m: Meeting, edit: Editor) -> None:
        edit.live(queue_mode=self.mode)


@command
class SetTurnLimit(Command, frozen=True):
    TYPE = "set_turn_limit"
    LABEL = QT_TRANSLATE_NOOP("Command", "Change the speaking-time limit")
    seconds: int | None

    def run(self, m: Meeting, edit: Editor) -> None:
        if self.seconds is not None and self.seconds <= 0:
            raise _err(QT_TRANSLATE_NOOP("CommandError", "A limit must be positive."))
        edit.live(turn_limit_seconds=self.seconds)
