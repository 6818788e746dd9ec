"""Start-up time and peak memory: the app against a bare PySide6 window, run alternately.

Both are whole processes started the same way (``sys.executable``, offscreen, private XDG folders), so
the interpreter's own start and PySide6's import are in both figures: the ratio shows what the app adds
on top of the least any PySide6 window costs.
"""

from __future__ import annotations

import sys
from pathlib import Path

from benchmarks.procs import ChildFailed, RunFigures, private_env, run_measured
from benchmarks.report import Measurement, median

HERE = Path(__file__).resolve().parent
APP = ["-m", "facilitation", "--demo", "--terminate-after-init"]
BARE = [str(HERE / "bare_qt.py")]


def _run(args: list[str], tmp: Path, n: int) -> RunFigures:
    # a fresh home each run: no autosave slot or lock left by the previous run changes what starts
    env = private_env(tmp / f"home{n}")
    # start as an installed app does: with compiled bytecode. PYTHONDONTWRITEBYTECODE (set in some
    # shells and CI) would recompile our ~50 modules at every start while PySide6's come compiled
    # from pip; a private cache, filled by the warm-up run, keeps the checkout untouched
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    return run_measured([sys.executable, *args], env, HERE.parent)


def measure(tmp: Path, rounds: int) -> list[Measurement]:
    time_m = Measurement(
        "startup_time",
        "start-up (--demo --terminate-after-init)",
        "s",
        "ratio",
        1.5,
        note="median ratio of alternated runs (app, bare PySide6 window)",
    )
    mem_m = Measurement("startup_memory", "start-up peak memory (ru_maxrss)", "MB", "ratio", 1.3)
    try:
        # one untimed run of each first: the disk cache warm for both
        _run(APP, tmp, 0)
        _run(BARE, tmp, 0)
        ratios, ours, base, ours_mem, base_mem = [], [], [], [], []
        for i in range(1, rounds + 1):
            # alternate which goes first, so neither always follows the other
            if i % 2:
                a, b = _run(APP, tmp, i), _run(BARE, tmp, i)
            else:
                b, a = _run(BARE, tmp, i), _run(APP, tmp, i)
            ratios.append(a.seconds / b.seconds)
            ours.append(a.seconds)
            base.append(b.seconds)
            ours_mem.append(a.max_rss_mb)
            base_mem.append(b.max_rss_mb)
    except (ChildFailed, OSError) as exc:
        lines = [line for line in str(exc).splitlines() if line.strip()] or [repr(exc)]
        # the first line says which program failed, the last what went wrong in it
        time_m.error = mem_m.error = " … ".join(dict.fromkeys([lines[0], lines[-1]]))
        time_m.extra["detail"] = str(exc)
        return [time_m, mem_m]
    # the table shows the medians; the judged value is the median of the per-round ratios
    time_m.ours, time_m.baseline = median(ours), median(base)
    time_m.ratio = median(ratios)
    time_m.extra.update(runs_ours=ours, runs_baseline=base, ratios=ratios)
    mem_m.ours, mem_m.baseline = median(ours_mem), median(base_mem)
    mem_m.ratio = median([a / b for a, b in zip(ours_mem, base_mem, strict=True)])
    mem_m.extra.update(runs_ours=ours_mem, runs_baseline=base_mem)
    return [time_m, mem_m]
