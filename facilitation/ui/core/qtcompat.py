"""Work-arounds for bugs of the Qt binding, in one place (call :func:`pin_singletons` at start-up).

PySide6 6.12.0's ``SignalInstance.emit`` hands back ``True`` without taking a reference to it, so every
``signal.emit(...)`` made from Python takes one reference away from ``True``. On Python 3.11 ``True``
is not immortal: after a few thousand emits (a long meeting) the interpreter aborts with "bool_dealloc:
deallocating True or False". :func:`emit` gives the reference back. Giving an extra reference to
``True`` or ``False`` is harmless, so this stays correct once the binding is fixed.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def emit(signal: Any, *args: Any) -> Any:
    """``signal.emit(*args)``, without the binding's reference leak on the result."""
    result = signal.emit(*args)
    if result is True or result is False:
        _incref(result)
    return result


def pin_singletons() -> None:
    """Make ``None``, ``True`` and ``False`` safe from the binding's missing references.

    PySide6 6.12.0 on Python 3.11 also returns ``None`` from every void method without taking a
    reference (it counts on Python 3.12's immortal objects): each ``label.setText()`` takes one
    reference away from ``None``, and the interpreter aborts ("none_dealloc") after some thousands of
    calls — within minutes of a live meeting. These objects are never freed while Python runs, so
    giving them a very large number of extra references once, at start-up, is harmless and makes them
    as good as immortal. Python 3.12 and later already make them immortal: nothing to do there.
    """
    if sys.version_info >= (3, 12) or not hasattr(sys, "getrefcount"):
        return
    for obj in (None, True, False):
        # ob_refcnt is the first field of a CPython object in a release build; make sure it is
        # (the field holds what getrefcount reports, less getrefcount's own reference)
        count = ctypes.c_ssize_t.from_address(id(obj))
        if count.value != sys.getrefcount(obj) - 1:
            return
        if count.value < _PINNED:
            count.value += _PINNED


#: extra references given to the singletons (far more than a program could ever drop)
_PINNED = 1 << 40
