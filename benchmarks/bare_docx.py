"""The export baseline: python-docx writing given paragraphs and tables, and nothing else.

The benchmark first reads back what the app's export wrote (how many paragraphs, which tables, the
same texts), then times this plain writer on the same content: the ratio is what the minutes' layout,
styles and computation cost on top of python-docx itself.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import docx


@dataclass(frozen=True)
class Content:
    paragraphs: list[str]
    #: each table as its rows of cell texts
    tables: list[list[list[str]]]

    @property
    def rows(self) -> int:
        return sum(len(t) for t in self.tables)


def read_content(path: Path) -> Content:
    """The body paragraphs and table cells of a .docx, as text."""
    document = docx.Document(str(path))
    paragraphs = [p.text for p in document.paragraphs]
    tables = [[[c.text for c in row.cells] for row in t.rows] for t in document.tables]
    return Content(paragraphs, tables)


def write(path: Path, content: Content) -> None:
    document = docx.Document()
    for text in content.paragraphs:
        document.add_paragraph(text)
    for rows in content.tables:
        cols = max((len(r) for r in rows), default=1)
        table = document.add_table(rows=0, cols=cols)
        for texts in rows:
            cells = table.add_row().cells
            for cell, text in zip(cells, texts, strict=False):
                cell.text = text
    document.save(str(path))
