"""The French translation: complete against the sources, compiled, well-formed, and chosen right.

A string added to the UI without its French makes ``test_no_string_left_untranslated`` fail (run
``python tools/update_translations.py``, translate in the .ts, run it again to compile).
"""

from __future__ import annotations

import importlib.util
import os
import re
import subprocess
import sys
from datetime import date, datetime, time
from pathlib import Path
from types import ModuleType

import pytest

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from facilitation.ui.core.i18n import (
    choose_language,
    clock_time,
    formatting_locale,
    install_translators,
    local_date,
    local_datetime,
    percent,
    remove_translators,
    system_language,
)

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "facilitation_fr.ts"
QM = TS.with_suffix(".qm")
TS_EN = TS.with_name("facilitation_en.ts")
NBSP = ("\u00a0", "\u202f")


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


def french_pairs() -> list[tuple[str, str, str]]:
    """(context, English, French) for every live entry; each plural form counts as one French."""
    import xml.etree.ElementTree as ET

    out: list[tuple[str, str, str]] = []
    for context in ET.parse(TS).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            assert tr is not None
            if tr.get("type") in ("vanished", "obsolete"):
                continue
            source = message.findtext("source") or ""
            forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
            out.extend((name, source, form) for form in forms)
    return out


# -- complete and compiled ------------------------------------------------------------------------


def test_no_string_left_untranslated() -> None:
    """lupdate over today's sources, into a copy of the .ts: nothing new, nothing unfinished."""
    problems = TOOL.check(TS, ROOT)
    assert problems == [], "run tools/update_translations.py and translate:\n" + "\n".join(problems)


def test_check_catches_a_new_string(tmp_path: Path) -> None:
    """The check above can fail: a source tree with one more string is reported."""
    for rel in TOOL.sources(ROOT):
        target = tmp_path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((ROOT / rel).read_bytes())
    extra = tmp_path / "facilitation" / "ui" / "zz_extra.py"
    extra.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'QCoreApplication.translate("Extra", "A brand new label")\n'
    )
    problems = TOOL.check(TS, tmp_path)
    assert "new string not in the .ts: [Extra] 'A brand new label'" in problems


def test_helpers_with_a_fixed_context_are_read() -> None:
    text = (
        "def _tr(text: str) -> str:\n"
        '    return QCoreApplication.translate("FacilitatorWindow", text)\n'
        "\n"
        'x = _tr("&File")\n'
        'y = self._tr("not ours")\n'
    )
    out = TOOL.spell_out_helpers(text)
    assert 'x = QCoreApplication.translate("FacilitatorWindow", "&File")' in out
    assert 'self._tr("not ours")' in out
    assert out.count("\n") == text.count("\n")  # same lines: locations in the .ts stay true


def test_counts_are_spelled_so_lupdate_reads_them() -> None:
    """lupdate drops translate(ctx, "%n …", None, item.count): the scratch copy spells it out."""
    text = (
        'x = translate("Item", "%n min planned", None, item.planned_minutes)\n'
        'y = QCoreApplication.translate("Q", "%n min per turn",\n    None,\n    seconds // 60)\n'
        'z = self.tr("Kept", "the disambiguation")\n'
        'w = translate("Q", "%n left", n=len(people))\n'
    )
    out = TOOL.plain_counts(text)
    assert 'translate("Item", "%n min planned", "", 2)' in out
    assert 'translate("Q", "%n min per turn",\n    "", 2\n)' in out
    assert 'self.tr("Kept", "the disambiguation")' in out
    assert 'translate("Q", "%n left", "", 2)' in out
    assert out.count("\n") == text.count("\n")
    assert TOOL.plain_counts("def broken(:\n") == "def broken(:\n"  # a file being edited


def test_marked_strings_are_read_without_lupdate() -> None:
    text = (
        "class Panel(QWidget):\n"
        "    def build(self):\n"
        '        self.tr("Hide names")\n'
        '        translate("Queue", "%n min per turn", None, x.y)\n'
        'LABEL = QT_TRANSLATE_NOOP("Command", "Give the floor")\n'
        'translate("Queue", name)\n'
    )
    assert TOOL.marked_strings(text) == {
        ("Panel", "Hide names"),
        ("Queue", "%n min per turn"),
        ("Command", "Give the floor"),
    }


