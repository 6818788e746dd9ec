"""Participants from CSV files and pasted registration lists: encodings, separators, bad rows."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from facilitation.imports.errors import ParticipantImportError
from facilitation.imports.participants import (
    ParticipantsPreview,
    RowStatus,
    parse_participants,
    participant_commands,
    read_participants,
)
from facilitation.models import LiveMeeting, Meeting, Participant, Role

LIST = "Nom;Groupe;E-mail\nAnne Dubois;Collectif;anne@collectif.be\nKarim Benali;CPAS de Forest;\n"


def write(tmp_path: Path, data: bytes, name: str = "liste.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def names(preview: ParticipantsPreview) -> list[tuple[str, str, str]]:
    return [(r.name, r.group, r.email) for r in preview.new]


EXPECTED = [
    ("Anne Dubois", "Collectif", "anne@collectif.be"),
    ("Karim Benali", "CPAS de Forest", ""),
]


@pytest.mark.parametrize(
    "encoded",
    [
        LIST.encode("utf-8"),
        codecs.BOM_UTF8 + LIST.encode("utf-8"),
        LIST.replace("\n", "\r\n").encode("cp1252"),
        LIST.encode("utf-16"),
    ],
    ids=["utf-8", "utf-8 BOM", "Windows-1252", "UTF-16"],
)
def test_encodings(tmp_path: Path, encoded: bytes) -> None:
    preview = read_participants(write(tmp_path, encoded))
    assert preview.header
    assert names(preview) == EXPECTED


def test_accents_survive_windows_1252(tmp_path: Path) -> None:
    text = "Nom;Groupe\nÉlodie Wéry;Maison médicale\n"
    preview = read_participants(write(tmp_path, text.encode("cp1252")))
    assert names(preview) == [("Élodie Wéry", "Maison médicale", "")]


@pytest.mark.parametrize("sep", [",", ";", "\t"])
def test_separators(sep: str) -> None:
    text = LIST.replace(";", sep)
    preview = parse_participants(text)
    assert preview.delimiter == sep
    assert names(preview) == EXPECTED


def test_quoted_fields_keep_their_separators() -> None:
    preview = parse_participants('name,group\n"Dubois, Anne","Collectif ""Solidarité"""\n')
    assert names(preview) == [("Dubois, Anne", 'Collectif "Solidarité"', "")]


def test_without_header_the_email_is_found_by_its_at_sign() -> None:
    preview = parse_participants("Anne Dubois\tanne@collectif.be\tCollectif\nKarim Benali\n")
    assert not preview.header
    assert names(preview) == [
        ("Anne Dubois", "Collectif", "anne@collectif.be"),
        ("Karim Benali", "", ""),
    ]


def test_first_and_last_name_columns_and_roles() -> None:
    preview = parse_participants(
        "Prénom;Nom de famille;Association;Rôle\nAnne;Dubois;Collectif;animatrice\nMarc;Janssens;;\n"
    )
    assert [(r.name, r.group, r.role) for r in preview.new] == [
        ("Anne Dubois", "Collectif", Role.FACILITATOR),
        ("Marc Janssens", "", Role.MEMBER),
    ]


def test_bad_rows_get_a_message_each_and_are_not_imported() -> None:
    text = (
        "Nom;Groupe;E-mail\n;Collectif;\nAnne Dubois;Collectif;anne@\n" + "X" * 130 + ";G;\nOK;G;\n"
    )
    preview = parse_participants(text, "inscriptions.csv")
    assert [(r.line, r.status) for r in preview.rows] == [
        (2, RowStatus.REFUSED),
        (3, RowStatus.REFUSED),
        (4, RowStatus.REFUSED),
        (5, RowStatus.NEW),
    ]
    messages = {n.line: n.message for n in preview.notes}
    assert "no name" in messages[2]
    assert "anne@" in messages[3] and "e-mail" in messages[3]
    assert "too long" in messages[4]
    assert all(n.error for n in preview.notes)


