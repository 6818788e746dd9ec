"""The facilitator's actions, menus and step buttons: every live action has a keyboard shortcut.

Shortcuts are F-keys and Ctrl+ combinations, window-wide, so that a focused text field or list does
not make them dead; Help → Keyboard shortcuts is generated from these very actions.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtGui import QAction, QFontMetrics, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QPushButton, QSizePolicy, QWidget

from facilitation.models import TurnKind

from facilitation.ui.core.command_labels import redo_text, undo_text
from facilitation.ui.facilitator import file_menu
from facilitation.ui.facilitator.file_menu import Editor
from facilitation.ui.facilitator.minutes_hints import MinutesHints

if TYPE_CHECKING:
    from facilitation.ui.facilitator.host import FacilitatorHost


def _tr(text: str) -> str:
    return QCoreApplication.translate("FacilitatorWindow", text)


class StepButton(QPushButton):
    """A big step button: its key is written on it while the row has room, else only in its tooltip;
    shorter of room still (large text on a laptop), its words go on two lines.

    With the keys written on them, the five buttons needed 740 pixels in French: the question's
    column could not be narrower, and on a 1280-pixel screen the speakers' panel hung off the edge.
    The button may now shrink down to its words alone, and then to its words on two lines: at
    200 % the French row ("Point suivant", "Clôturer") kept the middle panel 611 pixels wide and
    the queue's names were cut mid-word.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._short = self._long = self._wrapped = ""
        #: whether its words may go on two lines (the window says, from the width it gives the row)
        self._may_wrap = True
        # a push button's width policy is Minimum (its size hint): this one may shrink
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def set_texts(self, short: str, keys: str) -> None:
        self._short = short
        self._long = f"{short}   {keys}" if keys else short
        self._wrapped = two_lines(self.fontMetrics(), short)
        self._fit()
        self.updateGeometry()

    def _chrome(self) -> int:
        # what the style adds around the text: padding, border, margins
        fm = self.fontMetrics()
        return super().sizeHint().width() - max(map(fm.horizontalAdvance, self.text().split("\n")))

    def _width_of(self, text: str) -> int:
        fm = self.fontMetrics()
        return self._chrome() + max(map(fm.horizontalAdvance, text.split("\n")))

    def one_line_width(self) -> int:
        """The width its words need on one line (without the key)."""
        return self._width_of(self._short)

    def sizeHint(self) -> QSize:
        return QSize(self._width_of(self._long), super().sizeHint().height())

    def minimumSizeHint(self) -> QSize:
        least = self._wrapped if self._may_wrap else self._short
        return QSize(self._width_of(least), super().minimumSizeHint().height())

    def let_wrap(self, may: bool) -> None:
        """Whether its words may go on two lines: the row's layout shrinks every button towards its
        least, and one could wrap while the row had room for all on one line."""
        if may != self._may_wrap:
            self._may_wrap = may
            self.updateGeometry()

    def _fit(self) -> None:
        if self.width() >= self._width_of(self._long):
            wanted = self._long
        elif self.width() >= self._width_of(self._short):
            wanted = self._short
        else:
            wanted = self._wrapped
        if self.text() != wanted:
            lines = self.text().count("\n")
            self.setText(wanted)
            if wanted.count("\n") != lines:
                self.updateGeometry()  # one line or two: the row's height follows

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and self._short:
            self._wrapped = two_lines(self.fontMetrics(), self._short)
            self._fit()
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()


def two_lines(fm: QFontMetrics, text: str) -> str:
    """``text`` on two lines broken at the space that makes the wider line narrowest (``text`` as
    it is when it is one word)."""
    spaces = [i for i, c in enumerate(text) if c == " "]
    if not spaces:
        return text

    def wider(i: int) -> int:
        return max(fm.horizontalAdvance(text[:i]), fm.horizontalAdvance(text[i + 1 :]))

    best = min(spaces, key=wider)
    return f"{text[:best]}\n{text[best + 1 :]}"


def _action(
    window: FacilitatorHost,
    name: str,
    text: str,
    slot: Callable[[], object],
    keys: list[QKeySequence | QKeySequence.StandardKey | str] | None = None,
    tip: str = "",
) -> QAction:
    action = QAction(text, window.window())
    action.setObjectName(name)
    seqs: list[QKeySequence] = []
    for k in keys or []:
        if isinstance(k, QKeySequence.StandardKey):
            seqs.extend(QKeySequence.keyBindings(k))
        else:
            seqs.append(QKeySequence(k))
    action.setShortcuts(seqs)
    # window-wide, so a focused text field or list does not make the key dead
    action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
    if tip:
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    window.window().addAction(action)
    window.actions[name] = action
    return action


