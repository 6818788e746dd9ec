"""Meetings shared on a LAN: announced only while shared (title and host name, nothing else),
listed by another zeroconf instance, found by a device that has only the code; and nothing of this
process listens before sharing or after it stops.

Multicast DNS needs a network of its own: the test runs tests/sync/lan.py in a new network
namespace holding only ``lo`` (root, ``unshare``), so no packet leaves this machine."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from facilitation.sync.discovery import SharedOnLan, _shared_of
from tests.sync.conftest import ROOT

LAN = Path(__file__).with_name("lan.py")


def _namespace_missing() -> str | None:
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        return "unshare or ip is not installed"
    if os.geteuid() != 0:
        return "making a network namespace needs root"
    probe = subprocess.run(["unshare", "--net", "true"], capture_output=True, timeout=10)
    if probe.returncode != 0:
        return f"this sandbox refuses network namespaces: {probe.stderr.decode()[-200:]}"
    return None


def test_a_shared_meeting_is_announced_found_and_joined_by_code_then_gone(tmp_path: Path) -> None:
    missing = _namespace_missing()
    if missing is not None:
        if os.environ.get("CI"):  # CI installs iproute2 and runs as root: this must run there
            pytest.fail(missing)
        pytest.skip(missing)
    script = (
        "ip link set lo up && ip link set lo multicast on && "
        f'exec "{sys.executable}" "{LAN}" "{tmp_path}"'
    )
    run = subprocess.run(
        ["unshare", "--net", "sh", "-c", script],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=ROOT,
    )
    assert run.returncode == 0, run.stderr[-3000:]
    out = json.loads(run.stdout.strip().splitlines()[-1])
    port = out["port"]
    assert out["before"] == []  # nothing listens before the meeting is shared
    assert f"tcp:{port}" in out["sharing"] and "udp:5353" in out["sharing"]
    assert out["found"] == [
        {
            "title": "Réunion de test",
            "host": "Portable de Samia",
            "address": "127.0.0.1",
            "port": port,
        }
    ]
    # renamed while announced (the meeting, the host's name): listed so within 5 s, not with
    # the next presence
    assert out["renamed"] == [
        {
            "title": "Réunion renommée",
            "host": "Portable renommé",
            "address": "127.0.0.1",
            "port": port,
        }
    ]
    assert out["joined_by_code"]
    assert out["after_stop"] == []  # the announcement went with the sharing
    assert out["stopped"] == []  # and nothing listens any more


class _Info:
    def __init__(self, props: dict[bytes, bytes], port: int = 8765) -> None:
        self.properties = props
        self.port = port

    def parsed_addresses(self) -> list[str]:
        return ["192.0.2.7"]


def test_only_our_announcements_are_listed() -> None:
    ours = _Info({b"v": b"1", b"title": "Assemblée".encode(), b"host": b"Samia"})
    assert _shared_of(ours) == SharedOnLan("Assemblée", "Samia", "192.0.2.7", 8765)
    assert _shared_of(ours).url == "ws://192.0.2.7:8765"  # type: ignore[union-attr]
    assert _shared_of(_Info({b"v": b"2"})) is None
    assert _shared_of(_Info({b"v": b"1"}, port=0)) is None
    assert _shared_of(None) is None


def test_nothing_of_a_meeting_listens_before_sharing_or_after_it_stops(tmp_path: Path) -> None:
    """The same check without a namespace of its own: this process's listening sockets, read
    from /proc, before sharing, while hosted, and after stop_hosting (no announcement here: that
    would reach the real network)."""
    from facilitation.sync import SyncedMeeting
    from facilitation.sync.roles import Role
    from tests.sync.lan import listening
    from tests.sync.streams import shared_start

    before = listening()
    shared = SyncedMeeting.share(shared_start(), tmp_path / "h")
    try:
        assert listening() == before
        shared.host("127.0.0.1", 0)
        assert shared.server is not None
        port = shared.server.port
        shared.invite(Role.VIEWER)
        assert sorted(set(listening()) - set(before)) == [f"tcp:{port}"]
        shared.stop_hosting()
        assert listening() == before
    finally:
        shared.close()
    assert listening() == before


def test_a_hosts_loopback_address_comes_last() -> None:
    class Both(_Info):
        def parsed_addresses(self) -> list[str]:
            return ["127.0.0.1", "192.0.2.7"]

    shared = _shared_of(Both({b"v": b"1", b"title": b"t", b"host": b"h"}))
    assert shared is not None and shared.address == "192.0.2.7"
