"""Roles, enforced by every replica: forged commands outside a role, entries written as another
device, grants not signed by the host, a role changed live, a device revoked (it reads nothing
written after), the first format refused, and convergence with roles. Modified clients write into
the Yjs document directly, with their device's real key. (The same across processes and sockets is
in test_roles_devices.py.)"""

from __future__ import annotations

import contextlib
import random
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from facilitation.models import (
    Batch,
    Command,
    CommandError,
    Create,
    Decision,
    GiveFloor,
    Note,
    Patch,
    Remove,
    RequestFloor,
    SkipItem,
    StartMeeting,
    StepTo,
    Update,
)
from facilitation.models.meeting import Delete, Set
from facilitation.storage.fileformat import dumps_meeting
from facilitation.sync import MeetingKey, Replica, SyncedMeeting, SyncError
from facilitation.sync.entries import Card, encode_command, encode_grant
from facilitation.sync.identity import DeviceIdentity
from facilitation.sync.roles import Role, may_write
from tests.factories import T0
from tests.sync.streams import Stream, replay_of, shared_start
from tests.sync.test_replica import exchange

AT = T0 + timedelta(minutes=30)


def note(nid: str, text: str = "une note") -> Create:
    return Create.of("notes", Note(nid, "i1", AT, text))


def meeting_with(*roles: Role) -> list[Replica]:
    """The host and one device per role, granted, with the meeting started."""
    key = MeetingKey.generate("m-shared")
    host = Replica(key)
    host.create(shared_start())
    others = [Replica(key) for _ in roles]
    for other, role in zip(others, roles, strict=True):
        host.grant(Card.of(other.identity), role)
    host.apply(StartMeeting(AT, "run-1"))
    exchange(host, *others)
    return [host, *others]


def forge(replica: Replica, command: Command, undoes: tuple[str, int] | None = None) -> None:
    """A modified client: the entry goes straight into the document, sealed and signed with the
    device's real key, past every check of its own door."""
    record = replica.current_key.seal(
        replica.identity, replica._take_seq(), encode_command(command, undoes)
    )
    with replica.doc.transaction():
        replica.log_array.append(record)


def everyone_has(replicas: list[Replica], notes: set[str]) -> None:
    saved = {dumps_meeting(r.live.meeting) for r in replicas}
    assert len(saved) == 1
    assert saved == {replay_of(replicas[0])}
    for r in replicas:
        assert set(r.live.meeting.notes) == notes


# -- the table ------------------------------------------------------------------------------------


def test_the_table_of_roles() -> None:
    decision = Create.of("decisions", Decision("d1", "i1", "oui", AT))
    marked = Batch((note("n1"), decision), "Add decision")
    live = [StepTo("i2", AT, "r2"), GiveFloor("t1", AT, entry_id="q1"), SkipItem("i3", AT, "r3")]
    undo_note = Patch((Delete("notes", "n1"),))
    undo_live = Patch((Set("live", None),))
    cmd: Command
    for cmd in (note("n1"), Update("notes", "n1", {"text": "x"}), Remove("notes", "n1"), marked):
        assert may_write(Role.NOTETAKER, cmd), cmd
    assert may_write(Role.NOTETAKER, undo_note)
    for cmd in (*live, Remove("items", "i1"), RequestFloor("q", "p1", AT), undo_live):
        assert not may_write(Role.NOTETAKER, cmd), cmd
        assert may_write(Role.COFACILITATOR, cmd) and may_write(Role.HOST, cmd)
    for cmd in (note("n1"), *live, marked, undo_note):
        assert not may_write(Role.VIEWER, cmd) and not may_write(None, cmd)
    assert not may_write(Role.NOTETAKER, Batch((note("n2"), StepTo("i2", AT, "r2")), ""))


# -- forged commands outside a role ---------------------------------------------------------------


