"""The read-back before closing: which decisions and actions are read, and the one being read.

Belgian associations read the decisions and actions back to the room at the end of a meeting. The
facilitator's read-back dialog and the projector show the same thing; this :class:`ReadBack` is what
they share: the list of entries (every decision, then every action, in the order recorded), the one
being read and whether the list is shown whole. The dialog moves it, both views follow ``moved``.
It is view state, not meeting data: what is marked read and when the read-back happened go through
the door (``MarkRead``, ``RecordReadBack``), like every other change.

:func:`entry_view` writes an entry in words, for both views alike.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QObject, Signal

from facilitation.models import Action, Decision, DecisionMethod, Meeting

from facilitation.ui.core.i18n import local_date
from facilitation.ui.core.qtcompat import emit

# the collections read back, in the order they are read
COLLECTIONS = ("decisions", "actions")

Entry = tuple[str, str]  # (collection, id)


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReadBack", text)


def entries(m: Meeting) -> list[Entry]:
    """Every decision, then every action, as recorded."""
    return [(coll, pid) for coll in COLLECTIONS for pid in getattr(m, coll)]


@dataclass(frozen=True, slots=True)
class EntryView:
    """An entry in words: its heading ("Decision 2 of 5"), the item, the text, the details."""

    heading: str
    item: str
    text: str
    details: str
    read: bool


def _decision_details(d: Decision) -> str:
    if d.method is DecisionMethod.VOTE:
        figures = [str(n) if n is not None else "–" for n in (d.votes_for, d.votes_against)]
        if d.abstentions is None:
            abstentions = _tr("abstentions not counted")
        else:
            abstentions = QCoreApplication.translate(
                "ReadBack", "%n abstentions", None, d.abstentions
            )
        line = _tr("Vote: %1 for, %2 against, %3").replace("%1", figures[0])
        line = line.replace("%2", figures[1]).replace("%3", abstentions)
    elif d.method is DecisionMethod.POSTPONED:
        line = _tr("Postponed")
    else:
        line = _tr("By consensus")
    if d.objections:
        line += "\n" + _tr("Objections: %1").replace("%1", d.objections)
    return line


def _action_details(m: Meeting, a: Action) -> str:
    owner = m.participants[a.owner_id].name if a.owner_id in m.participants else a.owner
    parts = [_tr("Who: %1").replace("%1", owner or _tr("nobody yet"))]
    if a.due is not None:
        parts.append(_tr("By: %1").replace("%1", local_date(a.due, long=True)))
    return "  ·  ".join(parts)


def entry_view(m: Meeting, entry: Entry) -> EntryView | None:
    """The entry in words; None when it is gone (removed, or undone)."""
    coll, pid = entry
    all_of = entries(m)
    if entry not in all_of:
        return None
    of_kind = [e for e in all_of if e[0] == coll]
    n, total = of_kind.index(entry) + 1, len(of_kind)
    if coll == "decisions":
        d: Decision = m.decisions[pid]
        heading = _tr("Decision %1 of %2")
        text, details, item_id, read = d.text, _decision_details(d), d.item_id, d.read_back
    else:
        a: Action = m.actions[pid]
        heading = _tr("Action %1 of %2")
        text, details, item_id, read = a.what, _action_details(m, a), a.item_id, a.read_back
    item = m.items[item_id].title if item_id in m.items else ""
    heading = heading.replace("%1", str(n)).replace("%2", str(total))
    return EntryView(heading, item, text, details, read)


class ReadBack(QObject):
    """The read-back as both views show it: the entries, the one being read, list or one at a time."""

    #: the entry being read or the way it is shown changed (the meeting's changes come by the hub)
    moved = Signal()
    #: the read-back is over (the dialog closed): the projector goes back to the meeting
    finished = Signal()

    def __init__(self, meeting: Meeting, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[Entry] = entries(meeting)
        self.index = 0
        self.as_list = False

    @property
    def current(self) -> Entry | None:
        return self.entries[self.index] if self.entries else None

    def follow(self, meeting: Meeting) -> None:
        """The meeting changed: keep reading the same entry if it is still there."""
        current = self.current
        self.entries = entries(meeting)
        if current in self.entries:
            self.index = self.entries.index(current)
        else:
            self.index = min(self.index, max(0, len(self.entries) - 1))
        emit(self.moved)

    def go(self, index: int) -> None:
        if self.entries:
            self.index = max(0, min(index, len(self.entries) - 1))
        emit(self.moved)

    def step(self, by: int) -> None:
        self.go(self.index + by)

    def show_list(self, on: bool) -> None:
        self.as_list = on
        emit(self.moved)

    def finish(self) -> None:
        emit(self.finished)
