"""The sync benchmark runs end to end and reports every figure (no timing is asserted: these are
benchmarks, and a loaded machine must not fail them)."""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FIGURES = {
    "sync_lan_median",
    "sync_lan_p95",
    "sync_relay_median",
    "sync_relay_p95",
    "sync_join",
    "sync_rebuild",
    "sync_cold_replay",
    "sync_memory",
}


def test_the_sync_benchmark_reports_every_figure() -> None:
    out = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "sync_bench.py"), "--quick", "--json"],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert out.returncode == 0, out.stderr[-3000:]
    results = {m["key"]: m for m in json.loads(out.stdout)["results"]}
    assert set(results) == FIGURES
    for m in results.values():
        assert not m["error"], m
        assert m["ours"] is not None and math.isfinite(m["ours"]) and m["ours"] > 0, m
        assert m["baseline"] is not None and m["baseline"] > 0, m
