"""Every window in French shows no English: menus, buttons, labels, tooltips, titles, headers.

The French translator is installed first, then each window (facilitator, note-taker, projector, the
editors and dialogs that exist) is built on a meeting under way; every text a user can see or hear
(screen readers read accessible names) is compared with the English source strings of the .ts.
Strings the same in both languages ("Pause", "Notes", "Total" …) are ignored, and so are the
meeting's own names. The same walk in English finds the English strings, so it can fail.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from facilitation.models import FakeClock
from tests.ui.every_window import KINDS, build, close, under_way

from facilitation.ui.core.context import AppContext
from facilitation.ui.core.i18n import install_translators, remove_translators

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "facilitation_fr.ts"


def _plain(text: str) -> str:
    """As a user reads it: no accelerator marks, one space between words."""
    text = re.sub(r"&(?=[^&\s])", "", text).replace("&&", "&")
    return " ".join(text.split())


def english_sources() -> set[str]:
    """English source strings whose French differs (and that can appear as such: no placeholder)."""
    translations: dict[str, set[str]] = {}
    for message in ET.parse(TS).getroot().iter("message"):
        source = message.findtext("source") or ""
        tr = message.find("translation")
        assert tr is not None
        forms = [f.text or "" for f in tr.iter("numerusform")] or [tr.text or ""]
        translations.setdefault(source, set()).update(_plain(f) for f in forms)
    out = set()
    for source, french in translations.items():
        plain = _plain(source)
        if plain in french or not re.search(r"[A-Za-z]{2}", plain):
            continue  # the same in French ("Pause", "Notes"), or no words at all ("+/−")
        if re.search(r"%\d|%n|\{\w*\}", plain):
            continue  # a template never shows as such
        out.add(plain)
    return out


ENGLISH = english_sources()


def texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text of ``root`` and its children a user can meet."""
    widgets = [root, *root.findChildren(QWidget)]
    for w in widgets:
        name = f"{type(w).__name__}#{w.objectName()}"
        if w.isWindow():
            yield name + ".windowTitle", w.windowTitle()
        yield name + ".toolTip", w.toolTip()
        yield name + ".statusTip", w.statusTip()
        yield name + ".whatsThis", w.whatsThis()
        yield name + ".accessibleName", w.accessibleName()
        yield name + ".accessibleDescription", w.accessibleDescription()
        if isinstance(w, QAbstractButton | QLabel):
            yield name + ".text", w.text()
        if isinstance(w, QGroupBox):
            yield name + ".title", w.title()
        if isinstance(w, QMenu):
            yield name + ".title", w.title()
        if isinstance(w, QLineEdit | QPlainTextEdit | QTextEdit):
            yield name + ".placeholderText", w.placeholderText()
        if isinstance(w, QLineEdit):
            yield name + ".text", w.text()
        if isinstance(w, QAbstractSpinBox):
            yield name + ".specialValueText", w.specialValueText()
            for attr in ("suffix", "prefix"):
                if hasattr(w, attr):
                    yield name + "." + attr, getattr(w, attr)()
        if isinstance(w, QComboBox):
            for i in range(w.count()):
                yield f"{name}.item[{i}]", w.itemText(i)
        if isinstance(w, QTabWidget):
            for i in range(w.count()):
                yield f"{name}.tab[{i}]", w.tabText(i)
                yield f"{name}.tabToolTip[{i}]", w.tabToolTip(i)
        if isinstance(w, QAbstractItemView) and w.model() is not None:
            yield from _model_texts(name, w)
        for action in QWidget.actions(w):  # windows may shadow actions() with a dict
            yield from _action_texts(action)
    for action in root.findChildren(QAction):
        yield from _action_texts(action)


def _action_texts(action: QAction) -> Iterator[tuple[str, str]]:
    name = f"QAction#{action.objectName() or action.text()}"
    yield name + ".text", action.text()
    yield name + ".toolTip", action.toolTip()
    yield name + ".statusTip", action.statusTip()
    yield name + ".iconText", action.iconText()
    menu = action.menu()
    if isinstance(menu, QMenu):
        yield name + ".menu.title", menu.title()


