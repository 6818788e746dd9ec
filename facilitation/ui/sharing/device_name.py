"""The name this computer shows to the others in a shared meeting (the Devices list, the LAN's
list of shared meetings, an invitation's "from"): one setting, ``sharing/device_name``, the same
for the host and for a device that joins; empty, the computer's own name.

The Join dialog and the Invite dialog both show it with :func:`name_field`.
"""

from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit

from facilitation.sync.identity import default_device_name

from facilitation.ui.core import settings as keys

#: the longest name a device shows to the others (the Devices list's column)
NAME_MAX = 40


def default_name() -> str:
    """The computer's own name: what the others see while the field is left empty (the sync
    floor's own default, so that both say the same)."""
    return default_device_name()


def chosen_name(settings: QSettings) -> str:
    """The name to show: the one kept, else the computer's own."""
    return keys.DEVICE_NAME.read(settings).strip() or default_name()


def keep_name(settings: QSettings, typed: str) -> str:
    """Keep what was typed for the next time (empty: the computer's name); the name to show."""
    keys.DEVICE_NAME.write(settings, typed.strip()[:NAME_MAX])
    return chosen_name(settings)


def name_field(settings: QSettings, accessible: str, tip: str) -> QLineEdit:
    """The field: the name kept, the computer's own name as its placeholder."""
    field = QLineEdit()
    field.setMaxLength(NAME_MAX)
    field.setPlaceholderText(default_name())
    field.setText(keys.DEVICE_NAME.read(settings))
    field.setAccessibleName(accessible)
    field.setToolTip(tip)
    return field
