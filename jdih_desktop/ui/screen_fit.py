"""Sizing windows to the screen they open on.

The office laptop has a 1366×768 (or 1280×720) screen with a task bar: a window that asks for
more than the screen's free area puts its buttons below the bottom edge, out of reach. Every
window the app opens takes its preferred size through :func:`fit_to_screen`, which shrinks it to
the free area (less room for the title bar) and keeps it on the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

#: Room left for the window manager's title bar and borders, which Qt does not count in
#: ``resize()``: about 30 px on Windows 10/11 and common Linux desktops, plus a margin.
FRAME_ALLOWANCE = QSize(16, 40)


def available_area(widget: QWidget | None = None) -> QRect:
    """The screen's area free of task bars, for the screen ``widget`` is on (else the primary)."""
    screen = widget.screen() if widget is not None else None
    if screen is None:
        screen = QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def usable_size(widget: QWidget | None = None) -> QSize:
    """The largest client size a window may take on its screen."""
    area = available_area(widget)
    return QSize(
        max(320, area.width() - FRAME_ALLOWANCE.width()),
        max(240, area.height() - FRAME_ALLOWANCE.height()),
    )


def fit_to_screen(widget: QWidget, width: int, height: int) -> QSize:
    """Resize ``widget`` to ``width``×``height``, shrunk to fit its screen; the size given."""
    limit = usable_size(widget)
    minimum = widget.minimumSize()
    size = QSize(
        max(minimum.width(), min(width, limit.width())),
        max(minimum.height(), min(height, limit.height())),
    )
    widget.resize(size)
    return size
