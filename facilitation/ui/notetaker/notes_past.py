"""Editing a note already taken: changes are applied as they are typed.

Each edit is an ``Update`` of the note's text; the door merges a burst of them into one undo step, so
correcting a word is one step to undo, not one per letter. Escape (or "Done") ends the edit.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget

from facilitation.ui.core.i18n import clock_time

if TYPE_CHECKING:
    from facilitation.ui.core.context import AppContext
    from facilitation.ui.notetaker.notes_list import NotesList


class PastNotesHost(Protocol):
    """What the editor of a past note needs of the list of notes it sits under."""

    ctx: AppContext
    notes: NotesList

    @property
    def item_id(self) -> str | None: ...

    def catch_up(self) -> None: ...

    def past_note_edited(self, note_id: str, text: str) -> None: ...


class _Editor(QPlainTextEdit):
    def __init__(self, owner: PastNoteEditor) -> None:
        super().__init__()
        self._owner = owner

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self._owner.stop()
            event.accept()
            return
        super().keyPressEvent(event)


class PastNoteEditor(QWidget):
    def __init__(self, window: PastNotesHost) -> None:
        super().__init__()
        self._window = window
        self.note_id: str | None = None
        self.caption = QLabel()
        self.editor = _Editor(self)
        self.editor.setAccessibleName(self.tr("Text of the note being corrected"))
        self.editor.setTabChangesFocus(True)
        self.editor.setMaximumHeight(110)
        self.caption.setBuddy(self.editor)
        self.done = QPushButton(self.tr("Done"))
        self.done.setToolTip(self.tr("Finish correcting the note (Esc)"))
        self.done.clicked.connect(self.stop)
        head = QHBoxLayout()
        head.addWidget(self.caption, 1)
        head.addWidget(self.done)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(head)
        layout.addWidget(self.editor)
        self.editor.textChanged.connect(self._edited)
        self.hide()

    def start(self, note_id: str) -> None:
        note = self._window.ctx.meeting.notes.get(note_id)
        if note is None:
            return
        self.note_id = None  # no update while the text is loaded
        self.editor.setPlainText(note.text)
        self.note_id = note_id
        self.caption.setText(
            self.tr("Correcting the note of {time}: saved as you type").format(
                time=clock_time(note.at)
            )
        )
        self.show()
        self.editor.setFocus()
        self.editor.moveCursor(self.editor.textCursor().MoveOperation.End)

    def stop(self, give_back_focus: bool = True) -> None:
        was = self.note_id
        self.note_id = None
        self.hide()
        if was is not None and give_back_focus:
            self._window.notes.select(was)
            self._window.notes.setFocus()
            self._window.catch_up()

    def _edited(self) -> None:
        if self.note_id is not None:
            self._window.past_note_edited(self.note_id, self.editor.toPlainText())

    def note_changed(self, ids: Iterable[str]) -> None:
        """Someone else changed notes: stop if the one being corrected was deleted or moved away."""
        if self.note_id is None or self.note_id not in set(ids):
            return
        note = self._window.ctx.meeting.notes.get(self.note_id)
        if note is None or note.item_id != self._window.item_id:
            self.note_id = None
            self.hide()
