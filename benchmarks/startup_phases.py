"""Where start-up goes: instructions executed up to each phase, the app against the bare window.

    python benchmarks/startup_phases.py            # needs valgrind (about 20 s a phase)
    python benchmarks/startup_phases.py --whole    # the two whole processes only (about 30 s)

Wall time on a shared machine moves with the load; the number of instructions a process executes
does not (valgrind's cachegrind counts them, ``--cache-sim=no``). The app is started as the
benchmark starts it (``--demo --terminate-after-init``, offscreen, private folders, compiled
bytecode) and made to exit at the end of one phase; the difference between two phases is what that
phase costs. Read with docs/performance.md (finding 7).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.procs import private_env

ROOT = Path(__file__).resolve().parent.parent

#: (phase, what happens up to its end), in order
PHASES = (
    ("interpreter", "Python starts, nothing imported"),
    ("domain", "facilitation.cli, the domain, the storage (msgspec, platformdirs…)"),
    ("pyside", "import PySide6.QtWidgets"),
    ("qt namespace", "PySide6 creates the Python enums of Qt's namespace (Qt.AlignmentFlag…)"),
    ("ui modules", "the app's and the facilitator's window modules"),
    ("application", "QApplication, settings, language, the window manager"),
    ("meeting", "the demo copy found and loaded"),
    ("session", "the storage session opened (lock, autosave slot, snapshot)"),
    ("window", "the facilitator's window built and shown"),
    ("first paint", "exposed and painted (what --terminate-after-init waits for)"),
    ("exit", "windows closed, session closed, interpreter finalised"),
)

#: run in the child: stop the start-up at the end of phase $STOP
_PROBE = r"""
import os, sys
STOP = os.environ["STOP"]
def stop(name):
    if name == STOP:
        sys.stdout.flush(); os._exit(0)
stop("interpreter")
import argparse, gc
import facilitation.cli as cli
gc.disable()  # as cli.main does before the imports
cli._import_before_qt(argparse.Namespace(file=None, notes=None, demo=True, new=False, restore=None))
stop("domain")
import PySide6.QtWidgets
stop("pyside")
from PySide6.QtCore import Qt
stop("qt namespace")
from facilitation.ui.app import startup as su
import facilitation.ui.app.windows
import facilitation.ui.facilitator.window
stop("ui modules")
choose = su.Startup.choose_meeting
def choose_meeting(self):
    stop("application"); opened = choose(self); stop("meeting"); return opened
su.Startup.choose_meeting = choose_meeting
open_session = su.Startup.open_session
def session(self, *args):
    result = open_session(self, *args); stop("session"); return result
su.Startup.open_session = session
paint = su._paint
def painted(app, windows):
    stop("window"); paint(app, windows); stop("first paint")
su._paint = painted
cli.main(["--demo", "--terminate-after-init"], leave=True)  # as cli.entry does
"""

BARE = (
    ("interpreter", "-c", "pass"),
    ("pyside", "-c", "import PySide6.QtWidgets"),
    ("whole bare window", str(ROOT / "benchmarks" / "bare_qt.py")),
)


def instructions(args: list[str], env: dict[str, str]) -> int:
    """Instructions executed by ``python ARGS`` (after one untimed run: bytecode and demo copy)."""
    subprocess.run([sys.executable, *args], env=env, cwd=ROOT, capture_output=True, check=False)
    valgrind = [
        "valgrind",
        "--tool=cachegrind",
        "--cache-sim=no",
        "--cachegrind-out-file=/dev/null",
    ]
    done = subprocess.run(
        [*valgrind, sys.executable, *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    found = re.search(r"I\s+refs:\s+([\d,]+)", done.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no count for {args}:\n{done.stderr[-2000:]}")
    return int(found.group(1).replace(",", ""))


def main() -> int:
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is needed (apt install valgrind)")
    with tempfile.TemporaryDirectory(prefix="facilitation-phases-") as name:
        tmp = Path(name)
        env = private_env(tmp / "home")
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        env["PYTHONPYCACHEPREFIX"] = str(tmp / "pycache")
        env["PYTHONHASHSEED"] = "0"  # the same sets and dicts each run: the same count
        probe = tmp / "probe.py"
        probe.write_text(_PROBE, encoding="utf-8")
        if "--whole" in sys.argv[1:]:
            app = instructions(["-m", "facilitation", "--demo", "--terminate-after-init"], env)
            whole = instructions([str(ROOT / "benchmarks" / "bare_qt.py")], env)
            print(f"app (python -m facilitation --demo --terminate-after-init) {app / 1e6:8.1f} M")
            print(f"bare window (benchmarks/bare_qt.py)                       {whole / 1e6:8.1f} M")
            print(f"ratio ×{app / whole:.2f} (target ×1.5: {1.5 * whole / 1e6:.0f} M)")
            return 0
        bare = {label: instructions(list(args), env) for label, *args in BARE}
        print("bare window (millions of instructions, cumulative)")
        for label, count in bare.items():
            print(f"  {label:22s} {count / 1e6:8.1f}")
        print("\napp: --demo --terminate-after-init        cumulative    this phase")
        before = 0
        for phase, what in PHASES:
            env["STOP"] = phase
            count = instructions([str(probe)], env)
            print(f"  {phase:22s} {count / 1e6:14.1f} {(count - before) / 1e6:12.1f}   {what}")
            before = count
        whole = bare["whole bare window"]
        print(
            f"\nratio of the whole processes: ×{before / whole:.2f} (target ×1.5: {1.5 * whole / 1e6:.0f} M)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
