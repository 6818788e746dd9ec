"""Replicas in one process, exchanging Yjs updates by hand: convergence, rebuilds, the rules of the
concurrent cases, refusals, undo per device, hostile entries. (The same over real sockets and real
processes is in test_devices.py.)"""

from __future__ import annotations

import contextlib
import random
from datetime import timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.models import (
    Command,
    CommandError,
    Create,
    GiveFloor,
    Note,
    Remove,
    RequestFloor,
    StartMeeting,
    Update,
)
from facilitation.storage.fileformat import dumps_meeting
from facilitation.sync import MeetingKey, Replica
from facilitation.sync.entries import Card, encode_command
from facilitation.sync.roles import Role
from tests.factories import T0
from tests.sync.streams import Stream, replay_of, shared_start

AT = T0 + timedelta(minutes=30)


def exchange(*replicas: Replica) -> None:
    """Everyone gets everything (as a host relaying to all would give them)."""
    for a in replicas:
        for b in replicas:
            if a is not b:
                b.receive(a.doc.get_update(b.doc.get_state()))


def devices(n: int) -> list[Replica]:
    key = MeetingKey.generate("m-shared")
    host = Replica(key)
    host.create(shared_start())
    others = [Replica(key) for _ in range(n - 1)]
    for other in others:  # the host lets every other device do everything but grant
        host.grant(Card.of(other.identity), Role.COFACILITATOR)
    exchange(host, *others)
    return [host, *others]


def started(n: int) -> list[Replica]:
    reps = devices(n)
    reps[0].apply(StartMeeting(AT, "run-1"))
    exchange(*reps)
    return reps


def test_a_joining_device_gets_the_meeting_as_shared() -> None:
    _host, joined = devices(2)
    assert joined.ready
    assert dumps_meeting(joined.live.meeting) == dumps_meeting(shared_start())


@settings(max_examples=15, deadline=None)
@given(st.integers(0, 2**32), st.integers(2, 3))
def test_random_streams_with_random_exchanges_converge_to_the_replay(seed: int, n: int) -> None:
    reps = devices(n)
    rnd = random.Random(seed)
    streams = [Stream(f"d{i}", seed + i) for i in range(n)]
    for _ in range(60):
        i = rnd.randrange(n)
        with contextlib.suppress(CommandError):
            reps[i].apply(streams[i].next(reps[i].live.meeting))
        if rnd.random() < 0.3:  # a partial exchange: one pair only, one direction
            a, b = rnd.sample(reps, 2)
            b.receive(a.doc.get_update(b.doc.get_state()))
    exchange(*reps)
    saved = {dumps_meeting(r.live.meeting) for r in reps}
    assert len(saved) == 1
    assert saved == {replay_of(reps[0])}


def test_an_entry_landing_before_applied_ones_rebuilds_from_a_checkpoint() -> None:
    a, b = started(2)
    a.checkpoint_every = b.checkpoint_every = 8
    for n in range(40):
        a.apply(Create.of("notes", Note(f"a{n}", "i1", AT, f"a {n}")))
        b.apply(Create.of("notes", Note(f"b{n}", "i1", AT, f"b {n}")))
    before = (a.rebuilds, b.rebuilds)
    exchange(a, b)
    # one of the two blocks lands before the other in the merged order: that device rebuilt
    assert a.rebuilds + b.rebuilds > sum(before)
    assert dumps_meeting(a.live.meeting) == dumps_meeting(b.live.meeting) == replay_of(a)
    assert len(a.live.meeting.notes) == 80


def test_rule_two_devices_give_the_floor_at_once() -> None:
    """Both commands stay in the log; in its order the first answers the request, the second
    finds it gone and is refused on every device, and reported to its author only."""
    a, b = started(2)
    a.apply(RequestFloor("ask-1", "p3", AT))
    exchange(a, b)
    reported: dict[str, list[Command]] = {"a": [], "b": []}
    a.on_refused = lambda cmd, _err: reported["a"].append(cmd)
    b.on_refused = lambda cmd, _err: reported["b"].append(cmd)
    a.apply(GiveFloor("turn-a", AT + timedelta(seconds=5), entry_id="ask-1"))
    b.apply(GiveFloor("turn-b", AT + timedelta(seconds=6), entry_id="ask-1"))
    exchange(a, b)
    assert dumps_meeting(a.live.meeting) == dumps_meeting(b.live.meeting)
    turns = list(a.live.meeting.turns)
    assert len(turns) == 1 and turns[0] in ("turn-a", "turn-b")
    loser = "b" if turns[0] == "turn-a" else "a"
    assert [type(c).__name__ for c in reported[loser]] == ["GiveFloor"]
    assert reported["a" if loser == "b" else "b"] == []
    assert [e.key for e, _ in a.refused()] == [e.key for e, _ in b.refused()]


