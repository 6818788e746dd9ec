"""Taking the meeting file's version after someone else changed it: the edits that turn ours into it.

The live meeting is shared by every window, so it is not swapped for another object: a ``Patch`` of
primitive edits goes through the one door instead. Every window refreshes from its change record, the
journal keeps it like any change, and Undo brings our version back.
"""

from __future__ import annotations

from facilitation.models import COLLECTIONS, Meeting, Patch
from facilitation.models.meeting import SCALARS, Delete, Op, Put, Set

#: what the Edit menu calls it (English source, translated in context "Command")
LABEL = "Reload the file"


def patch_to(ours: Meeting, theirs: Meeting) -> Patch | None:
    """The edits that make ``ours`` equal to ``theirs``; None when they are two different meetings
    (another meeting's file was put under this name: keep ours under another name instead)."""
    if ours.id != theirs.id:
        return None
    ops: list[Op] = []
    for name in SCALARS:
        if getattr(ours, name) != getattr(theirs, name):
            ops.append(Set(name, getattr(theirs, name)))
    for coll in COLLECTIONS:
        mine, wanted = ours.collection(coll), theirs.collection(coll)
        kept = [pid for pid in mine if pid in wanted]
        ops.extend(Delete(coll, pid) for pid in mine if pid not in wanted)
        order = list(kept)
        for index, (pid, part) in enumerate(wanted.items()):
            # in its place, and as it is in the file; parts already right are left alone
            if index < len(order) and order[index] == pid and mine[pid] == part:
                continue
            ops.append(Put(coll, part, index))
            if pid in order:
                order.remove(pid)
            order.insert(index, pid)
    return Patch(tuple(ops), LABEL)