@pytest.mark.parametrize("ts", [TS, TS_EN], ids=lambda p: p.name)
def test_qm_is_compiled_from_the_ts(tmp_path: Path, ts: Path) -> None:
    fresh = tmp_path / "fresh.qm"
    TOOL.lrelease(ts, fresh)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        "the .qm is stale: run tools/update_translations.py"
    )


def test_check_catches_a_count_without_its_english_forms(tmp_path: Path) -> None:
    """A new counted message needs its English singular too: --check says so."""
    for rel in TOOL.sources(ROOT):
        target = tmp_path / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((ROOT / rel).read_bytes())
    extra = tmp_path / "facilitation" / "ui" / "zz_extra.py"
    extra.write_text(
        "from PySide6.QtCore import QCoreApplication\n"
        'QCoreApplication.translate("Extra", "%n chairs", None, 3)\n'
    )
    problems = TOOL.check(TS, tmp_path)
    assert "count without its English forms in facilitation_en.ts: [Extra] '%n chairs'" in problems


def test_english_has_the_counts_and_nothing_else() -> None:
    """facilitation_en.ts lists the very counted messages of the French file, each written."""
    import xml.etree.ElementTree as ET

    def counted(ts: Path) -> set[tuple[str, str]]:
        return {
            (c.findtext("name") or "", m.findtext("source") or "")
            for c in ET.parse(ts).getroot().iter("context")
            for m in c.iter("message")
            if m.get("numerus") == "yes"
            and (tr := m.find("translation")) is not None
            and tr.get("type") not in ("vanished", "obsolete")
        }

    english = counted(TS_EN)
    assert english == counted(TS)
    assert all("%n" in source for _, source in english)
    assert len(english) == len(list(ET.parse(TS_EN).iter("message")))
    assert TOOL.read_ts(TS_EN).unfinished == []


def test_no_source_text_writes_a_plural_by_hand() -> None:
    """No "participant(s)": a count says its number's form through %n."""
    hand_made = re.compile(r"\w\((s|es|x)\)|\(and 1 others\)")
    found = [
        f"[{ctx}] {en!r}"
        for ctx, en, fr in french_pairs()
        if hand_made.search(en) or re.search(r"\w\((e)?s\)", fr)
    ]
    assert not found, "\n".join(found)


def test_every_count_has_its_english_singular(qapp: QApplication) -> None:
    """In English, 1 takes the singular where English has one, any other number the plural."""
    cases = {
        ("ParticipantsEditor", "%n participants"): ("1 participant", "6 participants"),
        ("ParticipantsEditor", "%n groups"): ("1 group", "0 groups"),
        ("ImportAgendaDialog", "%n items"): ("1 item", "2 items"),
        ("ImportParticipantsDialog", "%n people will be added"): (
            "1 person will be added",
            "2 people will be added",
        ),
        ("LiveStatus", "Next: %n people waiting"): (
            "Next: 1 person waiting",
            "Next: 4 people waiting",
        ),
        ("Ending", "%n items were never opened: %1"): (
            "1 item was never opened: %1",
            "2 items were never opened: %1",
        ),
        ("ReadBack", "%n abstentions"): ("1 abstention", "0 abstentions"),
        ("LiveStatus", "(and %n more)"): ("(and 1 more)", "(and 3 more)"),
    }
    translators = install_translators(qapp, "en")
    try:
        for (ctx, source), (one, other) in cases.items():
            n_other = int(re.search(r"\d+", other).group())  # type: ignore[union-attr]
            assert QCoreApplication.translate(ctx, source, None, 1) == one
            assert QCoreApplication.translate(ctx, source, None, n_other) == other
    finally:
        remove_translators(qapp, translators)


def test_domain_labels_and_errors_are_in_the_ts() -> None:
    contexts = {ctx for ctx, _, _ in french_pairs()}
    assert {"Command", "CommandError"} <= contexts
    pairs = {(ctx, en): fr for ctx, en, fr in french_pairs()}
    assert pairs["Command", "Give the floor"] == "Donner la parole"


# -- well-formed French ---------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"%n|%\d|\{\w*\}")


