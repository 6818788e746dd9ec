"""A held meeting like the "2e rencontre", built through commands (until the bundled held example
``resources/examples/rencontre-2-held.json`` exists, and as the fallback of the render script)."""

from __future__ import annotations

from datetime import date, time

from facilitation.models import (
    Action,
    AgendaItem,
    Attendance,
    Create,
    Decision,
    DecisionMethod,
    Details,
    EndMeeting,
    EndTurn,
    FakeClock,
    GiveFloor,
    LiveMeeting,
    Meeting,
    Mode,
    NextMeeting,
    Note,
    OpenQuestion,
    Participant,
    PauseMeeting,
    ResumeMeeting,
    Role,
    SetDetails,
    SetNextMeeting,
    StartMeeting,
    StepTo,
    new_id,
)

PEOPLE = [
    ("Aïcha Benali", "CPAS de Saint-Gilles", Role.FACILITATOR, Attendance.PRESENT),
    (
        "Bruno Lefèvre",
        "Collectif solidarité contre l'exclusion",
        Role.NOTE_TAKER,
        Attendance.PRESENT,
    ),
    ("Chloé Dumont", "CPAS de Saint-Gilles", Role.MEMBER, Attendance.PRESENT),
    ("David Nsimba", "Maison médicale du Nord", Role.MEMBER, Attendance.PRESENT),
    ("Elif Yilmaz", "Maison médicale du Nord", Role.MEMBER, Attendance.PRESENT),
    ("François Peeters", "Service de médiation de dettes", Role.MEMBER, Attendance.PRESENT),
    ("Gaëlle Martin", "Collectif solidarité contre l'exclusion", Role.MEMBER, Attendance.PRESENT),
    ("Hugo Lambert", "", Role.MEMBER, Attendance.PRESENT),
    ("Inès Haddad", "Service de médiation de dettes", Role.MEMBER, Attendance.REPRESENTED),
    ("Jonas Willems", "CPAS d'Anderlecht", Role.MEMBER, Attendance.EXCUSED),
    ("Karima Ouali", "CPAS d'Anderlecht", Role.MEMBER, Attendance.EXCUSED),
    ("Luc Janssens", "Syndicat", Role.MEMBER, Attendance.ABSENT),
    ("Marie Claes", "Fédération des services sociaux", Role.GUEST, Attendance.PRESENT),
]

ITEMS = [
    (
        "Accueil et tour de table",
        "Qui est là, d'où venons-nous, qu'attendons-nous de cette rencontre ?",
        (),
        10,
    ),
    (
        "Un refinancement, oui, mais pour faire quoi ?",
        "Que devrait garantir un refinancement massif du secteur social ?",
        (
            "Ne plus remplir des formulaires en ligne toute la journée à la place des autres ?",
            "La réouverture des guichets dans les autres institutions ?",
            "Faire du travail social un outil d'émancipation ?",
        ),
        30,
    ),
    (
        "Associatif et services publics : dépasser la dualité",
        "Comment dépasser l'opposition entre travailleur·euses de l'associatif et des services publics ?",
        ("Comment dépasser l'opposition conditions de travail / situations des personnes ?",),
        25,
    ),
    (
        "Une journée d'arrêt du travail social",
        "Une journée d'arrêt, d'accord, mais avec qui et comment ?",
        (
            "Quels autres leviers : la voie juridique ?",
            "Quelle place pour les premier·es concerné·es ?",
        ),
        35,
    ),
    ("Questions diverses", "", (), 10),
]

NOTES = [
    # (item index, speaker index or None, text)
    (0, 0, "Bienvenue à toutes et tous ; dernière rencontre en ligne, la prochaine en personne."),
    (
        0,
        7,
        "Je viens à titre personnel : assistant social indépendant, beaucoup de démarches en ligne.",
    ),
    (
        1,
        2,
        "Au CPAS, une demande sur trois arrive par mail ; les délais passent de semaines à des mois.",
    ),
    (1, 3, "Le refinancement doit servir à rouvrir les guichets, pas à acheter des logiciels."),
    (
        1,
        4,
        "Les personnes âgées n'ont plus d'interlocuteur : la mutuelle était leur seul contact de la journée.",
    ),
    (1, None, "Accord large : pas de refinancement sans réouverture des guichets physiques."),
    (2, 5, "Nous sommes devenus les sous-traitants des services dont les guichets sont fermés."),
    (
        2,
        6,
        "Il faut sortir de l'opposition entre associatif et public : mêmes constats, mêmes usagers.",
    ),
    (3, 3, "En France, la journée du travail social a réuni associatif et public : s'en inspirer."),
    (3, 2, "Les usagers doivent être associés dès la préparation, pas invités au dernier moment."),
    (3, 12, "La Fédération peut relayer l'appel auprès de ses membres."),
    (4, 1, "Prévoir une salle accessible pour la prochaine rencontre."),
]


