"""The upper half of the note-taker's window: the notes already taken on the item in view.

They can be corrected (each edit an ``Update``, a burst of them one undo step), reordered (``Move``
within the item), put under another item (``Update`` of ``item_id``) or deleted (``Remove``). Every
change goes through the window's one door helper, so refusals are shown where the note-taker looks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitation.models import Change, Command, Move, Remove, Topic, Update

from facilitation.ui.core.context import AppContext
from facilitation.ui.core.live_text import item_label, item_number
from facilitation.ui.notetaker.notes_list import NotesList
from facilitation.ui.notetaker.notes_past import PastNoteEditor

if TYPE_CHECKING:
    from collections.abc import Callable


class NotesWindow(Protocol):
    """What the list of notes needs of the note-taker's window that holds it."""

    ctx: AppContext

    @property
    def item_id(self) -> str | None:
        """The agenda item whose notes are in view."""
        ...

    def catch_up(self) -> None:
        """Follow the meeting again (the item in view may have changed meanwhile)."""
        ...

    def apply_command(self, cmd: Command) -> Change | None:
        """Through the one door; a refusal is shown in the window."""
        ...


class NotesHistory(QWidget):
    def __init__(self, window: NotesWindow) -> None:
        super().__init__()
        self._window = window
        self.ctx: AppContext = window.ctx
        self.notes = NotesList(self.ctx)
        self.notes.itemSelectionChanged.connect(self._selection_changed)
        self.notes.itemActivated.connect(lambda _row: self.edit_selected())
        self.up = self._tool(
            "↑", self.tr("Move the note up"), "Alt+Up", lambda: self.move_selected(-1)
        )
        self.down = self._tool(
            "↓", self.tr("Move the note down"), "Alt+Down", lambda: self.move_selected(1)
        )
        self.edit_button = QPushButton(self.tr("Edit"))
        self.edit_button.setToolTip(self.tr("Correct the selected note (Enter in the list)"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.move_to = QPushButton(self.tr("Move to item"))
        self.move_to.setToolTip(self.tr("Put the selected note under another agenda item"))
        self.move_to_menu = QMenu(self.move_to)
        self.move_to_menu.aboutToShow.connect(self._fill_move_menu)
        self.move_to.setMenu(self.move_to_menu)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected note"))
        self.delete_button.clicked.connect(self.delete_selected)
        tools = QHBoxLayout()
        tools.addStretch(1)
        for w in (self.up, self.down, self.edit_button, self.move_to, self.delete_button):
            tools.addWidget(w)
        self.past = PastNoteEditor(self)

        self.caption = QLabel()
        self.caption.setObjectName("notes_caption")
        self.caption.setBuddy(self.notes)
        column = QVBoxLayout(self)
        column.setContentsMargins(14, 10, 14, 10)  # drawn as a card by the theme
        # the caption and the tools share a line: the notes get the height
        tools.insertWidget(0, self.caption)
        tools.insertSpacing(1, 12)
        column.addLayout(tools)
        column.addWidget(self.notes, 1)
        column.addWidget(self.past)
        self._selection_changed()

    def _tool(self, text: str, name: str, keys: str, slot: Callable[[], None]) -> QToolButton:
        """A small arrow button: its name is spoken by screen readers and shown as a tooltip."""
        button = QToolButton()
        button.setText(text)
        button.setMinimumSize(32, 28)  # an arrow alone made a target too small to hit
        button.setAccessibleName(name)
        button.setToolTip(self.tr("{what} ({keys})").format(what=name, keys=keys))
        button.clicked.connect(slot)
        return button

    # -- what the past-note editor needs of its host ----------------------------------------------

    @property
    def item_id(self) -> str | None:
        return self._window.item_id

    def catch_up(self) -> None:
        self._window.catch_up()

    # -- the item in view -------------------------------------------------------------------------

    def show_item(self, item_id: str | None) -> None:
        self.notes.show_item(item_id)
        self.past.stop(give_back_focus=False)
        self.refresh_caption()

    def refresh_caption(self) -> None:
        n = item_number(self.ctx.meeting, self.item_id)
        self.caption.setText(self.tr("Notes of item {n}").format(n=n) if n else "")

    # -- operations ---------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        has = self.notes.selected_id() is not None
        for w in (self.up, self.down, self.edit_button, self.move_to, self.delete_button):
            w.setEnabled(has)

    def _apply(self, cmd: Command, note_id: str) -> None:
        change = self._window.apply_command(cmd)
        if change is not None:
            # this window ignores its own change records: it updates its rows here
            self.notes.update_notes(change.ids(Topic.NOTES) | {note_id})

    def edit_selected(self) -> None:
        note_id = self.notes.selected_id()
        if note_id is not None:
            self.past.start(note_id)

    def past_note_edited(self, note_id: str, text: str) -> None:
        """Called by the past-note editor on each edit (one undo step per burst)."""
        if text.strip():
            self._apply(Update("notes", note_id, {"text": text}), note_id)
            self.notes.select(note_id)

    def move_selected(self, step: int) -> None:
        note_id = self.notes.selected_id()
        if note_id is None or self.item_id is None:
            return
        mine = [n.id for n in self.ctx.meeting.notes_of(self.item_id)]
        pos = mine.index(note_id) + step
        if not 0 <= pos < len(mine):
            return
        # Move takes a place in the whole list of notes: the place of the neighbour we swap with
        index = list(self.ctx.meeting.notes).index(mine[pos])
        self._apply(Move("notes", note_id, index), note_id)
        self.notes.select(note_id)

    def _fill_move_menu(self) -> None:
        self.move_to_menu.clear()
        m = self.ctx.meeting
        for iid in m.items:
            act = self.move_to_menu.addAction(item_label(m, iid))
            act.setEnabled(iid != self.item_id)
            act.triggered.connect(lambda _=False, target=iid: self.move_selected_to(target))

    def move_selected_to(self, item_id: str) -> None:
        note_id = self.notes.selected_id()
        if note_id is not None:
            self._apply(Update("notes", note_id, {"item_id": item_id}), note_id)

    def delete_selected(self) -> None:
        note_id = self.notes.selected_id()
        if note_id is not None:
            self.past.stop(give_back_focus=False)
            self._apply(Remove("notes", note_id), note_id)
