"""Kill tests: a child process applies commands with a Session open and says so after each one; we
SIGKILL it, many times over: at random moments, just after Enter turned a draft into a note, while a
snapshot is being renamed into place (just before, just after, before its folder is flushed), and
while every folder flush fails. With a fault, the child waits for the snapshot it started to reach
that moment before it types on, so the moment comes however slow the disk is. Every command it
confirmed must be recovered, typing at least 2 s old too, a note entered never comes back as a
draft, and every file it left on disk must load."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from pathlib import Path

import pytest

from facilitation.models import FakeClock, LiveMeeting
from facilitation.storage import Session, find_recoverable, load_meeting, recover
from facilitation.storage.slot import read_snapshot
from tests.storage.scenario import DRAFT_KEY, Typist, initial_meeting

CHILD = Path(__file__).with_name("child_session.py")
ROUNDS = 30
#: a child that has not reached the moment after this many lines is broken (its first snapshot
#: starts within its first 15 lines)
MAX_LINES = 3000


def _acks(text: str, acks: dict[str, int]) -> None:
    for line in text.splitlines(keepends=True):
        if not line.endswith("\n"):
            continue  # cut off by the kill
        kind, _, n = line.strip().partition(" ")
        acks[kind] = max(acks.get(kind, 0), int(n))


def _run_and_kill(
    folder: Path, seed: int, fault: str, kill_on: str | None, after: int, lines: int
) -> dict[str, int]:
    """Run the child; kill it ``after`` lines past the first line of kind ``kill_on`` (or after
    ``lines`` lines when None). Returns the highest number confirmed for each kind."""
    proc = subprocess.Popen(
        [
            sys.executable,
            str(CHILD),
            "run",
            str(folder / "meeting.json"),
            str(folder / "data"),
            str(seed),
            fault,
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    acks: dict[str, int] = {}
    left: int | None = lines if kill_on is None else None
    try:
        for _ in range(MAX_LINES):
            if left is not None and left <= 0:
                break
            line = proc.stdout.readline()
            if not line:
                proc.wait()
                raise AssertionError(f"the child died: {proc.stderr.read() if proc.stderr else ''}")
            _acks(line, acks)
            if left is not None:
                left -= 1
            elif line.startswith(f"{kill_on} "):
                left = after
        else:
            raise AssertionError(f"the moment {kill_on!r} never came")
    finally:
        proc.kill()  # SIGKILL (nothing to do if it died by itself)
        proc.wait()
    # whatever it printed before dying was confirmed too
    _acks(proc.stdout.read(), acks)
    proc.stdout.close()
    if proc.stderr:
        proc.stderr.close()
    return acks


def _check_round(folder: Path, seed: int, acks: dict[str, int], where: str) -> None:
    found = find_recoverable(folder / "data")
    assert len(found) == 1, where
    rec = recover(found[0])
    assert rec.problem is None, f"{where}: {rec.problem}"
    assert rec.path == folder / "meeting.json"

    # the recovered meeting is the typist's after every confirmed step, and maybe a few more
    live = LiveMeeting(initial_meeting())
    typist = Typist(seed)
    confirmed = max((n for kind, n in acks.items() if kind in "CDE"), default=0)
    while typist.n < confirmed:
        typist.step(live)
    extra = 0
    while live.meeting != rec.meeting:
        assert extra < 20, f"{where}: the recovered meeting is not the typist's"
        typist.step(live)
        extra += 1

    draft = rec.drafts.get(DRAFT_KEY, "")
    # a note entered is never brought back as the text being typed (Enter twice: two notes)
    entered = {text for nid, text in typist.entered.items() if nid in rec.meeting.notes}
    assert draft not in entered, f"{where}: the note entered came back as a draft: {draft!r}"
    last_draft, last_enter = acks.get("D", 0), acks.get("E", 0)
    if last_draft > last_enter and f"enter{last_draft + 3}" not in rec.meeting.notes:
        # typed at least 2 s before the kill and not entered since: it is kept
        assert draft.startswith("draft "), where
        assert int(draft.split()[1].rstrip(":")) >= last_draft, where

    # every file left on disk loads
    if (folder / "meeting.json").exists():
        load_meeting(folder / "meeting.json")
    read_snapshot(found[0].slot)

    # the dead child's lock is gone: the meeting opens again for editing
    session = Session.open(
        LiveMeeting(rec.meeting), rec.path, FakeClock(), data_dir=folder / "data"
    )
    session.close()


@pytest.mark.slow
def test_sigkill_at_random_moments_loses_nothing_confirmed(tmp_path: Path) -> None:
    rng = random.Random(20210617)
    started = time.monotonic()
    for round_ in range(ROUNDS):
        folder = tmp_path / f"round{round_}"
        folder.mkdir()
        seed = rng.randrange(10**6)
        acks = _run_and_kill(folder, seed, "none", None, 0, lines=rng.randint(1, 90))
        _check_round(folder, seed, acks, f"round {round_}, seed {seed}, acks {acks}")
    assert time.monotonic() - started < 90


#: (fault in the child, the line to kill on, how many lines after it at most)
MOMENTS = [
    ("none", "E", 0),  # just after Enter, before any tick journals the cleared editor
    ("none", "E", 1),
    ("pause-before-rename", "R", 0),  # a snapshot about to be renamed into place
    ("pause-before-rename", "R", 6),  # … while the meeting goes on
    ("pause-after-rename", "r", 0),  # renamed, its folder not flushed yet
    ("pause-after-rename", "r", 6),
    ("fail-folder-fsync", None, 0),  # every folder flush fails: snapshots land unflushed ("S")
]


@pytest.mark.slow
@pytest.mark.parametrize(("fault", "kill_on", "after"), MOMENTS)
def test_sigkill_at_the_moments_that_matter(
    tmp_path: Path, fault: str, kill_on: str | None, after: int
) -> None:
    rng = random.Random(f"{fault}-{kill_on}-{after}")
    for round_ in range(4):
        folder = tmp_path / f"round{round_}"
        folder.mkdir()
        seed = rng.randrange(10**6)
        kill_after = rng.randint(0, after)
        # with a fault everywhere, kill after enough lines for several (failed) compactions: the
        # child's first snapshot lands within its first 15 lines, the third (MAX_KEPT) near its 35th
        lines = rng.randint(20, 120)
        acks = _run_and_kill(folder, seed, fault, kill_on, kill_after, lines)
        where = f"{fault}/{kill_on}+{kill_after}, round {round_}, seed {seed}, acks {acks}"
        if kill_on is not None:
            assert kill_on in acks, where
        else:
            assert "S" in acks, f"{where}: no snapshot landed before the kill"
        _check_round(folder, seed, acks, where)
