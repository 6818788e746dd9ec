"""The next meeting of a series: what carries over from a held meeting and what does not."""

from __future__ import annotations

from datetime import date, time, timedelta

from facilitation.imports.nextmeeting import prepare_next
from facilitation.models import (
    Action,
    ActionStatus,
    AgendaItem,
    Attendance,
    Create,
    FakeClock,
    Meeting,
    Mode,
    OpenQuestion,
    Update,
)
from tests.factories import T0, Ids, example_meeting, make_live, walk_meeting


def held_meeting() -> Meeting:
    """Meeting no. 2, held through the door, with actions in every state and two questions."""
    clock = FakeClock()
    live = make_live()
    walk_meeting(live, clock)
    m = live.meeting
    live.apply(
        Create.of(
            "actions", Action("a-done", "i2", "Réserver la salle", "p1", status=ActionStatus.DONE)
        )
    )
    live.apply(
        Create.of(
            "actions", Action("a-drop", "i2", "Écrire au ministre", status=ActionStatus.DROPPED)
        )
    )
    live.apply(
        Create.of(
            "actions",
            Action(
                "a-prog",
                "i3",
                "Contacter les syndicats",
                owner="le collectif",
                status=ActionStatus.IN_PROGRESS,
            ),
        )
    )
    live.apply(Create.of("questions", OpenQuestion("q-done", "i3", "Où ?", resolved=True)))
    live.apply(Update("participants", "p3", {"attendance": "excused"}))
    live.apply(Update("participants", "p4", {"attendance": "represented", "represented_by": "p5"}))
    return m


def test_open_actions_are_followed_up_and_done_ones_are_not() -> None:
    m2 = held_meeting()
    ids = Ids()
    m3 = prepare_next(m2, lambda: ids("n"), T0 + timedelta(days=1))
    titles = [i.title for i in m3.items.values()]
    assert titles[0] == "Approbation du compte rendu de la réunion précédente"
    assert titles[1] == "Suivi des actions"
    follow = list(m3.items.values())[1]
    assert len(follow.sub_questions) == 2
    assert follow.sub_questions[0].startswith(
        "Rédiger l'appel — Marc Janssens (pour le 01/07/2021)"
    )
    assert follow.sub_questions[1] == "Contacter les syndicats — le collectif [en cours]"
    assert not any("Réserver" in s or "ministre" in s for s in follow.sub_questions)
    # the actions themselves move to the follow-up item, with their ids, to be marked done later
    assert set(m3.actions) == {"action-1", "a-prog"}
    assert all(a.item_id == follow.id for a in m3.actions.values())
    assert m3.actions["action-1"].owner_id == "p2"


def test_details_series_number_date_place_and_language() -> None:
    m2 = held_meeting()
    ids = Ids()
    m3 = prepare_next(m2, lambda: ids("n"), T0)
    d2, d3 = m2.details, m3.details
    assert (d3.series, d3.number) == (d2.series, 3)
    assert d3.date == date(2021, 9, 9)
    assert (d3.planned_start, d3.planned_end) == (time(18, 30), time(20, 30))
    assert d3.place == "Maison des associations"
    assert d3.mode == Mode.IN_PERSON and d3.online_link == ""
    assert d3.language == d2.language == "fr"
    assert m3.next_meeting.date is None
    assert m3.live.started_at is None and not m3.runs and not m3.notes and not m3.turns
    assert m3.created == T0


def test_participants_carry_over_present() -> None:
    m2 = held_meeting()
    ids = Ids()
    m3 = prepare_next(m2, lambda: ids("n"), T0)
    assert list(m3.participants) == list(m2.participants)
    assert {p.attendance for p in m3.participants.values()} == {Attendance.PRESENT}
    assert m3.participants["p4"].represented_by == ""
    assert m3.participants["p1"].role == m2.participants["p1"].role


def test_skipped_items_and_open_questions_carry_over() -> None:
    m2 = held_meeting()
    ids = Ids()
    m3 = prepare_next(m2, lambda: ids("n"), T0)
    titles = [i.title for i in m3.items.values()]
    # i4 was skipped; i1-i3 were discussed
    assert "Point 4" in titles and "Point 1" not in titles and "Point 3" not in titles
    assert titles[-1] == "Questions restées ouvertes"
    last = list(m3.items.values())[-1]
    assert last.sub_questions == ("Avec qui ?",)
    assert [q.text for q in m3.questions.values()] == ["Avec qui ?"]
    assert all(not i.skipped for i in m3.items.values())
    assert not set(m3.items) & set(m2.items)


def test_the_previous_meeting_is_unchanged_and_the_result_is_valid() -> None:
    m2 = held_meeting()
    before = m2.to_data()
    ids = Ids()
    m3 = prepare_next(m2, lambda: ids("n"), T0)
    assert m2.to_data() == before
    m3.check_references()
    assert type(m3).from_data(m3.to_data()) == m3


def test_deterministic_with_the_same_ids() -> None:
    a, b = Ids(), Ids()
    m2 = held_meeting()
    assert prepare_next(m2, lambda: a("n"), T0) == prepare_next(m2, lambda: b("n"), T0)


def test_english_meeting_gets_english_points() -> None:
    live = make_live()
    from dataclasses import replace

    from facilitation.models import SetDetails

    live.apply(SetDetails(replace(live.meeting.details, language="en")))
    live.apply(Create.of("actions", Action("a1", "i1", "Book the room")))
    ids = Ids()
    m = prepare_next(live.meeting, lambda: ids("n"), T0)
    assert [i.title for i in m.items.values()][:2] == [
        "Approval of the minutes of the previous meeting",
        "Follow-up of actions",
    ]


def test_standard_points_of_the_previous_meeting_are_not_repeated() -> None:
    live = make_live()  # prepared, never held: its points are all carried over…
    for n, title in enumerate(
        ["Approbation du compte rendu de la réunion précédente", "Questions Diverses", "AOB"]
    ):
        live.apply(Create.of("items", AgendaItem(f"s{n}", title)))
    ids = Ids()
    titles = [i.title for i in prepare_next(live.meeting, lambda: ids("n"), T0).items.values()]
    # …but the usual points are not: the next meeting has its own
    assert titles == [
        "Approbation du compte rendu de la réunion précédente",
        "Point 1",
        "Point 2",
        "Point 3",
        "Point 4",
        "AOB",
    ]


def test_the_bundled_example_prepares_meeting_three() -> None:
    m = example_meeting("rencontre-2-held.json")
    ids = Ids()
    nxt = prepare_next(m, lambda: ids("n"), T0)
    assert nxt.details.number == 3
    follow = [i for i in nxt.items.values() if i.title == "Suivi des actions"]
    assert len(follow) == 1 and len(follow[0].sub_questions) == 3
