"""The facilitator's window on a laptop's screen: it fits, the agenda has room, nothing is cut off."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

import pytest
from pytestqt.qtbot import QtBot

from PySide6.QtCore import QSettings, QSize
from PySide6.QtWidgets import QApplication

from facilitation.models import (
    FakeClock,
    GiveFloor,
    LiveMeeting,
    RequestFloor,
    StartMeeting,
    new_id,
)
from tests.ui.conftest import Facilitator, sample_meeting
from tests.ui.laptop import (
    LAPTOP,
    SMALL_SCREENS,
    Screen,
    add_people,
    cut_texts,
    overlapping_siblings,
    place,
)
from tests.ui.test_agenda_on_a_laptop import check_titles
from tests.ui.test_queue_on_a_laptop import check_names_whole, whole_rows

from facilitation.ui.common.accessibility import apply_text_scale
from facilitation.ui.core.context import AppContext
from facilitation.ui.core.i18n import install_translators, remove_translators
from facilitation.ui.facilitator.actions import StepButton
from facilitation.ui.facilitator.current_item import QUESTION_LEAST_SHARE
from facilitation.ui.facilitator.proportions import (
    AGENDA_LEAST,
    AGENDA_NARROWEST,
    AGENDA_RANGE,
    PREFERRED_SIZE,
    SPEAKERS_RANGE,
    default_split,
    fitting_size,
)
from facilitation.ui.facilitator.stats_chart import Bar, BarChart
from facilitation.ui.facilitator.window import FacilitatorWindow


def test_the_default_split_gives_the_agenda_room_and_fills_the_width() -> None:
    laptop = default_split(1236)  # a 1280-pixel screen, margins and handles taken off
    assert sum(laptop) == 1236
    assert laptop[0] >= 420  # the agenda: its titles beside four narrow columns
    assert laptop[2] >= SPEAKERS_RANGE[0]
    wide = default_split(1876)  # 1920 pixels: the question in the middle gets what is left
    assert wide[0] == AGENDA_RANGE[1] and wide[2] == SPEAKERS_RANGE[1]
    assert wide[1] > laptop[1] and sum(wide) == 1876


def test_the_window_is_never_larger_than_the_screen() -> None:
    assert fitting_size(QSize(1280, 770)) == QSize(1280, 770)
    assert fitting_size(QSize(1920, 1040)) == PREFERRED_SIZE


def test_on_a_laptop_the_window_fits_and_the_agenda_gets_its_share(
    facilitator: Facilitator,
    qtbot: QtBot,
) -> None:
    w = facilitator.window
    w.resize(1280, 760)
    qtbot.waitUntil(lambda: w.splitter.sizes()[0] >= 400)
    # every panel fits in the width: nothing hangs off the screen's edge
    assert w.minimumSizeHint().width() <= 1280
    assert w.width() == 1280
    agenda, middle, speakers = w.splitter.sizes()
    assert agenda >= 400 and middle >= 400 and speakers >= SPEAKERS_RANGE[0]


def test_a_moved_handle_is_kept_when_the_window_is_resized(
    facilitator: Facilitator,
    qtbot: QtBot,
) -> None:
    w = facilitator.window
    w.resize(1280, 760)
    qtbot.waitUntil(lambda: w.splitter.sizes()[0] >= 400)
    w.splitter.moveSplitter(360, 1)  # what a drag of the first handle does
    w.splitter.splitterMoved.emit(360, 1)
    chosen = w.splitter.sizes()[0]
    w.resize(1400, 800)
    qtbot.waitUntil(lambda: w.splitter.width() > 1300)
    # Qt spreads the new width by the stretch factors; the default share no longer applies
    default = default_split(w.splitter.width() - 2 * w.splitter.handleWidth())[0]
    assert chosen <= w.splitter.sizes()[0] < default - 40


def test_step_buttons_drop_their_keys_only_when_short_of_room(qtbot: QtBot) -> None:
    button = StepButton()
    qtbot.addWidget(button)
    button.show()
    button.set_texts("Point suivant", "F7")
    assert button.minimumSizeHint().width() < button.sizeHint().width()
    button.resize(button.sizeHint())
    assert button.text() == "Point suivant   F7"
    button.resize(button.sizeHint().width() - button.fontMetrics().horizontalAdvance("   F7"), 40)
    assert button.text() == "Point suivant"
    one_line = button.width()
    # shorter of room still, its words go on two lines: the row may narrow further
    button.resize(button.minimumSizeHint())
    assert button.text() == "Point\nsuivant"
    assert button.minimumSizeHint().width() < one_line
    two_high = button.sizeHint().height()
    button.set_texts("Pause", "F9")
    button.resize(button.minimumSizeHint())
    assert button.text() == "Pause" and button.sizeHint().height() < two_high  # one word: one line


def test_before_the_meeting_only_start_is_offered(facilitator: Facilitator) -> None:
    w = facilitator.window
    shown = [name for name, b in w.step_buttons.items() if b.isVisibleTo(w)]
    assert shown == ["start"]
    assert "F5" in w.step_buttons["start"].toolTip()
    facilitator.ctx.live.apply(StartMeeting(facilitator.clock.now(), new_id()))
    shown = [name for name, b in w.step_buttons.items() if b.isVisibleTo(w)]
    assert shown == ["previous", "next", "pause", "end"]


def test_the_idle_queue_hint_wraps_instead_of_being_cut(facilitator: Facilitator) -> None:
    queue = facilitator.window.queue
    ctx, clock = facilitator.ctx, facilitator.clock
    assert not queue.idle_hint.isVisibleTo(queue)  # F3 does nothing before the meeting
    ctx.live.apply(StartMeeting(clock.now(), new_id()))
    assert queue.idle_hint.isVisibleTo(queue) and queue.idle_hint.wordWrap()
    assert "F3" in queue.idle_hint.text()
    assert not queue.turn_bar.isVisibleTo(queue)
    ctx.live.apply(RequestFloor(new_id(), "anne", clock.now()))
    ctx.live.apply(GiveFloor(new_id(), clock.now()))
    assert queue.turn_bar.isVisibleTo(queue) and not queue.idle_hint.isVisibleTo(queue)


def bars(n: int) -> list[Bar]:
    return [Bar(f"P{i}", 60 * (n - i), 1, 1 / n) for i in range(n)]


def test_the_chart_draws_whole_rows_and_counts_the_others(qtbot: QtBot) -> None:
    chart = BarChart()
    qtbot.addWidget(chart)
    chart.set_bars(bars(8))
    chart.resize(300, 4 + 8 * BarChart.ROW)
    assert chart.rows_shown() == (bars(8), 0)
    chart.resize(300, 4 + 5 * BarChart.ROW + BarChart.ROW // 2)  # room for five and a half
    shown, hidden = chart.rows_shown()
    assert len(shown) == 4 and hidden == 4  # four bars, then "and 4 more" on the fifth line


def test_the_clocks_run_again_when_the_window_is_shown_again(facilitator: Facilitator) -> None:
    w = facilitator.window
    w.close()  # "Keep the others open": the window is hidden, its clocks stop
    assert not w.ticker.isActive()
    facilitator.clock.advance(timedelta(seconds=5).total_seconds())
    w.show()
    assert w.ticker.isActive()


def test_a_narrow_timer_bar_keeps_its_words_rather_than_drawing_over_them(qtbot: QtBot) -> None:
    from facilitation.ui.facilitator.timer_bar import TimerBar

    bar = TimerBar(height=34)
    qtbot.addWidget(bar)
    bar.set_times(timedelta(minutes=5, seconds=45), timedelta(minutes=10))
    bar.resize(600, 34)
    assert bar.text() and bar.shown_detail() == "5:45 / 10:00"
    font = bar.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    bar.setFont(font)
    bar.resize(bar.fontMetrics().horizontalAdvance(bar.text() + " 5:45 / 10:00"), 34)
    assert bar.shown_detail() == ""  # both did not fit: the times give way (in the tooltip)
    assert "5:45" in bar.toolTip()


def _under_way(clock: FakeClock, long_names: bool = True) -> LiveMeeting:
    """The question with the longest word ("refinancement,") open, Anne speaking, the eight people
    with long names waiting (or, ``long_names`` False, four of the meeting's own: the keys' hints
    have room under the queue)."""
    m = sample_meeting()
    waiting = add_people(m) if long_names else ["marc", "karim", "sophie", "lucie"]
    live = LiveMeeting(m)
    live.apply(StartMeeting(clock.now(), new_id(), "i2"))
    live.apply(RequestFloor(new_id(), "anne", clock.now()))
    live.apply(GiveFloor(new_id(), clock.now()))
    for pid in waiting:
        clock.advance(20)
        live.apply(RequestFloor(new_id(), pid, clock.now()))
    clock.advance(185)
    return live


@contextmanager
def shown_window(
    qapp: QApplication,
    qtbot: QtBot,
    live: LiveMeeting,
    clock: FakeClock,
    settings: QSettings,
    lang: str,
    first: QSize | None = None,
) -> Iterator[FacilitatorWindow]:
    """The facilitator's window in ``lang`` on ``live``, shown (first at ``first``, as the window
    sizes itself to the screen's free area); closed, and the language put back, afterwards."""
    translators = install_translators(qapp, lang)
    try:
        window = FacilitatorWindow(AppContext(live, clock, settings, lang=lang))
        window.interactive = False
        qtbot.addWidget(window)
        if first is not None:
            window.resize(first)
        window.show()
        qtbot.waitExposed(window)
        yield window
    finally:
        remove_translators(qapp, translators)


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_shown_first_on_a_laptop_at_125_percent_the_window_stays_on_the_screen(
    qapp: QApplication, qtbot: QtBot, clock: FakeClock, ui_settings: QSettings, lang: str
) -> None:
    """A 1366×768 screen at 125 %: 1093×582 free. While its panels were first laid out, the queue's
    hints and the tabs asked for more than that (634 px in French), the window grew to it and
    stayed, its step buttons and status bar below the screen's edge; it comes back once the
    speakers' column has made room."""
    free = QSize(1093, 582)
    # a meeting under way, as it is reopened: someone speaking, four waiting
    live = _under_way(clock, long_names=False)
    with shown_window(qapp, qtbot, live, clock, ui_settings, lang, free) as window:
        qtbot.waitUntil(lambda: window.size() == free)
        for _ in range(4):
            QApplication.processEvents()
        assert window.size() == free  # and it stays
        bottom = window.statusBar().geometry().bottom()
        assert bottom < free.height()
        for button in window.step_buttons.values():
            corner = button.mapTo(window, button.rect().bottomRight())
            assert corner.y() < free.height() and corner.x() < free.width()


