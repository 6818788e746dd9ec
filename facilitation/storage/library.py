"""The meetings of this computer: the meetings folder, and the meetings opened from elsewhere.

Meetings live by default in a visible folder (``Documents/Facilitation``, one subfolder per series:
:func:`~facilitation.storage.paths.meetings_dir`). :meth:`Library.scan` lists the meeting files there
(two levels deep) and those the app opened from anywhere else, newest first, each as a
:class:`~facilitation.storage.summary.Summary`. It only ever reads the meeting files.

The library's own index (``library.json`` in the data folder, 0600) remembers:

- ``known``: the files opened from outside the folder (path → meeting id), so they stay in the list;
  one that is gone is listed as missing, not dropped, until the user forgets it. A known file moved
  or renamed inside the meetings folder is found again by its meeting id and followed.
- ``minutes``: the meetings whose minutes this app wrote (meeting id → when), the "minutes
  exported" state (the meeting file itself does not say it, and the list never writes to it).
- ``cache``: each file's summary with its size and modification time, so a scan reads again only
  the files that changed: 500 unchanged meetings are 500 ``stat`` calls.

The index is a cache plus a short memory: a damaged one is set aside (``library.json.damaged``) and
started afresh. Two app processes may write it in turn (atomically); the last one wins, so a file
opened in one of them at the same moment can be forgotten from ``known`` (never from the folder).
"""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

from facilitation.storage import paths
from facilitation.storage.atomic import write_atomic
from facilitation.storage.errors import StorageError
from facilitation.storage.summary import Problem, State, Summary, read_summary

INDEX = "library.json"
INDEX_FORMAT = "facilitation-library"
INDEX_VERSION = 1
#: files opened from elsewhere that the index keeps at most (the oldest are forgotten first)
MAX_KNOWN = 500