def build_held_meeting(clock: FakeClock | None = None) -> Meeting:
    """A held meeting with attendance, notes, decisions (consensus and vote), actions, pauses."""
    clock = clock or FakeClock()
    live = LiveMeeting(Meeting(new_id()))
    live.apply(
        SetDetails(
            Details(
                title="Numérisation des services et accès aux droits : le social est-il essentiel ?",
                series="Rencontres du social",
                number=2,
                date=date(2021, 6, 17),
                planned_start=time(18, 0),
                planned_end=time(20, 0),
                place="",
                online_link="https://meet.example.org/social-essentiel",
                mode=Mode.ONLINE,
                organisers=("Collectif des travailleur·euses du social",),
                partners=("Collectif solidarité contre l'exclusion",),
                language="fr",
            )
        )
    )
    pids = []
    for name, group, role, att in PEOPLE:
        pid = new_id()
        pids.append(pid)
        rep = pids[5] if att is Attendance.REPRESENTED else ""
        live.apply(Create.of("participants", Participant(pid, name, group, role, att, "", rep)))
    iids = []
    for title, desc, subs, minutes in ITEMS:
        iid = new_id()
        iids.append(iid)
        live.apply(Create.of("items", AgendaItem(iid, title, desc, subs, minutes)))

    clock.advance(4 * 60)
    live.apply(StartMeeting(clock.now(), new_id(), iids[0]))
    for index, iid in enumerate(iids):
        if index:
            live.apply(StepTo(iid, clock.now(), new_id()))
        for it, speaker, text in NOTES:
            if it != index:
                continue
            if speaker is not None:
                live.apply(GiveFloor(new_id(), clock.now(), participant_id=pids[speaker]))
                clock.advance(90 + 20 * len(text) % 150)
                live.apply(EndTurn(clock.now()))
            note = Note(
                new_id(), iid, clock.now(), text, pids[speaker] if speaker is not None else None
            )
            live.apply(Create.of("notes", note))
            clock.advance(30)
        clock.advance(60 * ITEMS[index][3] // 2)
        if index == 2:
            live.apply(PauseMeeting(new_id(), clock.now(), "pause"))
            clock.advance(600)
            live.apply(ResumeMeeting(clock.now(), new_id()))

    decisions = [
        Decision(
            new_id(),
            iids[1],
            "Le collectif demande un refinancement lié à la réouverture des guichets physiques.",
            clock.now(),
        ),
        Decision(
            new_id(),
            iids[3],
            "Organiser une journée d'arrêt du travail social à l'automne.",
            clock.now(),
            DecisionMethod.VOTE,
            9,
            1,
            2,
            "Un membre craint une faible mobilisation en septembre.",
        ),
        Decision(
            new_id(),
            iids[2],
            "La question de la voie juridique est reportée à la prochaine rencontre.",
            clock.now(),
            DecisionMethod.POSTPONED,
        ),
    ]
    for dec in decisions:
        live.apply(Create.of("decisions", dec))
    actions = [
        Action(
            new_id(),
            iids[3],
            "Rédiger un appel commun pour la journée d'arrêt",
            pids[6],
            "",
            date(2021, 7, 15),
        ),
        Action(
            new_id(),
            iids[3],
            "Contacter les collègues français de la journée du travail social",
            pids[3],
            "",
            date(2021, 7, 1),
        ),
        Action(
            new_id(),
            iids[4],
            "Réserver une salle accessible pour la 3e rencontre",
            None,
            "le collectif",
            date(2021, 8, 31),
        ),
    ]
    for act in actions:
        live.apply(Create.of("actions", act))
    live.apply(
        Create.of(
            "questions",
            OpenQuestion(
                new_id(), iids[3], "Comment associer les usagers à la préparation ?", clock.now()
            ),
        )
    )
    live.apply(
        Create.of(
            "questions",
            OpenQuestion(
                new_id(), iids[2], "La voie juridique est-elle un levier réaliste ?", clock.now()
            ),
        )
    )
    live.apply(EndMeeting(clock.now()))
    live.apply(
        SetNextMeeting(
            NextMeeting(
                date(2021, 9, 16), time(18, 0), "Maison des associations, Bruxelles", Mode.IN_PERSON
            )
        )
    )
    return live.meeting
