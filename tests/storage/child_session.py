"""Child process for the kill and lock tests (run with ``sys.executable``; not a test module).

child_session.py hold PATH DATA_DIR               open a Session on PATH, print "ready", wait on stdin
child_session.py run PATH DATA_DIR SEED [FAULT]   play ``Typist(SEED)`` forever, printing after each
                                                  step "C <n>" (a command applied), "D <n>" (a draft
                                                  typed, and 2 s of the fake clock gone by since) or
                                                  "E <n>" (Enter: the draft became a note; printed at
                                                  once, before any tick)

FAULT (real faults, in this real process):
  pause-before-rename   the worker prints "R <n>" just before renaming a snapshot into place, then
                        stops there for good (the parent kills the process at that moment)
  pause-after-rename    the same just after the rename, before its folder is flushed ("r <n>")
  fail-folder-fsync     every fsync of a folder fails with EIO (the snapshots land, unflushed)
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import threading
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitation.models import FakeClock, LiveMeeting
from facilitation.storage import Session
from tests.storage.scenario import Typist, initial_meeting

_out = threading.Lock()


def say(kind: str, n: int) -> None:
    with _out:  # the worker thread prints too
        print(f"{kind} {n}", flush=True)


def install(fault: str, typist: Typist) -> None:
    if fault in ("pause-before-rename", "pause-after-rename"):
        real_replace = os.replace
        never = threading.Event()

        def replace(src: object, dst: object, *args: object, **kwargs: object) -> None:
            is_snapshot = str(dst).endswith("snapshot.json")
            if is_snapshot and fault == "pause-before-rename":
                say("R", typist.n)
                never.wait()
            real_replace(src, dst, *args, **kwargs)  # type: ignore[arg-type]
            if is_snapshot and fault == "pause-after-rename":
                say("r", typist.n)
                never.wait()

        os.replace = replace  # type: ignore[assignment]
    elif fault == "fail-folder-fsync":
        real_fsync = os.fsync

        def fsync(fd: int) -> None:
            if stat.S_ISDIR(os.fstat(fd).st_mode):
                raise OSError(errno.EIO, os.strerror(errno.EIO))
            real_fsync(fd)

        os.fsync = fsync
    elif fault != "none":
        raise SystemExit(f"unknown fault {fault!r}")


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
    typist = Typist(int(sys.argv[4]))
    install(sys.argv[5] if len(sys.argv) > 5 else "none", typist)
    while True:
        kind, n = typist.step(live, session)
        if kind == "D":
            for _ in range(2):
                clock.advance(1.0)
                session.tick()
            say(kind, n)
            continue
        say(kind, n)  # for "E": at once, the kill may come now
        clock.advance(0.4)
        session.tick()


if __name__ == "__main__":
    main()
