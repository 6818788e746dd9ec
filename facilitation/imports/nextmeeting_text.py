"""The next meeting typed in one line, as a facilitator says it at the end of the meeting.

    parse_next_meeting("mardi 5 janvier à 19h30, Maison de quartier ; apporter les dates", today)
    -> {"date": "2027-01-05", "time": "19:30", "place": "Maison de quartier",
        "mode": "in_person", "note": "apporter les dates"}

The result is the ``changes`` of :class:`facilitation.models.EditNextMeeting` (only the fields the
line says something about), so the live "Prochaine rencontre" item can set the next meeting in a few
keys, through the one door, undoable. Understood, in French or English:

- a date: ``5/1``, ``05/01/2027``, ``5.1.27``, ``5 janvier``, ``1er décembre 2026``, ``5 January``;
  a weekday name is ignored; without a year, the first such day from ``today`` on;
- a time: ``19h30``, ``19 h 30``, ``19h``, ``19:30``;
- a link (``https://…``): the online link; "en ligne", "visio", "online" make the meeting online,
  "hybride", "hybrid" (or a place and a link) hybrid;
- after a ";", a note; what is left is the place.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from typing import Any

MONTHS = {
    **{
        m: i
        for i, m in enumerate(
            (
                "janvier",
                "fevrier",
                "mars",
                "avril",
                "mai",
                "juin",
                "juillet",
                "aout",
                "septembre",
                "octobre",
                "novembre",
                "decembre",
            ),
            1,
        )
    },
    **{
        m: i
        for i, m in enumerate(
            (
                "january",
                "february",
                "march",
                "april",
                "may",
                "june",
                "july",
                "august",
                "september",
                "october",
                "november",
                "december",
            ),
            1,
        )
    },
}
WEEKDAYS = (
    "lundi",
    "mardi",
    "mercredi",
    "jeudi",
    "vendredi",
    "samedi",
    "dimanche",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
)
_URL = re.compile(r"https?://\S+")
_NUMERIC_DATE = re.compile(r"(?<![\d:h])(\d{1,2})[/.](\d{1,2})(?:[/.](\d{2,4}))?(?![\d:])")
_TIME = re.compile(r"(?<!\d)([01]?\d|2[0-3])\s*(?:h|:)\s*([0-5]\d)?(?!\d)", re.IGNORECASE)
_ONLINE = re.compile(r"\b(en ligne|visio|online)\b", re.IGNORECASE)
_HYBRID = re.compile(r"\b(hybride|hybrid)\b", re.IGNORECASE)
_FILLER = re.compile(
    r"^(?:[\s,;:–—-]|\b(?:le|la|à|a|at|on|the|au|en|in)\b)+|(?:[\s,;:–—-]|\b(?:à|a|at|au)\b)+$",
    re.IGNORECASE,
)


def fold(text: str) -> str:
    """Lower case without accents, one character for one (so a match's place is the same)."""
    out = []
    for c in text:
        bare = "".join(
            x for x in unicodedata.normalize("NFKD", c.lower()) if not unicodedata.combining(x)
        )
        out.append(bare if len(bare) == 1 else c)
    return "".join(out)


def _word_date(text: str) -> tuple[int, int, int | None, tuple[int, int]] | None:
    folded = fold(text)
    pattern = re.compile(
        r"\b(\d{1,2})(?:er|st|nd|rd|th)?\s+(" + "|".join(MONTHS) + r")\b(?:\s+(\d{4}))?"
    )
    found = pattern.search(folded)
    if found is None:
        return None
    year = int(found.group(3)) if found.group(3) else None
    return int(found.group(1)), MONTHS[found.group(2)], year, found.span()


def _year(day: int, month: int, year: int | None, today: date) -> date | None:
    try:
        if year is not None:
            return date(year + 2000 if year < 100 else year, month, day)
        candidate = date(today.year, month, day)
        return candidate if candidate >= today else date(today.year + 1, month, day)
    except ValueError:
        return None


def parse_next_meeting(text: str, today: date) -> dict[str, Any]:
    """The fields of the next meeting that ``text`` gives (see the module's docstring)."""
    changes: dict[str, Any] = {}
    main, _, note = text.partition(";")
    if note.strip():
        changes["note"] = note.strip()
    link = _URL.search(main)
    if link:
        changes["online_link"] = link.group(0).rstrip(".,)")
        main = main[: link.start()] + " " + main[link.end() :]
    online, hybrid = _ONLINE.search(main), _HYBRID.search(main)
    main = _HYBRID.sub(" ", _ONLINE.sub(" ", main))
    when: date | None = None
    word = _word_date(main)
    numeric = _NUMERIC_DATE.search(main)
    if word is not None:
        when = _year(word[0], word[1], word[2], today)
        main = main[: word[3][0]] + " " + main[word[3][1] :]
    elif numeric is not None:
        year = int(numeric.group(3)) if numeric.group(3) else None
        when = _year(int(numeric.group(1)), int(numeric.group(2)), year, today)
        main = main[: numeric.start()] + " " + main[numeric.end() :]
    if when is not None:
        changes["date"] = when.isoformat()
    clock = _TIME.search(main)
    if clock is not None:
        changes["time"] = f"{int(clock.group(1)):02d}:{int(clock.group(2) or 0):02d}"
        main = main[: clock.start()] + " " + main[clock.end() :]
    words = [w for w in main.split() if fold(w).strip(",.") not in WEEKDAYS]
    place = " ".join(words)
    place = _FILLER.sub("", place).strip()
    if place:
        changes["place"] = place
    if hybrid or (place and (online or link)):
        changes["mode"] = "hybrid"
    elif online or link:
        changes["mode"] = "online"
    elif place:
        changes["mode"] = "in_person"
    return changes
