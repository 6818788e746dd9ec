"""Agendas from Markdown and plain text: the seed's invitation, lists, headings, durations, bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitation.imports.agenda import agenda_commands
from facilitation.imports.agenda_text import parse_agenda_text, read_agenda_text
from facilitation.imports.durations import split_duration, split_kind
from facilitation.imports.errors import AgendaImportError, ImportProblem
from facilitation.imports.files import read_agenda
from facilitation.models import AgendaItem, Create, ItemKind, LiveMeeting, Meeting, OpenQuestion

DATA = Path(__file__).parent / "data"
SEED = DATA / "seed-rencontre-2.txt"


def test_the_seed_invitation_gives_its_six_questions() -> None:
    preview = read_agenda(SEED)
    titles = [i.title for i in preview.items]
    assert len(titles) == 6
    assert titles[0] == "Un refinancement, oui mais pour faire quoi ?"
    assert titles[1].startswith("Comment dépasser la dualité")
    assert titles[-1] == "Qu’en est-il de la participation des premier.es concernées, les usagers ?"
    first = preview.items[0]
    assert first.description == "Est-ce que cela permettra de garantir :"
    assert first.sub_questions == (
        "que nous n’auront pas à continuer à remplir des formulaires en ligne toute la journée ?",
        "la réouverture des tous les guichets dans les autres institutions publiques ou privées ?",
        "de faire du travail social un outil d’émancipation ?",
    )
    assert all(i.sub_questions == () for i in preview.items[1:])
    assert preview.title.startswith("Numérisation des services et accès aux droits")
    # the event page's empty "Date:" and "Catégories:" bullets are named, not imported
    assert [n.line for n in preview.notes] == [6, 7]
    assert "Date:" in preview.notes[0].message


def test_seed_pasted_as_text_gives_the_same_agenda() -> None:
    text = SEED.read_text(encoding="utf-8")
    assert [i.title for i in parse_agenda_text(text).items] == [
        i.title for i in read_agenda(SEED).items
    ]


def test_markdown_numbered_list_with_nested_bullets_and_durations() -> None:
    text = """# Assemblée du collectif

## Ordre du jour

1. Accueil (10 min)
2. Budget 2025 — 20 minutes
   - Les subsides
   - Les cotisations
     * un troisième niveau
3. **Journée d'arrêt** 1h15
4) Questions diverses 5'
"""
    preview = parse_agenda_text(text, "agenda.md")
    assert preview.title == "Assemblée du collectif"
    assert [(i.title, i.planned_minutes) for i in preview.items] == [
        ("Accueil", 10),
        ("Budget 2025", 20),
        ("Journée d'arrêt", 75),
        ("Questions diverses", 5),
    ]
    assert preview.items[1].sub_questions == (
        "Les subsides",
        "Les cotisations",
        "un troisième niveau",
    )
    assert preview.total_minutes == 110
    assert any("flattened" in n.message for n in preview.notes)


@pytest.mark.parametrize(
    ("written", "title", "minutes"),
    [
        ("Budget (20 min)", "Budget", 20),
        ("Budget 20'", "Budget", 20),
        ("Budget 20’", "Budget", 20),
        ("Budget — 20 minutes", "Budget", 20),
        ("Budget - 20 mn", "Budget", 20),
        ("Budget 1h15", "Budget", 75),
        ("Budget (1 h 30)", "Budget", 90),
        ("[15 min] Accueil", "Accueil", 15),
        ("Rapport (15') des groupes", "Rapport des groupes", 15),
        ("Accueil 14h00", "Accueil 14h00", None),  # a clock time, not a duration
        ("Budget 2025", "Budget 2025", None),
        ("Point 3", "Point 3", None),
    ],
)
def test_durations_are_read_and_taken_out_of_the_title(
    written: str, title: str, minutes: int | None
) -> None:
    assert split_duration(written) == (title, minutes)


def test_a_kind_tag_sets_the_kind() -> None:
    assert split_kind("Vote du budget (pour décision)") == ("Vote du budget", ItemKind.DECISION)
    assert split_kind("Nouvelles [info]") == ("Nouvelles", ItemKind.INFORMATION)
    assert split_kind("Budget (2025)") == ("Budget (2025)", None)
    preview = parse_agenda_text("- Budget (for decision) (20 min)\n- News\n")
    assert preview.items[0].kind == ItemKind.DECISION
    assert preview.items[0].planned_minutes == 20


def test_headings_are_the_points_when_they_carry_the_structure() -> None:
    text = """# Réunion du 12 mars

## Accueil

## Budget (30 min)
Le trésorier présente les comptes.
- Subsides
- Cotisations

