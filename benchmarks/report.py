"""What a benchmark run found: one :class:`Measurement` per figure, the machine, the table and the JSON."""

from __future__ import annotations

import os
import platform
import statistics
import sys
from dataclasses import asdict, dataclass, field
from importlib import metadata
from typing import Any


@dataclass
class Measurement:
    """One figure, the number it is held to, and whether it holds.

    ``value`` is what the target judges: the ratio ``ours / baseline`` when there is a baseline and
    ``kind == "ratio"``, else ``ours`` itself. ``error`` says why a figure could not be taken.
    """

    key: str
    label: str
    unit: str
    kind: str  # "ratio" or "value"
    target: float | None
    ours: float | None = None
    baseline: float | None = None
    note: str = ""
    error: str = ""
    #: for runs taken in pairs: the median of the per-pair ratios (steadier than a ratio of medians)
    ratio: float | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def value(self) -> float | None:
        if self.ours is None:
            return None
        if self.kind == "ratio":
            if self.ratio is not None:
                return self.ratio
            return self.ours / self.baseline if self.baseline else None
        return self.ours

    @property
    def met(self) -> bool | None:
        value = self.value
        if value is None or self.target is None:
            return None
        return value <= self.target

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["value"] = self.value
        data["met"] = self.met
        return data


def median(xs: list[float]) -> float:
    return statistics.median(xs)


def p95(xs: list[float]) -> float:
    """The 95th percentile, nearest-rank: a figure that was really observed."""
    ordered = sorted(xs)
    rank = max(1, -(-95 * len(ordered) // 100))  # ceil(0.95 n)
    return ordered[rank - 1]


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "not installed"


def machine() -> dict[str, Any]:
    """CPU model, cores, OS and the versions that the figures depend on."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return {
        "cpu": cpu,
        "cores": os.cpu_count(),
        "os": f"{platform.system()} {platform.release()}",
        "python": sys.version.split()[0],
        "pyside6": _version("PySide6-Essentials"),
        "python_docx": _version("python-docx"),
    }


def _fmt(x: float | None, unit: str) -> str:
    if x is None:
        return "—"
    if unit == "ms":
        return f"{x:.2f} ms" if x < 10 else f"{x:.1f} ms"
    if unit == "s":
        return f"{x:.3f} s"
    if unit == "MB":
        return f"{x:.1f} MB"
    return f"{x:.3g} {unit}".strip()


def _row(m: Measurement) -> list[str]:
    if m.error:
        return [m.label, "—", "—", "—", _target(m), "not measured"]
    value = m.value
    if m.kind == "ratio":
        shown = "—" if value is None else f"×{value:.2f}"
    else:
        shown = _fmt(value, m.unit)
    status = {True: "met", False: "MISSED", None: "(no target)"}[m.met]
    grew = m.extra.get("baseline_growth")
    if m.met is False and grew is not None and value is not None and value <= grew:
        # a growth past its target where the bare baseline (the same work without our code) grew
        # as much in the same run: the target stays, the line says whose growth it is
        status = f"MISSED, as the baseline (×{grew:.2f}): ours grew no faster"
    return [m.label, _fmt(m.ours, m.unit), _fmt(m.baseline, m.unit), shown, _target(m), status]


def _target(m: Measurement) -> str:
    if m.target is None:
        return "—"
    return f"≤ ×{m.target:g}" if m.kind == "ratio" else f"≤ {_fmt(m.target, m.unit)}"


def table(results: list[Measurement], info: dict[str, Any]) -> str:
    head = ["measurement", "ours", "baseline", "ratio / value", "target", "result"]
    rows = [head] + [_row(m) for m in results]
    widths = [max(len(r[i]) for r in rows) for i in range(len(head))]
    lines = [
        f"Machine: {info['cpu']}, {info['cores']} cores, {info['os']}; Python {info['python']}, "
        f"PySide6 {info['pyside6']}, python-docx {info['python_docx']}",
        "",
    ]
    for i, r in enumerate(rows):
        lines.append("  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip())
        if i == 0:
            lines.append("  ".join("-" * w for w in widths))
    # one line per distinct remark: the window's six figures fail for one reason, said once
    said: dict[str, list[str]] = {}
    for m in results:
        if m.error or m.note:
            said.setdefault(m.error or m.note, []).append(m.label)
    notes = [
        f"- {labels[0]}{' (and others)' if len(labels) > 1 else ''}: {text}"
        for text, labels in said.items()
    ]
    if notes:
        lines += ["", *notes]
    return "\n".join(lines)
