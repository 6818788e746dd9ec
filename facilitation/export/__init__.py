"""The minutes of a meeting: Word (python-docx) and Markdown.

Importing this package is cheap: python-docx and Qt are imported only when an export runs.

    from facilitation.export import export_minutes, ExportError
    export_minutes(meeting, "minutes.docx", lang="fr", template=None, anonymous=False)
"""

from facilitation.export.api import FORMATS, export_minutes
from facilitation.export.errors import (
    ExportError,
    InvalidMeetingError,
    MeetingFileError,
    OutputError,
    TemplateError,
)

__all__ = [
    "FORMATS",
    "ExportError",
    "InvalidMeetingError",
    "MeetingFileError",
    "OutputError",
    "TemplateError",
    "export_minutes",
]
