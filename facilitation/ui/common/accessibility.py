"""Keyboard, screen readers and larger text; the View menu that sets the language and the text size.

For the windows (the facilitator's and the note-taker's), two hooks:

* ``prepare_window(window, ctx.settings)`` at the end of the window's ``__init__``: Tab leaves the
  tables (no keyboard trap); the text size saved in the settings (``ui/text_scale``) is applied, and
  the window follows later changes.
* ``window.menuBar().insertMenu(<the Help menu's action>, view_menu(window, ctx.settings))``: a
  View menu with Language (system, Français, English: it takes effect at the next start, and says so)
  and Text size (normal to 200 %, Ctrl++ / Ctrl+-, applied at once to every window that follows it).

The text size scales the window's font, the fonts its widgets set themselves, and the ``font-size``
of its style sheets, so the big question and the timers grow with the rest.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QRect, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QFocusFrame,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabBar,
    QWidget,
)

from facilitation.ui.common.on_screen import open_within
from facilitation.ui.core import settings as keys
from facilitation.ui.core.i18n import percent
from facilitation.ui.core.settings import Key

#: the text size of the facilitator's and note-taker's windows, 1.0 = the system's
TEXT_SCALE: Key[float] = Key("ui/text_scale", float, 1.0)
TEXT_SCALES = (1.0, 1.25, 1.5, 2.0)
MIN_SCALE, MAX_SCALE = 0.75, 3.0

# dynamic properties kept on the widgets, so scaling twice starts from the original sizes
_FOLLOWS = "facilitationTextScaleFollows"
_SCALE = "facilitationTextScale"
_BASE_POINTS = "facilitationBasePoints"
_BASE_SHEET = "facilitationBaseStyleSheet"
_FONT_SIZE = re.compile(r"font-size\s*:\s*([0-9]*\.?[0-9]+)\s*(pt|px)")


def _tr(text: str) -> str:
    return QCoreApplication.translate("Accessibility", text)


# -- the hook for each window --------------------------------------------------------------------


def prepare_window(window: QWidget, settings: QSettings, area: QRect | None = None) -> None:
    """Call at the end of a window's ``__init__``: keyboard fixes, a focus ring, the text size.

    A dialog (called before it opens) also gets its first size for that text size, within ``area``
    (its screen's available area by default): its buttons stay on the screen at 200 %.
    """
    keyboard_friendly(window)
    FocusRing(window)
    scale = apply_saved_text_scale(window, settings)
    if isinstance(window, QDialog) and not window.isVisible():
        open_within(window, area, grow=scale)


def keyboard_friendly(window: QWidget) -> None:
    """Tab must leave a table or a text box: QTableView sends Tab round its cells for ever, and a
    QPlainTextEdit types it (keyboard traps). Arrow keys still move from cell to cell."""
    for view in window.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)
    for edit in window.findChildren(QPlainTextEdit):
        edit.setTabChangesFocus(True)


class FocusRing(QObject):
    """A ring around the control that has the keyboard focus, while the keyboard is in use.

    The style's own focus marks are faint or missing in places (an empty list, the default button
    that looks focused anyway); the ring is drawn by Qt's QFocusFrame in the text colour. A click
    with the mouse hides it until Tab is used again.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.frame: QFocusFrame | None = None
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self.on_focus_changed)

    def on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        try:
            keyboard = self.window.testAttribute(Qt.WidgetAttribute.WA_KeyboardFocusChange)
            target = new if new is not None and new.window() is self.window and keyboard else None
            if target is None or target.parentWidget() is None:
                if self.frame is not None:
                    # Qt takes None here (follow no widget); the stubs say QWidget only
                    self.frame.setWidget(None)  # type: ignore[arg-type]
                    self.frame.hide()
                return
            if self.frame is None:
                self.frame = QFocusFrame(self.window)
                self.frame.setObjectName("focusRing")
                self.frame.destroyed.connect(self._lost)
            self.frame.setWidget(target)
            self.frame.show()
        except RuntimeError:  # the window or the frame's parent was deleted meanwhile
            self.frame = None

    def _lost(self) -> None:
        self.frame = None


