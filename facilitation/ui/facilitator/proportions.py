"""How the facilitator's window shares its room: the agenda, the question, the speakers.

The queue is what the facilitator reads most during a meeting: the speakers' column is made wide
enough for a whole name (24 characters) and the waiting time on one line at the text size in use,
and the agenda narrows to give it that room. In the speakers' column, the queue takes the height its
waiting people need (up to ten of them) and the tabs below it (speaking time, participants) give way
down to a few lines while people wait; with nobody waiting they get their share back. Where that is
still not enough (large text on a laptop), first the keys' hints under the queue drop, then the
tabs fold to their bar (a click on a tab opens it again): see :func:`speakers_room`.

The question's column keeps room for its step buttons on one line while the agenda can narrow; with
the agenda at its least, the buttons put their words on two lines (``actions.StepButton``) rather
than keep the middle wide and cut the queue's names. The agenda, narrow with large text, drops its
optional columns, then the planned minutes, and shows its titles on two lines (``agenda_panel``).

The question must stay readable, its words whole: where its longest word in the large font is
wider than its column, it draws in a smaller font (``current_item.QuestionLabel``). On a narrow
window (1024 pixels: 1280×800 at 125 %) the column's own least (the buttons' words on two lines)
would not fit beside the agenda at its least and a whole queue row: the agenda then narrows below
its least, down to :data:`AGENDA_NARROWEST` (``default_split``'s ``middle_floor``).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QSplitter, QTabWidget, QWidget

#: the window's size where the screen has room for it; a smaller screen (a laptop) is filled instead
PREFERRED_SIZE = QSize(1400, 900)
#: the agenda's and the speakers' default share of the width, each within (least, most) pixels; the
#: question in the middle gets the rest. The agenda needs room for its titles next to its four
#: narrow columns: at its minimum width a title showed only a few letters on a 1280-pixel screen
AGENDA_SHARE, AGENDA_RANGE = 0.34, (380, 600)
SPEAKERS_SHARE, SPEAKERS_RANGE = 0.27, (340, 460)
#: what the agenda and the question keep at the least when the speakers need more room (larger text)
AGENDA_LEAST, MIDDLE_LEAST = 340, 300
#: the agenda's least on a narrow window (1024 pixels: 1280×800 at 125 %), where the question's
#: column would otherwise be narrower than its own least (its step buttons' words on two lines)
AGENDA_NARROWEST = 280
#: the speakers' column never takes more than this share of the width
SPEAKERS_MOST_SHARE = 0.45
#: the queue shows at most this many people without scrolling before the tabs below get room back
QUEUE_ROWS_WANTED = 10
#: the queue's share of the speakers' column while nobody waits
QUEUE_IDLE_SHARE = 0.6


def default_split(
    width: int, speakers_least: int = 0, middle_least: int = 0, middle_floor: int = 0
) -> list[int]:
    """The widths of the agenda, the question and the speakers in a splitter ``width`` wide
    (its handles already taken off), until the facilitator moves a handle. ``speakers_least`` is
    the width a queue row needs at the text size in use; ``middle_least`` the width the step
    buttons need with their words on one line (the agenda narrows first, down to its least; then
    the buttons' words go on two lines); ``middle_floor`` the question's column's own least (its
    buttons' words on two lines, the question's longest word in its smallest font), which the
    agenda makes room for on a narrow window, down to :data:`AGENDA_NARROWEST`."""

    def share(part: float, bounds: tuple[int, int]) -> int:
        return max(bounds[0], min(bounds[1], round(width * part)))

    speakers = max(share(SPEAKERS_SHARE, SPEAKERS_RANGE), speakers_least)
    speakers = min(speakers, max(SPEAKERS_RANGE[0], round(width * SPEAKERS_MOST_SHARE)))
    agenda = share(AGENDA_SHARE, AGENDA_RANGE)
    # the agenda gives way first, down to its least, so the question keeps room to be read
    agenda = max(AGENDA_LEAST, min(agenda, width - speakers - max(MIDDLE_LEAST, middle_least)))
    short = middle_floor - (width - agenda - speakers)
    if short > 0:
        # the question's column below its own least: the speakers give way first, down to a
        # whole row where one fits their range (larger text: names in whole words and "…"
        # already), then the agenda below its least (a narrow window)
        keep = speakers_least if speakers_least <= SPEAKERS_RANGE[1] else SPEAKERS_RANGE[0]
        speakers -= max(0, min(short, speakers - max(SPEAKERS_RANGE[0], keep)))
        agenda = max(AGENDA_NARROWEST, min(agenda, width - speakers - middle_floor))
    return [agenda, max(0, width - agenda - speakers), speakers]


def fitting_size(available: QSize) -> QSize:
    """The window's first size on a screen whose free area is ``available``."""
    return PREFERRED_SIZE.boundedTo(available)


def speakers_heights(total: int, queue_need: int, tabs_least: int, waiting: int) -> list[int]:
    """The heights of the queue and of the tabs below it in a column ``total`` high.

    ``queue_need`` is the queue panel's height showing its waiting people (up to
    :data:`QUEUE_ROWS_WANTED`); the tabs keep ``tabs_least`` at the least."""
    idle = round(total * QUEUE_IDLE_SHARE)
    if waiting == 0:
        return [idle, total - idle]
    queue = max(idle, min(queue_need, total - tabs_least))
    return [queue, max(0, total - queue)]


def fit_speakers_column(
    column: QSplitter, queue: QWidget, tabs: QTabWidget, need: int, folded: bool = False
) -> None:
    """Share ``column`` between the queue panel and the tabs (see :func:`speakers_heights`);
    ``folded`` tabs keep their bar only, the queue the rest (the room left below a queue that had
    what it needs showed a blank folded tab, 179 px of it on a 1024-pixel screen in French)."""
    total = sum(column.sizes())
    if total <= 0:
        return
    waiting = queue.property("waiting") or 0
    if folded:
        bar = tabs.minimumHeight()
        sizes = [max(0, total - bar), min(bar, total)]
    else:
        sizes = speakers_heights(total, need, tabs.minimumHeight(), int(waiting))
    if column.sizes() != sizes:
        column.setSizes(sizes)


@dataclass(frozen=True)
class SpeakersRoom:
    """How the speakers' column makes room for the queue."""

    #: the keys' hints under the queue and beside the speaker give way
    hints_drop: bool
    #: the tabs below fold to their bar
    tabs_fold: bool


def speakers_room(
    total: int, need_with_hints: int, need_without: int, tabs_least: int, waiting: int
) -> SpeakersRoom:
    """What gives way so the queue shows its waiting people (``need_*``: the queue panel's height
    with and without the hints) in a column ``total`` high whose tabs keep ``tabs_least`` open."""
    if waiting == 0 or need_with_hints <= total - tabs_least:
        return SpeakersRoom(False, False)
    return SpeakersRoom(True, need_without > total - tabs_least)
