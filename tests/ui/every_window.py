"""Every window and dialog of the app, built by name on a meeting under way: the tests that walk
them all (no English on a French screen, keyboard reach and names, every text whole) share this one
list, so that a new dialog is added once and checked by each of them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from facilitation.models import FakeClock, GiveFloor, RequestFloor, StartMeeting, TurnKind, new_id
from tests.factories import make_live

from facilitation.ui.core.context import AppContext


def under_way(tmp_path: Path, clock: FakeClock, lang: str = "fr") -> AppContext:
    """A meeting under way: started, someone speaking, someone waiting with a direct reply."""
    live = make_live()
    clock.advance(30 * 60)
    live.apply(StartMeeting(clock.now(), new_id()))
    live.apply(RequestFloor(new_id(), "p3", clock.now()))
    live.apply(GiveFloor(new_id(), clock.now()))
    clock.advance(200)
    live.apply(RequestFloor(new_id(), "p4", clock.now(), TurnKind.DIRECT_REPLY))
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    return AppContext(live, clock, settings, lang=lang)


def close(qapp: QApplication, w: QWidget) -> None:
    """Closed and deleted now (its deferred deletion run), so the next one starts clean."""
    w.close()
    w.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()


def build(kind: str, ctx: AppContext, qapp: QApplication, parent: QWidget | None = None) -> QWidget:
    """One window or dialog of :data:`KINDS`, by name (a dialog under ``parent`` if given)."""
    from facilitation.ui.common.shortcuts import ShortcutsDialog
    from facilitation.ui.dialogs.agenda_editor import AgendaEditor
    from facilitation.ui.dialogs.export_dialog import ExportDialog
    from facilitation.ui.dialogs.import_dialogs import ImportAgendaDialog, ImportParticipantsDialog
    from facilitation.ui.dialogs.next_meeting import NextMeetingDialog
    from facilitation.ui.dialogs.participants_editor import ParticipantsEditor
    from facilitation.ui.dialogs.read_back import ReadBackDialog
    from facilitation.ui.dialogs.record_dialogs import ActionDialog, DecisionDialog, QuestionDialog
    from facilitation.ui.facilitator.quick_add import NewParticipantDialog
    from facilitation.ui.facilitator.window import FacilitatorWindow
    from facilitation.ui.notetaker.window import NoteTakerWindow
    from facilitation.ui.projector.window import ProjectorWindow
    from facilitation.ui.sharing.dialogs import ShareDialog
    from facilitation.ui.sharing.invite_dialog import InviteDialog
    from facilitation.ui.sharing.join_dialog import JoinDialog
    from facilitation.ui.start.create import InvitationDialog

    item = next(iter(ctx.meeting.items))

    def facilitator() -> QWidget:
        window = FacilitatorWindow(ctx)
        window.interactive = False
        return window

    def shortcuts() -> QWidget:
        window = FacilitatorWindow(ctx)
        window.interactive = False
        dialog = ShortcutsDialog(window.actions.values(), parent)
        close(qapp, window)
        return dialog

    builders: dict[str, Callable[[], QWidget]] = {
        "facilitator": facilitator,
        "note-taker": lambda: NoteTakerWindow(ctx),
        "projector": lambda: ProjectorWindow(ctx),
        "agenda editor": lambda: AgendaEditor(ctx, parent),
        "participants editor": lambda: ParticipantsEditor(ctx, parent),
        "import agenda": lambda: ImportAgendaDialog(ctx, parent),
        "import participants": lambda: ImportParticipantsDialog(ctx, parent),
        "decision": lambda: DecisionDialog(ctx, item, parent),
        "action": lambda: ActionDialog(ctx, item, parent),
        "question": lambda: QuestionDialog(ctx, item, parent),
        "new participant": lambda: NewParticipantDialog("Zoé", ["associatif"], parent),
        "shortcuts": shortcuts,
        "export": lambda: ExportDialog(ctx, None, parent),
        "next meeting": lambda: NextMeetingDialog(ctx, parent),
        "read back": lambda: ReadBackDialog(ctx, parent),
        "share": lambda: ShareDialog(parent),
        "join": lambda: JoinDialog(parent, browse=False),
        # as it opens: a role and a validity to choose (nothing is made until Make is pressed)
        "invite": lambda: InviteDialog(
            _no_invitation, ctx.clock, lambda: True, lambda: None, parent
        ),
        # the start page's; the meeting it makes would go beside the settings (the test's folder)
        "new from invitation": lambda: InvitationDialog(
            Path(ctx.settings.fileName()).parent, parent
        ),
    }
    return builders[kind]()


def _no_invitation(*_args: object) -> object:
    raise AssertionError("the walk made an invitation: it only looks")


#: the three windows, then every dialog the facilitator's window and the start page open
WINDOWS = ["facilitator", "note-taker", "projector"]
KINDS = [
    *WINDOWS,
    "agenda editor",
    "participants editor",
    "import agenda",
    "import participants",
    "decision",
    "action",
    "question",
    "new participant",
    "shortcuts",
    "export",
    "next meeting",
    "read back",
    "share",
    "join",
    "invite",
    "new from invitation",
]
DIALOGS = KINDS[len(WINDOWS) :]
