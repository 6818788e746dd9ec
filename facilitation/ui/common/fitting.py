"""Fields wide enough for what they show before anything is typed.

A placeholder is an example of what to type ("ws://192.168.1.20:8765 · wss://relay.example.org"):
cut, it shows an example that is wrong. Qt elides it at the field's width, whatever the width. The
field is fitted again whenever its font changes (View → Text size applies to a dialog after it is
built), from the least width its code gave it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

#: QLineEdit's own margin between its contents and its text, on each side (qlineedit_p.h)
_TEXT_MARGIN = 2
#: the field's least width before any fitting (a dynamic property, so the filter is set once)
_BASE = "facilitationPlaceholderBaseWidth"
_REFIT = (QEvent.Type.FontChange, QEvent.Type.StyleChange)


def show_placeholder_whole(edit: QLineEdit) -> None:
    """Give ``edit`` the least width at which its placeholder is drawn whole, in its font now and
    in the fonts it is given later."""
    if edit.property(_BASE) is None:
        edit.setProperty(_BASE, edit.minimumWidth())
        edit.installEventFilter(_Refit(edit))
    _fit(edit)


def _fit(edit: QLineEdit) -> None:
    frame = QStyleOptionFrame()
    edit.initStyleOption(frame)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, frame, edit)
    chrome = frame.rect.width() - contents.width()  # the frame and the style's padding
    margins = edit.textMargins()
    text = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    need = text + chrome + margins.left() + margins.right() + 2 * _TEXT_MARGIN + 1
    width = max(int(edit.property(_BASE)), need)
    if edit.minimumWidth() != width:
        edit.setMinimumWidth(width)


class _Refit(QObject):
    """Fits its field again after a change of font or style (the new font is already set)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _REFIT and isinstance(watched, QLineEdit):
            _fit(watched)
        return False
