"""What the export dialog needs below the interface: its options, a safe file name, a folder.

The dialog (File → Export minutes…) works with these, so that it only lays them out::

    options = remembered_options(meeting)           # the last choices for this meeting's series
    path = suggested_path(meeting, options)         # ~/Documents/Facilitation/Compte rendu …docx
    ...the user changes what they want...
    export_with(meeting, path, options)             # raises ExportError only
    remember_options(meeting, options)              # for the next meeting of the series

The language defaults to the meeting's (never the interface's). The file name is safe on every
system: no ``\\ / : * ? " < > |`` nor control characters, no trailing dot or space, no name Windows
reserves (CON, PRN, AUX, NUL, COM1–COM9, LPT1–LPT9, with or without an extension), at most 120
characters. The folder is the user's documents folder (platformdirs), never the hidden data folder.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any

from facilitation.export.api import FORMATS, export_minutes
from facilitation.models import Meeting
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.storage.errors import StorageError
from facilitation.storage.paths import meetings_dir, safe_meeting_name_part

#: the longest file name suggested (with its extension); far below every system's limit
NAME_LIMIT = 120
_CHOICES_FILE = "export-choices.json"


@dataclass(frozen=True, slots=True)
class ExportOptions:
    """The choices of one export; :func:`export_with` applies them."""

    #: "docx", "md" or "pdf"
    fmt: str = "docx"
    #: "fr" or "en"; None: the meeting's language
    lang: str | None = None
    anonymous: bool = False
    #: with ``anonymous``: keep the names of the people in charge of actions
    keep_owners: bool = False
    include_speaking_time: bool = True
    #: an organisation's Word template (Word only), or None
    template: Path | None = None

    def to_data(self) -> dict[str, Any]:
        data = asdict(self)
        data["template"] = str(self.template) if self.template is not None else None
        return data

    @classmethod
    def from_data(cls, data: Any) -> ExportOptions:
        """Options read back from :meth:`to_data`; what is missing or wrong takes its default."""
        if not isinstance(data, dict):
            return cls()
        out = cls()
        if data.get("fmt") in FORMATS:
            out = replace(out, fmt=data["fmt"])
        if data.get("lang") in ("fr", "en"):
            out = replace(out, lang=data["lang"])
        for name in ("anonymous", "keep_owners", "include_speaking_time"):
            if isinstance(data.get(name), bool):
                out = replace(out, **{name: data[name]})
        if isinstance(data.get("template"), str) and data["template"]:
            out = replace(out, template=Path(data["template"]))
        return out


def default_options(meeting: Meeting) -> ExportOptions:
    """Word, in the meeting's language, not anonymous, with speaking time, no template."""
    return ExportOptions(lang=meeting.details.language)


def safe_file_name(name: str, extension: str = "") -> str:
    """``name`` (plus ``.extension``) made safe as a file name on Windows, macOS and Linux, in at most
    :data:`NAME_LIMIT` characters (the rules are the meeting files' own: ``storage.paths``)."""
    ext = f".{extension.lstrip('.')}" if extension else ""
    return safe_meeting_name_part(name, "minutes", max_bytes=NAME_LIMIT - len(ext)) + ext


def default_folder() -> Path:
    """``Facilitation`` in the user's documents folder, where the meetings are (not created here:
    the dialog shows it)."""
    return meetings_dir(create=False)


def suggested_file_name(meeting: Meeting, options: ExportOptions) -> str:
    """ "Compte rendu 2021-06-17 Numérisation des services….docx": safe, in the minutes' language."""
    from facilitation.export.labels import Labels

    labels = Labels(options.lang or meeting.details.language)
    parts = [labels("Minutes")]
    live, details = meeting.live, meeting.details
    day = live.started_at.date() if live.started_at else details.date
    if day is not None:
        parts.append(day.isoformat())
    title = details.title.strip() or details.series.strip()
    if title:
        parts.append(title)
    if options.anonymous:
        parts.append(labels(QT_TRANSLATE_NOOP("Minutes", "anonymised")))
    return safe_file_name(" ".join(parts), options.fmt)


def suggested_path(meeting: Meeting, options: ExportOptions, folder: Path | None = None) -> Path:
    """Where the dialog proposes to write (``folder`` default: :func:`default_folder`)."""
    return (folder if folder is not None else default_folder()) / suggested_file_name(
        meeting, options
    )


def export_with(
    meeting: Meeting,
    path: str | Path,
    options: ExportOptions,
    on_warning: Callable[[str], None] | None = None,
) -> Path:
    """:func:`facilitation.export.export_minutes` with ``options``; the folder is made if needed."""
    from facilitation.export.errors import OutputError

    target = Path(path)
    if target.parent == default_folder():
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise OutputError(f"Cannot make the folder {target.parent}: {exc.strerror}.") from None
    return export_minutes(
        meeting,
        target,
        lang=options.lang,
        template=options.template if options.fmt == "docx" else None,
        anonymous=options.anonymous,
        fmt=options.fmt,
        include_speaking_time=options.include_speaking_time,
        keep_owners=options.keep_owners,
        on_warning=on_warning,
    )


def series_key(meeting: Meeting) -> str:
    """What the last choices are remembered under: the series, else the title, else the meeting."""
    d = meeting.details
    return d.series.strip() or d.title.strip() or meeting.id


def remembered_options(meeting: Meeting, folder: Path | None = None) -> ExportOptions:
    """The choices last made for this meeting's series (default: :func:`default_options`).

    The language remembered is kept only when it was chosen against the meeting's own.
    """
    choices = _read_choices(folder)
    data = choices.get(series_key(meeting))
    if data is None:
        return default_options(meeting)
    options = ExportOptions.from_data(data)
    return options if options.lang else replace(options, lang=meeting.details.language)


def remember_options(meeting: Meeting, options: ExportOptions, folder: Path | None = None) -> None:
    """Keep ``options`` for the next export of this series (in the user's data folder, 0600).

    Raises storage's ``SaveError`` when the data folder cannot be written.
    """
    from facilitation.storage.atomic import write_atomic
    from facilitation.storage.paths import data_dir, private_dir

    base = private_dir(folder) if folder is not None else data_dir()
    choices = _read_choices(folder)
    choices[series_key(meeting)] = options.to_data()
    data = json.dumps(choices, ensure_ascii=False, indent=1, sort_keys=True).encode("utf-8")
    write_atomic(base / _CHOICES_FILE, data)


def _read_choices(folder: Path | None) -> dict[str, Any]:
    from facilitation.storage.paths import data_dir

    try:
        base = folder if folder is not None else data_dir()
        raw = json.loads((base / _CHOICES_FILE).read_text("utf-8"))
    except (OSError, ValueError, StorageError):  # decoding and JSON errors are ValueErrors
        return {}  # no choices yet, or a damaged file: the defaults serve, nothing is lost
    return raw if isinstance(raw, dict) else {}
