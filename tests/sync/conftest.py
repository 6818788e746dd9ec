"""Real processes for the sync tests: devices (tests/sync/device.py), relays (``facilitation
relay`` and the Node y-websocket server), each answering within a bounded time."""

from __future__ import annotations

import contextlib
import json
import os
import re
import selectors
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
DEVICE = Path(__file__).with_name("device.py")
NODE_RELAY = ROOT / ".ci" / "relay-node" / "node_modules" / "y-websocket" / "bin" / "server.js"
#: no answer takes longer than this (a device waits at most 20 s for the network itself)
ANSWER_LIMIT = 30.0


class Proc:
    """A child process that answers one JSON line per request."""

    def __init__(self, args: list[str], env: dict[str, str] | None = None) -> None:
        self.args = args
        self.p = subprocess.Popen(
            args,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env={**os.environ, **(env or {})},
        )
        self._sel = selectors.DefaultSelector()
        assert self.p.stdout is not None
        self._sel.register(self.p.stdout, selectors.EVENT_READ)

    def line(self, limit: float = ANSWER_LIMIT) -> str:
        assert self.p.stdout is not None
        end = time.monotonic() + limit
        while time.monotonic() < end:
            if self._sel.select(timeout=max(0.0, end - time.monotonic())):
                text = self.p.stdout.readline()
                if not text:
                    raise AssertionError(f"{self.args[-1]} ended: {self.stderr()}")
                return text
        raise AssertionError(f"no answer from {self.args} in {limit} s")

    def send(self, **request: Any) -> None:
        assert self.p.stdin is not None
        self.p.stdin.write(json.dumps(request) + "\n")
        self.p.stdin.flush()

    def answer(self) -> dict[str, Any]:
        reply: dict[str, Any] = json.loads(self.line())
        if "error" in reply:
            raise AssertionError(f"device: {reply['error']}")
        return reply

    def ask(self, **request: Any) -> dict[str, Any]:
        self.send(**request)
        return self.answer()

    def stderr(self) -> str:
        if self.p.poll() is None:
            return ""
        assert self.p.stderr is not None
        return self.p.stderr.read()[-3000:]

    def kill(self) -> None:
        """kill -9: no clean-up of any kind."""
        if self.p.poll() is None:
            os.kill(self.p.pid, signal.SIGKILL)
        self.p.wait(10)

    def stop(self) -> None:
        if self.p.poll() is None:
            try:
                assert self.p.stdin is not None
                self.p.stdin.close()
                self.p.wait(5)
            except (OSError, subprocess.TimeoutExpired):
                self.kill()
        self._sel.close()
        for stream in (self.p.stdin, self.p.stdout, self.p.stderr):
            if stream is not None and not stream.closed:
                with contextlib.suppress(OSError):
                    stream.close()


class Device(Proc):
    def __init__(self, skew: float = 0.0, wait: bool = True) -> None:
        super().__init__([sys.executable, str(DEVICE), str(skew)])
        if wait:
            self.hello()

    def hello(self) -> Device:
        assert json.loads(self.line()) == {"hello": True}
        return self


def devices(procs: list[Proc], n: int, skews: tuple[float, ...] = ()) -> list[Device]:
    """``n`` devices started at once (each takes a second to import on a busy machine); their
    clocks are set wrong by ``skews`` seconds (the first ones), else right."""
    skews = skews + (0.0,) * (n - len(skews))
    started = [Device(skew, wait=False) for skew in skews]
    procs.extend(started)
    return [d.hello() for d in started]


class Relay(Proc):
    """``facilitation relay`` in a process of its own; ``url`` is where it listens."""

    def __init__(self, data: Path, port: int = 0) -> None:
        super().__init__(
            [
                sys.executable,
                "-m",
                "facilitation",
                "relay",
                "--port",
                str(port),
                "--data",
                str(data),
            ]
        )
        found = re.search(r"relaying on (ws://\S+)", self.line())
        assert found, "the relay did not say where it listens"
        self.url = found.group(1)
        self.port = int(self.url.rsplit(":", 1)[1])

    def stop(self) -> None:
        if self.p.poll() is None:
            self.p.send_signal(signal.SIGTERM)
            try:
                self.p.wait(5)
            except subprocess.TimeoutExpired:
                self.kill()
        super().stop()


class NodeRelay(Proc):
    """The Node y-websocket server (``bin/server.js``), unmodified."""

    def __init__(self, port: int) -> None:
        node = shutil.which("node")
        assert node is not None
        super().__init__([node, str(NODE_RELAY)], env={"HOST": "127.0.0.1", "PORT": str(port)})
        assert "running" in self.line(20)
        self.url = f"ws://127.0.0.1:{port}"

    def stop(self) -> None:
        if self.p.poll() is None:
            self.p.terminate()
            try:
                self.p.wait(5)
            except subprocess.TimeoutExpired:
                self.kill()
        super().stop()


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@pytest.fixture
def procs() -> Iterator[list[Proc]]:
    """Every process a test starts goes in here, and is ended after it, whatever happened."""
    started: list[Proc] = []
    yield started
    for proc in started:
        proc.stop()


def node_relay_missing() -> str | None:
    """Why the Node relay cannot run here, or None. In CI its absence is a failure."""
    if shutil.which("node") is None:
        return "node is not installed"
    if not NODE_RELAY.exists():
        return f"{NODE_RELAY} is missing (npm ci --prefix .ci/relay-node)"
    return None
