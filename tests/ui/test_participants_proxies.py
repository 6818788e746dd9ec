"""The participants editor's "Represented by" column: a proxy chosen among the people present."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QEvent, QSettings
from PySide6.QtWidgets import QApplication, QComboBox

from facilitation.models import (
    Attendance,
    FakeClock,
    LiveMeeting,
    Meeting,
    Participant,
    Update,
)

from facilitation.ui.core.context import AppContext
from facilitation.ui.dialogs.participants_editor import (
    COL_ATTENDANCE,
    COL_PROXY,
    ParticipantsEditor,
)


@pytest.fixture
def ctx(qapp: QApplication, tmp_path: Path) -> Iterator[AppContext]:
    m = Meeting("m")
    for pid, name, attendance in (
        ("p1", "Anne Dubois", Attendance.PRESENT),
        ("p2", "Karim Benali", Attendance.REPRESENTED),
        ("p3", "Zoé Martin", Attendance.PRESENT),
        ("p4", "Luc Absent", Attendance.ABSENT),
    ):
        m.participants[pid] = Participant(pid, name, attendance=attendance)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    yield AppContext(LiveMeeting(m), FakeClock(), settings)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def editor(qtbot: QtBot, ctx: AppContext) -> ParticipantsEditor:
    ed = ParticipantsEditor(ctx)
    qtbot.addWidget(ed)
    ed.show()
    return ed


def proxy(ed: ParticipantsEditor, pid: str) -> QComboBox:
    combo = ed.table.cellWidget(ed.row_of(pid), COL_PROXY)
    assert isinstance(combo, QComboBox)
    return combo


def choose(combo: QComboBox, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))
    combo.activated.emit(combo.currentIndex())


def test_the_proxy_is_one_of_the_people_present(
    editor: ParticipantsEditor, ctx: AppContext
) -> None:
    combo = proxy(editor, "p2")
    assert combo.isEnabled()
    # nobody yet, then the present people only (not the absent one, not Karim himself)
    assert [combo.itemData(i) for i in range(combo.count())] == ["", "p1", "p3"]
    assert combo.itemText(1) == "Anne Dubois"
    choose(combo, "p3")
    assert ctx.meeting.participants["p2"].represented_by == "p3"
    ctx.undo()
    assert ctx.meeting.participants["p2"].represented_by == ""
    assert combo.currentData() == ""  # the table follows the undo


def test_only_someone_represented_can_be_given_a_proxy(editor: ParticipantsEditor) -> None:
    assert not proxy(editor, "p1").isEnabled()
    assert not proxy(editor, "p4").isEnabled()
    assert proxy(editor, "p1").currentText() == ""  # blank, not a greyed "nobody"
    assert proxy(editor, "p2").currentText() != ""


def test_no_longer_represented_drops_the_proxy_in_one_step(
    editor: ParticipantsEditor, ctx: AppContext
) -> None:
    choose(proxy(editor, "p2"), "p1")
    attendance = editor.table.cellWidget(editor.row_of("p2"), COL_ATTENDANCE)
    assert isinstance(attendance, QComboBox)
    choose(attendance, Attendance.PRESENT.value)
    person = ctx.meeting.participants["p2"]
    assert person.attendance is Attendance.PRESENT and person.represented_by == ""
    assert not proxy(editor, "p2").isEnabled()
    # Karim is present now: he may hold someone else's proxy
    assert "p2" in [proxy(editor, "p4").itemData(i) for i in range(proxy(editor, "p4").count())]
    ctx.undo()  # one undo brings back both the attendance and the proxy
    person = ctx.meeting.participants["p2"]
    assert person.attendance is Attendance.REPRESENTED and person.represented_by == "p1"


def test_a_proxy_holder_who_left_is_still_shown(
    editor: ParticipantsEditor, ctx: AppContext
) -> None:
    choose(proxy(editor, "p2"), "p1")
    ctx.live.apply(Update("participants", "p1", {"attendance": Attendance.EXCUSED.value}))
    combo = proxy(editor, "p2")
    assert combo.currentData() == "p1" and combo.currentText() == "Anne Dubois"
    assert ctx.meeting.participants["p2"].represented_by == "p1"  # nothing changed by itself
