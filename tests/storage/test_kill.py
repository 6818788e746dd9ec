"""Kill test: a child process applies commands with a Session open and says so after each one; we
SIGKILL it at random moments, many times over. Every command it confirmed must be recovered, typing
at least 2 s old too, and every file it left on disk must load."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitation.models import FakeClock, LiveMeeting
from facilitation.storage import Session, find_recoverable, load_meeting, recover
from facilitation.storage.slot import read_snapshot
from tests.storage.scenario import Scenario, initial_meeting

CHILD = Path(__file__).with_name("child_session.py")
ROUNDS = 30


def _acks(text: str, acks: dict[str, int]) -> None:
    for line in text.splitlines(keepends=True):
        if not line.endswith("\n"):
            continue  # cut off by the kill
        kind, _, n = line.strip().partition(" ")
        acks[kind] = max(acks.get(kind, 0), int(n))


def _run_and_kill(folder: Path, seed: int, lines: int) -> dict[str, int]:
    proc = subprocess.Popen(
        [
            sys.executable,
            str(CHILD),
            "run",
            str(folder / "meeting.json"),
            str(folder / "data"),
            str(seed),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    acks: dict[str, int] = {}
    try:
        for _ in range(lines):
            line = proc.stdout.readline()
            if not line:
                proc.wait()
                raise AssertionError(f"the child died: {proc.stderr.read() if proc.stderr else ''}")
            _acks(line, acks)
    finally:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
    # whatever it printed before dying was confirmed too
    _acks(proc.stdout.read(), acks)
    proc.stdout.close()
    if proc.stderr:
        proc.stderr.close()
    return acks


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_confirmed(tmp_path: Path) -> None:
    rng = random.Random(20210617)
    started = time.monotonic()
    for round_ in range(ROUNDS):
        folder = tmp_path / f"round{round_}"
        folder.mkdir()
        seed = rng.randrange(10**6)
        acks = _run_and_kill(folder, seed, lines=rng.randint(1, 90))
        where = f"round {round_}, seed {seed}, acks {acks}"

        found = find_recoverable(folder / "data")
        assert len(found) == 1, where
        rec = recover(found[0])
        assert rec.problem is None, f"{where}: {rec.problem}"
        assert rec.path == folder / "meeting.json"

        # the recovered meeting is the scenario after every confirmed step, and maybe a few more
        live = LiveMeeting(initial_meeting())
        scenario = Scenario(seed)
        for _ in range(acks.get("C", 0)):
            scenario.step(live)
        extra = 0
        while live.meeting != rec.meeting:
            assert extra < 20, f"{where}: the recovered meeting is not the scenario's"
            scenario.step(live)
            extra += 1

        if "D" in acks:
            draft = rec.drafts.get("note-editor", "")
            assert draft.startswith("draft "), where
            assert int(draft.split()[1].rstrip(":")) >= acks["D"], where

        # every file left on disk loads
        if (folder / "meeting.json").exists():
            load_meeting(folder / "meeting.json")
        read_snapshot(found[0].slot)

        # the dead child's lock is gone: the meeting opens again for editing
        session = Session.open(
            LiveMeeting(rec.meeting), rec.path, FakeClock(), data_dir=folder / "data"
        )
        session.close()
    assert time.monotonic() - started < 90
