"""Fixtures for the facilitator's window: a context with a FakeClock, the window, a leak check.

``facilitator`` builds the context and the window on a small, prepared meeting (six people in four
groups, three items planned from 18:30) and, after the test, closes it and fails if any top-level
widget the test created is still alive (a dialog nobody closed, a window never parented).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date, time
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QTranslator
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QTreeWidget, QTreeWidgetItem, QWidget

from facilitation.models import (
    AgendaItem,
    Details,
    FakeClock,
    LiveMeeting,
    Meeting,
    Participant,
)
from tests.ui.scenes import SceneContext, build_meeting, populate

from facilitation.ui.core.context import AppContext
from facilitation.ui.core.i18n import translation_file
from facilitation.ui.core.qtcompat import pin_singletons
from facilitation.ui.facilitator.queue_model import QueueModel
from facilitation.ui.facilitator.window import FacilitatorWindow

if TYPE_CHECKING:
    from facilitation.ui.app.joined import JoinedMeeting
    from facilitation.ui.app.windows import WindowManager

C = TypeVar("C", bound=AppContext)

# PySide6 6.12.0 drops a reference to None on every void call (ui/core/qtcompat.py): protect the whole
# test session, the other windows' tests included, from an abort at some later test
pin_singletons()

#: (id, name, group)
PEOPLE = (
    ("anne", "Anne Dubois", "associatif"),
    ("marc", "Marc Janssens", "associatif"),
    ("sophie", "Sophie Lambert", "service public"),
    ("karim", "Karim Benali", "usager·es"),
    ("lucie", "Lucie Peeters", "syndicat"),
    ("jo", "Jo Martin", "usager·es"),
)
#: (id, title, planned minutes)
ITEMS = (
    ("i1", "Tour de table", 10),
    ("i2", "Un refinancement, oui mais pour faire quoi ?", 20),
    ("i3", "Prochaine rencontre", 5),
)


def sample_meeting() -> Meeting:
    """Built directly (not through the door): the prepared meeting as a file would bring it."""
    details = Details(
        title="2e rencontre",
        date=date(2021, 6, 17),
        planned_start=time(18, 0),
        planned_end=time(18, 40),
    )
    m = Meeting("m-test", details)
    for pid, name, group in PEOPLE:
        m.participants[pid] = Participant(pid, name, group)
    for iid, title, minutes in ITEMS:
        m.items[iid] = AgendaItem(
            iid, title, planned_minutes=minutes, sub_questions=("Pour qui ?", "Avec quels moyens ?")
        )
    return m


@dataclass
class Facilitator:
    ctx: AppContext
    window: FacilitatorWindow
    clock: FakeClock

    @property
    def meeting(self) -> Meeting:
        return self.ctx.meeting


def speaking(f: Facilitator) -> str | None:
    """Who has the floor (their participant id), None when nobody has."""
    turn = f.meeting.current_turn
    return turn.participant_id if turn is not None else None


def entry_at(model: QueueModel, row: int) -> str:
    """The id of the queue's entry shown at ``row`` (which must be a row of the model)."""
    entry = model.entry_id(row)
    assert entry is not None, f"no entry at row {row}"
    return entry


def _alive_top_levels() -> set[QWidget]:
    return {
        w
        for w in QApplication.topLevelWidgets()
        if type(w).__name__ not in ("QTipLabel",)  # Qt's own tooltip, shared and kept
    }


@pytest.fixture(scope="session", autouse=True)
def english_counts(qapp: QApplication) -> Iterator[None]:
    """English as the app speaks it: the sources, with the singular and plural of each count
    ("1 participant", "6 participants") from its small translation. A test that wants French
    installs it on top (``install_translators(qapp, "fr")``) and removes it after."""
    translator = QTranslator(qapp)
    assert translator.load(translation_file("en")), "run tools/update_translations.py"
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


@pytest.fixture
def ui_settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def no_leaks(qapp: QApplication) -> Iterator[None]:
    """Fail when the test leaves top-level widgets behind."""
    before = _alive_top_levels()
    yield
    # what the test closed with deleteLater is gone once the deferred deletes have run
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qapp.processEvents()
    left = _alive_top_levels() - before
    leaked = [f"{type(w).__name__} {w.objectName()!r}" for w in left]
    for w in left:  # clean up, so one leak does not cascade into the next tests
        w.close()
        w.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert not leaked, f"top-level widgets leaked: {leaked}"


@pytest.fixture
def facilitator(
    qtbot: QtBot, clock: FakeClock, ui_settings: QSettings, no_leaks: None
) -> Iterator[Facilitator]:
    ctx = AppContext(LiveMeeting(sample_meeting()), clock, ui_settings)
    window = FacilitatorWindow(ctx)
    window.interactive = False
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    yield Facilitator(ctx, window, clock)
    window.close()
    window.deleteLater()


def with_changes(ctx: C, **changes: Any) -> C:
    """Another context on the same live meeting, with its own hub: read-only, with a session, drafts
    or a window manager. The app builds its context complete before any window, and so must a test."""
    values = {f.name: getattr(ctx, f.name) for f in fields(ctx) if f.name != "hub"}
    values.update(changes)
    return type(ctx)(**values)


def top_item(tree: QTreeWidget, index: int) -> QTreeWidgetItem:
    """The tree's top-level item ``index``, which must be there."""
    item = tree.topLevelItem(index)
    assert item is not None, f"no top-level item {index}"
    return item


def submenu(action: QAction) -> QMenu:
    """The menu a menu bar's (or a menu's) action opens."""
    menu = action.menu()
    assert isinstance(menu, QMenu), f"{action.text()!r} opens no menu"
    return menu


def windows_of(joined: JoinedMeeting) -> WindowManager:
    """A joined meeting's windows: the app's WindowManager (typed there as the little it uses)."""
    from facilitation.ui.app.windows import WindowManager

    assert isinstance(joined.windows, WindowManager)
    return joined.windows


@pytest.fixture(name="settings")
def settings_fixture(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture(name="ctx")
def ctx_fixture(clock: FakeClock, settings: QSettings) -> Iterator[SceneContext]:
    """The note-taker's and projector's scene (``tests/ui/scenes.py``): a module with a context of
    its own overrides it."""
    context = SceneContext(LiveMeeting(build_meeting()), clock, settings)
    context.ids.update(populate(context, clock))
    yield context
