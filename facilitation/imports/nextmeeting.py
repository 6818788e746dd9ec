"""Preparing the next meeting of a series from a finished one (pure: ids and time are given).

What carries over, and why:
- the details: same series, number + 1, title, organisers, partners, language; the date, start time,
  place, mode and link come from the finished meeting's "next meeting" field (the planned length is
  kept; the online link only when the next meeting is not in person: its own link, else the previous
  meeting's); the approval of the minutes is not carried over;
- the participants, with the same ids (so statistics and actions can follow a person across the
  series), their group, role and e-mail. Attendance is reset to *present* for everyone: it is the
  state a newly added participant gets, the model has no "unknown", and it is taken on the day —
  who was excused last time says nothing about next time; proxies ("represented by") are cleared;
- approval of the previous minutes, first;
- "follow-up of actions", listing the actions still open or in progress (done and dropped ones are
  not), which move to that item with their ids, so they can be marked done at the next meeting;
- the items never discussed or skipped (but not the usual opening and closing points, which the
  next meeting has its own of), then the open questions not resolved, in an item of their own.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date, datetime

from facilitation.imports import standard
from facilitation.models.entities import (
    Action,
    ActionStatus,
    AgendaItem,
    Attendance,
    Details,
    ItemKind,
    Mode,
    NextMeeting,
)
from facilitation.models.meeting import Meeting

OPEN_STATUSES = frozenset({ActionStatus.OPEN, ActionStatus.IN_PROGRESS})


def next_details(previous: Details, nxt: NextMeeting) -> Details:
    planned_end = previous.planned_end
    if nxt.time is not None and previous.planned_start and previous.planned_end:
        start = datetime.combine(date.min, previous.planned_start)
        length = datetime.combine(date.min, previous.planned_end) - start
        end = datetime.combine(date.min, nxt.time) + length
        planned_end = end.time() if end.date() == date.min else None
    elif nxt.time is not None:
        planned_end = None
    details = replace(
        previous,
        number=previous.number + 1 if previous.number is not None else None,
        date=nxt.date,
        planned_start=nxt.time if nxt.time is not None else previous.planned_start,
        planned_end=planned_end,
        place=nxt.place or previous.place,
        minutes_approved_on=None,  # the new meeting's own minutes are not approved yet
    )
    if nxt == NextMeeting():
        return details  # nothing was said about the next meeting: keep the usual mode and link
    link = "" if nxt.mode == Mode.IN_PERSON else (nxt.online_link or previous.online_link)
    return replace(details, mode=nxt.mode, online_link=link)


def action_line(action: Action, meeting: Meeting, language: str) -> str:
    line = action.what
    owner = meeting.participant_name(action.owner_id) or action.owner
    if owner:
        line = standard.text("owner", language).format(what=line, owner=owner)
    if action.due is not None:
        day = action.due.strftime(standard.text("date_format", language))
        line = standard.text("due", language).format(text=line, date=day)
    if action.status == ActionStatus.IN_PROGRESS:
        line = standard.text("in_progress", language).format(text=line)
    return line


def prepare_next(meeting: Meeting, ids: Callable[[], str], at: datetime) -> Meeting:
    """A new meeting following ``meeting`` (which is left unchanged)."""
    language = meeting.details.language
    nxt = Meeting(ids(), next_details(meeting.details, meeting.next_meeting), created=at)
    for p in meeting.participants.values():
        nxt.participants[p.id] = replace(p, attendance=Attendance.PRESENT, represented_by="")

    def add(item: AgendaItem) -> AgendaItem:
        nxt.items[item.id] = item
        return item

    add(standard.standard_point("approve_minutes").item(ids(), language))
    open_actions = [a for a in meeting.actions.values() if a.status in OPEN_STATUSES]
    if open_actions:
        follow = standard.standard_point("follow_up")
        item = add(
            replace(
                follow.item(ids(), language),
                sub_questions=tuple(action_line(a, meeting, language) for a in open_actions),
            )
        )
        for a in open_actions:
            owner_id = a.owner_id if a.owner_id in nxt.participants else None
            nxt.actions[a.id] = replace(a, item_id=item.id, owner_id=owner_id)
    ran = {r.item_id for r in meeting.runs.values()}
    for old in meeting.items.values():
        if (old.id in ran and not old.skipped) or standard.is_standard(old.title):
            continue
        add(replace(old, id=ids(), skipped=False, skip_reason=""))
    open_questions = [q for q in meeting.questions.values() if not q.resolved]
    if open_questions:
        item = add(
            AgendaItem(
                ids(),
                standard.text("open_questions", language),
                description=standard.text("carried_over", language),
                sub_questions=tuple(q.text for q in open_questions),
                kind=ItemKind.DISCUSSION,
            )
        )
        for q in open_questions:
            nxt.questions[q.id] = replace(q, item_id=item.id)
    return nxt
