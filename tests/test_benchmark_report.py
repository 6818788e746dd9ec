"""The benchmark's table says whose growth a missed growth is, without moving the target."""

from __future__ import annotations

from benchmarks.report import Measurement, table

_INFO = {"cpu": "x", "cores": 2, "os": "y", "python": "3", "pyside6": "6", "python_docx": "1"}


def _growth(ours: float, baseline_grew: float | None) -> Measurement:
    m = Measurement("growth_load_x3", "growth ×1 → ×3: load", "×", "value", 3.0, ours=ours)
    if baseline_grew is not None:
        m.extra["baseline_growth"] = baseline_grew
    return m


def _status(m: Measurement) -> str:
    return table([m], _INFO).splitlines()[4]


def test_a_growth_no_faster_than_its_baseline_says_so() -> None:
    m = _growth(3.37, 3.51)
    assert m.met is False  # the target is not lowered
    assert _status(m).endswith("MISSED, as the baseline (×3.51): ours grew no faster")


def test_a_growth_faster_than_its_baseline_is_a_plain_miss() -> None:
    assert _status(_growth(3.6, 3.2)).endswith("MISSED")
    assert _status(_growth(3.6, None)).endswith("MISSED")
    assert _status(_growth(2.9, 3.5)).endswith("met")
