"""The queue on a laptop: eight people waiting, each on one line
with the whole name and the waiting time, at 1366×768 and 1280×800; at least five at 150 % text
(eight: the keys' hints drop); nothing overlapping or cut mid-word at 200 % (the tabs below fold to
their bar, the step buttons' words go on two lines: eight whole rows in English, seven in French). Checked on the real widgets' geometry.
"""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionComboBox

from facilitation.models import (
    Create,
    FakeClock,
    Participant,
    RequestFloor,
    StartMeeting,
    TurnKind,
    WithdrawRequest,
    new_id,
)
from tests.ui.conftest import Facilitator
from tests.ui.laptop import (
    LAPTOP,
    LAPTOP_TALL,
    NAMES_24,
    Screen,
    cut_texts,
    overlapping_siblings,
    place,
)

from facilitation.ui.common.accessibility import apply_text_scale
from facilitation.ui.facilitator.queue_rows import row_width


def eight_waiting(f: Facilitator) -> None:
    ctx = f.ctx
    ctx.apply(StartMeeting(f.clock.now(), new_id(), None), on_refused=pytest.fail)
    for i, name in enumerate(NAMES_24):
        person = Participant(f"long{i}", name, "")
        ctx.apply(Create.of("participants", person), on_refused=pytest.fail)
        f.clock.advance(20)
        ctx.apply(
            RequestFloor(new_id(), person.id, f.clock.now(), TurnKind.NORMAL),
            on_refused=pytest.fail,
        )
    f.clock.advance(185)
    f.window.refresh_times()


def whole_rows(f: Facilitator) -> list[int]:
    """The queue's rows shown whole in its viewport, on one line each."""
    view = f.window.queue.view
    viewport = view.viewport().rect()
    rows = []
    for row in range(view.model().rowCount()):
        rect = view.visualRect(view.model().index(row, 0))
        if viewport.contains(rect) and rect.height() < 2 * view.fontMetrics().lineSpacing():
            rows.append(row)
    return rows


def check_names_whole(f: Facilitator, rows: list[int], words_only: bool = False) -> None:
    """Each row shows the whole name and the waiting time (``words_only``: a name too long for the
    row shows its first whole words and "…", never a word cut)."""
    view = f.window.queue.view
    view.viewport().grab()  # paints the rows: the delegate records each name as drawn
    drawn = view.itemDelegate().drawn_names  # type: ignore[attr-defined]
    for row in rows:
        name = NAMES_24[row]
        if words_only and drawn[row] != name:
            # whole words, or the first part of a hyphenated name: "Marie-…", "Mohamed El …"
            head = drawn[row].removesuffix("…").rstrip()
            assert drawn[row].endswith("…") and head, drawn[row]
            assert name.startswith(head + ("" if head.endswith("-") else " ")), (
                f"row {row + 1}: {drawn[row]!r}"
            )
            continue
        assert drawn[row] == name, f"row {row + 1} shows {drawn[row]!r}"
        rect = view.visualRect(view.model().index(row, 0))
        waited = view.model().data(view.model().index(row, 0), 257).waited  # PARTS_ROLE
        assert waited, "the waiting time is shown"
        assert row_width(view.font(), f"{row + 1}.", name, waited) <= rect.width()


@pytest.mark.parametrize("screen", [LAPTOP, LAPTOP_TALL], ids=str)
def test_eight_waiting_are_all_whole_on_a_laptop(facilitator: Facilitator, screen: Screen) -> None:
    f = facilitator
    eight_waiting(f)
    place(f.window, screen)
    assert f.window.size() == screen.available.size()  # it fits the screen
    rows = whole_rows(f)
    assert rows == list(range(8)), f"{len(rows)} whole rows at {screen}"
    check_names_whole(f, rows)
    assert overlapping_siblings(f.window) == []
    assert cut_texts(f.window) == []


