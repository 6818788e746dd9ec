"""Lists of participants from a CSV file or a pasted registration list, previewed row by row.

A row is a name, a group (association, service, affiliation) and optionally an e-mail address,
separated by commas, semicolons or tabs (we find out which), with or without a header row in French
or English. Each row gets a status: imported, duplicate (same name ignoring case and accents, or same
e-mail, as someone already in the meeting or on an earlier row), or refused with its reason. Quoting
broken beyond repair refuses the whole file, naming the line, so nothing is half-imported.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from facilitation.imports.durations import fold
from facilitation.imports.errors import QT_TRANSLATE_NOOP, LineNote, ParticipantImportError
from facilitation.imports.textio import decode_text, read_bytes
from facilitation.models.commands import Batch, Command, Create
from facilitation.models.entities import Participant, Role

MAX_ROWS = 2_000
MAX_NAME = 120
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")
_HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "nom",
        "name",
        "nom complet",
        "full name",
        "participant",
        "participant·e",
        "participante",
        "personne",
        "person",
        "nom et prenom",
        "prenom nom",
        "nom prenom",
    ),
    "first": ("prenom", "first name", "firstname", "given name"),
    "last": ("nom de famille", "last name", "lastname", "surname", "family name"),
    "group": (
        "groupe",
        "group",
        "association",
        "organisation",
        "organization",
        "structure",
        "service",
        "institution",
        "affiliation",
        "asbl",
        "collectif",
        "employeur",
        "employer",
    ),
    "email": (
        "e-mail",
        "email",
        "courriel",
        "mail",
        "adresse e-mail",
        "adresse mail",
        "adresse electronique",
        "email address",
        "e-mail address",
    ),
    "role": ("role", "fonction"),
}
_ROLES: dict[str, Role] = {
    "membre": Role.MEMBER,
    "member": Role.MEMBER,
    "animateur": Role.FACILITATOR,
    "animatrice": Role.FACILITATOR,
    "animation": Role.FACILITATOR,
    "facilitator": Role.FACILITATOR,
    "facilitateur": Role.FACILITATOR,
    "facilitatrice": Role.FACILITATOR,
    "prise de notes": Role.NOTE_TAKER,
    "secretaire": Role.NOTE_TAKER,
    "note-taker": Role.NOTE_TAKER,
    "note taker": Role.NOTE_TAKER,
    "invite": Role.GUEST,
    "invitee": Role.GUEST,
    "guest": Role.GUEST,
}


class RowStatus(StrEnum):
    NEW = "new"
    DUPLICATE = "duplicate"
    REFUSED = "refused"


@dataclass(frozen=True, slots=True)
class ParticipantRow:
    line: int
    name: str
    group: str = ""
    email: str = ""
    role: Role = Role.MEMBER
    status: RowStatus = RowStatus.NEW

    def to_participant(self, id: str) -> Participant:
        return Participant(id, self.name, group=self.group, role=self.role, email=self.email)


@dataclass(slots=True)
class ParticipantsPreview:
    source: str
    rows: list[ParticipantRow] = field(default_factory=list)
    notes: list[LineNote] = field(default_factory=list)
    #: the separator found: "," ";" "\t", or "" for one name per line
    delimiter: str = ""
    header: bool = False

    @property
    def new(self) -> list[ParticipantRow]:
        return [r for r in self.rows if r.status == RowStatus.NEW]

    def notes_of(self, line: int) -> list[LineNote]:
        return [n for n in self.notes if n.line == line]


def person_key(name: str) -> str:
    """Two names are the same person when they differ only by case, accents or spacing."""
    return fold(name)


def participant_commands(
    preview: ParticipantsPreview, ids: Callable[[], str], include_duplicates: bool = False
) -> Command:
    """One command adding the new people of the preview (one undo step)."""
    wanted = [
        r
        for r in preview.rows
        if r.status == RowStatus.NEW or (include_duplicates and r.status == RowStatus.DUPLICATE)
    ]
    return Batch(tuple(Create.of("participants", r.to_participant(ids())) for r in wanted))


def read_participants(path: Path, existing: Iterable[Participant] = ()) -> ParticipantsPreview:
    data = read_bytes(path, ParticipantImportError)
    text = decode_text(data, path, ParticipantImportError)
    return parse_participants(text, str(path), existing)


def parse_participants(
    text: str, source: str = "pasted text", existing: Iterable[Participant] = ()
) -> ParticipantsPreview:
    """Preview the people in ``text``; :class:`ParticipantImportError` if it cannot be read at all."""
    if text.startswith("\ufeff"):
        text = text[1:]  # a BOM left in pasted text
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise ParticipantImportError(
            source, None, QT_TRANSLATE_NOOP("ImportProblem", "The list is empty.")
        )
    preview = ParticipantsPreview(source, delimiter=_sniff(text))
    records = _records(text, source, preview.delimiter)
    if len(records) > MAX_ROWS:
        raise ParticipantImportError(
            source,
            records[MAX_ROWS][0],
            QT_TRANSLATE_NOOP(
                "ImportProblem", "The list is too long ({count} rows; at most {limit})."
            ),
            count=len(records),
            limit=MAX_ROWS,
        )
    columns = _header(records[0][1]) if records else None
    if columns is not None:
        preview.header = True
        records = records[1:]
    seen: dict[str, str] = {}
    for p in existing:
        seen[person_key(p.name)] = p.name
        if p.email:
            seen[p.email.casefold()] = p.name
    extra_warned = False
    for line, cells, spans in records:

        def note(template: str, error: bool = False, _line: int = line, **params: object) -> None:
            preview.notes.append(LineNote(_line, template, dict(params), error))

        if columns is None and len([c for c in cells if c]) > 3 and not extra_warned:
            extra_warned = True
            note(
                QT_TRANSLATE_NOOP(
                    "ImportProblem",
                    "Only the name, group and e-mail are read; other columns are ignored.",
                )
            )
        row = _row(line, cells, columns)
        if spans:
            note(
                QT_TRANSLATE_NOOP(
                    "ImportProblem",
                    "A quotation mark makes this row run over several lines: check the quotes.",
                ),
                error=True,
            )
            row = _with(row, RowStatus.REFUSED)
        elif not row.name:
            note(
                QT_TRANSLATE_NOOP("ImportProblem", "This row has no name: it is not imported."),
                error=True,
            )
            row = _with(row, RowStatus.REFUSED)
        elif len(row.name) > MAX_NAME:
            note(
                QT_TRANSLATE_NOOP(
                    "ImportProblem",
                    "The name is too long ({count} characters): it is not imported.",
                ),
                error=True,
                count=len(row.name),
            )
            row = _with(row, RowStatus.REFUSED)
        elif row.email and not _EMAIL.match(row.email):
            note(
                QT_TRANSLATE_NOOP(
                    "ImportProblem",
                    "“{email}” is not a valid e-mail address: the row is not imported.",
                ),
                error=True,
                email=row.email,
            )
            row = _with(row, RowStatus.REFUSED)
        else:
            keys = [person_key(row.name)] + ([row.email.casefold()] if row.email else [])
            if keys[0] in seen:
                note(
                    QT_TRANSLATE_NOOP(
                        "ImportProblem", "{name} is already on the list (as {other})."
                    ),
                    name=row.name,
                    other=seen[keys[0]],
                )
                row = _with(row, RowStatus.DUPLICATE)
            elif len(keys) > 1 and keys[1] in seen:
                note(
                    QT_TRANSLATE_NOOP(
                        "ImportProblem",
                        "{name} has the same e-mail address as {other}, already on the list.",
                    ),
                    name=row.name,
                    other=seen[keys[1]],
                )
                row = _with(row, RowStatus.DUPLICATE)
            else:
                for k in keys:
                    seen[k] = row.name
        preview.rows.append(row)
    if not preview.rows:
        raise ParticipantImportError(
            source,
            None,
            QT_TRANSLATE_NOOP("ImportProblem", "The list has a header but nobody in it."),
        )
    return preview


def _with(row: ParticipantRow, status: RowStatus) -> ParticipantRow:
    return ParticipantRow(row.line, row.name, row.group, row.email, row.role, status)


def _sniff(text: str) -> str:
    """The separator that splits the first lines most consistently (tab, then semicolon, then comma)."""
    sample = [ln for ln in text.split("\n") if ln.strip()][:30]
    best, best_score = "", 0.0
    for delim in ("\t", ";", ","):
        counts = [len(next(csv.reader([ln], delimiter=delim), [])) for ln in sample]
        split = [c for c in counts if c > 1]
        if not split:
            continue
        # the share of lines it splits, and how often they agree on the number of columns
        common = max(split.count(c) for c in set(split))
        score = len(split) / len(sample) + common / len(sample)
        if score > best_score + 1e-9:
            best, best_score = delim, score
    return best


def _records(text: str, source: str, delimiter: str) -> list[tuple[int, list[str], bool]]:
    """``(line, cells, spans several lines)`` per non-empty row; broken quoting refuses the file."""
    reader = csv.reader(io.StringIO(text), delimiter=delimiter or "\x1f", strict=True)
    out: list[tuple[int, list[str], bool]] = []
    while True:
        start = reader.line_num + 1
        try:
            cells = next(reader)
        except StopIteration:
            return out
        except csv.Error as exc:
            if "end of data" in str(exc) or "EOF" in str(exc):
                template = QT_TRANSLATE_NOOP(
                    "ImportProblem", "A quotation mark opened on this line is never closed."
                )
            else:
                template = QT_TRANSLATE_NOOP(
                    "ImportProblem",
                    "A quotation mark is misplaced (inside a field, quotes must be doubled).",
                )
            raise ParticipantImportError(source, start, template) from None
        cells = [" ".join(c.split()) for c in cells]
        if any(cells):
            out.append((start, cells, reader.line_num > start))
        if len(out) > MAX_ROWS + 1:
            return out


def _header(cells: list[str]) -> dict[str, int] | None:
    if any("@" in c for c in cells):
        return None
    columns: dict[str, int] = {}
    for i, cell in enumerate(cells):
        key = fold(cell).strip(" :*")
        for column, names in _HEADERS.items():
            if key in names and column not in columns:
                columns[column] = i
                break
    if "name" in columns or "first" in columns or "last" in columns:
        return columns
    return None


def _address(text: str) -> str:
    """The address in "Anne Dubois <anne@collectif.be>" (as copied from a mail program)."""
    match = re.search(r"<([^<>]+@[^<>]+)>", text)
    return match.group(1).strip() if match else text.strip().removeprefix("mailto:")


def _row(line: int, cells: list[str], columns: dict[str, int] | None) -> ParticipantRow:
    def cell(column: str) -> str:
        i = columns.get(column) if columns else None
        return cells[i] if i is not None and i < len(cells) else ""

    if columns is not None:
        # "Prénom" + "Nom" columns: there "Nom" is the family name
        family = cell("last") or (cell("name") if "first" in columns else "")
        name = " ".join(x for x in (cell("first"), family) if x) or cell("name")
        role = _ROLES.get(fold(cell("role")), Role.MEMBER)
        return ParticipantRow(line, name, cell("group"), _address(cell("email")), role)
    emails = [c for c in cells if "@" in c]
    others = [c for c in cells if "@" not in c]
    while others and not others[-1]:
        others.pop()
    name = others[0] if others else ""
    group = others[1] if len(others) > 1 else ""
    return ParticipantRow(line, name, group, _address(emails[0]) if emails else "")
