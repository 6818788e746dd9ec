"""Where the app keeps its own files: the data folder and the autosave slots, private to the user."""

from __future__ import annotations

import os
from datetime import date
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


#: the folder under the user's documents where meetings are kept, one subfolder per series
MEETINGS_FOLDER = "Facilitation"


def meetings_dir(create: bool = True) -> Path:
    """The visible folder of the user's meetings (``Documents/Facilitation``), created 0700.

    People find, copy and back up their meetings there without the app; the hidden data folder keeps
    only the autosave, the demo and the app's own index. Raises SaveError if it cannot be made.
    """
    folder = Path(platformdirs.user_documents_dir()) / MEETINGS_FOLDER
    return private_dir(folder) if create else folder


# -- names for new meeting files ------------------------------------------------------------------

#: refused by Windows (and awkward on every system): replaced in file and folder names
_UNSAFE = frozenset('<>:"/\\|?*')
#: names Windows reserves for devices, whatever the extension
_RESERVED = frozenset(
    ["CON", "PRN", "AUX", "NUL"]
    + [f"COM{i}" for i in (*"123456789", "¹", "²", "³")]
    + [f"LPT{i}" for i in (*"123456789", "¹", "²", "³")]
)
#: bytes in a file name on most file systems; the name is cut well below, at a character boundary
_MAX_NAME_BYTES = 200


def safe_meeting_name_part(
    text: str, fallback: str = "meeting", max_bytes: int = _MAX_NAME_BYTES
) -> str:
    """One part of a file or folder name that every system accepts (meeting files, series folders,
    exported minutes).

    ``: ? * " < > | / \\`` and control characters become spaces, runs of spaces one space; leading
    and trailing dots and spaces go (Windows drops them, a leading dot hides the file); a device name
    such as ``CON`` gets an underscore; the result is at most ``max_bytes`` of UTF-8 (200 by default).
    Empty: ``fallback``.
    """
    cleaned = "".join(" " if c in _UNSAFE or ord(c) < 32 or ord(c) == 127 else c for c in text)
    cleaned = " ".join(cleaned.split()).strip(" .")
    if not cleaned:
        cleaned = fallback
    if cleaned.split(".")[0].upper() in _RESERVED:
        cleaned = f"_{cleaned}"
    raw = cleaned.encode("utf-8")
    if len(raw) > max_bytes:
        cleaned = raw[:max_bytes].decode("utf-8", "ignore").rstrip(" .") or fallback
    return cleaned


def meeting_file_name(
    title: str, series: str = "", number: int | None = None, day: date | None = None
) -> str:
    """The name of a new meeting file: ``2026-12-01 Rencontre 3.json`` (date, series and number;
    the title when there is no series). Safe on every system (:func:`safe_meeting_name_part`)."""
    if series and number is not None:
        words = f"{series} {number}"
    elif series:
        words = series if not title or title == series else f"{series} {title}"
    else:
        words = title
    stem = f"{day.isoformat()} {words}" if day is not None else words
    return safe_meeting_name_part(stem) + ".json"


def new_meeting_path(
    title: str, series: str = "", number: int | None = None, day: date | None = None
) -> Path:
    """Where a new meeting is written: its series' folder in :func:`meetings_dir` (made 0700), under
    :func:`meeting_file_name`; `` (2)``, `` (3)``… added when that name is taken."""
    base = meetings_dir()
    folder = private_dir(base / safe_meeting_name_part(series)) if series else base
    name = meeting_file_name(title, series, number, day)
    return free_path(folder / name)


def free_path(path: Path) -> Path:
    """``path``, or ``name (2).json``, ``name (3).json``… the first that does not exist yet."""
    candidate, n = path, 1
    while candidate.exists():
        n += 1
        candidate = path.with_name(f"{path.stem} ({n}){path.suffix}")
    return candidate
