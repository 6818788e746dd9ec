"""The scene the note-taker's and projector's windows are tested on (no tests here; its fixtures,
``settings`` and ``ctx``, are in conftest.py).

Builds the application context the way start-up does, but with a FakeClock and a private QSettings
file, and a small held meeting: six people, four agenda items (one with a long French question).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import timedelta

from facilitation.models import (
    AgendaItem,
    Create,
    Details,
    FakeClock,
    GiveFloor,
    Meeting,
    Participant,
    RequestFloor,
    StartMeeting,
    new_id,
)
from facilitation.resources import example

from facilitation.ui.core.context import AppContext

PEOPLE = ("Anne Dubois", "Marc Janssens", "Sophie Lambert", "Karim Benali", "Lucie Peeters", "Jo")

LONG_QUESTION = (
    "Comment organiser, d'ici la fin de l'année, une concertation réelle entre les travailleuses et "
    "travailleurs sociaux de première ligne, les usagères et usagers des services et les "
    "institutions publiques, pour que le refinancement annoncé serve d'abord l'accueil inconditionnel ?"
)
LONG_SUBS = (
    "Quelles permanences rouvrir en priorité, et avec quels moyens humains supplémentaires ?",
    "Comment associer les personnes concernées sans leur demander de remplir un formulaire de plus ?",
    "Qui porte la demande auprès des cabinets, et avec quel calendrier de rencontres ?",
    "Que faisons-nous si le refinancement n'arrive pas avant l'hiver ?",
)


@dataclass(frozen=True, slots=True, eq=False)
class SceneContext(AppContext):
    """The app's context, knowing the ids of the people and items of the scene it was built on."""

    ids: dict[str, str] = field(default_factory=dict)


class Other:
    """Someone else at the door (the facilitator's window, in these tests)."""


def held_example_question() -> tuple[str, tuple[str, ...]] | None:
    """The longest question (title plus sub-questions) of the held example, if it is there."""
    try:
        data = json.loads(example("rencontre-2-held.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    items = data.get("meeting", data).get("items", [])
    if not items:
        return None
    best = max(items, key=lambda i: len(i["title"]) + sum(map(len, i.get("sub_questions", []))))
    return best["title"], tuple(best.get("sub_questions", ()))


def build_meeting() -> Meeting:
    m = Meeting("m1", Details(title="Rencontre des travailleurs sociaux — 2e rencontre"))
    return m


def populate(ctx: AppContext, clock: FakeClock) -> dict[str, str]:
    """Participants, agenda, the meeting started on item 1; returns names -> ids and item ids."""
    ids: dict[str, str] = {}
    for name in PEOPLE:
        pid = new_id()
        ids[name] = pid
        ctx.live.apply(Create.of("participants", Participant(pid, name)))
    items = [
        AgendaItem(new_id(), "Tour de table", planned_minutes=10),
        AgendaItem(new_id(), LONG_QUESTION, sub_questions=LONG_SUBS, planned_minutes=30),
        AgendaItem(new_id(), "Actions pour la rentrée", planned_minutes=20),
        AgendaItem(new_id(), "Divers", planned_minutes=5),
    ]
    for n, item in enumerate(items, start=1):
        ids[f"item{n}"] = item.id
        ctx.live.apply(Create.of("items", item))
    ctx.live.apply(StartMeeting(clock.now(), new_id(), items[0].id))
    return ids


def give_floor(ctx: SceneContext, clock: FakeClock, name: str) -> None:
    clock.advance(1)
    ctx.live.apply(
        GiveFloor(new_id(), clock.now(), participant_id=ctx.ids[name]), initiator=Other()
    )


def request_floor(ctx: SceneContext, clock: FakeClock, *names: str) -> None:
    for name in names:
        clock.advance(1)
        ctx.live.apply(RequestFloor(new_id(), ctx.ids[name], clock.now()), initiator=Other())


def minutes(n: float) -> timedelta:
    return timedelta(minutes=n)
