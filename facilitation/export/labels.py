"""The fixed words of the minutes in the meeting's language, and dates and times written locally.

Labels are English source strings marked with ``QT_TRANSLATE_NOOP("Minutes", …)`` where they are
used, collected by ``pyside6-lupdate`` into ``resources/translations/minutes_fr.ts``. At export time a
:class:`Labels` loads the compiled ``minutes_fr.qm`` into its own ``QTranslator`` and asks it
directly: it is never installed on the application, because the interface may speak another
language than the meeting. English is the source, but a count has two forms ("%n abstentions":
"1 abstention"): ``minutes_en.qm`` holds those only (made by ``tools/update_translations.py`` from the
counted messages of the French file).
"""

from __future__ import annotations

import datetime as dt
from datetime import timedelta

from facilitation.resources import resource

LANGUAGES = ("fr", "en")


class Labels:
    """Translate the minutes' labels and write dates the way the language does."""

    def __init__(self, lang: str) -> None:
        from PySide6.QtCore import QLocale, QTranslator

        if lang not in LANGUAGES:
            raise ValueError(f"unsupported language {lang!r}")
        self.lang = lang
        self._translator = QTranslator()
        qm = resource("translations", f"minutes_{lang}.qm")
        if not self._translator.load(str(qm)):
            raise FileNotFoundError(f"the minutes' labels are missing ({qm})")
        if lang == "fr":
            self._locale = QLocale(QLocale.Language.French, QLocale.Country.Belgium)
        else:
            self._locale = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
        self._cache: dict[str, str] = {}

    def __call__(self, text: str) -> str:
        """The label ``text`` (English source) in the meeting's language."""
        found = self._cache.get(text)
        if found is None:
            found = self._translator.translate("Minutes", text) or text
            self._cache[text] = found
        return found

    def count(self, text: str, n: int) -> str:
        """A counted label (English source with ``%n``) in the form its number takes."""
        found = self._translator.translate("Minutes", text, None, n) or text
        return found.replace("%n", str(n))

    def date(self, d: dt.date) -> str:
        """ "mardi 1er décembre 2026", "jeudi 17 juin 2021" / "Tuesday 1 December 2026".

        French writes the first day of a month as an ordinal ("1er"), which no QLocale format
        gives: the day and month names come from Qt, the number is written here.
        """
        day_name = self._locale.dayName(d.isoweekday())
        month_name = self._locale.monthName(d.month)
        if self.lang == "fr":
            number = "1er" if d.day == 1 else str(d.day)
            return f"{day_name} {number} {month_name} {d.year}"
        return f"{day_name} {d.day} {month_name} {d.year}"

    def short_date(self, d: dt.date) -> str:
        """ "17/06/2021" / "17/06/2021" (both write the day first)."""
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    def time(self, t: dt.time | dt.datetime) -> str:
        """ "21 h 56" in French, "21:56" in English: as the interface writes a time of day."""
        if self.lang == "fr":
            return f"{t.hour:02d} h {t.minute:02d}"
        return f"{t.hour:02d}:{t.minute:02d}"

    def duration(self, d: timedelta) -> str:
        """Whole minutes: "45 min", "1 h 05"."""
        minutes = max(0, round(d.total_seconds() / 60))
        if minutes < 60:
            return f"{minutes} min"
        return f"{minutes // 60} h {minutes % 60:02d}"

    def duration_s(self, seconds: float) -> str:
        return self.duration(timedelta(seconds=seconds))

    def speaking(self, d: timedelta) -> str:
        """A speaking time: with its seconds under ten minutes ("0 min 26 s", "7 min 05 s")."""
        seconds = max(0, round(d.total_seconds()))
        if seconds < 600:
            return f"{seconds // 60} min {seconds % 60:02d} s"
        return self.duration(timedelta(seconds=seconds))

    def speaking_s(self, seconds: float) -> str:
        return self.speaking(timedelta(seconds=seconds))

    def number(self, n: float, decimals: int = 0) -> str:
        text = f"{n:.{decimals}f}"
        return text.replace(".", ",") if self.lang == "fr" else text
