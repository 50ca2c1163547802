"""One scanned page at full size: zoom, rotate, previous/next.

A page flagged "!" (maybe blank, orientation uncertain) must be judged on the page itself, not
on a 160-pixel thumbnail. The viewer reads the draft's page file when asked (one page, on
demand) and hands rotations back to the page check, which records them in the draft.

The review opens the same viewer read-only (``rotate=None``): after the analysis the assembled
PDF is what gets stored, so a turn there only turns the view, never the stored page.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QKeyEvent, QKeySequence, QPixmap, QShortcut, QTransform
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.ui.screen_fit import fit_to_screen

ZOOMS = (0.25, 0.33, 0.5, 0.67, 0.8, 1.0, 1.25, 1.5, 2.0)


class PageList(QListWidget):
    """A list of page thumbnails where Enter opens the page and does nothing else.

    QAbstractItemView emits ``activated`` on Enter but passes the key on, so inside a wizard
    the same key would also press "Lanjut"/"Selesai" behind the viewer just opened.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            event.accept()


class PageViewer(QDialog):
    """Pages by path with their rotation; ``rotate(index, degrees)`` records a turn.

    With ``rotate=None`` the viewer is read-only: turns change the view only.
    """

    def __init__(
        self,
        pages: list[tuple[Path, int]],
        index: int,
        rotate: Callable[[int, int], None] | None,
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
        if rotate is None:
            for key in ("left", "right"):
                self.buttons[key].setToolTip(
                    self.tr("Hanya memutar tampilan; halaman yang disimpan tidak berubah.")
                )
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        if rotate is None:
            note = QLabel(
                self.tr(
                    "Hanya untuk dilihat: dokumen sudah dirakit, halaman tidak dapat diubah di "
                    "sini. Putaran hanya untuk tampilan."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
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
        if self._rotate is not None:
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