#: the actions of the live meeting: their keys work from every window of the app (the note-taker's,
#: the projector's), see ``SecondaryWindow.take_live_actions``
LIVE_ACTIONS = (
    "undo",
    "redo",
    "start",
    "previous",
    "next",
    "skip",
    "pause",
    "end",
    "decision",
    "action",
    "question",
    "queue_add",
    "queue_reply",
    "queue_order",
    "give_floor",
    "end_turn",
)


def shortcuts_rule() -> str:
    """What Help → Keyboard shortcuts says under the table: where the keys work, and F6/F7."""
    return _tr(
        "The meeting's keys (F2 to F9 and their Shift and Ctrl variants, Ctrl+D, Ctrl+J, Ctrl+K, "
        "Ctrl+Z) work in every window of Facilitation: the note-taker's and the projector's too. "
        "Two exceptions: while you type in a text field, Ctrl+Z undoes your typing; in the "
        "note-taker's window F2 ties the note to the current speaker. Names and records are typed "
        "in this window, which comes to the front.\n"
        "F6 goes back to the item just before, whatever its state: a finished item is reopened "
        "(its time adds up), a skipped item is taken up after all. F7 goes to the next item still "
        "to come, passing over those finished or skipped."
    )


def to_front(window: FacilitatorHost) -> None:
    """Bring the facilitator's window to the front for typing (a name, a decision) when a live key
    was pressed in another window."""
    top = window.window()
    if top.isActiveWindow():
        return
    windows = window.ctx.windows
    if windows is not None:
        windows.show_facilitator()
    else:
        top.show()
        top.raise_()
        top.activateWindow()


def _queue_kind(window: FacilitatorHost, kind: TurnKind) -> None:
    if kind is TurnKind.DIRECT_REPLY and window.meeting.current_turn is None:
        window.show_message(
            _tr("Nobody has the floor: a direct reply answers the person speaking.")
        )
        return
    to_front(window)
    window.queue.set_kind(kind)


