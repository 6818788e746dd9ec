"""Plain-data conversion of the domain's dataclasses (to and from JSON-ready dicts).

One converter serves the meeting file, the commands of the journal and the undo patches, so the three
can never disagree on how a date or an enum is written. Decoding is strict and reports *where* the
data is wrong (a field path such as ``notes[12].at``) so that a loader can tell the user.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from datetime import date, datetime, time
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin

T = TypeVar("T")


class DataError(ValueError):
    """Data does not have the shape the domain expects; ``path`` says where."""

    def __init__(self, path: str, message: str) -> None:
        super().__init__(f"{path or '(top)'}: {message}")
        self.path = path
        self.message = message


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


@cache
def _fields(cls: type) -> tuple[dataclasses.Field[Any], ...]:
    return tuple(f for f in dataclasses.fields(cls) if f.init)


def to_data(value: Any) -> Any:
    """Turn a domain value into JSON-ready data (dicts, lists, str, int, float, bool, None)."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.isoformat(timespec="minutes" if not value.second else "seconds")
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_data(getattr(value, f.name)) for f in _fields(type(value))}
    if isinstance(value, list | tuple):
        return [to_data(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_data(v) for k, v in value.items()}
    raise TypeError(f"cannot convert {type(value).__name__} to data")


def _type_name(tp: Any) -> str:
    names = {
        str: "text",
        int: "a whole number",
        float: "a number",
        bool: "true or false",
        datetime: "a date and time (ISO 8601 with offset)",
        date: "a date (YYYY-MM-DD)",
        time: "a time (HH:MM)",
    }
    if tp in names:
        return names[tp]
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return "one of " + ", ".join(repr(m.value) for m in tp)
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return "an object"
    return "a list" if get_origin(tp) in (list, tuple) else str(tp)


def from_data(tp: Any, data: Any, path: str = "") -> Any:
    """Build a value of type ``tp`` from plain data, strictly. Raises :class:`DataError`."""
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = get_args(tp)
        if data is None and type(None) in args:
            return None
        non_none = [a for a in args if a is not type(None)]
        if len(non_none) == 1:
            return from_data(non_none[0], data, path)
        raise TypeError(f"unsupported union {tp}")  # pragma: no cover - domain never uses them
    if origin is tuple:
        args = get_args(tp)
        if not isinstance(data, list):
            raise DataError(path, f"expected a list, found {_describe(data)}")
        return tuple(from_data(args[0], v, f"{path}[{i}]") for i, v in enumerate(data))
    if origin is list:
        (arg,) = get_args(tp)
        if not isinstance(data, list):
            raise DataError(path, f"expected a list, found {_describe(data)}")
        return [from_data(arg, v, f"{path}[{i}]") for i, v in enumerate(data)]
    if origin is dict:
        _, varg = get_args(tp)
        if not isinstance(data, dict):
            raise DataError(path, f"expected an object, found {_describe(data)}")
        return {str(k): from_data(varg, v, f"{path}.{k}") for k, v in data.items()}
    if tp is Any:
        return data
    if tp is bool:
        if not isinstance(data, bool):
            raise DataError(path, f"expected true or false, found {_describe(data)}")
        return data
    if tp is int:
        if isinstance(data, bool) or not isinstance(data, int):
            raise DataError(path, f"expected a whole number, found {_describe(data)}")
        return data
    if tp is float:
        if isinstance(data, bool) or not isinstance(data, int | float):
            raise DataError(path, f"expected a number, found {_describe(data)}")
        return float(data)
    if tp is str:
        if not isinstance(data, str):
            raise DataError(path, f"expected text, found {_describe(data)}")
        return data
    if tp in (datetime, date, time):
        if not isinstance(data, str):
            raise DataError(path, f"expected {_type_name(tp)}, found {_describe(data)}")
        try:
            value = tp.fromisoformat(data)
        except ValueError:
            raise DataError(path, f"expected {_type_name(tp)}, found {data[:40]!r}") from None
        if tp is datetime and value.tzinfo is None:
            raise DataError(path, "a timestamp needs its UTC offset (e.g. +02:00)")
        return value
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        try:
            return tp(data)
        except ValueError:
            raise DataError(path, f"expected {_type_name(tp)}, found {_describe(data)}") from None
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass_from_data(tp, data, path)
    raise TypeError(f"unsupported type {tp!r}")  # pragma: no cover


def _dataclass_from_data(cls: type[T], data: Any, path: str) -> T:
    if not isinstance(data, dict):
        raise DataError(path, f"expected an object, found {_describe(data)}")
    hints = _hints(cls)
    kwargs: dict[str, Any] = {}
    for f in _fields(cls):
        sub = f"{path}.{f.name}" if path else f.name
        if f.name in data:
            kwargs[f.name] = from_data(hints[f.name], data[f.name], sub)
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise DataError(sub, "this field is required")
    try:
        return cls(**kwargs)
    except ValueError as exc:  # __post_init__ checks
        raise DataError(path, str(exc)) from None


def _describe(data: Any) -> str:
    if data is None:
        return "null"
    if isinstance(data, bool):
        return "true" if data else "false"
    if isinstance(data, str):
        return f"text {data[:40]!r}"
    if isinstance(data, int | float):
        return f"number {data!r}"
    if isinstance(data, list):
        return "a list"
    if isinstance(data, dict):
        return "an object"
    return type(data).__name__


def field_type(cls: type, name: str) -> Any:
    """The declared type of field ``name`` of dataclass ``cls`` (KeyError if there is none)."""
    hints = _hints(cls)
    if name not in {f.name for f in _fields(cls)}:
        raise KeyError(name)
    return hints[name]
