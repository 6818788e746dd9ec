"""The queue as a Qt list model: the requests to speak in the order they will be served.

It adapts the meeting's ``queue`` (``ordered_queue``), never owns it, and turns a drag and drop into a
``Move`` command through the one door. The panel that shows it is ``queue_panel.py``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QWidget,
)

from facilitation.models import (
    Change,
    Meeting,
    Move,
    QueueMode,
    TurnKind,
)
from facilitation.models.queue import has_spoken, ordered_queue

from facilitation.ui.core import topics
from facilitation.ui.core.context import AppContext, Refused
from facilitation.ui.core.list_sync import follow_ids
from facilitation.ui.core.qtcompat import emit
from facilitation.ui.facilitator.queue_rows import (
    PARTS_ROLE,
    RowParts,
)
from facilitation.ui.facilitator.quick_add import (
    kind_text,
)
from facilitation.ui.facilitator.timer_bar import clock_text

translate = QCoreApplication.translate
MIME = "application/x-facilitation-queue-entry"
#: points of order and direct replies stand out by colour as well as by their words
KIND_COLOURS = {
    TurnKind.POINT_OF_ORDER: QColor("#a04000"),
    TurnKind.DIRECT_REPLY: QColor("#1f5f99"),
}


def move_index(m: Meeting, entry_id: str, shown_target: int) -> int:
    """The index in the queue's own order that puts ``entry_id`` at ``shown_target`` as shown."""
    shown = [e.id for e in ordered_queue(m) if e.id != entry_id]
    raw = [eid for eid in m.queue if eid != entry_id]
    if shown_target >= len(shown):
        return len(raw)
    return raw.index(shown[max(0, shown_target)])


class QueueModel(QAbstractListModel):
    """The queue as it will be served (``ordered_queue``), adapting the meeting's ``queue``."""

    def __init__(self, ctx: AppContext, say: Refused, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._say = say
        self._ids = [e.id for e in ordered_queue(ctx.meeting)]
        self._now = ctx.clock.now()
        ctx.hub.changed.connect(self.on_change)

    def entry_id(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, entry_id: str) -> int:
        return self._ids.index(entry_id) if entry_id in self._ids else -1

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> Any:
        m = self._ctx.meeting
        eid = self.entry_id(index.row())
        entry = m.queue.get(eid) if eid else None
        if entry is None:
            return None
        p = m.participants.get(entry.participant_id)
        name = p.name if p else "?"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, PARTS_ROLE):
            extra = []
            if p is not None and p.group:
                extra.append(f"({p.group})")
            if entry.kind is not TurnKind.NORMAL:
                extra.append("— " + kind_text(entry.kind))
            mode = m.live.queue_mode
            if mode is not QueueMode.FIRST_COME and entry.participant_id not in has_spoken(m, mode):
                extra.append("· " + translate("Queue", "not heard yet"))
            # once the meeting has ended nobody waits any more: the clock stops being shown
            ended = m.live.ended_at is not None
            waited = "" if ended else clock_text(max(self._now - entry.requested_at, timedelta(0)))
            if role == PARTS_ROLE:
                colour = KIND_COLOURS.get(entry.kind)
                return RowParts(f"{index.row() + 1}.", name, " ".join(extra), waited, colour)
            words = [f"{index.row() + 1}.  {name}", *extra]
            if waited:
                words.append("· " + translate("Queue", "waiting %1").replace("%1", waited))
            return " ".join(words)
        if role == Qt.ItemDataRole.ForegroundRole and entry.kind in KIND_COLOURS:
            return QBrush(KIND_COLOURS[entry.kind])
        if role == Qt.ItemDataRole.UserRole:
            return eid
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [self.entry_id(i.row()) for i in indexes if i.isValid()]
        data.setData(MIME, QByteArray(",".join(i for i in ids if i).encode()))
        return data

    def dropMimeData(
        self,
        data: QMimeData,
        action: Qt.DropAction,
        row: int,
        column: int,
        parent: QModelIndex | QPersistentModelIndex,
    ) -> bool:
        if not data.hasFormat(MIME):
            return False
        ids = bytes(data.data(MIME).data()).decode().split(",")
        if not ids or ids[0] not in self._ctx.meeting.queue:
            return False
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self._ids))
        source = self.row_of(ids[0])
        if source < target:
            target -= 1  # the dragged row leaves its place first
        index = move_index(self._ctx.meeting, ids[0], target)
        self._ctx.apply(Move("queue", ids[0], index), initiator=self, on_refused=self._say)
        # the view must not remove the source row itself: the change record reorders the rows
        return False

    def set_now(self, now: datetime) -> None:
        self._now = now
        if self._ids:
            emit(self.dataChanged, self.index(0), self.index(len(self._ids) - 1))

    def on_change(self, change: Change) -> None:
        if not change.touches(*topics.SPEAKERS):
            return
        new = [e.id for e in ordered_queue(self._ctx.meeting)]
        follow_ids(self, self._ids, new, self._store)
        if self._ids:
            emit(self.dataChanged, self.index(0), self.index(len(self._ids) - 1))

    def _store(self, ids: list[str]) -> None:
        self._ids = ids
