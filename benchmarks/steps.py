"""The facilitator's everyday steps as commands: give the floor, next item, add a note, type.

Shared by the autosave and the window benchmarks so both time the same changes. Times come from a
:class:`FakeClock` set after the meeting's last recorded event (a command dated earlier is refused).
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta

from facilitation.models import (
    Command,
    Create,
    FakeClock,
    GiveFloor,
    Meeting,
    Note,
    StepTo,
    Update,
    new_id,
)


def last_event(meeting: Meeting) -> datetime:
    """The latest time recorded anywhere in the meeting."""
    stamps = [meeting.live.started_at] if meeting.live.started_at else []
    for _coll, part in meeting.iter_parts():
        for name in ("at", "start", "end", "requested_at"):
            value = getattr(part, name, None)
            if isinstance(value, datetime):
                stamps.append(value)
    if not stamps:
        raise ValueError("the meeting has not been held: there is nothing to step through")
    return max(stamps)


class Steps:
    """Builds the next command of each kind for ``meeting`` as it is now."""

    def __init__(self, meeting: Meeting) -> None:
        self.meeting = meeting
        self.clock = FakeClock(last_event(meeting) + timedelta(seconds=1))
        self._people = itertools.cycle(list(meeting.participants))
        self._typed: str | None = None

    def _at(self) -> datetime:
        self.clock.advance(1.5)
        return self.clock.now()

    def give_floor(self) -> Command:
        return GiveFloor(new_id(), self._at(), participant_id=next(self._people))

    def next_item(self) -> Command:
        ids = list(self.meeting.items)
        current = self.meeting.live.current_item_id
        nxt = ids[(ids.index(current) + 1) % len(ids)] if current in ids else ids[0]
        return StepTo(nxt, self._at(), new_id())

    def add_note(self) -> Command:
        m = self.meeting
        turn = m.current_turn
        item = m.live.current_item_id or next(iter(m.items))
        note = Note(
            new_id(),
            item,
            self._at(),
            "Proposition de revoir les horaires de la permanence d'accueil.",
            turn.participant_id if turn else None,
            "note-taker",
        )
        self._typed = note.id
        return Create.of("notes", note)

    def type_in_note(self) -> Command:
        """One keystroke's worth of edit to the last note added (merged into one undo step)."""
        if self._typed is None or self._typed not in self.meeting.notes:
            return self.add_note()
        text = self.meeting.notes[self._typed].text + " x"
        return Update("notes", self._typed, {"text": text})

    def kinds(self) -> dict[str, Callable[[], Command]]:
        return {
            "give the floor": self.give_floor,
            "next item": self.next_item,
            "add a note": self.add_note,
        }

    def mixed(self) -> Iterator[tuple[str, Command]]:
        """An endless, realistic mix: mostly typing, some notes, turns and items."""
        pattern = ["give the floor", "add a note", *["type"] * 6, "add a note", "next item"]
        makers = {**self.kinds(), "type": self.type_in_note}
        for kind in itertools.cycle(pattern):
            yield kind, makers[kind]()
