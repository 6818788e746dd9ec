"""The domain's plain data, through msgspec: one encoder and one set of rules for the meeting file, the
commands of the journal and the undo patches, so the three can never disagree on how a date or an enum
is written.

msgspec reads the parts (frozen slotted dataclasses) and the commands (frozen Structs) straight from
JSON, checking every field against its type, in C. What it reports (``Expected `int`, got `str` - at
`$.items[0].planned_minutes```) becomes a :class:`DataError`: the field path (``items[0].planned_minutes``)
and a sentence made of an English template marked for Qt Linguist (context ``DataError``) and its
parameters, so the interface can say it in the user's language.
"""

from __future__ import annotations

import enum
import re
import types
import typing
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any, TypeVar

import msgspec

from facilitation.models.i18n import QT_TRANSLATE_NOOP

T = TypeVar("T")


class Words(str):
    """A parameter that is itself a phrase of the vocabulary below: translated before it is used."""

    __slots__ = ()


def render(
    template: str, params: Mapping[str, Any], translated: Callable[[str], str] | None = None
) -> str:
    """``template`` filled with ``params``; with ``translated`` (the interface's translation of an
    English text of the context), in the user's language."""
    say = translated or str
    values = {k: say(v) if isinstance(v, Words) else v for k, v in params.items()}
    try:
        return say(template).format(**values)
    except (KeyError, IndexError, ValueError):
        return template.format(**{k: str(v) for k, v in params.items()})


class DataError(ValueError):
    """Data does not have the shape the domain expects; ``path`` says where, ``message`` what.

    ``template`` and ``params`` are the same sentence for translation (context ``DataError``)."""

    def __init__(
        self,
        path: str,
        message: str = "",
        template: str | None = None,
        params: Mapping[str, Any] | None = None,
    ) -> None:
        self.path = path
        self.template = template if template is not None else "{problem}"
        self.params = dict(params or {}) if template is not None else {"problem": message}
        self.message = message or render(self.template, self.params)
        super().__init__(f"{path or '(top)'}: {self.message}")

    def text(self, translated: Callable[[str], str] | None = None) -> str:
        """The problem (without the path) in the language of ``translated``."""
        return render(self.template, self.params, translated)


# -- encoding and converting ---------------------------------------------------------------------

_ENCODER = msgspec.json.Encoder()
encode = _ENCODER.encode


def to_data(value: Any) -> Any:
    """A domain value as JSON-ready data (dicts, lists, str, int, float, bool, None)."""
    try:
        return _DECODE(encode(value))  # lists for tuples, as JSON has them
    except UnicodeEncodeError:  # a lone surrogate, which UTF-8 cannot hold
        return _lists(msgspec.to_builtins(value))


_DECODE = msgspec.json.Decoder().decode