def test_a_size_someone_chose_is_kept_when_it_is_taller_than_the_screen(
    facilitator: Facilitator,
    qtbot: QtBot,
) -> None:
    # only a growth by the window's own least size is given back, not a size the user chose
    w = facilitator.window
    w.resize(1280, 1100)
    for _ in range(6):
        QApplication.processEvents()
    assert w.size() == QSize(1280, 1100)


@pytest.mark.parametrize("waiting", [8, 4])
@pytest.mark.parametrize("screen", SMALL_SCREENS, ids=str)
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_on_the_smaller_screens_every_panel_fits_and_nothing_is_cut(
    qapp: QApplication,
    qtbot: QtBot,
    clock: FakeClock,
    ui_settings: QSettings,
    no_leaks: None,
    lang: str,
    screen: Screen,
    waiting: int,
) -> None:
    """1280×800 at 125 % and 1920×1080 at 175 %: the French window's least width was 1062 pixels
    (the agenda's 340, the question's widest word in its large font, the speakers' 340) and it hung
    off the screen. Shown first at the free area as the app sizes it, then placed there."""
    free = screen.available.size()
    live = _under_way(clock, waiting == 8)
    with shown_window(qapp, qtbot, live, clock, ui_settings, lang, free) as window:
        for _ in range(4):
            QApplication.processEvents()
        assert window.size() == free, "shown first"
        place(window, screen)
        assert window.size() == free, "placed"
        assert window.minimumSizeHint().boundedTo(free) == window.minimumSizeHint()
        # every panel shown, side by side within the window
        splitter = window.splitter
        right = splitter.mapTo(window, splitter.rect().bottomRight())
        assert right.x() < free.width() and right.y() < free.height()
        for i in range(splitter.count()):
            panel = splitter.widget(i)
            assert panel is not None
            least = panel.minimumWidth() or panel.minimumSizeHint().width()  # as the splitter
            assert panel.isVisible() and panel.width() >= least > 0
        assert window.statusBar().geometry().bottom() < free.height()
        for button in window.step_buttons.values():
            corner = button.mapTo(window, button.rect().bottomRight())
            assert corner.y() < free.height() and corner.x() < free.width()
        assert overlapping_siblings(window) == []
        assert cut_texts(window) == []
        assert check_titles(window.agenda) == []
        tabs = window.people_tabs
        if tabs.property("folded"):  # down to their bar: no blank page below the queue
            assert tabs.height() == tabs.tabBar().sizeHint().height(), tabs.height()
        f = Facilitator(window.ctx, window, clock)
        rows = whole_rows(f)
        assert rows == list(range(waiting)), f"{len(rows)} whole rows"
        if waiting == 8:
            check_names_whole(f, rows)


