"""``facilitation relay``: a relay for meetings held apart, which stores only sealed updates.

    facilitation relay [--host ADDR] [--port N] [--data DIR]

It is the LAN host's server without a meeting of its own: it never has a key, keeps each room's
updates in DIR (so a restarted relay loses nothing it passed on), and speaks the y-websocket
protocol, so any y-websocket relay would do as well. It stops cleanly on SIGINT or SIGTERM.
"""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Sequence
from pathlib import Path

from facilitation.sync.errors import SyncError
from facilitation.sync.net import SyncServer


def relay_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="facilitation relay",
        description="Relay shared meetings between devices; it stores only sealed updates.",
    )
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    p.add_argument("--port", type=int, default=8765, help="port to listen on (default 8765)")
    p.add_argument("--data", type=Path, help="folder for the sealed updates (default: app data)")
    p.add_argument("--max-clients", type=int, default=256, help="connections at once (default 256)")
    return p


def run(argv: Sequence[str]) -> int:
    ns = relay_parser().parse_args(list(argv))
    data = ns.data
    if data is None:
        from facilitation.storage.paths import data_dir

        data = data_dir() / "relay"
    server = SyncServer(ns.host, ns.port, data, max_clients=ns.max_clients)
    try:
        url = server.start()
    except SyncError as exc:
        print(f"facilitation relay: {exc}", file=sys.stderr)
        return 2
    print(f"relaying on {url} (sealed updates in {data})", flush=True)
    done = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: done.set())
    done.wait()
    server.stop()
    return 0
