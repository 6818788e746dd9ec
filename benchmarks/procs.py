"""Child processes for the start-up benchmark: wall time and peak memory of one run, and a private env.

Peak memory comes from ``os.wait4``, which hands back the resource usage of exactly the child waited
for (``ru_maxrss``, in KiB on Linux) — the same figure ``/usr/bin/time -v`` prints.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path


class ChildFailed(RuntimeError):
    """A benchmarked program did not exit cleanly; the message holds the end of its stderr."""


@dataclass(frozen=True)
class RunFigures:
    seconds: float
    max_rss_mb: float


def private_env(root: Path) -> dict[str, str]:
    """The environment for a child: no display, and data/config folders of its own under ``root``."""
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env.setdefault("QT_QUICK_BACKEND", "software")
    for name in ("DATA", "CONFIG", "STATE", "CACHE"):
        folder = root / name.lower()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        env[f"XDG_{name}_HOME"] = str(folder)
    env["XDG_RUNTIME_DIR"] = str(root / "runtime")
    (root / "runtime").mkdir(exist_ok=True, mode=0o700)
    return env


def run_measured(
    argv: list[str], env: dict[str, str], cwd: Path, timeout: float = 120
) -> RunFigures:
    """Run ``argv`` to its end; return its wall time and peak resident memory."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err)
        # a blocking wait is exact; a timer kills a child that hangs
        killer = threading.Timer(timeout, proc.kill)
        killer.start()
        try:
            _pid, status, usage = os.wait4(proc.pid, 0)
        finally:
            killer.cancel()
        seconds = time.perf_counter() - start
        # we reaped it ourselves: tell Popen, so it does not try again
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode != 0:
            err.seek(0)
            tail = err.read().decode(errors="replace")[-2000:]
            raise ChildFailed(f"{' '.join(argv)} exited with {proc.returncode}:\n{tail}")
    return RunFigures(seconds, usage.ru_maxrss / 1024)
