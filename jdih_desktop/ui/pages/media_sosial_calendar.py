"""The calendar tab of the Media Sosial screen: planned items and published posts per day."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtGui import QBrush, QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from jdih_desktop.domain.display import to_office_time
from jdih_desktop.workflow.content_views import ContentView

PLANNED = "#bbdefb"
PUBLISHED = "#c8e6c9"


class PostCalendar(QWidget):
    """A month calendar with the days that have something marked, and that day's list."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.selectionChanged.connect(self._show_day)
        self.day_list = QListWidget()
        side = QVBoxLayout()
        side.addWidget(self.day_list, 1)
        legend = QLabel(self.tr("Biru: rencana tayang · Hijau: sudah tayang"))
        legend.setWordWrap(True)
        side.addWidget(legend)
        row.addWidget(self.calendar, 2)
        row.addLayout(side, 1)
        self.marked: dict[date, list[tuple[bool, str]]] = {}

    def show_items(self, views: Iterable[ContentView], timezone: str) -> None:
        """Mark planned dates (blue) and publication days in office time (green)."""
        self.marked = {}
        for view in views:
            if view.planned_date:
                text = self.tr("Rencana: {title}").format(title=view.title)
                self.marked.setdefault(view.planned_date, []).append((False, text))
            for post in view.posts:
                if post.published_at is not None:
                    day = to_office_time(post.published_at, timezone).date()
                    text = self.tr("Tayang di {platform}: {title}")
                    self.marked.setdefault(day, []).append(
                        (True, text.format(platform=post.platform, title=view.title))
                    )
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())
        for day, entries in self.marked.items():
            fmt = QTextCharFormat()
            published = any(flag for flag, _ in entries)
            fmt.setBackground(QBrush(QColor(PUBLISHED if published else PLANNED)))
            fmt.setFontWeight(700)
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)
        self._show_day()

    def _show_day(self) -> None:
        selected = self.calendar.selectedDate()
        day = date(selected.year(), selected.month(), selected.day())
        self.day_list.clear()
        self.day_list.addItems([text for _, text in self.marked.get(day, [])])
