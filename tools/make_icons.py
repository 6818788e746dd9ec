"""Render the app icon from its SVG source: PNGs 16..512, a Windows .ico and a macOS .icns.

    python tools/make_icons.py            write resources/icons/*.png and packaging/icons/*
    python tools/make_icons.py --out DIR  write them all under DIR instead (the tests compare)

The PNGs (``resources/icons/facilitation-N.png``) ship with the app: the window icon and the Linux
menu icons (hicolor). The .ico and .icns are for the Windows and macOS bundles only.

Qt renders the SVG (QSvgRenderer) and encodes each PNG, but the two containers are written here by
hand: Qt's ICO and ICNS writers put one image in a file, and each system wants every size in one file.
Both containers are simple: a small header and directory, then each size as a whole PNG file (PNG
entries are valid in ICO since Windows Vista, and in ICNS for every type written here).
"""

from __future__ import annotations

import argparse
import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "facilitation.svg"
#: the PNG sizes shipped (hicolor's usual sizes on Linux)
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
#: sizes in the Windows icon (256 is the largest Windows shows)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: macOS icon types and their pixel sizes (ic10 is 512 points at twice the density)
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic10", 1024),
)


def render(renderer: QSvgRenderer, size: int) -> bytes:
    """The icon at ``size`` pixels square, as the bytes of a PNG file."""
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stub types the format as bytes; the binding refuses bytes and takes a str
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError(f"Qt could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon: ICONDIR, one ICONDIRENTRY per size, then the PNGs (all little-endian)."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))  # reserved, type 1 = icon, count
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = pngs[size]
        side = 0 if size >= 256 else size  # 0 stands for 256 in a byte-wide field
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns(pngs: dict[bytes, bytes]) -> bytes:
    """A macOS icon: 'icns' and the total length, then (type, length, PNG) per size (big-endian)."""
    body = b"".join(kind + struct.pack(">I", 8 + len(blob)) + blob for kind, blob in pngs.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make(out_png: Path, out_containers: Path) -> list[Path]:
    """Write every file; return their paths."""
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        raise SystemExit(f"{SOURCE} is not an SVG Qt can render")
    cache: dict[int, bytes] = {}

    def png(size: int) -> bytes:
        if size not in cache:
            cache[size] = render(renderer, size)
        return cache[size]

    out_png.mkdir(parents=True, exist_ok=True)
    out_containers.mkdir(parents=True, exist_ok=True)
    written = []
    for size in PNG_SIZES:
        path = out_png / f"facilitation-{size}.png"
        path.write_bytes(png(size))
        written.append(path)
    path = out_containers / "facilitation.ico"
    path.write_bytes(ico({s: png(s) for s in ICO_SIZES}))
    written.append(path)
    path = out_containers / "facilitation.icns"
    path.write_bytes(icns({kind: png(size) for kind, size in ICNS_TYPES}))
    written.append(path)
    return written


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", type=Path, help="write everything under this folder instead")
    ns = p.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication([sys.argv[0], "-platform", "offscreen"])
    assert app is not None
    if ns.out is not None:
        paths = make(ns.out, ns.out)
    else:
        paths = make(ROOT / "resources" / "icons", ROOT / "packaging" / "icons")
    for path in paths:
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
