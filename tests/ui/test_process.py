"""The app's process: its collector during start-up, PySide6's source reads, and how it ends.

Each test runs a real ``python`` process (the command's own path, ``python -m facilitation`` or
``cli.main``), offscreen, with private folders.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtCore import QSettings

ROOT = Path(__file__).resolve().parents[2]


def private_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    for name in ("DATA", "CONFIG", "STATE", "CACHE"):
        env[f"XDG_{name}_HOME"] = str(tmp_path / name.lower())
    env["XDG_DOCUMENTS_DIR"] = str(tmp_path / "documents")
    return env


def python(tmp_path: Path, code: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        cwd=ROOT,
        env=private_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_start_up_holds_the_collector_then_freezes_what_it_made(tmp_path: Path) -> None:
    done = python(
        tmp_path,
        """
        import gc, sys
        from facilitation.ui.app import startup
        seen = []
        paint = startup._paint
        def painted(app, windows):
            seen.append(gc.isenabled())  # while the window is built and painted
            paint(app, windows)
        startup._paint = painted
        from facilitation.cli import main
        rc = main(["--demo", "--terminate-after-init"])
        print("HELD", seen, "AFTER", gc.isenabled(), "FROZEN", gc.get_freeze_count())
        sys.exit(rc)
        """,
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("HELD"))
    held, after, frozen = line.split()[1], line.split()[3], int(line.split()[5])
    assert held == "[False]" and after == "True"
    # the modules, classes and the meeting made at start-up: tens of thousands of objects
    assert frozen > 20_000, line


def test_a_start_up_run_with_the_collector_on_leaves_the_heap_alone(tmp_path: Path) -> None:
    """What a test in this suite does (startup.run in-process): nothing is frozen."""
    done = python(
        tmp_path,
        """
        import argparse, gc, sys
        from facilitation.ui.app import startup
        ns = argparse.Namespace(file=None, demo=True, notes=None, read_only=False, lang="en",
                                terminate_after_init=True)
        rc = startup.run(ns)
        print("FROZEN", gc.get_freeze_count(), gc.isenabled())
        sys.exit(rc)
        """,
    )
    assert done.returncode == 0, done.stderr
    assert "FROZEN 0 True" in done.stdout


def test_the_windows_modules_are_not_read_by_pyside6s_hook(tmp_path: Path) -> None:
    done = python(
        tmp_path,
        """
        import linecache, sys
        import facilitation.ui.facilitator.window
        import facilitation.ui.notetaker.window
        feature = sys.modules["shibokensupport.feature"]
        ours = [n for n in linecache.cache if "/facilitation/" in n.replace("\\\\", "/")]
        print("READ", len(ours), ours[:3])
        print("MARKED", feature.pyside_feature_dict.get("facilitation.ui.facilitator.current_item"))
        """,
    )
    assert done.returncode == 0, done.stderr
    # the hook still records the module as one that uses PySide6 (0: no feature selected)
    assert "MARKED 0" in done.stdout, done.stdout
    assert "READ 0 []" in done.stdout, done.stdout


def test_a_module_of_another_package_is_still_asked_the_hooks_way(tmp_path: Path) -> None:
    (tmp_path / "elsewhere.py").write_text("from PySide6 import QtCore\n", encoding="utf-8")
    done = python(
        tmp_path,
        f"""
        import sys
        sys.path.insert(0, {str(tmp_path)!r})
        import facilitation.ui
        import elsewhere
        feature = sys.modules["shibokensupport.feature"]
        print("ELSEWHERE", feature.pyside_feature_dict.get("elsewhere"))
        """,
    )
    assert done.returncode == 0, done.stderr
    assert "ELSEWHERE 0" in done.stdout, done.stdout


def test_the_command_ends_with_its_settings_written_and_nothing_to_recover(
    tmp_path: Path,
) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "facilitation", "--demo", "--terminate-after-init"],
        cwd=ROOT,
        env=private_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    (ini,) = (tmp_path / "config").rglob("*.ini")
    written = QSettings(str(ini), QSettings.Format.IniFormat)
    # the window's place is written when it closes, after the meeting was shown
    assert written.allKeys(), ini.read_text(encoding="utf-8")
    # the session closed: no autosave slot left, the lock released
    from facilitation.storage.recovery import find_recoverable

    assert find_recoverable(tmp_path / "data" / "facilitation") == []


def test_a_thread_still_working_or_a_copied_text_keeps_the_normal_exit(tmp_path: Path) -> None:
    done = python(
        tmp_path,
        """
        import threading
        from PySide6.QtWidgets import QApplication
        from facilitation.ui.app import process
        app = QApplication([])
        print("IDLE", process.can_skip_teardown())
        go = threading.Event()
        worker = threading.Thread(target=go.wait)
        worker.start()
        print("WORKING", process.can_skip_teardown())
        go.set(); worker.join()
        daemon = threading.Thread(target=threading.Event().wait, daemon=True)
        daemon.start()
        print("DAEMON", process.can_skip_teardown())
        app.clipboard().setText("Rassembler les chiffres")
        print("COPIED", process.can_skip_teardown(), app.clipboard().ownsClipboard())
        process.leave(3)
        """,
    )
    # a clipboard the platform says we own keeps the normal exit; offscreen may not own one
    assert "IDLE True" in done.stdout, done.stdout + done.stderr
    assert "WORKING False" in done.stdout
    assert "DAEMON True" in done.stdout
    copied = next(x for x in done.stdout.splitlines() if x.startswith("COPIED"))
    _, skip, owns = copied.split()
    assert skip == str(owns == "False")
    assert done.returncode == 3, done.stderr