# -- larger text ----------------------------------------------------------------------------------


def clamp_scale(scale: float) -> float:
    try:
        value = float(scale)
    except (TypeError, ValueError):
        return 1.0
    if value != value:  # NaN from a mangled settings file
        return 1.0
    return min(MAX_SCALE, max(MIN_SCALE, value))


def apply_text_scale(widget: QWidget, scale: float) -> None:
    """Make every text of ``widget`` ``scale`` times its original size (1.0 gives it back)."""
    scale = clamp_scale(scale)
    widgets = (widget, *widget.findChildren(QWidget))
    for w in widgets:
        _remember_base(w)
    for w in widgets:
        _scale_font(w, scale)
        _scale_style_sheet(w, scale)
    widget.setProperty(_SCALE, scale)


def text_scale_of(widget: QWidget) -> float:
    value = widget.property(_SCALE)
    return clamp_scale(value) if value is not None else 1.0


def _remember_base(w: QWidget) -> None:
    # Every widget gets its own size, not just the window: once a style sheet is set, Qt no longer
    # passes a parent's new font on to its children. Each widget's size before the first scaling
    # is its base (read for all before any is changed: a parent's change may reach its children).
    if w.property(_BASE_POINTS) is None and w.font().pointSizeF() > 0:
        w.setProperty(_BASE_POINTS, w.font().pointSizeF())


def _scale_font(w: QWidget, scale: float) -> None:
    base = w.property(_BASE_POINTS)
    if base is None:  # sized in pixels: left alone
        return
    font = w.font()
    font.setPointSizeF(float(base) * scale)
    w.setFont(font)
    if isinstance(w, QComboBox):
        # QComboBox keeps its least size from its first font (a FontChange renews only its size
        # hint): a choice at 200 % was cut to the width of its letters at 100 %. A StyleChange
        # renews both.
        QCoreApplication.sendEvent(w, QEvent(QEvent.Type.StyleChange))


def _scale_style_sheet(w: QWidget, scale: float) -> None:
    base = w.property(_BASE_SHEET)
    if base is None:
        sheet = w.styleSheet()
        if not _FONT_SIZE.search(sheet):
            return
        base = sheet
        w.setProperty(_BASE_SHEET, base)
    scaled = _FONT_SIZE.sub(
        lambda m: f"font-size: {round(float(m.group(1)) * scale, 1):g}{m.group(2)}", str(base)
    )
    if scaled != w.styleSheet():
        w.setStyleSheet(scaled)


def apply_saved_text_scale(window: QWidget, settings: QSettings) -> float:
    """Apply the saved text size to ``window`` and let it follow later changes; the scale."""
    window.setProperty(_FOLLOWS, True)
    scale = clamp_scale(TEXT_SCALE.read(settings))
    if scale != 1.0 or window.property(_SCALE) is not None:
        apply_text_scale(window, scale)
    return scale


def following_windows() -> list[QWidget]:
    """The open windows that follow the text size (those given to apply_saved_text_scale)."""
    return [w for w in QApplication.topLevelWidgets() if w.property(_FOLLOWS)]


def set_text_scale(settings: QSettings, scale: float, windows: Iterable[QWidget] = ()) -> float:
    """Save the text size and apply it now to the following windows (and ``windows``)."""
    scale = clamp_scale(scale)
    TEXT_SCALE.write(settings, scale)
    targets = {id(w): w for w in (*following_windows(), *windows)}
    for w in targets.values():
        apply_text_scale(w, scale)
    return scale


# -- the View menu --------------------------------------------------------------------------------


