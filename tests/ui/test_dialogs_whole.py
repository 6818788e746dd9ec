"""Every dialog of the facilitator's window, as it opens, in English and in French: no label, button,
choice or example (placeholder) cut. Longer French words cut three of them: the next meeting's
example line, the Join dialog's address example and its label, and the agenda editor's Templates,
whose menu arrow covered its last letter."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QToolButton, QWidget

from facilitation.models import FakeClock, LiveMeeting
from tests.ui.conftest import sample_meeting
from tests.ui.laptop import cut_texts

from facilitation.ui.core.context import AppContext
from facilitation.ui.core.i18n import install_translators, remove_translators
from facilitation.ui.dialogs.agenda_editor import AgendaEditor
from facilitation.ui.dialogs.export_dialog import ExportDialog
from facilitation.ui.dialogs.import_dialogs import ImportAgendaDialog, ImportParticipantsDialog
from facilitation.ui.dialogs.next_meeting import NextMeetingDialog
from facilitation.ui.dialogs.participants_editor import ParticipantsEditor
from facilitation.ui.dialogs.read_back import ReadBackDialog
from facilitation.ui.dialogs.record_dialogs import ActionDialog, DecisionDialog, QuestionDialog
from facilitation.ui.sharing.dialogs import ShareDialog
from facilitation.ui.sharing.join_dialog import JoinDialog

Make = Callable[[AppContext, str, QWidget], QDialog]

DIALOGS: dict[str, Make] = {
    "agenda": lambda ctx, _item, parent: AgendaEditor(ctx, parent),
    "export": lambda ctx, _item, parent: ExportDialog(ctx, None, parent),
    "import agenda": lambda ctx, _item, parent: ImportAgendaDialog(ctx, parent),
    "import participants": lambda ctx, _item, parent: ImportParticipantsDialog(ctx, parent),
    "next meeting": lambda ctx, _item, parent: NextMeetingDialog(ctx, parent),
    "participants": lambda ctx, _item, parent: ParticipantsEditor(ctx, parent),
    "read back": lambda ctx, _item, parent: ReadBackDialog(ctx, parent),
    "decision": lambda ctx, item, parent: DecisionDialog(ctx, item, parent),
    "action": lambda ctx, item, parent: ActionDialog(ctx, item, parent),
    "question": lambda ctx, item, parent: QuestionDialog(ctx, item, parent),
    "share": lambda _ctx, _item, parent: ShareDialog(parent),
    "join": lambda _ctx, _item, parent: JoinDialog(parent, browse=False),
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("name", list(DIALOGS))
def test_a_dialog_opens_with_every_text_whole(
    qapp: QApplication,
    qtbot: QtBot,
    clock: FakeClock,
    ui_settings: QSettings,
    lang: str,
    name: str,
) -> None:
    translators = install_translators(qapp, lang)
    try:
        meeting = sample_meeting()
        ctx = AppContext(LiveMeeting(meeting), clock, ui_settings, lang=lang)
        parent = QWidget()
        qtbot.addWidget(parent)  # closed and deleted with its dialog, even when a check fails
        dialog = DIALOGS[name](ctx, next(iter(meeting.items)), parent)
        dialog.show()
        qtbot.waitExposed(dialog)
        assert cut_texts(dialog) == []
        # a menu's arrow takes its own room beside the word on a push button; a tool button in
        # Qt's Fusion style draws it over the word's last letter
        menus = [b for b in dialog.findChildren(QToolButton) if b.menu() is not None]
        assert menus == [], [b.text() for b in menus]
        assert all(
            b.width() >= b.sizeHint().width()
            for b in dialog.findChildren(QPushButton)
            if b.isVisibleTo(dialog) and b.menu() is not None
        )
    finally:
        remove_translators(qapp, translators)
