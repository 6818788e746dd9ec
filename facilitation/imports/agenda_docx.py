"""Agendas written in Word (.docx): headings, numbered and bulleted paragraphs, their list levels.

python-docx is imported only when a Word file is read, so that start-up and the command line stay
light. A list level comes from the paragraph's own numbering (``w:numPr/w:ilvl``), else from its
style ("List Bullet 2" is the second level) or the style's numbering. Before python-docx sees the
file, we look at it ourselves: an encrypted Word file, an old .doc, a zip bomb or a non-Word zip each
get their own message rather than a library's traceback.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path
from typing import Any

from facilitation.imports.agenda import AgendaPreview, Block, BlockKind, build_preview
from facilitation.imports.agenda_text import _ENTRY, _clean
from facilitation.imports.errors import QT_TRANSLATE_NOOP, AgendaImportError
from facilitation.imports.textio import read_bytes

MAX_BYTES = 20_000_000
#: what the parts of the document may weigh once unpacked (a small .docx can unpack to gigabytes)
MAX_UNPACKED = 60_000_000
MAX_PARAGRAPHS = 5_000

_OLE = bytes.fromhex("D0CF11E0A1B11AE1")
_HEADING_STYLE = re.compile(r"^(?:heading|titre|überschrift|titolo|título)\s*(\d)$", re.I)
_LIST_STYLE = re.compile(r"^list\s*(bullet|number|paragraph)?\s*(\d)?$", re.I)
_CONTINUE_STYLE = re.compile(r"^list\s*continue", re.I)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _fail(path: Path, template: str, line: int | None = None, **params: Any) -> AgendaImportError:
    return AgendaImportError(path, line, template, unit="paragraph", **params)


def check_package(path: Path, data: bytes) -> None:
    """Refuse what is not a readable .docx, saying what it looks like."""
    if data.startswith(_OLE):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise _fail(
                path,
                QT_TRANSLATE_NOOP(
                    "ImportProblem",
                    "This Word file is password-protected: remove the password in Word and try again.",
                ),
            )
        raise _fail(
            path,
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                "This is not a Word .docx file: it looks password-protected or is an old Word "
                "(.doc) file. Open it in Word and save it as .docx without a password.",
            ),
        )
    if not data.strip():
        raise _fail(path, QT_TRANSLATE_NOOP("ImportProblem", "The file is empty."))
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            unpacked = sum(info.file_size for info in zf.infolist())
    except (zipfile.BadZipFile, ValueError, EOFError):
        raise _fail(
            path,
            QT_TRANSLATE_NOOP(
                "ImportProblem", "This is not a Word .docx file, or the file is damaged."
            ),
        ) from None
    if "word/document.xml" not in names:
        raise _fail(
            path,
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                "This packed file is not a Word document (an OpenDocument or Excel file?): "
                "save it as .docx.",
            ),
        )
    if unpacked > MAX_UNPACKED:
        raise _fail(
            path,
            QT_TRANSLATE_NOOP("ImportProblem", "The document is too big for an agenda."),
        )
    count = body_paragraphs(data)
    if count > MAX_PARAGRAPHS:
        raise _too_long(path, count)


def _too_long(path: Path, count: int) -> AgendaImportError:
    return _fail(
        path,
        QT_TRANSLATE_NOOP(
            "ImportProblem", "The document is too long for an agenda ({count} paragraphs)."
        ),
        count=count,
    )


def body_paragraphs(data: bytes) -> int:
    """The paragraphs of the document's body, counted while its XML streams by: python-docx builds
    an object per paragraph and we style each one, which took two seconds before a 6,000-paragraph
    file was refused. lxml hands over only the paragraphs (the filter runs in C); a paragraph in a
    table has a cell for parent, not the body. A damaged XML counts what it could; python-docx then
    names the damage."""
    from lxml import etree  # type: ignore[import-untyped]  # lazily, like python-docx

    body = f"{_W}body"
    count = 0
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf, zf.open("word/document.xml") as xml:
            for _event, element in etree.iterparse(
                xml, events=("end",), tag=f"{_W}p", resolve_entities=False, no_network=True
            ):
                parent = element.getparent()
                if parent is not None and parent.tag == body:
                    count += 1
                    element.clear()  # nothing is kept: the memory stays flat however long it is
                    while element.getprevious() is not None:
                        del parent[0]
    except Exception:  # damaged (bad XML, bad deflate…): python-docx will say which way
        pass
    return count


def _style_chain(style: Any) -> list[Any]:
    chain: list[Any] = []
    while style is not None and len(chain) < 10:
        chain.append(style)
        style = style.base_style
    return chain


def _numbering_level(element: Any) -> int | None:
    """The list level from a ``w:pPr`` element's numbering, if it has one (and it is not "none")."""
    ppr = element.find(f"{_W}pPr") if element is not None else None
    numpr = ppr.find(f"{_W}numPr") if ppr is not None else None
    if numpr is None:
        return None
    num_id = numpr.find(f"{_W}numId")
    if num_id is not None and num_id.get(f"{_W}val") == "0":
        return None  # numbering switched off on purpose
    ilvl = numpr.find(f"{_W}ilvl")
    try:
        return int(ilvl.get(f"{_W}val")) if ilvl is not None else 0
    except (TypeError, ValueError):
        return 0


