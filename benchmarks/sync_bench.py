"""Several devices on one meeting: ``python benchmarks/sync_bench.py [--quick] [--json]``.

Three processes on this machine each time (one of them this one, the observing device):

- a change visible on another device: a device writes notes; this process, another device, times
  when each reaches its door (CLOCK_MONOTONIC is one clock for every process of the machine),
  through the LAN host and through ``facilitation relay``; baseline: the same frames between two
  bare websocket clients through a bare broadcast server;
- joining the large meeting (benchmarks/generate.py) from a host; baseline: loading its file;
- rebuild and replay after an entry lands early in the log of the large meeting; baseline: a
  replay of the whole log from its start (no checkpoints);
- a cold replay of the recorded large meeting's ~5,000 commands in a shared log: a fresh device
  opens, checks the signature and role of, and applies every entry (what joining or reopening
  costs); baseline: the same commands applied to a LiveMeeting, no log;
- memory of a device holding the large meeting against a process holding it as one machine does
  (LiveMeeting and its Session).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import QUICK, Size, large_meeting, recorded_meeting
from benchmarks.report import Measurement, machine, median, p95, table
from facilitation.models import Change, Create, LiveMeeting, Note, StartMeeting, Topic
from facilitation.storage.fileformat import load_meeting, save_meeting
from facilitation.sync import MeetingKey, Replica, SyncedMeeting
from facilitation.sync.entries import Card
from facilitation.sync.roles import Role

PEER = Path(__file__).with_name("sync_peer.py")


class Peer:
    def __init__(self) -> None:
        self.p = subprocess.Popen(
            [sys.executable, str(PEER)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        assert json.loads(self._line()) == {"hello": True}

    def _line(self) -> str:
        assert self.p.stdout is not None
        line = self.p.stdout.readline()
        if not line:
            raise RuntimeError("a benchmark peer ended")
        return line

    def ask(self, **req: Any) -> Any:
        assert self.p.stdin is not None
        self.p.stdin.write(json.dumps(req) + "\n")
        self.p.stdin.flush()
        return json.loads(self._line())

    def stop(self) -> None:
        assert self.p.stdin is not None
        self.p.stdin.close()
        try:
            self.p.wait(10)
        except subprocess.TimeoutExpired:
            self.p.kill()


def _observe(url: str, invitation: str, folder: Path, writer: Peer, n: int) -> list[float]:
    """Join as a device, let ``writer`` write ``n`` notes, return each one's delay in ms."""
    me = SyncedMeeting.join(url, invitation, folder)
    try:
        end = time.monotonic() + 30
        while not me.arrived and time.monotonic() < end:
            me.pump(0.01)
        seen: dict[str, float] = {}

        def arrived(change: Change) -> None:
            for i in change.ids(Topic.NOTES):
                seen.setdefault(i, time.monotonic())

        me.live.subscribe(arrived)
        assert writer.p.stdin is not None
        writer.p.stdin.write(json.dumps({"op": "write", "n": n, "gap": 0.02}) + "\n")
        writer.p.stdin.flush()
        # the writer answers once done; meanwhile this device pumps, as its window would
        import selectors

        sel = selectors.DefaultSelector()
        assert writer.p.stdout is not None
        sel.register(writer.p.stdout, selectors.EVENT_READ)
        written: list[list[Any]] | None = None
        end = time.monotonic() + 120
        while time.monotonic() < end:
            me.pump(0.001)
            if written is None and sel.select(0):
                written = json.loads(writer.p.stdout.readline())
            if written is not None and all(w[0] in seen for w in written):
                break
        sel.close()
        assert written is not None
        return [(seen[w[0]] - w[1]) * 1000 for w in written if w[0] in seen]
    finally:
        me.close()


def _bare(n: int, size: int) -> list[float]:
    """The same number of frames of the same size between two bare websocket clients."""
    from websockets.sync.client import connect

    server, writer = Peer(), Peer()
    try:
        url = server.ask(op="bare_server")["url"]
        with connect(url, compression=None) as ws:
            assert writer.p.stdin is not None
            writer.p.stdin.write(
                json.dumps({"op": "bare_write", "url": url, "n": n, "gap": 0.02, "size": size})
                + "\n"
            )
            writer.p.stdin.flush()
            delays = []
            for _ in range(n):
                msg = ws.recv(timeout=30)
                t = time.monotonic()
                _, sent = json.loads(msg)
                delays.append((t - sent) * 1000)
        writer._line()
        return delays
    finally:
        writer.stop()
        server.stop()