def language_menu(parent: QWidget, settings: QSettings) -> QMenu:
    """Language: the system's, Français, English. Saved for the next start (and says so)."""
    menu = QMenu(_tr("&Language"), parent)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    saved = keys.LANGUAGE.read(settings)
    # a language is named in itself, so whoever cannot read the current one still finds theirs
    for code, label in (("", _tr("Same as the &system")), ("fr", "&Français"), ("en", "&English")):
        action = QAction(label, menu)
        action.setCheckable(True)
        action.setChecked(code == (saved if saved in ("fr", "en") else ""))
        action.setData(code)
        action.triggered.connect(lambda _=False, c=code: choose_language(parent, settings, c))
        group.addAction(action)
        menu.addAction(action)
    menu.addSeparator()
    note = menu.addAction(_tr("Takes effect at the next start"))
    note.setEnabled(False)
    return menu


def choose_language(parent: QWidget, settings: QSettings, code: str) -> None:
    keys.LANGUAGE.write(settings, code)
    settings.sync()
    if isinstance(parent, QMainWindow):
        parent.statusBar().showMessage(
            _tr("The new language will be used the next time Facilitation starts."), 10_000
        )


def text_size_menu(parent: QWidget, settings: QSettings) -> QMenu:
    """Text size: normal to 200 %, and Ctrl++ / Ctrl+- to step; applied at once."""
    menu = QMenu(_tr("&Text size"), parent)
    menu.setObjectName("textSizeMenu")
    group = QActionGroup(menu)
    current = clamp_scale(TEXT_SCALE.read(settings))
    names = (_tr("&Normal"), _tr("&Larger"), _tr("&Much larger"), _tr("&Very large"))
    choices: list[QAction] = []
    for scale, name in zip(TEXT_SCALES, names, strict=True):
        action = QAction(f"{name} ({percent(scale)})", menu)
        action.setCheckable(True)
        action.setChecked(abs(scale - current) < 0.01)
        action.setData(scale)
        group.addAction(action)
        menu.addAction(action)
        choices.append(action)

    def choose(scale: float) -> None:
        chosen = set_text_scale(settings, scale, [parent.window()])
        for a in choices:
            a.setChecked(abs(float(a.data()) - chosen) < 0.01)

    for action, scale in zip(choices, TEXT_SCALES, strict=True):
        action.triggered.connect(lambda _=False, s=scale: choose(s))

    def step(direction: int) -> None:
        now = clamp_scale(TEXT_SCALE.read(settings))
        ladder = sorted({*TEXT_SCALES, now})
        i = ladder.index(now) + direction
        if 0 <= i < len(ladder):
            choose(ladder[i])

    menu.addSeparator()
    bigger = menu.addAction(_tr("&Bigger"))
    bigger.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")])
    bigger.triggered.connect(lambda: step(+1))
    smaller = menu.addAction(_tr("&Smaller"))
    smaller.setShortcuts([QKeySequence(QKeySequence.StandardKey.ZoomOut)])
    smaller.triggered.connect(lambda: step(-1))
    # the shortcuts work with the menu closed
    parent.addAction(bigger)
    parent.addAction(smaller)
    return menu


def view_menu(parent: QWidget, settings: QSettings) -> QMenu:
    """The View menu for a window's menu bar: Language and Text size."""
    menu = QMenu(_tr("&View"), parent)
    menu.setObjectName("viewMenu")
    menu.addMenu(text_size_menu(parent, settings))
    menu.addMenu(language_menu(parent, settings))
    return menu


# -- checks the tests (and a curious developer) use -----------------------------------------------


def unnamed_icon_buttons(root: QWidget) -> list[QAbstractButton]:
    """Shown buttons with no text that a screen reader could not name or a mouse user could not
    learn (Qt's own helpers, such as a table's corner button or a line edit's clear button, aside)."""
    out = []
    for b in root.findChildren(QAbstractButton):
        if b.text().strip() or not b.isVisibleTo(root):
            continue
        if b.objectName().startswith("qt_") or isinstance(b.parent(), QLineEdit | QTabBar):
            continue
        if not b.accessibleName().strip() or not b.toolTip().strip():
            out.append(b)
    return out


def removes_focus_frame(style_sheet: str) -> bool:
    """True when a style sheet hides the keyboard focus (``outline: none`` / ``0``)."""
    return bool(re.search(r"outline\s*:\s*(none|0(px)?)\s*[;}]", style_sheet))
