"""``facilitation export MEETING``: write the minutes of a meeting file, without opening a window.

Exit 0 and the path written on stdout; otherwise a non-zero exit and one line on stderr (2 for a bad
command line, 1 for everything else). Warnings that did not stop the export (a style missing from the
template) are printed on stderr, one line each, starting with "warning:".
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from facilitation.export.errors import ExportError
from facilitation.models import Meeting
from facilitation.storage.errors import StorageError

PROG = "facilitation export"


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        # argparse prints the whole usage; the contract is one clear line
        raise _UsageError(message)


def parser() -> argparse.ArgumentParser:
    p = _Parser(
        prog=PROG,
        description="Write the minutes of a meeting as a Word document, Markdown or a PDF.",
        epilog=(
            "With --template, the template's body is replaced by the minutes: its page set-up, "
            "letterhead (headers and footers), fonts and styles are kept."
        ),
    )
    p.add_argument("meeting", help="the meeting file (.json)")
    p.add_argument("-o", "--output", metavar="OUT", help="where to write (default: beside MEETING)")
    p.add_argument("--template", metavar="T.docx", help="start from this Word document")
    p.add_argument(
        "--lang", choices=("fr", "en"), help="language of the minutes (default: the meeting's)"
    )
    p.add_argument(
        "--anonymous",
        action="store_true",
        help="count attendance by group, name speakers by their group, no per-person figures",
    )
    p.add_argument(
        "--keep-owners",
        action="store_true",
        help="with --anonymous: keep the names of the people in charge of actions",
    )
    p.add_argument("--format", dest="fmt", choices=("docx", "md", "pdf"), default="docx")
    p.add_argument(
        "--no-speaking-time", action="store_true", help="leave out the speaking time by group"
    )
    return p


def load(path: Path) -> Meeting:
    """The meeting in ``path``; raises storage's :class:`MeetingFileError` (names file and field)."""
    from facilitation.storage.fileformat import load_meeting

    return load_meeting(path)


def run(argv: list[str]) -> int:
    try:
        ns = parser().parse_args(argv)
    except _UsageError as exc:
        _say(f"{PROG}: {exc} (see {PROG} --help)")
        return 2
    except SystemExit as exc:  # --help
        return int(exc.code or 0)
    source = Path(ns.meeting)
    out = Path(ns.output) if ns.output else source.with_suffix("." + ns.fmt)
    if out.exists() and source.exists() and out.samefile(source):
        _say(f"{PROG}: the minutes would overwrite the meeting file {source}; choose another -o.")
        return 2
    if ns.template and ns.fmt != "docx":
        _say(f"{PROG}: --template is for Word output only (--format docx).")
        return 2
    # drawing the chart needs a Qt platform: without a display, use the offscreen one
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from facilitation.export.api import export_minutes

    try:
        meeting = load(source)
        written = export_minutes(
            meeting,
            out,
            lang=ns.lang,
            template=ns.template,
            anonymous=ns.anonymous,
            fmt=ns.fmt,
            include_speaking_time=not ns.no_speaking_time,
            keep_owners=ns.keep_owners,
            on_warning=lambda msg: _say(f"warning: {msg}"),
        )
    except (ExportError, StorageError) as exc:
        _say(f"{PROG}: {exc}")
        return 1
    print(written)
    return 0


def _say(line: str) -> None:
    print(" ".join(line.split()), file=sys.stderr)
