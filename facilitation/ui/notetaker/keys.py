"""The note-taker's own keys and its Window menu.

Its keys are window-wide (``WindowShortcut``), so they work whether the text or a field has the focus.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QCheckBox, QMenuBar, QWidget

from facilitation.models import NoteKind

from facilitation.ui.notetaker.notes_editor import KindPanel


def _tr(text: str) -> str:
    return QCoreApplication.translate("NoteTakerWindow", text)


class NoteTakerKeys(Protocol):
    """What the keys reach of the note-taker's window (``window.NoteTakerWindow``)."""

    follow: QCheckBox
    kinds: KindPanel

    def window(self) -> QWidget: ...

    def menuBar(self) -> QMenuBar: ...

    def use_current_speaker(self) -> None: ...

    def submit(self) -> None: ...

    def move_selected(self, step: int) -> None: ...

    def mark(self, kind: NoteKind) -> None: ...

    def close(self) -> bool: ...

    def show_facilitator(self) -> None: ...


def build_actions(window: NoteTakerKeys) -> QAction:
    """The note-taker's actions, added to ``window``; the Window menu in its menu bar. Returns the
    action that shows the facilitator's window again."""
    top = window.window()

    def action(text: str, keys: str | QKeySequence, slot: Callable[[], object]) -> QAction:
        act = QAction(text, top)
        act.setShortcut(QKeySequence(keys))
        act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        act.triggered.connect(lambda _checked=False: slot())
        top.addAction(act)
        return act

    action(_tr("Current speaker"), "F2", window.use_current_speaker)
    action(_tr("Follow the live item"), "Ctrl+L", lambda: window.follow.setChecked(True))
    action(_tr("Add note"), "Ctrl+Return", window.submit)
    action(_tr("Move the note up"), "Alt+Up", lambda: window.move_selected(-1))
    action(_tr("Move the note down"), "Alt+Down", lambda: window.move_selected(1))
    for n, kind in enumerate(KindPanel.KINDS, start=1):
        action(window.kinds.kind.itemText(n - 1), f"Ctrl+{n}", partial(window.mark, kind))
    close = action(_tr("Close"), QKeySequence(QKeySequence.StandardKey.Close), window.close)
    # after "Keep the others open" the facilitator's window is hidden: this brings it back
    show_facilitator = action(
        _tr("Show the &facilitator's window"), "Ctrl+Shift+F", window.show_facilitator
    )
    show_facilitator.setObjectName("showFacilitator")  # a device joined as note-taker has none
    menu = window.menuBar().addMenu(_tr("&Window"))
    menu.addAction(show_facilitator)
    menu.addSeparator()
    menu.addAction(close)
    return show_facilitator
