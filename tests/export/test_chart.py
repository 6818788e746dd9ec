"""The speaking-time chart: a real PNG, one bar per group, the longest bar the widest."""

from __future__ import annotations

from PySide6.QtGui import QColor, QImage

from facilitation.export.chart import bar_chart_png, ensure_gui_app


def _bar_width(image: QImage, y: int) -> int:
    bar = QColor("#4a6f8a").rgb()
    return sum(1 for x in range(image.width()) if image.pixel(x, y) == bar)


def test_bars_are_proportional() -> None:
    assert ensure_gui_app()
    png = bar_chart_png(
        [("CPAS", 600.0), ("Maison médicale", 300.0), ("Sans groupe", 0.0)],
        lambda s: f"{s / 60:.0f} min",
    )
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage.fromData(png)
    assert not image.isNull()
    # rows: margin 24, bar 50, gap 22: the middle of each bar
    first, second, third = (_bar_width(image, 24 + i * 72 + 25) for i in range(3))
    assert first > 0 and abs(second * 2 - first) <= 3 and third == 0