def _outline_level(element: Any) -> int | None:
    ppr = element.find(f"{_W}pPr") if element is not None else None
    lvl = ppr.find(f"{_W}outlineLvl") if ppr is not None else None
    try:
        value = int(lvl.get(f"{_W}val")) if lvl is not None else None
    except (TypeError, ValueError):
        return None
    return value + 1 if value is not None and value < 9 else None


def style_levels(document: Any) -> dict[str, int]:
    """Style id -> list level, from the numbering definitions (``w:lvl`` naming a ``w:pStyle``)."""
    try:
        numbering = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        return {}
    levels: dict[str, int] = {}
    for lvl in numbering.iter(f"{_W}lvl"):
        pstyle = lvl.find(f"{_W}pStyle")
        if pstyle is not None:
            try:
                levels.setdefault(pstyle.get(f"{_W}val"), int(lvl.get(f"{_W}ilvl", "0")))
            except ValueError:
                continue
    return levels


def paragraph_block(
    n: int, paragraph: Any, prev: Block | None, levels: dict[str, int] | None = None
) -> Block:
    levels = levels or {}
    text = _clean(paragraph.text)
    if not text:
        return Block(n, BlockKind.BLANK)
    chain = _style_chain(paragraph.style)
    names = [s.name or "" for s in chain]
    if any(name.lower() == "title" for name in names):
        return Block(n, BlockKind.HEADING, text, 0)
    for name in names:
        if m := _HEADING_STYLE.match(name):
            return Block(n, BlockKind.HEADING, text, int(m.group(1)))
    # the paragraph's own numbering first; then the style: its name says the level ("List
    # Bullet 2"), else the numbering definition that names the style, else its numbering at all
    level = _numbering_level(paragraph._p)
    if level is None:
        for name in names:
            if (m := _LIST_STYLE.match(name)) is not None:
                level = int(m.group(2) or 1) - 1
                break
    if level is None:
        for style in chain:
            if _numbering_level(style.element) is not None:
                level = levels.get(style.style_id, 0)
                break
    if level is not None:
        return Block(n, BlockKind.ENTRY, text, level)
    outline = _outline_level(paragraph._p)
    if outline is None:
        outline = next((lvl for s in chain if (lvl := _outline_level(s.element))), None)
    if outline is not None:
        return Block(n, BlockKind.HEADING, text, outline)
    typed = _ENTRY.match(text)  # bullets or numbers typed by hand
    if typed is not None:
        marker = typed.group("marker")
        depth = marker.rstrip(".)").count(".") if marker[0].isdigit() else 0
        return Block(n, BlockKind.ENTRY, typed.group("text"), depth)
    indented = (paragraph.paragraph_format.left_indent or 0) > 0
    follows = prev is not None and (
        prev.kind == BlockKind.ENTRY or (prev.kind == BlockKind.TEXT and prev.continues)
    )
    continues = follows and (indented or any(_CONTINUE_STYLE.match(nm) for nm in names))
    return Block(n, BlockKind.TEXT, text, 0, continues)


def read_agenda_docx(path: Path) -> AgendaPreview:
    """Read an agenda from a Word document; :class:`AgendaImportError` names the paragraph at fault."""
    data = read_bytes(path, AgendaImportError, MAX_BYTES)
    check_package(path, data)
    import docx  # lazily: python-docx and lxml cost start-up time

    try:
        document = docx.Document(io.BytesIO(data))
        paragraphs = list(document.paragraphs)
        has_tables = bool(document.tables)
        levels = style_levels(document)
        blocks: list[Block] = []
        if len(paragraphs) > MAX_PARAGRAPHS:  # counted before (body_paragraphs): a second guard
            raise _too_long(path, len(paragraphs))
        for n, paragraph in enumerate(paragraphs, start=1):
            blocks.append(paragraph_block(n, paragraph, blocks[-1] if blocks else None, levels))
    except AgendaImportError:
        raise
    except Exception:
        # python-docx raises many kinds of errors on a damaged package (KeyError, lxml syntax
        # errors, its own PackageNotFoundError); to the user they all mean the same thing
        raise _fail(
            path,
            QT_TRANSLATE_NOOP("ImportProblem", "This Word file is damaged and cannot be read."),
        ) from None
    try:
        preview = build_preview(blocks, str(path), unit="paragraph")
    except AgendaImportError as exc:
        if has_tables and exc.line is None:
            raise _fail(
                path,
                QT_TRANSLATE_NOOP(
                    "ImportProblem",
                    "No agenda was found outside tables; agendas laid out in a table are not read: "
                    "use headings or a list.",
                ),
            ) from None
        raise
    return preview
