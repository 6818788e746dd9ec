"""The "2e rencontre" once held: the evening, scene by scene, through the one door."""

from __future__ import annotations

from datetime import date, time

from example_meetings.cast import participants
from example_meetings.script import Script
from facilitation.models import (
    ActionStatus,
    Create,
    DecisionMethod,
    EndMeeting,
    Mode,
    NextMeeting,
    PauseMeeting,
    QueueMode,
    ResumeMeeting,
    SetNextMeeting,
    SetQueueMode,
    SetTurnLimit,
    TurnKind,
    Update,
)


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
