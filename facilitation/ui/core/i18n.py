"""Which language the interface speaks, and loading its Qt Linguist translations.

Order: ``--lang`` on the command line, else the language saved in the settings (``ui/language``, set
from View → Language, see ``ui/common/accessibility.py``), else the system's locale: any French locale (fr_BE,
fr_FR, fr_CH, fr_CA, fr_LU …) gives French, anything else English. The choice is made once at start-up;
a new choice takes effect at the next start.

English is the source language: the French comes from ``resources/translations/facilitation_fr.qm``
(compiled from ``facilitation_fr.ts`` by ``tools/update_translations.py``) plus Qt's own ``qtbase_fr``
for the standard buttons (Yes, Cancel …). English has a small translation of its own,
``facilitation_en.qm``: only the counted messages ("%n participants"), for their singular
("1 participant"). Dates, times and numbers follow ``QLocale()``, which is set
here to the system's locale when it speaks the chosen language, else to a sensible one (fr_BE, en_GB).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QLibraryInfo,
    QLocale,
    QTime,
    QTranslator,
)

from facilitation.resources import resource

LANGUAGES = ("fr", "en")
# the locale used for formatting when the chosen language is not the system's
FALLBACK_LOCALES = {
    "fr": (QLocale.Language.French, QLocale.Country.Belgium),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}
#: Qt's translation catalogs for the modules the app uses (qtbase: widgets, dialogs, buttons)
QT_CATALOGS = ("qtbase", "qtdeclarative")
#: Qt's own words that the catalogs PySide6 ships lack (Qt 6.11 gave them mnemonics): our
#: translation carries them under Qt's context, and Qt finds them there
QT_WORDS_MISSING = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
_LANGUAGE_OF = {QLocale.Language.French: "fr", QLocale.Language.English: "en"}


def system_language(locale: QLocale | None = None) -> str:
    """``"fr"`` for any French locale (fr_BE, fr_FR, fr_CH, fr_CA, fr_LU …), else ``"en"``."""
    loc = locale or QLocale.system()
    return "fr" if loc.language() == QLocale.Language.French else "en"


def choose_language(cli: str | None, saved: str | None, locale: QLocale | None = None) -> str:
    """The interface language: the command line's, else the saved one, else the system's."""
    for candidate in (cli, saved):
        if candidate in LANGUAGES:
            return candidate
    return system_language(locale)


def formatting_locale(lang: str, system: QLocale | None = None) -> QLocale:
    """The locale for dates and numbers: the system's if it speaks ``lang`` (fr_CA keeps its own
    ways), else a default one for the language (French forced on an English system → fr_BE)."""
    loc = system or QLocale.system()
    if _LANGUAGE_OF.get(loc.language()) == lang:
        return QLocale(loc)
    language, country = FALLBACK_LOCALES.get(lang, FALLBACK_LOCALES["en"])
    return QLocale(language, country)


def translation_file(lang: str) -> str:
    """The compiled translation of the interface for ``lang`` (for English: its plural forms)."""
    return str(resource("translations", f"facilitation_{lang}.qm"))


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install our translation and Qt's own for ``lang``; keep the returned list alive.

    Also sets ``QLocale.setDefault`` so ``QLocale()`` formats dates and numbers the user's way.
    Call it before building any window: widgets translate their texts when they are built.
    """
    QLocale.setDefault(formatting_locale(lang))
    installed: list[QTranslator] = []
    if lang == "en":
        # the source strings are English; only the counts need their singular and plural
        translator = QTranslator(app)
        if translator.load(translation_file(lang)):
            app.installTranslator(translator)
            installed.append(translator)
        return installed
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    # Qt's own dialogs (the file dialog's "Look in:", the standard buttons): every catalog of the
    # Qt modules the app uses that PySide6 ships for the language
    catalogs = [(f"{module}_{lang}", qt_dir) for module in QT_CATALOGS]
    for name, folder in ((translation_file(lang), ""), *catalogs):
        translator = QTranslator(app)
        ok = translator.load(name, folder) if folder else translator.load(name)
        if ok:
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def remove_translators(app: QCoreApplication, translators: list[QTranslator]) -> None:
    """Undo :func:`install_translators` (tests switch language back and forth)."""
    for translator in translators:
        app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def clock_time(moment: datetime | time | None) -> str:
    """A time of day as the user writes it: "21:40" in English, "21 h 40" in French.

    The pattern is itself translated (context "Time"), so each language picks its own; ``QLocale()``
    supplies the rest. ``None`` gives a dash.
    """
    if moment is None:
        return "–"
    t = moment.time() if isinstance(moment, datetime) else moment
    #: A QTime format. French writes 21 h 40: HH' h 'mm (quotes around literal text).
    pattern = QCoreApplication.translate("Time", "HH:mm")
    return QLocale().toString(QTime(t.hour, t.minute, t.second), pattern)


def local_date(day: date | datetime | None, long: bool = False) -> str:
    """A date as the user reads it, with a four-digit year: 17/06/2021, or "jeudi 17 juin 2021"
    (``long``); French writes the first of the month "mardi 1er décembre 2026"."""
    if day is None:
        return "–"
    d = day.date() if isinstance(day, datetime) else day
    loc = QLocale()
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    pattern = loc.dateFormat(kind)
    # never a two-digit year: "17/06/21" reads as a day of 2021 or of 1921
    pattern = re.sub(r"(?<!y)yy(?!y)", "yyyy", pattern)
    if long and d.day == 1 and loc.language() == QLocale.Language.French:
        pattern = re.sub(r"(?<![d'])d(?![d'])", "d'er'", pattern)
    return loc.toString(QDate(d.year, d.month, d.day), pattern)


def local_datetime(moment: datetime | None) -> str:
    """A day and a time, e.g. "17/06/21 21 h 40" in French (a lock's age, an autosave's)."""
    if moment is None:
        return "–"
    return f"{local_date(moment)} {clock_time(moment)}"


def percent(share: float) -> str:
    """A share (0.23) as a percentage: "23%" in English, "23 %" in French."""
    number = QLocale().toString(round(share * 100))
    return QCoreApplication.translate("Number", "%1%").replace("%1", number)
