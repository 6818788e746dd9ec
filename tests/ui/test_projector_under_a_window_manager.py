"""The projector never keeps the keyboard it did not ask for, under a real window manager.

Offscreen, Qt activates windows itself; a real window manager activates the projector when it is
shown or moved to the second screen, and the facilitator's F7 went to a window that did nothing. Here
an X server (Xvfb), a window manager (openbox) and the real windows in a process of their own (Qt's
xcb platform) are started; xdotool moves and activates the projector as a user would, then presses
F7 as the keyboard would: the keyboard is back on the facilitator's window and the agenda steps.
Without Xvfb, openbox or xdotool the test is skipped (under CI, where .ci/run installs them, it fails).
"""

from __future__ import annotations

import os
import selectors
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("child_x11_windows.py")
#: how long a step may take on a loaded machine before the test gives up (not a timing: each wait
#: ends as soon as the line it waits for arrives)
PATIENCE = 60.0
TOOLS = {"Xvfb": "xvfb", "openbox": "openbox", "xdotool": "xdotool"}


def _need_tools() -> None:
    missing = [
        f"{tool} (Debian package {pkg})" for tool, pkg in TOOLS.items() if not shutil.which(tool)
    ]
    if missing:
        message = "a real window manager is needed: " + ", ".join(missing) + " not installed"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


class Lines:
    """The lines a process writes, waited for one by one (never longer than PATIENCE). Read from
    the pipe itself: a buffered readline would keep a second line out of select()'s sight."""

    def __init__(self, proc: subprocess.Popen[str], what: str) -> None:
        assert proc.stdout is not None
        self.proc, self.what = proc, what
        self.seen: list[str] = []
        self._fd = proc.stdout.fileno()
        self._pending = b""
        self._selector = selectors.DefaultSelector()
        self._selector.register(self._fd, selectors.EVENT_READ)

    def _line(self, wanted: str, deadline: float) -> str:
        while b"\n" not in self._pending:
            left = deadline - time.monotonic()
            if left <= 0 or not self._selector.select(left):
                pytest.fail(f"{self.what} never said {wanted!r}; it said {self.seen[-12:]}")
            chunk = os.read(self._fd, 65536)
            if not chunk:
                pytest.fail(f"{self.what} ended before saying {wanted!r}; it said {self.seen}")
            self._pending += chunk
        line, self._pending = self._pending.split(b"\n", 1)
        return line.decode("utf-8").strip()

    def until(self, wanted: str) -> list[str]:
        """The lines up to and including the first that starts with ``wanted``."""
        deadline = time.monotonic() + PATIENCE
        got: list[str] = []
        while True:
            line = self._line(wanted, deadline)
            self.seen.append(line)
            got.append(line)
            if line.startswith(wanted):
                return got


@dataclass
class Desktop:
    env: dict[str, str]

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=PATIENCE
        )
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()


def _stop(proc: subprocess.Popen[str] | subprocess.Popen[bytes]) -> None:
    if proc.poll() is None:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
    for stream in (proc.stdout, proc.stderr):
        if stream is not None:
            stream.close()


