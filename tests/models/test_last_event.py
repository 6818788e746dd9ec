"""The last recorded event, which the door checks every timed command against, kept by the edits.

``Meeting.last_event`` is kept up to date by ``put`` and ``delete`` rather than worked out from
every run, turn and pause on each command (a replay grew with the square of the meeting). These
tests take the edits that lower it (an undo, a removed interval) one by one; the undo machine in
``test_undo.py`` compares it with its recomputation after every random step.
"""

from __future__ import annotations

from datetime import timedelta

import pytest

from facilitation.models import (
    CommandError,
    EndTurn,
    FakeClock,
    GiveFloor,
    PauseMeeting,
    ResumeMeeting,
    StartMeeting,
    StepTo,
)
from tests.factories import make_live


def test_undoing_the_end_of_a_turn_brings_the_last_event_back(clock: FakeClock) -> None:
    live = make_live()
    live.apply(StartMeeting(clock.now(), "r1", "i1"))
    clock.advance(60)
    live.apply(GiveFloor("t1", clock.now(), participant_id="p3"))
    clock.advance(120)
    live.apply(EndTurn(clock.now()))
    ended = clock.now()
    assert live.meeting.last_event() == ended
    with pytest.raises(CommandError):  # before the end of that turn
        live.apply(GiveFloor("t2", ended - timedelta(seconds=30), participant_id="p4"))
    live.undo()  # the turn is open again: the last event is its start
    assert live.meeting.last_event() == ended - timedelta(seconds=120)
    live.apply(GiveFloor("t2", ended - timedelta(seconds=30), participant_id="p4"))
    assert live.meeting.last_event() == ended - timedelta(seconds=30)


def test_undoing_a_step_and_a_pause_lowers_it_to_what_is_left(clock: FakeClock) -> None:
    live = make_live()
    start = clock.now()
    live.apply(StartMeeting(start, "r1", "i1"))
    clock.advance(300)
    live.apply(StepTo("i2", clock.now(), "r2"))
    clock.advance(300)
    live.apply(PauseMeeting("pa1", clock.now()))
    clock.advance(600)
    live.apply(ResumeMeeting(clock.now(), "r3"))
    assert live.meeting.last_event() == start + timedelta(seconds=1200)
    live.undo()  # the pause is open again
    assert live.meeting.last_event() == start + timedelta(seconds=600)
    live.undo()  # no pause: the second run is open since 300 s
    assert live.meeting.last_event() == start + timedelta(seconds=300)
    live.undo()  # the first run is open again
    assert live.meeting.last_event() == start
    live.undo()  # not started
    assert live.meeting.last_event() is None
    live.redo()
    assert live.meeting.last_event() == start
    copy = live.meeting.copy()
    assert copy.last_event() == start
