"""A turn's start and end leave the queue panel where it is: the turn's bar and the idle hint share
one slot, and the speaker's line is as tall idle as with a name (at 100 % and 200 % text), so the
quick-add field, the queue and the settings under them do not move."""

from __future__ import annotations

import pytest

from PySide6.QtCore import QRect
from PySide6.QtWidgets import QApplication

from facilitation.models import EndTurn, GiveFloor, StartMeeting, new_id
from tests.ui.conftest import Facilitator
from tests.ui.laptop import LAPTOP, cut_texts, overlapping_siblings, place

from facilitation.ui.common.accessibility import apply_text_scale


def placed(f: Facilitator) -> dict[str, QRect]:
    for _ in range(4):
        QApplication.processEvents()
    q = f.window.queue
    return {
        "slot": q.turn_slot.geometry(),
        "quick add": q.quick_add.geometry(),
        "queue": q.view.geometry(),
        "order": q.mode_combo.geometry(),
    }


@pytest.mark.parametrize("scale", [1.0, 2.0])
def test_a_turn_s_start_and_end_move_nothing_under_the_speaker(
    facilitator: Facilitator, scale: float
) -> None:
    f = facilitator
    ctx, clock = f.ctx, f.clock
    ctx.apply(StartMeeting(clock.now(), new_id(), None), on_refused=pytest.fail)
    apply_text_scale(f.window, scale)
    place(f.window, LAPTOP)
    queue = f.window.queue
    idle = placed(f)
    assert queue.idle_hint.isVisibleTo(queue) and not queue.turn_bar.isVisibleTo(queue)
    clock.advance(5)
    ctx.apply(GiveFloor(new_id(), clock.now(), participant_id="anne"), on_refused=pytest.fail)
    speaking = placed(f)
    assert queue.turn_bar.isVisibleTo(queue) and not queue.idle_hint.isVisibleTo(queue)
    assert speaking == idle
    assert queue.turn_bar.geometry().height() == queue.turn_bar.sizeHint().height()
    assert overlapping_siblings(f.window) == []
    # the chart's "Not heard yet" line keeps all its lines (the chart gives way)
    assert cut_texts(f.window) == []
    clock.advance(5)
    ctx.apply(EndTurn(clock.now()), on_refused=pytest.fail)
    assert placed(f) == idle
    assert cut_texts(f.window) == []
