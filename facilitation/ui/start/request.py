"""What the start page asks for: a meeting to open. Who opens it decides where (see ui/app)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from facilitation.storage.recovery import Recoverable


@dataclass(frozen=True, slots=True)
class OpenRequest:
    """Open the meeting file at ``path``; restore ``restore`` from the autosave instead; reopen
    the shared meeting kept in folder ``shared`` (``hosted``: this computer hosted it); or, with
    none of them, start a new meeting that has no file yet."""

    path: Path | None = None
    restore: Recoverable | None = None
    shared: Path | None = None
    hosted: bool = False

    @property
    def new(self) -> bool:
        return self.path is None and self.restore is None and self.shared is None
