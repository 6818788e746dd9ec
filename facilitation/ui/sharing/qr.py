"""The invitation's QR code, drawn here from its matrix (segno makes the matrix; nothing is fetched
from any service): black modules on white with the quiet zone around, at a whole number of pixels
per module so that a phone's camera reads it sharply."""

from __future__ import annotations

import segno

from PySide6.QtCore import QCoreApplication, QRect, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

#: the white border a reader needs around the code, in modules (the standard's four)
QUIET = 4


def qr_matrix(text: str) -> list[list[bool]]:
    """The code's dark (True) and light modules, row by row, without the quiet zone."""
    code = segno.make(text, error="m", micro=False)
    return [[bool(cell) for cell in row] for row in code.matrix]


def qr_image(text: str, scale: int = 8) -> QImage:
    """The code as an image, ``scale`` pixels a module, quiet zone included."""
    matrix = qr_matrix(text)
    side = (len(matrix) + 2 * QUIET) * scale
    image = QImage(side, side, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    _paint(painter, matrix, QUIET * scale, QUIET * scale, scale)
    painter.end()
    return image


def _paint(painter: QPainter, matrix: list[list[bool]], x0: int, y0: int, scale: int) -> None:
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("black"))
    for y, row in enumerate(matrix):
        for x, dark in enumerate(row):
            if dark:
                painter.drawRect(QRect(x0 + x * scale, y0 + y * scale, scale, scale))


class QrView(QWidget):
    """Shows one text as a QR code, as large as it has room for (whole pixels a module)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self._matrix: list[list[bool]] = []
        self.setMinimumSize(QSize(220, 220))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(QCoreApplication.translate("InviteDialog", "QR code of the link"))

    def set_text(self, text: str) -> None:
        self._matrix = qr_matrix(text) if text else []
        self.update()

    @property
    def modules(self) -> int:
        """The code's side, in modules (0 when there is none)."""
        return len(self._matrix)

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def heightForWidth(self, width: int) -> int:
        return width

    def hasHeightForWidth(self) -> bool:
        return True

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self._matrix:
            return
        side = len(self._matrix) + 2 * QUIET
        scale = max(1, min(self.width(), self.height()) // side)
        total = side * scale
        x0 = (self.width() - total) // 2
        y0 = (self.height() - total) // 2
        painter = QPainter(self)
        painter.fillRect(QRect(x0, y0, total, total), QColor("white"))
        _paint(painter, self._matrix, x0 + QUIET * scale, y0 + QUIET * scale, scale)
        painter.end()
