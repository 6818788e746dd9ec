"""What the minutes say, worked out once from a meeting, for the Word and the Markdown writers.

:func:`build_minutes` reads the meeting in a few passes (every list is grouped by agenda item once,
never searched again per item), translates every fixed label, writes dates the local way and cleans
every user text (see :mod:`facilitation.export.cleaning`). The writers only lay the result out.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from facilitation.export.cleaning import clean
from facilitation.export.labels import Labels
from facilitation.models import (
    ActionStatus,
    Attendance,
    Decision,
    DecisionMethod,
    Meeting,
    Mode,
    Role,
)
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.models.stats import by_group, by_person
from facilitation.models.timing import elapsed_by_item, item_states

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


@dataclass(slots=True)
class Table:
    headers: list[str]
    rows: list[list[str]]
    #: relative column widths (they are scaled to the page)
    widths: list[float]
    #: a last row set apart (a total)
    total: list[str] | None = None


@dataclass(slots=True)
class DecisionText:
    text: str
    how: str
    objections: str = ""


@dataclass(slots=True)
class ItemSection:
    heading: str
    meta: str
    description: str
    sub_questions: list[str]
    #: (speaker's name or "", text)
    notes: list[tuple[str, str]]
    decisions: list[DecisionText]
    actions: list[str]
    questions: list[str]


@dataclass(slots=True)
class AttendanceBlock:
    label: str
    count: int
    #: (group or "", names joined) per line
    lines: list[tuple[str, str]]


@dataclass(slots=True)
class Speaking:
    #: (group, seconds) for the chart, the longest first
    bars: list[tuple[str, float]]
    groups: Table
    people: Table | None


@dataclass(slots=True)
class Minutes:
    lang: str
    doc_title: str
    author: str
    created: datetime | None
    title: str
    subtitle: str
    facts: list[tuple[str, str]]
    attendance: list[AttendanceBlock]
    agenda: Table
    items: list[ItemSection]
    decisions: Table | None
    actions: Table | None
    open_questions: list[str]
    next_meeting: list[tuple[str, str]]
    speaking: Speaking | None
    #: translated fixed words the writers need, by English source
    words: dict[str, str] = field(default_factory=dict)


# the fixed words the writers use (headings, small labels), kept in one place for lupdate
WORDS = (
    QT_TRANSLATE_NOOP("Minutes", "Minutes"),
    QT_TRANSLATE_NOOP("Minutes", "Attendance"),
    QT_TRANSLATE_NOOP("Minutes", "Agenda"),
    QT_TRANSLATE_NOOP("Minutes", "Items discussed"),
    QT_TRANSLATE_NOOP("Minutes", "Record of decisions"),
    QT_TRANSLATE_NOOP("Minutes", "Actions"),
    QT_TRANSLATE_NOOP("Minutes", "Open questions for the next meeting"),
    QT_TRANSLATE_NOOP("Minutes", "Next meeting"),
    QT_TRANSLATE_NOOP("Minutes", "Speaking time by group"),
    QT_TRANSLATE_NOOP("Minutes", "Speaking time by person"),
    QT_TRANSLATE_NOOP("Minutes", "Question"),
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


def build_minutes(
    m: Meeting, lb: Labels, *, anonymous: bool = False, include_speaking_time: bool = True
) -> Minutes:
    """Everything the minutes say, in ``lb``'s language, user text cleaned."""
    d = m.details
    names = {pid: clean(p.name) for pid, p in m.participants.items()}
    items = list(m.items.values())
    number = {it.id: i for i, it in enumerate(items, 1)}
    titles = {it.id: clean(it.title) for it in items}
    now = reference_time(m)

    title = clean(d.title).strip()
    if not title:
        title = lb(QT_TRANSLATE_NOOP("Minutes", "Meeting"))
    subtitle_parts = [lb("Minutes")]
    series = clean(d.series)
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

    facilitators = [names[p.id] for p in m.participants.values() if p.role is Role.FACILITATOR]
    note_takers = [names[p.id] for p in m.participants.values() if p.role is Role.NOTE_TAKER]
    facts = _facts(m, lb, facilitators, note_takers)

    # one pass over each list, grouped by item
    notes_by: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for n in m.notes.values():
        speaker = "" if anonymous or n.speaker_id is None else names.get(n.speaker_id, "")
        notes_by[n.item_id].append((speaker, clean(n.text)))
    decisions_by: dict[str, list[DecisionText]] = defaultdict(list)
    decision_rows: list[list[str]] = []
    for dec in m.decisions.values():
        text = DecisionText(clean(dec.text), _how(dec, lb), clean(dec.objections))
        decisions_by[dec.item_id].append(text)
        row_how = text.how
        if text.objections:
            objections = lb(QT_TRANSLATE_NOOP("Minutes", "Objections: {text}"))
            row_how += " — " + objections.format(text=text.objections)
        decision_rows.append([f"{number[dec.item_id]}. {titles[dec.item_id]}", text.text, row_how])
    actions_by: dict[str, list[str]] = defaultdict(list)
    action_rows: list[list[str]] = []
    for a in m.actions.values():
        who = names.get(a.owner_id, "") if a.owner_id else ""
        who = who or clean(a.owner)
        due = lb.short_date(a.due) if a.due else ""
        what = clean(a.what)
        action_rows.append([what, who, due, lb(STATUS[a.status])])
        extra = ", ".join(x for x in (who, due) if x)
        actions_by[a.item_id].append(f"{what} ({extra})" if extra else what)
    questions_by: dict[str, list[str]] = defaultdict(list)
    open_questions: list[str] = []
    for q in m.questions.values():
        question = clean(q.text)
        questions_by[q.item_id].append(question)
        if not q.resolved:
            open_questions.append(f"{question} ({number[q.item_id]}. {titles[q.item_id]})")

    elapsed = elapsed_by_item(m, now) if now is not None else {}
    states = item_states(m)
    agenda_rows: list[list[str]] = []
    sections: list[ItemSection] = []
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
        planned_word = lb(QT_TRANSLATE_NOOP("Minutes", "planned"))
        actual_word = lb(QT_TRANSLATE_NOOP("Minutes", "actual"))
        meta = [f"{planned_word} {planned_text}", f"{actual_word} {actual}"]
        if it.presenter.strip():
            meta.append(
                lb(QT_TRANSLATE_NOOP("Minutes", "introduced by {name}")).format(
                    name=clean(it.presenter)
                )
            )
        sections.append(
            ItemSection(
                heading=f"{number[it.id]}. {titles[it.id]}",
                meta=" · ".join(meta),
                description=clean(it.description),
                sub_questions=[clean(s) for s in it.sub_questions],
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
    speaking = None
    if include_speaking_time and now is not None:
        speaking = _speaking(m, lb, now, names, anonymous)
    author = _join(note_takers) or _join([clean(o) for o in d.organisers]) or "Facilitation"
    return Minutes(
        lang=lb.lang,
        doc_title=f"{lb('Minutes')} – {title}",
        author=author,
        created=m.live.ended_at or m.live.started_at or m.created,
        title=title,
        subtitle=" — ".join(subtitle_parts),
        facts=facts,
        attendance=_attendance(m, lb, names),
        agenda=agenda,
        items=sections,
        decisions=decisions,
        actions=actions,
        open_questions=open_questions,
        next_meeting=_next_meeting(m, lb),
        speaking=speaking,
        words={w: lb(w) for w in WORDS},
    )


def _facts(
    m: Meeting, lb: Labels, facilitators: list[str], note_takers: list[str]
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
        (lb(QT_TRANSLATE_NOOP("Minutes", "Place")), _place(lb, d.mode, d.place, d.online_link))
    )
    if d.organisers:
        facts.append(
            (
                lb(QT_TRANSLATE_NOOP("Minutes", "Organised by")),
                _join([clean(o) for o in d.organisers]),
            )
        )
    if d.partners:
        facts.append(
            (
                lb(QT_TRANSLATE_NOOP("Minutes", "In partnership with")),
                _join([clean(p) for p in d.partners]),
            )
        )
    if facilitators:
        facts.append((lb(QT_TRANSLATE_NOOP("Minutes", "Facilitation")), _join(facilitators)))
    if note_takers:
        facts.append((lb(QT_TRANSLATE_NOOP("Minutes", "Note-taking")), _join(note_takers)))
    return facts


def _place(lb: Labels, mode: Mode, place: str, link: str) -> str:
    place, link = clean(place).strip(), clean(link).strip()
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
    if n > 1:
        return lb(QT_TRANSLATE_NOOP("Minutes", "{n} abstentions")).format(n=n)
    return lb(QT_TRANSLATE_NOOP("Minutes", "{n} abstention")).format(n=n)


def _grouped(people: list[tuple[str, str]], lb: Labels) -> list[tuple[str, str]]:
    """(group, name) pairs as one line per group, groups in order of first appearance."""
    by: dict[str, list[str]] = {}
    for group, name in people:
        by.setdefault(group, []).append(name)
    if list(by) == [""]:
        return [("", _join(by[""]))]
    return [(g or lb(QT_TRANSLATE_NOOP("Minutes", "No group")), _join(n)) for g, n in by.items()]


def _attendance(m: Meeting, lb: Labels, names: dict[str, str]) -> list[AttendanceBlock]:
    present: list[tuple[str, str]] = []
    represented: list[tuple[str, str]] = []
    excused: list[tuple[str, str]] = []
    absent: list[tuple[str, str]] = []
    guests: list[tuple[str, str]] = []
    for p in m.participants.values():
        group, name = clean(p.group).strip(), names[p.id]
        if p.attendance is Attendance.PRESENT:
            (guests if p.role is Role.GUEST else present).append((group, name))
        elif p.attendance is Attendance.REPRESENTED:
            proxy = names.get(p.represented_by) or clean(p.represented_by).strip()
            if proxy:
                name = lb(QT_TRANSLATE_NOOP("Minutes", "{name} (proxy: {proxy})")).format(
                    name=name, proxy=proxy
                )
            represented.append((group, name))
        elif p.attendance is Attendance.EXCUSED:
            excused.append((group, name))
        else:
            absent.append((group, name))
    blocks = [
        (QT_TRANSLATE_NOOP("Minutes", "Present"), present),
        (QT_TRANSLATE_NOOP("Minutes", "Represented"), represented),
        (QT_TRANSLATE_NOOP("Minutes", "Excused"), excused),
        (QT_TRANSLATE_NOOP("Minutes", "Absent"), absent),
        (QT_TRANSLATE_NOOP("Minutes", "Guests"), guests),
    ]
    return [
        AttendanceBlock(lb(label), len(people), _grouped(people, lb))
        for label, people in blocks
        if people
    ]


def _next_meeting(m: Meeting, lb: Labels) -> list[tuple[str, str]]:
    nm = m.next_meeting
    rows: list[tuple[str, str]] = []
    if nm.date is not None:
        rows.append((lb("Date"), lb.date(nm.date)))
    if nm.time is not None:
        rows.append((lb(QT_TRANSLATE_NOOP("Minutes", "Time")), lb.time(nm.time)))
    if nm.date is not None or nm.place.strip():
        rows.append((lb("Place"), _place(lb, nm.mode, nm.place, "")))
        rows.append((lb(QT_TRANSLATE_NOOP("Minutes", "Format")), lb(MODES[nm.mode])))
    if nm.note.strip():
        rows.append((lb(QT_TRANSLATE_NOOP("Minutes", "Note")), clean(nm.note)))
    if not rows:
        rows.append((lb("Date"), lb(QT_TRANSLATE_NOOP("Minutes", "to be set"))))
    return rows


def _speaking(
    m: Meeting, lb: Labels, now: datetime, names: dict[str, str], anonymous: bool
) -> Speaking | None:
    people = by_person(m, now)
    if not people:
        return None
    total = sum((r.time for r in people), timedelta(0)).total_seconds() or 1.0
    speakers: dict[str, int] = defaultdict(int)
    for r in people:
        speakers[m.participants[r.key].group] += 1
    no_group = lb("No group")
    bars: list[tuple[str, float]] = []
    rows: list[list[str]] = []
    for g in by_group(m, now):
        label = clean(g.label).strip() or no_group
        seconds = g.time.total_seconds()
        bars.append((label, seconds))
        rows.append(
            [
                label,
                str(speakers.get(g.key, 0)),
                str(g.turns),
                lb.duration(g.time),
                f"{lb.number(100 * seconds / total)} %",
            ]
        )
    groups = Table(
        [
            lb(QT_TRANSLATE_NOOP("Minutes", "Group")),
            lb(QT_TRANSLATE_NOOP("Minutes", "Speakers")),
            lb(QT_TRANSLATE_NOOP("Minutes", "Turns")),
            lb(QT_TRANSLATE_NOOP("Minutes", "Duration")),
            lb(QT_TRANSLATE_NOOP("Minutes", "Share")),
        ],
        rows,
        [6, 3, 3, 2.2, 1.6],
    )
    per_person = None
    if not anonymous:
        per_person = Table(
            [lb(QT_TRANSLATE_NOOP("Minutes", "Name")), lb("Group"), lb("Turns"), lb("Duration")],
            [
                [
                    names[r.key],
                    clean(m.participants[r.key].group).strip(),
                    str(r.turns),
                    lb.duration(r.time),
                ]
                for r in people
            ],
            [5.5, 5.5, 3, 2.2],
        )
    return Speaking(bars, groups, per_person)
