"""Which parts of the meeting each view shows: the one table the windows' refreshes read.

A view refreshes when a change touches one of its topics (``change.touches(*SPEAKERS)``). The table
lives in the interface, beside the windows that read it; the topics themselves are the domain's
(:class:`facilitation.models.Topic`, beside ``Change``). Adding a part to the meeting means adding it
here to each view that shows it, in one place.
"""

from __future__ import annotations

from facilitation.models import Topic

#: who speaks, who waits, for how long: the queue, the projector, the note-taker's speaker line
SPEAKERS = (Topic.LIVE, Topic.TURNS, Topic.QUEUE, Topic.PARTICIPANTS)
#: the item's timer and the meeting's clock
TIMERS = (Topic.LIVE, Topic.RUNS, Topic.PAUSES, Topic.ITEMS)
#: the agenda list: items, their actual time, which is live, the planned start
AGENDA = (Topic.ITEMS, Topic.RUNS, Topic.LIVE, Topic.DETAILS)
#: the live question and what was recorded on it
CURRENT_ITEM = (
    Topic.ITEMS,
    Topic.RUNS,
    Topic.LIVE,
    Topic.PAUSES,
    Topic.DECISIONS,
    Topic.ACTIONS,
    Topic.QUESTIONS,
    Topic.DETAILS,
)
#: speaking time per person and per group
SPEAKING_TIME = (Topic.TURNS, Topic.PARTICIPANTS, Topic.LIVE)
#: the participants' list with their speaking time
PARTICIPANTS = (Topic.PARTICIPANTS, Topic.TURNS)
