"""The Batch command: several commands, one undo step, all or nothing, and back from the journal."""

from __future__ import annotations

import pytest

from facilitation.models import (
    AgendaItem,
    Batch,
    CommandError,
    Create,
    LiveMeeting,
    Meeting,
    Topic,
    Update,
    command_from_data,
)


def batch() -> Batch:
    return Batch(
        (
            Create.of("items", AgendaItem("a", "Accueil")),
            Create.of("items", AgendaItem("b", "Budget")),
            Update("items", "a", {"planned_minutes": 10}),
        )
    )


def test_one_undo_step_with_its_label() -> None:
    live = LiveMeeting(Meeting("m"))
    change = live.apply(batch())
    assert change.ids(Topic.ITEMS) == {"a", "b"}
    assert live.history.undo_label == "Import"
    assert live.meeting.items["a"].planned_minutes == 10
    live.undo()
    assert live.meeting.items == {}
    live.redo()
    assert list(live.meeting.items) == ["a", "b"]
    assert len(live.history.undo_steps) == 1


def test_all_or_nothing() -> None:
    live = LiveMeeting(Meeting("m"))
    bad = Batch((Create.of("items", AgendaItem("a", "Accueil")), Update("items", "zz", {})))
    with pytest.raises(CommandError):
        live.apply(bad)
    assert live.meeting.items == {}
    assert not live.history.can_undo


def test_journal_round_trip() -> None:
    b = batch()
    data = b.to_data()
    assert data["type"] == "batch"
    assert command_from_data(data) == b
    nested = Batch((b, Create.of("items", AgendaItem("c", "Clôture"))))
    assert command_from_data(nested.to_data()) == nested
