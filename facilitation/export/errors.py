"""What can go wrong in an export, as one family of errors with a message for the user.

Every error that :func:`facilitation.export.export_minutes` raises is an :class:`ExportError`; its
``str()`` is one line, fit for a dialog or for the command line's stderr.

Two names once had twins elsewhere, and no longer do:

- a meeting file that cannot be read is :class:`facilitation.storage.errors.MeetingFileError`, the
  storage layer's own error (the export reads meeting files through storage and lets its error
  through; it is re-exported here for the command line);
- a Word template (an association's letterhead .docx) that cannot be used is
  :class:`WordTemplateError`. It is not the agenda template of the importers
  (:class:`facilitation.imports.templates.TemplateError`, a JSON agenda kept for the next meeting):
  two different things, so two different names.
"""

from __future__ import annotations

from facilitation.storage.errors import MeetingFileError

__all__ = [
    "ExportError",
    "InvalidMeetingError",
    "MeetingFileError",
    "OutputError",
    "WordTemplateError",
]


class ExportError(Exception):
    """The minutes could not be written; nothing was written or replaced."""

    def __init__(self, message: str) -> None:
        # one line, always: the CLI prints it as is and a dialog shows it whole
        super().__init__(" ".join(message.split()))


class WordTemplateError(ExportError):
    """The Word template (letterhead) is missing, unreadable or not a Word document."""


class OutputError(ExportError):
    """The output file cannot be written (folder missing, not writable, disk full…)."""


class InvalidMeetingError(ExportError):
    """The meeting does not hold together (a part points at something that does not exist…)."""
