"""Render the program icon from ``resources/icons/jiu-desktop.svg``.

``python installer/make_icons.py`` writes, beside the SVG, the PNGs (48, 128, 256 px) for
the Linux menu, ``jiu-desktop.ico`` for Windows and ``jiu-desktop.icns`` for macOS. Both
containers hold PNG images, which every supported Windows and macOS version reads. The
results are committed; run this again only after changing the SVG.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
SOURCE = ICONS / "jiu-desktop.svg"
PNG_SIZES = (48, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: ICNS element types that hold a PNG of the given size (Apple's "iconutil" names).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def render(size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(SOURCE)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file of PNG images: header, one 16-byte entry per image, the images."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset)
        blobs += png
        offset += len(png)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    """An ICNS file: ``icns`` and the total length, then type, length and PNG per image."""
    body = b"".join(
        ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png
        for size, png in sorted(images.items())
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication([*sys.argv[:1], "-platform", "offscreen"])  # fonts, image plugins
    for size in PNG_SIZES:
        (ICONS / f"jiu-desktop-{size}.png").write_bytes(render(size))
    (ICONS / "jiu-desktop.ico").write_bytes(ico({s: render(s) for s in ICO_SIZES}))
    (ICONS / "jiu-desktop.icns").write_bytes(icns({s: render(s) for s in ICNS_TYPES}))
    app.quit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
