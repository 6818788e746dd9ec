"""Telling a Qt list model how its rows moved, from the id lists before and after a change.

One inserted or removed row becomes ``rowsInserted``/``rowsRemoved``; a reordering of the same rows
becomes a layout change (persistent indexes, hence selections, follow their row); only several
insertions and removals at once fall back to a reset.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractItemModel, QModelIndex

from facilitation.ui.core.qtcompat import emit


def follow_ids(
    model: QAbstractItemModel,
    old: list[str],
    new: list[str],
    store: Callable[[list[str]], None],
    columns: int = 1,
) -> None:
    """Switch ``model`` from rows ``old`` to rows ``new``; ``store`` saves the new list in it."""
    if new == old:
        return
    added = [i for i in new if i not in old]
    removed = [i for i in old if i not in new]
    if len(added) == 1 and not removed and [i for i in new if i in old] == old:
        row = new.index(added[0])
        model.beginInsertRows(QModelIndex(), row, row)
        store(new)
        model.endInsertRows()
    elif len(removed) == 1 and not added and [i for i in old if i in new] == new:
        row = old.index(removed[0])
        model.beginRemoveRows(QModelIndex(), row, row)
        store(new)
        model.endRemoveRows()
    elif not added and not removed:
        emit(model.layoutAboutToBeChanged)
        persistent = model.persistentIndexList()
        moved = [(p, old[p.row()], p.column()) for p in persistent if 0 <= p.row() < len(old)]
        store(new)
        for p, iid, col in moved:
            model.changePersistentIndex(p, model.index(new.index(iid), min(col, columns - 1)))
        emit(model.layoutChanged)
    else:  # several rows came and went at once (an import): start over
        model.beginResetModel()
        store(new)
        model.endResetModel()
