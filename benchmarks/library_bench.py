"""The list of meetings: 500 meeting files in the meetings folder, a few of them broken.

- the first scan, with no index yet (every file read and summarised), against the bare least such a
  list can do: list the folders and ``json.loads`` every file;
- a later scan, answered from the index for the unchanged files (a ``stat`` each).

Each meeting is an evening's meeting (20 people, 10 items, 300 notes, 80 turns: the benchmarks'
small meeting), under one of a handful of series folders, written in the app's own layout; one file
in 50 is pretty-printed by another tool (the list then reads it whole), one in 25 is broken (cut
short, another program's JSON, written by a newer version). The target is the issue's: under 200 ms.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from benchmarks.generate import QUICK, large_meeting
from benchmarks.report import Measurement, median
from facilitation.storage.fileformat import SCHEMA_VERSION, encode_layout, meeting_to_document

SERIES = ("Rencontre", "Comité de pilotage", "AG", "Groupe de travail logement", "")
TARGET_MS = 200.0


def make_folder(folder: Path, count: int) -> int:
    """Write ``count`` meeting files under ``folder``; returns the total size in bytes."""
    doc: dict[str, Any] = meeting_to_document(large_meeting(QUICK))
    details = doc["meeting"]["details"]
    total = 0
    for i in range(count):
        series = SERIES[i % len(SERIES)]
        day = date(2020, 1, 1) + timedelta(days=3 * i)
        number = i // len(SERIES) + 1
        sub = folder / series if series else folder
        sub.mkdir(parents=True, exist_ok=True)
        path = sub / f"{day.isoformat()} {series or 'Réunion'} {number}.json"
        doc["meeting"]["id"] = f"bench-{i}"
        details.update(title=f"{number}e rencontre", series=series, number=number)
        details["date"] = day.isoformat()
        raw = encode_layout(doc, 2, ensure_ascii=False)  # as the app writes it
        kind = i % 25
        if i % 50 == 3:  # pretty-printed by another tool: read whole
            raw = json.dumps(doc, ensure_ascii=False, indent=2).encode()
        elif kind == 7:
            raw = raw[: len(raw) // 2]  # cut short
        elif kind == 14:
            raw = b'{"name": "another program", "items": [1, 2, 3]}'
        elif kind == 21:
            raw = raw.replace(
                f'"schema_version":{SCHEMA_VERSION}'.encode(),
                f'"schema_version":{SCHEMA_VERSION + 1}'.encode(),
                1,
            )
        path.write_bytes(raw)
        total += len(raw)
    return total


def _bare(folder: Path) -> int:
    """The least a list can do: walk the two levels, read each file, ``json.loads`` it."""
    parsed = 0
    for entry in os.scandir(folder):
        names = [e.path for e in os.scandir(entry.path)] if entry.is_dir() else [entry.path]
        for name in names:
            with open(name, "rb") as f:
                data = f.read()
            try:
                json.loads(data)
                parsed += 1
            except ValueError:
                pass
    return parsed


def measure(tmp: Path, rounds: int, count: int = 500) -> list[Measurement]:
    from facilitation.storage.library import Library

    folder = tmp / "library" / "meetings"
    size = make_folder(folder, count)
    note = (
        f"{count} meeting files ({size / 1e6:.0f} MB, 1 in 25 broken, 1 in 50 re-indented), "
        f"under {TARGET_MS:.0f} ms"
    )
    cold = Measurement(
        "library_scan_first",
        f"list of {count} meetings, first time",
        "ms",
        "value",
        TARGET_MS,
        note=note + "; baseline: scandir + json.loads of every file",
    )
    warm = Measurement(
        "library_scan_again",
        f"list of {count} meetings, again",
        "ms",
        "value",
        TARGET_MS,
        note=note + "; unchanged files answered from the index",
    )
    ours_cold: list[float] = []
    bare: list[float] = []
    ours_warm: list[float] = []
    listed = 0
    for i in range(rounds):
        data = tmp / "library" / f"data-{i}"
        start = time.perf_counter()
        first = Library(folder, data)
        listed = len(first.scan())
        ours_cold.append(time.perf_counter() - start)
        first.keep()  # the index is written once the list is shown: not timed
        start = time.perf_counter()
        _bare(folder)
        bare.append(time.perf_counter() - start)
        start = time.perf_counter()
        Library(folder, data).scan()  # a new window: the index is read from disk again
        ours_warm.append(time.perf_counter() - start)
        shutil.rmtree(data)
    if listed != count:
        cold.error = warm.error = f"listed {listed} of {count} files"
        return [cold, warm]
    cold.ours, cold.baseline = median(ours_cold) * 1000, median(bare) * 1000
    warm.ours, warm.baseline = median(ours_warm) * 1000, median(bare) * 1000
    for m in (cold, warm):  # the share of the bare parse: steadier than ms on a busy machine
        m.extra["of_baseline"] = (
            round(m.ours / m.baseline, 3) if m.ours is not None and m.baseline else None
        )
        m.note += f"; {m.extra['of_baseline']:.1%} of the bare time" if m.baseline else ""
    return [cold, warm]
