"""The participants editor: who takes part, their group, role and attendance, and imports.

A table edited in place: name, group (free text, suggesting the groups already used, so that "CPAS"
is not typed three ways), e-mail, role, attendance and, for someone represented, who holds their
proxy (one of the people present). Each edit is one command through the door;
the table follows the changes made elsewhere (an undo, an import) without losing the selection.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from facilitation.models import (
    Attendance,
    Change,
    Command,
    Create,
    Participant,
    Remove,
    Role,
    Topic,
    Update,
    new_id,
)

from facilitation.ui.common.accessibility import prepare_window
from facilitation.ui.core.context import AppContext
from facilitation.ui.dialogs.import_dialogs import ImportParticipantsDialog

_ID = Qt.ItemDataRole.UserRole
COL_NAME, COL_GROUP, COL_EMAIL, COL_ROLE, COL_ATTENDANCE, COL_PROXY = range(6)
_FIELDS = {COL_NAME: "name", COL_GROUP: "group", COL_EMAIL: "email"}


def proxy_choices(participants: list[Participant], pid: str) -> list[Participant]:
    """Who may hold the proxy of ``pid``: the people present, the person themselves aside, by name."""
    present = [p for p in participants if p.attendance is Attendance.PRESENT and p.id != pid]
    return sorted(present, key=lambda p: p.name.casefold())


def used_groups(participants: list[Participant]) -> list[str]:
    """The groups already typed, most used first (the likeliest suggestion on top)."""
    counts: dict[str, int] = {}
    for p in participants:
        if p.group.strip():
            counts[p.group.strip()] = counts.get(p.group.strip(), 0) + 1
    return sorted(counts, key=lambda g: (-counts[g], g.casefold()))


class GroupDelegate(QStyledItemDelegate):
    """The group cell's editor suggests the groups already used."""

    def __init__(self, editor: ParticipantsEditor) -> None:
        super().__init__(editor)
        self.owner = editor

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        line = QLineEdit(parent)
        completer = QCompleter(self.owner.groups(), line)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        line.setCompleter(completer)
        return line

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        assert isinstance(editor, QLineEdit)
        model.setData(index, editor.text().strip())


