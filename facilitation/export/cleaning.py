"""The documented cleaning: what happens to text that cannot go into a document as it is.

Everything the minutes show that comes from the user (titles, names, notes, decisions, places…)
passes through :func:`clean` before it is written, in Word and in Markdown alike:

1. a Windows or old-Mac line break (``"\\r\\n"`` or a lone ``"\\r"``) becomes ``"\\n"``;
2. the other control characters U+0000–U+001F are removed, except tab (U+0009) and newline
   (U+000A), which are kept (Word gets a tab and a line break);
3. the non-characters U+FFFE and U+FFFF are removed;
4. a lone surrogate (U+D800–U+DFFF, which no file encoding can hold) is replaced by U+FFFD, the
   replacement character "�", so the reader sees that something was lost there.

Nothing else changes: emoji, accents, right-to-left scripts and very long texts come through as
typed. This is what the tests compare the text read back from the document with.
"""

from __future__ import annotations

import re

# one pass for the removals, one for the surrogates: both are C loops, fast on a 1 MB note
_REMOVE = re.compile("[\x00-\x08\x0b-\x1f\ufffe\uffff]")
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean(text: str) -> str:
    """``text`` after the documented cleaning (see the module's docstring)."""
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _REMOVE.sub("", text)
    return _SURROGATE.sub("\ufffd", text)


#: the longest paragraph the writers lay out (characters); a longer text is split
PARAGRAPH_LIMIT = 2000


def paragraphs(text: str, limit: int = PARAGRAPH_LIMIT) -> list[str]:
    """``text`` as pieces of at most ``limit`` characters, cut at line breaks, else at spaces.

    A 1 MB note in one paragraph takes LibreOffice minutes to lay out (and Qt's text layout
    seconds): the writers give each piece a paragraph of its own. Line breaks inside a piece stay;
    a line longer than ``limit`` is cut at its last space before the limit (or at the limit when it
    has none), that space becoming the paragraph break. Short texts come back whole, as one piece.
    """
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    current: list[str] = []
    size = 0
    for line in text.split("\n"):
        while len(line) > limit:
            cut = line.rfind(" ", 0, limit)
            head, line = (line[:cut], line[cut + 1 :]) if cut > 0 else (line[:limit], line[limit:])
            if current:
                pieces.append("\n".join(current))
                current, size = [], 0
            pieces.append(head)
        if current and size + len(line) + 1 > limit:
            pieces.append("\n".join(current))
            current, size = [], 0
        current.append(line)
        size += len(line) + 1
    if current:
        pieces.append("\n".join(current))
    return pieces
