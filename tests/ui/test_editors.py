"""The agenda and participants editors and the import dialogs, driven like a user would (offscreen)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, time
from pathlib import Path
from typing import TypeVar

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QStringListModel, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from facilitation.imports.templates import list_templates, save_template, template_of
from facilitation.models import (
    AgendaItem,
    Attendance,
    Details,
    FakeClock,
    LiveMeeting,
    Meeting,
    Participant,
    SetDetails,
    StartMeeting,
    StepTo,
    Update,
)
from tests.ui.conftest import top_item, with_changes

from facilitation.ui.core.context import AppContext
from facilitation.ui.dialogs.agenda_editor import AgendaEditor
from facilitation.ui.dialogs.import_dialogs import ImportAgendaDialog, ImportParticipantsDialog
from facilitation.ui.dialogs.participants_editor import ParticipantsEditor

W = TypeVar("W", bound=QWidget)

SEED = Path(__file__).parent.parent / "imports" / "data" / "seed-rencontre-2.txt"


def meeting() -> Meeting:
    m = Meeting(
        "m",
        Details(title="2e rencontre", planned_start=time(18, 0), planned_end=time(19, 0)),
    )
    for iid, title, minutes in (("i1", "Accueil", 10), ("i2", "Budget", 30), ("i3", "Divers", 10)):
        m.items[iid] = AgendaItem(iid, title, planned_minutes=minutes)
    for pid, name, group in (("p1", "Anne Dubois", "CPAS"), ("p2", "Karim", "Collectif")):
        m.participants[pid] = Participant(pid, name, group)
    return m


@pytest.fixture
def ctx(qapp: QApplication, tmp_path: Path) -> Iterator[AppContext]:
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    before = set(QApplication.topLevelWidgets())
    yield AppContext(LiveMeeting(meeting()), FakeClock(), settings)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    left = [w for w in set(QApplication.topLevelWidgets()) - before if w.isVisible()]
    for w in left:
        w.close()
    assert not left, f"windows left open: {left}"


def shown(qtbot: QtBot, widget: W) -> W:
    qtbot.addWidget(widget)
    widget.show()
    return widget


def cell(table: QTableWidget, row: int, column: int) -> QTableWidgetItem:
    item = table.item(row, column)
    assert item is not None, f"no cell at {row}, {column}"
    return item


def titles(ctx: AppContext) -> list[str]:
    return [i.title for i in ctx.meeting.items.values()]


# -- agenda editor ------------------------------------------------------------------------------


def test_add_edit_and_undo_an_item(qtbot: QtBot, ctx: AppContext) -> None:
    ed = shown(qtbot, AgendaEditor(ctx))
    ed.select("i1")
    ed.add_item()
    new_id = ed.current_id
    assert new_id is not None
    assert titles(ctx)[1] == "New item"
    ed.title.setText("Retour sur la rencontre")
    ed.title.editingFinished.emit()
    ed.minutes.setValue(15)
    ed.subs.setPlainText("Qui était là ?\n\nQu'avons-nous décidé ?")
    ed.kind.setCurrentIndex(ed.kind.findData("decision"))
    ed.kind.activated.emit(ed.kind.currentIndex())
    names = ed.presenter.completer().model()
    assert isinstance(names, QStringListModel)
    assert names.stringList() == ["Anne Dubois", "Karim"]
    ed.presenter.setText("Anne Dubois")
    ed.presenter.editingFinished.emit()
    item = ctx.meeting.items[new_id]
    assert (item.title, item.planned_minutes, item.kind.value, item.presenter) == (
        "Retour sur la rencontre",
        15,
        "decision",
        "Anne Dubois",
    )
    assert item.sub_questions == ("Qui était là ?", "Qu'avons-nous décidé ?")
    assert "2. Retour sur la rencontre" in ed.items.item(1).text()
    # the main window undoes the presenter: the editor's field follows
    ctx.undo(initiator=None)
    assert ed.presenter.text() == ""
    assert ctx.meeting.items[new_id].presenter == ""


def test_an_empty_title_is_put_back(qtbot: QtBot, ctx: AppContext) -> None:
    ed = shown(qtbot, AgendaEditor(ctx))
    ed.select("i2")
    ed.title.setText("   ")
    ed.title.editingFinished.emit()
    assert ed.title.text() == "Budget"
    assert ctx.meeting.items["i2"].title == "Budget"


def test_reorder_with_keys_and_by_drop(qtbot: QtBot, ctx: AppContext) -> None:
    ed = shown(qtbot, AgendaEditor(ctx))
    ed.select("i1")
    ed.items.setFocus()
    qtbot.keyClick(ed.items, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert titles(ctx) == ["Budget", "Accueil", "Divers"]
    assert ed.current_id == "i1"
    ed.items.drop_row(0, 3)  # drag "Budget" below "Divers"
    assert titles(ctx) == ["Accueil", "Divers", "Budget"]
    ctx.undo()
    assert titles(ctx) == ["Budget", "Accueil", "Divers"]
    assert ed.items.item(0).text().startswith("1. Budget")


def test_delete_with_the_key_and_a_refusal_is_shown(qtbot: QtBot, ctx: AppContext) -> None:
    ed = shown(qtbot, AgendaEditor(ctx))
    ed.select("i3")
    ed.items.setFocus()
    qtbot.keyClick(ed.items, Qt.Key.Key_Delete)
    assert titles(ctx) == ["Accueil", "Budget"]
    ctx.live.apply(StartMeeting(ctx.clock.now(), "run-1"))
    ctx.live.apply(StepTo("i2", ctx.clock.now(), "run-2"))
    ed.select("i1")  # discussed, no longer the current item
    ed.delete_item()
    assert "i1" in ctx.meeting.items
    assert not ed.message.isHidden() and "discussed" in ed.message.text()


def test_make_a_sub_question(qtbot: QtBot, ctx: AppContext) -> None:
    ed = shown(qtbot, AgendaEditor(ctx))
    ed.select("i3")
    ed.demote_item()
    assert titles(ctx) == ["Accueil", "Budget"]
    assert ctx.meeting.items["i2"].sub_questions == ("Divers",)
    assert ed.current_id == "i2"
    ctx.undo()
    assert titles(ctx) == ["Accueil", "Budget", "Divers"]


def test_running_total_and_the_warning_when_it_does_not_fit(qtbot: QtBot, ctx: AppContext) -> None:
    ed = shown(qtbot, AgendaEditor(ctx))
    assert "50" in ed.total.text() and "60" in ed.total.text()
    assert ed.fit_warning.isHidden()
    ed.select("i2")
    ed.minutes.setValue(45)
    assert "65" in ed.total.text()
    assert ed.fit_warning.isVisible() and "5" in ed.fit_warning.text()
    ctx.undo()
    assert ed.fit_warning.isHidden()


def test_meeting_details(qtbot: QtBot, ctx: AppContext) -> None:
    ed = shown(qtbot, AgendaEditor(ctx))
    ed.details.d_series.setText("Rencontres du social")
    ed.details.d_number.setValue(2)
    ed.details.d_organisers.setText("Collectif A; Collectif B ;")
    ed.details.d_place.setText("Maison des associations")
    ed.details.d_link.setText("https://meet.example.org/x")
    ed.details.d_mode.setCurrentIndex(ed.details.d_mode.findData("hybrid"))
    ed.details.d_language.setCurrentIndex(ed.details.d_language.findData("en"))
    ed.details.apply_details()
    d = ctx.meeting.details
    assert (d.series, d.number, d.organisers, d.mode.value, d.language) == (
        "Rencontres du social",
        2,
        ("Collectif A", "Collectif B"),
        "hybrid",
        "en",
    )
    assert d.date is None and d.planned_start == time(18, 0)
    # a change made elsewhere fills the form
    from dataclasses import replace

    ctx.live.apply(SetDetails(replace(d, date=date(2021, 6, 17), planned_end=time(20, 0))))
    assert ed.details.d_date.date().toPython() == date(2021, 6, 17)
    assert "120" in ed.total.text()


def test_opening_and_closing_points(qtbot: QtBot, ctx: AppContext) -> None:
    ed = shown(qtbot, AgendaEditor(ctx))
    ed.add_standard("opening")
    ed.add_standard("closing")
    assert titles(ctx)[0] == "Accueil et tour de présentation"
    assert titles(ctx)[-1] == "Date de la prochaine réunion"
    assert ed.items.count() == len(ctx.meeting.items) == 9


def test_templates_from_the_editor(qtbot: QtBot, ctx: AppContext) -> None:
    ed = shown(qtbot, AgendaEditor(ctx))
    ed.save_as_template("Mensuelle")
    assert "Mensuelle" in ed.message.text()
    found, _ = list_templates()
    assert [t.name for t in found] == ["Mensuelle"]
    ed.insert_template(found[0])
    assert titles(ctx) == ["Accueil", "Budget", "Divers"] * 2
    ed._fill_templates_menu()
    texts = [a.text() for a in ed.templates_menu.actions()]
    assert any("Mensuelle" in t for t in texts)


# -- participants editor ------------------------------------------------------------------------


def test_edit_people_in_the_table(qtbot: QtBot, ctx: AppContext) -> None:
    ed = shown(qtbot, ParticipantsEditor(ctx))
    assert ed.table.rowCount() == 2
    cell(ed.table, 1, 1).setText("CPAS")
    assert ctx.meeting.participants["p2"].group == "CPAS"
    combo = ed.table.cellWidget(0, 4)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("excused"))
    combo.activated.emit(combo.currentIndex())
    assert ctx.meeting.participants["p1"].attendance == Attendance.EXCUSED
    cell(ed.table, 0, 0).setText("")  # a name cannot be emptied
    assert cell(ed.table, 0, 0).text() == "Anne Dubois"
    ed.add_person()
    assert ed.table.rowCount() == 3
    assert ed.summary.text().startswith("3 participants — ")
    ctx.undo()
    assert ed.table.rowCount() == 2


def test_groups_are_suggested_most_used_first(qtbot: QtBot, ctx: AppContext) -> None:
    ctx.live.apply(Update("participants", "p2", {"group": "CPAS"}))
    ed = shown(qtbot, ParticipantsEditor(ctx))
    assert ed.groups() == ["CPAS"]
    ed.add_person()
    assert ed.groups()[0] == "CPAS"


def test_changes_elsewhere_refresh_the_table(qtbot: QtBot, ctx: AppContext) -> None:
    ed = shown(qtbot, ParticipantsEditor(ctx))
    ctx.live.apply(Update("participants", "p1", {"name": "Anne D."}))
    assert cell(ed.table, 0, 0).text() == "Anne D."


# -- import dialogs -----------------------------------------------------------------------------


def test_import_the_seed_agenda_with_a_preview(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = shown(qtbot, ImportAgendaDialog(ctx))
    dialog.load_file(SEED)
    assert dialog.tree.topLevelItemCount() == 6
    assert top_item(dialog.tree, 0).childCount() == 3
    assert dialog.notes.count() == 2 and "Date:" in dialog.notes.item(0).text()
    assert len(ctx.meeting.items) == 3  # nothing applied before OK
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert len(ctx.meeting.items) == 9
    ctx.undo()
    assert len(ctx.meeting.items) == 3


def test_import_pasted_agenda_replacing(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = shown(qtbot, ImportAgendaDialog(ctx))
    dialog.set_text("1. Accueil (5 min)\n2. Vote (20 min)\n")
    assert "25" in dialog.total.text()
    dialog.replace_option.setChecked(True)
    dialog.accept()
    assert titles(ctx) == ["Accueil", "Vote"]


def test_a_bad_file_says_why_and_cannot_be_applied(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    bad = tmp_path / "protected.docx"
    bad.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + b"junk" * 50)
    dialog = shown(qtbot, ImportAgendaDialog(ctx))
    dialog.load_file(bad)
    assert dialog.error.isVisible() and "protected.docx" in dialog.error.text()
    assert "password" in dialog.error.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_import_participants_with_bad_rows_and_duplicates(
    qtbot: QtBot, ctx: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "inscrits.csv"
    path.write_bytes(
        "Nom;Groupe;E-mail\nANNE DUBOIS;CPAS;\n;X;\nLucie;Syndicat;lucie@s.be\n".encode("cp1252")
    )
    dialog = shown(qtbot, ImportParticipantsDialog(ctx))
    dialog.load_file(path)
    assert dialog.table.rowCount() == 3
    statuses = [cell(dialog.table, r, 4).text() for r in range(3)]
    assert statuses == ["Duplicate", "Not imported", "To add"]
    assert "1 person will be added" in dialog.summary.text()
    dialog.include_duplicates.setChecked(True)
    assert "2 people will be added" in dialog.summary.text()
    dialog.include_duplicates.setChecked(False)
    dialog.accept()
    assert [p.name for p in ctx.meeting.participants.values()] == ["Anne Dubois", "Karim", "Lucie"]


def test_broken_quoting_is_named(qtbot: QtBot, ctx: AppContext) -> None:
    dialog = shown(qtbot, ImportParticipantsDialog(ctx))
    dialog.set_text('Anne;CPAS\n"Karim;Collectif\n')
    assert "line 2" in dialog.error.text()
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_saved_template_is_usable(tmp_path: Path) -> None:
    # the editor saves in the user's data folder: the same place list_templates reads
    save_template(template_of(meeting(), "AG"))
    assert [t.name for t in list_templates()[0]] == ["AG"]


def test_typing_is_not_reset_by_the_live_meeting(qtbot: QtBot, ctx: AppContext) -> None:
    ed = shown(qtbot, AgendaEditor(ctx))
    ed.select("i2")
    ed.description.setPlainText("Le trésorier  ")
    cursor = ed.description.textCursor()
    cursor.setPosition(5)
    ed.description.setTextCursor(cursor)
    ctx.live.apply(StartMeeting(ctx.clock.now(), "run-1"), initiator=object())
    ctx.live.apply(Update("items", "i1", {"title": "Bienvenue"}), initiator=object())
    assert ed.description.toPlainText() == "Le trésorier  "
    assert ed.description.textCursor().position() == 5
    assert ed.items.item(0).text().startswith("1. Bienvenue")
    # an edit of this very item elsewhere does reach the form
    ctx.live.apply(Update("items", "i2", {"planned_minutes": 25}), initiator=object())
    assert ed.minutes.value() == 25
    assert ed.description.toPlainText() == "Le trésorier  "


def test_a_refused_participant_edit_is_put_back(qtbot: QtBot, ctx: AppContext) -> None:
    ed = shown(qtbot, ParticipantsEditor(ctx))
    cell(ed.table, 0, 2).setText("not an address but allowed")
    assert ctx.meeting.participants["p1"].email == "not an address but allowed"
    ed = shown(qtbot, ParticipantsEditor(with_changes(ctx, read_only=True)))
    cell(ed.table, 1, 1).setText("Autre")
    assert cell(ed.table, 1, 1).text() == "Collectif"
    assert "read-only" in ed.message.text()
