"""Runs :mod:`benchmarks.ui_steps` in a child process and turns its samples into measurements.

A child of its own keeps Qt out of the runner (whose other figures it would colour) and gives the
window a fresh, private set of XDG folders.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from benchmarks.procs import private_env
from benchmarks.report import Measurement, median, p95

HERE = Path(__file__).resolve().parent
KINDS = ("give the floor", "next item", "add a note")


def _key(kind: str) -> str:
    return "step_" + kind.replace(" ", "_").replace("the_", "").replace("a_", "")


def measure(meeting_file: Path, tmp: Path, samples: int) -> list[Measurement]:
    results = []
    for kind in KINDS:
        for stat in ("median", "p95"):
            results.append(
                Measurement(
                    f"{_key(kind)}_{stat}",
                    f"window step: {kind} ({stat})",
                    "ms",
                    "value",
                    16.0,
                    note="apply → processEvents() done, offscreen, the generated meeting loaded"
                    if stat == "median" and kind == KINDS[0]
                    else "",
                )
            )
    leak = Measurement(
        "qt_refs_lost_per_second",
        "PySide6: references to None lost per idle second",
        "refs",
        "value",
        0.0,
        note="PySide6 6.12.0 on Python 3.11 lost ~130 a second (the app aborted in minutes); "
        "pinned below 6.12 since e1fd452",
    )
    results.append(leak)
    argv = [sys.executable, str(HERE / "ui_steps.py"), str(meeting_file), "--samples", str(samples)]
    try:
        proc = subprocess.run(
            argv,
            env=private_env(tmp / "ui-home"),
            cwd=HERE.parent,
            capture_output=True,
            text=True,
            timeout=600,
        )
        data = json.loads(proc.stdout.strip().splitlines()[-1])
    except subprocess.TimeoutExpired:
        data = {"error": "ui_steps.py did not finish in 600 s"}
    except (ValueError, IndexError):
        data = {"error": f"ui_steps.py exited with {proc.returncode}: {proc.stderr.strip()[-500:]}"}
    if "error" in data:
        for m in results:
            m.error = str(data["error"]).splitlines()[0]
        results[0].extra["traceback"] = data.get("traceback", "")
        return results
    if "none_refs_lost_per_second" in data:
        leak.ours = data["none_refs_lost_per_second"][0]
        leak.extra["true_refs_lost_per_second"] = data["true_refs_lost_per_second"][0]
    else:
        leak.error = "the facilitator's window has no refresh_times() to drive its clocks"
    for m in results[:-1]:
        kind = next(k for k in KINDS if m.key.startswith(_key(k)))
        xs = data[kind]
        m.ours = median(xs) if m.key.endswith("median") else p95(xs)
        m.extra["samples"] = len(xs)
    return results
