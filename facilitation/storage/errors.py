"""The storage layer's own errors: the only exceptions that leave loaders, savers and the session.

Each says in one English sentence what went wrong and where (``str(exc)``), and keeps the parts apart
(``path``, ``field``, ``reason``…) so the UI can lay them out or translate them. A meeting file's
problem is also kept as an English template and its parameters (contexts ``MeetingFile`` and
``DataError``, marked for Qt Linguist): ``exc.text(QCoreApplication.translate)`` says it in the
user's language.
"""

from __future__ import annotations

import errno
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from facilitation.models.i18n import QT_TRANSLATE_NOOP
from facilitation.models.wire import render

#: the interface's translate function: (context, English text) -> text in the user's language
Translate = Callable[[str, str], str]


@dataclass(frozen=True, slots=True)
class LockHolder:
    """Who holds a meeting file open for writing (read from the lock file)."""

    user: str
    host: str
    pid: int
    since: datetime | None

    def describe(self) -> str:
        when = f" since {self.since:%Y-%m-%d %H:%M}" if self.since else ""
        return f"{self.user or 'someone'} on {self.host or 'an unknown computer'} (process {self.pid}){when}"


class StorageError(Exception):
    """Base of every storage error; ``str(exc)`` is one clear sentence, ``path`` the file concerned."""

    def __init__(self, message: str, path: Path | str | None = None) -> None:
        super().__init__(message)
        self.path = Path(path) if path else None
        self.message = message


class MeetingFileError(StorageError):
    """A meeting file (or autosave) cannot be read: which file, which field, what was expected.

    ``template`` and ``params`` are ``problem`` for translation, in ``context``."""

    def __init__(
        self,
        path: Path | str | None,
        field: str,
        problem: str,
        template: str | None = None,
        params: Mapping[str, Any] | None = None,
        context: str = "MeetingFile",
    ) -> None:
        self.path = Path(path) if path else None
        self.field = field
        self.template = template if template is not None else "{problem}"
        self.params = dict(params or {}) if template is not None else {"problem": problem}
        self.context = context
        self.problem = problem or render(self.template, self.params)
        super().__init__(self.text(), path)

    def text(self, translate: Translate | None = None) -> str:
        """The whole sentence (file, field, problem), in the language of ``translate``."""

        def in_context(context: str) -> Callable[[str], str]:
            if translate is None:
                return str
            return lambda text: translate(context, text)

        problem = render(self.template, self.params, in_context(self.context)).rstrip(".")
        name = str(self.path) if self.path else ""
        frame = in_context("MeetingFile")
        if not name:
            name = frame(QT_TRANSLATE_NOOP("MeetingFile", "the meeting data"))
        if self.field:
            sentence = QT_TRANSLATE_NOOP("MeetingFile", "Cannot open {name} at {field}: {problem}.")
        else:
            sentence = QT_TRANSLATE_NOOP("MeetingFile", "Cannot open {name}: {problem}.")
        return render(sentence, {"name": name, "field": self.field, "problem": problem}, frame)


class NewerVersionError(MeetingFileError):
    """The file was written by a newer version of the app, in a format this one does not know."""

    def __init__(self, path: Path | str | None, found: int, supported: int, app: str = "") -> None:
        self.found = found
        self.supported = supported
        if app:
            template = QT_TRANSLATE_NOOP(
                "MeetingFile",
                "it was written by a newer version of Facilitation (Facilitation {app}), in file "
                "format version {found}; this version reads up to version {supported}. Update "
                "Facilitation to open it",
            )
        else:
            template = QT_TRANSLATE_NOOP(
                "MeetingFile",
                "it was written by a newer version of Facilitation, in file format version "
                "{found}; this version reads up to version {supported}. Update Facilitation to "
                "open it",
            )
        params = {"app": app, "found": found, "supported": supported}
        super().__init__(path, "schema_version", "", template, params)


class SaveError(StorageError):
    """Writing failed; the previous file on disk is intact. ``reason`` is short ("disk full")."""

    def __init__(self, path: Path | str | None, reason: str) -> None:
        super().__init__(f"Could not save {path or 'the meeting'}: {reason}.", path)
        self.reason = reason


class LockedError(StorageError):
    """Another running instance has this meeting open for writing."""

    def __init__(self, path: Path | str, holder: LockHolder) -> None:
        super().__init__(
            f"{path} is already open for editing by {holder.describe()}; "
            "it can be opened read-only",
            path,
        )
        self.holder = holder


_REASONS = {
    errno.ENOSPC: "the disk is full",
    errno.EDQUOT: "the disk quota is exhausted",
    errno.EACCES: "permission denied",
    errno.EPERM: "permission denied",
    errno.EROFS: "the disk is read-only",
    errno.ENOENT: "the folder does not exist",
    errno.ENOTDIR: "a part of the path is not a folder",
    errno.EISDIR: "a folder has that name",
    errno.ENAMETOOLONG: "the file name is too long",
    errno.EIO: "the disk or network share failed (input/output error)",
    errno.EMFILE: "too many files are open",
}


def reason_of(exc: OSError) -> str:
    """A short English reason for an operating-system error."""
    if exc.errno in _REASONS:
        return _REASONS[exc.errno]
    return (exc.strerror or str(exc) or type(exc).__name__).rstrip(".").lower()


def save_error(path: Path | str | None, exc: OSError) -> SaveError:
    err = SaveError(path, reason_of(exc))
    err.__cause__ = exc
    return err