def test_rule_a_note_added_to_an_item_deleted_meanwhile() -> None:
    """Whatever the merged order, every device ends with the same meeting: the item is gone, the
    note with it; when the note lands after the deletion it is refused and its author told."""
    a, b = devices(2)
    refused: list[Command] = []
    b.on_refused = lambda cmd, _err: refused.append(cmd)
    a.apply(Remove("items", "i4"))
    b.apply(Create.of("notes", Note("n-late", "i4", AT, "sur le point 4")))
    exchange(a, b)
    for r in (a, b):
        assert "i4" not in r.live.meeting.items and "n-late" not in r.live.meeting.notes
    assert dumps_meeting(a.live.meeting) == dumps_meeting(b.live.meeting) == replay_of(a)
    note_first = next(e.key[0] for e in a.entries() if e.command is not None) == b.author
    assert refused == ([] if note_first else [refused[0]])
    if not note_first:
        assert isinstance(refused[0], Create)


def test_rule_two_edits_of_one_note() -> None:
    """The edit later in the log's order wins on every device; the other device's undo refuses
    rather than take the winner's text back."""
    a, b = started(2)
    a.apply(Create.of("notes", Note("n1", "i1", AT, "début")))
    exchange(a, b)
    a.apply(Update("notes", "n1", {"text": "version A"}))
    b.apply(Update("notes", "n1", {"text": "version B"}))
    exchange(a, b)
    texts = {r.live.meeting.notes["n1"].text for r in (a, b)}
    assert len(texts) == 1
    last = a.entries()[-1]
    winner, loser = (a, b) if last.author == a.author else (b, a)
    assert texts == {"version A" if winner is a else "version B"}
    with pytest.raises(CommandError):
        loser.undo()
    winner.undo()
    exchange(a, b)
    assert a.live.meeting.notes["n1"].text == b.live.meeting.notes["n1"].text
    assert a.live.meeting.notes["n1"].text == ("version B" if winner is a else "version A")


def test_undo_takes_back_this_devices_change_never_anothers() -> None:
    a, b = started(2)
    a.apply(Create.of("notes", Note("na", "i1", AT, "de A")))
    b.apply(Create.of("notes", Note("nb", "i1", AT, "de B")))
    exchange(a, b)
    assert b.undo() is not None
    exchange(a, b)
    for r in (a, b):
        assert list(r.live.meeting.notes) == ["na"]
    assert b.undo() is None  # b's one change is undone: the start was a's, not b's to take back
    assert a.undo() is not None
    exchange(a, b)
    for r in (a, b):
        assert list(r.live.meeting.notes) == [] and r.live.meeting.live.started_at is not None
    assert dumps_meeting(a.live.meeting) == dumps_meeting(b.live.meeting) == replay_of(a)


def test_a_device_with_nothing_to_undo_gets_none() -> None:
    a, b = started(2)
    assert not b.can_undo and b.undo() is None
    assert a.can_undo


def test_redo_takes_back_this_devices_last_undo_as_a_new_entry() -> None:
    a, b = started(2)
    a.apply(Create.of("notes", Note("na", "i1", AT, "de A")))
    b.apply(Create.of("notes", Note("nb", "i1", AT, "de B")))
    b.apply(Update("notes", "nb", {"text": "de B, corrigée"}))
    exchange(a, b)
    assert not a.can_redo and not b.can_redo and b.redo() is None
    assert b.undo() is not None and b.undo() is not None  # the edit, then the note
    exchange(a, b)
    assert list(a.live.meeting.notes) == ["na"]
    # a never undid anything: nothing to redo there, and b's undos are not a's to redo
    assert not a.can_redo and a.redo() is None
    assert b.can_redo
    entries = len(b.entries())
    assert b.redo() is not None  # the note comes back…
    assert len(b.entries()) == entries + 1  # …as a new entry
    exchange(a, b)
    for r in (a, b):
        assert r.live.meeting.notes["nb"].text == "de B"
    assert b.redo() is not None  # then the edit
    exchange(a, b)
    assert not b.can_redo and b.redo() is None
    for r in (a, b):
        assert r.live.meeting.notes["nb"].text == "de B, corrigée"
    # undo after redo takes the redone step back again, and redo brings it back once more
    assert b.undo() is not None
    exchange(a, b)
    assert a.live.meeting.notes["nb"].text == "de B"
    assert b.redo() is not None
    exchange(a, b)
    assert a.live.meeting.notes["nb"].text == "de B, corrigée"
    assert dumps_meeting(a.live.meeting) == dumps_meeting(b.live.meeting) == replay_of(a)


def test_a_new_change_empties_the_redo_side_and_another_devices_edit_blocks_a_redo() -> None:
    a, b = started(2)
    b.apply(Create.of("notes", Note("nb", "i1", AT, "de B")))
    assert b.undo() is not None and b.can_redo
    b.apply(Create.of("notes", Note("nb2", "i1", AT, "autre")))
    assert not b.can_redo and b.redo() is None
    b.apply(Update("notes", "nb2", {"text": "autre, corrigée"}))
    assert b.undo() is not None and b.can_redo
    exchange(a, b)
    a.apply(Update("notes", "nb2", {"text": "par A"}))
    exchange(a, b)
    with pytest.raises(CommandError, match="cannot be redone here"):
        b.redo()
    assert a.live.meeting.notes["nb2"].text == b.live.meeting.notes["nb2"].text == "par A"