@pytest.fixture
def desktop(tmp_path: Path) -> Iterator[Desktop]:
    """An X server of 1366×768 with openbox running on it; both stopped after the test."""
    _need_tools()
    read_end, write_end = os.pipe()
    xvfb = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write_end), "-screen", "0", "1366x768x24", "-nolisten", "tcp"],
        pass_fds=(write_end,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write_end)
    started: list[subprocess.Popen[str] | subprocess.Popen[bytes]] = [xvfb]
    log = (tmp_path / "openbox.log").open("w")
    try:
        with os.fdopen(read_end) as numbers:
            chosen = selectors.DefaultSelector()
            chosen.register(numbers, selectors.EVENT_READ)
            if not chosen.select(PATIENCE):
                pytest.fail("Xvfb did not start")
            display = numbers.readline().strip()
        assert display, "Xvfb did not say its display"
        env = {
            k: v for k, v in os.environ.items() if k not in ("WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
        }
        env.update(DISPLAY=f":{display}", XDG_CONFIG_HOME=str(tmp_path / "config"))
        # openbox runs its --startup command once it manages the screen: that command says so
        # through a named pipe of ours (openbox's own output goes to a log)
        fifo = tmp_path / "openbox-ready"
        os.mkfifo(fifo)
        said = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
        wm = subprocess.Popen(
            ["openbox", "--sm-disable", "--startup", f"sh -c 'echo ready > {fifo}'"],
            env=env,
            stdout=log,
            stderr=log,
        )
        started.append(wm)
        try:
            waiting = selectors.DefaultSelector()
            waiting.register(said, selectors.EVENT_READ)
            if not waiting.select(PATIENCE) or os.read(said, 100).strip() != b"ready":
                pytest.fail("openbox did not start")
        finally:
            os.close(said)
        yield Desktop(env)
    finally:
        for proc in reversed(started):
            _stop(proc)
        log.close()


@pytest.fixture
def app(desktop: Desktop, tmp_path: Path) -> Iterator[tuple[subprocess.Popen[str], Lines]]:
    """The facilitator's window and the projector's, in a process of their own on the desktop."""
    env = dict(desktop.env, QT_QPA_PLATFORM="xcb")
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(tmp_path / "settings.ini")],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        yield child, Lines(child, "the app")
    finally:
        if child.stdin is not None:
            child.stdin.close()  # it quits
        try:
            child.wait(timeout=PATIENCE)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()
        if child.stderr is not None:
            print(child.stderr.read()[-3000:], file=sys.stderr)  # shown when the test fails
            child.stderr.close()
        if child.stdout is not None:
            child.stdout.close()


def ask(child: subprocess.Popen[str], lines: Lines) -> str:
    assert child.stdin is not None
    child.stdin.write("state\n")
    child.stdin.flush()
    return lines.until("STATE")[-1]


def test_f7_steps_the_agenda_after_the_projector_was_moved_and_activated(
    desktop: Desktop, app: tuple[subprocess.Popen[str], Lines]
) -> None:
    child, lines = app
    ready = lines.until("READY")[-1].split()
    facilitator, projector = ready[1], ready[2]
    said = lines.until("ACTIVE facilitator")  # shown, the facilitator's window has the keyboard
    assert ask(child, lines) == "STATE item=1 active=facilitator", said

    # the facilitator drags the projector to the second screen; the window manager activates it
    desktop.xdotool("windowmove", "--sync", projector, "300", "100")
    desktop.xdotool("windowactivate", "--sync", projector)
    said = lines.until("ACTIVE projector")
    said += lines.until("ACTIVE facilitator")  # ... and it hands the keyboard straight back
    assert desktop.xdotool("getactivewindow") == facilitator, said

    # F7, pressed on the keyboard, goes to the facilitator's window: the next item
    desktop.xdotool("key", "F7")
    lines.until("ITEM 2")
    assert ask(child, lines) == "STATE item=2 active=facilitator"


def test_activated_by_the_window_manager_once_shown_the_projector_passes_f7_and_the_keyboard_on(
    desktop: Desktop, app: tuple[subprocess.Popen[str], Lines]
) -> None:
    """Activated where it was shown (no move): F7 pressed there still steps the agenda, and the
    keyboard ends up on the facilitator's window."""
    child, lines = app
    ready = lines.until("READY")[-1].split()
    facilitator, projector = ready[1], ready[2]
    lines.until("ACTIVE facilitator")
    desktop.xdotool("windowactivate", "--sync", projector)
    desktop.xdotool("key", "F7")
    said = lines.until("ITEM 2")
    assert "ACTIVE projector" in said, "the window manager did activate the projector"
    if "ACTIVE facilitator" not in said[said.index("ACTIVE projector") :]:
        lines.until("ACTIVE facilitator")
    assert desktop.xdotool("getactivewindow") == facilitator
    assert ask(child, lines) == "STATE item=2 active=facilitator"