def build_actions(window: FacilitatorHost) -> None:
    """Every action of the window, with its shortcut, in ``window.actions`` by name."""

    def a(*args: Any, **kw: Any) -> QAction:
        return _action(window, *args, **kw)

    # File
    a(
        "new",
        _tr("&New meeting"),
        lambda: file_menu.new_meeting(window),
        [QKeySequence.StandardKey.New],
    )
    a(
        "open",
        _tr("&Open…"),
        lambda: file_menu.open_meeting(window),
        [QKeySequence.StandardKey.Open],
    )
    a(
        "start_page",
        _tr("Start pa&ge"),
        lambda: file_menu.show_start_page(window),
        ["Ctrl+Shift+H"],
    )
    demo = a("reset_demo", _tr("&Reset the demo…"), lambda: file_menu.reset_demo(window))
    demo.setVisible(file_menu.is_demo(window))  # offered in the demo only
    a("save", _tr("&Save"), lambda: file_menu.save(window), [QKeySequence.StandardKey.Save])
    a("save_as", _tr("Save &as…"), lambda: file_menu.save_as(window), ["Ctrl+Shift+S"])
    a("export", _tr("&Export minutes…"), lambda: file_menu.export_minutes(window), ["Ctrl+E"])
    a(
        "note_taker",
        _tr("Open the no&te-taker's window"),
        lambda: file_menu.show_note_taker(window),
        ["Ctrl+2"],
    )
    a(
        "projector",
        _tr("Open the &projector window"),
        lambda: file_menu.show_projector(window),
        ["Ctrl+3"],
    )
    a("quit", _tr("&Quit"), window.close, ["Ctrl+Q"])
    # Edit
    a("undo", _tr("&Undo"), window.undo, ["Ctrl+Z"])
    a("redo", _tr("&Redo"), window.redo, ["Ctrl+Shift+Z", "Ctrl+Y"])
    # Meeting
    a("start", _tr("&Start the meeting"), window.start_meeting, ["F5"])
    a("previous", _tr("&Previous item"), window.previous_item, ["F6"])
    a("next", _tr("&Next item"), window.next_item, ["F7"])
    a("skip", _tr("S&kip this item"), window.skip_item, ["Shift+F7"])
    a("pause", _tr("Pa&use for a break"), window.toggle_pause, ["F9"])
    a("end", _tr("&End the meeting"), window.end_meeting, ["Shift+F5"])
    a(
        "decision",
        _tr("Record a &decision…"),
        lambda: _record(window, RecordKind.DECISION),
        ["Ctrl+D"],
    )
    a("action", _tr("Record an ac&tion…"), lambda: _record(window, RecordKind.ACTION), ["Ctrl+J"])
    a(
        "question",
        _tr("Record an open &question…"),
        lambda: _record(window, RecordKind.QUESTION),
        ["Ctrl+K"],
    )
    a(
        "agenda_editor",
        _tr("Edit the &agenda…"),
        lambda: file_menu.open_editor(window, Editor.AGENDA),
        ["Ctrl+Shift+G"],
    )
    a(
        "participants_editor",
        _tr("Part&icipants…"),
        lambda: file_menu.open_editor(window, Editor.PARTICIPANTS),
        ["Ctrl+Shift+P"],
    )
    a(
        "import_agenda",
        _tr("Import an agenda…"),
        lambda: file_menu.open_editor(window, Editor.IMPORT_AGENDA),
    )
    a(
        "import_participants",
        _tr("Import participants…"),
        lambda: file_menu.open_editor(window, Editor.IMPORT_PARTICIPANTS),
    )
    a(
        "next_meeting",
        _tr("Set the ne&xt meeting's date…"),
        lambda: file_menu.set_next_meeting(window),
        ["Ctrl+Shift+N"],
    )
    a("prepare_next", _tr("Prepare the next meetin&g…"), lambda: file_menu.prepare_next(window))
    a(
        "read_back",
        _tr("&Read back the decisions and actions…"),
        lambda: file_menu.read_back(window),
        ["Ctrl+R"],
    )
    a(
        "approve_previous",
        _tr("Approve the previous &minutes…"),
        lambda: file_menu.approve_previous(window),
    )
    # Speakers
    a(
        "queue_add",
        _tr("&Add to the queue"),
        lambda: _queue_kind(window, TurnKind.NORMAL),
        ["F2"],
    )
    a(
        "queue_reply",
        _tr("Add a &direct reply"),
        lambda: _queue_kind(window, TurnKind.DIRECT_REPLY),
        ["Shift+F2"],
    )
    a(
        "queue_order",
        _tr("Add a point of &order"),
        lambda: _queue_kind(window, TurnKind.POINT_OF_ORDER),
        ["Ctrl+F2"],
    )
    a("give_floor", _tr("&Give the floor to the next"), window.queue.give_floor, ["F3"])
    a("end_turn", _tr("&End the turn"), window.end_turn, ["F4"])
    a("focus_queue", _tr("Go to the &queue"), window.focus_queue, ["Ctrl+Shift+L"])
    a("focus_agenda", _tr("Go &to the agenda"), window.agenda.setFocus, ["Ctrl+Shift+A"])
    # Help
    a(
        "shortcuts",
        _tr("&Keyboard shortcuts"),
        window.show_shortcuts,
        [QKeySequence.StandardKey.HelpContents],
    )
    a("about", _tr("&About Facilitation"), lambda: file_menu.about(window))
    window.actions["undo"].setStatusTip(_tr("Undo the last change"))
    # the keys of the next meeting and of the approval, said when their item is live
    MinutesHints(window)