@pytest.mark.parametrize(("ctx", "en", "fr"), french_pairs())
def test_placeholders_and_accelerators_kept(ctx: str, en: str, fr: str) -> None:
    assert fr.strip(), f"[{ctx}] {en!r} has an empty translation"
    assert sorted(PLACEHOLDER.findall(fr)) == sorted(PLACEHOLDER.findall(en)), (ctx, en, fr)
    accel_en = len(re.findall(r"&(?!&)\w", en.replace("&&", "")))
    accel_fr = len(re.findall(r"&(?!&)\w", fr.replace("&&", "")))
    assert accel_fr == accel_en, f"[{ctx}] accelerator lost or added: {en!r} → {fr!r}"
    if en.endswith("…"):
        assert fr.endswith("…"), (en, fr)


@pytest.mark.parametrize(("ctx", "en", "fr"), french_pairs())
def test_french_typography(ctx: str, en: str, fr: str) -> None:
    if "*." in en:  # file dialog filters: ";;" and "(*.md)" are syntax, not prose
        return
    for i, ch in enumerate(fr):
        if ch in ":;?!»" and i > 0:
            before = fr[i - 1]
            if ch == ":" and (before.isdigit() or before in "%}"):
                continue  # 12:30, placeholders
            assert before in NBSP, f"[{ctx}] no-break space needed before {ch!r} in {fr!r}"
        if ch == "«":
            assert fr[i + 1] in NBSP, f"[{ctx}] no-break space needed after « in {fr!r}"
    assert '"' not in fr, f"[{ctx}] straight quotes in {fr!r}: use « … »"
    assert "..." not in fr, f"[{ctx}] three dots in {fr!r}: use …"


@pytest.mark.parametrize(("ctx", "en", "fr"), french_pairs())
def test_key_sequences_stay_valid(ctx: str, en: str, fr: str) -> None:
    """A translated string that is a key sequence (e.g. "Ctrl+K") must still parse."""
    if re.fullmatch(r"(Ctrl|Shift|Alt|Meta|F\d)[+\w, ]*", en):
        assert not QKeySequence(fr).isEmpty(), (en, fr)


def test_words_of_this_collective() -> None:
    """The agreed vocabulary is used, not literal translations."""
    french = " ".join(fr for _, _, fr in french_pairs())
    for word in (
        "ordre du jour",
        "tour de parole",
        "compte rendu",
        "point d'ordre",
        "participant·es",
    ):
        assert word in french, word
    for literal in ("agenda", "procès-verbal de la file", "file d'attente", "minutes du"):
        assert literal not in french.lower(), literal


# -- choosing the language ------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["fr_BE", "fr_FR", "fr_CH", "fr_CA", "fr_LU"])
def test_french_locales_give_french(name: str) -> None:
    assert system_language(QLocale(name)) == "fr"
    assert choose_language(None, "", QLocale(name)) == "fr"


@pytest.mark.parametrize("name", ["en_GB", "en_US", "nl_BE", "de_DE", "C"])
def test_other_locales_give_english(name: str) -> None:
    assert system_language(QLocale(name)) == "en"


def test_command_line_then_setting_override_the_locale() -> None:
    be = QLocale("fr_BE")
    assert choose_language("en", "fr", be) == "en"
    assert choose_language(None, "en", be) == "en"
    assert choose_language(None, "xx", be) == "fr"  # a mangled setting is ignored
    assert choose_language("fr", "", QLocale("en_GB")) == "fr"


def test_formatting_follows_the_system_when_it_speaks_the_language() -> None:
    assert formatting_locale("fr", QLocale("fr_CA")).name() == "fr_CA"
    assert formatting_locale("fr", QLocale("en_US")).name() == "fr_BE"
    assert formatting_locale("en", QLocale("fr_BE")).name() == "en_GB"


