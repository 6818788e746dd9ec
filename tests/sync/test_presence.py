"""Who is here: devices in processes of their own join by link and by code, are seen online with
their name, role and clock offset; one killed is offline once the timeout has passed (the host's
clock is moved on, nothing sleeps). What goes on the wire is sealed."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from facilitation.models import SystemClock
from facilitation.sync.presence import HEARTBEAT, TIMEOUT, Presence
from facilitation.sync.sealing import MeetingKey
from tests.sync.conftest import Proc, devices


def _by_name(answer: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {d["name"]: d for d in answer["devices"]}


def test_devices_join_are_seen_and_a_killed_one_goes_offline_after_the_timeout(
    procs: list[Proc], tmp_path: Path
) -> None:
    host, notetaker, phone = devices(procs, 3, skews=(0.0, 3.7))
    shared = host.ask(op="share", folder=str(tmp_path / "host"), name="Portable de Samia")
    link = host.ask(op="invite", role="notetaker")["link"]
    code = host.ask(op="invite", role="viewer")["code"]
    assert notetaker.ask(
        op="join_invitation", text=link, folder=str(tmp_path / "n"), name="Portable de Jo"
    )["ready"]
    base = shared["url"].rsplit("/", 1)[0]
    assert phone.ask(
        op="join_invitation", text=code, folder=str(tmp_path / "p"), name="Téléphone", address=base
    )["ready"]

    seen = host.ask(op="wait_devices", online=["Portable de Jo", "Téléphone"])
    assert seen["ok"], seen
    who = _by_name(seen)
    assert who["Portable de Samia"]["self"] and who["Portable de Samia"]["role"] == "host"
    assert who["Portable de Jo"]["role"] == "notetaker" and who["Téléphone"]["role"] == "viewer"
    assert who["Portable de Jo"]["seen"] is not None
    # the note-taker's clock is 3.7 s fast: it says so, and the host shows it
    offset = who["Portable de Jo"]["offset"]
    assert offset is not None and abs(offset - 3.7) < 0.5
    # the note-taker sees the host, online
    from_notetaker = notetaker.ask(op="wait_devices", online=["Portable de Samia"])
    assert from_notetaker["ok"], from_notetaker
    changes = host.ask(op="devices")["changes"]
    assert changes >= 2  # on_devices_changed fired as each came in

    phone.kill()  # no goodbye of any kind
    host.ask(op="advance", seconds=TIMEOUT + 1)
    notetaker.ask(op="advance", seconds=TIMEOUT + 1)  # its heartbeat is due: it speaks
    after = host.ask(op="wait_devices", online=["Portable de Jo"])
    who = _by_name(after)
    assert who["Portable de Jo"]["online"] and not who["Téléphone"]["online"]
    assert who["Téléphone"]["seen"] is not None  # last seen: kept
    assert host.ask(op="devices")["changes"] > changes


def test_a_device_that_closes_is_offline_at_once(procs: list[Proc], tmp_path: Path) -> None:
    host, other = devices(procs, 2)
    host.ask(op="share", folder=str(tmp_path / "host"), name="Hôte")
    link = host.ask(op="invite", role="notetaker")["link"]
    other.ask(op="join_invitation", text=link, folder=str(tmp_path / "o"), name="Autre")
    assert host.ask(op="wait_devices", online=["Autre"])["ok"]
    other.ask(op="close")
    who: dict[str, dict[str, Any]] = {}
    for _ in range(200):  # bounded: the goodbye arrives within a few pumps
        who = _by_name(host.ask(op="devices"))
        if not who["Autre"]["online"]:
            break
    assert not who["Autre"]["online"]


def test_awareness_states_are_sealed_and_foreign_ones_ignored() -> None:
    key = MeetingKey.generate("m-1")
    clock = SystemClock()
    mine, theirs = Presence(key, 1, clock), Presence(key, 2, clock)
    message = mine.publish({"device": "d1", "name": "Portable de Samia", "role": "host"})
    assert b"Samia" not in message and b"host" not in message
    assert theirs.receive(message)
    assert [h.name for h, online in theirs.others()] == ["Portable de Samia"]
    assert not theirs.receive(message)  # the same state again: nothing new
    stranger = Presence(MeetingKey.generate("m-1"), 3, clock)
    assert not stranger.receive(message) and stranger.others() == []
    for garbage in (b"", b"\x01", b"\x01\xff\xff\xff", b"\x01\x05\x01\x07\x01\x01x"):
        assert not theirs.receive(garbage)


def test_through_a_relay_the_link_grants_its_role_once(procs: list[Proc], tmp_path: Path) -> None:
    from tests.sync.conftest import Relay

    relay = Relay(tmp_path / "relay")
    procs.append(relay)
    host, first, second = devices(procs, 3)
    host.ask(op="share", folder=str(tmp_path / "host"), relay=relay.url, name="Hôte")
    link = host.ask(op="invite", role="notetaker")["link"]
    assert "&k=" in link  # no host to ask: the key is in the link
    assert first.ask(op="join_invitation", text=link, folder=str(tmp_path / "a"), name="Jo")[
        "ready"
    ]
    # the same link again: the relay lets it in (it has the key), the host grants it nothing
    assert second.ask(
        op="join_invitation", text=link, folder=str(tmp_path / "b"), name="Bis", granted=False
    )["ready"]
    seen = host.ask(op="wait_devices", online=["Jo", "Bis"])
    assert seen["ok"], seen
    for _ in range(100):  # bounded: the grant follows the claim within a pump or two
        who = _by_name(host.ask(op="devices"))
        if who["Jo"]["role"] is not None:
            break
    assert who["Jo"]["role"] == "notetaker" and who["Bis"]["role"] is None


def test_a_host_renamed_is_seen_renamed_at_once_not_with_its_next_heartbeat(
    procs: list[Proc], tmp_path: Path
) -> None:
    host, notetaker = devices(procs, 2)
    host.ask(op="share", folder=str(tmp_path / "host"), name="Portable de Samia")
    link = host.ask(op="invite", role="notetaker")["link"]
    assert notetaker.ask(
        op="join_invitation", text=link, folder=str(tmp_path / "n"), name="Portable de Jo"
    )["ready"]
    assert notetaker.ask(op="wait_devices", online=["Portable de Samia"])["ok"]
    # no clock moves: the host's heartbeat is HEARTBEAT (15 s) away
    host.ask(op="rename", name="Portable de l'animation")
    seen = notetaker.ask(op="wait_devices", online=["Portable de l'animation"], within=5.0)
    assert seen["ok"], seen
    assert "Portable de Samia" not in _by_name(seen)
    assert HEARTBEAT > 5.0
