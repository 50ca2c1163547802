"""Dates, instants and report durations on screen, in the UI's language.

Printed sheets and reports keep the civil-service Indonesian forms of
:mod:`jdih_desktop.domain.display` ("14 Mei 2023 pukul 10.30 WITA") whatever the UI language: they
are the office's documents. The screens follow the UI: in English "14 May 2023, 10:30 WITA".
"""

from __future__ import annotations

from datetime import date, datetime

from jdih_desktop.domain.display import (
    format_day,
    format_minutes,
    format_moment,
    format_share,
    to_office_time,
    zone_label,
)
from jdih_desktop.domain.messages import current_language

MONTHS_EN = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def _english() -> bool:
    return current_language() == "en"


def day_text(value: date | datetime | None, with_weekday: bool = False) -> str:
    """"14 Mei 2023" / "14 May 2023" ("" for None); a datetime shows its date only."""
    if value is None or not _english():
        return format_day(value, with_weekday)
    if isinstance(value, datetime):
        value = value.date()
    text = f"{value.day} {MONTHS_EN[value.month - 1]} {value.year}"
    return f"{DAYS_EN[value.weekday()]}, {text}" if with_weekday else text


def moment_text(
    value: date | datetime | None, timezone: str, with_weekday: bool = False, compact: bool = False
) -> str:
    """"14 Mei 2023 pukul 10.30 WITA" / "14 May 2023 at 10:30 WITA" (a comma when
    ``compact``); a plain date shows without the time; None → ""."""
    if value is None or not _english():
        return format_moment(value, timezone, with_weekday, compact)
    if not isinstance(value, datetime):
        return day_text(value, with_weekday)
    local = to_office_time(value, timezone)
    joint = ", " if compact else " at "
    return f"{day_text(local.date(), with_weekday)}{joint}{local:%H:%M} {zone_label(timezone)}"


def short_moment_text(value: datetime | None, timezone: str) -> str:
    """"3 Feb 09.45" / "3 Feb 09:45" in the office's zone, for narrow cells; "–" for None."""
    if value is None:
        return "–"
    local = to_office_time(value, timezone)
    if _english():
        return f"{local.day} {MONTHS_EN[local.month - 1][:3]} {local:%H:%M}"
    return f"{local.day} {format_day(local.date()).split()[1][:3]} {local:%H.%M}"


def minutes_text(minutes: float | None, working_time: bool = False) -> str:
    """A report cell's duration: "2 j 05 mnt" / "2 h 05 min" ("… kerja" / "… working" for
    working time, which stays in hours: a working day is not 24 hours); None → "–"."""
    if minutes is None or not _english():
        return format_minutes(minutes, working_time)
    total = max(0, round(minutes))
    hours, mins = divmod(total, 60)
    if working_time:
        text = f"{mins} min" if hours == 0 else f"{hours} h {mins:02d} min"
        return f"{text} working"
    if hours == 0:
        return f"{mins} min"
    days, hours = divmod(hours, 24)
    return f"{hours} h {mins:02d} min" if days == 0 else f"{days} d {hours} h"


def share_text(share: float | None) -> str:
    """0.875 → "87,5 %" / "87.5 %"; None → "–"."""
    text = format_share(share)
    return text.replace(",", ".") if _english() else text