def test_on_a_narrow_window_the_agenda_gives_way_below_its_least_for_the_question() -> None:
    # 1024 pixels less the margins and handles; a row of the queue needs 344, the step buttons
    # 380 on one line and 338 with their words on two lines (French)
    split = default_split(980, 344, 380, 338)
    assert split == [980 - 344 - 338, 338, 344]
    assert AGENDA_NARROWEST <= split[0] < AGENDA_LEAST
    # where the question's column has its least, the agenda keeps its own
    assert default_split(1053, 344, 380, 338)[0] == AGENDA_LEAST
    # large text (a row wider than the speakers' range): the speakers give way first, as far as
    # their range's least, before the agenda does
    assert default_split(1302, 620, 700, 424) == [AGENDA_LEAST, 424, 1302 - AGENDA_LEAST - 424]


@pytest.mark.parametrize("scale", [1.5, 2.0])
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_with_larger_text_the_question_takes_a_smaller_font_rather_than_a_cut_word(
    qapp: QApplication,
    qtbot: QtBot,
    clock: FakeClock,
    ui_settings: QSettings,
    no_leaks: None,
    lang: str,
    scale: float,
) -> None:
    """At 200 % on a 1366×768 laptop "refinancement," (549 pixels at 48 pt) was cut at the edge of
    a middle column 410 pixels wide; the question now draws in a smaller font, its words whole."""
    with shown_window(qapp, qtbot, _under_way(clock), clock, ui_settings, lang) as window:
        apply_text_scale(window, scale)
        QApplication.processEvents()
        place(window, LAPTOP)
        question = window.current.question
        given = question.font().pointSizeF()
        assert given == pytest.approx(24 * scale)
        assert QUESTION_LEAST_SHARE * given <= question.fontInfo().pointSizeF() < given
        assert cut_texts(window) == []
        assert overlapping_siblings(window) == []
        # back to normal text: the question's own size again
        apply_text_scale(window, 1.0)
        for _ in range(4):
            QApplication.processEvents()
        assert question.fontInfo().pointSizeF() == pytest.approx(24)
        assert cut_texts(window) == []
