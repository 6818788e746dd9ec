"""Agenda templates and the usual opening and closing points."""

from __future__ import annotations

import json
import stat
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from facilitation.imports.standard import standard_commands, standard_points
from facilitation.imports.templates import (
    TemplateError,
    list_templates,
    load_template,
    meeting_from_template,
    save_template,
    template_commands,
    template_of,
    templates_dir,
)
from facilitation.models import FakeClock, LiveMeeting, Meeting, SetDetails
from tests.factories import T0, Ids, make_live, walk_meeting


def test_standard_points_exist_in_both_languages() -> None:
    points = standard_points()
    assert [p.key for p in points] == [
        "welcome",
        "approve_agenda",
        "approve_minutes",
        "follow_up",
        "aob",
        "next_meeting",
    ]
    assert all(p.titles["fr"] and p.titles["en"] for p in points)
    assert points[4].title("fr") == "Questions diverses"


def test_opening_and_closing_points_in_one_click_each_and_undoable() -> None:
    live = make_live()
    ids = Ids()
    live.apply(standard_commands(live.meeting, "opening", lambda: ids("s")))
    live.apply(standard_commands(live.meeting, "closing", lambda: ids("s")))
    titles = [i.title for i in live.meeting.items.values()]
    assert titles == [
        "Accueil et tour de présentation",
        "Approbation de l'ordre du jour",
        "Approbation du compte rendu de la réunion précédente",
        "Suivi des actions",
        "Point 1",
        "Point 2",
        "Point 3",
        "Point 4",
        "Questions diverses",
        "Date de la prochaine réunion",
    ]
    # a second click adds nothing twice
    live.apply(standard_commands(live.meeting, "closing", lambda: ids("s")))
    assert len(live.meeting.items) == 10
    live.undo()
    live.undo()
    assert [i.title for i in live.meeting.items.values()][-1] == "Point 4"


def test_english_meeting_gets_english_points() -> None:
    live = make_live()
    live.apply(SetDetails(replace(live.meeting.details, language="en")))
    ids = Ids()
    live.apply(standard_commands(live.meeting, "closing", lambda: ids("s")))
    assert [i.title for i in live.meeting.items.values()][-2:] == [
        "Any other business",
        "Date of the next meeting",
    ]


def test_save_and_load_a_template_without_people_or_record(tmp_path: Path) -> None:
    live = make_live()
    walk_meeting(live, FakeClock())
    template = template_of(live.meeting, "Rencontre mensuelle")
    path = save_template(template, tmp_path)
    assert path.parent == tmp_path
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    doc = json.loads(path.read_text("utf-8"))
    assert "participants" not in doc and "live" not in doc and "runs" not in doc
    assert doc["details"]["date"] is None and doc["details"]["number"] is None
    loaded = load_template(path)
    assert loaded.name == "Rencontre mensuelle"
    assert [i.title for i in loaded.items] == ["Point 1", "Point 2", "Point 3", "Point 4"]
    assert not any(i.skipped for i in loaded.items)  # i4 was skipped in the held meeting
    assert loaded.details.series == live.meeting.details.series


def test_the_default_folder_is_in_the_users_data_folder() -> None:
    path = save_template(template_of(make_live().meeting, "AG"))
    assert path.parent == templates_dir()
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    found, problems = list_templates()
    assert [t.name for t in found] == ["AG"] and problems == []


def test_a_damaged_template_is_reported_not_hidden(tmp_path: Path) -> None:
    save_template(template_of(make_live().meeting, "Bonne"), tmp_path)
    (tmp_path / "cassee.json").write_text(
        '{"format": "facilitation-agenda-template", "version": 1, "items": [{"id": 3}]}'
    )
    (tmp_path / "autre.json").write_text("not json")
    found, problems = list_templates(tmp_path)
    assert [t.name for t in found] == ["Bonne"]
    assert sorted(Path(p.path).name for p in problems) == ["autre.json", "cassee.json"]
    with pytest.raises(TemplateError, match="damaged"):
        load_template(tmp_path / "cassee.json")


def test_using_a_template_keeps_the_meetings_date_and_is_one_step() -> None:
    template = template_of(make_live().meeting, "AG")
    live = LiveMeeting(Meeting("new"))
    live.apply(SetDetails(replace(live.meeting.details, date=date(2026, 3, 1), number=7)))
    ids = Ids()
    live.apply(template_commands(template, live.meeting, lambda: ids("t")))
    m = live.meeting
    assert [i.title for i in m.items.values()] == ["Point 1", "Point 2", "Point 3", "Point 4"]
    assert list(m.items) == ["t-1", "t-2", "t-3", "t-4"]
    assert (m.details.date, m.details.number) == (date(2026, 3, 1), 7)
    assert m.details.title == template.details.title
    live.undo()
    assert not m.items and m.details.number == 7


def test_a_new_meeting_from_a_template() -> None:
    template = template_of(make_live().meeting, "AG")
    ids = Ids()
    m = meeting_from_template(template, lambda: ids("t"), T0)
    assert m.id == "t-1" and m.created == T0 and len(m.items) == 4 and not m.participants
