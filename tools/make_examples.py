"""Build the bundled example meetings, deterministically, through the one door.

    .venv/bin/python tools/make_examples.py [--out DIR]

Writes ``rencontre-2.json`` (the "2e rencontre" as prepared from its invitation) and
``rencontre-2-held.json`` (the same evening once held) into ``resources/examples/``. Every change goes
through ``LiveMeeting.apply`` with a :class:`FakeClock` and fixed ids, so running the script twice gives
byte-identical files; ``tests/models/test_examples.py`` checks the committed files never go stale.
Everybody in these files is invented.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, timezone
from pathlib import Path

from facilitation.models import (
    Action,
    ActionStatus,
    AgendaItem,
    Attendance,
    Command,
    Create,
    Decision,
    DecisionMethod,
    Details,
    EndMeeting,
    EndTurn,
    FakeClock,
    GiveFloor,
    ItemKind,
    LiveMeeting,
    Meeting,
    Mode,
    NextMeeting,
    Note,
    OpenQuestion,
    Participant,
    PauseMeeting,
    QueueMode,
    RequestFloor,
    ResumeMeeting,
    Role,
    SetDetails,
    SetNextMeeting,
    SetQueueMode,
    SetTurnLimit,
    StartMeeting,
    StepTo,
    TurnKind,
    Update,
)
from facilitation.storage import fileformat

BRUSSELS_SUMMER = timezone(timedelta(hours=2))
EXAMPLES_DIR = Path(__file__).resolve().parent.parent / "resources" / "examples"
PREPARED_NAME = "rencontre-2.json"
HELD_NAME = "rencontre-2-held.json"
MEETING_ID = "rencontre-2-2021-06-17"


NOTE_TAKER = "p-julie"
NOTE_TAKER_NAME = "Julie Hermans"

ASSO, PUBLIC, USERS, UNION = "associatif", "service public", "usager·es", "syndicat"

#: (id, name, group, role, attendance, represented_by); invented people, plausible Belgian names
PEOPLE: tuple[tuple[str, str, str, Role, Attendance, str], ...] = (
    ("p-claire", "Claire Lemaire", ASSO, Role.FACILITATOR, Attendance.PRESENT, ""),
    ("p-julie", "Julie Hermans", ASSO, Role.NOTE_TAKER, Attendance.PRESENT, ""),
    ("p-olivier", "Olivier Lejeune", ASSO, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-marc", "Marc Janssens", ASSO, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-sophie", "Sophie Lambert", ASSO, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-karim", "Karim Benali", ASSO, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-nathalie", "Nathalie Peeters", ASSO, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-elise", "Élise Renard", ASSO, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-ines", "Inès Moreau", ASSO, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-celine", "Céline Warnier", ASSO, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-gregory", "Grégory Simon", ASSO, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-valerie", "Valérie Leclercq", ASSO, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-yannick", "Yannick Dupont", ASSO, Role.MEMBER, Attendance.EXCUSED, ""),
    ("p-thomas", "Thomas Maes", PUBLIC, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-fatima", "Fatima El Amrani", PUBLIC, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-benoit", "Benoît Collignon", PUBLIC, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-sarah", "Sarah Verbeke", PUBLIC, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-aurelie", "Aurélie Deprez", PUBLIC, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-laurent", "Laurent Gilson", PUBLIC, Role.MEMBER, Attendance.EXCUSED, ""),
    ("p-jeannine", "Jeannine Wouters", USERS, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-mamadou", "Mamadou Diallo", USERS, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-rosa", "Rosa Ferreira", USERS, Role.MEMBER, Attendance.PRESENT, ""),
    (
        "p-patrick",
        "Patrick Delvaux",
        USERS,
        Role.MEMBER,
        Attendance.REPRESENTED,
        "p-jeannine",  # the proxy holder, by id
    ),
    ("p-david", "David Lambrechts", UNION, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-ingrid", "Ingrid Bastin", UNION, Role.MEMBER, Attendance.PRESENT, ""),
    ("p-samir", "Samir Haddad", UNION, Role.MEMBER, Attendance.EXCUSED, ""),
)

#: who had registered when the agenda was sent (the others joined on the evening)
PREPARED_PEOPLE = ("p-claire", "p-julie", "p-olivier", "p-marc", "p-sophie")


def participants() -> list[Participant]:
    return [
        Participant(pid, name, group, role, attendance, _email(name), proxy)
        for pid, name, group, role, attendance, proxy in PEOPLE
    ]


def _email(name: str) -> str:
    # only the organisers left an address; example.org is reserved for examples
    return (
        ""
        if name not in ("Claire Lemaire", "Julie Hermans")
        else (name.split()[0].lower() + "@example.org")
    )


def agenda() -> list[AgendaItem]:
    d, i, dec = ItemKind.DISCUSSION, ItemKind.INFORMATION, ItemKind.DECISION
    return [
        AgendaItem(
            "i-tour",
            "Tour de table",
            "Chacun·e se présente en quelques mots : prénom, service, ce qui l'amène ce soir.",
            (),
            10,
            d,
            "Claire Lemaire",
        ),
        AgendaItem(
            "i-recap",
            "Retour sur la première rencontre",
            "Les constats partagés il y a un mois : services publics joignables seulement par "
            "téléphone ou internet, associations de première ligne devenues sous-traitantes des "
            "guichets fermés, procédures plus lentes, personnes qui renoncent à leurs droits.",
            (),
            5,
            i,
            "Olivier Lejeune",
        ),
        AgendaItem(
            "i-refinancement",
            "Un refinancement, oui mais pour faire quoi ?",
            "Est-ce que cela permettra de garantir :",
            (
                "que nous n'aurons pas à continuer à remplir des formulaires en ligne toute la "
                "journée ?",
                "la réouverture de tous les guichets dans les autres institutions publiques ou "
                "privées ?",
                "de faire du travail social un outil d'émancipation ?",
            ),
            20,
            d,
        ),
        AgendaItem(
            "i-dualite",
            "Comment dépasser la dualité entre travailleurs de l'associatif et travailleurs des "
            "services publics ?",
            "",
            (),
            12,
            d,
        ),
        AgendaItem(
            "i-opposition",
            "Comment dépasser l'opposition conditions de travail / situations des personnes ?",
            "",
            (),
            12,
            d,
        ),
        AgendaItem(
            "i-juridique",
            "Quels autres leviers d'action possibles : la voie juridique ?",
            "",
            (),
            10,
            d,
        ),
        AgendaItem(
            "i-arret",
            "Plus concrètement, une journée d'arrêt : d'accord, mais avec qui et comment ?",
            "Inspirée de l'exemple de nos collègues français : une journée d'arrêt du travail "
            "social pour demander un refinancement massif du secteur.",
            (),
            15,
            dec,
        ),
        AgendaItem(
            "i-usagers",
            "Qu'en est-il de la participation des premier·es concerné·es, les usager·es ?",
            "",
            (),
            10,
            d,
        ),
        AgendaItem(
            "i-nouvelles",
            "Nouvelles questions",
            "Les questions que vous voulez ajouter à celles de la première rencontre.",
            (),
            8,
            d,
        ),
        AgendaItem(
            "i-strategie",
            "Vers une stratégie commune",
            "Comment arrêter de participer à cette logique ? Quels leviers d'action avons-nous à "
            "notre disposition ?",
            (),
            13,
            dec,
            "Claire Lemaire",
        ),
        AgendaItem(
            "i-prochaine",
            "Prochaine rencontre",
            "Promis : la prochaine fois, on se rencontre en personne.",
            (),
            5,
            dec,
        ),
    ]


@dataclass
class Script:
    """Applies commands through the door with a fake clock, and hands out fixed ids."""

    live: LiveMeeting
    clock: FakeClock
    counters: dict[str, int] = field(default_factory=dict)

    def new_id(self, prefix: str) -> str:
        self.counters[prefix] = self.counters.get(prefix, 0) + 1
        return f"{prefix}-{self.counters[prefix]:03d}"

    def do(self, cmd: Command) -> None:
        self.live.apply(cmd, initiator="make_examples")

    @property
    def now(self) -> datetime:
        return self.clock.now()

    @property
    def item(self) -> str:
        item = self.live.meeting.live.current_item_id
        assert item is not None, "the script records something outside any item"
        return item

    def wait(self, seconds: float) -> None:
        self.clock.advance(seconds)

    def at(self, hhmm: str) -> None:
        """Let the clock run to ``hhmm`` that evening (raises if the script went past it)."""
        h, m = (int(x) for x in hhmm.split(":"))
        target = datetime.combine(self.now.date(), time(h, m), tzinfo=BRUSSELS_SUMMER)
        self.clock.advance((target - self.now).total_seconds())

    # -- the agenda -----------------------------------------------------------------------------

    def start(self, hhmm: str, item_id: str) -> None:
        self.at(hhmm)
        self.do(StartMeeting(self.now, self.new_id("run"), item_id))

    def step(self, hhmm: str, item_id: str) -> None:
        self.at(hhmm)
        self.do(StepTo(item_id, self.now, self.new_id("run")))

    # -- the floor ------------------------------------------------------------------------------

    def ask(self, pid: str, kind: TurnKind = TurnKind.NORMAL) -> None:
        self.do(RequestFloor(self.new_id("ask"), pid, self.now, kind))
        self.wait(2)

    def give(self, seconds: float) -> None:
        """Give the floor to whoever the queue puts first; they are still speaking after."""
        self.do(GiveFloor(self.new_id("turn"), self.now))
        self.wait(seconds)

    def end_turn(self) -> None:
        self.do(EndTurn(self.now))
        self.wait(5)

    def speak(self, pid: str, seconds: float) -> None:
        """Somebody asks for the floor, gets it, speaks and hands it back."""
        self.ask(pid)
        self.give(seconds)
        self.end_turn()

    def hand(self, pid: str, seconds: float) -> None:
        """The facilitator hands the floor straight to somebody (a round: nobody queues)."""
        self.do(GiveFloor(self.new_id("turn"), self.now, participant_id=pid))
        self.wait(seconds)
        self.do(EndTurn(self.now))
        self.wait(3)

    # -- the record -----------------------------------------------------------------------------

    def note(self, text: str, speaker: str | None = None) -> None:
        note = Note(self.new_id("note"), self.item, self.now, text, speaker, NOTE_TAKER_NAME)
        self.do(Create.of("notes", note))

    def decide(
        self,
        text: str,
        method: DecisionMethod = DecisionMethod.CONSENSUS,
        votes: tuple[int, int, int] | None = None,
        objections: str = "",
    ) -> None:
        f, a, ab = votes or (None, None, None)
        d = Decision(
            self.new_id("decision"), self.item, text, self.now, method, f, a, ab, objections
        )
        self.do(Create.of("decisions", d))

    def act(self, what: str, owner_id: str, due: date) -> str:
        aid = self.new_id("action")
        action = Action(aid, self.item, what, owner_id, "", due, ActionStatus.OPEN, self.now)
        self.do(Create.of("actions", action))
        return aid

    def question(self, text: str) -> None:
        self.do(
            Create.of("questions", OpenQuestion(self.new_id("question"), self.item, text, self.now))
        )


def new_live() -> tuple[LiveMeeting, Script]:
    clock = FakeClock(datetime(2021, 6, 17, 18, 0, tzinfo=BRUSSELS_SUMMER))
    created = datetime(2021, 6, 1, 9, 30, tzinfo=BRUSSELS_SUMMER)
    live = LiveMeeting(Meeting(MEETING_ID, created=created))
    return live, Script(live, clock)


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


def hold(s: Script) -> None:
    """The evening of 17 June 2021, as the facilitator and the note-taker recorded it."""
    for p in participants():
        if p.id not in s.live.meeting.participants:
            s.do(Create.of("participants", p))
    _opening(s)
    _refinancing(s)
    _middle(s)
    _strike_day(s)
    _closing(s)
    # a week later, the follow-up of the actions was recorded in the same file
    s.do(Update("actions", "action-004", {"status": ActionStatus.DONE.value}))
    s.do(Update("actions", "action-002", {"status": ActionStatus.IN_PROGRESS.value}))


def _opening(s: Script) -> None:
    s.start("18:32", "i-tour")
    s.hand("p-claire", 75)
    s.note(
        "Accueil par Claire. Rappel des règles de la visio : micro coupé, on lève la main pour "
        "demander la parole, la conversation écrite sert aux liens et aux questions pratiques.",
        "p-claire",
    )
    rounds = (
        ("p-julie", 22), ("p-olivier", 31), ("p-marc", 27), ("p-sophie", 29), ("p-karim", 33),
        ("p-nathalie", 26), ("p-elise", 24), ("p-ines", 28), ("p-celine", 25), ("p-gregory", 30),
        ("p-valerie", 23), ("p-thomas", 34), ("p-fatima", 29), ("p-benoit", 27), ("p-sarah", 26),
        ("p-aurelie", 25), ("p-jeannine", 38), ("p-mamadou", 31), ("p-rosa", 27), ("p-david", 29),
        ("p-ingrid", 26),
    )  # fmt: skip
    for pid, seconds in rounds:
        s.hand(pid, seconds)
    s.note(
        "22 personnes connectées : une majorité du secteur associatif (maisons médicales, "
        "services sociaux de quartier, alphabétisation), cinq travailleur·euses de services "
        "publics (CPAS, administration communale, mutuelle), trois usager·es et deux "
        "syndicalistes. Patrick Delvaux, retenu, a donné procuration à Jeannine Wouters ; "
        "Yannick Dupont, Laurent Gilson et Samir Haddad sont excusés."
    )
    s.note(
        "« On passe nos journées en attente téléphonique à la place des gens » : beaucoup se "
        "retrouvent dans cette fatigue.",
        "p-karim",
    )

    s.step("18:46", "i-recap")
    s.hand("p-olivier", 150)
    s.note(
        "Olivier rappelle les constats de la première rencontre : nous sommes les seul·es à avoir "
        "gardé nos portes ouvertes ; CPAS, mutuelles, syndicats et communes restent joignables "
        "uniquement par téléphone ou par internet ; les demandes ont augmenté et les délais de "
        "traitement se comptent en mois.",
        "p-olivier",
    )
    s.note(
        "Deux pistes étaient sorties : refuser de faire le travail des guichets fermés (remplir "
        "les formulaires en ligne à la place des personnes) et une journée d'arrêt du travail "
        "social pour demander un refinancement massif du secteur.",
        "p-olivier",
    )


def _refinancing(s: Script) -> None:
    s.step("18:50", "i-refinancement")
    s.speak("p-olivier", 140)
    s.note(
        "Un refinancement ne suffit pas s'il sert à payer plus de monde pour remplir des "
        "formulaires : il faut qu'il soit lié à la réouverture des guichets.",
        "p-olivier",
    )
    s.ask("p-karim")
    s.give(135)
    s.ask("p-sophie")
    s.ask("p-marc")
    s.ask("p-thomas", TurnKind.DIRECT_REPLY)
    s.end_turn()
    s.note(
        "Dans son service, la moitié des permanences servent à des démarches en ligne pour le "
        "CPAS ou la mutuelle : « on est devenus le guichet des autres ».",
        "p-karim",
    )
    s.give(65)  # Thomas's direct reply goes ahead of Sophie and Marc
    s.end_turn()
    s.note(
        "Réponse directe : au CPAS aussi, les travailleur·euses subissent la fermeture des "
        "guichets, décidée sans elles et eux ; les équipes sont réduites et débordées.",
        "p-thomas",
    )
    s.give(118)
    s.end_turn()
    s.note(
        "Il faut nommer ce que le refinancement doit garantir : du temps de présence, des "
        "guichets physiques partout, et du temps pour penser nos pratiques.",
        "p-sophie",
    )
    s.give(60)
    s.ask("p-ines", TurnKind.POINT_OF_ORDER)
    s.wait(50)
    s.end_turn()
    s.note(
        "Le travail social doit redevenir un outil d'émancipation, pas la gestion de la "
        "dépendance des personnes à nos services.",
        "p-marc",
    )
    s.give(32)  # Inès's point of order
    s.end_turn()
    s.note(
        "Point d'ordre : le temps prévu pour cette question est dépassé et beaucoup de personnes "
        "n'ont pas encore parlé. Proposition acceptée : deux minutes par intervention, priorité à "
        "celles et ceux qui ne se sont pas encore exprimé·es sur ce point.",
        "p-ines",
    )
    s.do(SetTurnLimit(120))
    s.do(SetQueueMode(QueueMode.PROGRESSIVE_ITEM))
    s.ask("p-karim")
    s.ask("p-fatima")
    s.ask("p-david")
    s.ask("p-jeannine")
    s.give(85)  # Fatima goes ahead of Karim, who has already spoken on this item
    s.end_turn()
    s.note(
        "Les formulaires en ligne ne disparaîtront pas avec plus d'argent : il faut aussi "
        "obtenir le droit, pour chaque personne, d'être reçue par quelqu'un.",
        "p-fatima",
    )
    s.give(110)
    s.end_turn()
    s.note(
        "Les syndicats revendiquent un refinancement avec des normes d'encadrement : un nombre "
        "maximum de dossiers par travailleur·euse.",
        "p-david",
    )
    s.give(100)
    s.end_turn()
    s.note(
        "« Derrière un écran, on ne peut pas expliquer sa situation. » Elle a attendu quatre "
        "mois une réponse de sa mutuelle ; une visite au guichet aurait tout réglé.",
        "p-jeannine",
    )
    s.give(70)
    s.end_turn()
    s.note("Karim insiste : pas de refinancement sans réouverture des guichets.", "p-karim")
    s.speak("p-nathalie", 105)
    s.note(
        "Trois garanties proposées pour un refinancement : des guichets physiques rouverts, du "
        "personnel en plus sur le terrain et non dans les bureaux, du temps de supervision et de "
        "réflexion collective.",
        "p-nathalie",
    )
    s.speak("p-celine", 95)
    s.speak("p-mamadou", 80)
    s.note(
        "Les personnes sans papiers ou sans adresse n'ont souvent ni téléphone ni ordinateur : la "
        "numérisation les exclut complètement.",
        "p-mamadou",
    )


def _middle(s: Script) -> None:
    s.step("19:22", "i-dualite")
    s.speak("p-thomas", 100)
    s.note(
        "Les travailleur·euses des CPAS ne sont pas « l'administration » : ils et elles partagent "
        "les mêmes constats mais ont moins de liberté de parole.",
        "p-thomas",
    )
    s.speak("p-sarah", 90)
    s.note(
        "À la mutuelle, l'accueil physique a été remplacé par une plateforme téléphonique ; le "
        "personnel d'accueil a été réaffecté sans qu'on le consulte.",
        "p-sarah",
    )
    s.speak("p-gregory", 100)
    s.speak("p-aurelie", 80)
    s.note(
        "Proposition : des rencontres entre équipes d'un même quartier (association, CPAS, "
        "commune) pour se connaître et se renvoyer les personnes plus humainement.",
        "p-aurelie",
    )
    s.speak("p-valerie", 90)
    s.note(
        "Éviter le piège de l'opposition : le problème vient des choix politiques, pas des "
        "collègues des services publics.",
        "p-valerie",
    )

    s.at("19:33")
    s.do(PauseMeeting(s.new_id("pause"), s.now, "Pause écran de cinq minutes"))
    s.step("19:38", "i-opposition")  # chosen during the pause; its time starts at the resume
    s.at("19:39")
    s.do(ResumeMeeting(s.now, s.new_id("run")))
    s.speak("p-nathalie", 100)
    s.note(
        "Nos conditions de travail sont les conditions d'accueil des personnes : une équipe "
        "épuisée ne peut pas accueillir dignement.",
        "p-nathalie",
    )
    s.speak("p-rosa", 90)
    s.note(
        "Les usager·es voient bien que les travailleur·euses sont débordé·es ; ce qu'on leur "
        "demande, c'est d'être solidaires, pas de se sacrifier.",
        "p-rosa",
    )
    s.speak("p-ingrid", 100)
    s.speak("p-elise", 80)
    s.note(
        "Relier les deux dans les revendications : chaque demande sur les conditions de travail "
        "doit dire ce qu'elle change pour les personnes accueillies.",
        "p-elise",
    )

    s.step("19:49", "i-juridique")
    s.speak("p-ingrid", 100)
    s.note(
        "Le droit d'accès aux services publics implique un accueil accessible à tous : un "
        "service uniquement numérique pourrait être attaqué pour discrimination.",
        "p-ingrid",
    )
    s.speak("p-benoit", 70)
    s.speak("p-celine", 80)
    s.note(
        "Une action juridique prend des années ; elle peut accompagner la mobilisation, pas la "
        "remplacer.",
        "p-celine",
    )
    s.speak("p-olivier", 60)
    s.decide(
        "Reporter la décision sur une action en justice à la prochaine rencontre, après avis "
        "d'un service juridique.",
        DecisionMethod.POSTPONED,
    )
    s.act(
        "Prendre contact avec un service juridique pour étudier un recours contre la fermeture "
        "des guichets",
        "p-ingrid",
        date(2021, 8, 31),
    )
    s.question(
        "Un recours collectif contre la fermeture des guichets est-il recevable, et qui "
        "pourrait le porter ?"
    )


def _strike_day(s: Script) -> None:
    s.step("19:58", "i-arret")
    s.speak("p-david", 120)
    s.note(
        "Un arrêt de travail demande un préavis : les syndicats peuvent couvrir les "
        "travailleur·euses qui le souhaitent, à condition de s'y prendre au moins un mois à "
        "l'avance.",
        "p-david",
    )
    s.speak("p-fatima", 100)
    s.note(
        "Au CPAS, il sera difficile de s'arrêter sans couverture syndicale ; une action visible "
        "pendant la pause de midi est plus réaliste.",
        "p-fatima",
    )
    s.speak("p-karim", 90)
    s.speak("p-sarah", 90)
    s.speak("p-marc", 80)
    s.note(
        "Proposition : un jeudi de la mi-octobre, avec un rassemblement à Bruxelles et des "
        "permanences fermées symboliquement une heure dans les services.",
        "p-marc",
    )
    s.speak("p-jeannine", 80)
    s.note(
        "Les usager·es doivent être prévenu·es et associé·es : fermer un service sans expliquer "
        "pourquoi, c'est encore les pénaliser.",
        "p-jeannine",
    )
    s.act(
        "Rédiger un appel à la journée d'arrêt et le faire circuler dans les réseaux",
        "p-olivier",
        date(2021, 7, 15),
    )

    s.step("20:12", "i-usagers")
    s.speak("p-jeannine", 100)
    s.note(
        "Les usager·es ne veulent pas être « consulté·es » à la fin : ils et elles veulent "
        "préparer la journée avec nous.",
        "p-jeannine",
    )
    s.speak("p-mamadou", 90)
    s.speak("p-rosa", 80)
    s.note(
        "Se réunir en ligne exclut justement celles et ceux qui subissent la numérisation : la "
        "prochaine rencontre doit être en présentiel.",
        "p-rosa",
    )
    s.speak("p-sophie", 60)
    s.act(
        "Organiser une rencontre préparatoire avec des usager·es dans deux associations de "
        "quartier",
        "p-jeannine",
        date(2021, 9, 1),
    )
    s.question(
        "Comment défrayer les usager·es qui participent à la préparation sans mettre en péril "
        "leurs allocations ?"
    )


def _closing(s: Script) -> None:
    s.step("20:20", "i-nouvelles")
    s.speak("p-elise", 60)
    s.note(
        "Nouvelle question : quelle place pour la santé mentale des personnes, laissées sans "
        "interlocuteur ?",
        "p-elise",
    )
    s.speak("p-benoit", 50)
    s.note(
        "Nouvelle question : comment faire entendre les travailleur·euses des services publics "
        "qui n'ont pas le droit de s'exprimer au nom de leur institution ?",
        "p-benoit",
    )

    s.step("20:25", "i-strategie")
    s.speak("p-claire", 90)
    s.note(
        "Synthèse proposée par Claire : une plateforme commune associatif, services publics, "
        "syndicats et usager·es, avec trois revendications (réouverture des guichets, "
        "refinancement lié à la présence, participation des usager·es).",
        "p-claire",
    )
    s.speak("p-olivier", 60)
    s.speak("p-david", 60)
    s.speak("p-aurelie", 50)
    s.decide(
        "Constituer une plateforme commune (associatif, services publics, syndicats, usager·es), "
        "sous le nom provisoire « Le social est essentiel », pour porter ces trois "
        "revendications.",
        DecisionMethod.CONSENSUS,
    )

    s.step("20:34", "i-arret")  # the group comes back to the strike day to decide on it
    s.speak("p-claire", 40)
    s.note(
        "Retour sur la journée d'arrêt pour trancher : proposition d'un jeudi de la mi-octobre, "
        "rassemblement à Bruxelles et actions locales dans les services.",
        "p-claire",
    )
    s.speak("p-thomas", 50)
    s.speak("p-david", 40)
    s.decide(
        "Organiser une journée d'arrêt du travail social un jeudi de la mi-octobre 2021, avec un "
        "rassemblement à Bruxelles et des actions locales dans les services.",
        DecisionMethod.VOTE,
        (15, 3, 5),
        "Trois personnes des services publics ne pourront pas s'arrêter sans préavis syndical.",
    )

    s.step("20:40", "i-prochaine")
    s.speak("p-claire", 40)
    s.speak("p-julie", 30)
    s.decide(
        "La troisième rencontre aura lieu en présentiel le jeudi 9 septembre 2021 à 18 h 30, à la "
        "Maison des associations à Bruxelles.",
    )
    s.do(
        SetNextMeeting(
            NextMeeting(
                date(2021, 9, 9),
                time(18, 30),
                "Maison des associations, salle du premier étage, Bruxelles",
                Mode.IN_PERSON,
                "Enfin en personne ! Accessible aux personnes à mobilité réduite.",
            )
        )
    )
    s.act(
        "Envoyer le compte rendu et l'invitation à la 3e rencontre à toutes les personnes "
        "inscrites",
        "p-julie",
        date(2021, 6, 24),
    )
    s.note("Julie enverra le compte rendu dans la semaine.", "p-julie")
    s.at("20:44")
    s.do(EndMeeting(s.now))


def build_prepared() -> Meeting:
    live, s = new_live()
    prepare(s)
    return live.meeting


def build_held() -> Meeting:
    live, s = new_live()
    prepare(s)
    hold(s)
    return live.meeting


def dump(meeting: Meeting) -> bytes:
    """The document as bytes: the app's envelope, indent 2, accents kept readable.

    The envelope (``format``, ``schema_version``…) comes from the storage layer so the examples
    always say what the app writes; the layout is ours, so that diffs of the examples stay readable.
    """
    doc = fileformat.meeting_to_document(meeting)
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def write_examples(out: Path) -> list[Path]:
    """Build both examples and write them into ``out``; return the paths written."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, meeting in ((PREPARED_NAME, build_prepared()), (HELD_NAME, build_held())):
        path = out / name
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_bytes(dump(meeting))
        os.replace(tmp, path)
        written.append(path)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, default=EXAMPLES_DIR, help="folder to write into")
    ns = p.parse_args(argv)
    for path in write_examples(ns.out):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
