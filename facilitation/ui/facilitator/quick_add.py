"""Quick add to the speakers' queue: two or three letters, Enter, and the right person is queued.

Matching ignores case and accents and looks at the start of each word of a name ("ma" finds "Marie
Dubois" and "Jean-Marc Lefèvre"). A name nobody has (a late arrival) is offered as a new participant,
with the groups already used to choose from.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QCoreApplication, QEvent, QKeyCombination, QStringListModel, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QStyle,
    QStyleOptionFrame,
    QWidget,
)

from facilitation.models import Attendance, Meeting, Participant, TurnKind
from facilitation.models.i18n import QT_TRANSLATE_NOOP

from facilitation.ui.core.qtcompat import emit

translate = QCoreApplication.translate


def fold(text: str) -> str:
    """Lower case without accents, for matching what a facilitator types in a hurry."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


def _words(name: str) -> list[str]:
    folded = fold(name)
    for sep in "-'’.":
        folded = folded.replace(sep, " ")
    return [w for w in folded.split() if w]


def match_participants(m: Meeting, text: str) -> list[Participant]:
    """Participants whose name matches ``text``: an exact name alone, else every prefix match."""
    wanted = fold(text)
    if not wanted:
        return []
    people = list(m.participants.values())
    exact = [p for p in people if fold(p.name) == wanted]
    if exact:
        return exact
    found = []
    for p in people:
        name = fold(p.name)
        if name.startswith(wanted) or any(w.startswith(wanted) for w in _words(p.name)):
            found.append(p)
    # people in the room first: an absent namesake should not block the one who raised a hand
    found.sort(key=lambda p: p.attendance is not Attendance.PRESENT)
    present = [p for p in found if p.attendance is Attendance.PRESENT]
    return present if len(present) == 1 else found


def completion_text(p: Participant) -> str:
    return f"{p.name} ({p.group})" if p.group else p.name


KIND_TEXT = {
    TurnKind.NORMAL: QT_TRANSLATE_NOOP("Queue", "asks to speak"),
    TurnKind.DIRECT_REPLY: QT_TRANSLATE_NOOP("Queue", "direct reply"),
    TurnKind.POINT_OF_ORDER: QT_TRANSLATE_NOOP("Queue", "point of order"),
}


def kind_text(kind: TurnKind) -> str:
    return QCoreApplication.translate("Queue", KIND_TEXT[kind]) if kind in KIND_TEXT else ""


class QuickAddField(QLineEdit):
    """A line edit with a completer over the participants; emits ``submitted(text)`` on Enter."""

    submitted = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quickAdd")
        self.setClearButtonEnabled(True)
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._placeholders = ("", "")

    def set_placeholders(self, full: str, short: str) -> None:
        """The hint shown while the field is empty: ``full`` where it fits whole, else ``short``,
        else none (large text: "Name, then E…" was cut)."""
        self._placeholders = (full, short)
        self._fit_placeholder()

    def _fit_placeholder(self) -> None:
        full, short = self._placeholders
        option = QStyleOptionFrame()
        self.initStyleOption(option)
        room = self.style().subElementRect(QStyle.SubElement.SE_LineEditContents, option, self)
        margins = self.textMargins()
        width = room.width() - margins.left() - margins.right() - 4  # Qt's own text margin
        fitting = [
            hint for hint in (full, short) if self.fontMetrics().horizontalAdvance(hint) <= width
        ]
        self.setPlaceholderText(fitting[0] if fitting else "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_placeholder()

    def set_names(self, names: list[str]) -> None:
        # asked on every change to the speakers: resetting the completer's model only when the
        # names differ keeps a step from rebuilding it (and a completion being typed from flickering)
        if names != self._names.stringList():
            self._names.setStringList(names)

    def event(self, event: QEvent) -> bool:
        # an empty field has nothing of its own to undo: let Ctrl+Z reach the meeting's Undo
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and not self.text()
            and isinstance(event, QKeyEvent)
            and (
                event.matches(QKeySequence.StandardKey.Undo)
                or event.matches(QKeySequence.StandardKey.Redo)
                or event.keyCombination()
                == QKeyCombination(Qt.KeyboardModifier.ControlModifier, Qt.Key.Key_Y)
            )
        ):
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        popup = self.completer().popup()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if popup is not None and popup.isVisible():
                index = popup.currentIndex()
                if index.isValid():
                    self.setText(str(index.data()))
                popup.hide()
            emit(self.submitted, self.text())
            event.accept()
            return
        if event.key() == Qt.Key.Key_Escape and not (popup is not None and popup.isVisible()):
            self.clear()
            emit(self.cancelled)
            event.accept()
            return
        super().keyPressEvent(event)


def strip_group(text: str, m: Meeting) -> str:
    """The completer shows "Name (Group)": take the name back out when it is one of ours."""
    for p in m.participants.values():
        if text == completion_text(p):
            return p.name
    return text


class NewParticipantDialog(QDialog):
    """Someone not on the list asks to speak: add them, in a group already used or a new one."""

    def __init__(self, name: str, groups: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newParticipantDialog")
        self.setWindowTitle(translate("Queue", "New participant"))
        form = QFormLayout(self)
        form.addRow(
            QLabel(translate("Queue", "%1 is not on the list of participants.").replace("%1", name))
        )
        self.name_edit = QLineEdit(name)
        self.group_combo = QComboBox()
        self.group_combo.setEditable(True)
        self.group_combo.addItems(["", *groups])
        self.group_combo.setCurrentIndex(0)
        form.addRow(translate("Queue", "&Name:"), self.name_edit)
        form.addRow(translate("Queue", "&Group:"), self.group_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("Queue", "Add and queue"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.group_combo.setFocus()

    def name(self) -> str:
        return self.name_edit.text().strip()

    def group(self) -> str:
        return self.group_combo.currentText().strip()
