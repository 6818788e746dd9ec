"""Reading what people write after an agenda point: "(20 min)", "20'", "— 20 minutes", "1h15", "(pour décision)".

The duration (and a kind tag) are taken out of the title, so "Budget 2025 (20 min)" becomes the item
"Budget 2025" planned for 20 minutes. Only a duration at the end or the start of the title, or in
brackets, is read; "14h00" is a clock time, not a duration: anything over five hours is left alone.
"""

from __future__ import annotations

import re
import unicodedata

from facilitation.models.entities import ItemKind

#: a point longer than this is a clock time ("Accueil 14h00"), not a duration
MAX_MINUTES = 300

_MIN = r"(?:minutes?|mins?|mn|m|['’′])"
_HOURS = r"(?:h|heures?|hours?|hrs?)"
_DUR = (
    rf"(?:(?P<h>\d{{1,2}})\s*{_HOURS}\.?\s*(?:(?P<hm>\d{{1,2}})\s*{_MIN}?)?"
    rf"|(?P<m>\d{{1,3}})\s*{_MIN}\.?)"
)
_TRAILING = [
    re.compile(rf"\s*[\(\[]\s*(?:env\.?\s*|ca\.?\s*|~\s*)?{_DUR}\s*[\)\]]\s*$", re.I),
    re.compile(rf"\s*[-–—:,|]\s*(?:env\.?\s*|~\s*)?{_DUR}\s*$", re.I),
    re.compile(rf"\s+{_DUR}\s*$", re.I),
]
_LEADING = [
    re.compile(rf"^\s*[\(\[]\s*{_DUR}\s*[\)\]]\s*[-–—:]?\s*", re.I),
    re.compile(rf"^\s*{_DUR}\s*[-–—:]\s+", re.I),
]
_INNER = re.compile(rf"\s*[\(\[]\s*{_DUR}\s*[\)\]]", re.I)

_KINDS: dict[str, ItemKind] = {
    "decision": ItemKind.DECISION,
    "pour decision": ItemKind.DECISION,
    "for decision": ItemKind.DECISION,
    "a decider": ItemKind.DECISION,
    "vote": ItemKind.DECISION,
    "information": ItemKind.INFORMATION,
    "info": ItemKind.INFORMATION,
    "pour information": ItemKind.INFORMATION,
    "pour info": ItemKind.INFORMATION,
    "for information": ItemKind.INFORMATION,
    "for info": ItemKind.INFORMATION,
    "discussion": ItemKind.DISCUSSION,
    "pour discussion": ItemKind.DISCUSSION,
    "for discussion": ItemKind.DISCUSSION,
    "debat": ItemKind.DISCUSSION,
}
_TAG = re.compile(r"\s*[\(\[]\s*([^()\[\]]{2,20}?)\s*[\)\]]")


def fold(text: str) -> str:
    """Lower case without accents: for comparing what people type ("Décision" == "decision")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return " ".join("".join(c for c in decomposed if not unicodedata.combining(c)).split())


def _minutes(match: re.Match[str]) -> int | None:
    if match.group("m") is not None:
        minutes = int(match.group("m"))
    else:
        minutes = int(match.group("h")) * 60 + int(match.group("hm") or 0)
    return minutes if 0 < minutes <= MAX_MINUTES else None


def split_duration(title: str) -> tuple[str, int | None]:
    """``(title without the duration, minutes)``, or ``(title, None)`` when it states none."""
    for pattern in (*_TRAILING, *_LEADING):
        match = pattern.search(title)
        if match is not None:
            minutes = _minutes(match)
            if minutes is not None:
                rest = title[: match.start()] + " " + title[match.end() :]
                return _tidy(rest), minutes
    match = _INNER.search(title)
    if match is not None and (minutes := _minutes(match)) is not None:
        return _tidy(title[: match.start()] + title[match.end() :]), minutes
    return title, None


def split_kind(title: str) -> tuple[str, ItemKind | None]:
    """Take a tag such as "(pour décision)" or "[info]" out of the title."""
    for match in _TAG.finditer(title):
        kind = _KINDS.get(fold(match.group(1)))
        if kind is not None:
            return _tidy(title[: match.start()] + title[match.end() :]), kind
    return title, None


def _tidy(text: str) -> str:
    return " ".join(text.split()).strip(" -–—:,|")
