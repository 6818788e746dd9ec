"""Small parts shared by the editors' forms: blank-able date and time fields, the meeting modes.

Qt's date and time editors cannot be blank, so their minimum stands for "not set". The strings keep
the agenda editor's translation context, where they were written first.
"""

from __future__ import annotations

from datetime import date, time

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import QDateEdit, QLineEdit, QTimeEdit

from facilitation.models import Mode

# the "not set" date and time
NO_DATE = QDate(2000, 1, 1)
NO_TIME = QTime(0, 0)


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaEditor", text)


def mode_names() -> dict[Mode, str]:
    """The meeting modes in the user's words, in the order the combo boxes offer them."""
    return {
        Mode.IN_PERSON: _tr("In person"),
        Mode.ONLINE: _tr("Online"),
        Mode.HYBRID: _tr("Hybrid"),
    }


def date_of(edit: QDateEdit) -> date | None:
    day = edit.date()
    return None if day == NO_DATE else date(day.year(), day.month(), day.day())


def time_of(edit: QTimeEdit) -> time | None:
    at = edit.time()
    return None if at == NO_TIME else time(at.hour(), at.minute())


def show_date(edit: QDateEdit, value: date | None) -> None:
    edit.setDate(QDate(value.year, value.month, value.day) if value else NO_DATE)


def show_time(edit: QTimeEdit, value: time | None) -> None:
    edit.setTime(QTime(value.hour, value.minute) if value else NO_TIME)


def date_edit(blank: str) -> QDateEdit:
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText(blank)
    return edit


def time_edit(blank: str) -> QTimeEdit:
    edit = QTimeEdit()
    edit.setMinimumTime(NO_TIME)
    edit.setSpecialValueText(blank)
    return edit


def set_line(edit: QLineEdit, text: str) -> None:
    """Set a field only when it differs: setting it anew would move the cursor of someone typing."""
    if edit.text() != text:
        edit.setText(text)
        edit.setCursorPosition(0)
