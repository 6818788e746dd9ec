"""Several devices, each a real process, over real sockets on 127.0.0.1: through the LAN host and
through relays (ours and the Node y-websocket server), with the network lost and back, clocks set
wrong, and processes killed with SIGKILL."""

from __future__ import annotations

import base64
import json
import os
import random
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.sync.conftest import (
    Device,
    NodeRelay,
    Proc,
    Relay,
    devices,
    free_port,
    node_relay_missing,
)
from tests.sync.streams import shared_start


def settle_all(devices: list[Device], rounds: int = 3) -> list[dict[str, Any]]:
    """Pump every device until quiet; again while they differ (bounded)."""
    states: list[dict[str, Any]] = []
    for _ in range(rounds):
        for d in devices:
            d.send(op="settle")
        states = [d.answer() for d in devices]
        if len({s["digest"] for s in states}) == 1:
            break
    return states


def assert_converged(states: list[dict[str, Any]]) -> None:
    digests = {s["digest"] for s in states}
    assert len(digests) == 1, "the devices' saved meetings differ"
    assert digests == {states[0]["replay"]}, "the meeting is not the replay of the log"
    assert all(s["waiting"] == 0 and s["connected"] for s in states)


def start_meeting(
    devs: list[Device], tmp: Path, relay: str | None = None
) -> tuple[list[Device], dict[str, Any]]:
    """The first device shares the meeting (hosting it, or through ``relay``); the others join."""
    host, *others = devs
    shared = host.ask(op="share", folder=str(tmp / "host"), relay=relay)
    for i, d in enumerate(others):
        d.send(
            op="join", url=shared["url"], invitation=shared["invitation"], folder=str(tmp / f"d{i}")
        )
    for d in others:
        assert d.answer()["ready"]
    return devs, shared


