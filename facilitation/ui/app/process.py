"""The app's process around its windows: the garbage collector during start-up, and leaving at the end.

Start-up imports some 300 modules and builds the window: about 50,000 objects that live as long as the
process, and no garbage. The cyclic garbage collector would walk them again and again while they are
made (about 90 collections, 40 million instructions: docs/performance.md, finding 7), so it waits
until the first window is painted (:func:`collect_from_now`); the objects made until then are moved
out of its generations (``ui/core/heap.py``: ``gc.freeze``), so that its later full collections, during
the meeting, walk only what the meeting made since.

When the app has closed — windows closed, the session closed (its autosave slot removed, its file
written), the settings written — Python would still free every object one by one and unload every
module before the process ends: about 80 million instructions that nobody waits for and that write
nothing. :func:`leave` tears Qt down as usual (the application object's own clean-up: the platform
and, under X11, the clipboard handed to the clipboard manager) and ends the process without
Python's teardown, but only when nothing else may still be working: no thread but the main one and
daemon threads (which a normal exit abandons too), and the clipboard not ours.
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
import threading
from typing import NoReturn

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication

from facilitation.ui.core.heap import settle as settle_heap


def collect_from_now() -> None:
    """Start-up is over: what it made is kept for good; the collector runs from now on.

    Only where start-up held the collector (the command does, ``cli.main``): a process that runs
    the app's start-up with its collector on (a test) keeps its heap as it is.
    """
    if gc.isenabled():
        return
    settle_heap()
    gc.enable()


def can_skip_teardown() -> bool:
    """True when ending the process now leaves nothing undone."""
    main = threading.main_thread()
    if any(t is not main and not t.daemon for t in threading.enumerate()):
        return False  # a thread that a normal exit would wait for
    app = QCoreApplication.instance()
    if isinstance(app, QGuiApplication):
        clipboard = app.clipboard()
        if clipboard.ownsClipboard() or clipboard.ownsSelection():
            return False  # the copied text must outlive us: Qt's own exit hands it over
    return True


def leave(code: int) -> NoReturn:
    """End the process with ``code``, without Python's teardown where nothing needs it."""
    if not can_skip_teardown():
        sys.exit(code)
    app = QCoreApplication.instance()
    if app is not None:
        import shiboken6

        shiboken6.delete(app)  # Qt's own clean-up, as at a normal exit
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        # closed or gone (no console): there is nothing left to write to
        with contextlib.suppress(OSError, ValueError, AttributeError):
            stream.flush()
    os._exit(code)
