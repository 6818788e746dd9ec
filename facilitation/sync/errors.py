"""The errors the sync floor lets out: one family, so callers catch one type.

Each carries its sentence as an English template marked for Qt Linguist (context ``Sync``) and its
parameters: ``str(exc)`` is the English sentence, for logs; ``exc.text(translate)`` says it in the
user's language (``translate`` is the interface's ``QCoreApplication.translate``). An error of the
storage floor underneath is kept as ``cause`` and said in its own words.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from facilitation.models.wire import render

#: the interface's translate function: (context, English text) -> text in the user's language
Translate = Callable[[str, str], str]

CONTEXT = "Sync"


class SyncError(Exception):
    """Something about a shared meeting went wrong; the message says what."""

    def __init__(
        self,
        template: str,
        params: Mapping[str, Any] | None = None,
        cause: BaseException | None = None,
    ) -> None:
        self.template = template
        self.params = dict(params or {})
        self.cause = cause
        super().__init__(self.text())

    def text(self, translate: Translate | None = None) -> str:
        """The sentence, in the language of ``translate`` (English without it)."""
        if self.cause is not None and self.template == "{cause}":
            said = getattr(self.cause, "text", None)
            if translate is not None and callable(said):
                try:
                    return str(said(translate))
                except TypeError:
                    pass
            return str(self.cause)
        try:
            if translate is None:
                return render(self.template, self.params)
            return render(self.template, self.params, lambda text: translate(CONTEXT, text))
        except (KeyError, IndexError, ValueError):  # a parameter missing: the template as it is
            return self.template

    @classmethod
    def wrap(cls, cause: BaseException) -> SyncError:
        """An error of the floor underneath (storage, the system), said in its own words."""
        return cls("{cause}", {"cause": str(cause)}, cause)


class SealError(SyncError):
    """A log entry could not be opened: wrong key, tampered, foreign, truncated or garbage."""


class InvitationError(SyncError):
    """An invitation that cannot be used; ``reason`` says why, for the windows to react (keep the
    Join window open on a wrong code, offer to ask for a new invitation when used or expired):
    "invalid" (not a link or code, damaged, cut short, newer version), "expired", "used", "wrong"
    (a code the host does not know), "locked" (too many wrong codes), "unknown", "bad",
    "unreachable" (no host answers), "forged" (an answer not from the host)."""

    def __init__(
        self,
        template: str,
        params: Mapping[str, Any] | None = None,
        cause: BaseException | None = None,
        reason: str = "invalid",
    ) -> None:
        self.reason = reason
        super().__init__(template, params, cause)
