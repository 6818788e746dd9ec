"""The agenda editor's list of items, reordered by keys and by drag and drop.

A drop does not move the row the Qt way: it becomes a request (``moved``) that the editor turns into
a :class:`~facilitation.models.Move` command, and the list is rebuilt from the meeting once applied.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget

#: where each row keeps its item's id
ID = Qt.ItemDataRole.UserRole


class ItemList(QListWidget):
    """The items, reordered by drag and drop: the drop becomes a Move command, not a Qt move."""

    moved = Signal(str, int)  # item id, new index
    #: keys on the list: Ctrl+Up/Down (step -1/+1), Delete, Ctrl+Right (make sub-question)
    shift = Signal(int)
    delete = Signal()
    demote = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        key = event.key()
        if ctrl and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.shift.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif ctrl and key == Qt.Key.Key_Right:
            self.demote.emit()
        elif key == Qt.Key.Key_Delete and not event.modifiers():
            self.delete.emit()
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        item = self.currentItem()
        if event.source() is not self or item is None:
            event.ignore()
            return
        target = self.indexAt(event.position().toPoint())
        where = self.dropIndicatorPosition()
        row = target.row() if target.isValid() else self.count()
        if where == QAbstractItemView.DropIndicatorPosition.BelowItem:
            row += 1
        elif where == QAbstractItemView.DropIndicatorPosition.OnViewport:
            row = self.count()
        old = self.row(item)
        # the list is rebuilt from the meeting once the command is applied
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.drop_row(old, row)

    def drop_row(self, old: int, row: int) -> None:
        """Ask to move the item at ``old`` before the row ``row`` (as a drop there would)."""
        new = row - 1 if row > old else row
        if new != old and 0 <= old < self.count():
            self.moved.emit(self.item(old).data(ID), new)
