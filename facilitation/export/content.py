"""What the minutes say, worked out once from a meeting, for the Word, Markdown and PDF writers.

:func:`build_minutes` reads the meeting in a few passes (every list is grouped by agenda item once,
never searched again per item), translates every fixed label, writes dates the local way and cleans
every user text (see :mod:`facilitation.export.cleaning`; for anonymous minutes also
:class:`facilitation.export.people.Anonymiser`). The writers only lay the result out.

What goes where, as a secretary would have it:
- "Items discussed" holds only the items that were discussed (they ran, or something was recorded
  on them); the items skipped or never reached get their own short section, with the reason when
  one was given (``facilitation next`` carries them to the next meeting);
- a note marked as a decision, an action or an open question is shown once, in its own place (the
  decision under the item), not again among the exchanges;
- an item's description is labelled "Question" only for a discussion whose text asks something.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from datetime import datetime, timedelta

from facilitation.export.cleaning import clean
from facilitation.export.labels import Labels
from facilitation.export.parts import (
    AttendanceBlock,
    DecisionText,
    ItemSection,
    Minutes,
    Postponed,
    Speaking,
    Table,
)
from facilitation.export.people import Anonymiser, attendance, speaking
from facilitation.models import (
    Action,
    ActionStatus,
    AgendaItem,
    Decision,
    DecisionMethod,
    ItemKind,
    Meeting,
    Mode,
    NoteKind,
    Role,
)
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.models.timing import elapsed_by_item, item_states

__all__ = [
    "AttendanceBlock",
    "DecisionText",
    "ItemSection",
    "Minutes",
    "Postponed",
    "Speaking",
    "Table",
    "build_minutes",
    "reference_time",
]

STATUS = {
    ActionStatus.OPEN: QT_TRANSLATE_NOOP("Minutes", "To do"),
    ActionStatus.IN_PROGRESS: QT_TRANSLATE_NOOP("Minutes", "In progress"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("Minutes", "Done"),
    ActionStatus.DROPPED: QT_TRANSLATE_NOOP("Minutes", "Dropped"),
}
MODES = {
    Mode.IN_PERSON: QT_TRANSLATE_NOOP("Minutes", "In person"),
    Mode.ONLINE: QT_TRANSLATE_NOOP("Minutes", "Online"),
    Mode.HYBRID: QT_TRANSLATE_NOOP("Minutes", "In person and online"),
}

# the fixed words the writers use (headings, small labels), kept in one place for lupdate
WORDS = (
    QT_TRANSLATE_NOOP("Minutes", "Minutes"),
    QT_TRANSLATE_NOOP("Minutes", "Attendance"),
    QT_TRANSLATE_NOOP("Minutes", "Agenda"),
    QT_TRANSLATE_NOOP("Minutes", "Items discussed"),
    QT_TRANSLATE_NOOP("Minutes", "Items not discussed or postponed"),
    QT_TRANSLATE_NOOP("Minutes", "Record of decisions"),
    QT_TRANSLATE_NOOP("Minutes", "Actions"),
    QT_TRANSLATE_NOOP("Minutes", "Open questions for the next meeting"),
    QT_TRANSLATE_NOOP("Minutes", "Next meeting"),
    QT_TRANSLATE_NOOP("Minutes", "Speaking time by group"),
    QT_TRANSLATE_NOOP("Minutes", "Speaking time by person"),
    QT_TRANSLATE_NOOP("Minutes", "Discussion"),
    QT_TRANSLATE_NOOP("Minutes", "Decision"),
    QT_TRANSLATE_NOOP("Minutes", "Objections: {text}"),
    QT_TRANSLATE_NOOP("Minutes", "Actions decided"),
    QT_TRANSLATE_NOOP("Minutes", "Questions left open"),
    QT_TRANSLATE_NOOP("Minutes", "No decision was recorded."),
    QT_TRANSLATE_NOOP("Minutes", "No action was recorded."),
    QT_TRANSLATE_NOOP("Minutes", "No question is left open."),
    QT_TRANSLATE_NOOP("Minutes", "Page"),
)

Text = Callable[[str], str]

#: what a note marked as a record is shown as, by kind: the list of that record
_MARKED = {
    NoteKind.DECISION: "decisions",
    NoteKind.ACTION: "actions",
    NoteKind.QUESTION: "questions",
}


def reference_time(m: Meeting) -> datetime | None:
    """The time that open intervals run to: the end of the meeting, or the last thing recorded."""
    if m.live.ended_at is not None:
        return m.live.ended_at
    stamps: list[datetime] = [m.live.started_at] if m.live.started_at else []
    stamps += [x.end or x.start for x in m.runs.values()]
    stamps += [x.end or x.start for x in m.turns.values()]
    stamps += [n.at for n in m.notes.values()]
    return max(stamps) if stamps else None


def _join(names: list[str]) -> str:
    return ", ".join(names)


def _asks(item: AgendaItem) -> bool:
    """A discussion whose text asks something: its description is "the question"."""
    return item.kind is ItemKind.DISCUSSION and "?" in item.description


def _recorded(m: Meeting) -> set[tuple[str, str, object]]:
    """(list, item, time or text) of every decision, action and question: what marked notes became."""
    keys: set[tuple[str, str, object]] = set()
    for coll in _MARKED.values():
        for part in m.collection(coll).values():
            text = part.what if coll == "actions" else part.text
            keys.add((coll, part.item_id, " ".join(text.split())))
            if part.at is not None:
                keys.add((coll, part.item_id, part.at))
    return keys


def build_minutes(
    m: Meeting,
    lb: Labels,
    *,
    anonymous: bool = False,
    include_speaking_time: bool = True,
    keep_owners: bool = False,
) -> Minutes:
    """Everything the minutes say, in ``lb``'s language, user text cleaned.

    ``anonymous``: see :mod:`facilitation.export.people`; ``keep_owners`` keeps the names of the
    people in charge of actions in anonymous minutes (by default their group stands for them).
    """
    d = m.details
    anon = Anonymiser(m, lb, anonymous)
    tx = anon.text
    names = {pid: clean(p.name) for pid, p in m.participants.items()}
    items = list(m.items.values())
    number = {it.id: i for i, it in enumerate(items, 1)}
    titles = {it.id: tx(it.title) for it in items}
    now = reference_time(m)

    title = tx(d.title).strip() or lb(QT_TRANSLATE_NOOP("Minutes", "Meeting"))
    subtitle_parts = [lb("Minutes")]
    series = tx(d.series)
    if series and d.number is not None:
        subtitle_parts.append(
            lb(QT_TRANSLATE_NOOP("Minutes", "{series}, no. {number}")).format(
                series=series, number=d.number
            )
        )
    elif series:
        subtitle_parts.append(series)
    elif d.number is not None:
        subtitle_parts.append(
            lb(QT_TRANSLATE_NOOP("Minutes", "no. {number}")).format(number=d.number)
        )

    if anonymous:
        facilitators, note_takers = [], []
    else:
        facilitators = [names[p.id] for p in m.participants.values() if p.role is Role.FACILITATOR]
        note_takers = [names[p.id] for p in m.participants.values() if p.role is Role.NOTE_TAKER]
    facts = _facts(m, lb, tx, facilitators, note_takers)

    # one pass over each list, grouped by item
    recorded = _recorded(m)
    notes_by: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for n in m.notes.values():
        coll = _MARKED.get(n.kind)
        if coll is not None and (
            (coll, n.item_id, n.at) in recorded
            or (coll, n.item_id, " ".join(n.text.split())) in recorded
        ):
            continue  # shown in its own place; a marked note whose record is gone stays here
        notes_by[n.item_id].append((anon.person(n.speaker_id, names), tx(n.text)))
    decisions_by: dict[str, list[DecisionText]] = defaultdict(list)
    decision_rows: list[list[str]] = []
    for dec in m.decisions.values():
        text = DecisionText(tx(dec.text), _how(dec, lb), tx(dec.objections))
        decisions_by[dec.item_id].append(text)
        row_how = text.how
        if text.objections:
            objections = lb(QT_TRANSLATE_NOOP("Minutes", "Objections: {text}"))
            row_how += " — " + objections.format(text=text.objections)
        decision_rows.append([f"{number[dec.item_id]}. {titles[dec.item_id]}", text.text, row_how])
    actions_by: dict[str, list[str]] = defaultdict(list)
    action_rows: list[list[str]] = []
    for a in m.actions.values():
        if a.owner_id and a.owner_id in names:
            who = names[a.owner_id] if keep_owners or not anonymous else anon.alias[a.owner_id]
        else:
            who = tx(a.owner) if keep_owners or not anonymous else ""
        due = lb.short_date(a.due) if a.due else ""
        what = tx(a.what)
        action_rows.append([what, who, due, lb(STATUS[a.status])])
        extra = ", ".join(x for x in (who, due) if x)
        actions_by[a.item_id].append(f"{what} ({extra})" if extra else what)
    questions_by: dict[str, list[str]] = defaultdict(list)
    open_questions: list[str] = []
    for q in m.questions.values():
        question = tx(q.text)
        questions_by[q.item_id].append(question)
        if not q.resolved:
            open_questions.append(f"{question} ({number[q.item_id]}. {titles[q.item_id]})")

    elapsed = elapsed_by_item(m, now) if now is not None else {}
    states = item_states(m)
    agenda_rows: list[list[str]] = []
    sections: list[ItemSection] = []
    postponed: list[Postponed] = []
    planned_sum = actual_sum = timedelta(0)
    for it in items:
        spent = elapsed.get(it.id, timedelta(0))
        planned = timedelta(minutes=it.planned_minutes)
        planned_sum += planned
        actual_sum += spent
        state = states[it.id].value
        if state == "skipped":
            actual = lb(QT_TRANSLATE_NOOP("Minutes", "not discussed"))
        elif state == "to_come":
            actual = "—"
        else:
            actual = lb.duration(spent)
        planned_text = lb.duration(planned) if it.planned_minutes else "—"
        agenda_rows.append([str(number[it.id]), titles[it.id], planned_text, actual])
        heading = f"{number[it.id]}. {titles[it.id]}"
        has_record = any(it.id in by for by in (notes_by, decisions_by, actions_by, questions_by))
        if state in ("skipped", "to_come") and not has_record:
            postponed.append(Postponed(heading, _why(it, state, lb, tx)))
            continue
        planned_word = lb(QT_TRANSLATE_NOOP("Minutes", "planned"))
        actual_word = lb(QT_TRANSLATE_NOOP("Minutes", "actual"))
        meta = [f"{planned_word} {planned_text}", f"{actual_word} {actual}"]
        if it.presenter.strip():
            meta.append(
                lb(QT_TRANSLATE_NOOP("Minutes", "introduced by {name}")).format(
                    name=tx(it.presenter)
                )
            )
        sections.append(
            ItemSection(
                heading=heading,
                meta=" · ".join(meta),
                description_label=lb(QT_TRANSLATE_NOOP("Minutes", "Question")) if _asks(it) else "",
                description=tx(it.description),
                sub_questions=[tx(s) for s in it.sub_questions],
                notes=notes_by.get(it.id, []),
                decisions=decisions_by.get(it.id, []),
                actions=actions_by.get(it.id, []),
                questions=questions_by.get(it.id, []),
            )
        )
    agenda = Table(
        [
            lb(QT_TRANSLATE_NOOP("Minutes", "No.")),
            lb(QT_TRANSLATE_NOOP("Minutes", "Item")),
            lb(QT_TRANSLATE_NOOP("Minutes", "Planned")),
            lb(QT_TRANSLATE_NOOP("Minutes", "Actual")),
        ],
        agenda_rows,
        [1, 9, 2.2, 2.2],
        total=[
            "",
            lb(QT_TRANSLATE_NOOP("Minutes", "Total")),
            lb.duration(planned_sum),
            lb.duration(actual_sum),
        ],
    )
    decisions = None
    if decision_rows:
        decisions = Table(
            [lb("Item"), lb("Decision"), lb(QT_TRANSLATE_NOOP("Minutes", "How it was taken"))],
            decision_rows,
            [4, 7, 4],
        )
    actions = None
    if action_rows:
        actions = Table(
            [
                lb(QT_TRANSLATE_NOOP("Minutes", "What")),
                lb(QT_TRANSLATE_NOOP("Minutes", "Who")),
                lb(QT_TRANSLATE_NOOP("Minutes", "By when")),
                lb(QT_TRANSLATE_NOOP("Minutes", "Status")),
            ],
            action_rows,
            [7.2, 3.6, 2.7, 2.2],
        )
    spoken = None
    if include_speaking_time and now is not None:
        spoken = speaking(m, lb, now, names, anonymous)
    organisers = _join([tx(o) for o in d.organisers])
    author = _join(note_takers) or organisers or "Facilitation"
    notice = ""
    if anonymous:
        notice = lb(
            QT_TRANSLATE_NOOP(
                "Minutes",
                "Anonymised minutes: attendance is counted by group, speakers are named by their "
                "group, and speaking time is given by group only.",
            )
        )
    chart_alt = ""
    if spoken is not None:
        chart_alt = (
            lb(QT_TRANSLATE_NOOP("Minutes", "Speaking time by group"))
            + ": "
            + "; ".join(f"{label} {lb.speaking_s(seconds)}" for label, seconds in spoken.bars)
        )
    return Minutes(
        lang=lb.lang,
        doc_title=f"{lb('Minutes')} – {title}",
        author=author,
        created=m.live.ended_at or m.live.started_at or m.created,
        title=title,
        subtitle=" — ".join(subtitle_parts),
        notice=notice,
        facts=facts,
        attendance=attendance(m, lb, names, anonymous),
        agenda=agenda,
        items=sections,
        postponed=postponed,
        decisions=decisions,
        read_back=_read_back(m, lb),
        actions=actions,
        open_questions=open_questions,
        next_meeting=_next_meeting(m, lb, tx),
        speaking=spoken,
        chart_alt=chart_alt,
        words={w: lb(w) for w in WORDS},
    )


def _why(it: AgendaItem, state: str, lb: Labels, tx: Text) -> str:
    reason = it.skip_reason.strip()
    if state == "skipped":
        what = lb(QT_TRANSLATE_NOOP("Minutes", "skipped"))
    else:
        what = lb(QT_TRANSLATE_NOOP("Minutes", "not reached"))
    carried = lb(QT_TRANSLATE_NOOP("Minutes", "carried over to the next meeting"))
    if reason:
        return f"{what} ({tx(reason)}), {carried}"
    return f"{what}, {carried}"


def _read_back(m: Meeting, lb: Labels) -> str:
    parts: list[Decision | Action] = [*m.decisions.values(), *m.actions.values()]
    at = m.live.read_back_at
    if at is None and not any(p.read_back for p in parts):
        return ""
    if at is not None:
        text = lb(
            QT_TRANSLATE_NOOP(
                "Minutes", "Decisions and actions read back to the meeting at {time}."
            )
        ).format(time=lb.time(at))
    else:
        text = lb(QT_TRANSLATE_NOOP("Minutes", "Decisions and actions read back to the meeting."))
    unread = sum(1 for p in parts if not p.read_back)
    if parts and unread:
        text += " " + lb(QT_TRANSLATE_NOOP("Minutes", "Not read back: {n} of {total}.")).format(
            n=unread, total=len(parts)
        )
    return text


def _facts(
    m: Meeting, lb: Labels, tx: Text, facilitators: list[str], note_takers: list[str]
) -> list[tuple[str, str]]:
    d, live = m.details, m.live
    facts: list[tuple[str, str]] = []
    day = live.started_at.date() if live.started_at else d.date
    if day is not None:
        facts.append((lb(QT_TRANSLATE_NOOP("Minutes", "Date")), lb.date(day)))
    if live.started_at is not None:
        span = lb.time(live.started_at)
        if live.ended_at is not None:
            span += f" – {lb.time(live.ended_at)}"
        facts.append((lb(QT_TRANSLATE_NOOP("Minutes", "Held")), span))
    elif d.planned_start is not None:
        span = lb.time(d.planned_start)
        if d.planned_end is not None:
            span += f" – {lb.time(d.planned_end)}"
        facts.append((lb(QT_TRANSLATE_NOOP("Minutes", "Planned time")), span))
    facts.append(
        (lb(QT_TRANSLATE_NOOP("Minutes", "Place")), _place(lb, tx, d.mode, d.place, d.online_link))
    )
    if d.organisers:
        facts.append(
            (lb(QT_TRANSLATE_NOOP("Minutes", "Organised by")), _join([tx(o) for o in d.organisers]))
        )
    if d.partners:
        facts.append(
            (
                lb(QT_TRANSLATE_NOOP("Minutes", "In partnership with")),
                _join([tx(p) for p in d.partners]),
            )
        )
    if facilitators:
        facts.append((lb(QT_TRANSLATE_NOOP("Minutes", "Facilitation")), _join(facilitators)))
    if note_takers:
        facts.append((lb(QT_TRANSLATE_NOOP("Minutes", "Note-taking")), _join(note_takers)))
    if d.minutes_approved_on is not None:
        status = lb(QT_TRANSLATE_NOOP("Minutes", "approved on {date}")).format(
            date=lb.date(d.minutes_approved_on)
        )
    else:
        status = lb(QT_TRANSLATE_NOOP("Minutes", "draft, to be approved at the next meeting"))
    facts.append((lb(QT_TRANSLATE_NOOP("Minutes", "Status")), status))
    return facts


def _place(lb: Labels, tx: Text, mode: Mode, place: str, link: str) -> str:
    place, link = tx(place).strip(), tx(link).strip()
    if mode is Mode.ONLINE:
        return lb("Online") + (f" ({link})" if link else "")
    if mode is Mode.HYBRID:
        where = place or lb(QT_TRANSLATE_NOOP("Minutes", "to be announced"))
        return f"{where} — {lb('Online').lower()}" + (f" ({link})" if link else "")
    return place or lb("to be announced")


def _how(dec: Decision, lb: Labels) -> str:
    if dec.method is DecisionMethod.CONSENSUS:
        return lb(QT_TRANSLATE_NOOP("Minutes", "By consensus"))
    if dec.method is DecisionMethod.POSTPONED:
        return lb(QT_TRANSLATE_NOOP("Minutes", "Postponed"))
    counts = [
        lb(QT_TRANSLATE_NOOP("Minutes", "{n} for")).format(n=dec.votes_for or 0),
        lb(QT_TRANSLATE_NOOP("Minutes", "{n} against")).format(n=dec.votes_against or 0),
        _abstentions(lb, dec.abstentions or 0),
    ]
    return lb(QT_TRANSLATE_NOOP("Minutes", "By vote: {counts}")).format(counts=", ".join(counts))


def _abstentions(lb: Labels, n: int) -> str:
    """ "1 abstention", "0 abstentions" in English; "0 abstention", "2 abstentions" in French."""
    return lb.count(QT_TRANSLATE_NOOP("Minutes", "%n abstentions"), n)


def _next_meeting(m: Meeting, lb: Labels, tx: Text) -> list[tuple[str, str]]:
    nm = m.next_meeting
    rows: list[tuple[str, str]] = []
    if nm.date is not None:
        rows.append((lb("Date"), lb.date(nm.date)))
    if nm.time is not None:
        rows.append((lb(QT_TRANSLATE_NOOP("Minutes", "Time")), lb.time(nm.time)))
    if nm.date is not None or nm.place.strip() or nm.online_link.strip():
        rows.append((lb("Place"), _place(lb, tx, nm.mode, nm.place, nm.online_link)))
        rows.append((lb(QT_TRANSLATE_NOOP("Minutes", "Format")), lb(MODES[nm.mode])))
    if nm.note.strip():
        rows.append((lb(QT_TRANSLATE_NOOP("Minutes", "Note")), tx(nm.note)))
    if not rows:
        rows.append((lb("Date"), lb(QT_TRANSLATE_NOOP("Minutes", "to be set"))))
    return rows
