"""Plain-data conversion of the domain's dataclasses (to and from JSON-ready dicts).

One converter serves the meeting file, the commands of the journal and the undo patches, so the three
can never disagree on how a date or an enum is written. Decoding is strict and reports *where* the
data is wrong (a field path such as ``notes[12].at``) so that a loader can tell the user.

Both directions are compiled once per type (a closure per dataclass and field type, cached): a
3,000-note meeting must not re-inspect its type hints for each of its hundred thousand values.
Decoding takes a fast path that checks everything but tracks no field path; when it meets anything
wrong it gives up, and the careful decoder (:func:`_checked`, the reference) decodes the same data
again to raise the :class:`DataError` with its path and message. Errors are therefore exactly those
of the careful decoder, and the common case, good data, pays for no path strings.
"""

from __future__ import annotations

import dataclasses
import enum
import types
import typing
from collections.abc import Callable
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
    convert = _CONVERTERS.get(value.__class__)
    if convert is None:
        convert = _CONVERTERS.setdefault(value.__class__, _converter(value.__class__))
    return convert(value)


def _same(value: Any) -> Any:
    return value


def _time_to_data(value: time) -> str:
    return value.isoformat(timespec="minutes" if not value.second else "seconds")


def _converter(tp: type) -> Callable[[Any], Any]:
    """How to convert any value of class ``tp``: the checks ``isinstance`` would make, made once."""
    if tp is type(None) or issubclass(tp, bool | int | float | str):
        return _same
    if issubclass(tp, enum.Enum):
        return lambda value: value.value
    if issubclass(tp, date):  # datetime and date alike
        return tp.isoformat
    if issubclass(tp, time):
        return _time_to_data
    if dataclasses.is_dataclass(tp):
        names = tuple(f.name for f in _fields(tp))

        def dataclass_to_data(value: Any) -> dict[str, Any]:
            out = {}
            for name in names:
                v = getattr(value, name)
                out[name] = v if v.__class__ in _PLAIN else to_data(v)
            return out

        return dataclass_to_data
    if issubclass(tp, list | tuple):
        return lambda value: [v if v.__class__ in _PLAIN else to_data(v) for v in value]
    if issubclass(tp, dict):
        return lambda value: {str(k): to_data(v) for k, v in value.items()}

    def refuse(value: Any) -> Any:
        raise TypeError(f"cannot convert {type(value).__name__} to data")

    return refuse


#: classes whose values are their own data (exact classes: a str enum is not one of them)
_PLAIN = frozenset({str, int, float, bool, type(None)})
#: one converter per class met so far (a handful of domain classes)
_CONVERTERS: dict[type, Callable[[Any], Any]] = {}


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
    try:
        decode = _decoder(tp)
    except TypeError:  # an unhashable type: no cache, the careful way
        return _checked(tp, data, path)
    try:
        return decode(data)
    except Exception:
        # something is wrong (or unusual): the careful decoder finds what, and where
        return _checked(tp, data, path)


def _checked(tp: Any, data: Any, path: str) -> Any:
    """The reference decoder: strict, and every error names its field path."""
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = get_args(tp)
        if data is None and type(None) in args:
            return None
        non_none = [a for a in args if a is not type(None)]
        if len(non_none) == 1:
            return _checked(non_none[0], data, path)
        raise TypeError(f"unsupported union {tp}")  # pragma: no cover - domain never uses them
    if origin is tuple:
        args = get_args(tp)
        if not isinstance(data, list):
            raise DataError(path, f"expected a list, found {_describe(data)}")
        return tuple(_checked(args[0], v, f"{path}[{i}]") for i, v in enumerate(data))
    if origin is list:
        (arg,) = get_args(tp)
        if not isinstance(data, list):
            raise DataError(path, f"expected a list, found {_describe(data)}")
        return [_checked(arg, v, f"{path}[{i}]") for i, v in enumerate(data)]
    if origin is dict:
        _, varg = get_args(tp)
        if not isinstance(data, dict):
            raise DataError(path, f"expected an object, found {_describe(data)}")
        return {str(k): _checked(varg, v, f"{path}.{k}") for k, v in data.items()}
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
            kwargs[f.name] = _checked(hints[f.name], data[f.name], sub)
        elif f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING:
            raise DataError(sub, "this field is required")
    try:
        return cls(**kwargs)
    except ValueError as exc:  # __post_init__ checks
        raise DataError(path, str(exc)) from None


