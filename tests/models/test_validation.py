"""Every command refuses bad input with a CommandError and leaves the meeting exactly as it was.

Each case sets up a meeting in some state (prepared, running, paused, ended), takes a snapshot
(``to_data()``, the undo history, the listeners' mail), applies a command that must be refused, and
checks that nothing moved.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from facilitation.models import (
    AgendaItem,
    ClearQueue,
    Command,
    CommandError,
    Create,
    EndMeeting,
    EndTurn,
    FakeClock,
    GiveFloor,
    LiveMeeting,
    Move,
    Note,
    Participant,
    Patch,
    PauseMeeting,
    Remove,
    RequestFloor,
    ResumeMeeting,
    SetTurnLimit,
    SkipItem,
    StartMeeting,
    StepTo,
    TurnKind,
    Update,
    WithdrawRequest,
)
from facilitation.models.meeting import Delete, Put
from tests.factories import T0, Recorder, make_live

MIN = timedelta(minutes=1)
AT = T0 + 40 * MIN  # "now" in the running meeting: 18:40


def prepared() -> LiveMeeting:
    return make_live()


def running() -> LiveMeeting:
    """Started 18:30 on i1; p3 has had the floor since 18:35; p4 waits (ask-1); now is 18:40."""
    live = make_live()
    live.apply(StartMeeting(T0 + 30 * MIN, "run-1"))
    live.apply(GiveFloor("turn-1", T0 + 35 * MIN, participant_id="p3"))
    live.apply(RequestFloor("ask-1", "p4", T0 + 36 * MIN))
    live.apply(Create.of("notes", Note("n1", "i1", T0 + 37 * MIN, "Une note", "p3")))
    return live


def quiet() -> LiveMeeting:
    """Running, nobody speaking since 18:45, empty queue."""
    live = running()
    live.apply(EndTurn(T0 + 45 * MIN))
    live.apply(ClearQueue())
    return live


def paused() -> LiveMeeting:
    live = running()
    live.apply(PauseMeeting("pause-1", T0 + 50 * MIN))
    return live


def paused_on_i3() -> LiveMeeting:
    """Paused, and i3 chosen as the next item during the pause (it has no interval yet)."""
    live = paused()
    live.apply(StepTo("i3", T0 + 52 * MIN, "r7"))
    return live


def resumed() -> LiveMeeting:
    """Paused 18:50–18:55 (pause-1), going again on i1 (run-2); i2 skipped in advance."""
    live = paused()
    live.apply(ResumeMeeting(T0 + 55 * MIN, "run-2"))
    live.apply(SkipItem("i2", T0 + 55 * MIN, "r8"))
    return live


def ended() -> LiveMeeting:
    live = running()
    live.apply(EndMeeting(T0 + 60 * MIN))
    return live


def _item(**kw: Any) -> dict[str, Any]:
    return {"id": "i9", "title": "Point", **kw}


CASES: list[tuple[str, Callable[[], LiveMeeting], Command, str]] = [
    # not started yet
    ("step before start", prepared, StepTo("i2", AT, "r9"), "not started"),
    ("pause before start", prepared, PauseMeeting("pa9", AT), "not started"),
    ("end before start", prepared, EndMeeting(AT), "not started"),
    ("floor before start", prepared, GiveFloor("t9", AT, participant_id="p1"), "not started"),
    ("resume unpaused", prepared, ResumeMeeting(AT, "r9"), "not paused"),
    ("end turn, nobody", prepared, EndTurn(AT), "Nobody has the floor"),
    ("start on unknown item", prepared, StartMeeting(AT, "r9", "nope"), "no agenda item"),
    # editing parts
    ("duplicate participant", prepared, Create.of("participants", Participant("p1", "X")), "already used"),
    ("duplicate item", prepared, Create("items", _item(id="i1")), "already used"),
    ("empty id", prepared, Create("items", _item(id="")), "already used"),
    ("blank name", prepared, Create("participants", {"id": "p9", "name": "  "}), "Invalid value"),
    ("missing title", prepared, Create("items", {"id": "i9"}), "Invalid value"),
    ("negative minutes", prepared, Create("items", _item(planned_minutes=-5)), "Invalid value"),
    ("bad enum", prepared, Create("items", _item(kind="chat")), "Invalid value"),
    ("note on unknown item", prepared, Create.of("notes", Note("n9", "i9", AT, "x")), "no agenda item"),
    ("note by unknown speaker", prepared, Create.of("notes", Note("n9", "i1", AT, "x", "ghost")), "no participant"),
    ("create a turn", prepared, Create("turns", {"id": "t9"}), "cannot be edited"),
    ("create in no list", prepared, Create("nothing", {"id": "x"}), "cannot be edited"),
    ("create at bad index", prepared, Create("items", _item(), index="2"), "cannot be applied"),  # type: ignore[arg-type]
    ("update unknown id", prepared, Update("items", "i9", {"title": "x"}), "There is no"),
    ("update unknown field", prepared, Update("items", "i1", {"colour": "red"}), "Unknown field"),
    ("update the id", prepared, Update("items", "i1", {"id": "i7"}), "id cannot be changed"),
    ("update to blank", prepared, Update("items", "i1", {"title": ""}), "Invalid value"),
    ("update wrong type", prepared, Update("items", "i1", {"planned_minutes": "ten"}), "Invalid value"),
    ("update bad ref", prepared, Update("participants", "p1", {"role": "boss"}), "Invalid value"),
    ("update runs", prepared, Update("runs", "r1", {}), "cannot be edited"),
    ("remove unknown", prepared, Remove("notes", "n9"), "There is no"),
    ("remove a pause", prepared, Remove("pauses", "pa1"), "cannot be edited"),
    ("move unknown", prepared, Move("items", "i9", 0), "There is no"),
    ("move a run", prepared, Move("runs", "r1", 0), "cannot be edited"),
    ("limit zero", prepared, SetTurnLimit(0), "positive"),
    ("limit negative", prepared, SetTurnLimit(-30), "positive"),
    ("ask, unknown person", prepared, RequestFloor("a9", "ghost", AT), "no participant"),
    ("withdraw unknown", prepared, WithdrawRequest("a9"), "There is no"),
    ("skip unknown", prepared, SkipItem("i9", AT, "r9"), "no agenda item"),
    # running
    ("start twice", running, StartMeeting(AT, "r9"), "already started"),
    ("step to current", running, StepTo("i1", AT, "r9"), "already the current"),
    ("step to unknown", running, StepTo("i9", AT, "r9"), "no agenda item"),
    ("step back in time", running, StepTo("i2", T0 + 34 * MIN, "r9"), "before the last"),
    ("step, run id reused", running, StepTo("i2", AT, "run-1"), "already used"),
    ("pause back in time", running, PauseMeeting("pa9", T0 + 34 * MIN), "before the last"),
    ("end turn back in time", running, EndTurn(T0 + 34 * MIN), "before the last"),
    ("end back in time", running, EndMeeting(T0 + 20 * MIN), "before the last"),
    ("floor back in time", running, GiveFloor("t9", T0 + 34 * MIN), "before the last"),
    ("floor, turn id reused", running, GiveFloor("turn-1", AT), "already used"),
    ("floor, unknown request", running, GiveFloor("t9", AT, entry_id="a9"), "There is no"),
    ("floor, unknown person", running, GiveFloor("t9", AT, participant_id="ghost"), "no participant"),
    ("floor, empty queue", quiet, GiveFloor("t9", AT + 10 * MIN), "Nobody is waiting"),
    ("after a closed turn", quiet, GiveFloor("t9", T0 + 42 * MIN, participant_id="p1"), "before the last"),
    ("step before closed turn", quiet, StepTo("i2", T0 + 42 * MIN, "r9"), "before the last"),
    ("ask twice", running, RequestFloor("a9", "p4", AT), "already in the queue"),
    ("ask, entry id reused", running, RequestFloor("ask-1", "p5", AT), "already used"),
    ("remove the live item", running, Remove("items", "i1"), "current item"),
    ("remove discussed item", ended, Remove("items", "i1"), "already been discussed"),
    ("remove a speaker", running, Remove("participants", "p3"), "has spoken"),
    ("skip the skipped", resumed, SkipItem("i2", AT, "r9"), "already skipped"),
    ("skip live, back in time", running, SkipItem("i1", T0 + 34 * MIN, "r9"), "before the last"),
    ("pause, id reused", resumed, PauseMeeting("pause-1", T0 + 58 * MIN), "already used"),
    ("step back before resume", resumed, StepTo("i3", T0 + 52 * MIN, "r9"), "before the last"),
    # paused
    ("pause twice", paused, PauseMeeting("pa9", T0 + 55 * MIN), "already paused"),
    ("floor while paused", paused, GiveFloor("t9", T0 + 55 * MIN, participant_id="p1"), "paused"),
    ("remove the item chosen in a pause", paused_on_i3, Remove("items", "i3"), "current item"),
    ("resume back in time", paused, ResumeMeeting(T0 + 45 * MIN, "r9"), "before the last"),
    ("resume, run id reused", paused, ResumeMeeting(T0 + 55 * MIN, "run-1"), "already used"),
    # ended
    ("step after end", ended, StepTo("i2", T0 + 70 * MIN, "r9"), "has ended"),
    ("pause after end", ended, PauseMeeting("pa9", T0 + 70 * MIN), "has ended"),
    ("end twice", ended, EndMeeting(T0 + 70 * MIN), "has ended"),
    ("floor after end", ended, GiveFloor("t9", T0 + 70 * MIN, participant_id="p1"), "has ended"),
    # a patch that fails half-way is rolled back entirely
    ("half a patch", running, Patch((Put("notes", Note("n8", "i1", AT, "x")), Delete("notes", "n9"))), "cannot be applied"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("setup", "command", "message"),
    [c[1:] for c in CASES],
    ids=[c[0] for c in CASES],
)
def test_refused_and_nothing_changed(
    setup: Callable[[], LiveMeeting], command: Command, message: str
) -> None:
    live = setup()
    before = live.meeting.to_data()
    steps = [(s.label, list(s.ops)) for s in live.history.undo_steps]
    redo = len(live.history.redo_steps)
    rec = Recorder(live)

    with pytest.raises(CommandError) as info:
        live.apply(command)

    assert message in str(info.value)
    assert live.meeting.to_data() == before
    assert [(s.label, list(s.ops)) for s in live.history.undo_steps] == steps
    assert len(live.history.redo_steps) == redo
    assert rec.changes == []  # windows are not told about a change that did not happen


def test_error_keeps_template_and_params_for_translation() -> None:
    live = running()
    with pytest.raises(CommandError) as info:
        live.apply(RequestFloor("a9", "p4", AT))
    err = info.value
    assert err.template == "{name} is already in the queue."
    assert err.params == {"name": "Karim Benali"}
    assert str(err) == "Karim Benali is already in the queue."


def test_same_person_may_ask_for_a_direct_reply_while_queued() -> None:
    """Only an identical request is refused: a queued person can still raise a point of order."""
    live = running()
    live.apply(RequestFloor("a9", "p4", AT, TurnKind.POINT_OF_ORDER))
    assert [e.kind for e in live.meeting.queue.values()] == [
        TurnKind.NORMAL,
        TurnKind.POINT_OF_ORDER,
    ]


def test_refusal_then_success_records_one_step(clock: FakeClock) -> None:
    live = prepared()
    with pytest.raises(CommandError):
        live.apply(Create("items", {"id": "i1", "title": "dup"}))
    live.apply(Create.of("items", AgendaItem("i9", "Nouveau")))
    assert len(live.history.undo_steps) == 1
    assert live.history.undo_label == "Add"
