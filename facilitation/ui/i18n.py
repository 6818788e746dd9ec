"""Which language the interface speaks, and loading its Qt Linguist translations.

Order: ``--lang`` on the command line, else the language saved in the settings, else the system's
locale (any French locale — fr_BE, fr_FR, fr_CH, fr_CA … — gives French; anything else English).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facilitation.resources import resource

LANGUAGES = ("fr", "en")


def system_language(locale: QLocale | None = None) -> str:
    name = (locale or QLocale.system()).name()  # e.g. "fr_BE"
    return "fr" if name.split("_")[0].lower() == "fr" else "en"


def choose_language(cli: str | None, saved: str | None, locale: QLocale | None = None) -> str:
    for candidate in (cli, saved):
        if candidate in LANGUAGES:
            return candidate  # type: ignore[return-value]
    return system_language(locale)


def install_translators(app: QCoreApplication, lang: str) -> list[QTranslator]:
    """Install our translation and Qt's own for ``lang``; keep the returned list alive."""
    installed: list[QTranslator] = []
    if lang == "en":
        return installed  # the source strings are English
    QLocale.setDefault(QLocale(QLocale.Language.French, QLocale.Country.Belgium))
    ours = resource("translations", f"facilitation_{lang}.qm")
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    candidates = [(str(ours), ""), (f"qtbase_{lang}", qt_dir)]
    for name, folder in candidates:
        translator = QTranslator(app)
        ok = translator.load(name, folder) if folder else translator.load(name)
        if ok:
            app.installTranslator(translator)
            installed.append(translator)
    return installed
