"""The one marker for text that Qt Linguist collects and the interface translates when it shows it.

The domain, the importers, the export and the interface all mark their English templates with
``QT_TRANSLATE_NOOP("Context", "text")``: lupdate finds the calls by that name, in any module, and the
text is translated later with ``QCoreApplication.translate(context, text)``. Qt's own
``QtCore.QT_TRANSLATE_NOOP`` would do the same but is typed as returning ``object`` and would bring Qt
into the floors that must not import it; this one is plain Python and returns the ``str`` it was given.
"""

from __future__ import annotations


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context``; it is translated where it is shown."""
    return text