def latency(tmp: Path, file: Path, n: int, results: list[Measurement]) -> None:
    bare = _bare(n, 276)
    # through the LAN host: host, writing device, this device
    host, writer = Peer(), Peer()
    try:
        shared = host.ask(op="share", file=str(file), folder=str(tmp / "lan-host"), relay=None)
        writer.ask(op="join", folder=str(tmp / "lan-w"), **shared)
        lan = _observe(shared["url"], shared["invitation"], tmp / "lan-o", writer, n)
    finally:
        writer.stop()
        host.stop()
    # through the relay: the relay, the sharing device writing, this device
    relay = subprocess.Popen(
        [sys.executable, "-m", "facilitation", "relay", "--port", "0", "--data", str(tmp / "r")],
        stdout=subprocess.PIPE,
        text=True,
    )
    writer = Peer()
    try:
        assert relay.stdout is not None
        found = re.search(r"(ws://\S+)", relay.stdout.readline())
        assert found is not None
        shared = writer.ask(op="share", file=str(file), folder=str(tmp / "rel-w"), relay=found[1])
        via = _observe(shared["url"], shared["invitation"], tmp / "rel-o", writer, n)
    finally:
        writer.stop()
        relay.terminate()
        relay.wait(10)
    for key, label, xs, target in (
        ("sync_lan", "change seen on another device, LAN host", lan, 50.0),
        ("sync_relay", "change seen on another device, relay", via, 100.0),
    ):
        for stat, f, tgt in (("median", median, None), ("p95", p95, target)):
            results.append(
                Measurement(
                    f"{key}_{stat}",
                    f"{label} ({stat})",
                    "ms",
                    "value",
                    tgt,
                    ours=f(xs),
                    baseline=f(bare),
                    note=f"{len(xs)} notes; baseline: bare websocket clients",
                )
            )


def join(tmp: Path, file: Path, results: list[Measurement], runs: int) -> None:
    host = Peer()
    times = []
    try:
        shared = host.ask(op="share", file=str(file), folder=str(tmp / "join-host"), relay=None)
        for i in range(runs):
            t = time.perf_counter()
            me = SyncedMeeting.join(shared["url"], shared["invitation"], tmp / f"join-{i}")
            while not me.arrived and time.perf_counter() - t < 30:
                me.pump(0.001)
            times.append(time.perf_counter() - t)
            me.close()
    finally:
        host.stop()
    loads = []
    for _ in range(runs):
        t = time.perf_counter()
        load_meeting(file)
        loads.append(time.perf_counter() - t)
    results.append(
        Measurement(
            "sync_join",
            "join the large meeting from a host (median)",
            "s",
            "value",
            1.0,
            ours=median(times),
            baseline=median(loads),
            note=f"{runs} joins; baseline: loading its file",
        )
    )


