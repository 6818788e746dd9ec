"""Each dialog the facilitator's window opens takes the text size chosen in View → Text size, as the
window does: the decision, action and open-question dialogs, the keyboard shortcuts, a new
participant and Share opened at 100 % whatever the window's size was."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication, QDialog

from tests.ui.conftest import Facilitator

from facilitation.ui.common.accessibility import TEXT_SCALE, text_scale_of
from facilitation.ui.dialogs.record_dialogs import ActionDialog, DecisionDialog, QuestionDialog
from facilitation.ui.facilitator.quick_add import NewParticipantDialog
from facilitation.ui.sharing.actions import open_share_dialog


def _opened(kind: type[QDialog]) -> QDialog:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def _shortcuts(f: Facilitator) -> QDialog:
    from facilitation.ui.common.shortcuts import ShortcutsDialog

    f.window.show_shortcuts()
    return _opened(ShortcutsDialog)


def _new_participant(f: Facilitator) -> QDialog:
    f.window.queue.ask_new_participant("Zoé Nouvelle")
    return _opened(NewParticipantDialog)


OPENERS: dict[str, Callable[[Facilitator], QDialog | None]] = {
    "decision": lambda f: f.window.record(DecisionDialog),
    "action": lambda f: f.window.record(ActionDialog),
    "question": lambda f: f.window.record(QuestionDialog),
    "shortcuts": _shortcuts,
    "new participant": _new_participant,
    "share": lambda f: open_share_dialog(f.window, f.ctx),
}


@pytest.mark.parametrize("name", list(OPENERS))
def test_a_dialog_opens_at_the_chosen_text_size(
    facilitator: Facilitator, qtbot: QtBot, name: str
) -> None:
    TEXT_SCALE.write(facilitator.ctx.settings, 1.5)
    dialog = OPENERS[name](facilitator)
    assert dialog is not None
    try:
        qtbot.waitExposed(dialog)
        assert text_scale_of(dialog) == 1.5
        base = QApplication.font().pointSizeF()
        assert dialog.font().pointSizeF() == pytest.approx(base * 1.5, abs=0.6)
    finally:
        dialog.close()
