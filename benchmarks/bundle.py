"""The bundle against the venv install: start-up time, peak memory and size on disk.

    python benchmarks/bundle.py --bundle build/bundle/dist/facilitation [--rounds 9] [--json]
    python benchmarks/bundle.py            (builds a bundle first, with packaging/build.py --no-deb)

Both starts are whole processes, ``--demo --terminate-after-init`` offscreen with private XDG folders
(benchmarks/procs.py), run alternately in the same run: the venv's is ``python -m facilitation`` from
this interpreter, with compiled bytecode as an installed app has (as in benchmarks/startup.py). The
sizes are the bundle folder, and what the venv install adds to a Python: the files of the app and of
the distributions it runs on (PySide6-Essentials, shiboken6, python-docx, lxml, platformdirs), with
the Python interpreter and its standard library not counted (a user of the venv has those already).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.procs import ChildFailed, RunFigures, private_env, run_measured
from benchmarks.report import Measurement, machine, median, table

ROOT = Path(__file__).resolve().parent.parent
ARGS = ["--demo", "--terminate-after-init"]
#: what ``pip install facilitation`` brings besides the app itself
RUNTIME = (
    "PySide6_Essentials",
    "shiboken6",
    "python-docx",
    "lxml",
    "platformdirs",
    "typing_extensions",
)


def folder_mb(path: Path) -> float:
    files = (p for p in path.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def venv_mb() -> float:
    total = sum(p.stat().st_size for p in (ROOT / "facilitation").rglob("*.py"))
    total += sum(p.stat().st_size for p in (ROOT / "resources").rglob("*") if p.is_file())
    for name in RUNTIME:
        dist = metadata.distribution(name)
        for f in dist.files or []:
            path = Path(str(dist.locate_file(f)))
            if path.is_file():
                total += path.stat().st_size
    return total / 1e6


def build(tmp: Path) -> Path:
    subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build.py"), "--no-deb", "--out", str(tmp)],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    return tmp / "dist" / "facilitation"


def _run(argv: list[str], tmp: Path, n: int) -> RunFigures:
    env = private_env(tmp / f"home{n}")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
    return run_measured(argv, env, ROOT)


def measure(bundle: Path, tmp: Path, rounds: int) -> list[Measurement]:
    exe = bundle / ("facilitation.exe" if sys.platform == "win32" else "facilitation")
    ours, base = [str(exe), *ARGS], [sys.executable, "-m", "facilitation", *ARGS]
    time_m = Measurement(
        "bundle_startup_time",
        "bundle start-up (--demo --terminate-after-init)",
        "s",
        "ratio",
        1.5,
        note="median ratio of alternated runs (bundle, venv install)",
    )
    mem_m = Measurement("bundle_startup_memory", "bundle start-up peak memory", "MB", "ratio", 1.5)
    size_m = Measurement(
        "bundle_size",
        "size on disk (bundle; venv: app and its distributions)",
        "MB",
        "ratio",
        None,
        note="the venv figure leaves out the Python the venv runs on",
    )
    size_m.ours, size_m.baseline = folder_mb(bundle), venv_mb()
    try:
        _run(ours, tmp, 0)  # warm the disk cache and the venv's bytecode cache
        _run(base, tmp, 0)
        ratios, t_ours, t_base, m_ours, m_base = [], [], [], [], []
        for i in range(1, rounds + 1):
            if i % 2:
                a, b = _run(ours, tmp, i), _run(base, tmp, i)
            else:
                b, a = _run(base, tmp, i), _run(ours, tmp, i)
            ratios.append(a.seconds / b.seconds)
            t_ours.append(a.seconds)
            t_base.append(b.seconds)
            m_ours.append(a.max_rss_mb)
            m_base.append(b.max_rss_mb)
    except (ChildFailed, OSError) as exc:
        time_m.error = mem_m.error = str(exc).splitlines()[0]
        return [time_m, mem_m, size_m]
    time_m.ours, time_m.baseline, time_m.ratio = median(t_ours), median(t_base), median(ratios)
    time_m.extra.update(runs_ours=t_ours, runs_baseline=t_base, ratios=ratios)
    mem_m.ours, mem_m.baseline = median(m_ours), median(m_base)
    mem_m.ratio = median([a / b for a, b in zip(m_ours, m_base, strict=True)])
    return [time_m, mem_m, size_m]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--bundle", type=Path, help="a built bundle folder (else one is built)")
    p.add_argument("--rounds", type=int, default=9)
    p.add_argument("--json", action="store_true")
    ns = p.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="facilitation-bundle-bench-") as name:
        tmp = Path(name)
        bundle = ns.bundle.resolve() if ns.bundle else build(tmp / "build")
        results = measure(bundle, tmp, ns.rounds)
    info = machine()
    if ns.json:
        print(json.dumps({"machine": info, "measurements": [m.to_json() for m in results]}))
    else:
        print(f"Bundle: {bundle}")
        print(table(results, info))
    return 0 if not any(m.error for m in results) else 1


if __name__ == "__main__":
    sys.exit(main())
