"""Small pieces the screens share: page headings, error boxes, timer colours and texts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.timers import Level

T = TypeVar("T")

# Background colours of a timer cell per level: calm, then amber, orange, red (readable with
# black text, and distinct for the common colour-vision deficiencies by lightness too).
LEVEL_COLOURS: dict[Level, str] = {
    Level.OK: "#e3f1e0",
    Level.NOTICE: "#fff3c4",
    Level.WARNING: "#ffd08a",
    Level.OVERDUE: "#f4a6a6",
}


def level_colour(level: Level) -> QColor:
    return QColor(LEVEL_COLOURS[level])


def page_title(text: str) -> QLabel:
    """The heading every screen starts with (objectName ``pageTitle``, styled and tested)."""
    heading = QLabel(text)
    heading.setObjectName("pageTitle")
    heading.setAccessibleName(text)
    return heading


def duration_text(value: timedelta | None) -> str:
    """A time span in words nobody misreads: "17 mnt", "2 jam 05 mnt", "3 hari 23 jam";
    "lewat 3 mnt" when negative (past the target); "–" for None. (An earlier "3 hr 23:15"
    read as hours in English and as nothing in particular in Indonesian.)"""
    if value is None:
        return "–"
    minutes = int(value.total_seconds() // 60)
    hours, mins = divmod(abs(minutes), 60)
    days, hours = divmod(hours, 24)
    if days:
        text = QCoreApplication.translate("common", "{days} hari {hours} jam").format(
            days=days, hours=hours
        )
    elif hours:
        text = QCoreApplication.translate("common", "{hours} jam {mins:02d} mnt").format(
            hours=hours, mins=mins
        )
    else:
        text = QCoreApplication.translate("common", "{mins} mnt").format(mins=mins)
    return (
        QCoreApplication.translate("common", "lewat {span}").format(span=text)
        if minutes < 0
        else text
    )


def short_moment(value: datetime | None, timezone: str) -> str:
    """ "3 Feb 09.45" in the office's zone and the UI's language, for narrow table cells."""
    from jdih_desktop.ui.dates import short_moment_text

    return short_moment_text(value, timezone)


def sifat_labels() -> dict[str, str]:
    return {
        "biasa": QCoreApplication.translate("common", "Biasa"),
        "segera": QCoreApplication.translate("common", "Segera"),
        "sangat_segera": QCoreApplication.translate("common", "Sangat Segera"),
        "rahasia": QCoreApplication.translate("common", "Rahasia"),
    }


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """A clerk-readable message for an expected error; anything else is a bug and re-raised."""
    if not isinstance(error, JdihError):
        raise error
    QMessageBox.warning(
        parent, QCoreApplication.translate("common", "Tidak dapat dilanjutkan"), str(error)
    )


def guarded(parent: QWidget | None, action: Callable[[], T]) -> T | None:
    """Run a service call; an expected error is shown to the user and gives None."""
    try:
        return action()
    except JdihError as error:
        show_error(parent, error)
        return None
