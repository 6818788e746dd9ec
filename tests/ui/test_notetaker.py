"""The note-taker's window: notes reach the meeting, the file, and are never interrupted."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QWidget

from facilitation.models import (
    Change,
    DecisionMethod,
    FakeClock,
    NoteKind,
    StepTo,
    Topic,
    new_id,
)
from facilitation.storage.session import SaveStatus
from tests.ui.conftest import with_changes
from tests.ui.scenes import (
    Other,
    SceneContext,
    give_floor,
)

from facilitation.ui.notetaker.window import NoteTakerWindow

# Screenshots go to a temporary folder, so a test run never changes the checkout; to refresh the
# ones in docs/, run the tests with FACILITATION_SCREENSHOTS=docs
DOCS = Path(os.environ.get("FACILITATION_SCREENSHOTS") or tempfile.mkdtemp(prefix="shots-"))


@pytest.fixture
def notes(qtbot: QtBot, ctx: SceneContext) -> NoteTakerWindow:
    window = NoteTakerWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_text(widget: QWidget, text: str) -> None:
    """Type ``text`` key by key (QTest.keyClicks cannot type "é": it asserts on non-ASCII)."""
    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def type_entry(qtbot: QtBot, window: NoteTakerWindow, text: str) -> None:
    window.editor.setFocus()
    type_text(window.editor, text)


def press_enter(qtbot: QtBot, window: NoteTakerWindow) -> None:
    qtbot.keyClick(window.editor, Qt.Key.Key_Return)


def step_to(ctx: SceneContext, clock: FakeClock, key: str) -> None:
    clock.advance(1)
    ctx.live.apply(StepTo(ctx.ids[key], clock.now(), new_id()), initiator=Other())


def test_a_typed_note_reaches_the_meeting_and_other_listeners(
    qtbot: QtBot,
    notes: NoteTakerWindow,
    ctx: SceneContext,
    clock: FakeClock,
) -> None:
    heard: list[Change] = []
    ctx.hub.changed.connect(heard.append)  # as the facilitator's window would
    clock.advance(60)
    started = clock.now()
    type_entry(qtbot, notes, "Chacun se présente")
    clock.advance(20)  # the note-taker takes their time; the note keeps its start
    press_enter(qtbot, notes)
    (note,) = ctx.meeting.notes.values()
    assert (note.text, note.item_id, note.at) == ("Chacun se présente", ctx.ids["item1"], started)
    assert heard and heard[-1].initiator is notes and note.id in heard[-1].ids(Topic.NOTES)
    assert notes.editor.toPlainText() == ""
    assert notes.notes.count() == 1 and "Chacun se présente" in notes.notes.item(0).text()


def test_shift_enter_breaks_the_line_and_enter_adds(
    qtbot: QtBot, notes: NoteTakerWindow, ctx: SceneContext
) -> None:
    type_entry(qtbot, notes, "un")
    qtbot.keyClick(notes.editor, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    type_text(notes.editor, "deux")
    assert not ctx.meeting.notes
    press_enter(qtbot, notes)
    assert [n.text for n in ctx.meeting.notes.values()] == ["un\ndeux"]


def test_typing_is_never_interrupted_by_the_facilitator(
    qtbot: QtBot,
    notes: NoteTakerWindow,
    ctx: SceneContext,
    clock: FakeClock,
) -> None:
    type_entry(qtbot, notes, "Anne propose de rouvrir la permanence")
    cursor = notes.editor.textCursor()
    cursor.setPosition(5)
    cursor.setPosition(9, QTextCursor.MoveMode.KeepAnchor)  # "prop" selected
    notes.editor.setTextCursor(cursor)
    give_floor(ctx, clock, "Anne Dubois")
    step_to(ctx, clock, "item2")  # the facilitator moves on mid-sentence
    assert notes.editor.toPlainText() == "Anne propose de rouvrir la permanence"
    kept = notes.editor.textCursor()
    assert (kept.anchor(), kept.position(), kept.selectedText()) == (5, 9, "prop")
    assert notes.editor.hasFocus()
    assert notes.banner.isVisible()
    assert notes.banner.text() == ("You are writing on item 1; the meeting has moved on to item 2.")
    assert "item 2" in notes.timer.text().lower()
    qtbot.keyClick(notes.editor, Qt.Key.Key_End)
    type_text(notes.editor, " le samedi")
    press_enter(qtbot, notes)
    (note,) = ctx.meeting.notes.values()
    assert note.item_id == ctx.ids["item1"]
    assert note.text == "Anne propose de rouvrir la permanence le samedi"
    # the entry is done: the window catches up with the meeting
    assert notes.item_id == ctx.ids["item2"]
    assert not notes.banner.isVisible()


def test_follow_live_can_be_left_to_look_back(
    qtbot: QtBot,
    notes: NoteTakerWindow,
    ctx: SceneContext,
    clock: FakeClock,
) -> None:
    step_to(ctx, clock, "item2")
    assert notes.item_id == ctx.ids["item2"]
    notes.items.setCurrentIndex(0)
    notes.items.activated.emit(0)  # the note-taker picks item 1
    assert not notes.follow.isChecked()
    assert ctx.meeting.live.current_item_id == ctx.ids["item2"]
    type_entry(qtbot, notes, "Oubli: Jo excusé")
    press_enter(qtbot, notes)
    assert next(iter(ctx.meeting.notes.values())).item_id == ctx.ids["item1"]
    step_to(ctx, clock, "item3")
    assert notes.item_id == ctx.ids["item1"]  # not following
    notes.follow.setChecked(True)
    assert notes.item_id == ctx.ids["item3"]


def test_current_speaker_in_one_key_and_any_name_by_completion(
    qtbot: QtBot,
    notes: NoteTakerWindow,
    ctx: SceneContext,
    clock: FakeClock,
) -> None:
    give_floor(ctx, clock, "Sophie Lambert")
    type_entry(qtbot, notes, "Le CPAS est d'accord")
    qtbot.keyClick(notes.editor, Qt.Key.Key_F2)
    assert notes.speaker.text() == "Sophie Lambert"
    press_enter(qtbot, notes)
    assert next(iter(ctx.meeting.notes.values())).speaker_id == ctx.ids["Sophie Lambert"]
    completer = notes.speaker.completer()
    completer.setCompletionPrefix("benal")
    assert completer.currentCompletion() == "Karim Benali"
    type_entry(qtbot, notes, "Pas d'accord")
    notes.speaker.setText("karim benali")
    press_enter(qtbot, notes)
    assert list(ctx.meeting.notes.values())[-1].speaker_id == ctx.ids["Karim Benali"]
    type_entry(qtbot, notes, "Qui ?")
    notes.speaker.setText("Personne")
    press_enter(qtbot, notes)
    assert len(ctx.meeting.notes) == 2 and "Personne" in notes.message.text()
    assert notes.editor.toPlainText() == "Qui ?"  # nothing lost


def test_marking_a_decision_an_action_and_a_question(
    qtbot: QtBot,
    notes: NoteTakerWindow,
    ctx: SceneContext,
) -> None:
    type_entry(qtbot, notes, "On rouvre la permanence le samedi")
    qtbot.keyClick(notes.editor, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    notes.kinds.method.setCurrentIndex(notes.kinds.method.findData(DecisionMethod.VOTE))
    notes.kinds.votes_for.setValue(14)
    notes.kinds.votes_against.setValue(2)
    notes.kinds.abstentions.setValue(1)
    press_enter(qtbot, notes)
    (decision,) = ctx.meeting.decisions.values()
    assert (decision.method, decision.votes_for, decision.votes_against, decision.abstentions) == (
        DecisionMethod.VOTE,
        14,
        2,
        1,
    )
    assert next(iter(ctx.meeting.notes.values())).kind is NoteKind.DECISION
    assert notes.kinds.current_kind() is NoteKind.NOTE  # back to a plain note
    assert "Decision" in notes.notes.item(0).text()

    type_entry(qtbot, notes, "Écrire au cabinet")
    notes.mark(NoteKind.ACTION)
    notes.kinds.owner.setText("Marc Janssens")
    notes.kinds.has_due.setChecked(True)
    press_enter(qtbot, notes)
    (action,) = ctx.meeting.actions.values()
    assert action.owner_id == ctx.ids["Marc Janssens"] and action.due is not None

    type_entry(qtbot, notes, "Et les communes ?")
    notes.mark(NoteKind.QUESTION)
    press_enter(qtbot, notes)
    (question,) = ctx.meeting.questions.values()
    assert question.text == "Et les communes ?"

    # each marked entry is one undo step: the note and its record go back together
    assert ctx.live.history.undo_label == "Add open question"
    ctx.undo()
    assert not ctx.meeting.questions
    assert [n.text for n in ctx.meeting.notes.values()] == [
        "On rouvre la permanence le samedi",
        "Écrire au cabinet",
    ]


def _add(qtbot: QtBot, notes: NoteTakerWindow, *texts: str) -> list[str]:
    for text in texts:
        type_entry(qtbot, notes, text)
        press_enter(qtbot, notes)
    return list(notes.ctx.meeting.notes)


def test_past_notes_edited_in_one_undo_step_moved_and_reordered(
    qtbot: QtBot,
    notes: NoteTakerWindow,
    ctx: SceneContext,
) -> None:
    a, b, c = _add(qtbot, notes, "premier", "deuxième", "troisième")
    notes.notes.setCurrentRow(2)
    notes.move_selected(-1)
    assert [n.text for n in ctx.meeting.notes_of(ctx.ids["item1"])] == [
        "premier",
        "troisième",
        "deuxième",
    ]
    assert [notes.notes.item(i).text().split("·")[-1].strip() for i in range(3)] == [
        "premier",
        "troisième",
        "deuxième",
    ]
    notes.notes.select(a)
    notes.move_selected(1)
    assert [n.id for n in ctx.meeting.notes_of(ctx.ids["item1"])] == [c, a, b]

    notes.notes.select(b)
    notes.edit_selected()
    assert notes.past.isVisible()
    steps = len(ctx.live.history.undo_steps)
    qtbot.keyClick(notes.past.editor, Qt.Key.Key_End)
    type_text(notes.past.editor, " point")
    assert ctx.meeting.notes[b].text == "deuxième point"
    assert len(ctx.live.history.undo_steps) == steps + 1  # a burst is one step
    qtbot.keyClick(notes.past.editor, Qt.Key.Key_Escape)
    assert not notes.past.isVisible()
    assert "deuxième point" in notes.notes.item(notes.notes.row_of(b)).text()

    notes.notes.select(c)
    notes.move_selected_to(ctx.ids["item3"])
    assert ctx.meeting.notes[c].item_id == ctx.ids["item3"]
    assert notes.notes.row_of(c) == -1 and notes.notes.count() == 2


def test_notes_changed_elsewhere_update_just_their_rows(
    qtbot: QtBot,
    notes: NoteTakerWindow,
    ctx: SceneContext,
) -> None:
    from facilitation.models import Update

    a, _ = _add(qtbot, notes, "texte", "autre")
    untouched = notes.notes.item(1)
    type_entry(qtbot, notes, "en cours")
    ctx.live.apply(Update("notes", a, {"text": "texte corrigé"}), initiator=Other())
    assert notes.notes.item(0).text().endswith("texte corrigé")
    assert notes.notes.item(1) is untouched  # the other row was left alone, not rebuilt
    assert notes.editor.toPlainText() == "en cours"


class FakeSession:
    """What the window needs of the storage session: drafts."""

    def __init__(self) -> None:
        self.saved: dict[str, str] = {}

    def set_draft(self, key: str, text: str) -> None:
        if text:
            self.saved[key] = text
        else:
            self.saved.pop(key, None)

    def draft_becomes(self, key: str) -> contextlib.AbstractContextManager[None]:
        return contextlib.nullcontext()

    def status(self) -> SaveStatus:
        return SaveStatus(True, None, None, 0)

    @property
    def drafts(self) -> dict[str, str]:
        return dict(self.saved)


def test_drafts_go_to_the_session_and_come_back(
    qtbot: QtBot,
    ctx: SceneContext,
) -> None:
    session = FakeSession()
    ctx = with_changes(ctx, session=session)
    window = NoteTakerWindow(ctx)
    qtbot.addWidget(window)
    type_text(window.editor, "brouillon")
    assert session.drafts["notes"] == "brouillon"
    window.close()  # closed mid-note: the text waits in the session
    again = NoteTakerWindow(ctx)
    qtbot.addWidget(again)
    assert again.editor.toPlainText() == "brouillon" and again.entry is not None
    again.editor.clear()
    assert "notes" not in session.drafts  # an empty editor leaves no draft behind


def test_a_draft_recovered_after_a_crash_comes_back_once(
    qtbot: QtBot,
    ctx: SceneContext,
) -> None:
    session = FakeSession()
    ctx = with_changes(ctx, session=session, drafts={"notes": "récupéré"})
    window = NoteTakerWindow(ctx)
    qtbot.addWidget(window)
    assert window.editor.toPlainText() == "récupéré" and window.entry is not None
    assert "recovered" in window.message.text()
    assert session.drafts["notes"] == "récupéré"
    window.editor.clear()
    again = NoteTakerWindow(ctx)
    qtbot.addWidget(again)
    assert again.editor.toPlainText() == ""


def test_closing_the_note_takers_window_leaves_the_meeting_running(
    notes: NoteTakerWindow, ctx: SceneContext, clock: FakeClock
) -> None:
    notes.close()
    assert ctx.meeting.is_running
    step_to(ctx, clock, "item2")  # a closed window no longer listens, and nothing breaks
    assert ctx.meeting.live.current_item_id == ctx.ids["item2"]


def _evening(qtbot: QtBot, notes: NoteTakerWindow, ctx: SceneContext, clock: FakeClock) -> None:
    """A few minutes into item 2, with notes taken and one being typed: for the screenshots."""
    from tests.ui.scenes import request_floor

    notes.resize(900, 720)
    give_floor(ctx, clock, "Anne Dubois")
    request_floor(ctx, clock, "Marc Janssens", "Karim Benali")
    step_to(ctx, clock, "item2")
    give_floor(ctx, clock, "Sophie Lambert")
    clock.advance(3 * 60)
    notes.speaker.setText("Sophie Lambert")
    _add(qtbot, notes, "Les permanences du samedi ont fermé en mars faute de personnel.")
    clock.advance(95)
    notes.speaker.setText("Karim Benali")
    type_entry(qtbot, notes, "On rouvre la permanence du samedi dès septembre")
    notes.mark(NoteKind.DECISION)
    press_enter(qtbot, notes)
    clock.advance(130)
    _add(qtbot, notes, "Le refinancement doit d'abord servir l'accueil inconditionnel.")
    clock.advance(40)
    type_entry(qtbot, notes, "Marc demande qui porte la demande auprès des cabinets")
    notes.repaint_timers()


def test_screenshot(
    qtbot: QtBot, notes: NoteTakerWindow, ctx: SceneContext, clock: FakeClock
) -> None:
    _evening(qtbot, notes, ctx, clock)
    DOCS.mkdir(exist_ok=True)
    assert notes.grab().save(str(DOCS / "notetaker-en.png"))


def test_screenshot_in_french(
    qtbot: QtBot, qapp: QApplication, ctx: SceneContext, clock: FakeClock
) -> None:
    from facilitation.ui.core.i18n import install_translators, remove_translators

    translators = install_translators(qapp, "fr")
    try:
        window = NoteTakerWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        _evening(qtbot, window, ctx, clock)
        assert window.follow.text() != "&Follow the live item"  # it is in French
        assert window.notes.item(0).text().startswith("18\xa0h\xa003")  # French time
        DOCS.mkdir(exist_ok=True)
        assert window.grab().save(str(DOCS / "notetaker-fr.png"))
    finally:
        remove_translators(qapp, translators)


def test_a_refused_note_keeps_its_text_and_says_why(
    qtbot: QtBot,
    ctx: SceneContext,
) -> None:
    notes = NoteTakerWindow(with_changes(ctx, read_only=True))
    qtbot.addWidget(notes)
    notes.show()
    qtbot.waitExposed(notes)
    type_entry(qtbot, notes, "Rien ne se perd")
    press_enter(qtbot, notes)
    assert not ctx.meeting.notes
    assert notes.editor.toPlainText() == "Rien ne se perd"
    assert notes.message.isVisible() and "read-only" in notes.message.text()


def test_a_note_on_an_item_removed_meanwhile_is_kept(
    qtbot: QtBot,
    notes: NoteTakerWindow,
    ctx: SceneContext,
) -> None:
    from facilitation.models import Remove

    notes.items.setCurrentIndex(3)
    notes.items.activated.emit(3)  # looking ahead at "Divers"
    type_entry(qtbot, notes, "Penser au local")
    ctx.live.apply(Remove("items", ctx.ids["item4"]), initiator=Other())
    press_enter(qtbot, notes)
    assert not ctx.meeting.notes and "removed" in notes.message.text()
    press_enter(qtbot, notes)
    (note,) = ctx.meeting.notes.values()
    assert note.item_id == ctx.ids["item1"]
    assert note.text == "Penser au local"


def test_the_one_second_tick_repaints_only_the_timer(
    qtbot: QtBot,
    notes: NoteTakerWindow,
    clock: FakeClock,
) -> None:
    type_entry(qtbot, notes, "abc")
    before = notes.timer.text()
    queue = notes.queue.text()
    clock.advance(61)
    notes._tick.timeout.emit()
    assert notes.timer.text() != before and notes.timer.text() == "Item 1: 8:59 left"
    assert notes.queue.text() == queue and notes.editor.toPlainText() == "abc"


def test_newcomers_are_completed_and_the_completer_survives_the_queue(
    qtbot: QtBot,
    notes: NoteTakerWindow,
    ctx: SceneContext,
    clock: FakeClock,
) -> None:
    from facilitation.models import Create, Participant

    completer = notes.speaker.completer()
    give_floor(ctx, clock, "Jo")  # the queue moves while a name may be being completed
    assert notes.speaker.completer() is completer
    ctx.live.apply(Create.of("participants", Participant("p-new", "Nadia El Amrani")), Other())
    completer.setCompletionPrefix("amra")
    assert completer.currentCompletion() == "Nadia El Amrani"
