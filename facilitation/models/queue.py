"""The order in which people waiting to speak get the floor.

Points of order come first, then direct replies, then everybody else. In the progressive orders,
people who have not spoken yet (on this item, or in the whole meeting) go ahead of those who have;
within each group the queue's own order (first come, or as the facilitator rearranged it) holds.
"""

from __future__ import annotations

from facilitation.models.entities import QueueEntry, QueueMode, TurnKind
from facilitation.models.meeting import Meeting

_KIND_RANK = {TurnKind.POINT_OF_ORDER: 0, TurnKind.DIRECT_REPLY: 1, TurnKind.NORMAL: 2}


def has_spoken(m: Meeting, mode: QueueMode) -> set[str]:
    """The people who count as having spoken for ``mode``."""
    if mode is QueueMode.PROGRESSIVE_ITEM:
        item = m.live.current_item_id
        return {t.participant_id for t in m.turns.values() if t.item_id == item}
    return {t.participant_id for t in m.turns.values()}


def ordered_queue(m: Meeting) -> list[QueueEntry]:
    mode = m.live.queue_mode
    entries = list(m.queue.values())
    if mode is QueueMode.FIRST_COME:
        return sorted(entries, key=lambda e: _KIND_RANK[e.kind])
    spoken = has_spoken(m, mode)
    return sorted(
        entries,
        key=lambda e: (
            _KIND_RANK[e.kind],
            e.kind is TurnKind.NORMAL and e.participant_id in spoken,
        ),
    )
