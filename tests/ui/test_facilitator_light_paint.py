"""The middle panel and the agenda paint cheaply and still show everything (next item's budget).

The recorded list is drawn from text layouts (its kinds in bold) rather than rich text, the
sub-questions are plain text, the question is selectable only while the mouse is over it, and the
agenda gives its title all the room the compact number columns leave, hiding the planned start and
the time spent when it is narrow (the row's tooltip keeps both, with the full title).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QPointF, Qt
from PySide6.QtGui import QEnterEvent, QFont
from PySide6.QtWidgets import QApplication

from facilitation.models import Create, Decision, SetDetails, StartMeeting, StepTo
from tests.ui.conftest import Facilitator

from facilitation.ui.facilitator.agenda_model import COL_AT, COL_PLANNED, COL_SPENT, COL_TITLE
from facilitation.ui.facilitator.agenda_panel import TITLE_SHARE


def _agenda_width(f: Facilitator, width: int) -> None:
    sizes = f.window.splitter.sizes()
    f.window.resize(max(f.window.width(), width + sizes[1] + sizes[2] + 80), f.window.height())
    f.window.splitter.setSizes([width, sizes[1], sizes[2]])
    QApplication.processEvents()


def test_a_narrow_agenda_keeps_its_titles_readable(facilitator: Facilitator) -> None:
    f = facilitator
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1", "i1"))
    f.clock.advance(120)
    f.ctx.live.apply(StepTo("i2", f.clock.now(), "r2"))
    view, header = f.window.agenda, f.window.agenda.horizontalHeader()

    _agenda_width(f, 340)
    room = view.viewport().width()
    assert header.sectionSize(COL_TITLE) >= TITLE_SHARE * room
    # the title stretches over what the other columns leave: the row is filled, no more
    shown = [c for c in range(header.count()) if not view.isColumnHidden(c)]
    assert sum(header.sectionSize(c) for c in shown) == room
    assert view.isColumnHidden(COL_AT)
    hidden = [c for c in (COL_AT, COL_SPENT) if view.isColumnHidden(c)]

    _agenda_width(f, 900)
    assert not view.isColumnHidden(COL_AT) and not view.isColumnHidden(COL_SPENT)
    # shown again at its full width (Qt gives a hidden section no size hint)
    for col in hidden:
        assert header.sectionSize(col) >= header.sectionSizeHint(col) > 0
    assert header.sectionSize(COL_TITLE) > header.sectionSize(COL_AT) * 4


def test_the_rows_tooltip_has_the_full_title_and_what_a_narrow_agenda_hides(
    facilitator: Facilitator,
) -> None:
    f = facilitator
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1", "i1"))
    f.clock.advance(180)
    f.window.refresh_times()
    model = f.window.agenda_model
    title = f.meeting.items["i1"].title
    tip = model.data(model.index(0, COL_TITLE), Qt.ItemDataRole.ToolTipRole)
    first = tip.splitlines()[0]
    assert first.startswith(title)
    at = model.data(model.index(0, COL_AT), Qt.ItemDataRole.DisplayRole)
    spent = model.data(model.index(0, COL_SPENT), Qt.ItemDataRole.DisplayRole)
    assert at and at in first
    assert spent == "3" and "3" in first.removeprefix(title)
    assert "Pour qui ?" in tip


def test_following_the_live_item_moves_the_selection_and_the_current_row(
    facilitator: Facilitator,
) -> None:
    f = facilitator
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1", "i1"))
    f.ctx.live.apply(StepTo("i3", f.clock.now(), "r2"))
    view = f.window.agenda
    assert view.selected_item_id() == "i3"
    assert view.currentIndex().row() == 2
    assert [i.row() for i in view.selectionModel().selectedRows()] == [2]


def test_the_recorded_list_shows_each_kind_in_bold_and_a_hint_when_empty(
    facilitator: Facilitator,
) -> None:
    f = facilitator
    f.ctx.live.apply(StartMeeting(f.clock.now(), "r1", "i1"))
    panel = f.window.current
    QApplication.processEvents()
    assert panel.recorded.text().startswith("Nothing yet.")
    f.ctx.live.apply(
        Create.of("decisions", Decision("d1", "i1", "On garde le jeudi.", f.clock.now()))
    )
    QApplication.processEvents()
    assert panel.recorded.text() == "Decision (consensus): On garde le jeudi."
    panel.recorded.repaint()  # lays the paragraphs out
    layouts = panel.recorded._lay_out()
    assert len(layouts) == 1
    (bold,) = layouts[0].formats()
    assert (bold.start, bold.length) == (0, len("Decision"))
    assert bold.format.fontWeight() == QFont.Weight.Bold
    # plain sub-questions, one bullet each
    assert panel.sub_questions.textFormat() == Qt.TextFormat.PlainText
    assert panel.sub_questions.text().splitlines() == ["•  Pour qui ?", "•  Avec quels moyens ?"]


def test_the_question_is_selectable_while_the_mouse_is_over_it(facilitator: Facilitator) -> None:
    question = facilitator.window.current.question
    selectable = Qt.TextInteractionFlag.TextSelectableByMouse
    assert not question.textInteractionFlags() & selectable
    inside = QPointF(5, 5)
    QApplication.sendEvent(question, QEnterEvent(inside, inside, inside))
    assert question.textInteractionFlags() & selectable
    QApplication.sendEvent(question, QEvent(QEvent.Type.Leave))
    assert not question.textInteractionFlags() & selectable


def test_the_number_columns_follow_a_larger_text(facilitator: Facilitator) -> None:
    view, header = facilitator.window.agenda, facilitator.window.agenda.horizontalHeader()
    _agenda_width(facilitator, 900)
    before = header.sectionSize(COL_PLANNED)
    font = QFont(view.font())
    font.setPointSizeF(font.pointSizeF() * 2)
    view.setFont(font)
    QApplication.processEvents()
    assert header.sectionSize(COL_PLANNED) > before
    assert header.sectionSize(COL_PLANNED) >= view.sizeHintForColumn(COL_PLANNED)


def test_moving_the_selection_does_not_repaint_the_agenda_header(
    facilitator: Facilitator,
) -> None:
    view = facilitator.window.agenda
    header = view.horizontalHeader().viewport()
    view.select_item("i2")
    facilitator.window.repaint()  # nothing left to paint from the start
    QApplication.processEvents()
    paints: list[int] = []

    class Count(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if watched is header and event.type() == QEvent.Type.Paint:
                paints.append(1)
            return False

    counter = Count()
    header.installEventFilter(counter)
    view.select_item("i3")
    QApplication.processEvents()
    header.removeEventFilter(counter)
    assert view.selected_item_id() == "i3"
    assert paints == []


def test_an_empty_column_shown_again_gets_its_headings_width(facilitator: Facilitator) -> None:
    """Without a planned start the "At" column is empty: its heading gives its width, also after
    a narrow agenda hid it (Qt gives a hidden section no size hint)."""
    f = facilitator
    f.ctx.live.apply(SetDetails(replace(f.meeting.details, planned_start=None)))
    view, header = f.window.agenda, f.window.agenda.horizontalHeader()
    _agenda_width(f, 900)
    shown_width = header.sectionSize(COL_AT)
    assert view.sizeHintForColumn(COL_AT) == 0 and shown_width > 0
    view.setColumnHidden(COL_AT, True)  # as a narrow agenda does
    _agenda_width(f, 905)
    assert not view.isColumnHidden(COL_AT)
    assert header.sectionSize(COL_AT) == shown_width