class _Wrong(Exception):
    """The fast path met bad data: :func:`_checked` will say what and where."""


@cache
def _decoder(tp: Any) -> Callable[[Any], Any]:
    """A decoder for ``tp`` that checks exactly what :func:`_checked` checks, without paths."""
    origin = get_origin(tp)
    if origin in (Union, types.UnionType):
        args = get_args(tp)
        non_none = [a for a in args if a is not type(None)]
        if len(non_none) != 1:
            return _wrong  # the careful decoder knows what to do with these
        inner = _decoder(non_none[0])
        if type(None) in args:
            return lambda data: None if data is None else inner(data)
        return inner
    if origin is tuple or origin is list:
        item = _decoder(get_args(tp)[0])
        if origin is tuple:
            return lambda data: tuple(map(item, _a_list(data)))
        return lambda data: list(map(item, _a_list(data)))
    if origin is dict:
        value = _decoder(get_args(tp)[1])
        return lambda data: {str(k): value(v) for k, v in _a_dict(data).items()}
    if tp is Any:
        return _same
    if tp is bool:
        return _a_bool
    if tp is int:
        return _an_int
    if tp is float:
        return _a_float
    if tp is str:
        return _a_str
    if tp in (datetime, date, time):
        return _iso_decoder(tp)
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        # a dict lookup instead of Enum's call machinery; a miss goes the careful way (``tp(data)``)
        members = {m.value: m for m in tp}
        return members.__getitem__
    if isinstance(tp, type) and dataclasses.is_dataclass(tp):
        return _dataclass_decoder(tp)
    return _wrong


def _dataclass_decoder(cls: type) -> Callable[[Any], Any]:
    hints = _hints(cls)
    required = frozenset(
        f.name
        for f in _fields(cls)
        if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING
    )
    # the field decoders are built on first use: a dataclass may refer to itself
    plan: list[tuple[str, Callable[[Any], Any], bool]] | None = None

    def decode(data: Any) -> Any:
        nonlocal plan
        if plan is None:  # built whole, then published in one assignment (threads may race here)
            plan = [(f.name, d := _decoder(hints[f.name]), d is _a_str) for f in _fields(cls)]
        if data.__class__ is not dict and not isinstance(data, dict):
            raise _Wrong
        kwargs = {}
        for name, field_decoder, text in plan:
            if name in data:
                value = data[name]
                # texts are most fields: checked here, without a call
                kwargs[name] = value if text and value.__class__ is str else field_decoder(value)
            elif name in required:
                raise _Wrong
        return cls(**kwargs)

    return decode


def _wrong(data: Any) -> Any:
    raise _Wrong


def _a_list(data: Any) -> list[Any]:
    if not isinstance(data, list):
        raise _Wrong
    return data


def _a_dict(data: Any) -> dict[Any, Any]:
    if not isinstance(data, dict):
        raise _Wrong
    return data


def _a_bool(data: Any) -> bool:
    if data is True or data is False:
        return data
    if not isinstance(data, bool):
        raise _Wrong
    return data


def _an_int(data: Any) -> int:
    if data.__class__ is int:
        return data  # type: ignore[no-any-return]
    if isinstance(data, bool) or not isinstance(data, int):
        raise _Wrong
    return data


def _a_float(data: Any) -> float:
    if isinstance(data, bool) or not isinstance(data, int | float):
        raise _Wrong
    return float(data)


def _a_str(data: Any) -> str:
    if data.__class__ is str:
        return data  # type: ignore[no-any-return]
    if not isinstance(data, str):
        raise _Wrong
    return data


def _iso_decoder(tp: type[date] | type[time]) -> Callable[[Any], Any]:
    parse = tp.fromisoformat
    needs_offset = tp is datetime

    def decode(data: Any) -> Any:
        if not isinstance(data, str):
            raise _Wrong
        value = parse(data)  # ValueError: wrong
        if needs_offset and value.tzinfo is None:
            raise _Wrong
        return value

    return decode


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
