"""``facilitation new`` and ``facilitation next``: meetings prepared from files, without a window.

    facilitation new --agenda AGENDA.(md|txt|docx) [--participants LIST.csv] [--title T] -o MEETING.json
    facilitation next MEETING.json -o NEXT.json

Exit codes: 0 done, 1 the input cannot be used (one line on stderr naming the file and line), 2 wrong
usage. Remarks that do not stop the import (a line left out, a duplicate skipped) are printed on
stderr as ``warning:`` lines. An existing output file is never overwritten without ``--force``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from facilitation.imports.errors import ImportProblem, LineNote


class _Usage(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line on stderr (the house rule for the file tools)."""

    def error(self, message: str) -> NoReturn:
        raise _Usage(f"{self.prog}: {message} (see --help)")


_FR = frozenset(
    [
        "le",
        "la",
        "les",
        "des",
        "du",
        "de",
        "et",
        "pour",
        "est",
        "une",
        "un",
        "avec",
        "sur",
        "dans",
        "au",
        "aux",
        "ordre",
        "jour",
        "réunion",
    ]
)
_EN = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "for",
        "is",
        "a",
        "an",
        "with",
        "on",
        "in",
        "at",
        "agenda",
        "meeting",
    ]
)


def guess_language(texts: Sequence[str]) -> str:
    """French unless the words say English (the app's first users write French)."""
    words = [w.strip(".,;:?!()'’").casefold() for t in texts for w in t.split()]
    fr = sum(w in _FR for w in words)
    en = sum(w in _EN for w in words)
    return "en" if en > fr else "fr"


def _note_line(source: str, unit: str, note: LineNote) -> str:
    return f"warning: {source}, {unit} {note.line}: {note.message}"


def _fail(prog: str, message: str) -> int:
    print(f"{prog}: error: {message}", file=sys.stderr)
    return 1


def _check_output(prog: str, out: Path, force: bool) -> str | None:
    if out.exists() and not force:
        return f"{out} already exists (use --force to replace it)"
    if not out.parent.is_dir():
        return f"the folder {out.parent} does not exist"
    return None


def run_new(argv: list[str]) -> int:
    prog = "facilitation new"
    p = _Parser(
        prog=prog, description="Create a meeting file from an agenda and a list of participants."
    )
    p.add_argument("--agenda", required=True, type=Path, help="the agenda: .md, .txt or .docx")
    p.add_argument("--participants", type=Path, help="a CSV list: name; group; e-mail (optional)")
    p.add_argument("--title", help="the meeting's title (default: the one found in the agenda)")
    p.add_argument("--lang", choices=("fr", "en"), help="the meeting's language (default: guessed)")
    p.add_argument("-o", "--output", required=True, type=Path, help="the meeting file to write")
    p.add_argument("--force", action="store_true", help="replace the output file if it exists")
    try:
        ns = p.parse_args(argv)
    except _Usage as exc:
        print(exc, file=sys.stderr)
        return 2
    from facilitation.imports.agenda import agenda_commands
    from facilitation.imports.files import read_agenda
    from facilitation.imports.participants import RowStatus, participant_commands, read_participants
    from facilitation.models import Details, LiveMeeting, Meeting, SystemClock, new_id
    from facilitation.models.commands import CommandError
    from facilitation.storage.errors import StorageError
    from facilitation.storage.fileformat import save_meeting

    if problem := _check_output(prog, ns.output, ns.force):
        return _fail(prog, problem)
    try:
        agenda = read_agenda(ns.agenda)
        people = read_participants(ns.participants) if ns.participants else None
    except ImportProblem as exc:
        return _fail(prog, str(exc))
    if people is not None:
        refused = [n for n in people.notes if n.error]
        if refused:
            more = f" (and {len(refused) - 1} more bad rows)" if len(refused) > 1 else ""
            first = refused[0]
            return _fail(prog, f"{ns.participants}, line {first.line}: {first.message}{more}")
    title = (ns.title or agenda.title or ns.agenda.stem).strip()
    language = ns.lang or guess_language([agenda.title, *(i.title for i in agenda.items)])
    meeting = Meeting(new_id(), Details(title=title, language=language), SystemClock().now())
    live = LiveMeeting(meeting)
    try:
        live.apply(agenda_commands(agenda, meeting, new_id))
        if people is not None:
            live.apply(participant_commands(people, new_id))
        save_meeting(ns.output, live.meeting)
    except (CommandError, StorageError) as exc:
        return _fail(prog, str(exc))
    for note in agenda.notes:
        print(_note_line(agenda.source, agenda.unit, note), file=sys.stderr)
    if people is not None:
        for note in people.notes:
            print(_note_line(people.source, "line", note), file=sys.stderr)
    count = len(people.new) if people else 0
    dup = sum(1 for r in people.rows if r.status == RowStatus.DUPLICATE) if people else 0
    print(
        f"{ns.output}: {len(agenda.items)} agenda points ({agenda.total_minutes} min planned), "
        f"{count} participants" + (f" ({dup} duplicates left out)" if dup else "") + "."
    )
    return 0


def run_next(argv: list[str]) -> int:
    prog = "facilitation next"
    p = _Parser(prog=prog, description="Prepare the next meeting of a series from a finished one.")
    p.add_argument("meeting", type=Path, help="the finished meeting file")
    p.add_argument("-o", "--output", required=True, type=Path, help="the new meeting file to write")
    p.add_argument("--force", action="store_true", help="replace the output file if it exists")
    try:
        ns = p.parse_args(argv)
    except _Usage as exc:
        print(exc, file=sys.stderr)
        return 2
    from facilitation.imports.nextmeeting import prepare_next
    from facilitation.models import SystemClock, new_id
    from facilitation.storage.errors import StorageError
    from facilitation.storage.fileformat import load_meeting, save_meeting

    if ns.output.resolve() == ns.meeting.resolve():
        return _fail(prog, "the next meeting must be written to another file")
    if problem := _check_output(prog, ns.output, ns.force):
        return _fail(prog, problem)
    try:
        previous = load_meeting(ns.meeting)
    except StorageError as exc:
        return _fail(prog, str(exc))
    if previous.live.ended_at is None:
        print(
            f"warning: {ns.meeting}: this meeting has not ended; preparing the next one anyway",
            file=sys.stderr,
        )
    nxt = prepare_next(previous, new_id, SystemClock().now())
    try:
        save_meeting(ns.output, nxt)
    except StorageError as exc:
        return _fail(prog, str(exc))
    d = nxt.details
    when = f" on {d.date.isoformat()}" if d.date else ""
    number = f" no. {d.number}" if d.number is not None else ""
    print(
        f"{ns.output}: meeting{number}{when}, {len(nxt.items)} agenda points, {len(nxt.participants)} participants, {len(nxt.actions)} open actions."
    )
    return 0