def test_at_150_percent_at_least_five_are_whole(facilitator: Facilitator) -> None:
    f = facilitator
    eight_waiting(f)
    apply_text_scale(f.window, 1.5)
    QApplication.processEvents()
    place(f.window, LAPTOP)
    assert f.window.size() == LAPTOP.available.size()
    rows = whole_rows(f)
    assert len(rows) >= 5, f"{len(rows)} whole rows at 150 %"
    check_names_whole(f, rows)
    assert overlapping_siblings(f.window) == []
    assert cut_texts(f.window) == []


def test_at_150_percent_the_tabs_keep_their_page(facilitator: Facilitator) -> None:
    """At 150 % the eight fit once the keys' hints have dropped: the chart stays open."""
    f = facilitator
    eight_waiting(f)
    apply_text_scale(f.window, 1.5)
    QApplication.processEvents()
    place(f.window, LAPTOP)
    assert len(whole_rows(f)) == 8
    queue, tabs = f.window.queue, f.window.people_tabs
    assert queue.short_of_room and not queue.empty_hint.isVisibleTo(queue)
    assert tabs.currentWidget().isVisibleTo(f.window)  # the speaking time is still shown


def test_at_200_percent_nothing_overlaps_or_is_cut(facilitator: Facilitator) -> None:
    """The tabs fold to their bar and the keys' hints drop: seven of the eight are whole."""
    f = facilitator
    eight_waiting(f)
    apply_text_scale(f.window, 2.0)
    QApplication.processEvents()
    place(f.window, LAPTOP)
    assert f.window.size() == LAPTOP.available.size()
    assert overlapping_siblings(f.window) == []
    assert cut_texts(f.window) == []
    rows = whole_rows(f)
    assert len(rows) >= 7, f"{len(rows)} whole rows at 200 %"
    check_names_whole(f, rows, words_only=True)
    tabs = f.window.people_tabs
    assert tabs.tabBar().isVisibleTo(f.window) and not tabs.currentWidget().isVisibleTo(f.window)
    # the order and the limit, side by side or one under the other, each showing its choice
    # whole (cut_texts)
    queue = f.window.queue
    assert not queue.limit_combo.geometry().intersects(queue.mode_combo.geometry())


def test_at_200_percent_a_click_on_a_folded_tab_opens_it(
    facilitator: Facilitator, qtbot: QtBot
) -> None:
    f = facilitator
    eight_waiting(f)
    apply_text_scale(f.window, 2.0)
    QApplication.processEvents()
    place(f.window, LAPTOP)
    tabs = f.window.people_tabs
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    QApplication.processEvents()
    assert tabs.currentWidget() is f.window.participants
    assert f.window.participants.isVisibleTo(f.window)
    assert f.window.participants.height() >= f.window.participants.minimumSizeHint().height()
    assert overlapping_siblings(f.window) == []
    assert len(whole_rows(f)) >= 1  # the queue gave room back, by the facilitator's choice


def test_with_nobody_waiting_the_hints_and_the_tabs_come_back(facilitator: Facilitator) -> None:
    f = facilitator
    eight_waiting(f)
    apply_text_scale(f.window, 2.0)
    QApplication.processEvents()
    place(f.window, LAPTOP)
    for entry in list(f.meeting.queue):
        f.ctx.apply(WithdrawRequest(entry), on_refused=pytest.fail)
    for _ in range(4):
        QApplication.processEvents()
    queue, tabs = f.window.queue, f.window.people_tabs
    assert not queue.short_of_room and queue.empty_hint.isVisibleTo(queue)
    assert tabs.currentWidget().isVisibleTo(f.window)
    assert cut_texts(f.window) == []


