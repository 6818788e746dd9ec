"""Where the time goes: cProfile of one benchmarked operation on the large meeting.

    python benchmarks/hotspots.py export          # export_minutes
    python benchmarks/hotspots.py save            # save_meeting
    python benchmarks/hotspots.py load            # load_meeting
    python benchmarks/hotspots.py tick            # Session.tick() over 70 busy seconds
    python benchmarks/hotspots.py steps           # the window's steps (20 of each kind)
    python benchmarks/hotspots.py startup         # importing and building the app (in-process)
    python benchmarks/hotspots.py save --sort tottime --top 40 --out save.prof
    python benchmarks/hotspots.py steps --scale 3  # on the meeting three times larger

Prints the top functions (cumulative time by default); ``--out`` also writes the raw profile for
``python -m pstats`` or snakeviz. cProfile slows Python-heavy code more than C code, so read the
shares, not the absolute times, and confirm a fix with ``benchmarks/run.py``.
"""

from __future__ import annotations

import argparse
import cProfile
import os
import pstats
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.generate import Size, large_meeting
from benchmarks.steps import Steps
from facilitation.models import FakeClock, LiveMeeting, Meeting


def _export(m: Meeting, tmp: Path) -> Callable[[], object]:
    from facilitation.export import export_minutes

    out = tmp / "minutes.docx"
    try:
        export_minutes(m, out)
        return lambda: export_minutes(m, out)
    except Exception:  # the French labels may be missing in a checkout: as the benchmark does
        return lambda: export_minutes(m, out, lang="en")


def _save(m: Meeting, tmp: Path) -> Callable[[], object]:
    from facilitation.storage.fileformat import save_meeting

    return lambda: save_meeting(tmp / "m.json", m)


def _load(m: Meeting, tmp: Path) -> Callable[[], object]:
    from facilitation.storage.fileformat import load_meeting, save_meeting

    save_meeting(tmp / "m.json", m)
    return lambda: load_meeting(tmp / "m.json")


def _tick(m: Meeting, tmp: Path) -> Callable[[], object]:
    from facilitation.storage.fileformat import save_meeting
    from facilitation.storage.session import Session

    live, clock = LiveMeeting(m), FakeClock()
    save_meeting(tmp / "m.json", m)
    session = Session.open(live, tmp / "m.json", clock, data_dir=tmp / "data")
    mixed = Steps(m).mixed()

    def busy_seconds() -> None:
        for _ in range(70):
            for _ in range(3):
                live.apply(next(mixed)[1])
            clock.advance(1.0)
            session.tick()

    return busy_seconds


def _steps(m: Meeting, tmp: Path) -> Callable[[], object]:
    from benchmarks import ui_steps
    from facilitation.storage.fileformat import save_meeting

    save_meeting(tmp / "m.json", m)
    return lambda: ui_steps.measure(tmp / "m.json", samples=20, warmup=0)


def _startup(m: Meeting, tmp: Path) -> Callable[[], object]:
    def start() -> None:
        from facilitation.cli import main

        main(["--demo", "--terminate-after-init"])

    return start


TARGETS = {
    "steps": _steps,
    "export": _export,
    "save": _save,
    "load": _load,
    "tick": _tick,
    "startup": _startup,
}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("what", choices=sorted(TARGETS))
    p.add_argument("--sort", default="cumulative", choices=("cumulative", "tottime"))
    p.add_argument("--top", type=int, default=30)
    p.add_argument("--repeat", type=int, default=3)
    p.add_argument("--out", type=Path, help="write the raw profile here")
    p.add_argument("--scale", type=int, default=1, help="the large meeting k times larger")
    ns = p.parse_args(argv)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory(prefix="facilitation-profile-") as name:
        tmp = Path(name)
        for xdg in ("DATA", "CONFIG", "STATE", "CACHE"):
            os.environ[f"XDG_{xdg}_HOME"] = str(tmp / xdg.lower())
        fn = TARGETS[ns.what](large_meeting(Size().scaled(ns.scale)), tmp)
        repeat = 1 if ns.what in ("startup", "tick", "steps") else ns.repeat
        if ns.what not in ("startup", "steps"):
            fn()  # warm: imports and caches are not what we look for
        prof = cProfile.Profile()
        prof.enable()
        for _ in range(repeat):
            fn()
        prof.disable()
    if ns.out:
        prof.dump_stats(str(ns.out))
    stats = pstats.Stats(prof)
    stats.strip_dirs().sort_stats(ns.sort).print_stats(ns.top)
    return 0


if __name__ == "__main__":
    sys.exit(main())
