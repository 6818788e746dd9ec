"""The minutes as a PDF, made by the app itself with Qt (QtGui only): no office suite needed.

A :class:`QTextDocument` is filled from :func:`facilitation.export.pdf_html.minutes_html`, laid out
on A4 pages (2 cm margins, the bottom line kept for the page number) and painted page by page with a
:class:`QPainter` on a :class:`QPdfWriter`, which embeds the fonts it uses (subsets of DejaVu Sans,
the font the document asks for). Each page gets "Page N / M" at its foot.

The document never ends on a lone table row: when the last table's last row would be alone at the
top of the last page, the row before it goes with it (Qt moves a whole row when a block of one of
its cells asks for a page break; it never splits a row that fits on a page).

A heading is never the last line of a page: after the layout, a heading whose next block starts on
a later page gets a page break before it, and the layout is done again (a few rounds at most, each
moving headings only forwards).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlockFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)

from facilitation.export.parts import Minutes
from facilitation.export.pdf_html import CHART_URL, KEEP_STATE, minutes_html
from facilitation.export.widths import font_measure

FONT = "DejaVu Sans"
BODY_PT = 10.0
RESOLUTION = 300  # dots per inch of the layout; text stays vector, this only sets the grid
MARGINS_MM = QMarginsF(20, 18, 20, 16)
FOOTER_PT = 18.0  # the band at the foot of each page that holds the page number
KEEP_ROUNDS = 8

CSS = f"""
body {{ font-family: '{FONT}'; font-size: {BODY_PT}pt; }}
h1 {{ font-size: 15pt; margin-top: 14pt; margin-bottom: 6pt; color: #1f3a4d; }}
h2 {{ font-size: 13pt; margin-top: 14pt; margin-bottom: 6pt; color: #1f3a4d; }}
h3 {{ font-size: 11pt; margin-top: 10pt; margin-bottom: 3pt; }}
p {{ margin-top: 2pt; margin-bottom: 3pt; }}
th {{ font-weight: bold; }}
"""


def _points_to_px(points: float) -> float:
    return points * RESOLUTION / 72


def render_pdf(minutes: Minutes, *, chart_png: bytes | None) -> bytes:
    """The minutes as the bytes of a PDF file (A4, fonts embedded, pages numbered)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            MARGINS_MM,
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setTitle(minutes.doc_title)
    writer.setAuthor(minutes.author)
    writer.setCreator("Facilitation")
    area = writer.pageLayout().paintRectPixels(RESOLUTION)
    width, height = float(area.width()), float(area.height())
    body_height = height - _points_to_px(FOOTER_PT)

    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(writer)
    font = QFont(FONT)
    font.setPointSizeF(BODY_PT)
    doc.setDefaultFont(font)
    doc.setDefaultStyleSheet(CSS)
    doc.setDocumentMargin(0)
    doc.setPageSize(QSizeF(width, body_height))
    chart_width = 0
    if chart_png is not None:
        image = QImage.fromData(chart_png)
        if not image.isNull():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(CHART_URL), image)
            # in Qt's own pixels (96 per inch), which it scales to the PDF's resolution itself
            chart_width = int(min(width, _points_to_px(425)) * 96 / RESOLUTION)  # 15 cm, as in Word
    page_pt = width * 72 / RESOLUTION
    doc.setHtml(minutes_html(minutes, page_pt, font_measure(BODY_PT, FONT), chart_width))
    _keep_headings_with_next(doc, body_height)
    _no_lone_last_row(doc, body_height)

    painter = QPainter()
    if not painter.begin(writer):
        raise RuntimeError("the PDF writer cannot be painted on")
    try:
        pages = doc.pageCount()
        footer = QFont(FONT)
        footer.setPointSizeF(8)
        for page in range(pages):
            if page:
                writer.newPage()
            painter.save()
            painter.translate(0, -page * body_height)
            # drawContents paints every block that touches the clip rectangle, edges included: a
            # block starting exactly at the next page's top would be painted (clipped, unseen, but
            # there for text extraction and screen readers) on this page too; one pixel less
            clip = QRectF(0, page * body_height, width, body_height - 1)
            painter.setClipRect(clip)
            doc.drawContents(painter, clip)
            painter.restore()
            painter.setFont(footer)
            painter.setPen(QColor("#555555"))
            painter.drawText(
                QRectF(0, body_height, width, height - body_height),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom),
                f"{minutes.words['Page']} {page + 1} / {pages}",
            )
    finally:
        painter.end()
    buffer.close()
    return bytes(data.data())


def _keeps_with_next(block: Any) -> bool:
    return int(block.userState()) == KEEP_STATE


def _keep_headings_with_next(doc: QTextDocument, page_height: float) -> None:
    layout = doc.documentLayout()

    def top(block: Any) -> float:
        # where its first line is: a line that did not fit (a tall image) moves to the next page
        # while the block itself still starts at the foot of this one
        y = float(layout.blockBoundingRect(block).top())
        lines = block.layout()
        if lines is not None and lines.lineCount():
            y += float(lines.lineAt(0).y())
        return y

    def page_of(block: Any) -> int:
        return int(top(block) // page_height)

    for _ in range(KEEP_ROUNDS):
        moved = False
        layout.documentSize()  # Qt lays out lazily: finish it, or later blocks' places are stale
        block = doc.begin()
        while block.isValid():
            nxt = block.next()
            if _keeps_with_next(block) and nxt.isValid() and page_of(nxt) > page_of(block):
                # move the whole run of headings and labels that lead to it ("Items discussed",
                # "1. Welcome", its small print), from the first of them
                page = page_of(block)
                first = block
                prev = first.previous()
                while prev.isValid() and _keeps_with_next(prev) and page_of(prev) == page:
                    first, prev = prev, prev.previous()
                if top(first) - page * page_height > 1:  # not already at the top of its page
                    new = QTextBlockFormat(first.blockFormat())
                    new.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                    QTextCursor(first).setBlockFormat(new)
                    moved = True
                    layout.documentSize()  # measure what follows on the new layout
            block = nxt
        if not moved:
            return


def _no_lone_last_row(doc: QTextDocument, page_height: float) -> None:
    frames = doc.rootFrame().childFrames()
    if not frames or not isinstance(frames[-1], QTextTable):
        return
    table = frames[-1]
    # only when the table ends the document: nothing but an empty paragraph after it
    if doc.rootFrame().lastPosition() - table.lastPosition() > 2:
        return
    layout = doc.documentLayout()
    layout.documentSize()
    rows, header = table.rows(), table.format().headerRowCount()
    if rows - header < 3:
        return  # a table of one or two rows goes whole or not at all; nothing to balance

    def page_of_row(row: int) -> int:
        block = table.cellAt(row, 0).firstCursorPosition().block()
        return int(layout.blockBoundingRect(block).top() // page_height)

    if page_of_row(rows - 1) > page_of_row(rows - 2):
        block = table.cellAt(rows - 2, 0).firstCursorPosition().block()
        fmt = QTextBlockFormat(block.blockFormat())
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(block).setBlockFormat(fmt)
        layout.documentSize()
