"""The minutes of a meeting: Word (python-docx), Markdown and PDF (Qt's own PDF writer).

Importing this package is cheap: python-docx and Qt are imported only when an export runs.

    from facilitation.export import export_minutes, ExportError
    export_minutes(meeting, "minutes.docx", lang="fr", template=None, anonymous=False)

The export dialog works with :class:`ExportOptions` (see :mod:`facilitation.export.options`):
``default_options(meeting)``, ``suggested_path(meeting, options)``, ``export_with(...)``.
"""

from facilitation.export.api import FORMATS, export_minutes
from facilitation.export.errors import (
    ExportError,
    InvalidMeetingError,
    MeetingFileError,
    OutputError,
    WordTemplateError,
)

__all__ = [
    "FORMATS",
    "ExportError",
    "InvalidMeetingError",
    "MeetingFileError",
    "OutputError",
    "WordTemplateError",
    "export_minutes",
]
