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
  fail-folder-fsync     every fsync of a folder fails with EIO (the snapshots land, unflushed); the
                        child prints "S <k>" when its k-th snapshot is handed back to the session

With a fault, the step whose tick starts a snapshot waits for that snapshot before the typing goes
on: until it reaches the paused rename, or until it is handed back (fail-folder-fsync). The child
types far faster than anyone, thousands of steps while one snapshot is on the disk (a few ms, tens
on a busy disk), so without the wait the moment may never come before the parent gives up.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from facilitation.models import FakeClock, LiveMeeting
from facilitation.storage import Session
from facilitation.storage.autosave import Autosave
from tests.storage.scenario import Typist, initial_meeting

if TYPE_CHECKING:
    from _typeshed import FileDescriptorLike, StrOrBytesPath

_out = threading.Lock()
#: seconds: only reached when something is broken (the child then dies and says why)
WAIT = 30.0


def say(kind: str, n: int) -> None:
    with _out:  # the worker thread prints too
        print(f"{kind} {n}", flush=True)


def _when_a_snapshot_starts(then: Callable[[], None]) -> None:
    """Call ``then`` (on the main thread) each time a tick starts a snapshot."""
    real_compact = Autosave.compact

    def compact(
        self: Autosave, now: float, live: LiveMeeting, path: Path | None, file_sha: str
    ) -> None:
        real_compact(self, now, live, path, file_sha)
        then()

    # a method replaced on the class, for this child process's whole life
    Autosave.compact = compact  # type: ignore[method-assign]


def install(fault: str, typist: Typist, session: Session) -> Callable[[], None]:
    """Install the fault; returns what the main loop calls after each tick (see the docstring)."""
    started = threading.Event()  # set on the main thread, by the tick that starts a snapshot
    if fault in ("pause-before-rename", "pause-after-rename"):
        real_replace = os.replace
        reached, never = threading.Event(), threading.Event()

        def replace(
            src: StrOrBytesPath,
            dst: StrOrBytesPath,
            *,
            src_dir_fd: int | None = None,
            dst_dir_fd: int | None = None,
        ) -> None:
            is_snapshot = str(dst).endswith("snapshot.json")
            if is_snapshot and fault == "pause-before-rename":
                say("R", typist.n)
                reached.set()
                never.wait()
            real_replace(src, dst, src_dir_fd=src_dir_fd, dst_dir_fd=dst_dir_fd)
            if is_snapshot and fault == "pause-after-rename":
                say("r", typist.n)
                reached.set()
                never.wait()

        os.replace = replace
        _when_a_snapshot_starts(started.set)

        def until_paused() -> None:
            # that snapshot stays paused for good: no later tick starts another one
            if started.is_set() and not reached.wait(WAIT):
                raise SystemExit("the snapshot that was started never reached its rename")

        return until_paused
    if fault == "fail-folder-fsync":
        real_fsync = os.fsync

        def fsync(fd: FileDescriptorLike) -> None:
            if stat.S_ISDIR(os.fstat(fd if isinstance(fd, int) else fd.fileno()).st_mode):
                raise OSError(errno.EIO, os.strerror(errno.EIO))
            real_fsync(fd)

        os.fsync = fsync
        _when_a_snapshot_starts(started.set)
        landed = 0

        def until_handed_back() -> None:
            nonlocal landed
            if started.is_set():
                started.clear()
                session.wait_idle()  # written, its folder flush failed, and the session knows
                landed += 1
                say("S", landed)

        return until_handed_back
    if fault != "none":
        raise SystemExit(f"unknown fault {fault!r}")
    return lambda: None


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
    go_on = install(sys.argv[5] if len(sys.argv) > 5 else "none", typist, session)
    while True:
        kind, n = typist.step(live, session)
        if kind == "D":
            for _ in range(2):
                clock.advance(1.0)
                session.tick()
                go_on()
            say(kind, n)
            continue
        say(kind, n)  # for "E": at once, the kill may come now
        clock.advance(0.4)
        session.tick()
        go_on()


if __name__ == "__main__":
    main()
