"""The meeting's details (title, series, date, times, mode, place, organisers, language) as a form,
with the next meeting's date, time, place, mode, link and note below them.

The agenda editor shows it in its "Meeting details" tab. Each field is applied when it is left
(``editingFinished``), as one :class:`~facilitation.models.SetDetails` through the editor's door, so
it is undoable and every other window follows; the form refills itself only for changes made
elsewhere, so that a field being typed in is never reset under the cursor.

Its strings keep the agenda editor's translation context (they were written there first).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitation.models import Change, Command, Mode, SetDetails, Topic

from facilitation.ui.core.context import AppContext
from facilitation.ui.dialogs.fields import (
    date_edit,
    date_of,
    mode_names,
    set_line,
    show_date,
    show_time,
    time_edit,
    time_of,
)
from facilitation.ui.dialogs.next_meeting import NextMeetingBox

# applies a command as coming from ``initiator``; False when it was refused (and said)
Apply = Callable[[Command, object], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate("AgendaEditor", text)


class DetailsForm(QWidget):
    """The meeting's own details, and below them the next meeting's (``next_meeting``)."""

    def __init__(
        self,
        ctx: AppContext,
        apply: Apply,
        say: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._apply = apply
        outer = QVBoxLayout(self)
        form = QFormLayout()
        outer.addLayout(form)
        self.d_title = QLineEdit()
        self.d_series = QLineEdit()
        self.d_number = QSpinBox()
        self.d_number.setRange(0, 9999)
        self.d_number.setSpecialValueText(_tr("none"))
        self.d_date = date_edit(_tr("no date"))
        self.d_start = time_edit(_tr("not set"))
        self.d_end = time_edit(_tr("not set"))
        self.d_place = QLineEdit()
        self.d_link = QLineEdit()
        self.d_mode = QComboBox()
        for mode, name in mode_names().items():
            self.d_mode.addItem(name, mode.value)
        self.d_organisers = QLineEdit()
        self.d_organisers.setPlaceholderText(_tr("Separate names with semicolons"))
        self.d_partners = QLineEdit()
        self.d_partners.setPlaceholderText(_tr("Separate names with semicolons"))
        self.d_language = QComboBox()
        self.d_language.addItem("Français", "fr")
        self.d_language.addItem("English", "en")
        form.addRow(_tr("Title:"), self.d_title)
        form.addRow(_tr("Series:"), self.d_series)
        form.addRow(_tr("Number:"), self.d_number)
        form.addRow(_tr("Date:"), self.d_date)
        form.addRow(_tr("Starts at:"), self.d_start)
        form.addRow(_tr("Ends at:"), self.d_end)
        form.addRow(_tr("Mode:"), self.d_mode)
        form.addRow(_tr("Place:"), self.d_place)
        form.addRow(_tr("Online link:"), self.d_link)
        form.addRow(_tr("Organisers:"), self.d_organisers)
        form.addRow(_tr("Partners:"), self.d_partners)
        form.addRow(_tr("Language:"), self.d_language)
        for line in (
            self.d_title,
            self.d_series,
            self.d_place,
            self.d_link,
            self.d_organisers,
            self.d_partners,
        ):
            line.editingFinished.connect(self.apply_details)
        for spin in (self.d_number, self.d_date, self.d_start, self.d_end):
            spin.editingFinished.connect(self.apply_details)
        self.d_mode.activated.connect(self.apply_details)
        self.d_language.activated.connect(self.apply_details)
        self.next_meeting = NextMeetingBox(ctx, say)
        outer.addWidget(self.next_meeting)
        outer.addStretch(1)
        ctx.hub.changed.connect(self._on_changed)
        self.fill()

    def apply_details(self) -> None:
        d = self.ctx.meeting.details
        new = replace(
            d,
            title=self.d_title.text().strip(),
            series=self.d_series.text().strip(),
            number=self.d_number.value() or None,
            date=date_of(self.d_date),
            planned_start=time_of(self.d_start),
            planned_end=time_of(self.d_end),
            mode=Mode(self.d_mode.currentData()),
            place=self.d_place.text().strip(),
            online_link=self.d_link.text().strip(),
            organisers=_names(self.d_organisers.text()),
            partners=_names(self.d_partners.text()),
            language=self.d_language.currentData(),
        )
        if new != d:
            self._apply(SetDetails(new), self)

    def _on_changed(self, change: Change) -> None:
        if change.touches(Topic.DETAILS) and change.initiator is not self:
            self.fill()

    def fill(self) -> None:
        d = self.ctx.meeting.details
        widgets = (
            self.d_title,
            self.d_series,
            self.d_number,
            self.d_date,
            self.d_start,
            self.d_end,
            self.d_place,
            self.d_link,
            self.d_mode,
            self.d_organisers,
            self.d_partners,
            self.d_language,
        )
        for w in widgets:
            w.blockSignals(True)
        set_line(self.d_title, d.title)
        set_line(self.d_series, d.series)
        self.d_number.setValue(d.number or 0)
        show_date(self.d_date, d.date)
        show_time(self.d_start, d.planned_start)
        show_time(self.d_end, d.planned_end)
        set_line(self.d_place, d.place)
        set_line(self.d_link, d.online_link)
        self.d_mode.setCurrentIndex(self.d_mode.findData(d.mode.value))
        for edit, names in ((self.d_organisers, d.organisers), (self.d_partners, d.partners)):
            if _names(edit.text()) != names:
                edit.setText("; ".join(names))
        self.d_language.setCurrentIndex(self.d_language.findData(d.language))
        for w in widgets:
            w.blockSignals(False)


def _names(text: str) -> tuple[str, ...]:
    return tuple(n.strip() for n in text.replace("\n", ";").split(";") if n.strip())
