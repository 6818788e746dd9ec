"""The list of the notes already taken on one agenda item, kept in step with the change records.

Each row reads "18:03 · Decision · Anne Dubois: text": the kind is written out, not only coloured.
The list never rebuilds itself on a change: it takes out the rows of the notes a change touched and
puts back those that still belong to the item, at their place.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from facilitation.models import Meeting, Note, NoteKind

from facilitation.ui.core.context import AppContext
from facilitation.ui.core.i18n import clock_time

ID_ROLE = Qt.ItemDataRole.UserRole


def kind_label(kind: NoteKind) -> str:
    labels = {
        NoteKind.NOTE: "",
        NoteKind.DECISION: QCoreApplication.translate("NotesList", "Decision"),
        NoteKind.ACTION: QCoreApplication.translate("NotesList", "Action"),
        NoteKind.QUESTION: QCoreApplication.translate("NotesList", "Open question"),
    }
    return labels[kind]


def note_line(m: Meeting, note: Note) -> str:
    parts = [clock_time(note.at)]
    if note.kind is not NoteKind.NOTE:
        parts.append(kind_label(note.kind))
    text = note.text
    speaker = m.participant_name(note.speaker_id)
    if speaker:
        text = QCoreApplication.translate("NotesList", "{speaker}: {text}").format(
            speaker=speaker, text=text
        )
    parts.append(text)
    return "  ·  ".join(parts)


class NotesList(QListWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self.item_id: str | None = None
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAccessibleName(self.tr("Notes of this item"))
        self.setObjectName("notesList")  # its look: ui/common/theme.py
        self.setMinimumHeight(56)  # two notes at the least, in a short window

    @property
    def _meeting(self) -> Meeting:
        return self._ctx.meeting

    def show_item(self, item_id: str | None) -> None:
        """Show the notes of another item (the only full fill: when the viewed item changes)."""
        self.item_id = item_id
        self.clear()
        if item_id is None:
            return
        for note in self._meeting.notes_of(item_id):
            self.addItem(self._row(note))
        self.scrollToBottom()

    def _row(self, note: Note) -> QListWidgetItem:
        row = QListWidgetItem(note_line(self._meeting, note))
        row.setData(ID_ROLE, note.id)
        row.setToolTip(note.text)
        return row

    def row_of(self, note_id: str) -> int:
        for i in range(self.count()):
            if self.item(i).data(ID_ROLE) == note_id:
                return i
        return -1

    def selected_id(self) -> str | None:
        row = self.currentItem()
        return row.data(ID_ROLE) if row is not None and row.isSelected() else None

    def select(self, note_id: str) -> None:
        row = self.row_of(note_id)
        if row >= 0:
            self.setCurrentRow(row)

    def update_notes(self, ids: Iterable[str]) -> None:
        """The notes ``ids`` changed (added, edited, moved, deleted): fix just their rows."""
        ids = set(ids)
        selected = self.selected_id()
        for i in reversed(range(self.count())):
            if self.item(i).data(ID_ROLE) in ids:
                self.takeItem(i)
        if self.item_id is None:
            return
        mine = self._meeting.notes_of(self.item_id)
        at_end = False
        for index, note in enumerate(mine):
            if note.id in ids:
                self.insertItem(index, self._row(note))
                at_end = at_end or index == len(mine) - 1
        if selected is not None and selected in ids:
            self.select(selected)
        elif at_end:
            self.scrollToBottom()

    def update_speakers(self, participant_ids: Iterable[str]) -> None:
        """A participant was renamed: rewrite the rows that name them."""
        pids = set(participant_ids)
        for i in range(self.count()):
            note = self._meeting.notes.get(self.item(i).data(ID_ROLE))
            if note is not None and note.speaker_id in pids:
                self.item(i).setText(note_line(self._meeting, note))
