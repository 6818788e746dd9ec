"""With real (offscreen) Qt screens: the projector goes to the second screen, and once that screen is
unplugged, nothing comes back off-screen.

Qt's screens are fixed when the application starts, so each set-up runs in its own process with the
offscreen platform configured from a JSON file; the settings file is shared between the two runs, as
between two evenings.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]

LAPTOP: dict[str, int | str] = {"name": "1-laptop", "x": 0, "y": 0, "width": 1366, "height": 768}
PROJECTOR: dict[str, int | str] = {
    "name": "2-projector",
    "x": 1366,
    "y": 0,
    "width": 1280,
    "height": 720,
}

CHILD = r"""
import json, sys
from PySide6.QtCore import QRect, QSettings
from PySide6.QtWidgets import QApplication

app = QApplication([])
from facilitation.models import FakeClock, LiveMeeting
from facilitation.ui.core.context import AppContext
from facilitation.ui.app.windows import WindowManager
from tests.ui.scenes import build_meeting, populate

phase, settings_path = sys.argv[1], sys.argv[2]
clock = FakeClock()
ctx = AppContext(LiveMeeting(build_meeting()), clock, QSettings(settings_path, QSettings.Format.IniFormat))
populate(ctx, clock)
wm = WindowManager()
wm.bind(ctx)
out = {"primary": app.primaryScreen().name()}
projector = wm.show_projector()
notes = wm.show_note_taker()
app.processEvents()
if phase == "two":
    notes.resize(700, 500)
    notes.move(PROJECTOR_X + 200, 100)  # the note-taker dragged onto the projector's screen
    app.processEvents()
out["projector_full_screen"] = projector.isFullScreen()
out["projector_screen"] = projector.screen().name()
out["notes_screen"] = notes.screen().name()
def rect(r):
    return [r.x(), r.y(), r.width(), r.height()]
out["notes_frame"] = rect(notes.frameGeometry())
out["projector_frame"] = rect(projector.frameGeometry())
wm.close_others()
app.processEvents()
ctx.settings.sync()
print(json.dumps(out))
"""


def run(
    phase: str, screens: list[dict[str, int | str]], settings: Path, tmp: Path
) -> dict[str, Any]:
    config = tmp / f"screens-{phase}.json"
    config.write_text(
        json.dumps({"screens": [dict(s, logicalDpiX=96, logicalDpiY=96, dpr=1) for s in screens]}),
        encoding="utf-8",
    )
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={config}")
    code = CHILD.replace("PROJECTOR_X", str(PROJECTOR["x"]))
    done = subprocess.run(
        [sys.executable, "-c", code, phase, str(settings)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def inside(frame: list[int], screen: dict[str, int | str]) -> bool:
    x, y, w, h = frame
    sx, sy, sw, sh = (int(screen[k]) for k in ("x", "y", "width", "height"))
    return sx <= x and sy <= y and x + w <= sx + sw and y + h <= sy + sh


def test_projector_on_the_second_screen_then_unplugged(tmp_path: Path) -> None:
    settings = tmp_path / "settings.ini"
    two = run("two", [LAPTOP, PROJECTOR], settings, tmp_path)
    if two["primary"] != LAPTOP["name"]:
        pytest.skip("this Qt's offscreen platform chose another primary screen")
    assert two["projector_full_screen"] and two["projector_screen"] == PROJECTOR["name"]
    assert two["notes_screen"] == PROJECTOR["name"]

    one = run("one", [LAPTOP], settings, tmp_path)
    assert not one["projector_full_screen"]  # one screen: a normal window
    assert inside(one["notes_frame"], LAPTOP), one  # not left on the unplugged projector
    assert 700 <= one["notes_frame"][2] <= 720  # same size, only moved (frame borders aside)
    assert inside(one["projector_frame"], LAPTOP), one

    # plugged in again: the projector goes back to it, full screen
    again = run("again", [LAPTOP, PROJECTOR], settings, tmp_path)
    assert again["projector_full_screen"] and again["projector_screen"] == PROJECTOR["name"]
