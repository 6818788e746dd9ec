"""Commands read back from plain data (the journal): one tagged union of every registered command.

Split from :mod:`facilitation.models.commands` (which defines the commands and their registry): this
is the one place that turns a journal's ``{"type": "step_to", …}`` back into a command, with the
field path of anything wrong (:class:`~facilitation.models.wire.DataError`).
"""

from __future__ import annotations

import functools
import operator
import re
from typing import Any

import msgspec

from facilitation.models.commands import COMMANDS, Command
from facilitation.models.wire import DataError, data_error


def any_command() -> Any:
    """Every registered command, as the tagged union msgspec reads."""
    return _union(tuple(COMMANDS.values()))


@functools.cache
def _union(kinds: tuple[type[Command], ...]) -> Any:
    return functools.reduce(operator.or_, kinds)


@functools.cache
def _holder(kinds: tuple[type[Command], ...]) -> Any:
    """A Struct with one field, any command: msgspec keeps what it learnt of a Struct's types, not of
    a bare union, which ``convert`` would otherwise work out again for every command (~0.5 ms)."""
    return msgspec.defstruct("OneCommand", [("cmd", _union(kinds))])


#: a time of day as version 2 wrote it (``18:00``); msgspec reads only ``18:00:00``
_SHORT_TIME = re.compile(r"^\d{2}:\d{2}$")


def _long_times(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _long_times(v) for k, v in data.items()}
    if isinstance(data, list):
        return [_long_times(v) for v in data]
    if isinstance(data, str) and _SHORT_TIME.match(data):
        return data + ":00"
    return data


def _convert(data: Any, path: str) -> Command:
    holder = _holder(tuple(COMMANDS.values()))
    try:
        cmd: Command = msgspec.convert({"cmd": data}, holder).cmd
    except msgspec.ValidationError as exc:
        err = data_error(exc, {"cmd": data}, holder)
        rest = err.path.removeprefix("cmd")
        raise DataError(path + rest, "", err.template, err.params) from None
    return cmd


def command_from_data(data: Any, path: str = "command") -> Command:
    """Read a command back from plain data (the journal); raise :class:`DataError` if it is bad."""
    try:
        return _convert(data, path)
    except DataError as exc:
        # a journal left by version 2 (a crash, then an update) wrote times of day as HH:MM
        try:
            return _convert(_long_times(data), path)
        except DataError:
            raise exc from None
