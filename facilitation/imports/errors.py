"""The one error type of the importers, and the per-line remarks a preview carries.

Every message is an English template marked for Qt Linguist (context ``ImportProblem``) with its
parameters kept apart, so the UI can show it in the user's language while the command line prints the
English text. A problem always names the file and, when it can, the line (or Word paragraph).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from facilitation.models.i18n import QT_TRANSLATE_NOOP

__all__ = [
    "QT_TRANSLATE_NOOP",
    "AgendaImportError",
    "ImportProblem",
    "LineNote",
    "ParticipantImportError",
]


def _format(template: str, params: dict[str, Any]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


class ImportProblem(Exception):
    """A file cannot be imported at all; nothing was imported.

    ``path`` is the file (or a name such as "pasted text"), ``line`` the 1-based line or paragraph
    number when one is to blame (else ``None``), ``message`` the English sentence without the place.
    """

    #: how the place is named: "line" for text, "paragraph" for Word documents
    unit: str = "line"

    def __init__(
        self, path: str | Path, line: int | None, template: str, unit: str = "line", **params: Any
    ) -> None:
        self.path = str(path)
        self.line = line
        self.unit = unit
        self.template = template
        self.params = params
        self.message = _format(template, params)
        super().__init__(self.where() + ": " + self.message)

    def where(self) -> str:
        if self.line is None:
            return self.path
        return f"{self.path}, {self.unit} {self.line}"


class AgendaImportError(ImportProblem):
    """An agenda file (Markdown, text, Word) cannot be read as an agenda."""


class ParticipantImportError(ImportProblem):
    """A list of participants (CSV or pasted text) cannot be read."""


@dataclass(frozen=True, slots=True)
class LineNote:
    """A remark on one line of an imported file, shown in the preview before anything is applied.

    ``error`` notes mean the line will not be imported; the others are warnings (something was
    guessed or left out on purpose).
    """

    line: int
    template: str
    params: dict[str, Any] = field(default_factory=dict)
    error: bool = False

    @property
    def message(self) -> str:
        return _format(self.template, self.params)

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"
