"""Saving and opening the large meeting, and what autosave costs the UI thread per change.

- the storage Session's listener, timed per applied command with the large meeting open: it runs
  inside ``LiveMeeting.apply``, on the UI thread, so it is taken out of every keystroke's budget;
- the full save (``save_meeting``) against the same bytes' worth of ``json.dumps`` written atomically;
- the load (``load_meeting``) against ``json.loads`` of the same file;
- the replay of a journal holding every command that made the meeting (what recovery after a crash,
  and the several-devices work, go through): read, checked, decoded and applied through the door,
  one line at a time.
"""

from __future__ import annotations

import gc
import json
import os
import time
from collections.abc import Callable
from pathlib import Path

import msgspec

from benchmarks.report import Measurement, median, p95
from benchmarks.steps import Steps
from facilitation.models import Change, Command, FakeClock, LiveMeeting, Meeting


def _bare_save(path: Path, data: object) -> None:
    """The least a crash-safe save can do: serialise, write a temp file, fsync, rename."""
    # compact, with the C encoder: the same kind of output as our own file (one part per line)
    raw = json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    tmp = path.with_name(path.name + ".tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        os.write(fd, raw)
        os.fsync(fd)
    finally:
        os.close(fd)
    os.replace(tmp, path)


def _alternate(
    ours: Callable[[], object], bare: Callable[[], object], rounds: int
) -> tuple[list[float], list[float]]:
    a: list[float] = []
    b: list[float] = []
    for i in range(rounds):
        for fn, out in ((ours, a), (bare, b)) if i % 2 == 0 else ((bare, b), (ours, a)):
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
    return a, b


def measure_file(meeting: Meeting, tmp: Path, rounds: int, suffix: str = "") -> list[Measurement]:
    scale = f" ({suffix[1:]})" if suffix else ""
    save = Measurement(
        f"full_save{suffix}",
        f"full save of the meeting{scale}",
        "ms",
        "ratio",
        1.5,
        note="save_meeting vs json.dumps + write + fsync + rename of the same data",
    )
    load = Measurement(
        f"load{suffix}",
        f"load of the meeting file{scale}",
        "ms",
        "ratio",
        1.5,
        note="load_meeting vs json.loads of the same file",
    )
    try:
        from facilitation.storage.fileformat import load_meeting, meeting_to_document, save_meeting
    except ImportError as exc:
        save.error = load.error = f"facilitation.storage is not there yet ({exc})"
        return [save, load]
    path, bare_path = tmp / f"large{suffix}.json", tmp / f"bare{suffix}.json"
    doc = meeting_to_document(meeting)
    save_meeting(path, meeting)
    a, b = _alternate(
        lambda: save_meeting(path, meeting), lambda: _bare_save(bare_path, doc), rounds
    )
    save.ours, save.baseline = median(a) * 1000, median(b) * 1000
    save.extra.update(bytes=path.stat().st_size, runs_ours=a, runs_baseline=b)
    raw = path.read_bytes()
    if load_meeting(path) != meeting:
        load.error = (
            "load_meeting(save_meeting(m)) is not m: the benchmark's meeting did not survive"
        )
        return [save, load]
    a, b = _alternate(lambda: load_meeting(path), lambda: json.loads(raw), rounds)
    load.ours, load.baseline = median(a) * 1000, median(b) * 1000
    load.extra.update(runs_ours=a, runs_baseline=b)
    return [save, load]


def measure_autosave(meeting: Meeting, tmp: Path, ticks: int) -> list[Measurement]:
    """A busy meeting: three changes a second, and the session's once-a-second ``tick()``."""
    m = Measurement(
        "autosave_per_change",
        "autosave: UI-thread time per change (median)",
        "ms",
        "value",
        2.0,
        note="the storage Session's listener, per command applied through the door",
    )
    worst = Measurement(
        "autosave_per_change_p95", "autosave: UI-thread time per change (p95)", "ms", "value", None
    )
    tick = Measurement(
        "autosave_tick_median",
        "autosave: Session.tick() on the UI thread (median)",
        "ms",
        "value",
        16.0,
        note="tick() runs on the UI thread once a second: a frame (16 ms) is its budget",
    )
    tick_max = Measurement(
        "autosave_tick_max",
        "autosave: Session.tick() on the UI thread (worst)",
        "ms",
        "value",
        16.0,
        note="the worst tick: when it saves the meeting file and/or compacts the journal",
    )
    out = [m, worst, tick, tick_max]
    try:
        from facilitation.storage.fileformat import save_meeting
        from facilitation.storage.session import Session
    except ImportError as exc:
        for x in out:
            x.error = f"facilitation.storage.session is not there yet ({exc})"
        return out
    live = LiveMeeting(meeting.copy())
    steps = Steps(live.meeting)
    session_clock = FakeClock()
    marks: list[float] = []

    def mark(_change: Change) -> None:
        marks.append(time.perf_counter())

    path = tmp / "autosaved.json"
    save_meeting(path, meeting)  # the meeting was opened from its file, as in the app
    # listeners run in the order they subscribed: a stamp just before and just after the
    # session's own listener brackets exactly its time, through the public door only
    live.subscribe(mark)
    session = Session.open(live, path, session_clock, data_dir=tmp / "data")
    live.subscribe(mark)
    samples: list[float] = []
    kinds: dict[str, list[float]] = {}
    tick_samples: list[float] = []
    try:
        mixed = steps.mixed()
        for _ in range(ticks):
            for _ in range(3):
                kind, cmd = next(mixed)
                marks.clear()
                live.apply(cmd)
                sample = (marks[1] - marks[0]) * 1000
                samples.append(sample)
                kinds.setdefault(kind, []).append(sample)
            session_clock.advance(1.0)
            start = time.perf_counter()
            session.tick()
            tick_samples.append((time.perf_counter() - start) * 1000)
    finally:
        session.close()
    m.ours, worst.ours = median(samples), p95(samples)
    m.extra.update(by_kind={k: median(v) for k, v in kinds.items()}, changes=len(samples))
    tick.ours, tick_max.ours = median(tick_samples), max(tick_samples)
    slow = [round(x, 2) for x in tick_samples if x > 16.0]
    tick_max.extra.update(ticks=len(tick_samples), over_16ms=len(slow), slow_ticks_ms=slow)
    return out


def measure_replay(
    start: Meeting, commands: list[Command], tmp: Path, rounds: int, suffix: str = ""
) -> list[Measurement]:
    """A journal of ``commands`` read back and applied to ``start``: lines → commands → meeting."""
    m = Measurement(
        f"journal_replay{suffix}",
        f"journal replay of the meeting's {len(commands)} commands{suffix and ' (' + suffix[1:] + ')'}",
        "ms",
        "value",
        None,
        note="open_journal(autosave_entry), each line decoded into its command and applied "
        "(LiveMeeting.apply) before the next is read, from an empty meeting; baseline: each line's "
        "JSON decoded into plain data and kept",
    )
    try:
        from facilitation.storage.journal import (
            CommandLine,
            autosave_entry,
            encode_entry,
            open_journal,
        )
    except ImportError as exc:
        m.error = f"facilitation.storage is not there yet ({exc})"
        return [m]
    path = tmp / f"replay{suffix}.jsonl"
    path.write_bytes(
        b"".join(encode_entry({"t": "cmd", "n": n, "cmd": c}) for n, c in enumerate(commands, 1))
    )
    final: Meeting | None = None

    def replay() -> None:
        nonlocal final
        live = LiveMeeting(start.copy())
        # as recovery reads it: one line decoded straight into its command, applied, let go
        for _number, entry in open_journal(path, autosave_entry):
            assert isinstance(entry, CommandLine)  # every line of this journal is a command
            live.apply(entry.cmd)
        final = live.meeting

    kept: dict[int, object] | None = None

    def bare() -> None:
        # the least a replay of the same journal can do: each line's JSON decoded (msgspec, into
        # plain data, unchecked) and kept, so that what it made stays alive as the meeting's parts
        # do; its growth x1 -> x3 is what holding three times as many objects costs this machine
        nonlocal kept
        decode = msgspec.json.Decoder().decode
        kept = {}
        with path.open("rb") as lines:
            for number, line in enumerate(lines):
                kept[number] = decode(memoryview(line)[9:])  # after the 8-digit CRC and a space

    times: list[float] = []
    bare_times: list[float] = []
    for i in range(rounds):
        # each round starts as the app's one replay at start-up does: the previous round's meeting
        # freed and its garbage collected before the clock starts, not inside the next round (the
        # collector stays on during the replay, as in the app)
        for fn, out in ((replay, times), (bare, bare_times))[:: 1 if i % 2 == 0 else -1]:
            final = kept = None
            gc.collect()
            begin = time.perf_counter()
            fn()
            out.append(time.perf_counter() - begin)
    m.ours = median(times) * 1000
    m.baseline = median(bare_times) * 1000
    m.extra.update(
        commands=len(commands),
        per_command_us=m.ours * 1000 / len(commands),
        journal_bytes=path.stat().st_size,
        runs=times,
        runs_baseline=bare_times,
    )
    return [m]
