"""The parts of a meeting: who takes part, what is on the agenda, and what happened.

Every part is an immutable dataclass with a string ``id``; a change replaces a part with a new one
(through the one door in :mod:`facilitation.models.door`), so an undo step can hold the old part as it
was, at no cost.

The field types say what the file accepts: msgspec reads and writes these classes as they are
(:mod:`facilitation.models.wire`), and the JSON Schema is generated from them. The constraints written
with ``Meta`` (a timestamp needs its offset, a name cannot be blank, minutes are not negative) are
checked by the decoder with the field's path; ``__post_init__`` checks the same for parts built in
code.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from enum import StrEnum
from typing import Annotated

from msgspec import Meta

#: a timestamp: ISO 8601 / RFC 3339 with its UTC offset (one without is refused)
Stamp = Annotated[datetime, Meta(tz=True)]
#: text that must say something (not empty, not only spaces)
Filled = Annotated[str, Meta(pattern=r"\S")]
#: a whole number of 0 or more
Count = Annotated[int, Meta(ge=0)]
#: a time of day, written ``HH:MM:SS``
ClockTime = Annotated[time, Meta(extra_json_schema={"pattern": r"^\d{2}:\d{2}:\d{2}(\.\d{1,6})?$"})]
#: the languages the minutes can be written in
Language = Annotated[str, Meta(pattern="^(fr|en)$")]
#: a day, for fields beside one named ``date`` (which hides the type in its class)
Day = date


class Attendance(StrEnum):
    PRESENT = "present"
    REPRESENTED = "represented"
    EXCUSED = "excused"
    ABSENT = "absent"


class Role(StrEnum):
    MEMBER = "member"
    FACILITATOR = "facilitator"
    NOTE_TAKER = "note_taker"
    GUEST = "guest"


class Mode(StrEnum):
    IN_PERSON = "in_person"
    ONLINE = "online"
    HYBRID = "hybrid"


class ItemKind(StrEnum):
    INFORMATION = "information"
    DISCUSSION = "discussion"
    DECISION = "decision"


class TurnKind(StrEnum):
    NORMAL = "normal"
    DIRECT_REPLY = "direct_reply"
    POINT_OF_ORDER = "point_of_order"


class QueueMode(StrEnum):
    FIRST_COME = "first_come"
    #: people who have not spoken yet on the current item go ahead
    PROGRESSIVE_ITEM = "progressive_item"
    #: people who have not spoken yet in the whole meeting go ahead
    PROGRESSIVE_MEETING = "progressive_meeting"


class NoteKind(StrEnum):
    NOTE = "note"
    DECISION = "decision"
    ACTION = "action"
    QUESTION = "question"


class DecisionMethod(StrEnum):
    CONSENSUS = "consensus"
    VOTE = "vote"
    POSTPONED = "postponed"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"
    DROPPED = "dropped"


class ItemState(StrEnum):
    TO_COME = "to_come"
    RUNNING = "running"
    DONE = "done"
    SKIPPED = "skipped"


def _check_text(value: str, name: str) -> None:
    if not value.strip():
        raise ValueError(f"{name} cannot be empty")


@dataclass(frozen=True, slots=True)
class Details:
    """What the invitation says about the meeting."""

    title: str = ""
    series: str = ""
    number: Count | None = None
    date: date | None = None
    planned_start: ClockTime | None = None
    planned_end: ClockTime | None = None
    place: str = ""
    online_link: str = ""
    mode: Mode = Mode.IN_PERSON
    organisers: tuple[str, ...] = ()
    partners: tuple[str, ...] = ()
    language: Language = "fr"
    #: the day the minutes of this meeting were approved (at the next meeting), or None
    minutes_approved_on: Day | None = None

    def __post_init__(self) -> None:
        if self.language not in ("fr", "en"):
            raise ValueError("language must be 'fr' or 'en'")
        if self.number is not None and self.number < 0:
            raise ValueError("number cannot be negative")


@dataclass(frozen=True, slots=True)
class NextMeeting:
    """The next meeting, as announced at the end of this one."""

    date: date | None = None
    time: ClockTime | None = None
    place: str = ""
    mode: Mode = Mode.IN_PERSON
    note: str = ""
    #: the link for those online (online or hybrid)
    online_link: str = ""


@dataclass(frozen=True, slots=True)
class Participant:
    id: str
    name: Filled
    group: str = ""
    role: Role = Role.MEMBER
    attendance: Attendance = Attendance.PRESENT
    email: str = ""
    #: for "represented": who holds the proxy
    represented_by: str = ""

    def __post_init__(self) -> None:
        _check_text(self.name, "a participant's name")


@dataclass(frozen=True, slots=True)
class AgendaItem:
    id: str
    title: Filled
    description: str = ""
    sub_questions: tuple[str, ...] = ()
    planned_minutes: Count = 0
    kind: ItemKind = ItemKind.DISCUSSION
    presenter: str = ""
    skipped: bool = False
    #: why it was skipped or postponed, when somebody said ("lack of time", "speaker absent")
    skip_reason: str = ""

    def __post_init__(self) -> None:
        _check_text(self.title, "an agenda item's title")
        if self.planned_minutes < 0:
            raise ValueError("planned minutes cannot be negative")


@dataclass(frozen=True, slots=True)
class ItemRun:
    """One interval during which an agenda item was the live one (an item can run several times)."""

    id: str
    item_id: str
    start: Stamp
    end: Stamp | None = None


@dataclass(frozen=True, slots=True)
class Pause:
    id: str
    start: Stamp
    end: Stamp | None = None
    reason: str = ""


@dataclass(frozen=True, slots=True)
class SpeakingTurn:
    id: str
    participant_id: str
    item_id: str | None
    start: Stamp
    end: Stamp | None = None
    kind: TurnKind = TurnKind.NORMAL


@dataclass(frozen=True, slots=True)
class QueueEntry:
    """Somebody asked to speak."""

    id: str
    participant_id: str
    requested_at: Stamp
    kind: TurnKind = TurnKind.NORMAL


@dataclass(frozen=True, slots=True)
class Note:
    id: str
    item_id: str
    at: Stamp
    text: str
    speaker_id: str | None = None
    author: str = ""
    kind: NoteKind = NoteKind.NOTE


@dataclass(frozen=True, slots=True)
class Decision:
    id: str
    item_id: str
    text: Filled
    at: Stamp | None = None
    method: DecisionMethod = DecisionMethod.CONSENSUS
    votes_for: Count | None = None
    votes_against: Count | None = None
    abstentions: Count | None = None
    objections: str = ""
    #: read back to the room before closing
    read_back: bool = False

    def __post_init__(self) -> None:
        _check_text(self.text, "a decision's text")
        for n in (self.votes_for, self.votes_against, self.abstentions):
            if n is not None and n < 0:
                raise ValueError("vote counts cannot be negative")


@dataclass(frozen=True, slots=True)
class Action:
    id: str
    item_id: str
    what: Filled
    #: who is in charge: a participant's id when they are one …
    owner_id: str | None = None
    #: … or free text ("the collective", "someone from the CPAS")
    owner: str = ""
    due: date | None = None
    status: ActionStatus = ActionStatus.OPEN
    at: Stamp | None = None
    #: read back to the room before closing
    read_back: bool = False

    def __post_init__(self) -> None:
        _check_text(self.what, "an action's description")


@dataclass(frozen=True, slots=True)
class OpenQuestion:
    id: str
    item_id: str
    text: Filled
    at: Stamp | None = None
    resolved: bool = False

    def __post_init__(self) -> None:
        _check_text(self.text, "an open question")


@dataclass(frozen=True, slots=True)
class LiveState:
    """The state of the meeting while it is held (all but the lists of parts)."""

    started_at: Stamp | None = None
    ended_at: Stamp | None = None
    current_item_id: str | None = None
    current_turn_id: str | None = None
    current_pause_id: str | None = None
    queue_mode: QueueMode = QueueMode.FIRST_COME
    #: optional speaking-time limit per turn, in seconds
    turn_limit_seconds: Annotated[int, Meta(ge=1)] | None = None
    #: when the decisions and actions were read back to the room (the last read-back)
    read_back_at: Stamp | None = None
