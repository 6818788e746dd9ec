"""The messages on the wire: the y-websocket protocol (sync step 1, step 2, update; awareness), and
one message of our own for the clock.

The sync messages are made and read with pycrdt's own helpers, so any y-websocket relay carries a
meeting. The clock messages use a message type that y-websocket servers ignore (the Node server
skips unknown types; ours answers them): a relay that does not answer simply leaves every device
on its own clock.
"""

from __future__ import annotations

import struct

from pycrdt import YMessageType, YSyncMessageType, create_update_message, read_message
from pycrdt._sync import create_sync_step1_message, create_sync_step2_message

#: "what time is it?" (8 bytes chosen by the asker) and its answer (the same 8 bytes, then the
#: server's wall clock as a big-endian double, seconds since the epoch)
TIME_ASK = 0x66
TIME_ANSWER = 0x67
#: no frame larger than this is read (the whole meeting in one step 2 included)
MAX_FRAME_BYTES = 16 * 1024 * 1024

__all__ = [
    "MAX_FRAME_BYTES",
    "TIME_ANSWER",
    "TIME_ASK",
    "YMessageType",
    "YSyncMessageType",
    "create_sync_step1_message",
    "create_sync_step2_message",
    "create_update_message",
    "parse",
    "sync_step",
    "time_answer",
    "time_ask",
]


def time_ask(token: bytes) -> bytes:
    return bytes([TIME_ASK]) + token[:8].ljust(8, b"\0")


def time_answer(ask: bytes, now: float) -> bytes | None:
    if len(ask) != 9:
        return None
    return bytes([TIME_ANSWER]) + ask[1:9] + struct.pack(">d", now)


def read_time_answer(data: bytes) -> tuple[bytes, float] | None:
    if len(data) != 17 or data[0] != TIME_ANSWER:
        return None
    (now,) = struct.unpack(">d", data[9:17])
    return data[1:9], now


def sync_step(data: bytes) -> int | None:
    """The sync type of a sync step 1 or step 2 (``YSyncMessageType.SYNC_STEP1``, ``STEP2``), read
    from its header only; None for any other message."""
    steps = (YSyncMessageType.SYNC_STEP1, YSyncMessageType.SYNC_STEP2)
    if len(data) >= 2 and data[0] == YMessageType.SYNC and data[1] in steps:
        return data[1]
    return None


def parse(data: bytes) -> tuple[int, int, bytes] | None:
    """(message type, sync type, payload) of a sync message, or None for anything else."""
    if len(data) < 2 or data[0] != YMessageType.SYNC or data[1] > YSyncMessageType.SYNC_UPDATE:
        return None
    try:
        payload = read_message(data[2:])
    except Exception:
        return None
    return data[0], data[1], payload
