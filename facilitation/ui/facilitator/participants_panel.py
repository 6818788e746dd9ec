"""Who is here: the participants with their group and speaking time; Enter or a double-click queues one.

A list to glance at (and to reach those who do not raise their hand loudly): people not heard yet are
marked, so the facilitator can invite them. It reads the meeting and changes it only by asking the
queue panel to request the floor, through the one door.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from facilitation.models import Attendance, Change
from facilitation.models.stats import by_person

from facilitation.ui.core import topics
from facilitation.ui.core.context import AppContext
from facilitation.ui.facilitator.timer_bar import clock_text

translate = QCoreApplication.translate


class ParticipantsList(QListWidget):
    def __init__(
        self, ctx: AppContext, request: Callable[[str], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._ctx = ctx
        self._request = request
        self._stale = False
        self.setObjectName("participants")
        self.setAccessibleName(translate("Participants", "Participants"))
        self.itemActivated.connect(self._activated)
        ctx.hub.changed.connect(self.on_change)
        # filled when first shown: at start the list waits behind the speaking-time tab
        self._stale = True

    def on_change(self, change: Change) -> None:
        if change.touches(*topics.PARTICIPANTS):
            # rebuilding sixty rows on every turn costs a step's budget: while another tab hides
            # the list, it is brought up to date when it shows again
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.refresh()
        super().showEvent(event)

    def refresh(self, now: datetime | None = None) -> None:
        self._stale = False
        m = self._ctx.meeting
        now = now or self._ctx.clock.now()
        spoken = {row.key: row.time for row in by_person(m, now)}
        current = self.currentItem().data(Qt.ItemDataRole.UserRole) if self.currentItem() else None
        self.clear()
        people = sorted(m.participants.values(), key=lambda p: p.name.casefold())
        for p in people:
            if p.attendance not in (Attendance.PRESENT, Attendance.REPRESENTED):
                continue
            time = spoken.get(p.id, timedelta(0))
            parts = [p.name]
            if p.group:
                parts.append(f"({p.group})")
            if time > timedelta(0):
                parts.append("· " + clock_text(time))
            else:
                parts.append("· " + translate("Participants", "not heard yet"))
            item = QListWidgetItem(" ".join(parts))
            item.setData(Qt.ItemDataRole.UserRole, p.id)
            self.addItem(item)
            if p.id == current:
                self.setCurrentItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        self._request(str(item.data(Qt.ItemDataRole.UserRole)))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self._activated(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)