def build_menus(window: FacilitatorHost) -> None:
    """The menu bar, and the big step buttons under the question."""
    bar = window.menuBar()
    groups: list[tuple[str, list[str | None]]] = [
        (
            _tr("&File"),
            [
                "start_page",
                "new",
                "open",
                "save",
                "save_as",
                None,
                "export",
                None,
                "note_taker",
                "projector",
                None,
                "reset_demo",
                "quit",
            ],
        ),
        (_tr("&Edit"), ["undo", "redo"]),
        (
            _tr("&Meeting"),
            [
                "start",
                "previous",
                "next",
                "skip",
                "pause",
                "end",
                None,
                "decision",
                "action",
                "question",
                "read_back",
                "approve_previous",
                None,
                "agenda_editor",
                "participants_editor",
                "import_agenda",
                "import_participants",
                None,
                "next_meeting",
                "prepare_next",
            ],
        ),
        (
            _tr("&Speakers"),
            [
                "queue_add",
                "queue_reply",
                "queue_order",
                "give_floor",
                "end_turn",
                None,
                "focus_queue",
                "focus_agenda",
            ],
        ),
        (_tr("&Help"), ["shortcuts", "about"]),
    ]
    for title, names in groups:
        if names == ["shortcuts", "about"]:
            # View (text size, language) sits before Help, as in most desktop apps
            from facilitation.ui.common.accessibility import view_menu

            bar.addMenu(view_menu(window.window(), window.ctx.settings))
        menu = bar.addMenu(title)
        for name in names:
            if name is None:
                menu.addSeparator()
            else:
                menu.addAction(window.actions[name])
    # the big buttons under the question, for those who prefer the mouse
    window.button_texts = {
        "start": _tr("Start the meeting"),
        "previous": _tr("Previous"),
        "next": _tr("Next item"),
        "pause": _tr("Break"),
        "end": _tr("End"),
    }
    for name, primary in (
        ("start", True),
        ("previous", False),
        ("next", True),
        ("pause", False),
        ("end", False),
    ):
        button = StepButton()
        button.setProperty("short", window.button_texts[name])
        button.setObjectName("primaryButton" if primary else "stepButton")
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        action = window.actions[name]
        button.clicked.connect(action.trigger)
        action.changed.connect(lambda b=button, act=action: _sync_button(b, act))
        _sync_button(button, action)
        window.step_row.addWidget(button)
        window.step_buttons[name] = button
    window.step_row.addStretch(1)


def _sync_button(button: StepButton, action: QAction) -> None:
    keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
    text = button.property("short") or action.text().replace("&", "")
    button.set_texts(text, keys)
    name = action.text().replace("&", "")
    button.setToolTip(f"{name} ({keys})" if keys else name)
    button.setEnabled(action.isEnabled())
    # a step that cannot be taken now is not shown (it stays in the Meeting menu): before the
    # meeting, "Start the meeting" stands alone
    button.setVisible(action.isVisible() and action.isEnabled())


class RecordKind(Enum):
    DECISION = "decision"
    ACTION = "action"
    QUESTION = "question"


def _record(window: FacilitatorHost, kind: RecordKind) -> None:
    # the record dialogs are imported when first used: they are not part of the window at start
    from facilitation.ui.dialogs.record_dialogs import ActionDialog, DecisionDialog, QuestionDialog

    dialogs = {
        RecordKind.DECISION: DecisionDialog,
        RecordKind.ACTION: ActionDialog,
        RecordKind.QUESTION: QuestionDialog,
    }
    to_front(window)
    window.record(dialogs[kind])


def refresh_actions(window: FacilitatorHost) -> None:
    """Which actions can be taken now, and the words of those that change (pause, undo)."""
    m = window.meeting
    started, ended = m.live.started_at is not None, m.live.ended_at is not None
    running = started and not ended
    writable = not window.ctx.read_only
    has_item = m.live.current_item_id is not None
    window.actions["start"].setVisible(not started)
    window.actions["start"].setEnabled(writable and not started and bool(m.items))
    for name in ("previous", "next", "pause", "end"):
        window.actions[name].setEnabled(writable and running)
    window.actions["skip"].setEnabled(writable and bool(m.items) and not ended)
    window.step_buttons["pause"].setProperty(
        "short", _tr("Resume") if m.is_paused else window.button_texts["pause"]
    )
    window.actions["pause"].setText(
        _tr("&Resume after the break") if m.is_paused else _tr("Pa&use for a break")
    )
    window.actions["give_floor"].setEnabled(writable and running and not m.is_paused)
    window.actions["end_turn"].setEnabled(writable and m.current_turn is not None)
    for name in ("decision", "action", "question"):
        window.actions[name].setEnabled(writable and (has_item or bool(m.items)))
    history = window.ctx.live.history
    window.actions["undo"].setText(undo_text(history))
    window.actions["redo"].setText(redo_text(history))
    window.actions["undo"].setEnabled(writable and window.ctx.can_undo)
    window.actions["redo"].setEnabled(writable and window.ctx.can_redo)
