"""One scanned page at full size: zoom, rotate, previous/next.

A page flagged "!" (maybe blank, orientation uncertain) must be judged on the page itself, not
on a 160-pixel thumbnail. The viewer reads the draft's page file when asked (one page, on
demand) and hands rotations back to the page check, which records them in the draft.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeySequence, QPixmap, QShortcut, QTransform
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.ui.screen_fit import fit_to_screen

ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0)


class PageViewer(QDialog):
    """Pages by path with their rotation; ``rotate(index, degrees)`` records a turn."""

    def __init__(
        self,
        pages: list[tuple[Path, int]],
        index: int,
        rotate: Callable[[int, int], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._pages = list(pages)
        self._rotate = rotate
        self.index = index
        self.zoom = 0.5
        self._image = QImage()
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(self.tr("Halaman pindaian"))
        scroll = QScrollArea()
        scroll.setWidget(self.picture)
        scroll.setWidgetResizable(True)
        self.position = QLabel()
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for key, text, keys, action in (
            ("previous", self.tr("◀ &Sebelumnya"), "PgUp", lambda: self.go(self.index - 1)),
            ("next", self.tr("Se&sudahnya ▶"), "PgDown", lambda: self.go(self.index + 1)),
            ("zoom_out", self.tr("Perkecil (−)"), "-", lambda: self.step_zoom(-1)),
            ("zoom_in", self.tr("Perbesar (+)"), "+", lambda: self.step_zoom(1)),
            ("left", self.tr("Putar ⟲"), "Ctrl+L", lambda: self.turn(-90)),
            ("right", self.tr("Putar ⟳"), "Ctrl+R", lambda: self.turn(90)),
        ):
            button = QPushButton(text)
            button.clicked.connect(action)
            QShortcut(QKeySequence(keys), self, action)
            self.buttons[key] = button
            bar.addWidget(button)
        bar.addStretch(1)
        bar.addWidget(self.position)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(scroll, 1)
        layout.addWidget(close)
        fit_to_screen(self, 900, 1000)
        self.go(index)

    def go(self, index: int) -> None:
        if not 0 <= index < len(self._pages):
            return
        self.index = index
        self._image = QImage(str(self._pages[index][0]))
        self.buttons["previous"].setEnabled(index > 0)
        self.buttons["next"].setEnabled(index < len(self._pages) - 1)
        self.setWindowTitle(self.tr("Halaman {n}").format(n=index + 1))
        self._show()

    def step_zoom(self, direction: int) -> None:
        nearest = min(range(len(ZOOMS)), key=lambda i: abs(ZOOMS[i] - self.zoom))
        self.zoom = ZOOMS[max(0, min(len(ZOOMS) - 1, nearest + direction))]
        self._show()

    def turn(self, degrees: int) -> None:
        path, rotation = self._pages[self.index]
        self._pages[self.index] = (path, (rotation + degrees) % 360)
        self._rotate(self.index, degrees)
        self._show()

    @property
    def rotation(self) -> int:
        return self._pages[self.index][1]

    def _show(self) -> None:
        if self._image.isNull():
            self.picture.setText(self.tr("Halaman tidak dapat dibaca."))
            return
        turned = self._image.transformed(QTransform().rotate(self.rotation))
        width = max(1, round(turned.width() * self.zoom))
        pixmap = QPixmap.fromImage(
            turned.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        )
        self.picture.setPixmap(pixmap)
        self.position.setText(
            self.tr("Halaman {n} dari {total} · {zoom} %").format(
                n=self.index + 1, total=len(self._pages), zoom=round(self.zoom * 100)
            )
        )
