"""Draw the application icon: resources/icons/qualifier.png (256 px) and qualifier.ico.

    QT_QPA_PLATFORM=offscreen python scripts/make_icon.py

A blue rounded square with a white funnel (the lead refinery) and a check mark. The files
are committed; run this again only to change the drawing. The .ico (several sizes) is for the
Windows executable; macOS turns the PNG into its .icns at build time (see the README).
"""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
BLUE = QColor("#2f6fed")
DARK = QColor("#1f4fb5")
GREEN = QColor("#12b76a")


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.scale(size / 256, size / 256)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(BLUE)
    painter.drawRoundedRect(QRectF(8, 8, 240, 240), 48, 48)
    painter.setBrush(DARK)
    painter.drawRoundedRect(QRectF(8, 180, 240, 68), 48, 48)
    painter.setBrush(BLUE)
    painter.drawRect(QRectF(8, 180, 240, 24))

    funnel = QPainterPath(QPointF(52, 56))
    funnel.lineTo(204, 56)
    funnel.lineTo(144, 128)
    funnel.lineTo(144, 196)
    funnel.lineTo(112, 212)
    funnel.lineTo(112, 128)
    funnel.closeSubpath()
    painter.setBrush(QColor("white"))
    painter.drawPath(funnel)

    pen = QPen(GREEN, 22, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    check = QPainterPath(QPointF(160, 176))
    check.lineTo(184, 200)
    check.lineTo(226, 150)
    painter.drawPath(check)
    painter.end()
    return image


def main() -> None:
    _app = QGuiApplication.instance() or QGuiApplication([])
    ICONS.mkdir(parents=True, exist_ok=True)
    if not draw(256).save(str(ICONS / "qualifier.png")):
        raise SystemExit("could not write qualifier.png")
    # Qt writes one uncompressed image per .ico: 128 px keeps it small; Windows scales it.
    # PySide6 takes the format as str here, whatever its stubs say (bytes raises ValueError).
    if not draw(128).save(str(ICONS / "qualifier.ico"), "ICO"):  # type: ignore[call-overload]
        raise SystemExit("could not write qualifier.ico (Qt's qico image plugin is missing)")
    print(f"wrote {ICONS / 'qualifier.png'} and {ICONS / 'qualifier.ico'}")


if __name__ == "__main__":
    main()
