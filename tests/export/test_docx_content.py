"""The Word minutes of the held example, read back with python-docx, section by section."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitation.export import export_minutes
from facilitation.export.cleaning import clean
from facilitation.models import Attendance, Meeting, Role
from tests.export.conftest import Para, read_docx, section

HEADINGS = {
    "fr": {
        "attendance": "Présences",
        "agenda": "Ordre du jour",
        "items": "Points abordés",
        "decisions": "Relevé de décisions",
        "actions": "Actions",
        "open": "Questions ouvertes pour la prochaine réunion",
        "next": "Prochaine réunion",
        "speaking": "Temps de parole par groupe",
        "present": "Présent·es",
        "excused": "Excusé·es",
        "absent": "Absent·es",
        "guests": "Invité·es",
        "represented": "Représenté·es",
        "colon": "\u00a0:",
        "date": "jeudi 17 juin 2021",
        "facilitation": "Animation",
        "note_taking": "Prise de notes",
    },
    "en": {
        "attendance": "Attendance",
        "agenda": "Agenda",
        "items": "Items discussed",
        "decisions": "Record of decisions",
        "actions": "Actions",
        "open": "Open questions for the next meeting",
        "next": "Next meeting",
        "speaking": "Speaking time by group",
        "present": "Present",
        "excused": "Excused",
        "absent": "Absent",
        "guests": "Guests",
        "represented": "Represented",
        "colon": ":",
        "date": "Thursday 17 June 2021",
        "facilitation": "Facilitation",
        "note_taking": "Note-taking",
    },
}


#: the language, the meeting, the file, its paragraphs and its tables
Exported = tuple[str, Meeting, Path, list[Para], list[list[list[str]]]]


@pytest.fixture(params=["fr", "en"])
def exported(request: pytest.FixtureRequest, meeting: Meeting, tmp_path: Path) -> Exported:
    lang = request.param
    out = export_minutes(meeting, tmp_path / f"minutes-{lang}.docx", lang=lang)
    paras, tables = read_docx(out)
    return lang, meeting, out, paras, tables


def _count(m: Meeting, attendance: Attendance, guests: bool = False) -> int:
    return sum(
        1
        for p in m.participants.values()
        if p.attendance is attendance and (p.role is Role.GUEST) == guests
    )


def test_title_facts_and_styles(exported: Exported) -> None:
    lang, m, _, paras, _ = exported
    h = HEADINGS[lang]
    assert paras[0].style == "Title"
    assert paras[0].text == clean(m.details.title)
    facts = {p.text.split(h["colon"])[0]: p.text for p in paras[:14]}
    date_line = next(t for t in facts.values() if h["date"] in t)
    assert date_line
    facilitators = [p.name for p in m.participants.values() if p.role is Role.FACILITATOR]
    assert all(name in facts[h["facilitation"]] for name in facilitators)
    takers = [p.name for p in m.participants.values() if p.role is Role.NOTE_TAKER]
    assert all(name in facts[h["note_taking"]] for name in takers)
    # the times actually held, in the meeting's own offset
    start, end = m.live.started_at, m.live.ended_at
    assert start is not None and end is not None
    held = f"{start:%H} h {start:%M}" if lang == "fr" else f"{start:%H:%M}"
    assert any(held in p.text and f"{end.minute:02d}" in p.text for p in paras[:14])
    styles = {p.style for p in paras}
    assert {"Title", "Heading 1", "Heading 2", "List Bullet"} <= styles


def test_attendance_counts_and_names(exported: Exported) -> None:
    lang, m, _, paras, _ = exported
    h = HEADINGS[lang]
    text = "\n".join(p.text for p in section(paras, h["attendance"]))
    expected = {
        "present": _count(m, Attendance.PRESENT),
        "represented": _count(m, Attendance.REPRESENTED),
        "excused": _count(m, Attendance.EXCUSED),
        "absent": _count(m, Attendance.ABSENT),
        "guests": _count(m, Attendance.PRESENT, guests=True),
    }
    for key, n in expected.items():
        if n:
            assert f"{h[key]} ({n}){h['colon']}" in text
        else:
            assert f"{h[key]} (" not in text
    for p in m.participants.values():
        assert clean(p.name) in text
    # present people are grouped by their group, one bullet per group under "Present (n)"
    blocks: dict[str, list[str]] = {}
    current = ""
    for para in section(paras, h["attendance"]):
        if para.style == "List Bullet":
            blocks[current].append(para.text)
        else:
            current = para.text.split(" (")[0]
            blocks[current] = []
    present_lines = blocks[h["present"]]
    by_group: dict[str, list[str]] = {}
    for p in m.participants.values():
        if p.attendance is Attendance.PRESENT and p.role is not Role.GUEST:
            by_group.setdefault(p.group, []).append(p.name)
    if len(by_group) > 1:
        assert len(present_lines) == len(by_group)
        for group, names in by_group.items():
            label = group or ("Sans groupe" if lang == "fr" else "No group")
            line = next(x for x in present_lines if x.startswith(label + h["colon"]))
            assert line == f"{label}{h['colon']} " + ", ".join(names)


def test_agenda_table_and_items(exported: Exported) -> None:
    lang, m, _, paras, tables = exported
    h = HEADINGS[lang]
    agenda = tables[0]
    assert len(agenda) == 1 + len(m.items) + 1  # header, one row per item, the total
    for row, item in zip(agenda[1:], m.items.values(), strict=False):
        assert row[1] == clean(item.title)
        if item.planned_minutes:
            assert row[2].startswith(str(item.planned_minutes)) or " h " in row[2]
    items = section(paras, h["items"])
    item_headings = [p.text for p in items if p.style == "Heading 2"]
    assert item_headings == [f"{i}. {clean(it.title)}" for i, it in enumerate(m.items.values(), 1)]
    body = "\n".join(p.text for p in items)
    for sub in (s for it in m.items.values() for s in it.sub_questions):
        assert clean(sub) in body
    speakers = {pid: p.name for pid, p in m.participants.items()}
    for note in m.notes.values():
        want = clean(note.text)
        if note.speaker_id:
            want = f"{clean(speakers[note.speaker_id])}{h['colon']} {want}"
        assert any(p.text == want and p.style == "List Bullet" for p in items), want


def test_decisions_set_apart_and_recorded(exported: Exported) -> None:
    lang, m, _, paras, tables = exported
    h = HEADINGS[lang]
    items = section(paras, h["items"])
    decision_paras = [p.text for p in items if p.style == "Minutes Decision"]
    for d in m.decisions.values():
        assert any(clean(d.text) in t for t in decision_paras)
        if d.votes_for is not None:
            assert any(f"{d.votes_for} " in t for t in decision_paras)
    releve = next(t for t in tables if len(t[0]) == 3)
    assert [row[1] for row in releve[1:]] == [clean(d.text) for d in m.decisions.values()]


def test_actions_table_open_questions_next_meeting(exported: Exported) -> None:
    lang, m, _, paras, tables = exported
    h = HEADINGS[lang]
    actions = next(t for t in tables if len(t[0]) == 4 and t[0][0] in ("Quoi", "What"))
    assert len(actions) == 1 + len(m.actions)
    for row, a in zip(actions[1:], m.actions.values(), strict=True):
        assert row[0] == clean(a.what)
        who = m.participant_name(a.owner_id) or a.owner
        assert row[1] == clean(who)
        if a.due:
            assert row[2] == f"{a.due:%d/%m/%Y}"
    open_text = "\n".join(p.text for p in section(paras, h["open"]))
    for q in m.questions.values():
        assert (clean(q.text) in open_text) is (not q.resolved)
    nxt = "\n".join(p.text for p in section(paras, h["next"]))
    nm = m.next_meeting
    if nm.date is not None:
        assert str(nm.date.day) in nxt and str(nm.date.year) in nxt
    if nm.place:
        assert clean(nm.place) in nxt


def test_speaking_time_chart_table_and_footer(exported: Exported) -> None:
    lang, m, out, paras, _tables = exported
    import docx

    h = HEADINGS[lang]
    assert any(p.text == h["speaking"] for p in paras)
    doc = docx.Document(str(out))
    assert len(doc.inline_shapes) == 1  # the chart
    footer_xml = doc.sections[0].footer._element.xml
    assert "PAGE" in footer_xml
    props = doc.core_properties
    assert clean(m.details.title) in props.title
    assert props.author
    assert props.created is not None


def test_anonymous_leaves_out_speakers_and_people(meeting: Meeting, tmp_path: Path) -> None:
    out = export_minutes(meeting, tmp_path / "anon.docx", anonymous=True)
    paras, _tables = read_docx(out)
    items = section(paras, "Points abordés")
    speakers = {
        meeting.participants[n.speaker_id].name for n in meeting.notes.values() if n.speaker_id
    }
    assert speakers
    for p in items:
        if p.style == "List Bullet":
            assert not any(p.text.startswith(name) for name in speakers)
    assert not any(p.text == "Temps de parole par personne" for p in paras)
    # the group table stays
    assert any(p.text == "Temps de parole par groupe" for p in paras)


def test_no_speaking_time_on_request(meeting: Meeting, tmp_path: Path) -> None:
    import docx

    out = export_minutes(meeting, tmp_path / "short.docx", include_speaking_time=False)
    paras, _ = read_docx(out)
    assert not any("Temps de parole" in p.text for p in paras)
    assert len(docx.Document(str(out)).inline_shapes) == 0


def test_output_is_private(meeting: Meeting, tmp_path: Path) -> None:
    out = export_minutes(meeting, tmp_path / "m.docx")
    assert out.stat().st_mode & 0o777 == 0o600
