"""What can go wrong in an export, as one family of errors with a message for the user.

Every error that :func:`facilitation.export.export_minutes` raises is an :class:`ExportError`; its
``str()`` is one line, fit for a dialog or for the command line's stderr.
"""

from __future__ import annotations


class ExportError(Exception):
    """The minutes could not be written; nothing was written or replaced."""

    def __init__(self, message: str) -> None:
        # one line, always: the CLI prints it as is and a dialog shows it whole
        super().__init__(" ".join(message.split()))


class TemplateError(ExportError):
    """The Word template is missing, unreadable or not a Word document."""


class OutputError(ExportError):
    """The output file cannot be written (folder missing, not writable, disk full…)."""


class InvalidMeetingError(ExportError):
    """The meeting does not hold together (a part points at something that does not exist…)."""


class MeetingFileError(ExportError):
    """The meeting file cannot be read (command line only)."""
