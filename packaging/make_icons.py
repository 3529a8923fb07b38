"""Render the app icon from its SVG source into every size and format the installers need.

    .venv/bin/python packaging/make_icons.py

Source: ``resources/icons/invoicedesk.svg``. Writes (all committed, so a build needs no renderer):

- ``invoicedesk/gui/resources/invoicedesk_<N>.png`` for N in 16, 32, 48, 64, 128, 256: package
  data, so the running app finds them (window icon) from a checkout, a wheel and a frozen build
  alike; the .deb also installs them into ``/usr/share/icons/hicolor/<N>x<N>/apps/``.
- ``resources/icons/invoicedesk.ico`` (Windows: the .exe's and the installer's icon) and
  ``resources/icons/invoicedesk.icns`` (macOS: the .app's icon), both holding PNG images.

Rendering uses Qt's QSvgRenderer into a transparent QImage: no other tool is needed.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "invoicedesk.svg"
PNG_DIR = ROOT / "invoicedesk" / "gui" / "resources"
ICO = ROOT / "resources" / "icons" / "invoicedesk.ico"
ICNS = ROOT / "resources" / "icons" / "invoicedesk.icns"

#: the committed PNG sizes (and the hicolor sizes the .deb installs)
PNG_SIZES = (16, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
#: icns element types that hold PNG data, by pixel size
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
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(0)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.convertToFormat(QImage.Format.Format_ARGB32).save(buffer, "PNG"):
        raise SystemExit(f"could not encode a {size}px PNG")
    buffer.close()
    return bytes(data.data())


def ico(images: dict[int, bytes]) -> bytes:
    """An ICO file whose entries are PNG streams (Windows Vista and later read these)."""
    sizes = sorted(images)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for size in sizes:
        blob = images[size]
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(blob), offset)
        blobs += blob
        offset += len(blob)
    return header + entries + blobs


def icns(images: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(images[size])) + images[size] for kind, size in ICNS_TYPES
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: {SVG} is not a valid SVG", file=sys.stderr)
        return 1
    sizes = sorted(set(PNG_SIZES) | set(ICO_SIZES) | {size for _, size in ICNS_TYPES})
    images = {size: render(renderer, size) for size in sizes}
    PNG_DIR.mkdir(parents=True, exist_ok=True)
    for size in PNG_SIZES:
        (PNG_DIR / f"invoicedesk_{size}.png").write_bytes(images[size])
    ICO.write_bytes(ico({size: images[size] for size in ICO_SIZES}))
    ICNS.write_bytes(icns(images))
    for path in [*(PNG_DIR / f"invoicedesk_{s}.png" for s in PNG_SIZES), ICO, ICNS]:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
