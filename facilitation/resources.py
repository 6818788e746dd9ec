"""Where the bundled files are: examples, translations, templates, the app icon.

In a wheel they are packed as ``facilitation/_resources``, and so they are in the one-folder bundle
(packaging/facilitation.spec); in a clone (editable install) they are the repository's ``resources/``
folder.
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


#: the icon sizes rendered from ``icons/facilitation.svg`` by tools/make_icons.py
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def app_icon_path(size: int = 256) -> Path:
    """The app icon as a PNG of ``size`` pixels square (one of :data:`ICON_SIZES`).

    A PNG rather than the SVG: Qt draws a PNG with its core image reader, while the SVG would need
    the SVG plugins that the bundle leaves out.
    """
    if size not in ICON_SIZES:
        raise ValueError(f"no {size} px icon; there are {ICON_SIZES}")
    return resource("icons", f"facilitation-{size}.png")
