"""Fields wide enough for what they show before anything is typed.

A placeholder is an example of what to type ("ws://192.168.1.20:8765 · wss://relay.example.org"):
cut, it shows an example that is wrong. Qt elides it at the field's width, whatever the width."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QStyle, QStyleOptionFrame

#: QLineEdit's own margin between its contents and its text, on each side (qlineedit_p.h)
_TEXT_MARGIN = 2


def show_placeholder_whole(edit: QLineEdit) -> None:
    """Give ``edit`` the least width at which its placeholder is drawn whole, in its font now."""
    frame = QStyleOptionFrame()
    edit.initStyleOption(frame)
    contents = edit.style().subElementRect(QStyle.SubElement.SE_LineEditContents, frame, edit)
    chrome = frame.rect.width() - contents.width()  # the frame and the style's padding
    margins = edit.textMargins()
    text = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    need = text + chrome + margins.left() + margins.right() + 2 * _TEXT_MARGIN + 1
    if edit.minimumWidth() < need:
        edit.setMinimumWidth(need)
