"""A device, a host or a bare websocket peer in a process of its own, for ``sync_bench.py``.

Reads one JSON request per line and answers one JSON line; pumps its meeting in between::

    {"op": "share", "file": F, "folder": D, "relay": URL or null}  share F (hosting it, or via URL)
    {"op": "share_log", "folder": D, "quick": Q}  host the large meeting as its recorded log (its
                                               empty start, then every command: what a joining
                                               device replays cold), on 127.0.0.1
    {"op": "join", "url": U, "invitation": I, "folder": D}
    {"op": "single", "file": F, "data": D}     the same meeting as one machine holds it (baseline)
    {"op": "write", "n": N, "gap": S}          N notes, S seconds apart: [[id, monotonic], ...]
    {"op": "rss"}                              resident memory now, MB
    {"op": "bare_server"}                      a bare websocket broadcast server (baseline)
    {"op": "bare_write", "url": U, "n": N, "gap": S, "size": B}
"""

from __future__ import annotations

import asyncio
import json
import sys
import threading
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from facilitation.models import Create, LiveMeeting, Note, SystemClock
from facilitation.storage.fileformat import load_meeting
from facilitation.sync import SyncedMeeting

state: dict[str, Any] = {}


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def pump(seconds: float) -> None:
    shared: SyncedMeeting | None = state.get("shared")
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if shared is not None:
            shared.pump(0.001)
        else:
            time.sleep(0.001)


def bare_server() -> str:
    """Every frame a client sends goes to every other client: the least a relay can do."""
    from websockets.asyncio.server import broadcast, serve

    clients: set[Any] = set()
    ready = threading.Event()
    where: dict[str, int] = {}

    async def handle(ws: Any) -> None:
        clients.add(ws)
        try:
            async for msg in ws:
                broadcast([c for c in clients if c is not ws], msg)
        finally:
            clients.discard(ws)

    async def main() -> None:
        async with serve(handle, "127.0.0.1", 0, compression=None) as server:
            where["port"] = next(iter(server.sockets)).getsockname()[1]
            ready.set()
            await asyncio.Future()

    threading.Thread(target=lambda: asyncio.run(main()), daemon=True).start()
    ready.wait(10)
    return f"ws://127.0.0.1:{where['port']}"


def handle(req: dict[str, Any]) -> Any:
    op = req["op"]
    clock = SystemClock()
    if op == "share":
        shared = SyncedMeeting.share(load_meeting(Path(req["file"])), Path(req["folder"]))
        state["shared"] = shared
        if req.get("relay"):
            shared.connect(req["relay"])
            url = req["relay"]
        else:
            url = shared.host("127.0.0.1", 0)
        return {"url": url, "invitation": shared.invitation()}
    if op == "share_log":
        from benchmarks.generate import QUICK, Size, recorded_meeting

        _meeting, empty, commands = recorded_meeting(QUICK if req.get("quick") else Size())
        shared = SyncedMeeting.share(empty, Path(req["folder"]))
        state["shared"] = shared
        for c in commands:
            shared.apply(c)
        url = shared.host("127.0.0.1", 0)
        return {"url": url, "invitation": shared.invitation(), "commands": len(commands)}
    if op == "join":
        shared = SyncedMeeting.join(req["url"], req["invitation"], Path(req["folder"]))
        state["shared"] = shared
        end = time.monotonic() + 30
        while not shared.arrived and time.monotonic() < end:
            shared.pump(0.01)
        return {"ready": shared.arrived}
    if op == "single":
        from facilitation.storage import Session

        live = LiveMeeting(load_meeting(Path(req["file"])))
        state["session"] = Session.open(live, None, clock, data_dir=Path(req["data"]))
        state["live"] = live
        return {"ready": True}
    if op == "write":
        shared = state["shared"]
        item = shared.live.meeting.live.current_item_id or next(iter(shared.live.meeting.items))
        out = []
        for i in range(req["n"]):
            pump(req["gap"])
            nid = f"bench-{time.monotonic_ns()}-{i}"
            at = shared.live.meeting.live.started_at or clock.now()
            note = Note(nid, item, at + timedelta(seconds=1), "une note de la taille habituelle")
            t = time.monotonic()
            shared.apply(Create.of("notes", note))
            out.append([nid, t])
        pump(0.2)
        return out
    if op == "rss":
        pump(0.5)
        return {"rss": rss_mb()}
    if op == "bare_server":
        return {"url": bare_server()}
    if op == "bare_write":
        from websockets.sync.client import connect

        out = []
        with connect(req["url"], compression=None) as ws:
            time.sleep(0.2)
            for i in range(req["n"]):
                time.sleep(req["gap"])
                t = time.monotonic()
                ws.send(json.dumps([i, t]).encode().ljust(req["size"], b" "))
                out.append([i, t])
        return out
    raise ValueError(op)


def main() -> None:
    lines: list[str] = []
    got = threading.Event()

    def read() -> None:
        for line in sys.stdin:
            lines.append(line)
            got.set()
        lines.append("")
        got.set()

    threading.Thread(target=read, daemon=True).start()
    print(json.dumps({"hello": True}), flush=True)
    while True:
        if not lines:
            got.clear()
            if not lines:
                pump(0.005)
            continue
        line = lines.pop(0)
        if not line:
            break
        print(json.dumps(handle(json.loads(line))), flush=True)
    shared = state.get("shared")
    if shared is not None:
        shared.close()


if __name__ == "__main__":
    main()