def test_in_french_on_a_laptop_nothing_is_cut(
    qapp: QApplication, qtbot: QtBot, clock: FakeClock, ui_settings: QSettings, no_leaks: None
) -> None:
    """The French window (longer words) at 1366×768: the eight rows whole, no text cut, and the
    kind of request's choices whole in their box."""
    from facilitation.models import LiveMeeting
    from tests.ui.conftest import sample_meeting

    from facilitation.ui.core.context import AppContext
    from facilitation.ui.core.i18n import install_translators, remove_translators
    from facilitation.ui.facilitator.window import FacilitatorWindow

    translators = install_translators(qapp, "fr")
    try:
        ctx = AppContext(LiveMeeting(sample_meeting()), clock, ui_settings, lang="fr")
        window = FacilitatorWindow(ctx)
        window.interactive = False
        qtbot.addWidget(window)  # closed and deleted even when a check fails
        window.show()
        qtbot.waitExposed(window)
        f = Facilitator(ctx, window, clock)
        eight_waiting(f)
        place(window, LAPTOP)
        assert whole_rows(f) == list(range(8))
        check_names_whole(f, list(range(8)))
        assert overlapping_siblings(window) == []
        assert cut_texts(window) == []
        combo = window.queue.kind_combo
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        for i in range(combo.count()):
            text = combo.itemText(i)
            assert combo.fontMetrics().horizontalAdvance(text) <= field.width(), text
        quick = window.queue.quick_add
        for kind in ("normal", "direct_reply", "point_of_order"):
            from facilitation.models import TurnKind

            window.queue.set_kind(TurnKind(kind), focus=False)
            hint = quick.placeholderText()
            room = quick.width() - 24  # its padding and frame (the style sheet's 8 px a side)
            assert quick.fontMetrics().horizontalAdvance(hint) <= room, hint
    finally:
        remove_translators(qapp, translators)


#: whole rows of the eight at 200 % (the speakers' column is narrower in French: its step buttons
#: are wider, even with their words on two lines)
ROWS_AT_200 = {
    ("en", "1366x768"): 8,
    ("fr", "1366x768"): 7,
    ("en", "1280x800"): 8,
    ("fr", "1280x800"): 7,
}


@pytest.mark.parametrize("screen", [LAPTOP, LAPTOP_TALL], ids=str)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_at_200_percent_in_both_languages_on_both_laptops(
    qapp: QApplication,
    qtbot: QtBot,
    clock: FakeClock,
    ui_settings: QSettings,
    no_leaks: None,
    lang: str,
    screen: Screen,
) -> None:
    """Nothing overlaps or is cut (the tabs take their short names where the long ones do not
    fit: Qt's scroll arrows hid "Participants"), and the queue shows its rows."""
    from facilitation.models import LiveMeeting
    from tests.ui.conftest import sample_meeting

    from facilitation.ui.core.context import AppContext
    from facilitation.ui.core.i18n import install_translators, remove_translators
    from facilitation.ui.facilitator.window import FacilitatorWindow

    translators = install_translators(qapp, lang)
    try:
        ctx = AppContext(LiveMeeting(sample_meeting()), clock, ui_settings, lang=lang)
        window = FacilitatorWindow(ctx)
        window.interactive = False
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        f = Facilitator(ctx, window, clock)
        eight_waiting(f)
        apply_text_scale(window, 2.0)
        QApplication.processEvents()
        place(window, screen)
        assert overlapping_siblings(window) == []
        assert cut_texts(window) == []
        rows = whole_rows(f)
        assert len(rows) >= ROWS_AT_200[lang, str(screen)], f"{len(rows)} whole rows"
        bar = window.people_tabs.tabBar()
        assert bar.sizeHint().width() <= window.people_tabs.width()  # both tabs' names whole
        check_names_whole(f, rows, words_only=True)
    finally:
        remove_translators(qapp, translators)


def test_at_200_percent_the_split_follows_the_step_buttons_shown(
    facilitator: Facilitator,
) -> None:
    """Placed before the start (one button), the window shares its width again once the four
    step buttons are shown: the agenda narrows before their words go on two lines."""
    f = facilitator
    apply_text_scale(f.window, 1.5)
    QApplication.processEvents()
    place(f.window, LAPTOP)
    before = f.window.splitter.sizes()
    eight_waiting(f)  # the meeting starts: previous, next, break and end are shown
    for _ in range(4):
        QApplication.processEvents()
    after = f.window.splitter.sizes()
    assert after != before
    buttons = [b for b in f.window.step_buttons.values() if b.isVisibleTo(f.window)]
    assert len(buttons) == 4 and all("\n" not in b.text() for b in buttons)
    f.window.resize(1000, 700)  # a fresh placement gives the same split
    place(f.window, LAPTOP)
    assert f.window.splitter.sizes() == after
