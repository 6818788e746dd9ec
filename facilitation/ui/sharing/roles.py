"""The roles as the windows show them: one table of their names (``role_name``), of the Invite
dialog's choices (``role_choice``, with their mnemonics) and of what each may do (``role_help``),
all through ``tr()``; and which roles write notes or run the meeting.

The windows hold roles as ``facilitation.sync.roles.Role`` (a combo box or a menu carries the Role
itself as its data), never as strings to convert; only the words shown are made here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.sync.roles import Role

# the roles a device can be invited with, in the order offered
INVITED_ROLES = (Role.COFACILITATOR, Role.NOTETAKER, Role.VIEWER)
# the roles that may write notes (the floor's table says the same: ``sync.roles.may_write``)
WRITERS = frozenset({Role.HOST, Role.COFACILITATOR, Role.NOTETAKER})
# the roles that run the meeting (the facilitator's window's live actions)
RUNNERS = frozenset({Role.HOST, Role.COFACILITATOR})


def _tr(text: str) -> str:
    return QCoreApplication.translate("Roles", text)


# each role's words, untranslated: its name in a sentence or a list ("note-taker"), its choice of
# its own (a radio button, with its mnemonic) and one line on what a device holding it may do
_WORDS: dict[Role, tuple[str, str, str]] = {
    Role.HOST: (
        QT_TRANSLATE_NOOP("Roles", "facilitator (host)"),
        QT_TRANSLATE_NOOP("Roles", "&Facilitator (host)"),
        QT_TRANSLATE_NOOP(
            "Roles", "Shares the meeting, invites the other devices and gives their roles."
        ),
    ),
    Role.COFACILITATOR: (
        QT_TRANSLATE_NOOP("Roles", "co-facilitator"),
        QT_TRANSLATE_NOOP("Roles", "&Co-facilitator"),
        QT_TRANSLATE_NOOP(
            "Roles",
            "Runs the meeting too: steps the agenda, gives the floor, edits everything. "
            "Cannot invite.",
        ),
    ),
    Role.NOTETAKER: (
        QT_TRANSLATE_NOOP("Roles", "note-taker"),
        QT_TRANSLATE_NOOP("Roles", "&Note-taker"),
        QT_TRANSLATE_NOOP(
            "Roles",
            "Writes the notes, decisions and actions; reads everything; cannot step the agenda.",
        ),
    ),
    Role.VIEWER: (
        QT_TRANSLATE_NOOP("Roles", "projector / viewer"),
        QT_TRANSLATE_NOOP("Roles", "&Projector / viewer"),
        QT_TRANSLATE_NOOP(
            "Roles", "Shows the meeting (the projector): reads only, changes nothing."
        ),
    ),
}
_NO_ROLE = QT_TRANSLATE_NOOP("Roles", "no role")


def role_name(role: Role | None) -> str:
    """A role as the windows name it in a sentence or a list ("note-taker"); "no role" for None."""
    return _tr(_WORDS[role][0] if role is not None else _NO_ROLE)


def role_choice(role: Role) -> str:
    """A role as a choice of its own (a radio button, with its mnemonic)."""
    return _tr(_WORDS[role][1])


def role_help(role: Role) -> str:
    """One line on what a device with ``role`` may do."""
    return _tr(_WORDS[role][2])


def may_write_notes(role: Role | None) -> bool:
    """None: no role (not granted yet, or removed): nothing."""
    return role is not None and role in WRITERS
