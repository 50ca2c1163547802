"""Build the office's :class:`OfficeCalendar` from configuration and the `holidays` package.

National holidays and cuti bersama come from ``holidays`` (categories "public" and
"government"); cuti bersama is decided by decree every year and offices close for their own
reasons, so the configuration adds closures and removes listed dates on top.

Default hours (an assumption to confirm per office, following the usual civil-service
37.5-hour week): Monday–Thursday 07:30–16:00 with a 12:00–13:00 break, Friday 07:30–16:30
with an 11:30–13:00 break for Friday prayers; closed Saturday and Sunday. Every default day
is 7 h 30 min of working time, which is also the default length of a working day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.worktime import DEFAULT_WORKING_DAY, DayHours, OfficeCalendar
from jdih_desktop.errors import ConfigError

DEFAULT_TIMEZONE = "Asia/Makassar"
HOLIDAY_CATEGORIES = ("public", "government")

# Weekday keys as the configuration may write them, Monday = 0.
_WEEKDAYS = {
    "mon": 0,
    "tue": 1,
    "wed": 2,
    "thu": 3,
    "fri": 4,
    "sat": 5,
    "sun": 6,
    "senin": 0,
    "selasa": 1,
    "rabu": 2,
    "kamis": 3,
    "jumat": 4,
    "sabtu": 5,
    "minggu": 6,
}
_RANGE_RE = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*-\s*(\d{1,2})[:.](\d{2})\s*$")

DEFAULT_OFFICE_HOURS: dict[str, list[str]] = {
    "mon": ["07:30-12:00", "13:00-16:00"],
    "tue": ["07:30-12:00", "13:00-16:00"],
    "wed": ["07:30-12:00", "13:00-16:00"],
    "thu": ["07:30-12:00", "13:00-16:00"],
    "fri": ["07:30-11:30", "13:00-16:30"],
    "sat": [],
    "sun": [],
}


def national_holidays(years: Iterable[int]) -> dict[date, str]:
    """Indonesian public holidays and cuti bersama of ``years``, named in Indonesian."""
    import holidays  # 300 modules: only when a calendar is first built, not for every command

    table = holidays.country_holidays(
        "ID", years=sorted(set(years)), categories=HOLIDAY_CATEGORIES, language="id"
    )
    return {day: str(name) for day, name in table.items()}


def _time(hour: str, minute: str, text: str) -> time:
    try:
        return time(int(hour), int(minute))
    except ValueError:
        raise ConfigError(
            msg(
                "Jam tidak sah di jam kantor: {text!r}",
                "Invalid time in office hours: {text!r}",
                text=text,
            )
        ) from None


def parse_office_hours(config: Mapping[str, Sequence[str]]) -> tuple[DayHours, ...]:
    """``{"mon": ["07:30-12:00", "13:00-16:00"], ...}`` → weekly hours, Monday first.

    Keys are English (mon…sun) or Indonesian (senin…minggu) day names; a day left out is
    closed. Each value lists "HH:MM-HH:MM" ranges; a break is the gap between two ranges.
    """
    week: list[list[tuple[time, time]]] = [[] for _ in range(7)]
    for key, ranges in config.items():
        weekday = _WEEKDAYS.get(str(key).strip().lower())
        if weekday is None:
            raise ConfigError(
                msg(
                    "Nama hari tidak dikenal di jam kantor: {key!r}",
                    "Unknown day name in office hours: {key!r}",
                    key=key,
                )
            )
        if isinstance(ranges, str):
            raise ConfigError(
                msg(
                    'Jam kantor {key} harus berupa daftar, mis. ["07:30-12:00"]',
                    'Office hours of {key} must be a list, e.g. ["07:30-12:00"]',
                    key=key,
                )
            )
        for text in ranges:
            match = _RANGE_RE.match(str(text))
            if match is None:
                raise ConfigError(
                    msg(
                        'Jam kantor {key}: {text!r} bukan rentang "HH:MM-HH:MM"',
                        'Office hours of {key}: {text!r} is not "HH:MM-HH:MM"',
                        key=key,
                        text=text,
                    )
                )
            start = _time(match.group(1), match.group(2), str(text))
            end = _time(match.group(3), match.group(4), str(text))
            week[weekday].append((start, end))
    return tuple(tuple(sorted(day)) for day in week)


def _date(value: date | str, what: str) -> date:
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ConfigError(
            msg(
                "Tanggal {what} tidak sah: {value!r} (tulis YYYY-MM-DD)",
                "Invalid {what} date: {value!r} (write YYYY-MM-DD)",
                what=what,
                value=value,
            )
        ) from None


def build_office_calendar(
    years: Iterable[int],
    *,
    timezone: str = DEFAULT_TIMEZONE,
    office_hours: Mapping[str, Sequence[str]] | None = None,
    closures: Mapping[date | str, str] | None = None,
    removals: Iterable[date | str] = (),
    working_day: timedelta = DEFAULT_WORKING_DAY,
) -> OfficeCalendar:
    """The office calendar covering ``years``.

    ``closures`` adds closed dates with a name (cuti bersama newly decreed, office closures);
    ``removals`` re-opens listed dates (a holiday the office works through, a cuti bersama
    the package lists but the decree dropped). Dates outside ``years`` in the package are not
    loaded, so pass every year a timer may touch (e.g. last, this and next year).
    """
    try:
        tz = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        raise ConfigError(
            msg(
                'Zona waktu tidak dikenal: {tz!r} (mis. "Asia/Makassar")',
                'Unknown time zone: {tz!r} (e.g. "Asia/Makassar")',
                tz=timezone,
            )
        ) from None
    names = national_holidays(years)
    for day, name in (closures or {}).items():
        names[_date(day, "penutupan kantor")] = name
    for day in removals:
        names.pop(_date(day, "pengecualian libur"), None)
    try:
        return OfficeCalendar(
            tz=tz,
            weekly_hours=parse_office_hours(office_hours or DEFAULT_OFFICE_HOURS),
            closed_dates=frozenset(names),
            working_day=working_day,
            closure_names=names,
        )
    except ValidationError as error:  # overlapping ranges, no open day, ...
        raise ConfigError(error.message) from error


def default_years(today: date) -> list[int]:
    """Last, this and next year: enough for any timer open around a year's turn."""
    return [today.year - 1, today.year, today.year + 1]
