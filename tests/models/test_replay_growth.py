"""A replay's work grows with the journal, not with its square.

Timing would be the machine's load as much as ours, so the work is counted instead: the lines of
Python the models run while a generated meeting's journal is read back and applied, at one size and
at three times that size. A walk over a list of the meeting for each command (the time check over
every interval, the search of a replaced part's place, a scan of the queue) makes the count grow
with the square of the meeting, and the ratio well past 3.
"""

from __future__ import annotations

import sys
from pathlib import Path
from types import FrameType
from typing import Any

from benchmarks.generate import QUICK, recorded_meeting
from facilitation.models import LiveMeeting
from facilitation.storage.journal import CommandLine, autosave_entry, encode_entry, open_journal

_OURS = str(Path(__file__).resolve().parents[2] / "facilitation")


def _lines_of_replay(scale: int, tmp: Path) -> tuple[int, int]:
    """(lines of our code run, commands) for the replay of the meeting ``scale`` times QUICK."""
    _, start, commands = recorded_meeting(QUICK.scaled(scale))
    path = tmp / f"journal{scale}.jsonl"
    path.write_bytes(
        b"".join(encode_entry({"t": "cmd", "n": n, "cmd": c}) for n, c in enumerate(commands, 1))
    )
    count = 0

    def local(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return local

    def call(frame: FrameType, event: str, arg: Any) -> Any:
        return local if frame.f_code.co_filename.startswith(_OURS) else None

    live = LiveMeeting(start.copy())
    before = sys.gettrace()  # a debugger's or a coverage tool's, given back afterwards
    sys.settrace(call)
    try:
        for _number, entry in open_journal(path, autosave_entry):  # as recovery reads it
            assert isinstance(entry, CommandLine)
            live.apply(entry.cmd)
    finally:
        sys.settrace(before)
    return count, len(commands)


def test_replay_work_grows_with_the_journal(tmp_path: Path) -> None:
    small, n_small = _lines_of_replay(1, tmp_path)
    large, n_large = _lines_of_replay(3, tmp_path)
    assert 2.8 <= n_large / n_small <= 3.2  # the journal itself grew about ×3
    per_small, per_large = small / n_small, large / n_large
    # the same lines per command at both sizes (a few percent for the mix of commands)
    assert per_large <= per_small * 1.1, (per_small, per_large)
