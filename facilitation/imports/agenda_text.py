"""Agendas written as Markdown or plain text: headings, numbered and bulleted lists, nesting by indent.

Accepts what people really paste: "1." and "1)" and "a)" numbering, "2.1" outline numbers, bullets
"-", "*", "+", "•", "–" (as a word processor's copy gives them), tabs or spaces for nesting, Markdown
"#" headings and underlined ones.
"""

from __future__ import annotations

import re
from pathlib import Path

from facilitation.imports.agenda import AgendaPreview, Block, BlockKind, build_preview
from facilitation.imports.errors import QT_TRANSLATE_NOOP, AgendaImportError
from facilitation.imports.textio import decode_text, read_bytes

#: an agenda is a page or two; ten thousand lines is a wrong file
MAX_LINES = 2_000

_HEADING = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
_SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")
_ENTRY = re.compile(
    r"^(?P<indent>\s*)"
    r"(?P<marker>[-*+•◦▪▫‣∙·–—○●■□➢➤►>✓✔]|\d{1,3}(?:\.\d{1,3})*[.)]|\d{1,3}(?:\.\d{1,3})+"
    r"|[a-zA-Z][.)]|(?:[ivxIVX]{1,5})[.)]|\(\d{1,3}\)|\([a-z]\))"
    r"\s+(?P<text>\S.*)$"
)


def _indent(text: str) -> int:
    return len(text.expandtabs(4)) - len(text.expandtabs(4).lstrip())


def text_blocks(text: str) -> list[Block]:
    """Say what each line is; the list depth comes from indentation and outline numbers ("2.1")."""
    lines = text.split("\n")
    blocks: list[Block] = []
    stack: list[int] = []  # indents of the open list entries, outermost first
    prev: Block | None = None
    for n, raw in enumerate(lines, start=1):
        line = raw.rstrip()
        if not line.strip():
            blocks.append(Block(n, BlockKind.BLANK))
            prev = blocks[-1]
            continue
        if _RULE.match(line) and not (prev and prev.kind == BlockKind.TEXT):
            blocks.append(Block(n, BlockKind.BLANK))
            prev = blocks[-1]
            continue
        setext = _SETEXT.match(line)
        if setext and prev is not None and prev.kind == BlockKind.TEXT and not prev.continues:
            blocks[-1] = Block(prev.line, BlockKind.HEADING, prev.text, 1 if "=" in line else 2)
            prev = blocks[-1]
            stack.clear()
            continue
        heading = _HEADING.match(line)
        if heading:
            blocks.append(
                Block(n, BlockKind.HEADING, heading.group(2).strip(), len(heading.group(1)))
            )
            stack.clear()
        elif (entry := _ENTRY.match(line)) is not None:
            indent = _indent(entry.group("indent"))
            while stack and stack[-1] >= indent:
                stack.pop()
            depth = len(stack)
            marker = entry.group("marker")
            outline = marker.rstrip(".)").count(".") if marker[0].isdigit() else 0
            stack.append(indent)
            blocks.append(
                Block(n, BlockKind.ENTRY, _clean(entry.group("text")), max(depth, outline))
            )
        else:
            indent = _indent(line)
            # text belongs to the entry above when indented under it, or right below it (no blank)
            right_below = prev is not None and (
                prev.kind == BlockKind.ENTRY or (prev.kind == BlockKind.TEXT and prev.continues)
            )
            continues = bool(stack) and (indent > stack[0] or right_below)
            if not continues:
                stack.clear()
            blocks.append(Block(n, BlockKind.TEXT, _clean(line), 0, continues))
        prev = blocks[-1]
    return blocks


def _clean(text: str) -> str:
    """Drop Markdown emphasis and stray spaces from a title ("**Budget**" reads "Budget")."""
    text = re.sub(r"^\[[ xX]\]\s+", "", text.strip())  # a Markdown task box
    text = re.sub(r"(\*\*|__)(.+?)\1", r"\2", text)
    text = re.sub(r"(?<![\w*])\*(?!\s)(.+?)(?<!\s)\*(?![\w*])", r"\1", text)
    return " ".join(text.split())


def parse_agenda_text(text: str, source: str = "pasted text") -> AgendaPreview:
    """Read an agenda from Markdown or plain text (a file's content or what the user pasted)."""
    count = text.count("\n") + 1
    if count > MAX_LINES:
        raise AgendaImportError(
            source,
            None,
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                "The text is too long for an agenda ({count} lines; at most {limit}).",
            ),
            count=count,
            limit=MAX_LINES,
        )
    if not text.strip():
        raise AgendaImportError(
            source, None, QT_TRANSLATE_NOOP("ImportProblem", "The file is empty.")
        )
    return build_preview(text_blocks(text), source)


def read_agenda_text(path: Path) -> AgendaPreview:
    data = read_bytes(path, AgendaImportError)
    return parse_agenda_text(decode_text(data, path, AgendaImportError), str(path))
