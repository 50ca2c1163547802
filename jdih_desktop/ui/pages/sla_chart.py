"""A horizontal bar chart of the share of steps finished within target, drawn with QPainter.

QtCharts is not part of PySide6-Essentials, and one bar per SOP step needs nothing more than
a painter: each bar is labelled, coloured by how far it falls short, and a dashed line marks the
office's goal.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

GOAL = 0.9  # the share the office aims for; bars below it turn amber, below half red


@dataclass(frozen=True)
class Bar:
    label: str
    share: float | None  # None: no step of this group had a target
    count: int


def bar_colour(share: float | None) -> QColor:
    if share is None:
        return QColor("#c8c8c8")
    if share >= GOAL:
        return QColor("#4c9a52")
    if share >= 0.5:
        return QColor("#e0a030")
    return QColor("#c0392b")


class ShareChart(QWidget):
    """Bars of "within target" shares (0–100 %), one per row."""

    ROW = 26
    LABEL_WIDTH = 230

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._bars: list[Bar] = []
        self._empty_text = ""
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Grafik kepatuhan target per langkah"))

    def set_bars(self, bars: list[Bar], empty_text: str = "") -> None:
        self._bars = list(bars)
        self._empty_text = empty_text
        self.setMinimumHeight(self.sizeHint().height())
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def sizeHint(self) -> QSize:
        return QSize(520, max(60, 30 + self.ROW * len(self._bars)))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), QColor("white"))
        if not self._bars:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self._empty_text)
            return
        left = min(self.LABEL_WIDTH, self.width() // 2)
        right = self.width() - 70
        span = max(10, right - left)
        metrics = painter.fontMetrics()
        for row, bar in enumerate(self._bars):
            top = 8 + row * self.ROW
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, left - 10)
            painter.setPen(QColor("#333"))
            painter.drawText(
                QRectF(4, top, left - 10, self.ROW - 6),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            painter.fillRect(QRectF(left, top + 3, span, self.ROW - 12), QColor("#f0f0f0"))
            width = span * (bar.share or 0.0)
            painter.fillRect(QRectF(left, top + 3, width, self.ROW - 12), bar_colour(bar.share))
            value = "–" if bar.share is None else f"{bar.share * 100:.0f} %"
            painter.drawText(
                QRectF(right + 6, top, 64, self.ROW - 6),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                f"{value} ({bar.count})",
            )
        goal_x = left + span * GOAL
        pen = QPen(QColor("#555"), 1, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawLine(int(goal_x), 4, int(goal_x), 8 + self.ROW * len(self._bars))