def test_duplicates_by_name_ignoring_case_and_accents_and_by_email() -> None:
    existing = [Participant("p1", "Élodie Wéry", "MM", email="elodie@mm.be")]
    text = (
        "name;group;email\n"
        "elodie wery;Autre;\n"
        "E. Wéry;MM;ELODIE@mm.be\n"
        "Anne Dubois;C;\n"
        "ANNE  DUBOIS;C;\n"
        "Karim;;\n"
    )
    preview = parse_participants(text, existing=existing)
    assert [r.status for r in preview.rows] == [
        RowStatus.DUPLICATE,
        RowStatus.DUPLICATE,
        RowStatus.NEW,
        RowStatus.DUPLICATE,
        RowStatus.NEW,
    ]
    notes = {n.line: n.message for n in preview.notes}
    assert "already on the list (as Élodie Wéry)" in notes[2]
    assert "same e-mail address as Élodie Wéry" in notes[3]
    assert "as Anne Dubois" in notes[5]


def test_an_unclosed_quote_refuses_the_whole_file_naming_the_line(tmp_path: Path) -> None:
    path = write(tmp_path, b'name,group\nAnne,Collectif\n"Karim,CPAS\nMarc,Syndicat\n')
    with pytest.raises(ParticipantImportError) as info:
        read_participants(path)
    assert info.value.line == 3
    assert "never closed" in info.value.message
    assert str(info.value).startswith(f"{path}, line 3: ")


def test_a_misplaced_quote_refuses_the_file() -> None:
    with pytest.raises(ParticipantImportError, match="misplaced") as info:
        parse_participants('name;group\nAnne;Collectif\n"Karim" B;CPAS\n')
    assert info.value.line == 3


def test_a_quote_spanning_lines_is_a_bad_row() -> None:
    preview = parse_participants('name,group\n"Anne\nDubois",Collectif\nMarc,S\n')
    assert [r.status for r in preview.rows] == [RowStatus.REFUSED, RowStatus.NEW]
    assert preview.rows[1].line == 4


def test_empty_files(tmp_path: Path) -> None:
    with pytest.raises(ParticipantImportError, match="empty"):
        read_participants(write(tmp_path, b""))
    with pytest.raises(ParticipantImportError, match="empty"):
        read_participants(write(tmp_path, b"\n \n"))
    with pytest.raises(ParticipantImportError, match="nobody"):
        parse_participants("Nom;Groupe;E-mail\n")


def test_binary_and_excel_files(tmp_path: Path) -> None:
    with pytest.raises(ParticipantImportError, match="binary"):
        read_participants(write(tmp_path, bytes(range(256))))
    with pytest.raises(ParticipantImportError, match="Excel"):
        read_participants(write(tmp_path, b"PK\x03\x04" + b"\x00" * 40, "liste.xlsx"))


def test_too_many_rows() -> None:
    text = "".join(f"Personne {n};G\n" for n in range(2_100))
    with pytest.raises(ParticipantImportError, match="too long"):
        parse_participants(text)


def test_applying_adds_only_new_people_in_one_undo_step() -> None:
    live = LiveMeeting(Meeting("m"))
    preview = parse_participants("Anne;C\nanne;C\n;X\nKarim;D\n")
    counter = iter(range(10))
    live.apply(participant_commands(preview, lambda: f"p{next(counter)}"))
    assert [p.name for p in live.meeting.participants.values()] == ["Anne", "Karim"]
    live.undo()
    assert live.meeting.participants == {}


def test_first_name_and_nom_columns_and_mail_program_addresses() -> None:
    preview = parse_participants(
        "Prénom;Nom;Courriel\nAnne;Dubois;Anne Dubois <anne@collectif.be>\n"
    )
    assert names(preview) == [("Anne Dubois", "", "anne@collectif.be")]