def test_a_viewers_and_a_note_takers_forged_commands_are_ignored_by_every_replica() -> None:
    host, viewer, taker, cofac = meeting_with(Role.VIEWER, Role.NOTETAKER, Role.COFACILITATOR)
    everyone = [host, viewer, taker, cofac]
    rejected: dict[int, list[str]] = {i: [] for i in range(4)}
    for i, r in enumerate(everyone):
        r.on_rejected = lambda rej, i=i: rejected[i].append(rej.reason)
    # their own doors refuse at once
    with pytest.raises(CommandError):
        viewer.apply(note("v-door"))
    with pytest.raises(CommandError):
        taker.apply(StepTo("i2", AT + timedelta(minutes=1), "r-door"))
    # a modified client writes them anyway, with its real key
    forge(viewer, note("v-forged"))
    forge(viewer, StepTo("i2", AT + timedelta(minutes=1), "r-viewer"))
    forge(taker, StepTo("i3", AT + timedelta(minutes=2), "r-taker"))
    forge(taker, Remove("items", "i4"))
    forge(taker, Patch((Set("live", None),)))  # "an undo" that resets the live state
    taker.apply(note("t-ok"))  # what a note-taker may write goes through
    cofac.apply(note("c-ok"))
    for r in everyone:
        r.receive(b"")
    exchange(*everyone)
    everyone_has(everyone, {"t-ok", "c-ok"})
    for r in everyone:
        assert r.live.meeting.live.current_item_id == "i1" and "i4" in r.live.meeting.items
    for i in range(4):  # every replica skipped the same five, once each
        assert len([x for x in rejected[i] if "role" in x]) == 5, rejected[i]


def test_an_undo_of_another_devices_entry_is_ignored() -> None:
    host, taker, other = meeting_with(Role.NOTETAKER, Role.NOTETAKER)
    other.apply(note("n-other"))
    exchange(host, taker, other)
    forge(taker, Patch((Delete("notes", "n-other"),)), undoes=(other.author, 1))
    taker.receive(b"")
    exchange(host, taker, other)
    everyone_has([host, taker, other], {"n-other"})
    taker.apply(note("n-mine"))
    assert taker.undo() is not None  # its own, it may
    exchange(host, taker, other)
    everyone_has([host, taker, other], {"n-other"})


def test_writing_as_another_device_is_ignored() -> None:
    host, taker, cofac = meeting_with(Role.NOTETAKER, Role.COFACILITATOR)
    # the note-taker writes under the co-facilitator's id, signing with its own key
    record = taker.current_key.seal(taker.identity, 50, encode_command(StepTo("i2", AT, "x"), None))
    parts = record.split(".")
    parts[1] = cofac.author
    as_other = ".".join(parts)
    # and the same entry sealed for that id but signed by nobody's key of record
    with taker.doc.transaction():
        taker.log_array.append(as_other)
    taker.receive(b"")
    reasons: list[str] = []
    host.on_rejected = lambda r: reasons.append(r.reason)
    exchange(host, taker, cofac)
    everyone_has([host, taker, cofac], set())
    assert host.live.meeting.live.current_item_id == "i1"
    assert any("signature" in r or "seal" in r for r in reasons), reasons


def test_a_grant_not_signed_by_the_host_is_ignored() -> None:
    host, cofac, viewer = meeting_with(Role.COFACILITATOR, Role.VIEWER)
    # the co-facilitator grants the viewer everything: a grant written by the wrong device
    record = cofac.current_key.seal(
        cofac.identity,
        cofac._take_seq(),
        encode_grant(Card.of(viewer.identity), Role.COFACILITATOR, {}),
    )
    with cofac.doc.transaction():
        cofac.log_array.append(record)
    cofac.receive(b"")
    # and its own door refuses too
    with pytest.raises(SyncError):
        cofac.set_role(viewer.author, Role.NOTETAKER)
    exchange(host, cofac, viewer)
    for r in (host, cofac, viewer):
        assert r.role_of(viewer.author) is Role.VIEWER
    forge(viewer, note("v-forged"))
    viewer.receive(b"")
    exchange(host, cofac, viewer)
    everyone_has([host, cofac, viewer], set())


def test_a_role_changed_live_applies_from_that_point_of_the_log_on_every_device() -> None:
    host, device, watcher = meeting_with(Role.VIEWER, Role.VIEWER)
    changed: list[Role | None] = []
    device.on_roles_changed = lambda: changed.append(device.my_role)
    forge(device, note("before"))
    device.receive(b"")
    exchange(host, device, watcher)
    host.set_role(device.author, Role.NOTETAKER)
    exchange(host, device, watcher)
    assert changed == [Role.NOTETAKER]
    device.apply(note("after"))
    exchange(host, device, watcher)
    everyone_has([host, device, watcher], {"after"})
    host.set_role(device.author, Role.VIEWER)
    exchange(host, device, watcher)
    forge(device, note("later"))
    device.receive(b"")
    exchange(host, device, watcher)
    everyone_has([host, device, watcher], {"after"})
    assert all(r.role_of(device.author) is Role.VIEWER for r in (host, device, watcher))