def _model_texts(name: str, view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # list models keep columnCount private: they have one
        columns = 1
    for orientation, count in (
        (Qt.Orientation.Horizontal, columns),
        (Qt.Orientation.Vertical, min(model.rowCount(QModelIndex()), 50)),
    ):
        for section in range(count):
            for role in roles:
                value = model.headerData(section, orientation, role)
                if isinstance(value, str):
                    yield f"{name}.header[{section}]", value
    for row in range(min(model.rowCount(QModelIndex()), 50)):
        for col in range(columns):
            for role in roles:
                value = model.data(model.index(row, col), role)
                if isinstance(value, str):
                    yield f"{name}.data[{row},{col}]", value


#: words of English prose that French never uses: catches a string that escaped tr() altogether
ENGLISH_WORDS = re.compile(
    r"\b(the|and|of|to|with|is|are|not|this|your|yet|here|per|planned|left|late|early|item|items"
    r"|speaking|waiting|people|nobody|next|meeting|queue|floor|turn)\b",
    re.I,
)


def english_on_screen(root: QWidget) -> list[str]:
    found = []
    for where, text in texts(root):
        plain = _plain(text or "")
        if not plain or Path(plain).is_absolute():
            continue  # nothing, or a file's path (the user's folders: the test's run in /tmp/pytest-of-…)
        if plain in ENGLISH or ENGLISH_WORDS.search(plain):
            found.append(f"{where}: {text!r}")
            continue
        for line in plain.split(" · "):  # status lines join translated parts
            if line in ENGLISH:
                found.append(f"{where}: {text!r}")
    return found


# -- the meeting and the language -----------------------------------------------------------------


@pytest.fixture
def ctx(tmp_path: Path, clock: FakeClock) -> AppContext:
    return under_way(tmp_path, clock)


@pytest.fixture
def french(qapp: QApplication) -> Iterator[None]:
    translators = install_translators(qapp, "fr")
    yield
    remove_translators(qapp, translators)


@pytest.mark.parametrize("kind", KINDS)
def test_window_shows_no_english(
    kind: str, french: None, ctx: AppContext, qapp: QApplication, qtbot: QtBot
) -> None:
    window = build(kind, ctx, qapp)
    try:
        window.show()
        qtbot.waitExposed(window)
        qapp.processEvents()
        found = english_on_screen(window)
        assert not found, f"English in the French {kind} window:\n" + "\n".join(found)
    finally:
        close(qapp, window)


def test_the_walk_finds_english_when_english(
    ctx: AppContext, qapp: QApplication, qtbot: QtBot
) -> None:
    """Without the translator the same walk reports the menus, so the test above can fail."""
    window = build("facilitator", ctx, qapp)
    try:
        window.show()
        qtbot.waitExposed(window)
        found = "\n".join(english_on_screen(window))
        assert "'&File'" in found
        assert "'&Start the meeting'" in found
    finally:
        close(qapp, window)


# -- message boxes --------------------------------------------------------------------------------


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """Message boxes are recorded (their texts and buttons) instead of waiting for a click."""
    seen: list[list[str]] = []

    def fake_exec(box: QMessageBox) -> int:
        seen.append(
            [box.windowTitle(), box.text(), box.informativeText()]
            + [b.text() for b in box.buttons()]
        )
        return 0

    monkeypatch.setattr(QMessageBox, "exec", fake_exec)
    return seen


def _english_in(strings: list[str]) -> list[str]:
    return [s for s in strings if _plain(s) in ENGLISH]


def test_recovery_question_in_french(french: None, boxes: list[list[str]]) -> None:
    from facilitation.ui.app.recovery import ask_recovery

    class Found:
        title = "2e rencontre"
        last_change = None
        path = Path("/tmp/rencontre.json")

    ask_recovery(Found())
    assert boxes, "no message box was shown"
    assert boxes[0][0] == "Restaurer une réunion"
    assert not _english_in(boxes[0])


def test_close_question_in_french(french: None, boxes: list[list[str]]) -> None:
    from facilitation.ui.app.windows import ask_close_choice

    ask_close_choice(None, ["Notes"])
    assert boxes and not _english_in(boxes[0]), boxes


def _accelerator(text: str) -> str | None:
    m = re.search(r"&([^&\s])", text.replace("&&", ""))
    return m.group(1).lower() if m else None


@pytest.mark.parametrize("kind", ["facilitator", "note-taker", "projector"])
def test_french_menus_have_distinct_accelerators(
    kind: str, french: None, ctx: AppContext, qapp: QApplication, qtbot: QtBot
) -> None:
    """Alt+letter must lead to one place: no two entries of a menu (or the menu bar) share one."""
    from PySide6.QtWidgets import QMainWindow

    window = build(kind, ctx, qapp)
    try:
        clashes = []
        menus: list[tuple[str, list[QAction]]] = [
            (m.title(), QWidget.actions(m)) for m in window.findChildren(QMenu)
        ]
        if isinstance(window, QMainWindow):
            menus.append(("menu bar", QWidget.actions(window.menuBar())))
        for title, actions in menus:
            seen: dict[str, str] = {}
            for action in actions:
                if action.isSeparator() or not action.isVisible():
                    continue
                key = _accelerator(action.text())
                if key is None:
                    continue
                if key in seen:
                    clashes.append(f"{title}: {seen[key]!r} and {action.text()!r} share Alt+{key}")
                seen[key] = action.text()
        assert not clashes, "\n".join(clashes)
    finally:
        close(qapp, window)
