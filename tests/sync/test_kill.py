"""SIGKILL in the middle of a meeting: of a device, of the host, of the relay. Nothing any of them
had confirmed is lost, and everyone converges once the killed process is started again."""

from __future__ import annotations

from pathlib import Path

from tests.sync.conftest import Device, Proc, Relay, devices
from tests.sync.test_devices import assert_converged, settle_all, start_meeting


def wait_notes(device: Device, count: int, limit: int = 400) -> list[str]:
    """Ask ``device`` what it sees until it holds ``count`` notes (bounded)."""
    seen: list[str] = []
    for _ in range(limit):
        seen = device.ask(op="status")["notes_seen"]
        if len(seen) >= count:
            break
    return seen


def test_a_killed_device_reopens_from_its_journal_and_catches_up(
    procs: list[Proc], tmp_path: Path
) -> None:
    (host, a, b), _ = start_meeting(devices(procs, 3), tmp_path)
    host.ask(op="run", seed=1, n=1, name="h")  # the meeting starts
    assert b.ask(op="note", id="b-confirmed")["confirmed"]
    b.send(op="run", seed=2, n=400, name="b", pause=0.01)
    wait_notes(host, 8)  # b is well into its stream
    b.kill()
    a.ask(op="note", id="a-while-b-is-dead")
    again = Device()
    procs.append(again)
    reopened = again.ask(op="reopen", folder=str(tmp_path / "d1"))
    assert reopened["ready"]
    assert "b-confirmed" in again.ask(op="status")["notes_seen"]  # from its own journal
    states = settle_all([host, a, again])
    assert_converged(states)
    assert {"b-confirmed", "a-while-b-is-dead"} <= set(states[0]["notes"])


def test_a_killed_host_loses_nothing_it_confirmed(procs: list[Proc], tmp_path: Path) -> None:
    (host, a), shared = start_meeting(devices(procs, 2), tmp_path)
    port = int(shared["url"].split(":")[2].split("/")[0])
    host.ask(op="run", seed=1, n=1, name="h")
    confirmed = [f"a-{i}" for i in range(10)]
    for note in confirmed:
        assert a.ask(op="note", id=note)["confirmed"]
    host.kill()
    # the device goes on alone meanwhile
    assert a.ask(op="note", id="a-alone", confirm=False)["waiting"] >= 1
    again = Device()
    procs.append(again)
    assert again.ask(op="reopen", folder=str(tmp_path / "host"))["ready"]
    assert set(confirmed) <= set(again.ask(op="status")["notes_seen"])
    again.ask(op="host", port=port)
    states = settle_all([again, a])
    assert_converged(states)
    assert {*confirmed, "a-alone"} <= set(states[0]["notes"])


def test_a_killed_relay_loses_nothing_it_passed_on(procs: list[Proc], tmp_path: Path) -> None:
    relay = Relay(tmp_path / "relay")
    procs.append(relay)
    (host, a), shared = start_meeting(devices(procs, 2), tmp_path, relay=relay.url)
    host.ask(op="run", seed=1, n=1, name="h")
    for i in range(5):
        assert a.ask(op="note", id=f"a-{i}")["confirmed"]
    relay.kill()
    again = Relay(tmp_path / "relay", port=relay.port)
    procs.append(again)
    # only the relay holds the meeting for a device that joins now: the others are away
    host.ask(op="offline")
    a.ask(op="offline")
    late = Device()
    procs.append(late)
    joined = late.ask(
        op="join",
        url=shared["url"],
        invitation=shared["invitation"],
        folder=str(tmp_path / "late"),
        granted=False,  # the host is away: the meeting comes, the grant later
    )
    assert joined["ready"]
    assert {f"a-{i}" for i in range(5)} <= set(late.ask(op="status")["notes_seen"])
    host.ask(op="online")
    a.ask(op="online")
    assert_converged(settle_all([host, a, late]))


def test_a_device_killed_offline_counts_its_waiting_changes_when_reopened(
    procs: list[Proc], tmp_path: Path
) -> None:
    """ "N waiting" comes from what the server confirmed, kept in the device's journal: a device
    killed offline and reopened (the relay down meanwhile) says the truth, then sends them."""
    relay = Relay(tmp_path / "relay")
    procs.append(relay)
    (host, a), _ = start_meeting(devices(procs, 2), tmp_path, relay=relay.url)
    host.ask(op="run", seed=1, n=1, name="h")
    for i in range(2):
        assert a.ask(op="note", id=f"a-sent-{i}")["confirmed"]
    a.ask(op="offline")
    for i in range(3):
        a.ask(op="note", id=f"a-off-{i}", confirm=False)
    assert a.ask(op="status")["waiting"] == 3
    a.kill()
    relay.kill()  # nobody can confirm anything when it comes back
    again = Device()
    procs.append(again)
    assert again.ask(op="reopen", folder=str(tmp_path / "d0"))["ready"]
    status = again.ask(op="status")
    assert not status["connected"] and status["waiting"] == 3
    # the relay back on its port: the three are sent, confirmed, and nothing waits any more
    procs.append(Relay(tmp_path / "relay", port=relay.port))
    states = settle_all([host, again])
    assert_converged(states)
    assert {f"a-off-{i}" for i in range(3)} <= set(states[0]["notes"])
    assert again.ask(op="status")["waiting"] == 0
