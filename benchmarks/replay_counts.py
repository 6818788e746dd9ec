"""The journal replay counted rather than timed: instructions and simulated cache misses, memory, the
collector's work, at one and three times the large meeting (docs/performance.md, finding 11).

    python benchmarks/replay_counts.py            # cachegrind: instructions and last-level misses
    python benchmarks/replay_counts.py --memory   # tracemalloc's peak and the collections, no valgrind

The counts are the same from run to run whatever the machine's load, which the wall time is not.
Each is taken as one process that loads the start meeting and replays the benchmark's journal, minus
the same process without the replay, under valgrind's cachegrind with this machine's caches (64 KB
first-level data, 32 MB last level). The replay is the benchmark's (``storage_bench.measure_replay``)
and recovery's: ``open_journal(path, autosave_entry)``, each command applied before the next line
(in a checkout from before it, ``read_journal`` and ``command_from_data``). Run it with a checkout's
own venv to count that checkout (``../other/.venv/bin/python benchmarks/replay_counts.py``).
"""

from __future__ import annotations

import argparse
import gc
import pickle
import re
import subprocess
import sys
import tempfile
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# after the venv's own paths: the facilitation counted is the one the venv runs (a checkout's own,
# installed editable), so that this script can count another checkout with that checkout's venv
sys.path.append(str(ROOT))

from benchmarks.generate import Size, recorded_meeting  # noqa: E402
from facilitation.models import LiveMeeting, command_from_data  # noqa: E402
from facilitation.storage import journal  # noqa: E402

SCALES = (1, 3)


def write(folder: Path) -> None:
    """The start meeting (pickled) and the journal of the benchmark's meeting at each scale."""
    for k in SCALES:
        _, start, commands = recorded_meeting(Size().scaled(k) if k > 1 else Size())
        (folder / f"start{k}.pickle").write_bytes(pickle.dumps(start))
        lines = (
            journal.encode_entry({"t": "cmd", "n": n, "cmd": c}) for n, c in enumerate(commands, 1)
        )
        (folder / f"journal{k}.jsonl").write_bytes(b"".join(lines))


def start(folder: Path, k: int) -> LiveMeeting:
    live = LiveMeeting(pickle.loads((folder / f"start{k}.pickle").read_bytes()))
    gc.collect()
    return live


def replay(folder: Path, k: int, live: LiveMeeting) -> None:
    path = folder / f"journal{k}.jsonl"
    if not hasattr(journal, "open_journal"):  # a checkout from before the stream
        for entry in journal.read_journal(path).entries:
            live.apply(command_from_data(entry["cmd"]))
        return
    for _number, line in journal.open_journal(path, journal.autosave_entry):
        assert isinstance(line, journal.CommandLine)  # a journal of commands only
        live.apply(line.cmd)


def child(folder: Path, k: int, mode: str) -> None:
    live = start(folder, k)
    if mode == "replay":  # else the same process without the replay: what is subtracted
        replay(folder, k, live)


def _cachegrind(folder: Path, k: int, mode: str) -> tuple[int, int]:
    out = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=yes",
            "--D1=65536,8,64",
            "--LL=33554432,16,64",
            f"--cachegrind-out-file={folder / f'cg.{k}.{mode}'}",
            sys.executable,
            __file__,
            "--child",
            str(folder),
            str(k),
            mode,
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stderr
    refs = re.search(r"I\s+refs:\s+([\d,]+)", out)
    ll = re.search(r"LL misses:\s+([\d,]+)", out)
    assert refs and ll, out
    return int(refs.group(1).replace(",", "")), int(ll.group(1).replace(",", ""))


def counts(folder: Path) -> None:
    found = {}
    for k in SCALES:
        (i1, m1), (i0, m0) = _cachegrind(folder, k, "replay"), _cachegrind(folder, k, "none")
        found[k] = (i1 - i0, m1 - m0)
        print(f"×{k}: {found[k][0] / 1e6:,.0f} million instructions, {found[k][1]:,} LL misses")
    (i_1, m_1), (i_3, m_3) = found[1], found[3]
    print(f"growth ×1 → ×3: instructions ×{i_3 / i_1:.2f}, last-level misses ×{m_3 / m_1:.2f}")


def memory(folder: Path) -> None:
    for k in SCALES:
        live = start(folder, k)
        before = [s["collections"] for s in gc.get_stats()]
        tracemalloc.start()
        base = tracemalloc.get_traced_memory()[0]
        replay(folder, k, live)
        now, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        runs = [s["collections"] - b for s, b in zip(gc.get_stats(), before, strict=True)]
        print(
            f"×{k}: peak {(peak - base) / 1e6:.1f} MB (the meeting kept: {(now - base) / 1e6:.1f} MB), "
            f"collections by generation {runs}"
        )
        del live


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--memory", action="store_true", help="tracemalloc and gc, no valgrind")
    ap.add_argument("--child", nargs=3, metavar=("FOLDER", "SCALE", "MODE"), help=argparse.SUPPRESS)
    ns = ap.parse_args(argv)
    if ns.child:
        child(Path(ns.child[0]), int(ns.child[1]), ns.child[2])
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write(folder)
        if ns.memory:
            memory(folder)
        else:
            counts(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
