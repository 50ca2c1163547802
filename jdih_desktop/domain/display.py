"""Indonesian renderings of dates, instants, durations and shares, for forms and screens.

Forms use the civil-service conventions: "14 Mei 2023", times as "10.30" with the zone
label (WIB/WITA/WIT), decimal commas ("87,5 %").
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jdih_desktop.domain.dates import MONTHS_ID, format_date_id

_ZONE_LABELS = {
    "Asia/Jakarta": "WIB",
    "Asia/Pontianak": "WIB",
    "Asia/Makassar": "WITA",
    "Asia/Jayapura": "WIT",
}


def zone_label(timezone: str) -> str:
    """"Asia/Makassar" → "WITA"; other zones print their IANA name."""
    return _ZONE_LABELS.get(timezone, timezone)


def to_office_time(value: datetime, timezone: str) -> datetime:
    """An aware instant in the office's zone; a naive one is taken as office time already."""
    if value.tzinfo is None:
        return value
    try:
        return value.astimezone(ZoneInfo(timezone))
    except (ZoneInfoNotFoundError, ValueError):
        return value


def format_day(value: date | datetime | None, with_weekday: bool = False) -> str:
    """"14 Mei 2023", or "" for None; a datetime prints its (office) date only."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = value.date()
    return format_date_id(value, with_weekday=with_weekday)


def format_moment(
    value: date | datetime | None, timezone: str, with_weekday: bool = False, compact: bool = False
) -> str:
    """"14 Mei 2023 pukul 10.30 WITA" ("14 Mei 2023, 10.30 WITA" when ``compact``, for narrow
    form cells); a plain date prints without the time; None → ""."""
    if value is None:
        return ""
    if not isinstance(value, datetime):
        return format_day(value, with_weekday)
    local = to_office_time(value, timezone)
    day = format_date_id(local.date(), with_weekday=with_weekday)
    joint = ", " if compact else " pukul "
    return f"{day}{joint}{local:%H.%M} {zone_label(timezone)}"


def format_month(year: int, month: int) -> str:
    """(2023, 5) → "Mei 2023"."""
    return f"{MONTHS_ID[month - 1]} {year}"


def format_minutes(minutes: float | None, working_time: bool = False) -> str:
    """A duration for a report cell: "18 mnt", "2 j 05 mnt", "3 hr 4 j"; None → "–".

    Working-time durations stay in hours ("26 j 30 mnt kerja"), because a working day is not
    24 hours and calling 1,440 working minutes "1 hari" would mislead the reader.
    """
    if minutes is None:
        return "–"
    total = max(0, round(minutes))
    hours, mins = divmod(total, 60)
    if working_time:
        text = f"{mins} mnt" if hours == 0 else f"{hours} j {mins:02d} mnt"
        return f"{text} kerja"
    if hours == 0:
        return f"{mins} mnt"
    days, hours = divmod(hours, 24)
    if days == 0:
        return f"{hours} j {mins:02d} mnt"
    return f"{days} hr {hours} j"


def format_share(share: float | None) -> str:
    """0.875 → "87,5 %"; None → "–"."""
    if share is None:
        return "–"
    text = f"{share * 100:.1f}".replace(".", ",")
    if text.endswith(",0"):
        text = text[:-2]
    return f"{text} %"


def blank_if_none(value: object) -> str:
    """The text of ``value`` stripped, or "" when it is None."""
    return "" if value is None else str(value).strip()
