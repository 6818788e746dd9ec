"""The benchmark command runs end to end and reports every figure (no timing is asserted: these are
benchmarks, and a loaded CI machine must not fail them)."""

from __future__ import annotations

import importlib
import json
import math
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent

#: every figure the command must report, with the part of the app it needs
EXPECTED = {
    "startup_time": ("facilitation.ui.app.startup", "run"),
    "startup_memory": ("facilitation.ui.app.startup", "run"),
    "export_docx": ("facilitation.export", "export_minutes"),
    **{
        f"step_{kind}_{stat}": ("facilitation.ui.facilitator.window", "FacilitatorWindow")
        for kind in ("give_floor", "next_item", "add_note")
        for stat in ("median", "p95")
    },
    "qt_refs_lost_per_second": ("facilitation.ui.facilitator.window", "FacilitatorWindow"),
    "autosave_per_change": ("facilitation.storage.session", "Session"),
    "autosave_per_change_p95": ("facilitation.storage.session", "Session"),
    "autosave_tick_median": ("facilitation.storage.session", "Session"),
    "autosave_tick_max": ("facilitation.storage.session", "Session"),
    "full_save": ("facilitation.storage.fileformat", "save_meeting"),
    "load": ("facilitation.storage.fileformat", "load_meeting"),
    "library_scan_first": ("facilitation.storage.library", "Library"),
    "library_scan_again": ("facilitation.storage.library", "Library"),
    "journal_replay": ("facilitation.storage.journal", "open_journal"),
    "full_save_x3": ("facilitation.storage.fileformat", "save_meeting"),
    "load_x3": ("facilitation.storage.fileformat", "load_meeting"),
    "journal_replay_x3": ("facilitation.storage.journal", "open_journal"),
    "export_docx_x3": ("facilitation.export", "export_minutes"),
    **{
        f"step_{kind}_{stat}_x3": ("facilitation.ui.facilitator.window", "FacilitatorWindow")
        for kind in ("give_floor", "next_item", "add_note")
        for stat in ("median", "p95")
    },
}
#: and how each figure measured at ×1 and ×3 grew
EXPECTED.update(
    {f"growth_{key}": home for key, home in list(EXPECTED.items()) if key.endswith("_x3")}
)


def _present(module: str, name: str) -> bool:
    try:
        return hasattr(importlib.import_module(module), name)
    except ImportError:
        return False


def _number(x: object) -> bool:
    return isinstance(x, int | float) and not isinstance(x, bool) and math.isfinite(x)


@pytest.fixture(scope="module")
def report() -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--json"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=240,  # the quick run measures a meeting ×3 too
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    data: dict[str, Any] = json.loads(proc.stdout)
    return data


def test_every_measurement_is_reported_with_a_number(report: dict[str, Any]) -> None:
    found = {m["key"]: m for m in report["measurements"]}
    assert set(found) == set(EXPECTED)
    for key, (module, name) in EXPECTED.items():
        m = found[key]
        if not _present(module, name):
            # a figure may be missing only while the part it measures has not been written
            assert m["error"] and m["value"] is None, key
            continue
        assert not m["error"], f"{key}: {m['error']}"
        assert _number(m["ours"]) and (m["ours"] > 0 or m["unit"] == "refs"), key
        assert _number(m["value"]), key
        if m["kind"] == "ratio":
            assert _number(m["baseline"]) and m["baseline"] > 0, key
        assert m["met"] in (True, False, None)
        if m["target"] is not None:
            assert m["met"] == (m["value"] <= m["target"]), key


def test_the_report_names_the_machine_and_the_meeting(report: dict[str, Any]) -> None:
    machine = report["machine"]
    assert machine["cpu"] and machine["cores"] >= 1
    assert machine["python"].startswith(f"{sys.version_info.major}.{sys.version_info.minor}")
    assert machine["pyside6"][0].isdigit()
    assert report["quick"] is True
    assert report["meeting"]["notes"] > 0 and report["meeting"]["turns"] > 0


def test_the_generated_meeting_is_deterministic_and_loads(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(ROOT))
    from benchmarks.generate import QUICK, large_meeting
    from facilitation.models import Meeting
    from facilitation.storage.fileformat import dumps_meeting, loads_meeting

    a, b = large_meeting(QUICK), large_meeting(QUICK)
    assert a == b and dumps_meeting(a) == dumps_meeting(b)
    assert len(a.notes) == QUICK.notes and len(a.turns) == QUICK.turns
    assert Meeting.from_data(a.to_data()) == a
    assert loads_meeting(dumps_meeting(a)) == a
    # held through the door: the last item is live, somebody has the floor
    assert a.live.current_item_id == list(a.items)[-1] and a.current_turn is not None
