"""Who took part, as the minutes say it: attendance, speaking time, and anonymous minutes.

Anonymous minutes protect people: attendance becomes counts by group, a speaker is named by their
group, per-person speaking time is left out, and every user text of the minutes passes through
:meth:`Anonymiser.text`, which replaces each participant's name (whole, then each part of it of three
letters or more, as a word) by their group and every e-mail address by "[e-mail]": a note that says
"Anne Dubois proposes…" must not give Anne away.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import datetime, timedelta

from facilitation.export.cleaning import clean
from facilitation.export.labels import Labels
from facilitation.export.parts import AttendanceBlock, Speaking, Table
from facilitation.models import Attendance, Meeting, Role
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.models.stats import by_group, by_person

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


class Anonymiser:
    """Names and e-mails out of the user's text (a no-op for minutes that are not anonymous)."""

    def __init__(self, m: Meeting, lb: Labels, active: bool) -> None:
        self.active = active
        self.someone = lb(QT_TRANSLATE_NOOP("Minutes", "a participant"))
        self.email_word = lb(QT_TRANSLATE_NOOP("Minutes", "[e-mail]"))
        #: what stands for each participant: their group, or "a participant"
        self.alias = {
            pid: clean(p.group).strip() or self.someone for pid, p in m.participants.items()
        }
        self._pattern: re.Pattern[str] | None = None
        self._by_word: dict[str, str] = {}
        if not active:
            return
        words: dict[str, str] = {}
        for pid, p in m.participants.items():
            name = " ".join(clean(p.name).split())
            alias = self.alias[pid]
            words.setdefault(name.casefold(), alias)
            for part in re.split(r"[\s\-']+", name):
                if len(part) >= 3:
                    words.setdefault(part.casefold(), alias)
        self._by_word = words
        if words:
            # longest first, so a full name wins over its parts
            alternatives = sorted(words, key=len, reverse=True)
            self._pattern = re.compile(
                r"(?<!\w)(" + "|".join(re.escape(w) for w in alternatives) + r")(?!\w)",
                re.IGNORECASE,
            )

    def text(self, text: str) -> str:
        """``text`` cleaned and, when anonymous, with no participant's name or e-mail left."""
        text = clean(text)
        if not self.active:
            return text
        text = _EMAIL.sub(self.email_word, text)
        if self._pattern is not None:
            text = self._pattern.sub(lambda m: self._by_word[m.group(1).casefold()], text)
        return text

    def person(self, pid: str | None, names: dict[str, str]) -> str:
        """How the minutes name participant ``pid``: their name, or when anonymous their group."""
        if pid is None or pid not in names:
            return ""
        return self.alias[pid] if self.active else names[pid]


def _grouped(people: list[tuple[str, str]], lb: Labels) -> list[tuple[str, str]]:
    """(group, name) pairs as one line per group, groups in order of first appearance."""
    by: dict[str, list[str]] = {}
    for group, name in people:
        by.setdefault(group, []).append(name)
    if list(by) == [""]:
        return [("", ", ".join(by[""]))]
    no_group = lb(QT_TRANSLATE_NOOP("Minutes", "No group"))
    return [(g or no_group, ", ".join(n)) for g, n in by.items()]


def _counted(people: list[tuple[str, str]], lb: Labels) -> list[tuple[str, str]]:
    """(group, name) pairs as one line per group with the number of people: anonymous attendance."""
    by: dict[str, int] = {}
    for group, _ in people:
        by[group] = by.get(group, 0) + 1
    no_group = lb("No group")
    return [(g or no_group, str(n)) for g, n in by.items()]


def attendance(
    m: Meeting, lb: Labels, names: dict[str, str], anonymous: bool
) -> list[AttendanceBlock]:
    present: list[tuple[str, str]] = []
    represented: list[tuple[str, str]] = []
    excused: list[tuple[str, str]] = []
    absent: list[tuple[str, str]] = []
    guests: list[tuple[str, str]] = []
    for p in m.participants.values():
        group, name = clean(p.group).strip(), names[p.id]
        if p.attendance is Attendance.PRESENT:
            (guests if p.role is Role.GUEST else present).append((group, name))
        elif p.attendance is Attendance.REPRESENTED:
            proxy = names.get(p.represented_by) or clean(p.represented_by).strip()
            if proxy and not anonymous:
                name = lb(QT_TRANSLATE_NOOP("Minutes", "{name} (proxy: {proxy})")).format(
                    name=name, proxy=proxy
                )
            represented.append((group, name))
        elif p.attendance is Attendance.EXCUSED:
            excused.append((group, name))
        else:
            absent.append((group, name))
    blocks = [
        (QT_TRANSLATE_NOOP("Minutes", "Present"), present),
        (QT_TRANSLATE_NOOP("Minutes", "Represented"), represented),
        (QT_TRANSLATE_NOOP("Minutes", "Excused"), excused),
        (QT_TRANSLATE_NOOP("Minutes", "Absent"), absent),
        (QT_TRANSLATE_NOOP("Minutes", "Guests"), guests),
    ]
    lines = _counted if anonymous else _grouped
    return [
        AttendanceBlock(lb(label), len(people), lines(people, lb))
        for label, people in blocks
        if people
    ]


def speaking(
    m: Meeting, lb: Labels, now: datetime, names: dict[str, str], anonymous: bool
) -> Speaking | None:
    people = by_person(m, now)
    if not people:
        return None
    total = sum((r.time for r in people), timedelta(0)).total_seconds() or 1.0
    speakers: dict[str, int] = defaultdict(int)
    for r in people:
        speakers[m.participants[r.key].group] += 1
    no_group = lb("No group")
    bars: list[tuple[str, float]] = []
    rows: list[list[str]] = []
    for g in by_group(m, now):
        label = clean(g.label).strip() or no_group
        seconds = g.time.total_seconds()
        bars.append((label, seconds))
        rows.append(
            [
                label,
                str(speakers.get(g.key, 0)),
                str(g.turns),
                lb.speaking(g.time),
                f"{lb.number(100 * seconds / total)} %",
            ]
        )
    groups = Table(
        [
            lb(QT_TRANSLATE_NOOP("Minutes", "Group")),
            lb(QT_TRANSLATE_NOOP("Minutes", "Speakers")),
            lb(QT_TRANSLATE_NOOP("Minutes", "Turns")),
            lb(QT_TRANSLATE_NOOP("Minutes", "Duration")),
            lb(QT_TRANSLATE_NOOP("Minutes", "Share")),
        ],
        rows,
        [6, 3, 3, 2.6, 1.6],
    )
    per_person = None
    if not anonymous:
        per_person = Table(
            [lb(QT_TRANSLATE_NOOP("Minutes", "Name")), lb("Group"), lb("Turns"), lb("Duration")],
            [
                [
                    names[r.key],
                    clean(m.participants[r.key].group).strip(),
                    str(r.turns),
                    lb.speaking(r.time),
                ]
                for r in people
            ],
            [5.5, 5.5, 3, 2.6],
        )
    return Speaking(bars, groups, per_person)
