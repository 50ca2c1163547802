"""The office calendar built from config and the `holidays` package, over a real year."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdih_desktop.domain.worktime import TimeBasis, due, due_instant, elapsed, working_elapsed
from jdih_desktop.errors import ConfigError
from jdih_desktop.workflow.calendar import (
    DEFAULT_TIMEZONE,
    build_office_calendar,
    default_years,
    national_holidays,
    parse_office_hours,
)

WITA = ZoneInfo(DEFAULT_TIMEZONE)
H = timedelta(hours=1)
OFFICE = build_office_calendar([2025, 2026, 2027])


def wita(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=WITA).astimezone(UTC)


def test_2026_holidays_and_cuti_bersama_are_closed() -> None:
    names = national_holidays([2026])
    assert "Cuti Bersama Hari Raya Idul Fitri" in names.values()
    assert sum("Cuti Bersama" in n for n in names.values()) == 8
    for day in (date(2026, 3, 20), date(2026, 3, 23), date(2026, 8, 17), date(2026, 12, 24)):
        assert not OFFICE.is_open_on(day)
    assert OFFICE.closure_names[date(2026, 8, 17)] == "Hari Kemerdekaan Republik Indonesia"


def test_default_hours_give_a_civil_service_week() -> None:
    assert OFFICE.tz == WITA
    monday = OFFICE.hours_on(date(2026, 3, 2))
    friday = OFFICE.hours_on(date(2026, 3, 6))
    assert monday == ((time(7, 30), time(12)), (time(13), time(16)))
    assert friday == ((time(7, 30), time(11, 30)), (time(13), time(16, 30)))
    assert working_elapsed(OFFICE, wita(2026, 3, 2), wita(2026, 3, 9)) == 37.5 * H


def test_working_time_over_the_whole_of_2026() -> None:
    # 25 closed dates, 21 of them on the 261 weekdays: 240 days of 7.5 hours.
    closed = national_holidays([2026])
    assert len(closed) == 25
    assert len([d for d in closed if d.weekday() < 5]) == 21
    assert working_elapsed(OFFICE, wita(2026, 1, 1), wita(2027, 1, 1)) == 240 * 7.5 * H
    # 240 working days from the first minute of 2026 end at the last closing time of the year.
    assert due_instant(OFFICE, wita(2026, 1, 1), 240 * OFFICE.working_day) == wita(2026, 12, 31, 16)


def test_the_seed_sop_targets_across_lebaran_2026() -> None:
    start = wita(2026, 3, 17, 15, 50)  # Tuesday before the Idul Fitri closure
    assert due(TimeBasis.WORKING, OFFICE, start, 20 * timedelta(minutes=1)) == wita(
        2026, 3, 25, 7, 40
    )
    assert due(TimeBasis.CALENDAR, OFFICE, start, timedelta(days=10)) == wita(2026, 3, 27, 15, 50)
    assert due_instant(OFFICE, start, 10 * OFFICE.working_day) == wita(2026, 4, 8, 15, 50)


@settings(max_examples=60, deadline=None)
@given(
    points=st.lists(
        st.datetimes(datetime(2026, 1, 1), datetime(2026, 12, 31), timezones=st.just(UTC)),
        min_size=3,
        max_size=3,
    ).map(sorted),
    amount=st.timedeltas(timedelta(0), timedelta(days=20)),
)
def test_properties_hold_with_the_real_2026_calendar(points: list, amount: timedelta) -> None:
    a, b, c = points
    assert working_elapsed(OFFICE, a, c) == working_elapsed(OFFICE, a, b) + working_elapsed(
        OFFICE, b, c
    )
    for basis in TimeBasis:
        assert elapsed(basis, OFFICE, a, due(basis, OFFICE, a, amount)) == amount


def test_closures_and_removals_edit_the_year() -> None:
    cal = build_office_calendar(
        [2026],
        closures={"2026-12-31": "Penutupan kantor akhir tahun", date(2026, 3, 2): "Rapat pleno"},
        removals=["2026-12-24"],
    )
    assert not cal.is_open_on(date(2026, 12, 31))
    assert cal.closure_names[date(2026, 12, 31)] == "Penutupan kantor akhir tahun"
    assert not cal.is_open_on(date(2026, 3, 2))
    assert cal.is_open_on(date(2026, 12, 24))  # a cuti bersama the decree dropped


def test_configured_hours_time_zone_and_working_day() -> None:
    hours = {"senin": ["08:00-12:00"], "Selasa": ["08.00 - 12.00", "13:00-15:00"]}
    cal = build_office_calendar(
        [2026], timezone="Asia/Jakarta", office_hours=hours, working_day=timedelta(hours=4)
    )
    assert cal.tz == ZoneInfo("Asia/Jakarta")
    assert cal.hours_on(date(2026, 3, 3)) == ((time(8), time(12)), (time(13), time(15)))
    assert cal.hours_on(date(2026, 3, 4)) == ()
    assert cal.working_day == timedelta(hours=4)
    assert len(parse_office_hours({})) == 7


@pytest.mark.parametrize(
    ("kwargs", "problem"),
    [
        ({"timezone": "Asia/Soppeng"}, "Zona waktu tidak dikenal"),
        ({"office_hours": {"funday": ["08:00-12:00"]}}, "Nama hari tidak dikenal"),
        ({"office_hours": {"mon": "08:00-12:00"}}, "harus berupa daftar"),
        ({"office_hours": {"mon": ["8 sampai 12"]}}, "bukan rentang"),
        ({"office_hours": {"mon": ["08:00-25:00"]}}, "Jam tidak sah"),
        ({"office_hours": {"mon": ["12:00-08:00"]}}, "harus sebelum"),
        ({"office_hours": {"sat": []}}, "paling tidak satu hari"),
        ({"closures": {"31-12-2026": "x"}}, "YYYY-MM-DD"),
        ({"removals": ["besok"]}, "YYYY-MM-DD"),
    ],
)
def test_bad_configuration_is_a_config_error(kwargs: dict, problem: str) -> None:
    with pytest.raises(ConfigError, match=problem):
        build_office_calendar([2026], **kwargs)


def test_default_years_cover_the_turn_of_the_year() -> None:
    assert default_years(date(2026, 12, 31)) == [2025, 2026, 2027]
