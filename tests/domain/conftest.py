"""An office calendar like KPU Kabupaten Soppeng's, built by hand so domain tests need no I/O.

The closed dates are the 25 national holidays and cuti bersama of 2026 as the `holidays`
package (0.109) lists them; tests/workflow/test_calendar.py checks the package's own list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from jdih_desktop.domain.worktime import OfficeCalendar

WITA = ZoneInfo("Asia/Makassar")
_MON_THU = ((time(7, 30), time(12, 0)), (time(13, 0), time(16, 0)))
_FRI = ((time(7, 30), time(11, 30)), (time(13, 0), time(16, 30)))
WEEKLY_HOURS = (_MON_THU, _MON_THU, _MON_THU, _MON_THU, _FRI, (), ())
CLOSED_2026 = frozenset(
    date.fromisoformat(d)
    for d in [
        "2026-01-01", "2026-01-16", "2026-02-16", "2026-02-17", "2026-03-18", "2026-03-19",
        "2026-03-20", "2026-03-21", "2026-03-22", "2026-03-23", "2026-03-24", "2026-04-03",
        "2026-04-05", "2026-05-01", "2026-05-14", "2026-05-15", "2026-05-27", "2026-05-28",
        "2026-05-31", "2026-06-01", "2026-06-16", "2026-08-17", "2026-08-25", "2026-12-24",
        "2026-12-25",
    ]
)


def make_office() -> OfficeCalendar:
    return OfficeCalendar(tz=WITA, weekly_hours=WEEKLY_HOURS, closed_dates=CLOSED_2026)


def wita_instant(year: int, month: int, day: int, hour: int = 0, minute: int = 0,
                 second: int = 0) -> datetime:
    """A WITA wall-clock time as the UTC instant the domain takes."""
    return datetime(year, month, day, hour, minute, second, tzinfo=WITA).astimezone(UTC)


@pytest.fixture(scope="session")
def office() -> OfficeCalendar:
    return make_office()


@pytest.fixture(scope="session")
def wita() -> Callable[..., datetime]:
    return wita_instant
