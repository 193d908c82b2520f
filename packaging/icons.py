"""The application's icon in the sizes and formats each platform wants, drawn from
resources/icons/nmrf-tracker.svg: PNGs (the window, Linux menus), .ico (Windows: the
executable, the installer, .nmrf files) and .icns (macOS). The outputs are committed.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/icons.py
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# icns entries holding PNG data, by pixel size (Apple's type codes).
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}


def png_bytes(renderer: QSvgRenderer, size: int) -> bytes:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data)


def ico(images: dict[int, bytes]) -> bytes:
    """An .ico of PNG images (Windows Vista and later read PNG entries)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    directory, offset = b"", 6 + 16 * len(images)
    for size, data in images.items():
        side = 0 if size >= 256 else size  # 0 means 256
        directory += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    return header + directory + b"".join(images.values())


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(data)) + data
                    for size, data in images.items())
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    QGuiApplication.instance() or QGuiApplication(sys.argv)
    renderer = QSvgRenderer(str(ICONS / "nmrf-tracker.svg"))
    if not renderer.isValid():
        print("nmrf-tracker.svg cannot be read", file=sys.stderr)
        return 1
    rendered = {size: png_bytes(renderer, size) for size in sorted({*PNG_SIZES, *ICO_SIZES})}
    for size in PNG_SIZES:
        (ICONS / f"nmrf-tracker-{size}.png").write_bytes(rendered[size])
    (ICONS / "nmrf-tracker.ico").write_bytes(ico({s: rendered[s] for s in ICO_SIZES}))
    (ICONS / "nmrf-tracker.icns").write_bytes(icns({s: rendered[s] for s in ICNS_TYPES}))
    print(f"wrote the icons in {ICONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