def test_entries_written_before_the_grant_in_the_logs_order_stay_refused_after_a_rebuild() -> None:
    """A note written (offline) before the device's grant lands, in the merged order, before
    it: refused on every device, whatever order each saw things in."""
    key = MeetingKey.generate("m-shared")
    host = Replica(key)
    host.create(shared_start())
    late = Replica(key)
    exchange(host, late)
    forge(late, note("too-early"))
    late.receive(b"")
    host.grant(Card.of(late.identity), Role.NOTETAKER)
    exchange(host, late)
    exchange(host, late)
    assert dumps_meeting(host.live.meeting) == dumps_meeting(late.live.meeting)
    order = [e.kind for e in host.entries()]
    expected = set() if order.index("grant") > order.index("command") else {"too-early"}
    assert set(host.live.meeting.notes) == expected


# -- revoking -------------------------------------------------------------------------------------


def test_a_revoked_device_reads_nothing_written_after_and_its_writes_are_ignored() -> None:
    host, taker, projector = meeting_with(Role.NOTETAKER, Role.VIEWER)
    taker.apply(note("before"))
    exchange(host, taker, projector)
    host.revoke(taker.author)
    host.apply(note("host-after", "secret après"))
    exchange(host, taker, projector)
    projector_note = "host-after"
    assert projector_note in projector.live.meeting.notes
    assert taker.my_role is None
    assert set(taker.live.meeting.notes) == {"before"}  # nothing written after it is readable
    # what it writes now (under the old key, with its real key) is refused by every device
    forge(taker, note("revoked-writes"))
    taker.receive(b"")
    exchange(host, taker, projector)
    assert set(host.live.meeting.notes) == set(projector.live.meeting.notes)
    assert "revoked-writes" not in host.live.meeting.notes
    assert host.current_key.epoch == projector.current_key.epoch == 1
    assert taker.current_key.epoch == 0
    # a device granted later reads every epoch
    newcomer = Replica(key_of(host))
    host.grant(Card.of(newcomer.identity), Role.VIEWER)
    exchange(host, newcomer)
    assert set(newcomer.live.meeting.notes) == set(host.live.meeting.notes)


def key_of(replica: Replica) -> MeetingKey:
    return replica.key


def test_only_the_host_grants_and_revokes() -> None:
    host, cofac = meeting_with(Role.COFACILITATOR)
    with pytest.raises(SyncError):
        cofac.revoke(host.author)
    with pytest.raises(SyncError):
        host.set_role(host.author, Role.VIEWER)
    with pytest.raises(SyncError):
        host.set_role("0123456789abcdef", Role.VIEWER)


# -- the first format -----------------------------------------------------------------------------


