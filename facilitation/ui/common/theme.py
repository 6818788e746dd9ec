"""The facilitator's window look: calm colours, one large question, quiet panels.

The look is keyed on object names, so widgets stay plain Qt widgets and the look lives in one place.
It is given mostly through fonts and palettes (labels, the window's background) and by painting the
white panels ("cards") directly; a style sheet is set only on the few widgets that need its box model
(the tables' rows, the buttons, the tabs, a banner). A style sheet on the whole window made Qt paint
every widget through its style-sheet style: a full repaint cost about three times as much.

``apply_theme(window)`` gives the look to a window and its children; ``set_label_look`` re-styles one
label whose role changes (the speaker's name when nobody has the floor).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF
from PySide6.QtGui import QColor, QFont, QPainter, QPalette, QPen
from PySide6.QtWidgets import QFrame, QLabel, QMainWindow, QTableView, QTabWidget, QWidget

BACKGROUND = "#f4f6f8"
CARD_BORDER = "#dde3ea"
CARD_RADIUS = 10.0

#: widgets drawn as white rounded panels
CARDS = (
    "agendaPanel",
    "currentItem",
    "queuePanel",
    "statsPanel",
    "peopleTabs",
    # the note-taker's window
    "notesHeader",
    "notesCard",
    "writeCard",
)

#: label name → (points or None to keep the size, weight or None, text colour)
LABELS: dict[str, tuple[float | None, int | None, str]] = {
    "panelTitle": (11, 600, "#2b3440"),
    "meetingTitle": (10, None, "#5b6776"),
    "itemStatus": (10, None, "#5b6776"),
    "question": (24, 600, "#17202b"),
    "subQuestions": (13, None, "#2b3440"),
    "description": (10.5, None, "#4a5563"),
    "meetingTime": (10.5, None, "#2b3440"),
    "projection": (11.5, 600, "#2b3440"),
    "sectionTitle": (10, 600, "#5b6776"),
    "recorded": (10.5, None, "#2b3440"),
    "speakerName": (16, 600, "#17202b"),
    "speakerName.idle": (12, 400, "#5b6776"),
    "hint": (None, None, "#5b6776"),
    # the note-taker's window: the item in view large, the clock and the speakers quiet
    "noteItemTitle": (15, 600, "#17202b"),
    "noteTimer": (11, 600, "#2b3440"),
    "noteQueue": (10.5, None, "#4a5563"),
    "notes_caption": (10, 600, "#5b6776"),
    "entry_caption": (10, 600, "#5b6776"),
    "error": (None, None, "#b03a2e"),
}

_VIEW = """
{sel} {{
    border: none; background: white; font-size: 10.5pt;
    selection-background-color: #d6e4f5; selection-color: #17202b;
}}
{sel}:focus {{ border: 2px solid #4a7fb5; border-radius: 4px; }}
"""

_STEP_DISABLED = """
QPushButton:disabled { color: #a9b2bd; background: #f4f6f8; border-color: #e1e6ec; font-weight: 400; }
"""

#: widget name → its own style sheet (only what a palette or a font cannot say)
SHEETS: dict[str, str] = {
    "queue": _VIEW.format(sel="QListView")
    + "QListView::item { padding: 5px 4px; border-bottom: 1px solid #eef1f4; }\n",
    "participants": """
QListWidget { border: none; background: white; font-size: 10.5pt; }
QListWidget::item { padding: 4px; }
QListWidget:focus { border: 2px solid #4a7fb5; border-radius: 4px; }
""",
    "quickAdd": """
QLineEdit { font-size: 11pt; padding: 5px 8px; border: 1px solid #b8c4d2; border-radius: 6px; }
QLineEdit:focus { border: 2px solid #4a7fb5; }
""",
    "stepButton": """
QPushButton {
    padding: 7px 14px; border: 1px solid #c5cfdb; border-radius: 6px; background: #f7f9fb;
    color: #2b3440;
}
QPushButton:hover { background: #eaf0f6; }
"""
    + _STEP_DISABLED,
    "primaryButton": """
QPushButton {
    padding: 7px 16px; border: 1px solid #245f45; border-radius: 6px; background: #2f7a58;
    color: white; font-weight: 600;
}
"""
    + _STEP_DISABLED,
    "pauseBanner": """
QLabel {
    font-size: 13pt; color: #6a4a00; background: #fdf3d7; border: 1px solid #ecd48a;
    border-radius: 8px; padding: 8px;
}
""",
    "coming": "QLabel { font-size: 10pt; color: #5b6776; border-top: 1px solid #eef1f4; "
    "padding-top: 8px; }",
    # the note-taker's window: entries readable at a glance, the field being typed in clearly framed
    "notesList": """
QListWidget {
    border: 1px solid #e1e6ec; border-radius: 6px; background: white; font-size: 11pt;
    alternate-background-color: #f7f9fb; selection-background-color: #d6e4f5;
    selection-color: #17202b;
}
QListWidget::item { padding: 6px 6px; border-bottom: 1px solid #eef1f4; }
QListWidget:focus { border: 2px solid #4a7fb5; }
""",
    "noteEditor": """
QPlainTextEdit {
    border: 1px solid #b8c4d2; border-radius: 6px; background: white; padding: 4px;
}
QPlainTextEdit:focus { border: 2px solid #4a7fb5; }
""",
    "noteField": """
QLineEdit { padding: 4px 8px; border: 1px solid #b8c4d2; border-radius: 6px; background: white; }
QLineEdit:focus { border: 2px solid #4a7fb5; }
""",
    "saveState": "QLabel { color: #5b6776; padding: 0 8px; }",
    "problem": "QLabel { color: #8a2b1f; background: #fbe3df; border-radius: 4px; "
    "padding: 2px 8px; }",
}

_HEADER = """
QHeaderView::section {
    background: white; border: none; border-bottom: 1px solid #dde3ea;
    color: #5b6776; padding: 4px; font-weight: 600;
}
"""

_TABS = """
QTabBar::tab {
    padding: 6px 14px; color: #5b6776; font-weight: 600; border: none; background: transparent;
}
QTabBar::tab:selected { color: #17202b; border-bottom: 2px solid #4a7fb5; }
"""

# the text-size setting (ui/common/accessibility.py) scales fonts from this property when it is set
_BASE_POINTS = "facilitationBasePoints"
_SCALE = "facilitationTextScale"


def set_label_look(label: QLabel, look: str) -> None:
    """Give ``label`` the font and colour of ``look`` (a key of LABELS), at the window's text size."""
    points, weight, colour = LABELS[look]
    font = QFont(label.font())
    if points is not None:
        scale = label.window().property(_SCALE)
        font.setPointSizeF(points * (float(scale) if scale is not None else 1.0))
        if label.property(_BASE_POINTS) is not None:
            label.setProperty(_BASE_POINTS, float(points))
    if weight is not None:
        font.setWeight(QFont.Weight(weight))
    if look == "itemStatus":
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 0.3)
    label.setFont(font)
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor(colour))
    label.setPalette(palette)


class CardPainter(QObject):
    """Paints the white rounded panels under their widgets (what a style sheet's border did)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            p = QPainter(watched)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            rect = QRectF(watched.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
            p.setPen(QPen(QColor(CARD_BORDER), 1.0))
            p.setBrush(QColor("white"))
            p.drawRoundedRect(rect, CARD_RADIUS, CARD_RADIUS)
            p.end()
        return False


def apply_theme(window: QWidget, whole_window: bool = True) -> None:
    """Give ``window`` and every child it has now the look of the facilitator's window.

    With ``whole_window`` False (a dialog of the window), only its labels and named controls get
    their look, not the window's background and panels.
    """
    cards = None
    if whole_window:
        _paint_background(window, BACKGROUND)
        if isinstance(window, QMainWindow):
            _paint_background(window.statusBar(), "#eef1f4", "#2b3440")
        # one painter per window, kept as an attribute (findChild walks every child: slow)
        cards = getattr(window, "_card_painter", None)
        if not isinstance(cards, CardPainter):
            cards = CardPainter(window)
            window._card_painter = cards  # type: ignore[attr-defined]
    for w in (window, *window.findChildren(QWidget)):
        name = w.objectName()
        if isinstance(w, QLabel) and name in LABELS:
            set_label_look(w, f"{name}.idle" if w.property("idle") == "true" else name)
        elif name == "agenda" and isinstance(w, QTableView):
            _plain_table(w)
        elif name in SHEETS and w.styleSheet() == "":
            w.setStyleSheet(SHEETS[name])
        if cards is not None and name in CARDS and w.property("inTab") != "true":
            w.installEventFilter(cards)
        if isinstance(w, QTabWidget) and name == "peopleTabs":
            w.tabBar().setStyleSheet(_TABS)


def _plain_table(view: QTableView) -> None:
    """The agenda's look without a style sheet on it: its rows are painted by its delegate."""
    view.setFrameShape(QFrame.Shape.NoFrame)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Base, QColor("white"))
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#d6e4f5"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#17202b"))
    view.setPalette(palette)
    font = QFont(view.font())
    font.setPointSizeF(10.5)
    view.setFont(font)
    # the header is painted only when the columns change: a style sheet of its own costs little
    view.horizontalHeader().setStyleSheet(_HEADER)


def _paint_background(w: QWidget, colour: str, text: str | None = None) -> None:
    palette = w.palette()
    palette.setColor(QPalette.ColorRole.Window, QColor(colour))
    if text is not None:
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
    w.setPalette(palette)
    w.setAutoFillBackground(True)
