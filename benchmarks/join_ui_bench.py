"""How long the window stops answering while it joins a meeting:
``python benchmarks/join_ui_bench.py [--quick] [--runs N]``.

A host in a process of its own (``sync_peer.py``, ``share_log``) holds the large meeting as its
recorded log (benchmarks/generate.py: the empty start, then its ~5,000 commands), so that a device
joining it replays them cold, checking every signature. This process joins it the way File → Join a
meeting… does (``WindowManager.join_meeting``, the address and the invitation), on Qt's event loop
(offscreen), with a 5 ms QTimer that notes when it fires. Figures, per join:

- ``stall``: the longest time between two ticks from the join's start until the windows of the
  role are being built (the event loop did not run: the window was frozen that long);
- ``windows``: the time the windows themselves take to build (the note-taker's window on 3,000
  notes; the same work whether the join blocks or not, reported apart);
- ``total``: from the start until the windows are open.

Wall-clock times on a shared machine: compare runs made one after the other (``--runs``), and the
checkouts by running this same script from each (``PYTHONPATH=<checkout>``).
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from benchmarks.report import median
from benchmarks.sync_bench import Peer


def one_join(url: str, invitation: str, home: Path) -> dict[str, float]:
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from facilitation.models import LiveMeeting, Meeting, SystemClock

    from facilitation.ui.app import joined as joined_module
    from facilitation.ui.app.windows import WindowManager
    from facilitation.ui.core.context import AppContext

    app = QApplication.instance() or QApplication([])
    settings = QSettings(str(home / "settings.ini"), QSettings.Format.IniFormat)
    windows = WindowManager()
    windows.settings = settings
    windows.bind(
        AppContext(LiveMeeting(Meeting("m-here")), SystemClock(), settings, windows=windows)
    )
    ticks: list[float] = []
    building: list[float] = []
    # when the windows start being built: the joined meeting's _open (the same in every version)
    original_open = joined_module.JoinedMeeting._open

    def timed_open(self: object) -> None:
        building.append(time.monotonic())
        original_open(self)  # type: ignore[arg-type]

    joined_module.JoinedMeeting._open = timed_open  # type: ignore[method-assign]
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    try:
        start = time.monotonic()
        ticks.append(start)
        problem = windows.join_meeting(url, invitation)
        assert problem is None, problem
        # the event loop as the app runs it (idle between events), left once the windows are open
        loop = QEventLoop()
        check = QTimer()
        check.setInterval(20)

        def done() -> None:
            joined = windows.joined[0] if windows.joined else None
            if (joined is not None and joined.ctx is not None) or time.monotonic() > start + 120:
                loop.quit()

        check.timeout.connect(done)
        check.start()
        loop.exec()
        check.stop()
        opened = time.monotonic()
        assert windows.joined and windows.joined[0].ctx is not None, "the meeting never opened"
        built = building[-1] if building else opened
        before = [t for t in ticks if t <= built] + [built]
        stall = max(b - a for a, b in itertools.pairwise(before))
        return {"stall": stall, "windows": opened - built, "total": opened - start}
    finally:
        timer.stop()
        joined_module.JoinedMeeting._open = original_open  # type: ignore[method-assign]
        windows.close_joined()
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="the small meeting (300 notes)")
    p.add_argument("--runs", type=int, default=3)
    ns = p.parse_args(argv)
    results: list[dict[str, float]] = []
    with tempfile.TemporaryDirectory() as tmp:
        os.environ["XDG_DATA_HOME"] = str(Path(tmp) / "data")
        host = Peer()
        try:
            shared = host.ask(op="share_log", folder=str(Path(tmp) / "host"), quick=ns.quick)
            for i in range(ns.runs):
                # the host's invitation() is a ticket for as many devices as come
                results.append(one_join(shared["url"], shared["invitation"], Path(tmp)))
                print(
                    f"join {i + 1}: stall {results[-1]['stall']:.3f} s, windows "
                    f"{results[-1]['windows']:.3f} s, total {results[-1]['total']:.3f} s",
                    flush=True,
                )
        finally:
            host.stop()
    print(
        f"{shared['commands']} commands; median of {ns.runs}: stall "
        f"{median([r['stall'] for r in results]):.3f} s, windows "
        f"{median([r['windows'] for r in results]):.3f} s, total "
        f"{median([r['total'] for r in results]):.3f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
