"""The app icon: every size rendered from the SVG is committed and current, the Windows and macOS
containers hold every size (read back by Qt's own ICO and ICNS readers), and the app shows it."""

from __future__ import annotations

import importlib.util
import struct
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from PySide6.QtGui import QImage, QImageReader

from facilitation.resources import ICON_SIZES, app_icon_path
from tests.packaging.conftest import ROOT

CONTAINERS = ROOT / "packaging" / "icons"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_icons", ROOT / "tools" / "make_icons.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("icons")
    subprocess.run(
        [sys.executable, str(ROOT / "tools" / "make_icons.py"), "--out", str(out)],
        check=True,
        capture_output=True,
    )
    return out


def test_the_tool_and_the_app_agree_on_the_sizes() -> None:
    assert _tool().PNG_SIZES == ICON_SIZES


#: how far a channel of a pixel may differ between two renderings of the same SVG: Qt's rasteriser
#: takes other SIMD paths on other processors (AVX-512 against AVX2), and its antialiased edges then
#: differ by one step of 255 here and there; a changed drawing differs by far more
SAME_DRAWING = 2


def _difference(a: QImage, b: QImage) -> int:
    """The largest difference of one channel of one pixel between two images of the same size."""
    assert a.size() == b.size()
    a = a.convertToFormat(QImage.Format.Format_ARGB32)
    b = b.convertToFormat(QImage.Format.Format_ARGB32)
    return max(
        (abs(x - y) for x, y in zip(bytes(a.constBits()), bytes(b.constBits()), strict=True)),
        default=0,
    )


def test_a_changed_drawing_is_told_from_a_rasteriser_step(fresh: Path) -> None:
    image = QImage(str(fresh / "facilitation-64.png"))
    moved = image.copy()
    moved.setPixelColor(32, 32, image.pixelColor(0, 0))  # a transparent pixel in the middle
    assert _difference(image, image.copy()) == 0
    assert _difference(image, moved) > SAME_DRAWING


@pytest.mark.parametrize("size", ICON_SIZES)
def test_each_committed_png_is_the_svg_rendered_now(fresh: Path, size: int) -> None:
    committed = QImage(str(app_icon_path(size)))
    assert committed.width() == committed.height() == size
    again = QImage(str(fresh / f"facilitation-{size}.png"))
    assert _difference(committed, again) <= SAME_DRAWING, (
        "stale icon: run .venv/bin/python tools/make_icons.py"
    )
    # the corners are transparent (a rounded square) and the middle is drawn
    assert committed.pixelColor(0, 0).alpha() == 0
    assert committed.pixelColor(size // 2, size // 2).alpha() == 255


def _images(path: Path) -> list[QImage]:
    reader = QImageReader(str(path))
    images = []
    for i in range(reader.imageCount()):
        assert reader.jumpToImage(i)
        images.append(reader.read())
    return images


def test_the_containers_are_the_ones_the_tool_writes_now(fresh: Path) -> None:
    """The same sizes in the same order, each the same drawing (see SAME_DRAWING)."""
    for name in ("facilitation.ico", "facilitation.icns"):
        committed, again = _images(CONTAINERS / name), _images(fresh / name)
        assert [i.size() for i in committed] == [i.size() for i in again], name
        for a, b in zip(committed, again, strict=True):
            assert _difference(a, b) <= SAME_DRAWING, f"stale {name}: run tools/make_icons.py"


def _sizes_read_by_qt(path: Path) -> list[int]:
    reader = QImageReader(str(path))
    sizes = []
    for i in range(reader.imageCount()):
        assert reader.jumpToImage(i)
        image = reader.read()
        assert not image.isNull(), reader.errorString()
        assert image.width() == image.height()
        sizes.append(image.width())
    return sorted(sizes)


def test_qt_reads_every_size_of_the_windows_icon() -> None:
    ico = CONTAINERS / "facilitation.ico"
    assert _sizes_read_by_qt(ico) == sorted(_tool().ICO_SIZES)
    reserved, kind, count = struct.unpack("<HHH", ico.read_bytes()[:6])
    assert (reserved, kind, count) == (0, 1, len(_tool().ICO_SIZES))


def test_qt_reads_every_size_of_the_macos_icon() -> None:
    icns = CONTAINERS / "facilitation.icns"
    data = icns.read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    assert _sizes_read_by_qt(icns) == sorted(size for _kind, size in _tool().ICNS_TYPES)


def test_an_unknown_icon_size_is_refused() -> None:
    with pytest.raises(ValueError):
        app_icon_path(100)


def test_the_app_sets_its_window_icon(tmp_path: Path) -> None:
    # a real start, as a user's: the icon must be there before the first window shows
    code = (
        "import argparse, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from facilitation.ui.app import startup as m\n"
        "ns = argparse.Namespace(file=None, demo=True, notes=None, read_only=False, lang='en',\n"
        "                        terminate_after_init=True)\n"
        "assert m.run(ns) == 0\n"
        "icon = QApplication.instance().windowIcon()\n"
        "print(icon.isNull(), max(s.width() for s in icon.availableSizes()))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["False", "256"]
