"""``facilitation new`` and ``facilitation next``: exit codes, the files written, one-line errors."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from facilitation.cli import main
from facilitation.imports.cli import guess_language, run_new, run_next
from facilitation.models import FakeClock
from facilitation.storage.fileformat import load_meeting, save_meeting
from tests.factories import make_live, walk_meeting

SEED = Path(__file__).parent / "data" / "seed-rencontre-2.txt"


def err_lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [ln for ln in capsys.readouterr().err.splitlines() if ln]


def test_new_from_the_seed_and_a_csv(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    people = tmp_path / "inscrits.csv"
    people.write_bytes(
        "Nom;Groupe\nAnne Dubois;Collectif\nanne dubois;Collectif\nKarim;CPAS\n".encode("cp1252")
    )
    out = tmp_path / "rencontre.json"
    code = main(["new", "--agenda", str(SEED), "--participants", str(people), "-o", str(out)])
    assert code == 0
    captured = capsys.readouterr()
    assert "6 agenda points" in captured.out and "2 participants" in captured.out
    assert "1 duplicates left out" in captured.out
    assert captured.err.count("warning:") == 3  # Date:, Catégories:, the duplicate
    m = load_meeting(out)
    assert len(m.items) == 6
    assert m.details.title.startswith("Numérisation des services")
    assert m.details.language == "fr"
    assert [p.name for p in m.participants.values()] == ["Anne Dubois", "Karim"]
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_new_with_a_title_and_a_docx(tmp_path: Path) -> None:
    import docx

    d = docx.Document()
    d.add_paragraph("Welcome (5 min)", style="List Number")
    d.add_paragraph("Budget for the year (30 min)", style="List Number")
    agenda = tmp_path / "agenda.docx"
    d.save(str(agenda))
    out = tmp_path / "m.json"
    assert run_new(["--agenda", str(agenda), "--title", "General assembly", "-o", str(out)]) == 0
    m = load_meeting(out)
    assert m.details.title == "General assembly"
    assert m.details.language == "en"
    assert [i.planned_minutes for i in m.items.values()] == [5, 30]


def test_new_with_a_bad_agenda_is_one_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "vide.md"
    bad.write_text("")
    out = tmp_path / "m.json"
    assert run_new(["--agenda", str(bad), "-o", str(out)]) == 1
    lines = err_lines(capsys)
    assert len(lines) == 1 and str(bad) in lines[0] and "empty" in lines[0]
    assert not out.exists()


def test_new_with_bad_rows_imports_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    people = tmp_path / "p.csv"
    people.write_text("Nom;Groupe;E-mail\n;X;\nAnne;C;anne@\nKarim;D;\n")
    out = tmp_path / "m.json"
    assert run_new(["--agenda", str(SEED), "--participants", str(people), "-o", str(out)]) == 1
    lines = err_lines(capsys)
    assert len(lines) == 1
    assert f"{people}, line 2:" in lines[0] and "1 more bad rows" in lines[0]
    assert not out.exists()


def test_new_with_broken_quoting(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    people = tmp_path / "p.csv"
    people.write_text('name,group\n"Anne,C\nKarim,D\n')
    assert (
        run_new(
            ["--agenda", str(SEED), "--participants", str(people), "-o", str(tmp_path / "m.json")]
        )
        == 1
    )
    lines = err_lines(capsys)
    assert len(lines) == 1 and f"{people}, line 2:" in lines[0]


def test_new_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "m.json"
    out.write_text("precious")
    assert run_new(["--agenda", str(SEED), "-o", str(out)]) == 1
    assert "--force" in err_lines(capsys)[0]
    assert out.read_text() == "precious"
    assert run_new(["--agenda", str(SEED), "-o", str(out), "--force"]) == 0


def test_usage_errors_are_one_line_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_new(["-o", "x.json"]) == 2
    lines = err_lines(capsys)
    assert len(lines) == 1 and "--agenda" in lines[0]
    assert run_next([]) == 2
    assert len(err_lines(capsys)) == 1


def test_next(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    live = make_live()
    walk_meeting(live, FakeClock())
    held = tmp_path / "rencontre-2.json"
    save_meeting(held, live.meeting)
    out = tmp_path / "rencontre-3.json"
    assert main(["next", str(held), "-o", str(out)]) == 0
    assert "no. 3 on 2021-09-09" in capsys.readouterr().out
    m3 = load_meeting(out)
    assert m3.details.number == 3
    assert any(i.title == "Suivi des actions" for i in m3.items.values())
    assert load_meeting(held) == live.meeting


def test_next_of_an_unfinished_meeting_warns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    held = tmp_path / "prepared.json"
    save_meeting(held, make_live().meeting)
    assert run_next([str(held), "-o", str(tmp_path / "n.json")]) == 0
    assert "has not ended" in capsys.readouterr().err


def test_next_with_a_bad_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    assert run_next([str(bad), "-o", str(tmp_path / "n.json")]) == 1
    lines = err_lines(capsys)
    assert len(lines) == 1 and str(bad) in lines[0]
    assert run_next([str(bad), "-o", str(bad)]) == 1


def test_language_guess() -> None:
    assert guess_language(["Ordre du jour de la réunion", "Accueil"]) == "fr"
    assert guess_language(["Approval of the agenda", "Budget for the year"]) == "en"
