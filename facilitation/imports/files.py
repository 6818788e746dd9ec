"""Which reader reads a file: by its extension, and by its first bytes when the extension lies."""

from __future__ import annotations

from pathlib import Path

from facilitation.imports.agenda import AgendaPreview
from facilitation.imports.errors import QT_TRANSLATE_NOOP, AgendaImportError

TEXT_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".text", ""})
WORD_SUFFIXES = frozenset({".docx", ".docm"})


def read_agenda(path: Path) -> AgendaPreview:
    """Preview the agenda in a Markdown, text or Word file; :class:`AgendaImportError` if it has none."""
    from facilitation.imports.agenda_docx import read_agenda_docx
    from facilitation.imports.agenda_text import read_agenda_text

    suffix = path.suffix.lower()
    if suffix in WORD_SUFFIXES:
        return read_agenda_docx(path)
    if suffix == ".doc":
        raise AgendaImportError(
            path,
            None,
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                "Old Word (.doc) files cannot be read: open it in Word and save it as .docx.",
            ),
        )
    if suffix == ".odt":
        raise AgendaImportError(
            path,
            None,
            QT_TRANSLATE_NOOP(
                "ImportProblem", "OpenDocument files cannot be read: save it as .docx or text."
            ),
        )
    if suffix not in TEXT_SUFFIXES and _looks_like_docx(path):
        return read_agenda_docx(path)
    return read_agenda_text(path)


def _looks_like_docx(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(4) == b"PK\x03\x04"
    except OSError:
        return False