## Divers
"""
    preview = parse_agenda_text(text)
    assert [i.title for i in preview.items] == ["Accueil", "Budget", "Divers"]
    assert preview.items[1].planned_minutes == 30
    assert preview.items[1].sub_questions == ("Subsides", "Cotisations")
    assert preview.items[1].description == "Le trésorier présente les comptes."
    assert preview.title == "Réunion du 12 mars"


def test_outline_numbers_nest_without_indentation() -> None:
    preview = parse_agenda_text("1. Accueil\n2. Budget\n2.1 Subsides\n2.2 Cotisations\n3. Divers\n")
    assert [i.title for i in preview.items] == ["Accueil", "Budget", "Divers"]
    assert preview.items[1].sub_questions == ("Subsides", "Cotisations")


def test_one_point_per_line_is_an_agenda() -> None:
    preview = parse_agenda_text("Accueil\nBudget (20 min)\nDivers\n")
    assert [(i.title, i.planned_minutes) for i in preview.items] == [
        ("Accueil", 0),
        ("Budget", 20),
        ("Divers", 0),
    ]


def test_prose_without_structure_is_refused_naming_the_line() -> None:
    prose = "Bonjour à toutes et à tous. " * 12
    with pytest.raises(AgendaImportError) as info:
        parse_agenda_text("Invitation\n\n" + prose + "\n", "lettre.txt")
    assert info.value.line == 3
    assert "no numbered or bulleted list" in info.value.message
    assert str(info.value).startswith("lettre.txt, line 3: ")


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def test_empty_file(tmp_path: Path) -> None:
    with pytest.raises(AgendaImportError, match="empty"):
        read_agenda(write(tmp_path, "vide.md", b"  \n\n"))


def test_binary_file(tmp_path: Path) -> None:
    with pytest.raises(AgendaImportError, match="not a text file") as info:
        read_agenda(write(tmp_path, "image.txt", bytes(range(256)) * 4))
    assert str(tmp_path / "image.txt") in str(info.value)


def test_enormous_file(tmp_path: Path) -> None:
    path = write(tmp_path, "long.txt", "".join(f"- Point {n}\n" for n in range(10_000)).encode())
    with pytest.raises(AgendaImportError, match="too long for an agenda"):
        read_agenda(path)


def test_too_many_points(tmp_path: Path) -> None:
    path = write(tmp_path, "many.md", "".join(f"- Point {n}\n" for n in range(500)).encode())
    with pytest.raises(AgendaImportError, match="Too many agenda points") as info:
        read_agenda(path)
    assert info.value.line == 201


def test_windows_1252_and_bom(tmp_path: Path) -> None:
    cp = write(tmp_path, "cp.txt", "1. Réunion d'été\r\n2. Clôture\r\n".encode("cp1252"))
    assert [i.title for i in read_agenda_text(cp).items] == ["Réunion d'été", "Clôture"]
    bom = write(tmp_path, "bom.md", "\ufeff- Café\n- Thé\n".encode())
    assert [i.title for i in read_agenda(bom).items] == ["Café", "Thé"]


def test_a_word_file_named_txt_is_read_as_word_or_refused_clearly(tmp_path: Path) -> None:
    path = write(tmp_path, "agenda.txt", b"PK\x03\x04" + b"\x00" * 50)
    with pytest.raises(ImportProblem, match="packed document"):
        read_agenda(path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(AgendaImportError, match="does not exist"):
        read_agenda(tmp_path / "absent.md")


def test_applying_is_one_undo_step_and_appends() -> None:
    live = LiveMeeting(Meeting("m"))
    live.apply(Create.of("items", AgendaItem("old", "Déjà là")))
    preview = parse_agenda_text("- Accueil (5 min)\n- Budget\n")
    counter = iter(range(100))
    live.apply(agenda_commands(preview, live.meeting, lambda: f"n{next(counter)}"))
    assert [i.title for i in live.meeting.items.values()] == ["Déjà là", "Accueil", "Budget"]
    assert live.meeting.items["n0"].planned_minutes == 5
    live.undo()
    assert list(live.meeting.items) == ["old"]


def test_replacing_the_agenda() -> None:
    live = LiveMeeting(Meeting("m"))
    live.apply(Create.of("items", AgendaItem("old", "Déjà là")))
    preview = parse_agenda_text("- Accueil\n")
    live.apply(agenda_commands(preview, live.meeting, lambda: "new", replace=True))
    assert [i.title for i in live.meeting.items.values()] == ["Accueil"]


def test_agenda_heading_is_not_the_title_and_task_boxes_are_dropped() -> None:
    preview = parse_agenda_text("Ordre du jour :\n- [ ] Accueil\n- [x] **Budget**\n")
    assert preview.title == ""
    assert [i.title for i in preview.items] == ["Accueil", "Budget"]


def test_replacing_keeps_the_items_with_a_record() -> None:
    live = LiveMeeting(Meeting("m"))
    live.apply(Create.of("items", AgendaItem("held", "Discuté")))
    live.apply(Create.of("items", AgendaItem("todo", "Pas encore")))
    live.apply(Create.of("questions", OpenQuestion("q", "held", "Avec qui ?")))
    preview = parse_agenda_text("- Accueil\n")
    live.apply(agenda_commands(preview, live.meeting, lambda: "new", replace=True))
    assert [i.title for i in live.meeting.items.values()] == ["Discuté", "Accueil"]
    assert "q" in live.meeting.questions


def test_numbers_typed_in_headings_are_not_part_of_the_title() -> None:
    text = "# Ordre du jour\n\n## 1. Accueil (10 min)\n\n## 2. Budget\n\n### 2.1 Subsides\n\n## 3 ateliers\n"
    preview = parse_agenda_text(text)
    assert [i.title for i in preview.items] == ["Accueil", "Budget", "3 ateliers"]
    assert preview.items[1].sub_questions == ("Subsides",)
    assert preview.title == ""
