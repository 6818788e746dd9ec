"""Counts read as the language says them, in the real windows: "1 participant", "6 participants",
"6 participant·es", "(et 1 autre)", "Ensuite : 1 personne en attente", never "participant(s)"."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtWidgets import QApplication

from facilitation.models import Create, Decision, DecisionMethod, FakeClock, Remove, new_id
from tests.ui.scenes import PEOPLE, SceneContext, request_floor

from facilitation.ui.core.i18n import install_translators, remove_translators
from facilitation.ui.core.read_back import entry_view
from facilitation.ui.dialogs.participants_editor import ParticipantsEditor
from facilitation.ui.projector.window import ProjectorWindow


@pytest.fixture(params=["en", "fr"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """The language the app was started in (English installs its counts' forms too)."""
    translators = install_translators(qapp, request.param)
    yield request.param
    remove_translators(qapp, translators)


SUMMARY = {
    "en": ("6 participants — ", "1 participant — "),
    "fr": ("6 participant·es — ", "1 participant·e — "),
}


def test_the_participants_editor_counts_in_words(
    qtbot: QtBot, ctx: SceneContext, lang: str
) -> None:
    editor = ParticipantsEditor(ctx)
    qtbot.addWidget(editor)
    editor.show()
    six, one = SUMMARY[lang]
    assert len(PEOPLE) == 6
    assert editor.summary.text().startswith(six), editor.summary.text()
    for name in PEOPLE[1:]:
        ctx.apply(Remove("participants", ctx.ids[name]), on_refused=pytest.fail)
    assert editor.summary.text().startswith(one), editor.summary.text()
    assert "(s)" not in editor.summary.text()


NEXT = {
    "en": (
        "Next: Marc Janssens, Sophie Lambert, Karim Benali (and\u00a01\u00a0more)",
        "Next: 1 person waiting",
        "Next: 4 people waiting",
    ),
    "fr": (
        "Ensuite\u00a0: Marc Janssens, Sophie Lambert, Karim Benali (et\u00a01\u00a0autre)",
        "Ensuite\u00a0: 1 personne en attente",
        "Ensuite\u00a0: 4 personnes en attente",
    ),
}


def test_the_projector_counts_who_waits(
    qtbot: QtBot, ctx: SceneContext, clock: FakeClock, lang: str
) -> None:
    projector = ProjectorWindow(ctx)
    qtbot.addWidget(projector)
    projector.show()
    more, one_hidden, four_hidden = NEXT[lang]
    request_floor(ctx, clock, "Marc Janssens")
    projector.set_hide_names(True)
    assert projector.next_speakers.text() == one_hidden
    request_floor(ctx, clock, "Sophie Lambert", "Karim Benali", "Lucie Peeters")
    assert projector.next_speakers.text() == four_hidden
    projector.set_hide_names(False)
    assert projector.next_speakers.text() == more


VOTE = {
    "en": "Vote: 12 for, 0 against, 1 abstention",
    "fr": "Vote\u00a0: 12 pour, 0 contre, 1 abstention",
}


def test_a_vote_read_back_counts_its_abstentions(ctx: SceneContext, lang: str) -> None:
    item = next(iter(ctx.meeting.items))
    decision = Decision(new_id(), item, "Oui", ctx.clock.now(), DecisionMethod.VOTE, 12, 0, 1)
    ctx.apply(Create.of("decisions", decision), on_refused=pytest.fail)
    view = entry_view(ctx.meeting, ("decisions", decision.id))
    assert view is not None and view.details == VOTE[lang]