class ParticipantsEditor(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Participants"))
        self.resize(1000, 560)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Group"),
                self.tr("E-mail"),
                self.tr("Role"),
                self.tr("Attendance"),
                self.tr("Represented by"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(COL_NAME, QHeaderView.ResizeMode.Stretch)
        for col in (COL_GROUP, COL_EMAIL):  # an address cut after ten letters cannot be checked
            self.table.horizontalHeader().setSectionResizeMode(col, QHeaderView.ResizeMode.Stretch)
        for col in (COL_ROLE, COL_ATTENDANCE, COL_PROXY):
            # the choices are read whole ("Represented" was cut in a default-width column)
            self.table.horizontalHeader().setSectionResizeMode(
                col, QHeaderView.ResizeMode.ResizeToContents
            )
        self.table.setItemDelegateForColumn(COL_GROUP, GroupDelegate(self))
        self.table.itemChanged.connect(self._cell_changed)
        layout.addWidget(self.table, 1)
        self.summary = QLabel()
        layout.addWidget(self.summary)
        self.message = QLabel()
        self.message.setObjectName("error")
        self.message.setWordWrap(True)
        self.message.hide()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("Add a person"), self.add_person),
            (self.tr("Delete"), self.delete_person),
            (self.tr("Import…"), self.open_import),
        ):
            button = QPushButton(text)
            button.setAutoDefault(False)  # Enter validates a cell, it does not press a button
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_person)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        ctx.hub.changed.connect(self._on_changed)
        self._roles = {
            Role.MEMBER: self.tr("Member"),
            Role.FACILITATOR: self.tr("Facilitator"),
            Role.NOTE_TAKER: self.tr("Note-taker"),
            Role.GUEST: self.tr("Guest"),
        }
        self._attendance = {
            Attendance.PRESENT: self.tr("Present"),
            Attendance.REPRESENTED: self.tr("Represented"),
            Attendance.EXCUSED: self.tr("Excused"),
            Attendance.ABSENT: self.tr("Absent"),
        }
        self._fill()

    # -- reading ----------------------------------------------------------------------------

    def groups(self) -> list[str]:
        return used_groups(list(self.ctx.meeting.participants.values()))

    def current_id(self) -> str | None:
        row = self.table.currentRow()
        cell = self.table.item(row, COL_NAME) if row >= 0 else None
        return cell.data(_ID) if cell is not None else None

    def row_of(self, pid: str) -> int:
        for row in range(self.table.rowCount()):
            cell = self.table.item(row, COL_NAME)
            if cell is not None and cell.data(_ID) == pid:
                return row
        return -1

    # -- changing ---------------------------------------------------------------------------

    def _apply(self, cmd: Command) -> bool:
        if self.ctx.apply(cmd, initiator=self, on_refused=self._refused) is None:
            if isinstance(cmd, Update):
                self._update_row(cmd.id)  # the table shows what was typed: put it back
            return False
        self.message.hide()
        return True

    def _refused(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()

    def add_person(self) -> None:
        person = Participant(new_id(), self.tr("New participant"))
        if self._apply(Create.of("participants", person)):
            row = self.row_of(person.id)
            self.table.setCurrentCell(row, COL_NAME)
            cell = self.table.item(row, COL_NAME)
            if cell is not None:
                self.table.editItem(cell)

    def delete_person(self) -> None:
        pid = self.current_id()
        if pid is not None:
            self._apply(Remove("participants", pid))

    def set_field(self, pid: str, field: str, value: str) -> None:
        person = self.ctx.meeting.participants.get(pid)
        if person is None or getattr(person, field) == value:
            return
        if field == "name" and not value.strip():
            self._update_row(pid)  # a person needs a name: put the old one back
            return
        fields = {field: value}
        if (
            field == "attendance"
            and value != Attendance.REPRESENTED.value
            and person.represented_by
        ):
            # no longer represented: the proxy goes too, in the same step (one undo brings both)
            fields["represented_by"] = ""
        self._apply(Update("participants", pid, fields))

    def _cell_changed(self, cell: QTableWidgetItem) -> None:
        field = _FIELDS.get(cell.column())
        name = self.table.item(cell.row(), COL_NAME)
        pid = name.data(_ID) if field and name is not None else None
        if field and pid:
            self.set_field(pid, field, cell.text().strip())

    def open_import(self) -> None:
        dialog = ImportParticipantsDialog(self.ctx, self)
        prepare_window(dialog, self.ctx.settings)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # -- refreshing -------------------------------------------------------------------------

    def _on_changed(self, change: Change) -> None:
        if not change.touches(Topic.PARTICIPANTS):
            return
        if self._rows_changed():
            self._fill()  # people came, went or moved: rebuild, keeping the selection
            return
        # the same people: update their cells in place (an open cell editor stays open)
        for pid in change.ids(Topic.PARTICIPANTS):
            self._update_row(pid)
        # a name or an attendance changed: who may hold a proxy changed for every row
        self._refresh_proxies()
        self._refresh_summary()

    def _update_row(self, pid: str) -> None:
        person = self.ctx.meeting.participants.get(pid)
        row = self.row_of(pid)
        if person is None or row < 0:
            return
        self.table.blockSignals(True)
        for col, field in _FIELDS.items():
            cell = self.table.item(row, col)
            if cell is not None and cell.text() != getattr(person, field):
                cell.setText(getattr(person, field))
        self.table.blockSignals(False)
        for col, value in ((COL_ROLE, person.role), (COL_ATTENDANCE, person.attendance)):
            combo = self.table.cellWidget(row, col)
            if isinstance(combo, QComboBox) and combo.currentData() != value.value:
                combo.setCurrentIndex(combo.findData(value.value))

    def _rows_changed(self) -> bool:
        names = (self.table.item(r, COL_NAME) for r in range(self.table.rowCount()))
        shown = [name.data(_ID) if name is not None else None for name in names]
        return shown != list(self.ctx.meeting.participants)

    def _fill(self) -> None:
        keep = self.current_id()
        people = list(self.ctx.meeting.participants.values())
        self.table.blockSignals(True)
        self.table.setRowCount(len(people))
        for row, p in enumerate(people):
            for col, text in ((COL_NAME, p.name), (COL_GROUP, p.group), (COL_EMAIL, p.email)):
                cell = QTableWidgetItem(text)
                cell.setData(_ID, p.id)
                self.table.setItem(row, col, cell)
            self.table.setCellWidget(row, COL_ROLE, self._combo(self._roles, p.role, p.id, "role"))
            self.table.setCellWidget(
                row,
                COL_ATTENDANCE,
                self._combo(self._attendance, p.attendance, p.id, "attendance"),
            )
            self.table.setCellWidget(row, COL_PROXY, self._proxy_combo(p.id))
        self.table.blockSignals(False)
        self._refresh_proxies()
        if keep is not None and (row := self.row_of(keep)) >= 0:
            self.table.setCurrentCell(row, COL_NAME)
        self._refresh_summary()

    def _combo(self, names: dict, value: object, pid: str, field: str) -> QComboBox:  # type: ignore[type-arg]
        combo = QComboBox()
        for key, name in names.items():
            combo.addItem(name, key.value)
        combo.setCurrentIndex(combo.findData(getattr(value, "value", value)))
        combo.activated.connect(
            lambda _i, c=combo, p=pid, f=field: self.set_field(p, f, c.currentData())
        )
        return combo

    def _proxy_combo(self, pid: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(self.tr("Represented by"))
        combo.setToolTip(self.tr("Who holds the proxy of a person represented (someone present)"))
        combo.activated.connect(
            lambda _i, c=combo, p=pid: self.set_field(p, "represented_by", c.currentData() or "")
        )
        return combo

    def _refresh_proxies(self) -> None:
        """Fill each row's proxy choice from the people present now; enabled when represented."""
        people = list(self.ctx.meeting.participants.values())
        for person in people:
            combo = self.table.cellWidget(self.row_of(person.id), COL_PROXY)
            if not isinstance(combo, QComboBox):
                continue
            choices = [(p.name, p.id) for p in proxy_choices(people, person.id)]
            held = person.represented_by
            if held and held not in {pid for _, pid in choices}:
                # kept as it is, even if that person is no longer present (or a name typed in a file)
                other = self.ctx.meeting.participants.get(held)
                choices.append((other.name if other is not None else held, held))
            represented = person.attendance is Attendance.REPRESENTED
            # a row where no proxy applies stays blank: sixty greyed "nobody" would be noise
            nobody = self.tr("— nobody chosen —") if represented or held else ""
            wanted = [(nobody, ""), *choices]
            shown = [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())]
            combo.blockSignals(True)
            if shown != wanted:
                combo.clear()
                for text, data in wanted:
                    combo.addItem(text, data)
            combo.setCurrentIndex(max(0, combo.findData(held)))
            combo.setEnabled(represented or bool(held))
            combo.blockSignals(False)

    def _refresh_summary(self) -> None:
        people = list(self.ctx.meeting.participants.values())
        here = sum(
            1 for p in people if p.attendance in (Attendance.PRESENT, Attendance.REPRESENTED)
        )
        groups = len(self.groups())
        self.summary.setText(
            self.tr("%n participants", "", len(people))
            + " — "
            + self.tr("%n present or represented", "", here)
            + " — "
            + self.tr("%n groups", "", groups)
        )