def test_the_edit_menu_asked_during_the_change_sees_it() -> None:
    """A window refreshes its Undo and Redo entries from the change's listeners, while the door
    is still applying it: what it reads must already count that change."""
    (a,) = devices(1)
    seen: list[tuple[bool, bool]] = []
    a.live.subscribe(lambda _change: seen.append((a.can_undo, a.can_redo)))
    a.apply(Create.of("notes", Note("n", "i1", AT, "texte")))
    a.undo()
    a.redo()
    assert seen == [(True, False), (False, True), (True, False)]


def test_hostile_entries_are_skipped_reported_once_and_never_stop_the_replay() -> None:
    a, b = started(2)
    other = MeetingKey.generate("m-shared")
    foreign = MeetingKey.generate("m-other")
    a.apply(Create.of("notes", Note("n1", "i1", AT, "vraie")))
    genuine = a.log_array[-1]
    cmd = Create.of("notes", Note("evil", "i1", AT, "fausse"))
    with a.doc.transaction():
        a.log_array.append(other.seal(a.identity, 99, encode_command(cmd, None)))  # wrong key
        a.log_array.append(foreign.seal(a.identity, 98, encode_command(cmd, None)))  # foreign
        a.log_array.append(genuine)  # a replayed copy of a genuine entry
        a.log_array.append("garbage")
        a.log_array.append(genuine[:-10])  # truncated
    a.receive(b"")  # a refresh, as any remote update gives
    reported: list[str] = []
    b.on_rejected = lambda r: reported.append(r.reason)
    exchange(a, b)
    b.apply(Create.of("notes", Note("n2", "i1", AT, "après")))
    exchange(a, b)
    for r in (a, b):
        assert list(r.live.meeting.notes) == ["n1", "n2"]
    assert len(reported) == 5
    exchange(a, b)
    assert len(reported) == 5  # once each


def test_an_update_that_is_garbage_changes_nothing() -> None:
    a, b = started(2)
    before = dumps_meeting(b.live.meeting)
    for junk in (b"\x00", b"\xff" * 50, b"\x01\x02\x03", bytes(range(256)), b"x" * (9 << 20)):
        assert b.receive(junk) is False or dumps_meeting(b.live.meeting) == before
    assert dumps_meeting(b.live.meeting) == before
    a.apply(Create.of("notes", Note("n1", "i1", AT, "ok")))
    exchange(a, b)
    assert "n1" in b.live.meeting.notes


def test_remote_changes_reach_the_listeners_with_the_remote_initiator() -> None:
    from facilitation.sync import REMOTE

    a, b = started(2)
    seen: list[object] = []
    b.live.subscribe(lambda change: seen.append(change.initiator))
    a.apply(Create.of("notes", Note("n1", "i1", AT, "ok")))
    exchange(a, b)
    assert seen == [REMOTE]


def test_entries_a_peer_deletes_are_put_back_by_the_devices_that_hold_them() -> None:
    """This program never deletes from the log; a peer that knows the room can. Every device
    that held the lost entries appends them again, and all converge on the same meeting."""
    from pycrdt import Array, Doc

    a, b = started(2)
    for n in range(5):
        a.apply(Create.of("notes", Note(f"n{n}", "i1", AT, f"note {n}")))
    exchange(a, b)
    before = dumps_meeting(a.live.meeting)
    peer: Doc[Array[Any]] = Doc()
    peer.apply_update(a.doc.get_update())
    log = peer.get("log", type=Array)
    state = peer.get_state()
    with peer.transaction():
        del log[0]  # the starting state
        del log[2:4]  # two notes (after the grant and StartMeeting)
    b.receive(peer.get_update(state))
    exchange(a, b)
    assert dumps_meeting(a.live.meeting) == dumps_meeting(b.live.meeting) == replay_of(a)
    assert len(a.entries()) == len(b.entries()) == 8  # start, grant, StartMeeting, five notes
    # nothing lost; the notes put back come last
    assert sorted(a.live.meeting.notes) == [f"n{n}" for n in range(5)]
    assert before != dumps_meeting(a.live.meeting)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_the_edit_menu_kept_between_calls_is_the_one_read_afresh(seed: int) -> None:
    """Random changes, undos and redos on two devices with exchanges (and so rebuilds) between
    them: the undo and redo sides kept from call to call are those read from the whole log."""
    rnd = random.Random(seed)
    reps = started(2)
    streams = [Stream(f"d{i}", seed * 10 + i) for i in range(2)]
    for _ in range(120):
        i = rnd.randrange(2)
        r = reps[i]
        choice = rnd.random()
        with contextlib.suppress(CommandError):
            if choice < 0.2:
                r.undo()
            elif choice < 0.35:
                r.redo()
            else:
                r.apply(streams[i].next(r.live.meeting))
        if rnd.random() < 0.3:
            exchange(*reps)
        kept = r._steps()
        r._menu = None
        assert r._steps() == kept
    exchange(*reps)
    assert dumps_meeting(reps[0].live.meeting) == dumps_meeting(reps[1].live.meeting)
