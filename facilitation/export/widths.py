"""Column widths sized to their words: a header never breaks inside a word.

A table's relative widths (:attr:`Table.widths`) say how the page is shared; but a narrow column
whose header is one long word ("Interventions", "Intervenant·es") would break that word in two. So
every column first gets the width of its longest word (in the header, and in the cells up to a
third of the page, so one long link does not starve the others), measured in the font the document
uses, plus the cell's margins; what is left of the page is then shared by the relative widths.

Words are measured with Qt's font metrics when a QGuiApplication exists (the export makes one to
draw its chart), in a wide sans-serif (DejaVu Sans, wider than Calibri and Carlito), so the width
holds in Word and in LibreOffice alike; without one, by a generous estimate per character.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from facilitation.export.parts import Table

Measure = Callable[[str, bool], float]

#: a character's width in ems when no font metrics are at hand (bold DejaVu Sans is about 0.69)
_EM_ESTIMATE = 0.72
SLACK = 1.08


def font_measure(size_pt: float, family: str = "DejaVu Sans") -> Measure:
    """``measure(word, bold)``: the word's width in points at ``size_pt``."""
    metrics: dict[bool, object] = {}
    try:
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtGui import QFont, QFontMetricsF, QGuiApplication

        if isinstance(QCoreApplication.instance(), QGuiApplication):
            for bold in (False, True):
                font = QFont(family)
                # points are what a document measures in: a pixel size at 72 dpi equals points
                font.setPixelSize(100)
                font.setBold(bold)
                metrics[bold] = QFontMetricsF(font)
    except ImportError:  # pragma: no cover - Qt is a dependency; this is the documented fallback
        metrics = {}

    def measure(word: str, bold: bool) -> float:
        fm = metrics.get(bold)
        if fm is None:
            return len(word) * size_pt * _EM_ESTIMATE
        return float(fm.horizontalAdvance(word)) * size_pt / 100  # type: ignore[attr-defined]

    return measure


def _longest(texts: Sequence[str], bold: bool, measure: Measure) -> float:
    best = 0.0
    for text in texts:
        for word in text.split():
            best = max(best, measure(word, bold))
    return best


def fit_widths(t: Table, total: float, measure: Measure, padding: float) -> list[float]:
    """Column widths (same unit as ``total``) that add up to ``total``.

    ``padding`` is what a cell takes besides its text (left and right margins, in that unit);
    ``measure`` gives a word's width in that unit.
    """
    n = len(t.headers)
    cap = total / 3
    floors = []
    for i in range(n):
        head = _longest([t.headers[i]], True, measure)
        cells = [row[i] for row in t.rows if i < len(row)]
        if t.total is not None and i < len(t.total):
            head = max(head, _longest([t.total[i]], True, measure))
        body = min(cap, _longest(cells, False, measure))
        # 8 % to spare: readers lay text out with their own hinting and kerning, and a word that
        # fits to the point in our measure can still wrap in theirs
        floors.append(max(head, body) * SLACK + padding)
    if sum(floors) >= total:
        # the words do not fit side by side at all: share the page in proportion to them
        scale = total / sum(floors)
        return [f * scale for f in floors]
    weights = list(t.widths)
    widths = [0.0] * n
    fixed: set[int] = set()
    # give the proportional share; a column below its floor takes its floor, and the rest is
    # shared again among the others (at most n rounds: each fixes one column or ends)
    for _ in range(n):
        free = [i for i in range(n) if i not in fixed]
        room = total - sum(floors[i] for i in fixed)
        weight = sum(weights[i] for i in free) or 1.0
        short = [i for i in free if room * weights[i] / weight < floors[i]]
        if not short:
            for i in free:
                widths[i] = room * weights[i] / weight
            break
        fixed.update(short)
    for i in fixed:
        widths[i] = floors[i]
    left = total - sum(widths)
    if left > 1e-6:  # every column took its floor: share what is left by the weights
        weight = sum(weights) or 1.0
        widths = [w + left * weights[i] / weight for i, w in enumerate(widths)]
    return widths
