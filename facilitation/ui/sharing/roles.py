"""The roles as the windows show them: one table of their names (``role_name``), of the Invite
dialog's choices (``role_choice``, with their mnemonics) and of what each may do (``role_help``),
all through ``tr()``; and which roles write notes or run the meeting.

The windows hold roles as ``facilitation.sync.roles.Role`` (a combo box or a menu carries the Role
itself as its data), never as strings to convert; only the words shown are made here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitation.sync.roles import Role

# the roles a device can be invited with, in the order offered
INVITED_ROLES = (Role.COFACILITATOR, Role.NOTETAKER, Role.VIEWER)
# the roles that may write notes (the floor's table says the same: ``sync.roles.may_write``)
WRITERS = frozenset({Role.HOST, Role.COFACILITATOR, Role.NOTETAKER})
# the roles that run the meeting (the facilitator's window's live actions)
RUNNERS = frozenset({Role.HOST, Role.COFACILITATOR})


def _tr(text: str) -> str:
    return QCoreApplication.translate("Roles", text)


def role_name(role: Role | None) -> str:
    """A role as the windows name it in a sentence or a list ("note-taker"); "no role" for None."""
    if role is Role.HOST:
        return _tr("facilitator (host)")
    if role is Role.COFACILITATOR:
        return _tr("co-facilitator")
    if role is Role.NOTETAKER:
        return _tr("note-taker")
    if role is Role.VIEWER:
        return _tr("projector / viewer")
    return _tr("no role")


def role_choice(role: Role) -> str:
    """A role as a choice of its own (a radio button, with its mnemonic)."""
    if role is Role.COFACILITATOR:
        return _tr("&Co-facilitator")
    if role is Role.NOTETAKER:
        return _tr("&Note-taker")
    if role is Role.VIEWER:
        return _tr("&Projector / viewer")
    return _tr("&Facilitator (host)")


def role_help(role: Role) -> str:
    """One line on what a device with ``role`` may do."""
    if role is Role.COFACILITATOR:
        return _tr(
            "Runs the meeting too: steps the agenda, gives the floor, edits everything. "
            "Cannot invite."
        )
    if role is Role.NOTETAKER:
        return _tr(
            "Writes the notes, decisions and actions; reads everything; cannot step the agenda."
        )
    if role is Role.VIEWER:
        return _tr("Shows the meeting (the projector): reads only, changes nothing.")
    return _tr("Shares the meeting, invites the other devices and gives their roles.")


def may_write_notes(role: Role | None) -> bool:
    """None: no role (not granted yet, or removed): nothing."""
    return role is not None and role in WRITERS
