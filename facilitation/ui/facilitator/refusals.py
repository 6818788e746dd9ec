"""A live key pressed when its action cannot be taken now answers with a short message.

Qt does nothing at all for the key of a disabled action: F3 during a break, F4 with nobody speaking
or F7 before the meeting started were silent. Each live action gets a twin with the same keys, not
in any menu, enabled exactly while the action is disabled, which says why in the status bar. The
twins are shared with the other windows with the live actions themselves.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction

if TYPE_CHECKING:
    from facilitation.ui.facilitator.host import FacilitatorHost


def _tr(text: str) -> str:
    return QCoreApplication.translate("FacilitatorWindow", text)


def why_not(window: FacilitatorHost, name: str) -> str:
    """Why the action ``name`` cannot be taken now, in a few words."""
    m = window.meeting
    if window.ctx.read_only:
        return _tr("This meeting is open read-only.")
    started, ended = m.live.started_at is not None, m.live.ended_at is not None
    if name == "undo":
        return _tr("Nothing to undo.")
    if name == "redo":
        return _tr("Nothing to redo.")
    if name == "start":
        return _tr("The meeting has already started.") if started else _tr("The agenda is empty.")
    if name in ("decision", "action", "question"):
        return _tr("There is no agenda item to record this on.")
    if ended:
        return _tr("The meeting has ended.")
    if name == "end_turn":
        return _tr("Nobody has the floor.")
    if not started:
        return _tr("The meeting has not started yet: F5 starts it.")
    if m.is_paused and name == "give_floor":
        return _tr("The meeting is on a break: F9 resumes it.")
    return _tr("That cannot be done now.")


def add_refusals(window: FacilitatorHost, names: tuple[str, ...]) -> list[QAction]:
    """A twin for each of the live actions ``names`` (see the module's docstring)."""
    twins = []
    top = window.window()
    for name in names:
        action = window.actions[name]
        twin = QAction(top)
        twin.setObjectName(f"{name}_refused")
        twin.setShortcuts(action.shortcuts())
        twin.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        twin.triggered.connect(lambda _c=False, n=name: window.show_message(why_not(window, n)))

        def follow(twin: QAction = twin, action: QAction = action) -> None:
            twin.setEnabled(not action.isEnabled())

        action.changed.connect(follow)
        follow()
        top.addAction(twin)
        twins.append(twin)
    return twins
