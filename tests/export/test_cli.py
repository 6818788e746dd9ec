"""``facilitation export``: exit codes, the path on stdout, one line on stderr."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitation.cli import main


def test_default_output_beside_the_meeting(
    meeting_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(meeting_file)]) == 0
    out, err = capsys.readouterr()
    expected = meeting_file.with_suffix(".docx")
    assert out.strip() == str(expected)
    assert err == ""
    assert expected.read_bytes()[:2] == b"PK"


def test_markdown_output_and_options(
    meeting_file: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out" / "cr.md"
    target.parent.mkdir()
    code = main(
        [
            "export",
            str(meeting_file),
            "-o",
            str(target),
            "--format",
            "md",
            "--lang",
            "en",
            "--anonymous",
            "--no-speaking-time",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0 and out.strip() == str(target) and err == ""
    text = target.read_text("utf-8")
    assert "## Record of decisions" in text
    assert "Speaking time" not in text
    assert main(["export", str(meeting_file), "--format", "md"]) == 0
    assert meeting_file.with_suffix(".md").exists()


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["--lang", "de"], 2, "invalid choice"),
        (["--format", "odt"], 2, "invalid choice"),
        (["--template", "t.docx", "--format", "md"], 2, "Word output only"),
        (["--bogus"], 2, "unrecognized"),
    ],
)
def test_bad_command_line(
    meeting_file: Path, capsys: pytest.CaptureFixture[str], args: list[str], code: int, words: str
) -> None:
    assert main(["export", str(meeting_file), *args]) == code
    out, err = capsys.readouterr()
    assert out == ""
    assert len(err.splitlines()) == 1 and words in err


def test_missing_and_broken_meeting_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", str(tmp_path / "nothing.json")]) == 1
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1 and "nothing.json" in err
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "facilitation-meeting", "schema_version": 1, "meeting": {"id": 3}}')
    assert main(["export", str(bad)]) == 1
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1 and "bad.json" in err
    assert not bad.with_suffix(".docx").exists()


def test_help_exits_zero(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["export", "--help"]) == 0
    assert "--anonymous" in capsys.readouterr().out


def test_as_a_real_process(meeting_file: Path, tmp_path: Path) -> None:
    target = tmp_path / "process.docx"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)  # the command must manage without a display on its own
    done = subprocess.run(
        [sys.executable, "-m", "facilitation", "export", str(meeting_file), "-o", str(target)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(target)
    assert done.stderr == ""
    assert target.exists()
    failed = subprocess.run(
        [sys.executable, "-m", "facilitation", "export", str(tmp_path / "missing.json")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert failed.returncode == 1 and failed.stdout == ""
    assert len(failed.stderr.splitlines()) == 1


def test_never_overwrites_the_meeting_itself(
    meeting_file: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = meeting_file.read_bytes()
    assert main(["export", str(meeting_file), "-o", str(meeting_file)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1 and "overwrite" in err
    assert meeting_file.read_bytes() == before


def test_pdf_as_a_real_process_without_a_display(meeting_file: Path, tmp_path: Path) -> None:
    """``--format pdf`` in a process of its own, no display, no office suite involved."""
    target = tmp_path / "cr.pdf"
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "facilitation",
            "export",
            str(meeting_file),
            "--format",
            "pdf",
            "-o",
            str(target),
            "--anonymous",
            "--keep-owners",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == str(target)
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and b"%%EOF" in data[-64:]
    assert target.stat().st_mode & 0o777 == 0o600
