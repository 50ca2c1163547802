"""What several GUI tests do: answer a modal dialog, read a request's timeline table."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

from jdih_desktop.ui.request_detail import RequestDetailDialog

W = TypeVar("W", bound=QWidget)


def when_modal(kind: type[W], act: Callable[[W], None]) -> None:
    """Act on the next modal dialog of ``kind`` once its exec() loop is running."""

    def poll() -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, kind):
            act(modal)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def timeline(dialog: RequestDetailDialog) -> list[list[str]]:
    table = dialog.timeline
    return [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
