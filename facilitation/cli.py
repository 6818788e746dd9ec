"""The ``facilitation`` command: open the app, or run one of the file tools without a window.

    facilitation [FILE]                 open a meeting (without one: the start page, the list of meetings)
    facilitation --demo                 open the demo meeting (the same copy each time)
    facilitation --notes FILE           open a meeting with the note-taker's window in front
    facilitation export MEETING ...     write the minutes (Word or Markdown)
    facilitation new --agenda ...       create a meeting from an agenda and a list of participants
    facilitation next MEETING -o NEXT   prepare the next meeting from a finished one
    facilitation relay [--host --port]  relay shared meetings (stores only sealed updates)

Start-up stays light: Qt, python-docx and the importers are imported only by the path that needs them.
"""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence
from typing import NoReturn

from facilitation import __version__

SUBCOMMANDS = ("export", "new", "next", "relay")


def app_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="facilitation",
        description="Run meetings well: agenda, timers, speakers' queue, notes and minutes.",
        epilog="File tools: facilitation export|new|next --help; a relay: facilitation relay --help",
    )
    p.add_argument("file", nargs="?", help="a meeting file (.json) to open")
    p.add_argument("--version", action="version", version=f"facilitation {__version__}")
    p.add_argument(
        "--demo", action="store_true", help="open the demo meeting (the same copy each time)"
    )
    p.add_argument(
        "--notes", metavar="FILE", help="open FILE with the note-taker's window in front"
    )
    # what the start page asks of a new process when a meeting is already open in this one
    p.add_argument("--new", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--restore", metavar="SLOT", help=argparse.SUPPRESS)
    p.add_argument("--reopen-shared", metavar="FOLDER", help=argparse.SUPPRESS)
    p.add_argument(
        "--join",
        metavar="TEXT",
        help="join a meeting shared by another computer (what File → Join a meeting… accepts)",
    )
    p.add_argument("--read-only", action="store_true", help="open the meeting without changing it")
    p.add_argument("--lang", choices=("fr", "en"), help="language of the interface")
    p.add_argument(
        "--terminate-after-init",
        action="store_true",
        help="start fully, paint the windows, then quit (for timing start-up)",
    )
    return p


def _import_before_qt(ns: argparse.Namespace) -> None:
    """Import the domain and the storage that start-up needs before PySide6 is imported.

    Once PySide6 is imported, its import hook reads the source of each module imported after it
    (``shibokensupport.feature``: does the module use PySide6?). Imported first, the standard
    library and msgspec modules that the domain and the storage pull in are not read: the same
    modules, imported once, without that work. The session only when a meeting is opened (the
    start page does not need it).
    """
    import facilitation.models
    import facilitation.storage.library

    if ns.file or ns.notes or ns.demo or ns.new or ns.restore:
        import facilitation.storage.session  # noqa: F401


def entry() -> NoReturn:
    """The ``facilitation`` command (``python -m facilitation``, the bundle): :func:`main`, then the
    process ends; after the app, without Python's teardown where nothing needs it
    (``ui/app/process.py``)."""
    sys.exit(main(leave=True))


def main(argv: Sequence[str] | None = None, *, leave: bool = False) -> int:
    """Run the command given by ``argv`` and return its exit code (``leave``: see :func:`entry`)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in SUBCOMMANDS:
        name, rest = args[0], args[1:]
        if name == "export":
            from facilitation.export.cli import run as run_export

            return run_export(rest)
        if name == "relay":
            from facilitation.sync.relay import run as run_relay

            return run_relay(rest)
        from facilitation.imports.cli import run_new, run_next

        return run_new(rest) if name == "new" else run_next(rest)
    ns = app_parser().parse_args(args)
    # start-up makes ~50,000 lasting objects and no garbage: the collector waits for the first
    # window (ui/app/process.py; the app starts it again once the window is painted)
    gc.disable()
    try:
        _import_before_qt(ns)
        from facilitation.ui.app.startup import run as run_app

        code = run_app(ns)
    finally:
        gc.enable()
    if leave:
        from facilitation.ui.app.process import leave as leave_process

        leave_process(code)
    return code


if __name__ == "__main__":
    sys.exit(main())
