"""The meeting file: one JSON document with ``format`` and ``schema_version`` around the meeting.

See ``docs/file-format.md``. Reading is strict; every problem is a :class:`MeetingFileError` naming
the file, the field path and what was expected.
"""

from __future__ import annotations

from typing import Any

from facilitation import __version__
from facilitation.models import Meeting

FORMAT = "facilitation-meeting"
SCHEMA_VERSION = 1


def meeting_to_document(meeting: Meeting) -> dict[str, Any]:
    return {
        "format": FORMAT,
        "schema_version": SCHEMA_VERSION,
        "app_version": __version__,
        "meeting": meeting.to_data(),
    }
