"""Random command streams for the sync tests: what a facilitator and note-takers might do at once.

Each device draws its next command from what *it* sees of the meeting, so most are accepted where
they are made; some are refused later, on replay, when another device's command landed first.
"""

from __future__ import annotations

import contextlib
import random
from datetime import datetime, timedelta

from facilitation.models import (
    Command,
    CommandError,
    Create,
    EndTurn,
    GiveFloor,
    LiveMeeting,
    Meeting,
    Note,
    Remove,
    RequestFloor,
    StartMeeting,
    StepTo,
    Update,
)
from facilitation.storage.fileformat import dumps_meeting
from facilitation.sync import Replica
from facilitation.sync.roles import Role, may_write
from tests.factories import T0, make_meeting


def shared_start() -> Meeting:
    """The meeting every test shares: four items, six people, not started."""
    return make_meeting(meeting_id="m-shared")


class Stream:
    """One device's commands: its own ids, its own clock (seconds after 18:30)."""

    def __init__(self, device: str, seed: int) -> None:
        self.device = device
        self.rnd = random.Random(seed)
        self.n = 0
        self.seconds = 0.0

    def _id(self, kind: str) -> str:
        self.n += 1
        return f"{self.device}-{kind}-{self.n}"

    def _at(self) -> datetime:
        self.seconds += self.rnd.uniform(0.5, 5)
        return T0 + timedelta(minutes=30, seconds=self.seconds)

    def next(self, m: Meeting) -> Command:
        r = self.rnd
        if m.live.started_at is None:
            return StartMeeting(self._at(), self._id("run"))
        notes = list(m.notes)
        choice = r.random()
        if choice < 0.35 or not notes:
            item = m.live.current_item_id or next(iter(m.items))
            return Create.of(
                "notes", Note(self._id("note"), item, self._at(), f"{self.device} {self.n}")
            )
        if choice < 0.55:
            return Update("notes", r.choice(notes), {"text": f"{self.device} edit {self.n}"})
        if choice < 0.62:
            return Remove("notes", r.choice(notes))
        if choice < 0.75:
            pid = r.choice(list(m.participants))
            return RequestFloor(self._id("ask"), pid, self._at())
        if choice < 0.85:
            return GiveFloor(self._id("turn"), self._at())
        if choice < 0.92:
            return EndTurn(self._at())
        return StepTo(r.choice(list(m.items)), self._at(), self._id("run"))


def replay_of(replica: Replica) -> bytes:
    """The meeting a fresh device would build from the converged log: the reference."""
    entries = replica.entries()
    base = entries[0].base
    assert base is not None
    live = LiveMeeting(base.copy())
    host = entries[0].author
    roles = {host: Role.HOST}
    for e in entries[1:]:
        if e.kind == "grant" and e.author == host and e.device is not None:
            if e.role is None:
                roles.pop(e.device.device_id, None)
            elif e.device.device_id != host:
                roles[e.device.device_id] = e.role
        if e.command is None or not may_write(roles.get(e.author), e.command):
            continue
        if e.undoes is not None and e.undoes[0] != e.author:  # only one's own undo
            continue
        with contextlib.suppress(CommandError):
            live.apply(e.command)
    return dumps_meeting(live.meeting)
