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


def data_dir() -> Path:
    """The user's data folder for the app (created 0700). Raises SaveError if it cannot be made."""
    return private_dir(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def autosave_dir(base: Path | None = None) -> Path:
    """The folder of autosave slots, under ``base`` (default: :func:`data_dir`), created 0700."""
    return private_dir((base if base is not None else data_dir()) / "autosave")