def test_a_meeting_shared_by_the_first_format_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    key = MeetingKey.generate("m-old")
    old = Replica(key)
    with old.doc.transaction():
        old.facts["format"] = "1"
        old.facts["meeting"] = "m-old"
        old.log_array.append("f1.0011223344556677.0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
    fresh = Replica(key)
    assert fresh.receive(old.doc.get_update()) is False
    assert any("another version (format 1)" in r.reason for r in fresh.rejected)
    assert not fresh.ready
    # a device folder of the first format (no device keys) is refused at reopen
    folder = tmp_path / "old"
    shared = SyncedMeeting.share(shared_start(), folder)
    shared.close()
    (folder / "identity.json").unlink()
    with pytest.raises(SyncError, match="older version, before roles"):
        SyncedMeeting.reopen(folder)


def test_the_device_keys_are_kept_private_and_read_back(tmp_path: Path) -> None:
    me = DeviceIdentity.create("Portable de l'accueil")
    me.save(tmp_path / "d")
    again = DeviceIdentity.load(tmp_path / "d")
    assert (again.device_id, again.public, again.name) == (me.device_id, me.public, me.name)
    assert (tmp_path / "d" / "identity.json").stat().st_mode & 0o777 == 0o600
    (tmp_path / "d" / "identity.json").write_text('{"version": 1, "name": 3}')
    with pytest.raises(SyncError, match="damaged"):
        DeviceIdentity.load(tmp_path / "d")


# -- convergence ----------------------------------------------------------------------------------


@settings(max_examples=10, deadline=None)
@given(st.integers(0, 2**32))
def test_random_streams_with_roles_and_forgeries_converge_to_the_replay(seed: int) -> None:
    rnd = random.Random(seed)
    roles = [rnd.choice(list(Role)[1:]) for _ in range(2)]
    reps = meeting_with(*roles)
    streams = [Stream(f"d{i}", seed + i) for i in range(len(reps))]
    for step in range(50):
        i = rnd.randrange(len(reps))
        cmd = streams[i].next(reps[i].live.meeting)
        if i and rnd.random() < 0.5:
            forge(reps[i], cmd)  # past its own door: every replica decides alike
            reps[i].receive(b"")
        else:
            with contextlib.suppress(CommandError):
                reps[i].apply(cmd)
        if step == 25:
            reps[0].set_role(reps[1].author, rnd.choice(list(Role)[1:]))
        if rnd.random() < 0.3:
            a, b = rnd.sample(reps, 2)
            b.receive(a.doc.get_update(b.doc.get_state()))
    exchange(*reps)
    saved = {dumps_meeting(r.live.meeting) for r in reps}
    assert len(saved) == 1
    assert saved == {replay_of(reps[0])}


def test_the_host_answers_a_hello_once_and_never_again_after_a_revocation(tmp_path: Path) -> None:
    """A ticket grants its role to the device whose hello carries it; reopened, the host does
    not grant again a device it has since changed or revoked."""
    host = SyncedMeeting.share(shared_start(), tmp_path / "host")
    try:
        text = host.invitation(Role.NOTETAKER)
        key = host.replica.key
        joined = Replica(key, host=host.replica.host_public, ticket=text.rsplit(".", 1)[1])

        def both_ways() -> None:  # as the network would, the host journaling what it gets
            update = joined.doc.get_update(host.replica.doc.get_state())
            host.replica.receive(update)
            host.store.append(update)
            joined.receive(host.replica.doc.get_update(joined.doc.get_state()))

        both_ways()  # the meeting arrives; the device says hello
        both_ways()
        host.pump()  # the host answers hellos once the replay is over
        both_ways()
        assert joined.my_role is Role.NOTETAKER
        host.revoke(joined.author)
        both_ways()
        assert joined.my_role is None
        # back under new keys with the same invitation: its ticket is no longer honoured
        ticket = text.rsplit(".", 1)[1]
        back = Replica(key, host=host.replica.host_public, ticket=ticket)
        back.receive(host.replica.doc.get_update())
        update = back.doc.get_update(host.replica.doc.get_state())
        host.replica.receive(update)
        host.store.append(update)
        host.pump()
        assert host.role_of(back.author) is None
        assert host.invitation(Role.NOTETAKER) != text  # a new invitation for the others
    finally:
        host.close()
    again = SyncedMeeting.reopen(tmp_path / "host")
    try:
        again.pump()
        assert again.role_of(joined.author) is None and again.role_of(back.author) is None
        assert again.my_role is Role.HOST and again.replica.current_key.epoch == 1
    finally:
        again.close()


def test_a_reopened_device_trusts_the_signatures_it_checked_and_only_those(tmp_path: Path) -> None:
    host = SyncedMeeting.share(shared_start(), tmp_path / "h")
    host.apply(StartMeeting(AT, "run-1"))
    for n in range(5):
        host.apply(note(f"n{n}"))
    other = Replica(host.replica.key)
    other.receive(host.replica.doc.get_update())
    forge(other, note("forged"))  # no role: refused, whatever the cache says
    update = other.doc.get_update(host.replica.doc.get_state())
    host.replica.receive(update)
    host.store.append(update)
    checked = set(host.replica.checked)
    host.close()
    path = tmp_path / "h" / "checked.bin"
    assert path.stat().st_mode & 0o777 == 0o600 and path.stat().st_size == 16 * len(checked)
    again = SyncedMeeting.reopen(tmp_path / "h")
    try:
        assert again.replica.checked == checked
        assert sorted(again.live.meeting.notes) == [f"n{n}" for n in range(5)]
    finally:
        again.close()
    # a digest in the file stands for its record only: a record changed since is checked anew
    path.write_bytes(b"\0" * 16 * 3)
    third = SyncedMeeting.reopen(tmp_path / "h")
    try:
        assert sorted(third.live.meeting.notes) == [f"n{n}" for n in range(5)]
        assert third.replica.checked >= checked
    finally:
        third.close()
