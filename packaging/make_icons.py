"""Render the application icon (resources/icons/ua-desktop.svg) into the files installers need.

The SVG is the only drawn source; everything here is generated at build time and never committed:

- icons/hicolor/<N>x<N>/apps/<APP_ID>.png for N in SIZES, plus hicolor/scalable/apps/<APP_ID>.svg
  (the freedesktop icon theme layout the .desktop file and the Flatpak use),
- ua-desktop.ico (Windows: PyInstaller's executable icon and the Inno Setup installer),
- ua-desktop.icns (macOS: the .app bundle).

Rendering uses Qt's own SVG renderer (PySide6.QtSvg, part of PySide6-Essentials). The .ico and .icns
containers are written here with PNG-compressed entries, which Windows (Vista and later) and macOS (10.7 and
later) read, so no other imaging library is needed.

Usage: python packaging/make_icons.py OUT_DIR [--svg PATH]
"""

from __future__ import annotations

import argparse
import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "ua-desktop.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)  # the ICO format stores at most 256 px
# ICNS entry types with PNG payloads and their pixel sizes (Apple's "icns" type codes).
ICNS_TYPES = (
    (b"icp4", 16),
    (b"icp5", 32),
    (b"icp6", 64),
    (b"ic07", 128),
    (b"ic08", 256),
    (b"ic09", 512),
    (b"ic11", 32),  # 16 pt at 2x
    (b"ic12", 64),  # 32 pt at 2x
    (b"ic13", 256),  # 128 pt at 2x
    (b"ic14", 512),  # 256 pt at 2x
)


def render_png(svg: Path, size: int) -> bytes:
    """Render svg into a size x size PNG with a transparent background and return its bytes."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if QGuiApplication.instance() is None:
        # QPainter on a QImage needs a GUI application for fonts; keep it alive on the module.
        render_png.app = QGuiApplication([sys.argv[0]])  # type: ignore[attr-defined]
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg} is not a valid SVG image")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):
        raise RuntimeError(f"could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG-compressed image per size."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries = b""
    for size in sizes:
        png = pngs[size]
        edge = 0 if size >= 256 else size  # 0 means 256 in the ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(png), offset)
        offset += len(png)
    return header + entries + b"".join(pngs[size] for size in sizes)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG payloads under Apple's type codes."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_icons(out_dir: Path, svg: Path = SVG, app_id: str | None = None) -> list[Path]:
    """Write every icon file into out_dir and return their paths."""
    if app_id is None:
        if str(ROOT) not in sys.path:
            sys.path.append(str(ROOT))  # an installed ua_desktop comes first; the checkout is the fallback
        from ua_desktop import APP_ID

        app_id = APP_ID
    pngs = {size: render_png(svg, size) for size in SIZES}
    written: list[Path] = []
    for size, png in pngs.items():
        target = out_dir / "hicolor" / f"{size}x{size}" / "apps" / f"{app_id}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(png)
        written.append(target)
    scalable = out_dir / "hicolor" / "scalable" / "apps" / f"{app_id}.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    written.append(scalable)
    ico = out_dir / "ua-desktop.ico"
    ico.write_bytes(ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = out_dir / "ua-desktop.icns"
    icns.write_bytes(icns_bytes(pngs))
    written += [ico, icns]
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out_dir", type=Path, help="folder to write the icons into (created if missing)")
    parser.add_argument("--svg", type=Path, default=SVG, help="the drawn icon (default: %(default)s)")
    args = parser.parse_args(argv)
    for path in make_icons(args.out_dir, args.svg):
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
