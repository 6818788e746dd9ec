"""tools/screenshots.py: the three windows at 1366×768 in both languages, the same pictures every run."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("screenshots", ROOT / "tools" / "screenshots.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


TOOL = _tool()


@pytest.mark.parametrize("which", ["facilitator", "notetaker", "projector"])
def test_each_window_is_shot_at_the_laptops_size_the_same_each_time(
    qapp: QApplication, tmp_path: Path, which: str
) -> None:
    first = TOOL.shoot("fr", tmp_path / "a.png", which)
    again = TOOL.shoot("fr", tmp_path / "b.png", which)
    image, other = QImage(str(first)), QImage(str(again))
    assert (image.width(), image.height()) == TOOL.LAPTOP_AREA
    assert other.size() == image.size()
    # the same picture; Qt may draw the edges of very large glyphs (the projector's timer) a shade
    # differently once its glyph cache is warm, so a few hundred edge pixels of a million may differ
    a = bytes(image.convertToFormat(QImage.Format.Format_RGB32).constBits())
    b = bytes(other.convertToFormat(QImage.Format.Format_RGB32).constBits())
    pixels = zip(memoryview(a).cast("I"), memoryview(b).cast("I"), strict=True)
    differing = sum(x != y for x, y in pixels)
    assert differing <= 0.002 * image.width() * image.height(), f"{differing} pixels differ"


def test_the_docs_hold_every_window_in_both_languages() -> None:
    for which in TOOL.WINDOWS:
        for lang in ("en", "fr"):
            shot = ROOT / "docs" / f"{which}-{lang}.png"
            assert QImage(str(shot)).size().toTuple() == TOOL.LAPTOP_AREA, shot.name


def _far_channels(a: QImage, b: QImage, tolerance: int = 16) -> int:
    """How many colour channels of the two pictures differ by more than ``tolerance`` (rounding in
    the rasteriser's blending differs by a unit or two from one processor to another; a text or a
    bar that moved, by far more)."""
    x = bytes(a.convertToFormat(QImage.Format.Format_RGB32).constBits())
    y = bytes(b.convertToFormat(QImage.Format.Format_RGB32).constBits())
    return sum(abs(p - q) > tolerance for p, q in zip(x, y, strict=True))


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize("which", ["facilitator", "notetaker", "projector"])
def test_the_docs_pictures_are_what_the_windows_look_like_now(
    qapp: QApplication, tmp_path: Path, which: str, lang: str
) -> None:
    # a change of layout shows in the README's pictures: the speaking time lost a row to a blank
    # line on a laptop, and only a new shot showed it; run tools/screenshots.py after such a change
    shot = QImage(str(TOOL.shoot(lang, tmp_path / "now.png", which)))
    docs = QImage(str(ROOT / "docs" / f"{which}-{lang}.png"))
    assert docs.size() == shot.size()
    far = _far_channels(shot, docs)
    assert far <= 0.0005 * shot.width() * shot.height() * 4, (
        f"{far} channels differ from docs/{which}-{lang}.png: run tools/screenshots.py"
    )
