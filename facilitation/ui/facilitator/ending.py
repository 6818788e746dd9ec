"""Ending the meeting (Shift+F5) asks first when something is left: items never opened, someone
who still has the floor, people still waiting to speak. The question says which, and the meeting
ends only if the facilitator says so (Escape or Cancel keeps it going)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from facilitation.models import ItemState, Meeting
from facilitation.models.queue import ordered_queue
from facilitation.models.timing import item_states

translate = QCoreApplication.translate


def what_is_left(m: Meeting) -> list[str]:
    """One line per thing left undone, in the user's language (empty: nothing is left)."""
    lines = []
    states = item_states(m)
    never = [item.title for iid, item in m.items.items() if states[iid] is ItemState.TO_COME]
    if never:
        if len(never) == 1:
            lines.append(
                translate("Ending", "An item was never opened: %1").replace("%1", never[0])
            )
        else:
            lines.append(
                translate("Ending", "%n items were never opened: %1", None, len(never)).replace(
                    "%1", ", ".join(never)
                )
            )
    turn = m.current_turn
    if turn is not None:
        lines.append(
            translate("Ending", "%1 still has the floor.").replace(
                "%1", m.participant_name(turn.participant_id)
            )
        )
    waiting = [m.participant_name(e.participant_id) for e in ordered_queue(m)]
    if waiting:
        if len(waiting) == 1:
            lines.append(
                translate("Ending", "Someone still waits to speak: %1").replace("%1", waiting[0])
            )
        else:
            lines.append(
                translate(
                    "Ending", "%n people still wait to speak: %1", None, len(waiting)
                ).replace("%1", ", ".join(waiting))
            )
    return lines


def ask_before_ending(parent: QWidget, left: list[str], end: Callable[[], None]) -> QMessageBox:
    """Open the question (window-modal, not blocking); ``end`` runs if the facilitator confirms."""
    box = QMessageBox(parent)
    box.setObjectName("confirmEnd")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(translate("Ending", "End the meeting"))
    box.setText(translate("Ending", "End the meeting now?"))
    box.setInformativeText("\n".join(f"• {line}" for line in left))
    end_button = box.addButton(
        translate("Ending", "End the meeting"), QMessageBox.ButtonRole.AcceptRole
    )
    keep = box.addButton(translate("Ending", "Keep going"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)  # Enter by habit does not end an assembly
    box.setEscapeButton(keep)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def chosen(_result: int) -> None:
        if box.clickedButton() is end_button:
            end()

    box.finished.connect(chosen)
    box.open()
    return box
