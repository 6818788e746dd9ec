"""Child process for the kill and lock tests (run with ``sys.executable``; not a test module).

child_session.py hold PATH DATA_DIR          open a Session on PATH, print "ready", wait on stdin
child_session.py run PATH DATA_DIR SEED      play scenario SEED forever, printing after each step
                                             "C <step>" (command applied) or "D <step>" (a draft
                                             typed, and 2 s of the fake clock gone by since)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitation.models import FakeClock, LiveMeeting
from facilitation.storage import Session
from tests.storage.scenario import Scenario, initial_meeting

DRAFT_KEY = "note-editor"


def main() -> None:
    mode, path, data_dir = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
    clock = FakeClock()
    live = LiveMeeting(initial_meeting())
    session = Session.open(live, path, clock, data_dir=data_dir)
    if mode == "hold":
        print("ready", flush=True)
        sys.stdin.read()
        return
    # small intervals, so kills land in compactions and file saves too
    session.compact_every_commands = 15
    session.compact_every_seconds = 5.0
    session.save_every_seconds = 3.0
    scenario = Scenario(int(sys.argv[4]))
    step = 0
    while True:
        step += 1
        if step % 7 == 0:
            session.set_draft(DRAFT_KEY, f"draft {step}: je tape une note 😀 مرحبا")
            for _ in range(2):
                clock.advance(1.0)
                session.tick()
            print(f"D {step}", flush=True)
            continue
        scenario.step(live)
        print(f"C {scenario.i}", flush=True)
        clock.advance(0.4)
        session.tick()


if __name__ == "__main__":
    main()