@pytest.mark.parametrize(("lang_env", "expected"), [("fr_BE.UTF-8", "fr"), ("en_GB.UTF-8", "en")])
def test_lang_environment_picks_the_language(lang_env: str, expected: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LANG"] = lang_env
    code = "from facilitation.ui.core.i18n import choose_language; print(choose_language(None, ''))"
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == expected


# -- installed ------------------------------------------------------------------------------------


def test_installing_french_translates_ours_and_qts(qapp: QApplication) -> None:
    translators = install_translators(qapp, "fr")
    try:
        assert len(translators) == 3  # ours, qtbase, qtdeclarative
        tr = QCoreApplication.translate
        assert tr("FacilitatorWindow", "&File") == "&Fichier"
        assert tr("CommandError", "The meeting has ended.") == "La réunion est terminée."
        assert tr("QPlatformTheme", "Cancel") == "Annuler"  # Qt's own buttons
        # French plurals: 0 and 1 take the singular
        people = "%n people will be added"
        assert tr("ImportParticipantsDialog", people, None, 0) == "0 personne sera ajoutée"
        assert tr("ImportParticipantsDialog", people, None, 1) == "1 personne sera ajoutée"
        assert tr("ImportParticipantsDialog", people, None, 3) == "3 personnes seront ajoutées"
        assert clock_time(time(21, 40)) == "21\u00a0h\u00a040"
        assert local_date(date(2021, 6, 17), long=True) == "jeudi 17 juin 2021"
        assert local_datetime(datetime(2021, 6, 17, 21, 40)).endswith("21\u00a0h\u00a040")
        assert percent(0.234) == "23\u00a0%"
        assert QLocale().toString(1234.5, "f", 1) == "1\u202f234,5"
    finally:
        remove_translators(qapp, translators)
    assert QCoreApplication.translate("FacilitatorWindow", "&File") == "&File"


def test_english_keeps_the_source(qapp: QApplication) -> None:
    translators = install_translators(qapp, "en")
    try:
        # only the counts' singular and plural: every other text is the source
        assert len(translators) == 1 and translators[0].filePath().endswith("facilitation_en.qm")
        assert QCoreApplication.translate("FacilitatorWindow", "&File") == "&File"
        assert clock_time(datetime(2026, 3, 1, 9, 5)) == "09:05"
        assert local_date(date(2021, 6, 17)) == "17/06/2021"
        assert percent(0.234) == "23%"
        assert local_date(None) == local_datetime(None) == "–"
        assert clock_time(None) == "–"
    finally:
        remove_translators(qapp, translators)


START = """
import sys
from facilitation.ui.app import startup as app
painted = app._paint
def paint(qapp, windows):
    painted(qapp, windows)
    bar = windows[0].menuBar()
    print("MENUS:" + "|".join(a.text() for a in bar.actions()))
app._paint = paint
from facilitation.cli import main
sys.exit(main(sys.argv[1:] + ["--new", "--terminate-after-init"]))
"""


@pytest.mark.parametrize(
    ("lang_env", "args", "menus"),
    [
        ("fr_BE.UTF-8", [], "&Fichier"),
        ("en_GB.UTF-8", [], "&File"),
        ("en_GB.UTF-8", ["--lang", "fr"], "&Fichier"),
        ("fr_BE.UTF-8", ["--lang", "en"], "&File"),
    ],
)
def test_the_app_starts_in_the_language_of_the_system(
    lang_env: str, args: list[str], menus: str
) -> None:
    """The real start-up path (settings, locale, translators, the facilitator's window)."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("LC_", "LANG"))}
    env["LANG"] = lang_env
    done = subprocess.run(
        [sys.executable, "-c", START, *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("MENUS:"))
    assert line.split(":", 1)[1].split("|")[0] == menus, line


def test_every_count_finds_its_french(qapp: QApplication) -> None:
    """A message with %n is looked up with a count; Qt only finds it if the .ts marks it plural
    (lupdate sometimes does not: tools/update_translations.py does)."""
    import xml.etree.ElementTree as ET

    counted = [
        (context.findtext("name") or "", message)
        for context in ET.parse(TS).getroot().iter("context")
        for message in context.iter("message")
        if "%n" in (message.findtext("source") or "")
        and (tr := message.find("translation")) is not None
        and tr.get("type") not in ("vanished", "obsolete")
    ]
    assert counted
    translators = install_translators(qapp, "fr")
    try:
        english = []
        for ctx, message in counted:
            source = message.findtext("source") or ""
            assert message.get("numerus") == "yes", f"[{ctx}] {source!r} is not marked plural"
            # found if any number reads otherwise than the source ("2 abstentions" is both)
            frenches = [QCoreApplication.translate(ctx, source, None, n) for n in (1, 2)]
            if frenches == [source.replace("%n", str(n)) for n in (1, 2)]:
                english.append(f"[{ctx}] {source!r}")
        assert not english, "\n".join(english)
    finally:
        remove_translators(qapp, translators)
