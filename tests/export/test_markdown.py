"""The Markdown minutes, for the body of an e-mail: headings, tables, decisions, escaping."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from facilitation.export import export_minutes
from facilitation.export.cleaning import clean
from facilitation.export.markdown import md_escape
from facilitation.models import AgendaItem, Create, Decision, LiveMeeting, Meeting, Note


def test_headings_tables_and_decisions(meeting: Meeting, tmp_path: Path) -> None:
    out = export_minutes(meeting, tmp_path / "m.md", fmt="md")
    text = out.read_text("utf-8")
    lines = text.splitlines()
    assert lines[0] == "# " + md_escape(clean(meeting.details.title), block=False)
    for heading in (
        "## Présences",
        "## Ordre du jour",
        "## Relevé de décisions",
        "## Actions",
        "## Prochaine réunion",
        "## Temps de parole par groupe",
    ):
        assert heading in lines
    for i, item in enumerate(meeting.items.values(), 1):
        assert f"### {i}. {md_escape(clean(item.title), block=False)}" in lines
    assert "| N° | Point | Prévu | Réel |" in lines
    assert "| Quoi | Qui | Pour quand | État |" in lines
    for d in meeting.decisions.values():
        assert any(
            line.startswith("> **Décision\u00a0:**") and md_escape(d.text) in line for line in lines
        )
    for a in meeting.actions.values():
        assert any(line.startswith("| " + md_escape(a.what, block=False) + " |") for line in lines)
    assert out.stat().st_mode & 0o777 == 0o600


def test_english_markdown(meeting: Meeting, tmp_path: Path) -> None:
    text = export_minutes(meeting, tmp_path / "m.md", fmt="md", lang="en").read_text("utf-8")
    assert "## Record of decisions" in text and "## Next meeting" in text
    assert "Thursday 17 June 2021" in text


def test_user_text_cannot_make_structure(tmp_path: Path) -> None:
    live = LiveMeeting(Meeting("m"))
    live.apply(Create.of("items", AgendaItem("i", "# not | a heading")))
    at = datetime(2021, 6, 17, tzinfo=UTC)
    live.apply(Create.of("notes", Note("n", "i", at, "- not a list\n# nor a heading *bold?*")))
    live.apply(Create.of("decisions", Decision("d", "i", "a | b\nc")))
    text = export_minutes(live.meeting, tmp_path / "m.md", fmt="md").read_text("utf-8")
    assert "### 1. \\# not \\| a heading" in text
    assert "\\- not a list" in text and "\\# nor a heading \\*bold?\\*" in text
    # the decision in the table: one row, its newline a <br>, its pipe escaped
    assert "| 1. \\# not \\| a heading | a \\| b<br>c | Adoptée par consensus |" in text
