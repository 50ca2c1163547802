"""Page thumbnails made off the GUI thread: Pillow reduces the page, Qt gets a small QImage.

QImage (unlike QPixmap) may be built in any thread, so a scan job can hand finished thumbnails
to the GUI without the GUI thread ever decoding a full 300 dpi page.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPixmap, QTransform

THUMB = 160  # px, the longer side


def placeholder(size: int = THUMB) -> QImage:
    """A gray tile for a page whose thumbnail is not made yet (or cannot be read)."""
    tile = QImage(size * 7 // 10, size, QImage.Format.Format_RGB888)
    tile.fill(QColor("#bbbbbb"))
    return tile


def thumbnail(path: Path, size: int = THUMB) -> QImage:
    """A grayscale/colour thumbnail of a page image; a gray placeholder if it can't be read."""
    try:
        with Image.open(path) as image:
            image.draft("L" if image.mode in ("1", "L") else "RGB", (size * 2, size * 2))
            image.thumbnail((size, size))
            rgb = image.convert("RGB")
    except (OSError, ValueError, Image.DecompressionBombError):
        return placeholder(size)
    data = rgb.tobytes()
    return QImage(data, rgb.width, rgb.height, rgb.width * 3, QImage.Format.Format_RGB888).copy()


def missing_thumbnails(paths: dict[str, Path], cache: dict[str, QImage]) -> dict[str, QImage]:
    """Thumbnails for the pages not in ``cache`` (call in a worker thread; returns new ones)."""
    return {key: thumbnail(path) for key, path in paths.items() if key not in cache}


def badge(image: QImage, rotation: int, flagged: bool, number: int) -> QPixmap:
    """The thumbnail as shown: rotated, numbered, and marked when a page needs a look."""
    pixmap = QPixmap.fromImage(image)
    if rotation % 360:
        pixmap = pixmap.transformed(QTransform().rotate(rotation % 360))
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor("#8a8a8a"))  # the sheet's edge, visible on a white list
    painter.drawRect(0, 0, pixmap.width() - 1, pixmap.height() - 1)
    font = QFont()
    font.setBold(True)
    painter.setFont(font)
    painter.fillRect(0, 0, 28, 18, QColor(40, 40, 40, 200))
    painter.setPen(Qt.GlobalColor.white)
    painter.drawText(0, 0, 28, 18, Qt.AlignmentFlag.AlignCenter, str(number))
    if flagged:
        painter.fillRect(pixmap.width() - 22, 0, 22, 18, QColor("#d9480f"))
        painter.drawText(pixmap.width() - 22, 0, 22, 18, Qt.AlignmentFlag.AlignCenter, "!")
    painter.end()
    return pixmap
