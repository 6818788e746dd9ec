"""Roles across processes and real sockets on 127.0.0.1: a viewer and a note-taker, modified to
write straight into the shared document with their real keys, change nothing outside their role on
any device; nor does writing as another device or granting oneself a role; a role changed live
applies from there on; a revoked device reads nothing written after, and the host closes its
connection."""

from __future__ import annotations

from pathlib import Path

from tests.sync.conftest import Proc, devices
from tests.sync.test_devices import assert_converged, settle_all


def test_roles_are_enforced_by_every_device_and_a_revoked_one_reads_nothing_after(
    procs: list[Proc], tmp_path: Path
) -> None:
    host, viewer, taker = devices(procs, 3)
    shared = host.ask(op="share", folder=str(tmp_path / "host"))
    host.ask(op="start")
    for d, role in ((viewer, "viewer"), (taker, "notetaker")):
        invitation = host.ask(op="invitation", role=role)["invitation"]
        d.send(op="join", url=shared["url"], invitation=invitation, folder=str(tmp_path / role))
        assert d.answer()["ready"]
    ids = {
        name: d.ask(op="whoami")
        for name, d in (("host", host), ("viewer", viewer), ("taker", taker))
    }
    assert ids["viewer"]["role"] == "viewer" and ids["taker"]["role"] == "notetaker"
    assert ids["host"]["role"] == "host"
    # what a note-taker may write goes through; the rest, forged past its door, does not
    assert taker.ask(op="note", id="t-ok")["confirmed"]
    viewer.ask(op="forge", what="note", id="v-forged")
    viewer.ask(op="forge", what="step", id="r-viewer")
    viewer.ask(op="forge", what="grant", id="")
    taker.ask(op="forge", what="step", id="r-taker")
    taker.ask(op="forge", what="note", id="t-as-host", **{"as": ids["host"]["id"]})
    states = settle_all([host, viewer, taker])
    assert_converged(states)
    for s in states:
        assert s["notes"] == ["t-ok"] and s["current"] == "i1"
        assert s["rejected"] >= 5  # each forgery, skipped on every device
    assert all(d.ask(op="whoami")["roles"][ids["viewer"]["id"]] == "viewer" for d in (host, taker))
    # the viewer becomes note-taker, live: from this point on its notes count everywhere
    host.ask(op="set_role", device=ids["viewer"]["id"], role="notetaker")
    states = settle_all([host, viewer, taker])
    assert viewer.ask(op="whoami")["role"] == "notetaker"
    assert viewer.ask(op="note", id="v-now")["confirmed"]
    assert_converged(settle_all([host, viewer, taker]))
    # the note-taker is revoked: the key is rotated, its connection closed
    host.ask(op="revoke", device=ids["taker"]["id"])
    assert host.ask(op="note", id="secret-after")["confirmed"]
    assert viewer.ask(op="note", id="v-after")["confirmed"]
    kept = settle_all([host, viewer])
    assert_converged(kept)
    assert {"secret-after", "v-after"} <= set(kept[0]["notes"])
    gone = taker.ask(op="settle", quiet=0.5)
    for _ in range(20):  # bounded: the closed connection is noticed within a pump or two
        if gone["connected"] is False:
            break
        gone = taker.ask(op="settle", quiet=0.5)
    assert "secret-after" not in gone["notes"] and "v-after" not in gone["notes"]
    assert gone["connected"] is False
    assert taker.ask(op="whoami")["role"] is None
