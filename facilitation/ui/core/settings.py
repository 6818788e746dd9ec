"""The user's settings: one INI file under the user's config folder, every key declared once here.

A key carries its type and default, so a missing or mangled value reads back as the default instead of
a surprise (QSettings hands back strings from an INI file). Window geometry is stored as bytes by
``ui/core/geometry.py``; nothing here pickles a Qt object.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

T = TypeVar("T")


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    type: type[T]
    default: T

    def read(self, settings: QSettings) -> T:
        raw: Any = settings.value(self.name, self.default)
        return _coerce(raw, self.type, self.default)

    def write(self, settings: QSettings, value: T) -> None:
        # bytes as a QByteArray: a plain Python bytes would be pickled into the file
        settings.setValue(self.name, QByteArray(value) if isinstance(value, bytes) else value)


def _coerce(raw: Any, tp: type[T], default: T) -> T:
    if raw is None:
        return default
    if tp is bytes:
        if isinstance(raw, QByteArray):
            return bytes(raw.data())  # type: ignore[return-value]
        return default  # anything else (an old pickled value …) is not trusted
    if tp is bool:
        if isinstance(raw, bool):
            return raw  # type: ignore[return-value]
        return str(raw).strip().lower() in ("1", "true", "yes", "on")  # type: ignore[return-value]
    try:
        return tp(raw)  # type: ignore[call-arg]
    except (TypeError, ValueError):
        return default


#: interface language chosen by the user: "fr", "en", or "" for the system's
LANGUAGE: Key[str] = Key("ui/language", str, "")
#: the folder last used in an open/save dialog
LAST_FOLDER: Key[str] = Key("files/last_folder", str, "")
#: which statistics the facilitator's chart shows: "people" or "groups"
STATS_VIEW: Key[str] = Key("facilitator/stats_view", str, "people")
#: the facilitator's window splitter layout (bytes from QSplitter.saveState)
FACILITATOR_SPLITTER: Key[bytes] = Key("facilitator/splitter", bytes, b"")
#: the name this computer shows to the others in a shared meeting ("" for the computer's own name)
DEVICE_NAME: Key[str] = Key("sharing/device_name", str, "")
#: the facilitator's window geometry key (used with ui/core/geometry.py)
FACILITATOR_GEOMETRY = "facilitator/geometry"

ALL_KEYS = (LANGUAGE, LAST_FOLDER, STATS_VIEW, FACILITATOR_SPLITTER, DEVICE_NAME)


def config_dir() -> Path:
    from platformdirs import user_config_dir

    return Path(user_config_dir("facilitation"))


def open_settings(path: Path | None = None) -> QSettings:
    """The settings file (``settings.ini`` in the user's config folder unless ``path`` is given)."""
    if path is None:
        path = config_dir() / "settings.ini"
    from facilitation.storage.errors import SaveError
    from facilitation.storage.paths import private_file

    # it holds folder paths: 0600 in a 0700 folder, whatever the umask; in a read-only home
    # QSettings keeps the settings for this run only, as before
    with contextlib.suppress(SaveError):
        private_file(path)
    return QSettings(str(path), QSettings.Format.IniFormat)