def _lists(data: Any) -> Any:
    if isinstance(data, dict):
        return {k: _lists(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [_lists(v) for v in data]
    return data


def nested(exc: msgspec.ValidationError, field: str) -> ValueError:
    """``exc``, met while building field ``field`` of a Struct in its ``__post_init__``, with its path
    put under that field: msgspec then adds the Struct's own path before it, so the whole path of the
    bad value is reported (``ops[0].data.text``)."""
    message, path = split_path(str(exc))
    sub = f".{path}" if path and not path.startswith("[") else path
    return ValueError(f"{message} - at `$.{field}{sub}`")


def from_data(tp: Any, data: Any, path: str = "") -> Any:
    """Build a value of type ``tp`` from plain data, strictly. Raises :class:`DataError`."""
    try:
        return msgspec.convert(data, tp)
    except msgspec.ValidationError as exc:
        if isinstance(data, str) and _HH_MM.fullmatch(data):
            # a time of day without its seconds, as the editors and the one-line next meeting
            # write it (the file itself has written seconds since version 3)
            try:
                return msgspec.convert(data + ":00", tp)
            except msgspec.ValidationError:
                pass
        raise data_error(exc, data, tp, path) from None


_HH_MM = re.compile(r"\d{2}:\d{2}")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls, include_extras=True)


def field_type(cls: type, name: str) -> Any:
    """The declared type of field ``name`` of dataclass ``cls`` (KeyError if there is none)."""
    hints = _hints(cls)
    if name not in getattr(cls, "__dataclass_fields__", {}):
        raise KeyError(name)
    return hints[name]


# -- msgspec's errors, as the domain's -----------------------------------------------------------

_PHRASES: dict[str, str] = {
    "str": QT_TRANSLATE_NOOP("DataError", "text"),
    "int": QT_TRANSLATE_NOOP("DataError", "a whole number"),
    "float": QT_TRANSLATE_NOOP("DataError", "a number"),
    "bool": QT_TRANSLATE_NOOP("DataError", "true or false"),
    "null": QT_TRANSLATE_NOOP("DataError", "null"),
    "array": QT_TRANSLATE_NOOP("DataError", "a list"),
    "object": QT_TRANSLATE_NOOP("DataError", "an object"),
    "datetime": QT_TRANSLATE_NOOP("DataError", "a date and time (ISO 8601 with offset)"),
    "date": QT_TRANSLATE_NOOP("DataError", "a date (YYYY-MM-DD)"),
    "time": QT_TRANSLATE_NOOP("DataError", "a time (HH:MM:SS)"),
}
_AT = re.compile(r" - at `\$((?:\.[^`\[.]+|\[[^\]]*\])*)`$")
_EXPECTED_GOT = re.compile(r"^Expected `([^`]+)`, got `([^`]+)`$")
_MISSING = re.compile(r"^Object missing required field `([^`]+)`$")
_BOUND = re.compile(r"^Expected `(int|float)` >= (\d+)$")
_REGEX = re.compile(r"^Expected `str` matching regex '(.*)'$")
_ENUM = re.compile(r"^Invalid enum value (.+)$")
_RFC = re.compile(r"^Invalid RFC3339 encoded (datetime|date|time)$")
_TAG = re.compile(r"^Invalid value (.+)$")


def split_path(message: str) -> tuple[str, str]:
    """msgspec's message without its ``- at `$…``` parts, and the path they name (``a.b[2]``).

    A check made inside a part's own ``__post_init__`` adds its path to the part's: both are joined.
    """
    path = ""
    while True:
        found = _AT.search(message)
        if found is None:
            break
        path = path + found.group(1)
        message = message[: found.start()]
    return message, path.removeprefix(".")


def _phrase(name: str) -> str:
    name = name.split(" | ")[0] if " | " in name else name
    return Words(_PHRASES.get(name, name))


def describe(value: Any) -> str:
    """What was found, in a few words ("text 'tomorrow'", "number 12", "a list")."""
    if value is _NOTHING:
        return ""
    if value is None:
        return Words(_PHRASES["null"])
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        return f"{value[:40]!r}"
    if isinstance(value, int | float):
        return repr(value)
    if isinstance(value, list | tuple):
        return Words(_PHRASES["array"])
    if isinstance(value, dict):
        return Words(_PHRASES["object"])
    return type(value).__name__


_NOTHING = object()


def value_at(data: Any, path: str) -> Any:
    """The value at ``path`` (``notes[3].at``) in plain data, or a marker when there is none."""
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        try:
            data = data[int(part[1:-1])] if part.startswith("[") else data[part]
        except (KeyError, IndexError, TypeError, ValueError):
            return _NOTHING
    return data


def type_at(tp: Any, path: str) -> Any:
    """The declared type at ``path`` below ``tp`` (None when it cannot be told)."""
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", path):
        tp = _strip(tp)
        if part.startswith("["):
            args = typing.get_args(tp)
            tp = args[0] if args else None
        elif isinstance(tp, type):
            hints = _struct_hints(tp)
            tp = hints.get(part)
        else:
            return None
        if tp is None:
            return None
    return _strip(tp)


def _strip(tp: Any) -> Any:
    """``Annotated[X, …] | None`` → ``X``."""
    while True:
        if typing.get_origin(tp) is typing.Annotated:
            tp = typing.get_args(tp)[0]
            continue
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if typing.get_origin(tp) in (typing.Union, types.UnionType) and len(args) == 1:
            tp = args[0]
            continue
        return tp


def _struct_hints(tp: type) -> dict[str, Any]:
    try:
        hints = _hints(tp)
    except Exception:  # not a class with annotations
        return {}
    if issubclass(tp, msgspec.Struct):  # wire names (``data`` for Put.entity)
        info = msgspec.structs.fields(tp)
        return {f.encode_name: hints.get(f.name) for f in info}
    return hints


def data_error(exc: msgspec.ValidationError, data: Any, tp: Any, prefix: str = "") -> DataError:
    """msgspec's ``exc`` (met while reading ``data`` as ``tp``) as a :class:`DataError`.

    ``data`` is the plain data (or ``_NOTHING`` when only bytes were read: the value found is then
    left out); ``prefix`` is put before the path (``meeting``)."""
    message, path = split_path(str(exc))
    found = value_at(data, path) if data is not _NOTHING else _NOTHING
    template, params = _problem(message, path, found, tp)
    if template == "missing":
        path = f"{path}.{params.pop('name')}" if path else params.pop("name")
        template = QT_TRANSLATE_NOOP("DataError", "this field is required")
    full = ".".join(p for p in (prefix, path) if p).replace(".[", "[")
    return DataError(full, "", template, params)


def _problem(message: str, path: str, found: Any, tp: Any) -> tuple[str, dict[str, Any]]:
    got = describe(found)
    if m := _EXPECTED_GOT.match(message):
        expected = _phrase(m.group(1))
        return QT_TRANSLATE_NOOP("DataError", "expected {expected}, found {found}"), {
            "expected": expected,
            "found": got or _phrase(m.group(2)),
        }
    if m := _MISSING.match(message):
        return "missing", {"name": m.group(1)}
    if m := _BOUND.match(message):
        return QT_TRANSLATE_NOOP(
            "DataError", "expected a number of {low} or more, found {found}"
        ), {
            "low": m.group(2),
            "found": got,
        }
    if m := _REGEX.match(message):
        if m.group(1) == r"\\S":
            return QT_TRANSLATE_NOOP("DataError", "this text cannot be blank"), {}
        return QT_TRANSLATE_NOOP("DataError", "expected {expected}, found {found}"), {
            "expected": _choices(type_at(tp, path), m.group(1)),
            "found": got,
        }
    if _ENUM.match(message) or _TAG.match(message):
        choices = _choices(type_at(tp, path), "", path)
        if not choices:
            return QT_TRANSLATE_NOOP("DataError", "unknown kind {found}"), {
                "found": got or message.split(" ", 2)[-1]
            }
        return QT_TRANSLATE_NOOP("DataError", "expected one of {choices}, found {found}"), {
            "choices": choices,
            "found": got,
        }
    if message == "Expected `datetime` with a timezone component":
        return QT_TRANSLATE_NOOP("DataError", "a timestamp needs its UTC offset (e.g. +02:00)"), {}
    if m := _RFC.match(message):
        return QT_TRANSLATE_NOOP("DataError", "expected {expected}, found {found}"), {
            "expected": _phrase(m.group(1)),
            "found": got,
        }
    if message in ("Integer value out of range", "Number out of range"):
        return QT_TRANSLATE_NOOP("DataError", "the number {found} is out of range"), {"found": got}
    return "{problem}", {"problem": message}


@cache
def _enum_fields() -> dict[str, type]:
    """Field name → enum, over every part: for a value met where the type cannot be followed
    (inside a journal's ``data``, whose type depends on its list)."""
    from facilitation.models import entities

    out: dict[str, type] = {}
    for obj in vars(entities).values():
        if isinstance(obj, type) and hasattr(obj, "__dataclass_fields__"):
            for name, tp in _hints(obj).items():
                tp = _strip(tp)
                if isinstance(tp, type) and issubclass(tp, enum.Enum):
                    out.setdefault(name, tp)
    return out


def _choices(tp: Any, pattern: str, path: str = "") -> str:
    if tp is None and path:
        tp = _enum_fields().get(path.rsplit(".", 1)[-1])
    if isinstance(tp, type) and issubclass(tp, enum.Enum):
        return ", ".join(repr(m.value) for m in tp)
    if pattern.startswith("^(") and pattern.endswith(")$"):
        return ", ".join(repr(v) for v in pattern[2:-2].split("|"))
    return ""


__all__ = [
    "QT_TRANSLATE_NOOP",
    "DataError",
    "Words",
    "data_error",
    "encode",
    "field_type",
    "from_data",
    "render",
    "to_data",
]
