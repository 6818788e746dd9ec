"""The agenda editor: the meeting's items and details, before and during the meeting.

The details tab is its own form (:mod:`facilitation.ui.dialogs.details_form`).

Every edit is a command through the door (``ctx.apply(cmd, initiator=self)``), so it is undoable and
every other window follows. The editor refreshes its list on every change, but refills the field the
user is typing in only for changes made elsewhere (an undo in the main window, the note-taker).
The running total of planned minutes is shown against the meeting's planned length, with a warning
when the agenda does not fit.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitation.imports.standard import standard_commands
from facilitation.imports.templates import (
    Template,
    TemplateError,
    list_templates,
    save_template,
    template_commands,
    template_of,
)
from facilitation.models import (
    Batch,
    Change,
    Command,
    Create,
    Details,
    ItemKind,
    Move,
    Remove,
    Topic,
    Update,
    new_id,
)
from facilitation.models.entities import AgendaItem
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.storage.errors import StorageError

from facilitation.ui.common.accessibility import prepare_window
from facilitation.ui.common.flow_layout import FlowLayout
from facilitation.ui.common.on_screen import ScrollIfCramped
from facilitation.ui.core.context import AppContext
from facilitation.ui.dialogs.details_form import DetailsForm
from facilitation.ui.dialogs.fields import set_line
from facilitation.ui.dialogs.import_dialogs import ImportAgendaDialog, kind_name, problem_text
from facilitation.ui.dialogs.item_list import ID as _ID
from facilitation.ui.dialogs.item_list import ItemList


def planned_length(details: Details) -> int | None:
    """The meeting's planned length in minutes, when both times are known."""
    if details.planned_start is None or details.planned_end is None:
        return None
    start = datetime.combine(date.min, details.planned_start)
    end = datetime.combine(date.min, details.planned_end)
    minutes = int((end - start).total_seconds() // 60)
    return minutes if minutes > 0 else None


class AgendaEditor(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.current_id: str | None = None
        self.setWindowTitle(self.tr("Agenda and meeting details"))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        self.tabs.addTab(self._agenda_tab(), self.tr("Agenda"))
        self.details = DetailsForm(ctx, self._apply, self._show_message)
        # a long form: at 200 % on a laptop it scrolls rather than push the dialog off the screen
        self.tabs.addTab(ScrollIfCramped(self.details), self.tr("Meeting details"))
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        self._shortcuts()
        ctx.hub.changed.connect(self._on_changed)
        self._fill_list()
        self._fill_item_form()

    # -- building ---------------------------------------------------------------------------

    def _agenda_tab(self) -> QWidget:
        tab = QWidget()
        outer = QVBoxLayout(tab)
        row = QHBoxLayout()
        outer.addLayout(row, 1)
        left = QVBoxLayout()
        self.items = ItemList()
        self.items.currentItemChanged.connect(self._on_select)
        self.items.moved.connect(self.move_item)
        left.addWidget(self.items, 1)
        buttons = FlowLayout()
        for text, slot in (
            (self.tr("Add"), self.add_item),
            (self.tr("Delete"), self.delete_item),
            (self.tr("Up"), lambda: self.shift_item(-1)),
            (self.tr("Down"), lambda: self.shift_item(1)),
            (self.tr("Make sub-question"), self.demote_item),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        left.addLayout(buttons)
        more = FlowLayout()
        opening = QPushButton(self.tr("Add the opening points"))
        opening.setToolTip(
            self.tr("Welcome, approval of the agenda and minutes, follow-up of actions")
        )
        opening.clicked.connect(lambda: self.add_standard("opening"))
        closing = QPushButton(self.tr("Add the closing points"))
        closing.setToolTip(self.tr("Any other business, date of the next meeting"))
        closing.clicked.connect(lambda: self.add_standard("closing"))
        importing = QPushButton(self.tr("Import…"))
        importing.clicked.connect(self.open_import)
        # a push button with a menu: it makes room for the menu's arrow beside its word (a tool
        # button's arrow was drawn over the word's last letter, "Modèles" in French)
        self.templates_button = QPushButton(self.tr("Templates"))
        self.templates_menu = QMenu(self.templates_button)
        self.templates_menu.aboutToShow.connect(self._fill_templates_menu)
        self.templates_button.setMenu(self.templates_menu)
        for w in (opening, closing, importing, self.templates_button):
            more.addWidget(w)
        left.addLayout(more)
        row.addLayout(left, 1)
        self.form_box = QWidget()
        form = QFormLayout(self.form_box)
        self.title = QLineEdit()
        self.title.editingFinished.connect(self._title_done)
        self.description = QPlainTextEdit()
        self.description.setMaximumHeight(90)
        self.description.textChanged.connect(self._description_changed)
        self.subs = QPlainTextEdit()
        self.subs.setPlaceholderText(self.tr("One sub-question per line"))
        # one line on screen is one sub-question: wrapping would make one look like two
        self.subs.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.subs.textChanged.connect(self._subs_changed)
        self.minutes = QSpinBox()
        self.minutes.setRange(0, 600)
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.valueChanged.connect(self._minutes_changed)
        self.kind = QComboBox()
        for kind in ItemKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.kind.activated.connect(self._kind_changed)
        self.presenter = QLineEdit()
        # suggests the participants' names; one completer whose list follows the participants
        self._presenter_names = QStringListModel(self)
        completer = QCompleter(self._presenter_names, self.presenter)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.presenter.setCompleter(completer)
        self.presenter.editingFinished.connect(self._presenter_done)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Description:"), self.description)
        form.addRow(self.tr("Sub-questions:"), self.subs)
        form.addRow(self.tr("Planned:"), self.minutes)
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Presented by:"), self.presenter)
        row.addWidget(self.form_box, 1)
        self.total = QLabel()
        self.fit_warning = QLabel()
        self.fit_warning.setObjectName("warning")
        self.fit_warning.setStyleSheet("color: #b00020; font-weight: bold;")
        self.fit_warning.setWordWrap(True)
        outer.addWidget(self.total)
        outer.addWidget(self.fit_warning)
        for button in tab.findChildren(QPushButton):
            # Enter in a field must not press a button (a dialog's buttons are "default" ones)
            button.setAutoDefault(False)
        return tab

    def _shortcuts(self) -> None:
        self.items.shift.connect(self.shift_item)
        self.items.delete.connect(self.delete_item)
        self.items.demote.connect(self.demote_item)
        QShortcut(QKeySequence("Ctrl+N"), self, self.add_item)
        # the meeting's undo where no text field has its own (the list has the focus)
        undo = QShortcut(QKeySequence.StandardKey.Undo, self.items, lambda: self.ctx.undo())
        redo = QShortcut(QKeySequence.StandardKey.Redo, self.items, lambda: self.ctx.redo())
        for shortcut in (undo, redo):
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)

    # -- applying ---------------------------------------------------------------------------

    def _apply(self, cmd: Command, initiator: object | None = None) -> bool:
        who = self if initiator is None else initiator
        if self.ctx.apply(cmd, initiator=who, on_refused=self._show_message) is None:
            return False
        self.message.hide()
        return True

    def _item(self) -> AgendaItem | None:
        return self.ctx.meeting.items.get(self.current_id) if self.current_id else None

    def add_item(self) -> None:
        item = AgendaItem(new_id(), self.tr("New item"))
        ids = list(self.ctx.meeting.items)
        index = ids.index(self.current_id) + 1 if self.current_id in ids else None
        if self._apply(Create.of("items", item, index)):
            self.select(item.id)
            self.title.setFocus()
            self.title.selectAll()

    def delete_item(self) -> None:
        item = self._item()
        if item is None:
            return
        ids = list(self.ctx.meeting.items)
        row = ids.index(item.id)
        if self._apply(Remove("items", item.id)):
            rest = list(self.ctx.meeting.items)
            self.select(rest[min(row, len(rest) - 1)] if rest else None)

    def move_item(self, item_id: str, index: int) -> None:
        if self._apply(Move("items", item_id, index)):
            self.select(item_id)

    def shift_item(self, step: int) -> None:
        item = self._item()
        if item is None:
            return
        ids = list(self.ctx.meeting.items)
        index = ids.index(item.id) + step
        if 0 <= index < len(ids):
            self.move_item(item.id, index)

    def demote_item(self) -> None:
        """Make the selected item a sub-question of the item above it (with its own sub-questions)."""
        item = self._item()
        ids = list(self.ctx.meeting.items)
        if item is None or ids.index(item.id) == 0:
            return
        above = self.ctx.meeting.items[ids[ids.index(item.id) - 1]]
        subs = (*above.sub_questions, item.title, *item.sub_questions)
        cmd = Batch(
            (Update("items", above.id, {"sub_questions": list(subs)}), Remove("items", item.id)),
            QT_TRANSLATE_NOOP("Command", "Make a sub-question"),
        )
        if self._apply(cmd):
            self.select(above.id)

    def add_standard(self, place: str) -> None:
        self._apply(standard_commands(self.ctx.meeting, place, new_id))

    def open_import(self) -> None:
        dialog = ImportAgendaDialog(self.ctx, self)
        prepare_window(dialog, self.ctx.settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- the item's fields ------------------------------------------------------------------

    def _update(self, **changes: object) -> None:
        item = self._item()
        if item is not None and any(getattr(item, k) != v for k, v in changes.items()):
            plain = {k: list(v) if isinstance(v, tuple) else v for k, v in changes.items()}
            self._apply(Update("items", item.id, plain))

    def _title_done(self) -> None:
        item = self._item()
        if item is None:
            return
        text = self.title.text().strip()
        if not text:
            self.title.setText(item.title)  # an item needs a title: keep the old one
            return
        self._update(title=text)

    def _description_changed(self) -> None:
        self._update(description=self.description.toPlainText().strip())

    def _subs_changed(self) -> None:
        self._update(sub_questions=_lines(self.subs.toPlainText()))

    def _minutes_changed(self, value: int) -> None:
        self._update(planned_minutes=value)

    def _kind_changed(self) -> None:
        self._update(kind=self.kind.currentData())

    def _presenter_done(self) -> None:
        self._update(presenter=self.presenter.text().strip())

    # -- templates --------------------------------------------------------------------------

    def _fill_templates_menu(self) -> None:
        self.templates_menu.clear()
        self.templates_menu.addAction(
            self.tr("Save the agenda as a template…"), self.ask_template_name
        )
        try:
            found, problems = list_templates()
        except StorageError as exc:
            self._show_message(str(exc))
            return
        if found:
            self.templates_menu.addSeparator()
        for template in found:
            action = self.templates_menu.addAction(
                self.tr("Insert “%1”").replace("%1", template.name)
            )
            action.triggered.connect(lambda _=False, t=template: self.insert_template(t))
        if problems:
            self._show_message(problem_text(problems[0]))

    def ask_template_name(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            self.tr("Save as a template"),
            self.tr("Name of the template:"),
            text=self.ctx.meeting.details.series or self.ctx.meeting.details.title,
        )
        if ok and name.strip():
            self.save_as_template(name.strip())

    def save_as_template(self, name: str) -> None:
        try:
            save_template(template_of(self.ctx.meeting, name))
        except (TemplateError, StorageError) as exc:
            text = problem_text(exc) if isinstance(exc, TemplateError) else str(exc)
            self._show_message(text)
            return
        self._show_message(self.tr("Template “%1” saved.").replace("%1", name), error=False)

    def insert_template(self, template: Template) -> None:
        # a template's details are taken only by a meeting that has none of its own yet
        with_details = not self.ctx.meeting.details.title
        self._apply(template_commands(template, self.ctx.meeting, new_id, with_details))

    def _show_message(self, text: str, error: bool = True) -> None:
        self.message.setStyleSheet("" if error else "color: palette(text);")
        self.message.setText(text)
        self.message.show()

    # -- refreshing -------------------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        if change.touches(Topic.ITEMS, Topic.RUNS):
            moved_away = self._fill_list()
            # the form follows changes made elsewhere to *this* item only, and only the fields
            # that differ: stepping through the agenda must not reset what is being typed
            if moved_away or (
                change.initiator is not self and self.current_id in change.ids(Topic.ITEMS)
            ):
                self._fill_item_form()
        if change.touches(Topic.PARTICIPANTS):
            self._fill_presenters()
        self._update_total()

    def select(self, item_id: str | None) -> None:
        self.current_id = item_id
        for row in range(self.items.count()):
            if self.items.item(row).data(_ID) == item_id:
                self.items.setCurrentRow(row)
                return
        self._fill_item_form()

    def _on_select(self, current: QListWidgetItem | None, _previous: object = None) -> None:
        self.current_id = current.data(_ID) if current is not None else None
        self._fill_item_form()

    def _fill_list(self) -> bool:
        """Rebuild the list; True when the selected item is gone (another one is selected)."""
        m = self.ctx.meeting
        moved_away = False
        ran = {r.item_id for r in m.runs.values()}
        self.items.blockSignals(True)
        self.items.clear()
        for n, item in enumerate(m.items.values(), start=1):
            minutes = self.tr("%n min", "", item.planned_minutes) if item.planned_minutes else ""
            text = f"{n}. {item.title}" + (f"  ({minutes})" if minutes else "")
            if item.sub_questions:
                text += "\n" + "\n".join(f"    – {s}" for s in item.sub_questions)
            row = QListWidgetItem(text)
            row.setData(_ID, item.id)
            if item.id in ran or item.skipped:
                font = QFont(row.font())
                font.setItalic(True)
                row.setFont(font)
                row.setToolTip(self.tr("Skipped") if item.skipped else self.tr("Already discussed"))
            self.items.addItem(row)
            if item.id == self.current_id:
                self.items.setCurrentItem(row)
        if self.current_id not in m.items:
            moved_away = self.current_id is not None
            self.current_id = None
            if self.items.count():
                self.items.setCurrentRow(0)
                self.current_id = self.items.item(0).data(_ID)
        self.items.blockSignals(False)
        self._update_total()
        return moved_away

    def _fill_item_form(self) -> None:
        item = self._item()
        self.form_box.setEnabled(item is not None)
        widgets = (self.title, self.description, self.subs, self.minutes, self.kind, self.presenter)
        for w in widgets:
            w.blockSignals(True)
        set_line(self.title, item.title if item else "")
        if self.description.toPlainText().strip() != (item.description if item else ""):
            self.description.setPlainText(item.description if item else "")
        if _lines(self.subs.toPlainText()) != (item.sub_questions if item else ()):
            self.subs.setPlainText("\n".join(item.sub_questions) if item else "")
        self.minutes.setValue(item.planned_minutes if item else 0)
        self.kind.setCurrentIndex(
            self.kind.findData((item.kind if item else ItemKind.DISCUSSION).value)
        )
        set_line(self.presenter, item.presenter if item else "")
        for w in widgets:
            w.blockSignals(False)
        self._fill_presenters()

    def _fill_presenters(self) -> None:
        names = sorted({p.name for p in self.ctx.meeting.participants.values()}, key=str.casefold)
        if self._presenter_names.stringList() != names:
            self._presenter_names.setStringList(names)

    def _update_total(self) -> None:
        m = self.ctx.meeting
        total = sum(i.planned_minutes for i in m.items.values() if not i.skipped)
        length = planned_length(m.details)
        if length is None:
            self.total.setText(self.tr("Planned: %n min", "", total))
            self.fit_warning.hide()
            return
        self.total.setText(
            self.tr("Planned: %1 min of the meeting's %2 min")
            .replace("%1", str(total))
            .replace("%2", str(length))
        )
        if total > length:
            self.fit_warning.setText(
                self.tr("The agenda does not fit: %n min too many.", "", total - length)
            )
            self.fit_warning.show()
        else:
            self.fit_warning.hide()


def _lines(text: str) -> tuple[str, ...]:
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip())
