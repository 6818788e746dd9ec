"""Where the bundled files are: examples, translations, templates.

In a wheel they are packed as ``facilitation/_resources``; in a clone (editable install) they are the
repository's ``resources/`` folder.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "_resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("the bundled resources folder is missing from this installation")


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def example(name: str) -> Path:
    """A bundled example meeting, e.g. ``example("rencontre-2-held.json")``."""
    return resource("examples", name)
