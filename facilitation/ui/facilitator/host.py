"""What the facilitator's menus and actions need of their window, as a protocol.

``actions.py`` (the actions, menus and step buttons) and ``file_menu.py`` (the File menu's work) are
called by :class:`~facilitation.ui.facilitator.window.FacilitatorWindow` and act on it; they see it only
through :class:`FacilitatorHost`, so the window module imports them and not the other way round (no
import cycle, and each can be read without the window's 450 lines).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QHBoxLayout, QMenuBar, QPushButton, QSplitter, QWidget

    from facilitation.models import Meeting

    from facilitation.ui.core.context import AppContext
    from facilitation.ui.dialogs.record_dialogs import RecordDialog
    from facilitation.ui.facilitator.agenda_panel import AgendaView
    from facilitation.ui.facilitator.queue_panel import QueuePanel


class FacilitatorHost(Protocol):
    ctx: AppContext
    #: every action by name ("next", "give_floor" …)
    actions: dict[str, QAction]
    step_buttons: dict[str, QPushButton]
    button_texts: dict[str, str]
    step_row: QHBoxLayout
    splitter: QSplitter
    queue: QueuePanel
    agenda: AgendaView

    @property
    def meeting(self) -> Meeting: ...

    def window(self) -> QWidget:
        """The window itself, as the parent of the dialogs it opens (``QWidget.window``)."""
        ...

    def menuBar(self) -> QMenuBar: ...

    def close(self) -> bool: ...

    def show_message(self, text: str) -> None: ...

    def refresh_save_state(self) -> None: ...

    def undo(self) -> None: ...

    def redo(self) -> None: ...

    def start_meeting(self) -> None: ...

    def previous_item(self) -> None: ...

    def next_item(self) -> None: ...

    def skip_item(self) -> None: ...

    def toggle_pause(self) -> None: ...

    def end_meeting(self) -> None: ...

    def end_turn(self) -> None: ...

    def focus_queue(self) -> None: ...

    def show_shortcuts(self) -> None: ...

    def record(self, kind: type[RecordDialog]) -> RecordDialog | None: ...
