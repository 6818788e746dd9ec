"""Reading a text file as a person's editor or Excel wrote it: encodings, binary files, size limits.

Agendas and registration lists come from Word, Excel, webmail pastes and Notepad. Excel on Windows
writes CSV in Windows-1252 (or UTF-8 with a BOM, or UTF-16 for "Unicode text"); everything else is
UTF-8. We try those in an order that cannot misread: a BOM first, then strict UTF-8 (which rejects
Windows-1252 accents), then Windows-1252.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from facilitation.imports.errors import QT_TRANSLATE_NOOP, ImportProblem

#: a meeting's agenda or guest list is a few pages; anything bigger is not what the user meant
MAX_BYTES = 2_000_000

_ZIP = b"PK\x03\x04"
_OLE = bytes.fromhex("D0CF11E0A1B11AE1")
_PDF = b"%PDF"


def read_bytes(path: Path, error: type[ImportProblem], max_bytes: int = MAX_BYTES) -> bytes:
    """The file's bytes; a clear ``error`` if it cannot be read or is far too big."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise error(
                path,
                None,
                QT_TRANSLATE_NOOP(
                    "ImportProblem", "The file is too big ({size} KB; at most {limit} KB)."
                ),
                size=size // 1000,
                limit=max_bytes // 1000,
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise error(
            path, None, QT_TRANSLATE_NOOP("ImportProblem", "The file does not exist.")
        ) from None
    except IsADirectoryError:
        raise error(
            path, None, QT_TRANSLATE_NOOP("ImportProblem", "This is a folder, not a file.")
        ) from None
    except PermissionError:
        raise error(
            path, None, QT_TRANSLATE_NOOP("ImportProblem", "You are not allowed to read this file.")
        ) from None
    except OSError as exc:
        raise error(
            path,
            None,
            QT_TRANSLATE_NOOP("ImportProblem", "The file cannot be read: {reason}"),
            reason=exc.strerror or str(exc),
        ) from None


def decode_text(data: bytes, source: str | Path, error: type[ImportProblem]) -> str:
    """Decode a text file; refuse empty and binary files with a message that says what they look like."""
    if not data.strip():
        raise error(source, None, QT_TRANSLATE_NOOP("ImportProblem", "The file is empty."))
    if data.startswith(codecs.BOM_UTF8):
        text = _decode(data[3:], "utf-8", source, error)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode(data, "utf-16", source, error)
    else:
        _refuse_binary(data, source, error)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = _decode(data, "cp1252", source, error)
    if "\x00" in text or _control_ratio(text) > 0.01:
        raise error(
            source,
            None,
            QT_TRANSLATE_NOOP(
                "ImportProblem", "This is not a text file (it contains binary data)."
            ),
        )
    if not text.strip():
        raise error(source, None, QT_TRANSLATE_NOOP("ImportProblem", "The file is empty."))
    # one kind of line ending from here on; a lone "\r" is how old Mac files end their lines
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _decode(data: bytes, encoding: str, source: str | Path, error: type[ImportProblem]) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise error(
            source,
            line,
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                "The text encoding cannot be recognised (save the file as UTF-8 and try again).",
            ),
        ) from None


def _refuse_binary(data: bytes, source: str | Path, error: type[ImportProblem]) -> None:
    head = data[:8]
    if head.startswith(_ZIP):
        raise error(
            source,
            None,
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                "This is a packed document (Word, Excel or LibreOffice), not plain text: "
                "save it as text or CSV, or import the Word file itself.",
            ),
        )
    if head.startswith(_OLE):
        raise error(
            source,
            None,
            QT_TRANSLATE_NOOP(
                "ImportProblem",
                "This is an old Office document (.doc or .xls), not plain text: save it as text or CSV.",
            ),
        )
    if head.startswith(_PDF):
        raise error(
            source,
            None,
            QT_TRANSLATE_NOOP(
                "ImportProblem", "This is a PDF file: copy its text and paste it instead."
            ),
        )
    if b"\x00" in data[:4096]:
        raise error(
            source,
            None,
            QT_TRANSLATE_NOOP(
                "ImportProblem", "This is not a text file (it contains binary data)."
            ),
        )


def _control_ratio(text: str) -> float:
    sample = text[:20_000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f")
    return bad / max(1, len(sample))
