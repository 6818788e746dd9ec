"""Who is in the example meetings and what their agenda says: the invented people of the "2e rencontre" and its points."""

from __future__ import annotations

from datetime import timedelta, timezone

from facilitation.models import AgendaItem, Attendance, ItemKind, Participant, Role

BRUSSELS_SUMMER = timezone(timedelta(hours=2))
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
