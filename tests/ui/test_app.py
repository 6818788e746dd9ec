"""Start-up and shut-down: the demo, a bad file, a locked file, recovery after a crash, settings."""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from facilitation.models import (
    AgendaItem,
    Create,
    FakeClock,
    LiveMeeting,
    Meeting,
    StartMeeting,
)
from facilitation.resources import example
from facilitation.storage.errors import StorageError
from facilitation.storage.fileformat import load_meeting, save_meeting
from facilitation.storage.recovery import find_recoverable
from facilitation.storage.session import Notice, SaveStatus, Session
from tests.ui.conftest import Facilitator

from facilitation.ui.app import startup as app_module
from facilitation.ui.app.recovery import RecoveryChoice
from facilitation.ui.core import settings as keys

ROOT = Path(__file__).resolve().parents[2]


def namespace(**kw: object) -> argparse.Namespace:
    base: dict[str, object] = {
        "file": None,
        "demo": False,
        "notes": None,
        "read_only": False,
        "lang": "en",
        "terminate_after_init": True,
    }
    base.update(kw)
    return argparse.Namespace(**base)


def private_env(tmp_path: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_STATE_HOME=str(tmp_path / "state"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        XDG_DOCUMENTS_DIR=str(tmp_path / "documents"),
    )
    return env


def run_app(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "facilitation", *args],
        cwd=ROOT,
        env=private_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_demo_starts_paints_and_exits_0(tmp_path: Path) -> None:
    bundled = example("rencontre-2.json")
    digest = hashlib.sha256(bundled.read_bytes()).hexdigest()
    done = run_app(tmp_path, "--demo", "--terminate-after-init")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    # one copy in the data folder, readable by the user only; the bundle untouched
    (copy,) = (tmp_path / "data" / "facilitation" / "demo").glob("*.json")
    assert copy.stat().st_mode & 0o777 == 0o600
    assert load_meeting(copy).details.title == load_meeting(bundled).details.title
    assert hashlib.sha256(bundled.read_bytes()).hexdigest() == digest
    # closed cleanly: nothing left to recover
    assert find_recoverable(tmp_path / "data" / "facilitation") == []
    # what the newcomer did is there the next time: the same copy, not a new one
    changed = load_meeting(copy)
    changed.items.clear()
    save_meeting(copy, changed)
    assert run_app(tmp_path, "--demo", "--terminate-after-init").returncode == 0
    assert list((tmp_path / "data" / "facilitation" / "demo").glob("*.json")) == [copy]
    assert load_meeting(copy).items == {}


def test_without_a_file_the_start_page_opens_and_nothing_else_is_built(tmp_path: Path) -> None:
    code = (
        "import sys, facilitation.cli as c\n"
        "rc = c.main(['--terminate-after-init'])\n"
        "built = [m for m in sys.modules if m == 'docx' or m.startswith(('facilitation.export', "
        "'facilitation.imports', 'facilitation.ui.facilitator', 'facilitation.storage.session'))]\n"
        "print('BUILT', built, 'start' in str(sys.modules.get('facilitation.ui.start.window')))\n"
        "sys.exit(rc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=private_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "BUILT [] True" in done.stdout
    # the meetings folder is there for people to find, private
    folder = tmp_path / "documents" / "Facilitation"
    assert folder.is_dir() and folder.stat().st_mode & 0o777 == 0o700


def test_start_up_does_not_import_the_heavy_parts(tmp_path: Path) -> None:
    code = (
        "import sys, facilitation.cli as c\n"
        "rc = c.main(['--demo', '--terminate-after-init'])\n"
        "heavy = [m for m in sys.modules if m == 'docx' or m.startswith(('facilitation.export', "
        "'facilitation.imports'))]\n"
        "heavy += [m for m in sys.modules if m.startswith('facilitation.ui.start')]\n"
        "print('HEAVY', heavy)\n"
        "sys.exit(rc)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=private_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "HEAVY []" in done.stdout


def test_a_bad_file_gives_a_message_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "broken.json"
    bad.write_text('{"format": "facilitation-meeting", "schema_version": 1, "meeting": {', "utf-8")
    done = run_app(tmp_path, str(bad), "--terminate-after-init")
    assert done.returncode == app_module.EXIT_CANNOT_OPEN
    assert "Traceback" not in done.stderr
    assert "cannot be opened" in done.stderr and "broken.json" in done.stderr


def test_a_missing_file_gives_a_message(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = app_module.run(namespace(file=str(tmp_path / "nowhere.json")))
    assert code == app_module.EXIT_CANNOT_OPEN
    assert "nowhere.json" in capsys.readouterr().err


def _saved_meeting(tmp_path: Path) -> Path:
    m = Meeting("m-app")
    m.items["i1"] = AgendaItem("i1", "Tour de table", planned_minutes=10)
    path = tmp_path / "meeting.json"
    save_meeting(path, m)
    return path


def test_a_meeting_open_elsewhere_opens_read_only(
    qapp: QApplication, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = _saved_meeting(tmp_path)
    holder = Session.open(LiveMeeting(load_meeting(path)), path, FakeClock())
    try:
        assert app_module.run(namespace(file=str(path))) == 0
    finally:
        holder.close()
    err = capsys.readouterr().err
    assert "open in another window" in err and "read-only" in err


def test_restoring_after_a_crash(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _saved_meeting(tmp_path)
    clock = FakeClock()
    live = LiveMeeting(load_meeting(path))
    crashed = Session.open(live, path, clock)
    live.apply(StartMeeting(clock.now(), "r1"))
    live.apply(Create.of("items", AgendaItem("i2", "Added just before the crash")))
    crashed.close(clean=False)  # as if the process had died
    assert len(find_recoverable()) == 1
    monkeypatch.setattr(
        "facilitation.ui.app.recovery.ask_recovery", lambda r, **_kw: RecoveryChoice.RESTORE
    )
    start = app_module.Startup(namespace(terminate_after_init=False), FakeClock(), QSettings())
    opened = start.choose_meeting()
    assert opened.path == path and list(opened.meeting.items) == ["i1", "i2"]
    assert opened.meeting.live.started_at is not None
    session, read_only = start.open_session(opened, LiveMeeting(opened.meeting))
    try:
        assert not read_only
        assert find_recoverable() == []  # the old autosave is gone once the new session holds it
        assert list(load_meeting(path).items) == ["i1", "i2"]  # and the file has what was restored
    finally:
        session.close()


def test_storage_problems_show_in_the_status_bar(facilitator: Facilitator) -> None:
    class StubSession(Session):
        """A session whose saving fails until ``ok``; only what wire_session uses of one."""

        def __init__(self) -> None:  # no folder, no file, no worker
            self.on_problem: Callable[[StorageError], None] | None = None
            self.on_saved: Callable[[], None] | None = None
            self.ok = False

        def tick(self) -> None:
            pass

        def status(self) -> SaveStatus:
            return SaveStatus(self.ok, None, None, 0)

        def take_notices(self) -> list[Notice]:
            return []

    stub = StubSession()
    timer = app_module.wire_session(facilitator.ctx, stub, facilitator.window)
    assert stub.on_problem is not None and stub.on_saved is not None
    stub.on_problem(StorageError("The disk is full."))
    label = facilitator.window.problem_label
    assert not label.isHidden() and "The disk is full." in label.text()
    stub.ok = True
    stub.on_saved()
    assert label.isHidden()
    timer.stop()


def test_settings_keys_read_back_their_type_and_default(tmp_path: Path) -> None:
    s = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert keys.LANGUAGE.read(s) == ""
    keys.LANGUAGE.write(s, "fr")
    keys.FACILITATOR_SPLITTER.write(s, b"\x00\x01")
    s.sync()
    again = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert keys.LANGUAGE.read(again) == "fr"
    assert keys.FACILITATOR_SPLITTER.read(again) == b"\x00\x01"
    flag = keys.Key("test/flag", bool, False)
    again.setValue("test/flag", "true")
    assert flag.read(again) is True
    number = keys.Key("test/n", int, 7)
    again.setValue("test/n", "not a number")
    assert number.read(again) == 7


def test_notes_opens_the_note_takers_window_too(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitation.ui.app.windows import WindowManager
    from facilitation.ui.notetaker.window import NoteTakerWindow

    shown: list[object] = []
    real = WindowManager.show_note_taker

    def spy(self: WindowManager) -> NoteTakerWindow:
        window = real(self)
        shown.append(window)
        return window

    monkeypatch.setattr(WindowManager, "show_note_taker", spy)
    path = _saved_meeting(tmp_path)
    assert app_module.run(namespace(notes=str(path))) == 0
    assert len(shown) == 1


def test_singletons_outlive_the_bindings_missing_references(qapp: QApplication) -> None:
    """PySide6 6.12.0 drops a reference to None on every void call (ui/core/qtcompat.py)."""
    from PySide6.QtWidgets import QLabel

    from facilitation.ui.core.qtcompat import pin_singletons

    pin_singletons()
    pinned = sys.getrefcount(None)
    pin_singletons()  # idempotent
    assert sys.getrefcount(None) <= pinned + 1
    if sys.version_info < (3, 12):
        assert pinned > 1 << 39
    label = QLabel()
    for _ in range(10_000):  # more than None had references before: would abort without the pin
        label.setText("x")
    label.deleteLater()


def test_bytes_are_stored_as_bytes_not_pickled(tmp_path: Path) -> None:
    s = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    keys.FACILITATOR_SPLITTER.write(s, b"\x00\xffstate")
    s.sync()
    text = (tmp_path / "s.ini").read_bytes()
    assert b"PyObjectWrapper" not in text and b"@ByteArray(" in text
    again = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    assert keys.FACILITATOR_SPLITTER.read(again) == b"\x00\xffstate"


def test_the_settings_file_is_private_even_under_umask_000(tmp_path: Path) -> None:
    folder = tmp_path / "config" / "facilitation"
    folder.mkdir(parents=True)
    old_file = folder / "settings.ini"
    old_file.write_text("[ui]\nlanguage=fr\n")
    old_file.chmod(0o644)  # as an earlier version left it
    folder.chmod(0o755)
    old = os.umask(0)
    try:
        s = keys.open_settings(old_file)
        keys.LAST_FOLDER.write(s, "/home/someone/Réunions")
        s.sync()
        fresh = keys.open_settings(tmp_path / "elsewhere" / "settings.ini")
        keys.LANGUAGE.write(fresh, "en")
        fresh.sync()
    finally:
        os.umask(old)
    for path in (old_file, tmp_path / "elsewhere" / "settings.ini"):
        assert path.stat().st_mode & 0o777 == 0o600, path
        assert path.parent.stat().st_mode & 0o777 == 0o700, path.parent
    assert keys.LANGUAGE.read(keys.open_settings(old_file)) == "fr"  # what it held is kept