def run_streams(devices: list[Device], seed: int, n: int, drops: bool) -> None:
    """Every device applies its own random stream at once; with ``drops`` some lose the network
    for a while in the middle of it."""
    rnd = random.Random(seed)
    offline = [d for d in devices[1:] if drops and rnd.random() < 0.6]
    for i, d in enumerate(devices):
        d.send(op="run", seed=seed * 10 + i, n=n // 2, name=f"d{i}")
    for d in devices:
        d.answer()
    for d in offline:
        d.ask(op="offline")
    for i, d in enumerate(devices):
        d.send(op="run", seed=seed * 10 + i, n=n - n // 2, name=f"d{i}")
    for d in devices:
        d.answer()
    for d in offline:
        d.ask(op="online")


@settings(
    max_examples=3,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
    derandomize=bool(os.environ.get("CI")),
)
@given(seed=st.integers(0, 10**6), n=st.integers(2, 3))
def test_host_and_devices_converge_through_the_lan_host(
    procs: list[Proc], tmp_path_factory: pytest.TempPathFactory, seed: int, n: int
) -> None:
    tmp = tmp_path_factory.mktemp("lan")
    if not procs:  # the same processes serve every example: a fresh meeting each time
        devices(procs, 4)
    devs, _ = start_meeting(procs[: n + 1], tmp)  # type: ignore[arg-type]
    run_streams(devs, seed, 30, drops=True)
    assert_converged(settle_all(devs))
    for d in devs:
        d.ask(op="close")


def test_devices_converge_through_our_relay_and_it_stores_nothing_readable(
    procs: list[Proc], tmp_path: Path
) -> None:
    relay = Relay(tmp_path / "relay")
    procs.append(relay)
    devs, _ = start_meeting(devices(procs, 3), tmp_path, relay=relay.url)
    run_streams(devs, 7, 30, drops=True)
    states = settle_all(devs)
    assert_converged(states)
    files = [p for p in (tmp_path / "relay").rglob("*") if p.is_file()]
    raw = b"".join(p.read_bytes() for p in files)
    # the updates themselves, as the relay would hand them out (Yjs keeps strings as UTF-8)
    updates = b"".join(
        base64.b64decode(json.loads(line.split(b" ", 1)[1])["u"])
        for p in files
        if p.suffix == ".journal"
        for line in p.read_bytes().splitlines()
    )
    assert b"f2." in updates, "the relay did not store the meeting's log"
    for text in ("Anne Dubois", "Réunion de test", "Point 1", "d0 edit", "d1 edit", "d2 edit"):
        assert text.encode() not in updates and text.encode() not in raw
    assert any(p.stat().st_mode & 0o777 == 0o600 for p in (tmp_path / "relay").rglob("*.journal"))


def test_nothing_readable_of_the_meeting_in_the_url_or_what_the_relay_stores(
    procs: list[Proc], tmp_path: Path
) -> None:
    """The meeting's id, title, people and notes appear neither in the address every device
    connects to (the relay and the network see it) nor anywhere in the relay's folder, names of
    files included: the room and the document's facts are derived from the key."""
    relay = Relay(tmp_path / "relay")
    procs.append(relay)
    (host, device), _ = start_meeting(devices(procs, 2), tmp_path, relay=relay.url)
    host.ask(op="run", seed=3, n=1, name="h")
    assert device.ask(op="note", id="Permanence-du-mardi")["confirmed"]
    states = settle_all([host, device])
    assert_converged(states)
    meeting = shared_start()
    secrets = [
        meeting.id,
        meeting.details.title,
        *(p.name for p in meeting.participants.values()),
        *(i.title for i in meeting.items.values()),
        "Permanence-du-mardi",
    ]
    urls = [d.ask(op="status")["address"] for d in (host, device)]
    assert all(u and u.startswith(relay.url) for u in urls)
    stored = [p for p in (tmp_path / "relay").rglob("*")]
    raw = b"".join(p.read_bytes() for p in stored if p.is_file())
    # and the updates themselves, as the relay hands them out (the journal holds them in base64)
    raw += b"".join(
        base64.b64decode(json.loads(line.split(b" ", 1)[1])["u"])
        for p in stored
        if p.suffix == ".journal"
        for line in p.read_bytes().splitlines()
    )
    names = " ".join(str(p.relative_to(tmp_path / "relay")) for p in stored)
    assert b"f2." in raw
    for secret in secrets:
        assert secret, "the test meeting lacks something to look for"
        for url in urls:
            assert secret not in url, (secret, url)
        assert secret not in names, secret
        assert secret.encode() not in raw, secret


def test_the_same_meeting_through_the_node_y_websocket_relay(
    procs: list[Proc], tmp_path: Path
) -> None:
    missing = node_relay_missing()
    if missing is not None:
        if os.environ.get("CI"):
            pytest.fail(f"the Node relay must run in CI: {missing}")
        pytest.skip(missing)
    relay = NodeRelay(free_port())
    procs.append(relay)
    devs, _ = start_meeting(devices(procs, 3), tmp_path, relay=relay.url)
    run_streams(devs, 11, 30, drops=True)
    assert_converged(settle_all(devs))


def test_offline_work_is_kept_counted_and_merged_once(procs: list[Proc], tmp_path: Path) -> None:
    (host, device), _ = start_meeting(devices(procs, 2), tmp_path)
    device.ask(op="offline")
    waiting = [device.ask(op="note", id=f"off-{i}", confirm=False)["waiting"] for i in range(5)]
    assert waiting == [1, 2, 3, 4, 5]
    st = device.ask(op="status")
    assert st["offline"] and not st["connected"] and st["waiting"] == 5
    host_view = host.ask(op="status")
    assert not any(n.startswith("off-") for n in host_view["notes_seen"])
    device.ask(op="online")
    states = settle_all([host, device])
    assert_converged(states)
    assert [n for n in states[0]["notes"] if n.startswith("off-")] == [f"off-{i}" for i in range(5)]