def _now_text() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class Library:
    """The list of meetings. ``folder`` and ``data`` default to the user's meetings and data folders
    (tests and the benchmark pass their own)."""

    def __init__(self, folder: Path | None = None, data: Path | None = None) -> None:
        self._folder = folder
        self._data = data
        self._index: dict[str, Any] | None = None
        self._dirty = False

    @property
    def folder(self) -> Path:
        """The meetings folder (created 0700 when first asked for)."""
        if self._folder is None:
            self._folder = paths.meetings_dir()
        return self._folder

    @property
    def index_path(self) -> Path:
        return (self._data if self._data is not None else paths.data_dir()) / INDEX

    # -- the list ----------------------------------------------------------------------------------

    def scan(self) -> list[Summary]:
        """Every meeting of the folder and every known one, newest first (those that cannot be
        opened last). Never raises for a file.

        What the scan learnt is written to the index by :meth:`keep`, which the caller runs once the
        list is shown (writing it safely takes an fsync: not while the user waits for the list)."""
        # the index is read again: another window or process may have remembered a file since
        self._save()
        if not self._dirty:
            self._index = None
        index = self._load()
        cache: dict[str, Any] = index["cache"]
        fresh: dict[str, Any] = {}
        found: dict[str, Summary] = {}
        for path, st in self._folder_files():
            found[str(path)] = self._summary(path, st, cache, fresh)
        by_id = {s.meeting_id: s for s in found.values() if s.meeting_id}
        known: dict[str, Any] = index["known"]
        for key, info in list(known.items()):
            if key in found:
                continue
            path = Path(key)
            try:
                st = os.stat(path)
            except FileNotFoundError:
                mid = info.get("id", "") if isinstance(info, dict) else ""
                moved = by_id.get(mid) if mid else None
                if moved is not None:  # moved or renamed into the folder: follow it
                    del known[key]
                    self._dirty = True
                    continue
                found[key] = self._missing(path, cache.get(key), fresh, key, mid)
                continue
            except OSError:
                st = None
            found[key] = self._summary(path, st, cache, fresh)
        if fresh != cache:
            index["cache"] = fresh
            self._dirty = True
        minutes: dict[str, Any] = index["minutes"]
        listed = [
            replace(s, state=State.MINUTES)
            if s.state is State.HELD and s.meeting_id in minutes
            else s
            for s in found.values()
        ]
        # the files that cannot be opened after the others: a broken copy is not "the newest"
        listed.sort(key=lambda s: (s.ok, s.sort_key(), s.modified, str(s.path)), reverse=True)
        return listed

    def _folder_files(self) -> Iterable[tuple[Path, os.stat_result | None]]:
        """The ``.json`` files of the folder and of its subfolders (one level: the series)."""
        try:
            root = list(os.scandir(self.folder))
        except (OSError, StorageError):
            return
        for entry in root:
            if entry.is_dir(follow_symlinks=False):
                if entry.name.startswith("."):
                    continue
                try:
                    inner = list(os.scandir(entry.path))
                except OSError:
                    continue
                for sub in inner:
                    if _is_meeting_name(sub.name) and sub.is_file():
                        yield Path(sub.path), _stat(sub)
            elif _is_meeting_name(entry.name) and entry.is_file():
                yield Path(entry.path), _stat(entry)

    @staticmethod
    def _summary(
        path: Path, st: os.stat_result | None, cache: dict[str, Any], fresh: dict[str, Any]
    ) -> Summary:
        key = str(path)
        if st is not None:
            hit = cache.get(key)
            if isinstance(hit, list) and len(hit) == 3 and hit[:2] == [st.st_size, st.st_mtime_ns]:
                try:
                    summary = Summary.from_data(path, hit[2])
                except ValueError:
                    pass  # a damaged cache line: read the file again
                else:
                    fresh[key] = hit
                    return summary
        summary = read_summary(path, st)
        if st is not None:
            fresh[key] = [st.st_size, st.st_mtime_ns, summary.to_data()]
        return summary

    @staticmethod
    def _missing(path: Path, hit: Any, fresh: dict[str, Any], key: str, mid: str) -> Summary:
        last = Summary(path, meeting_id=mid)
        if isinstance(hit, list) and len(hit) == 3:
            with contextlib.suppress(ValueError):
                last = Summary.from_data(path, hit[2])
            fresh[key] = hit  # what it was stays known while it is listed as missing
        return last.missing()

    def keep(self) -> None:
        """Write the index if a scan or a change left something new in it (a failure to write it
        is not the list's concern: it is a cache, and the next change tries again)."""
        self._save()

    # -- what the app tells the library -----------------------------------------------------------

    def remember(self, path: Path, meeting_id: str = "") -> None:
        """A meeting file was opened or written: keep it in the list, wherever it is."""
        index = self._load()
        key = str(Path(path).absolute())
        known: dict[str, Any] = index["known"]
        known.pop(key, None)  # re-inserted last: the most recent is kept when the list is trimmed
        known[key] = {"id": meeting_id, "opened": _now_text()}
        while len(known) > MAX_KNOWN:
            del known[next(iter(known))]
        self._dirty = True
        self._save()

    def forget(self, path: Path) -> None:
        """Take a known file out of the list (a missing one the user no longer wants to see)."""
        index = self._load()
        key = str(Path(path).absolute())
        if index["known"].pop(key, None) is not None or index["cache"].pop(key, None) is not None:
            self._dirty = True
        self._save()

    def note_minutes(self, meeting_id: str) -> None:
        """The minutes of this meeting were written: the list says "minutes exported"."""
        if not meeting_id:
            return
        self._load()["minutes"][meeting_id] = _now_text()
        self._dirty = True
        self._save()

    def newest_of_series(self, series: str) -> Summary | None:
        """The most recent meeting of ``series`` that can be opened (to prepare the next)."""
        for s in self.scan():
            if s.ok and s.series == series:
                return s
        return None

    # -- the index ----------------------------------------------------------------------------------

    def _load(self) -> dict[str, Any]:
        if self._index is not None:
            return self._index
        empty: dict[str, Any] = {"known": {}, "minutes": {}, "cache": {}}
        try:
            path = self.index_path
        except StorageError:  # no data folder: a list without memory, rebuilt each time
            self._index = empty
            return empty
        try:
            doc = json.loads(path.read_bytes())
        except FileNotFoundError:
            doc = None
        except (OSError, ValueError, RecursionError, StorageError):
            doc = False
        if doc is not None and not (
            isinstance(doc, dict)
            and doc.get("format") == INDEX_FORMAT
            and doc.get("version") == INDEX_VERSION
            and all(isinstance(doc.get(k), dict) for k in empty)
        ):
            # keep what was there for whoever wants to look; the index itself starts afresh
            with contextlib.suppress(OSError):
                os.replace(path, path.with_name(INDEX + ".damaged"))
            doc = None
        self._index = {k: doc[k] for k in empty} if doc else empty
        return self._index

    def _save(self) -> None:
        if not self._dirty or self._index is None:
            return
        doc = {"format": INDEX_FORMAT, "version": INDEX_VERSION, **self._index}
        try:
            path = self.index_path
            paths.private_dir(path.parent)
            write_atomic(path, json.dumps(doc, ensure_ascii=True, separators=(",", ":")).encode())
        except (OSError, StorageError):
            return  # the list works without its cache; the next change tries again
        self._dirty = False


def _is_meeting_name(name: str) -> bool:
    # editors' and the app's own temporary files are not meetings
    return name.lower().endswith(".json") and not name.startswith((".", "~"))


def _stat(entry: os.DirEntry[str]) -> os.stat_result | None:
    try:
        return entry.stat()
    except OSError:
        return None


__all__ = ["Library", "Problem", "State", "Summary"]


#: the demo's one copy, in the data folder: the sample meeting, then whatever the newcomer did to it
DEMO_NAME = "rencontre-2.json"


def demo_meeting(reset: bool = False, data: Path | None = None) -> Path:
    """The path of the demo meeting: the bundled sample, copied once (0600) and then reopened as
    it was left, so a newcomer finds what they did; ``reset`` copies the sample over it again.
    Raises SaveError when the copy cannot be made."""
    from facilitation.resources import example
    from facilitation.storage.errors import save_error

    folder = paths.private_dir((data if data is not None else paths.data_dir()) / "demo")
    target = folder / DEMO_NAME
    if target.is_file() and not reset:
        return target
    try:
        write_atomic(target, example(DEMO_NAME).read_bytes())
    except OSError as exc:
        raise save_error(target, exc) from exc
    return target


def is_demo(path: Path | None, data: Path | None = None) -> bool:
    """True for the demo's copy (File → Reset the demo is offered for it)."""
    if path is None:
        return False
    try:
        folder = (data if data is not None else paths.data_dir()) / "demo"
    except StorageError:
        return False
    return Path(path).absolute() == (folder / DEMO_NAME).absolute()
