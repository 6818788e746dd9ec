"""What a log entry holds once opened, and the one place commands become bytes and back.

A command is written the way the autosave journal writes it (``Command.to_data`` and
``command_from_data``, by name), so a change to that codec carries over to the shared log. The
meeting's starting state travels as the bytes of a meeting file (``dumps_meeting`` and
``loads_meeting``), deflated, sealed like any other entry.
"""

from __future__ import annotations

import json
import zlib
from dataclasses import dataclass
from typing import Any

from facilitation.models import Command, Meeting, command_from_data
from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.storage.fileformat import dumps_meeting, loads_meeting
from facilitation.sync.errors import SealError
from facilitation.sync.sealing import MeetingKey

#: (author, seq): how an entry is named everywhere
Key = tuple[str, int]


@dataclass(frozen=True, slots=True)
class Entry:
    key: Key
    #: the command, or None for the meeting's starting state
    command: Command | None
    #: the starting state (only in the first entry, seq 0)
    base: Meeting | None = None
    #: the entry this one takes back (a device's undo)
    undoes: Key | None = None

    @property
    def author(self) -> str:
        return self.key[0]


def encode_command(command: Command, undoes: Key | None) -> bytes:
    """``C`` and a JSON object: the command as the journal writes it, and what it undoes."""
    body: dict[str, Any] = {"cmd": command.to_data()}
    if undoes is not None:
        body["undoes"] = [undoes[0], undoes[1]]
    return b"C" + json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


#: the largest starting state a device unpacks (a meeting file is refused above 64 MiB too)
MAX_BASE_BYTES = 64 * 1024 * 1024


def encode_base(meeting: Meeting) -> bytes:
    """``Z`` and the bytes of the meeting file, deflated (a large meeting's 860 KB become ~150 KB
    on the wire); read back by the file loader, checks and all."""
    return b"Z" + zlib.compress(dumps_meeting(meeting), 6)


def _inflate(data: bytes) -> bytes:
    d = zlib.decompressobj()
    out = d.decompress(data, MAX_BASE_BYTES)
    if d.unconsumed_tail or not d.eof:
        raise ValueError("the starting state is too large or cut short")
    return out


def open_entry(key: MeetingKey, record: object) -> Entry:
    """Open and decode one record; raise :class:`SealError` for anything that is not an entry."""
    opened = key.open(record)
    ident = (opened.author, opened.seq)
    tag, data = opened.plaintext[:1], opened.plaintext[1:]
    try:
        if tag == b"Z":
            if opened.seq != 0:
                raise ValueError("a starting state out of place")
            return Entry(ident, None, base=loads_meeting(_inflate(data), "shared meeting"))
        if tag != b"C" or opened.seq == 0:
            raise ValueError("unknown kind of entry")
        body = json.loads(data)
        if not isinstance(body, dict):
            raise ValueError("not an object")
        undoes = body.get("undoes")
        if undoes is not None:
            if not (
                isinstance(undoes, list)
                and len(undoes) == 2
                and isinstance(undoes[0], str)
                and isinstance(undoes[1], int)
            ):
                raise ValueError("bad undo reference")
            undoes = (undoes[0], undoes[1])
        return Entry(ident, command_from_data(body.get("cmd")), undoes=undoes)
    except Exception as exc:  # a genuine seal over data this version cannot read
        raise SealError(
            QT_TRANSLATE_NOOP("Sync", "an entry this version cannot read ({reason})"),
            {"reason": str(exc)},
        ) from exc
