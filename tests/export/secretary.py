"""The meeting a secretary sends minutes of: the case issue 13 is done with.

Held on Tuesday 1 December 2026 (a first of the month), through the one door with fixed times:
an approval of the previous minutes, a discussion that asks a question, a presentation that does not,
an item skipped with a reason, one never reached; notes marked as a decision, an action and an open
question; a speaker who spoke 26 seconds; the read-back at 21 h 56; the next meeting, hybrid.
Names and e-mails are invented; every participant has an e-mail, so anonymous minutes can be
searched for them.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, timezone

from facilitation.models import (
    Action,
    AgendaItem,
    Create,
    Decision,
    Details,
    EditNextMeeting,
    EndMeeting,
    EndTurn,
    GiveFloor,
    ItemKind,
    LiveMeeting,
    MarkRead,
    Meeting,
    Mode,
    Note,
    NoteKind,
    OpenQuestion,
    Participant,
    RecordReadBack,
    Role,
    SetDetails,
    SkipItem,
    StartMeeting,
    StepTo,
)

BRUSSELS = timezone(timedelta(hours=1))
DAY = date(2026, 12, 1)
START = datetime(2026, 12, 1, 19, 30, tzinfo=BRUSSELS)

PEOPLE = (
    ("p1", "Amina Kaddouri", "CPAS de Forest", Role.FACILITATOR),
    ("p2", "Luc Vandenbroucke", "AMO Rythme", Role.NOTE_TAKER),
    ("p3", "Bérénice Obolensky", "Ligue des familles", Role.MEMBER),
    ("p4", "Théo Marchal", "CPAS de Forest", Role.MEMBER),
    ("p5", "Zoé Quintard", "", Role.MEMBER),
)
#: what a discussion that asks something looks like, and a presentation
ASKS = "Faut-il ouvrir la permanence le samedi ?"
PRESENTS = "Le budget 2027 présenté par la trésorière, poste par poste."
SKIP_REASON = "l'intervenante est absente"
MARKED_DECISION = "La permanence ouvrira le samedi matin dès janvier."
MARKED_ACTION = "Demander les clés de la salle au CPAS."
MARKED_QUESTION = "Qui assure la permanence pendant les congés ?"
PLAIN_NOTE = "Le samedi, les familles sont plus disponibles."


def email(pid: str) -> str:
    return f"{pid}.contact@exemple-asbl.be"


def secretary_meeting() -> Meeting:
    live = LiveMeeting(Meeting("m-secretary", created=START - timedelta(days=10)))
    apply = live.apply
    apply(
        SetDetails(
            Details(
                title="Assemblée du collectif des permanences",
                series="Assemblées",
                number=7,
                date=DAY,
                planned_start=time(19, 30),
                planned_end=time(22, 0),
                place="Maison de quartier, Forest",
                mode=Mode.IN_PERSON,
                organisers=("Collectif des permanences sociales",),
                language="fr",
            )
        )
    )
    for pid, name, group, role in PEOPLE:
        apply(Create.of("participants", Participant(pid, name, group, role, email=email(pid))))
    items = (
        AgendaItem("i1", "Approbation du PV précédent", planned_minutes=5, kind=ItemKind.DECISION),
        AgendaItem("i2", "Permanence du samedi", ASKS, planned_minutes=30),
        AgendaItem("i3", "Budget 2027", PRESENTS, planned_minutes=20, kind=ItemKind.INFORMATION),
        AgendaItem("i4", "Formation des bénévoles", "Qui s'inscrit ?", planned_minutes=15),
        AgendaItem("i5", "Fête de fin d'année", "Date et lieu ?", planned_minutes=15),
    )
    for it in items:
        apply(Create.of("items", it))

    def at(minutes: float) -> datetime:
        return START + timedelta(minutes=minutes)

    apply(StartMeeting(at(0), "r1", "i1"))
    apply(
        Create.of(
            "decisions", Decision("d0", "i1", "Le PV de la 6e assemblée est approuvé.", at(3))
        )
    )
    apply(StepTo("i2", at(5), "r2"))
    # Bérénice speaks 26 seconds, Théo four minutes
    apply(GiveFloor("t1", at(6), participant_id="p3"))
    apply(EndTurn(at(6) + timedelta(seconds=26)))
    apply(GiveFloor("t2", at(7), participant_id="p4"))
    apply(EndTurn(at(11)))
    apply(Create.of("notes", Note("n1", "i2", at(8), PLAIN_NOTE, speaker_id="p3")))
    # marked notes, as the note-taker's window makes them: the note and its record
    apply(
        Create.of("notes", Note("n2", "i2", at(20), MARKED_DECISION, "p4", kind=NoteKind.DECISION))
    )
    apply(Create.of("decisions", Decision("d1", "i2", MARKED_DECISION, at(20))))
    apply(Create.of("notes", Note("n3", "i2", at(22), MARKED_ACTION, kind=NoteKind.ACTION)))
    apply(
        Create.of(
            "actions",
            Action("a1", "i2", MARKED_ACTION, owner_id="p4", due=date(2026, 12, 15), at=at(22)),
        )
    )
    apply(Create.of("notes", Note("n4", "i2", at(25), MARKED_QUESTION, kind=NoteKind.QUESTION)))
    apply(Create.of("questions", OpenQuestion("q1", "i2", MARKED_QUESTION, at(25))))
    apply(StepTo("i3", at(35), "r3"))
    apply(Create.of("notes", Note("n5", "i3", at(40), "Le poste « loyer » augmente de 4 %.", "p1")))
    apply(SkipItem("i4", at(55), "r4", SKIP_REASON))  # passed over; i5 is never reached
    apply(MarkRead("decisions", "d0"))
    apply(MarkRead("decisions", "d1"))
    apply(MarkRead("actions", "a1"))
    apply(RecordReadBack(datetime(2026, 12, 1, 21, 56, tzinfo=BRUSSELS)))
    apply(
        EditNextMeeting(
            {
                "date": "2027-01-05",
                "time": "19:30",
                "place": "Maison de quartier, Forest",
                "mode": "hybrid",
                "online_link": "https://visio.exemple-asbl.be/assemblee",
                "note": "Apporter les propositions de dates pour la fête.",
            }
        )
    )
    apply(EndMeeting(datetime(2026, 12, 1, 22, 0, tzinfo=BRUSSELS)))
    return live.meeting
