"""The start-up baseline: the least a PySide6 app can do — a main window with a few widgets, painted.

Run as a script by the start-up benchmark, alternately with ``facilitation --demo
--terminate-after-init``; its time and peak memory are the floor the app is measured against.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.menuBar().addMenu("File").addAction("Quit", app.quit)
    central = QWidget()
    layout = QVBoxLayout(central)
    layout.addWidget(QLabel("Point 1: the agenda question, as the room sees it"))
    speakers = QListWidget()
    speakers.addItems([f"Speaker {i}" for i in range(12)])
    layout.addWidget(speakers)
    row = QHBoxLayout()
    for text in ("Give the floor", "Next item", "Pause"):
        row.addWidget(QPushButton(text))
    layout.addLayout(row)
    layout.addWidget(QLineEdit())
    window.setCentralWidget(central)
    window.statusBar().showMessage("ready")
    window.resize(1000, 700)
    window.show()
    app.processEvents()
    # paint now, synchronously, as the app's --terminate-after-init does before it quits
    window.repaint()
    window.grab()
    app.processEvents()
    window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
