"""Step latency in the facilitator's window, with the large meeting loaded (run in its own process).

    python benchmarks/ui_steps.py MEETING.json --samples 60

For each step (give the floor, next item, add a note): the command goes through the window's context
(``ctx.apply``, as a click does), then ``QApplication.processEvents()`` runs every event and repaint
it caused; the time from before the apply to the end of that is one sample. The initiator is another
window (``None``), so the facilitator's window refreshes in full, as when the note-taker adds a note.
Prints a JSON object: each step's samples in milliseconds, or ``{"error": ...}``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
import traceback
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from benchmarks.steps import Steps
from facilitation.models import LiveMeeting, Meeting


def _load(path: Path) -> Meeting:
    from facilitation.storage.fileformat import load_meeting

    return load_meeting(path)


def measure(path: Path, samples: int, warmup: int = 3) -> dict[str, list[float]]:
    from facilitation.ui.core.context import AppContext
    from facilitation.ui.core.heap import settle
    from facilitation.ui.facilitator.window import FacilitatorWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([])
    meeting = _load(path)
    steps = Steps(meeting)
    settings = QSettings(str(path.with_suffix(".ini")), QSettings.Format.IniFormat)
    ctx = AppContext(LiveMeeting(meeting), steps.clock, settings)
    window = FacilitatorWindow(ctx)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    window.repaint()
    settle()  # as the app does once its window is painted (ui/app/process.py collect_from_now)
    out: dict[str, list[float]] = {k: [] for k in steps.kinds()}
    for i in range(warmup + samples):
        for kind, make in steps.kinds().items():
            cmd = make()
            start = time.perf_counter()
            ctx.live.apply(cmd)  # a refusal raises: the benchmark's steps must all be accepted
            app.processEvents()
            if i >= warmup:
                out[kind].append((time.perf_counter() - start) * 1000)
    out.update(_idle_losses(app, window, steps))
    window.close()
    window.deleteLater()
    app.processEvents()
    return out


def _idle_losses(app: QApplication, window: object, steps: Steps) -> dict[str, list[float]]:
    """References to None and True lost per second of the window refreshing its clocks.

    PySide6 6.12.0 on Python 3.11 drops a reference to None on every call of a void method and to
    True on every emit; the app pins both (ui/core/qtcompat.py, called by AppContext) so they never reach
    zero. What is lost still tells whether the binding is sound (0). Idle seconds create no lasting
    objects, so the counts' fall is the leak alone (steps would add real references: new parts).
    """
    refresh = getattr(window, "refresh_times", None)
    if refresh is None:
        return {}
    seconds = 20
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(seconds):
        steps.clock.advance(1.0)
        refresh()
        app.processEvents()
    return {
        "none_refs_lost_per_second": [(none_before - sys.getrefcount(None)) / seconds],
        "true_refs_lost_per_second": [(true_before - sys.getrefcount(True)) / seconds],
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="step latency in the facilitator's window")
    p.add_argument("meeting", type=Path)
    p.add_argument("--samples", type=int, default=60)
    ns = p.parse_args(argv)
    try:
        result: dict[str, object] = dict(measure(ns.meeting, ns.samples))
    except Exception as exc:  # the runner shows why the figure is missing, and carries on
        result = {"error": f"{type(exc).__name__}: {exc}", "traceback": traceback.format_exc()}
    print(json.dumps(result), flush=True)
    # the figures are out: skip the interpreter's teardown (on an unpinned Python 3.11 the refcount
    # bug above would abort it there)
    os._exit(0)


if __name__ == "__main__":
    sys.exit(main())
