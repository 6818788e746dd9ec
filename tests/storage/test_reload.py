"""Taking the file's version: the patch from our meeting to theirs, through the door."""

from __future__ import annotations

import random

from facilitation.models import LiveMeeting, Meeting
from facilitation.storage.reload import patch_to
from tests.storage.scenario import build


def test_the_patch_makes_ours_theirs_in_order_and_undo_brings_ours_back() -> None:
    rng = random.Random(15)
    for seed in range(40):
        ours, theirs = build(seed, rng.randint(0, 60)), build(seed, rng.randint(0, 90))
        live = LiveMeeting(ours)
        before = ours.copy()
        patch = patch_to(live.meeting, theirs)
        assert patch is not None
        live.apply(patch)
        assert live.meeting == theirs, seed
        for name in ("notes", "items", "turns", "queue", "runs"):
            assert list(live.meeting.collection(name)) == list(theirs.collection(name)), seed
        live.undo()
        assert live.meeting == before, seed


def test_an_other_meeting_under_the_name_gives_no_patch() -> None:
    assert patch_to(build(1, 10), Meeting("another-one")) is None


def test_nothing_to_do_when_they_are_the_same() -> None:
    m = build(2, 30)
    patch = patch_to(m, m.copy())
    assert patch is not None and patch.ops == ()
