"""Where the app keeps its own files: the data folder and the autosave slots, private to the user."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from facilitation.storage.errors import save_error

APP_NAME = "facilitation"


def private_dir(path: Path) -> Path:
    """Create ``path`` (and parents) if needed and make it readable by the user only (0700)."""
    try:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
        # mkdir's mode is filtered by the umask and ignored for an existing folder: set it for sure
        if path.stat().st_mode & 0o777 != 0o700:
            os.chmod(path, 0o700)
    except OSError as exc:
        raise save_error(path, exc) from exc
    return path


def private_file(path: Path) -> Path:
    """Make sure ``path`` exists and is readable by the user only (0600), whatever the umask; its
    folder is made 0700. For files another library writes (the settings): Qt's atomic save keeps the
    mode of the file it replaces, so a private file stays private."""
    private_dir(path.parent)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            os.fchmod(fd, 0o600)  # O_CREAT's mode is filtered by the umask; an old file was 0644
        finally:
            os.close(fd)
    except OSError as exc:
        raise save_error(path, exc) from exc
    return path


def data_dir() -> Path:
    """The user's data folder for the app (created 0700). Raises SaveError if it cannot be made."""
    return private_dir(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def autosave_dir(base: Path | None = None) -> Path:
    """The folder of autosave slots, under ``base`` (default: :func:`data_dir`), created 0700."""
    return private_dir((base if base is not None else data_dir()) / "autosave")
