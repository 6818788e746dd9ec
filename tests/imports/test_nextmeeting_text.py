"""The next meeting typed in one line becomes the changes of an EditNextMeeting command."""

from __future__ import annotations

from datetime import date, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from facilitation.imports.nextmeeting_text import parse_next_meeting
from facilitation.models import EditNextMeeting, Mode
from tests.factories import make_live

TODAY = date(2026, 12, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "mardi 5 janvier à 19h30, Maison de quartier ; apporter les dates",
            {
                "date": "2027-01-05",
                "time": "19:30",
                "place": "Maison de quartier",
                "mode": "in_person",
                "note": "apporter les dates",
            },
        ),
        (
            "5/1 19 h 30 en ligne https://visio.exemple.be/a",
            {
                "date": "2027-01-05",
                "time": "19:30",
                "mode": "online",
                "online_link": "https://visio.exemple.be/a",
            },
        ),
        (
            "1er décembre 2027 18h Maison des associations, hybride https://x.org/y",
            {
                "date": "2027-12-01",
                "time": "18:00",
                "place": "Maison des associations",
                "mode": "hybrid",
                "online_link": "https://x.org/y",
            },
        ),
        ("le 12.03.27 à 9h", {"date": "2027-03-12", "time": "09:00"}),
        ("14/12", {"date": "2026-12-14"}),  # still this year: the day has not come yet
        ("1/12 20:15", {"date": "2026-12-01", "time": "20:15"}),  # today counts
        (
            "Monday 5 January 2027 at 19:30, Community hall",
            {"date": "2027-01-05", "time": "19:30", "place": "Community hall", "mode": "in_person"},
        ),
        ("31/02", {}),  # no such day: nothing is guessed
        ("", {}),
    ],
)
def test_lines_as_people_type_them(text: str, expected: dict[str, str]) -> None:
    assert parse_next_meeting(text, TODAY) == expected


def test_the_changes_go_through_the_door_and_undo() -> None:
    live = make_live()
    changes = parse_next_meeting("5/1 19h30 Maison de quartier, hybride https://v.be/x", TODAY)
    live.apply(EditNextMeeting(changes))
    nm = live.meeting.next_meeting
    assert (nm.date, nm.time, nm.mode) == (date(2027, 1, 5), time(19, 30), Mode.HYBRID)
    assert (nm.place, nm.online_link) == ("Maison de quartier", "https://v.be/x")
    live.undo()
    assert live.meeting.next_meeting == make_live().meeting.next_meeting


@given(st.text(max_size=200))
def test_any_text_gives_changes_the_command_accepts(text: str) -> None:
    changes = parse_next_meeting(text, TODAY)
    live = make_live()
    live.apply(EditNextMeeting(changes))  # never refused: every value is well formed
