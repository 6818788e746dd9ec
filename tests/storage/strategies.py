"""Hypothesis strategies for whole meetings: every part, every field, any text a person can paste."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from typing import Any

from hypothesis import strategies as st

from facilitation.models import (
    Action,
    ActionStatus,
    AgendaItem,
    Attendance,
    Decision,
    DecisionMethod,
    Details,
    ItemKind,
    ItemRun,
    LiveState,
    Meeting,
    Mode,
    NextMeeting,
    Note,
    NoteKind,
    OpenQuestion,
    Participant,
    Pause,
    QueueEntry,
    QueueMode,
    Role,
    SpeakingTurn,
    TurnKind,
)

#: text people really paste: emoji (with joiners), right-to-left scripts, control characters
SPECIAL = st.sampled_from(
    [
        "😀",
        "👩‍👩‍👧",
        "🇧🇪",
        "مرحبا",
        "שלום",
        "\u202e",
        "\u200f",
        "\x00",
        "\x1b",
        "\x7f",
        "\n",
        "\t",
        "\u2028",
        "\ufeff",
        '"',
        "\\",
        "é",
        "Ⅻ",
    ]
)
TEXT = st.one_of(st.text(max_size=30), st.lists(SPECIAL, max_size=6).map("".join))
NAME = TEXT.filter(lambda s: s.strip() != "")
IDS = st.text(min_size=1, max_size=12)
OFFSETS = st.sampled_from(
    [UTC, timezone(timedelta(hours=2)), timezone(timedelta(hours=-9, minutes=-30))]
)
DATETIMES = st.datetimes(datetime(1900, 1, 1), datetime(2200, 1, 1), timezones=OFFSETS)
DATES = st.dates()
TIMES = st.times().map(lambda t: t.replace(microsecond=0))
COUNT = st.none() | st.integers(min_value=0, max_value=10**6)


def _optional(s: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.none() | s


details = st.builds(
    Details,
    title=TEXT,
    series=TEXT,
    number=COUNT,
    date=_optional(DATES),
    planned_start=_optional(TIMES),
    planned_end=_optional(TIMES),
    place=TEXT,
    online_link=TEXT,
    mode=st.sampled_from(Mode),
    organisers=st.lists(TEXT, max_size=3).map(tuple),
    partners=st.lists(TEXT, max_size=3).map(tuple),
    language=st.sampled_from(["fr", "en"]),
)

next_meetings = st.builds(
    NextMeeting,
    date=_optional(DATES),
    time=_optional(TIMES),
    place=TEXT,
    mode=st.sampled_from(Mode),
    note=TEXT,
)


@st.composite
def meetings(draw: st.DrawFn) -> Meeting:
    """A meeting whose references all hold (people, items, turns…), with arbitrary contents."""
    m = Meeting(draw(IDS), draw(details), created=draw(_optional(DATETIMES)))
    m.next_meeting = draw(next_meetings)
    ids = draw(st.lists(IDS, unique=True, min_size=0, max_size=60))
    pool = iter(ids)

    def take() -> str | None:
        return next(pool, None)

    for _ in range(draw(st.integers(0, 4))):
        pid = take()
        if pid is None:
            break
        m.participants[pid] = Participant(
            pid,
            draw(NAME),
            draw(TEXT),
            draw(st.sampled_from(Role)),
            draw(st.sampled_from(Attendance)),
            draw(TEXT),
            draw(TEXT),
        )
    for _ in range(draw(st.integers(0, 4))):
        iid = take()
        if iid is None:
            break
        m.items[iid] = AgendaItem(
            iid,
            draw(NAME),
            draw(TEXT),
            tuple(draw(st.lists(TEXT, max_size=3))),
            draw(st.integers(0, 600)),
            draw(st.sampled_from(ItemKind)),
            draw(TEXT),
            draw(st.booleans()),
        )
    people, items = list(m.participants), list(m.items)
    person = st.sampled_from(people) if people else None
    item = st.sampled_from(items) if items else None

    def add(coll: str, make: Any) -> None:
        for _ in range(draw(st.integers(0, 3))):
            eid = take()
            if eid is None:
                return
            m.collection(coll)[eid] = make(eid)

    add("pauses", lambda i: Pause(i, draw(DATETIMES), draw(_optional(DATETIMES)), draw(TEXT)))
    if person is not None:
        add(
            "queue",
            lambda i: QueueEntry(i, draw(person), draw(DATETIMES), draw(st.sampled_from(TurnKind))),
        )
        add(
            "turns",
            lambda i: SpeakingTurn(
                i,
                draw(person),
                draw(item) if item is not None else None,
                draw(DATETIMES),
                draw(_optional(DATETIMES)),
                draw(st.sampled_from(TurnKind)),
            ),
        )
    if item is not None:
        add("runs", lambda i: ItemRun(i, draw(item), draw(DATETIMES), draw(_optional(DATETIMES))))
        add(
            "notes",
            lambda i: Note(
                i,
                draw(item),
                draw(DATETIMES),
                draw(TEXT),
                draw(person) if person is not None else None,
                draw(TEXT),
                draw(st.sampled_from(NoteKind)),
            ),
        )
        add(
            "decisions",
            lambda i: Decision(
                i,
                draw(item),
                draw(NAME),
                draw(_optional(DATETIMES)),
                draw(st.sampled_from(DecisionMethod)),
                draw(COUNT),
                draw(COUNT),
                draw(COUNT),
                draw(TEXT),
            ),
        )
        add(
            "actions",
            lambda i: Action(
                i,
                draw(item),
                draw(NAME),
                draw(person) if person is not None else None,
                draw(TEXT),
                draw(_optional(DATES)),
                draw(st.sampled_from(ActionStatus)),
                draw(_optional(DATETIMES)),
            ),
        )
        add(
            "questions",
            lambda i: OpenQuestion(
                i, draw(item), draw(NAME), draw(_optional(DATETIMES)), draw(st.booleans())
            ),
        )
    m.live = LiveState(
        started_at=draw(_optional(DATETIMES)),
        ended_at=draw(_optional(DATETIMES)),
        current_item_id=draw(st.sampled_from([None, *items])),
        current_turn_id=draw(st.sampled_from([None, *m.turns])),
        current_pause_id=draw(st.sampled_from([None, *m.pauses])),
        queue_mode=draw(st.sampled_from(QueueMode)),
        turn_limit_seconds=draw(st.none() | st.integers(1, 3600)),
    )
    return m
