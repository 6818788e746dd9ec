"""The "2e rencontre" as prepared from its invitation: details, the registered people, the agenda."""

from __future__ import annotations

from datetime import date, time

from example_meetings.cast import PREPARED_PEOPLE, agenda, participants
from example_meetings.script import Script
from facilitation.models import Create, Details, Mode, SetDetails


def prepare(s: Script) -> None:
    """The meeting as the organisers prepared it from the invitation."""
    s.do(
        SetDetails(
            Details(
                title="Numérisation des services et accès aux droits : le social est-il essentiel ?",
                series="Rencontres du travail social de terrain",
                number=2,
                date=date(2021, 6, 17),
                planned_start=time(18, 30),
                planned_end=time(20, 30),
                online_link="https://meet.example.org/rencontre-2-social-essentiel",
                mode=Mode.ONLINE,
                organisers=(
                    "Collectif des travailleuses et travailleurs sociaux de terrain",
                    "Collectif solidarité contre l'exclusion",
                ),
                language="fr",
            )
        )
    )
    for item in agenda():
        s.do(Create.of("items", item))
    for p in participants():
        if p.id in PREPARED_PEOPLE:
            s.do(Create.of("participants", p))
