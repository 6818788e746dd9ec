"""Hints in the facilitator's status bar when the live item is one the minutes care about.

When the agenda reaches "Date of the next meeting" ("Prochaine rencontre", "Date de la prochaine
réunion"…), the status bar says which key sets it (Ctrl+Shift+N); at "Approval of the minutes of the
previous meeting" ("Approbation du PV précédent"…), where to mark them approved. The items are
recognised by the standard points' titles in either language, or by the words people write.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

from facilitation.models import Change, Topic

if TYPE_CHECKING:
    from facilitation.ui.facilitator.host import FacilitatorHost

# folded words (lower case, no accents) that name these items when they are not the standard ones
NEXT_MEETING_WORDS = ("prochaine rencontre", "prochaine reunion", "next meeting")
APPROVAL_WORDS = ("approbation du pv", "approbation du compte rendu", "approval of the minutes")


def _tr(text: str) -> str:
    return QCoreApplication.translate("MinutesHints", text)


@cache
def _standard_titles() -> tuple[tuple[str, frozenset[str]], ...]:
    """The two standard points' titles in every language, folded, by key (read once: building
    the points and folding their titles was most of a new item's hint)."""
    from facilitation.imports.durations import fold
    from facilitation.imports.standard import standard_points

    return tuple(
        (p.key, frozenset(fold(t) for t in p.titles.values()))
        for p in standard_points()
        if p.key in ("next_meeting", "approve_minutes")
    )


def kind_of(title: str) -> str | None:
    """ "next_meeting", "approve_minutes" or None for an item's title."""
    from facilitation.imports.durations import fold

    folded = fold(title)
    for key, titles in _standard_titles():
        if folded in titles:  # the standard point in some language (StandardPoint.matches)
            return key
    if any(w in folded for w in NEXT_MEETING_WORDS):
        return "next_meeting"
    if any(w in folded for w in APPROVAL_WORDS):
        return "approve_minutes"
    return None


def hint_for(window: FacilitatorHost) -> str:
    """The hint for the live item, or "" when it has none."""
    m = window.meeting
    item = m.items.get(m.live.current_item_id or "")
    if item is None:
        return ""
    kind = kind_of(item.title)
    if kind == "next_meeting":
        return _tr("Ctrl+Shift+N: set the next meeting's date, time and place")
    if kind == "approve_minutes":
        return _tr("Meeting → Approve the previous minutes… marks them approved in their file")
    return ""


class MinutesHints(QObject):
    """Says the hint each time the live item becomes one of these (a child of the window, so it
    stops listening when the window goes)."""

    def __init__(self, window: FacilitatorHost) -> None:
        super().__init__(window.window())
        self.host = window
        self._item_id: str | None = None
        window.ctx.hub.changed.connect(self.on_change)

    def on_change(self, change: Change) -> None:
        current = self.host.meeting.live.current_item_id
        if not change.touches(Topic.LIVE) or current == self._item_id:
            return
        self._item_id = current
        text = hint_for(self.host)
        if text:
            self.host.show_message(text)
