"""What the garbage collector looks at once the meeting is open: only what was made after.

Python's cyclic collector walks, at a full collection, every container object alive. With the large
meeting loaded and the facilitator's window shown that is some 46,000 objects (the meeting's parts,
the widgets' wrappers, the modules), about 8–14 ms of one frame, and the first full collection
comes some thousands of changes into the meeting, whichever step it falls in. Those objects live as
long as the meeting is open: walking them again and again finds nothing. ``settle`` moves them out
of the collector's generations (``gc.freeze``) once the window is shown; the collector keeps running
for everything made after (the parts each change makes, dialogs, undo steps), and reference counting
still frees what was settled when it is dropped. The collector is never switched off for good (it waits during start-up: ui/app/process.py).
"""

from __future__ import annotations

import gc


def settle() -> None:
    """Leave what is alive now out of every later collection (call once the window is shown).

    No collection first: that would cost a full one at start-up (the window was just shown, there
    is nothing to find: the app's start-up leaves no cycles behind).
    """
    gc.freeze()
