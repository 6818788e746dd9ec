"""Speaking time per person and per group, against values computed by hand."""

from __future__ import annotations

from datetime import timedelta

import pytest

from facilitation.models import (
    Attendance,
    Create,
    EndTurn,
    FakeClock,
    GiveFloor,
    LiveMeeting,
    Participant,
    StartMeeting,
    StepTo,
    Update,
)
from facilitation.models.stats import SpeakingTime, by_group, by_person, silent_present
from tests.factories import example_meeting, make_live

S = timedelta(seconds=1)

# p1 Anne Dubois, p2 Marc Janssens, p6 Julien Wauters: associatif; p3 Sophie Lambert: service
# public; p4 Karim Benali: usager·es; p5 Nathalie Peeters: syndicat (see tests.factories.PEOPLE)


@pytest.fixture
def talked(clock: FakeClock) -> LiveMeeting:
    """i1: p3 60 s, p1 30 s, p3 45 s, p4 90 s; i2: p1 20 s, p5 15 s, then p2 speaking for 10 s."""
    live = make_live()
    live.apply(Create.of("participants", Participant("p7", "Zoé Invitée", "invité·es")))
    live.apply(Create.of("participants", Participant("p8", "Yves Absent", "absent·es")))
    live.apply(Update("participants", "p8", {"attendance": Attendance.EXCUSED.value}))
    live.apply(StartMeeting(clock.now(), "r1"))
    n = 0

    def turn(pid: str, seconds: int, gap: int = 7) -> None:
        nonlocal n
        n += 1
        live.apply(GiveFloor(f"t{n}", clock.now(), participant_id=pid))
        clock.advance(seconds)
        live.apply(EndTurn(clock.now()))
        clock.advance(gap)  # silence between turns counts for nobody

    for pid, seconds in (("p3", 60), ("p1", 30), ("p3", 45), ("p4", 90)):
        turn(pid, seconds)
    live.apply(StepTo("i2", clock.now(), "r2"))
    turn("p1", 20)
    turn("p5", 15)
    live.apply(GiveFloor("t-open", clock.now(), participant_id="p2"))
    clock.advance(10)
    return live


def rows(stats: list[SpeakingTime]) -> list[tuple[str, int, int]]:
    return [(r.key, int(r.time / S), r.turns) for r in stats]


def test_by_person(talked: LiveMeeting, clock: FakeClock) -> None:
    result = by_person(talked.meeting, clock.now())
    assert rows(result) == [
        ("p3", 105, 2),
        ("p4", 90, 1),
        ("p1", 50, 2),
        ("p5", 15, 1),
        ("p2", 10, 1),  # still speaking: counted up to now
    ]
    assert result[0].label == "Sophie Lambert"


def test_by_person_on_one_item(talked: LiveMeeting, clock: FakeClock) -> None:
    assert rows(by_person(talked.meeting, clock.now(), "i1")) == [
        ("p3", 105, 2),
        ("p4", 90, 1),
        ("p1", 30, 1),
    ]
    assert rows(by_person(talked.meeting, clock.now(), "i3")) == []


def test_by_group(talked: LiveMeeting, clock: FakeClock) -> None:
    assert rows(by_group(talked.meeting, clock.now())) == [
        ("service public", 105, 2),
        ("usager·es", 90, 1),
        ("associatif", 60, 3),
        ("syndicat", 15, 1),
        ("invité·es", 0, 0),  # present, silent: shown so the room sees who has not spoken
    ]  # the excused person's group is not listed


def test_by_group_on_one_item(talked: LiveMeeting, clock: FakeClock) -> None:
    assert rows(by_group(talked.meeting, clock.now(), "i2")) == [
        ("associatif", 30, 2),
        ("syndicat", 15, 1),
        ("invité·es", 0, 0),
        ("service public", 0, 0),
        ("usager·es", 0, 0),
    ]


def test_time_grows_only_for_the_speaker(talked: LiveMeeting, clock: FakeClock) -> None:
    before = {r.key: r.time for r in by_person(talked.meeting, clock.now())}
    clock.advance(60)
    after = {r.key: r.time for r in by_person(talked.meeting, clock.now())}
    assert after["p2"] - before["p2"] == 60 * S
    assert all(after[k] == before[k] for k in before if k != "p2")


def test_silent_present(talked: LiveMeeting) -> None:
    assert silent_present(talked.meeting) == ["p6", "p7"]


def test_ties_are_sorted_by_name(clock: FakeClock) -> None:
    live = make_live()
    live.apply(StartMeeting(clock.now(), "r1"))
    for n, pid in enumerate(("p5", "p2", "p4")):  # Nathalie, Marc, Karim: 20 s each
        live.apply(GiveFloor(f"t{n}", clock.now(), participant_id=pid))
        clock.advance(20)
    live.apply(EndTurn(clock.now()))
    assert [r.label for r in by_person(live.meeting, clock.now())] == [
        "Karim Benali",
        "Marc Janssens",
        "Nathalie Peeters",
    ]


def test_the_held_example_adds_up() -> None:
    m = example_meeting()
    end = m.live.ended_at
    assert end is not None
    people = by_person(m, end)
    groups = by_group(m, end)
    turns_total = sum((t.end - t.start for t in m.turns.values() if t.end), timedelta(0))
    assert sum((r.time for r in people), timedelta(0)) == turns_total
    assert sum((r.time for r in groups), timedelta(0)) == turns_total
    assert sum(r.turns for r in groups) == len(m.turns)
    assert {r.key for r in groups} == {"associatif", "service public", "usager·es", "syndicat"}
