"""Speaking time by group as a small horizontal bar chart, drawn with QPainter into a PNG.

QtGui only (never QtWidgets), offscreen: drawing text needs a ``QGuiApplication``, so one is made
when none exists (the command line runs with ``QT_QPA_PLATFORM=offscreen``). No plotting library.
"""

from __future__ import annotations

from typing import Any

# Qt allows one application object per process, and destroying it mid-process breaks later Qt use:
# the one this module makes (only when nobody else did) is kept here for the life of the process.
_made_app: list[Any] = []

WIDTH = 1400  # pixels; the image is placed 15 cm wide, so about 240 dpi
BAR_HEIGHT = 50
GAP = 22
MARGIN = 24


def ensure_gui_app() -> bool:
    """Make sure a QGuiApplication exists; False when only a QCoreApplication does (no fonts)."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if app is None:
        _made_app.append(QGuiApplication([]))
        return True
    return isinstance(app, QGuiApplication)


def bar_chart_png(bars: list[tuple[str, float]], duration: Any) -> bytes:
    """A PNG of one bar per (label, seconds); ``duration(seconds)`` writes the value at its end."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
    from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

    font = QFont("DejaVu Sans")
    font.setPixelSize(30)
    metrics = QFontMetricsF(font)
    label_w = min(
        WIDTH * 0.38, max((metrics.horizontalAdvance(lb) for lb, _ in bars), default=0) + 16
    )
    # as wide as the longest value written at a bar's end ("9 min 45 s")
    value_w = max((metrics.horizontalAdvance(duration(s)) for _, s in bars), default=0.0) + 20
    height = MARGIN * 2 + len(bars) * (BAR_HEIGHT + GAP) - GAP
    image = QImage(WIDTH, max(height, 1), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    top = max((s for _, s in bars), default=0) or 1.0
    bar_area = WIDTH - 2 * MARGIN - label_w - value_w
    painter = QPainter(image)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(font)
        for i, (label, seconds) in enumerate(bars):
            y = MARGIN + i * (BAR_HEIGHT + GAP)
            painter.setPen(QColor("#222222"))
            text = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 16)
            painter.drawText(
                QRectF(MARGIN, y, label_w - 16, BAR_HEIGHT),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                text,
            )
            w = max(2.0, bar_area * seconds / top) if seconds > 0 else 0.0
            x = MARGIN + label_w
            painter.fillRect(QRectF(x, y, w, BAR_HEIGHT), QColor("#4a6f8a"))
            painter.drawText(
                QRectF(x + w + 10, y, value_w, BAR_HEIGHT),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                duration(seconds),
            )
        # the axis: bars start from one visible line
        painter.setPen(QColor("#888888"))
        painter.drawLine(
            int(MARGIN + label_w), MARGIN - 6, int(MARGIN + label_w), height - MARGIN + 6
        )
    finally:
        painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # the stubs want bytes; Qt wants str
    buffer.close()
    return bytes(data.data())
