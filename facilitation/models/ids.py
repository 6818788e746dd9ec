"""New identifiers for the parts of a meeting (made by whoever builds a command, never inside it)."""

from __future__ import annotations

import uuid


def new_id() -> str:
    return uuid.uuid4().hex[:12]