def rebuild(file: Path, results: list[Measurement], runs: int) -> None:
    meeting = load_meeting(file)
    item = meeting.live.current_item_id or next(iter(meeting.items))
    begun = meeting.live.started_at or meeting.created
    assert begun is not None, f"{file}: a meeting with neither a start nor a creation time"
    at = begun + timedelta(hours=5)
    timings, full = [], []
    for r in range(runs):
        key = MeetingKey.generate(meeting.id)
        a, b = Replica(key), Replica(key)
        a.create(meeting)
        a.grant(Card.of(b.identity), Role.COFACILITATOR)
        b.receive(a.doc.get_update())
        if meeting.live.started_at is None:
            a.apply(StartMeeting(at, f"run-{r}"))
        for i in range(200):
            a.apply(Create.of("notes", Note(f"a{r}-{i}", item, at, "note")))
        b.receive(a.doc.get_update(b.doc.get_state()))
        # b writes one note offline while a writes 50 more: one of them lands early
        b.apply(Create.of("notes", Note(f"b{r}", item, at, "hors ligne")))
        for i in range(50):
            a.apply(Create.of("notes", Note(f"a{r}-late-{i}", item, at, "note")))
        ua, ub = a.doc.get_update(b.doc.get_state()), b.doc.get_update(a.doc.get_state())
        for target, update in ((a, ub), (b, ua)):
            before = target.rebuilds
            t = time.perf_counter()
            target.receive(update)
            took = time.perf_counter() - t
            if target.rebuilds > before:
                timings.append(took * 1000)
                t = time.perf_counter()
                live = LiveMeeting(meeting.copy())
                for e in target.entries()[1:]:
                    if e.command is not None:
                        live.apply(e.command)
                full.append((time.perf_counter() - t) * 1000)
        a.close()
        b.close()
    results.append(
        Measurement(
            "sync_rebuild",
            "rebuild and replay after a late entry, large meeting (p95)",
            "ms",
            "value",
            100.0,
            ours=p95(timings),
            baseline=p95(full),
            note=f"{len(timings)} rebuilds; baseline: replay of the whole log from its start",
        )
    )


def cold_replay(quick: bool, results: list[Measurement], runs: int) -> None:
    _meeting, empty, commands = recorded_meeting(QUICK if quick else Size())
    key = MeetingKey.generate(empty.id)
    host = Replica(key)
    host.create(empty)
    for c in commands:
        host.apply(c)
    update = host.doc.get_update()
    times, plain = [], []
    for _ in range(runs):
        fresh = Replica(key)
        t = time.perf_counter()
        fresh.receive(update)
        times.append((time.perf_counter() - t) * 1000)
        assert fresh.live.meeting.notes.keys() == host.live.meeting.notes.keys()
        fresh.close()
        live = LiveMeeting(empty.copy())
        t = time.perf_counter()
        for c in commands:
            live.apply(c)
        plain.append((time.perf_counter() - t) * 1000)
    host.close()
    results.append(
        Measurement(
            "sync_cold_replay",
            f"cold replay of a shared log of {len(commands)} commands (open, check, apply)",
            "ms",
            "value",
            None,
            ours=median(times),
            baseline=median(plain),
            note=f"{runs} runs; baseline: the same commands through the door, no log",
        )
    )


def memory(tmp: Path, file: Path, results: list[Measurement]) -> None:
    host, device, single = Peer(), Peer(), Peer()
    try:
        shared = host.ask(op="share", file=str(file), folder=str(tmp / "mem-host"), relay=None)
        device.ask(op="join", folder=str(tmp / "mem-d"), **shared)
        ours = device.ask(op="rss")["rss"]
        single.ask(op="single", file=str(file), data=str(tmp / "mem-single"))
        base = single.ask(op="rss")["rss"]
    finally:
        for p in (single, device, host):
            p.stop()
    results.append(
        Measurement(
            "sync_memory",
            "memory of a device holding the large meeting",
            "MB",
            "ratio",
            1.3,
            ours=ours,
            baseline=base,
            note="baseline: the same meeting held by one machine (LiveMeeting and Session)",
        )
    )


def run(quick: bool) -> list[Measurement]:
    results: list[Measurement] = []
    with tempfile.TemporaryDirectory() as d:
        tmp = Path(d)
        file = tmp / "large.json"
        save_meeting(file, large_meeting(QUICK if quick else Size()))
        latency(tmp, file, 30 if quick else 300, results)
        join(tmp, file, results, 2 if quick else 10)
        rebuild(file, results, 2 if quick else 20)
        cold_replay(quick, results, 1 if quick else 3)
        memory(tmp, file, results)
    return results


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    ap.add_argument("--quick", action="store_true", help="a small meeting, few repetitions")
    ap.add_argument("--json", action="store_true", help="machine-readable output")
    ns = ap.parse_args(argv)
    results = run(ns.quick)
    info = machine()
    if ns.json:
        print(json.dumps({"machine": info, "results": [m.to_json() for m in results]}, indent=2))
    else:
        print(table(results, info))
    return 0


if __name__ == "__main__":
    sys.exit(main())
