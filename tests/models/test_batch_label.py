"""A batch is one undo step, named by the label it was given (not always "Import")."""

import json

from facilitation.models import (
    AgendaItem,
    Create,
    Decision,
    FakeClock,
    LiveMeeting,
    Meeting,
    Note,
    command_from_data,
)
from facilitation.models.commands import Batch


def test_a_labelled_batch_is_one_step_named_by_its_label(clock: FakeClock) -> None:
    live = LiveMeeting(Meeting("m"))
    live.apply(Create.of("items", AgendaItem("i1", "Accueil")))
    at = clock.now()
    batch = Batch(
        (
            Create.of("notes", Note("n1", "i1", at, "On rouvre le samedi")),
            Create.of("decisions", Decision("d1", "i1", "On rouvre le samedi", at)),
        ),
        "Add decision",
    )
    live.apply(batch)
    assert live.history.undo_label == "Add decision"
    live.undo()
    assert not live.meeting.notes and not live.meeting.decisions
    assert live.history.undo_label == "Add"


def test_a_batch_keeps_its_label_through_the_journal(clock: FakeClock) -> None:
    batch = Batch((Create.of("items", AgendaItem("i1", "Accueil")),), "Add the opening points")
    back = command_from_data(json.loads(json.dumps(batch.to_data())))
    assert back == batch
    assert back.undo_label() == "Add the opening points"
    plain = Batch((Create.of("items", AgendaItem("i1", "Accueil")),))
    assert command_from_data(plain.to_data()).undo_label() == "Import"


def test_giving_the_floor_to_a_person_answers_their_pending_request(clock: FakeClock) -> None:
    from facilitation.models import GiveFloor, Participant, RequestFloor, StartMeeting, TurnKind

    live = LiveMeeting(Meeting("m"))
    live.apply(Create.of("items", AgendaItem("i1", "Accueil")))
    for pid, name in (("p1", "Ana"), ("p2", "Bruno")):
        live.apply(Create.of("participants", Participant(pid, name)))
    live.apply(StartMeeting(clock.now(), "r1"))
    live.apply(RequestFloor("q1", "p1", clock.now()))
    live.apply(RequestFloor("q2", "p1", clock.now(), TurnKind.POINT_OF_ORDER))
    live.apply(RequestFloor("q3", "p2", clock.now()))
    clock.advance(5)
    live.apply(GiveFloor("t1", clock.now(), participant_id="p1"))
    # her normal request is answered; her point of order and Bruno's request still wait
    assert list(live.meeting.queue) == ["q2", "q3"]
    assert live.meeting.turns["t1"].participant_id == "p1"
    live.undo()
    assert list(live.meeting.queue) == ["q1", "q2", "q3"]
