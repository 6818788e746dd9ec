"""What the status line says about saving, the same in every window, and never more than is true.

``storage.Session.status()`` says where the meeting stands (:class:`SaveState`); this module only
puts it in the user's words. "Every change is kept" is said only while the autosave writes every
change; the note-taker's window, whose notes are the ones at risk, shows the same warning.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitation.storage.session import SaveState

from facilitation.ui.core.i18n import clock_time


def _tr(text: str) -> str:
    return QCoreApplication.translate("SaveState", text)


def save_state_text(session: object, read_only: bool) -> tuple[str, bool]:
    """The status line's words, and whether they are a warning (shown as one, and not only by
    colour: the words themselves say it)."""
    if read_only:
        return _tr("Read-only: changes are not saved"), False
    if session is None:
        return _tr("Not saved (no file)"), False
    status = session.status()  # type: ignore[attr-defined]
    state = getattr(status, "state", SaveState.KEPT if status.ok else SaveState.AT_RISK)
    if state is SaveState.AT_RISK:
        return _tr("⚠ Changes are not being kept: a crash now would lose them"), True
    if state is SaveState.NOT_FLUSHED:
        return _tr(
            "⚠ Every change is written, but the disk does not confirm it: a power cut could "
            "lose the last ones"
        ), True
    if state is SaveState.FILE_CHANGED:
        return _tr("⚠ Not saved to the file: someone else changed it"), True
    if state is SaveState.FILE_FAILING:
        return _tr("⚠ Every change is kept in the autosave, but not saved to the file"), True
    if status.last_saved is not None:
        return _tr("Every change is kept · saved to file at %1").replace(
            "%1", clock_time(status.last_saved)
        ), False
    return _tr("Every change is kept"), False
