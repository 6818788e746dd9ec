"""The facilitator's window look: calm colours, one large question, quiet panels.

A style sheet keyed on object names, so widgets stay plain Qt widgets and the look lives in one place.
"""

from __future__ import annotations

STYLE = """
QMainWindow, QWidget#central { background: #f4f6f8; }
QFrame#agendaPanel, QFrame#currentItem, QFrame#queuePanel, QFrame#statsPanel {
    background: white; border: 1px solid #dde3ea; border-radius: 10px;
}
QTabWidget#peopleTabs::pane { background: white; border: 1px solid #dde3ea; border-radius: 10px; top: -1px; }
QTabWidget#peopleTabs QTabBar::tab {
    padding: 6px 14px; color: #5b6776; font-weight: 600; border: none; background: transparent;
}
QTabWidget#peopleTabs QTabBar::tab:selected { color: #17202b; border-bottom: 2px solid #4a7fb5; }
QListWidget#participants { border: none; background: white; font-size: 10.5pt; }
QListWidget#participants::item { padding: 4px; }
QFrame#statsPanel[inTab="true"] { border: none; }
QLabel#panelTitle { font-size: 11pt; font-weight: 600; color: #2b3440; }
QLabel#meetingTitle { font-size: 10pt; color: #5b6776; }
QLabel#itemStatus { font-size: 10pt; color: #5b6776; letter-spacing: 0.3px; }
QLabel#question { font-size: 24pt; font-weight: 600; color: #17202b; }
QLabel#subQuestions { font-size: 13pt; color: #2b3440; }
QLabel#description { font-size: 10.5pt; color: #4a5563; }
QLabel#meetingTime { font-size: 10.5pt; color: #2b3440; }
QLabel#projection { font-size: 11.5pt; color: #2b3440; font-weight: 600; }
QLabel#pauseBanner {
    font-size: 13pt; color: #6a4a00; background: #fdf3d7; border: 1px solid #ecd48a;
    border-radius: 8px; padding: 8px;
}
QLabel#sectionTitle { font-size: 10pt; font-weight: 600; color: #5b6776; }
QLabel#recorded { font-size: 10.5pt; color: #2b3440; }
QLabel#coming { font-size: 10pt; color: #5b6776; border-top: 1px solid #eef1f4; padding-top: 8px; }
QLabel#speakerName { font-size: 16pt; font-weight: 600; color: #17202b; }
QLabel#speakerName[idle="true"] { font-size: 12pt; font-weight: 400; color: #8a94a3; }
QLabel#hint { color: #6b7684; }
QLabel#error { color: #b03a2e; }
QLabel#saveState { color: #5b6776; padding: 0 8px; }
QLabel#problem { color: #8a2b1f; background: #fbe3df; border-radius: 4px; padding: 2px 8px; }
QTableView#agenda, QListView#queue {
    border: none; background: white; font-size: 10.5pt;
    selection-background-color: #d6e4f5; selection-color: #17202b;
}
QTableView#agenda:focus, QListView#queue:focus, QListWidget#participants:focus {
    border: 2px solid #4a7fb5; border-radius: 4px;
}
QListView#queue::item { padding: 5px 4px; border-bottom: 1px solid #eef1f4; }
QTableView#agenda::item { padding: 6px 4px; border-bottom: 1px solid #eef1f4; }
QHeaderView::section {
    background: white; border: none; border-bottom: 1px solid #dde3ea;
    color: #6b7684; padding: 4px; font-weight: 600;
}
QLineEdit#quickAdd { font-size: 11pt; padding: 5px 8px; border: 1px solid #b8c4d2; border-radius: 6px; }
QLineEdit#quickAdd:focus { border: 2px solid #4a7fb5; }
QPushButton#stepButton {
    padding: 7px 14px; border: 1px solid #c5cfdb; border-radius: 6px; background: #f7f9fb;
    color: #2b3440;
}
QPushButton#stepButton:hover { background: #eaf0f6; }
QPushButton#primaryButton {
    padding: 7px 16px; border: 1px solid #2f6b52; border-radius: 6px; background: #3f8f6b;
    color: white; font-weight: 600;
}
QPushButton#stepButton:disabled, QPushButton#primaryButton:disabled {
    color: #a9b2bd; background: #f4f6f8; border-color: #e1e6ec; font-weight: 400;
}
QStatusBar { background: #eef1f4; color: #2b3440; }
"""
