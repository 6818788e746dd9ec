"""The real note-taker's window in a real process, SIGKILLed just after Enter: the note is recovered,
and it does not come back as the text being typed (Enter again would add it twice)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from facilitation.storage.recovery import find_recoverable, recover

CHILD = Path(__file__).with_name("child_window.py")
ROUNDS = 4
MAX_LINES = 400


def _kill_after_enter(folder: Path, enters: int) -> dict[str, int]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [
            sys.executable,
            str(CHILD),
            str(folder / "meeting.json"),
            str(folder / "data"),
            str(folder / "settings.ini"),
        ],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    assert proc.stdout is not None
    acks: dict[str, int] = {}
    try:
        for _ in range(MAX_LINES):
            line = proc.stdout.readline()
            if not line:
                proc.wait()
                raise AssertionError(f"the child died: {proc.stderr.read() if proc.stderr else ''}")
            kind, _, n = line.strip().partition(" ")
            acks[kind] = int(n)
            if kind == "E" and int(n) >= enters:
                break  # just after Enter
        else:
            raise AssertionError("the child never pressed Enter")
    finally:
        proc.kill()  # SIGKILL (nothing to do if it died by itself)
        proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream:
                stream.close()
    return acks


@pytest.mark.slow
def test_sigkill_just_after_enter_in_the_note_takers_window(tmp_path: Path) -> None:
    sys.path.insert(0, str(CHILD.parent))
    from tests.ui.child_window import note_text

    rng = random.Random(25)
    for round_ in range(ROUNDS):
        folder = tmp_path / f"round{round_}"
        folder.mkdir()
        enters = rng.randint(1, 4)
        acks = _kill_after_enter(folder, enters)
        where = f"round {round_}, acks {acks}"
        (found,) = find_recoverable(folder / "data")
        rec = recover(found)
        assert rec.problem is None, f"{where}: {rec.problem}"
        texts = [n.text for n in rec.meeting.notes.values()]
        assert texts[: acks["E"]] == [note_text(k) for k in range(1, acks["E"] + 1)], where
        draft = rec.drafts.get("notes", "")
        assert draft not in texts, f"{where}: the note entered came back as a draft: {draft!r}"
