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


def skip_source_reads(package: str = "facilitation") -> bool:
    """Spare PySide6's import hook reading the source of every module imported after PySide6.

    Once PySide6 is imported, each ``import`` statement goes through its hook
    (``shibokensupport.feature.feature_imported``), which, the first time it meets a module, reads
    the module's whole source with ``inspect.getsource`` to see whether it names PySide6 (for
    ``from __feature__ import snake_case``, which this app never uses). At start-up that is every
    module of the windows and every standard module they import by name again: 33 million
    instructions and 2 MB of peak memory for the facilitator's window (docs/performance.md,
    finding 7). The answer is known without reading: the modules already imported before PySide6
    do not use it, and this package's are marked as the hook marks a window's module (it uses
    PySide6, no feature selected: this package selects none, so the mark changes nothing for the
    others). Other modules are still asked the hook's way.

    Call it before the windows' modules are imported. Returns False, changing nothing, where the
    binding has no such hook (another PySide6 version): the app then only starts slower.
    """
    import PySide6.QtCore  # noqa: F401  - the hook is installed with the binding

    feature = sys.modules.get("shibokensupport.feature")
    asks = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(asks):
        return False
    if getattr(asks, "_facilitation", False):
        return True  # already done
    before = frozenset(n for n in sys.modules if not n.startswith(("PySide6", "shiboken")))
    prefix = package + "."

    def uses_pyside(module: Any) -> Any:
        name = getattr(module, "__name__", "")
        if name.startswith(prefix) or name == package:
            return True
        if name in before:
            return False
        return asks(module)

    uses_pyside._facilitation = True  # type: ignore[attr-defined]
    setattr(feature, "_mod_uses_pyside", uses_pyside)  # noqa: B010 - a private name of the binding
    return True
