"""Working-time arithmetic: worked examples around 2026's holidays, then properties."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.worktime import (
    OfficeCalendar,
    TimeBasis,
    calendar_due,
    calendar_elapsed,
    due,
    due_instant,
    elapsed,
    working_elapsed,
)

Wita = Callable[..., datetime]
H = timedelta(hours=1)
M = timedelta(minutes=1)
WITA = ZoneInfo("Asia/Makassar")
SETTINGS = settings(max_examples=150, deadline=None)


# --- worked examples ----------------------------------------------------------------------------


def test_an_ordinary_day_has_seven_and_a_half_hours(office: OfficeCalendar, wita: Wita) -> None:
    # Monday 2 March 2026 and Friday 6 March 2026, midnight to midnight.
    assert working_elapsed(office, wita(2026, 3, 2), wita(2026, 3, 3)) == 7.5 * H
    assert working_elapsed(office, wita(2026, 3, 6), wita(2026, 3, 7)) == 7.5 * H


def test_lunch_break_and_friday_prayers_do_not_count(office: OfficeCalendar, wita: Wita) -> None:
    assert working_elapsed(office, wita(2026, 3, 2, 11, 50), wita(2026, 3, 2, 13, 10)) == 20 * M
    assert working_elapsed(office, wita(2026, 3, 6, 11, 20), wita(2026, 3, 6, 13, 10)) == 20 * M
    assert due_instant(office, wita(2026, 3, 2, 11, 50), 20 * M) == wita(2026, 3, 2, 13, 10)


def test_lebaran_week_2026_is_skipped(office: OfficeCalendar, wita: Wita) -> None:
    # Cuti bersama and Idul Fitri close the office from Wed 18 to Tue 24 March 2026.
    assert working_elapsed(office, wita(2026, 3, 17, 16), wita(2026, 3, 25, 7, 30)) == timedelta(0)
    assert due_instant(office, wita(2026, 3, 17, 15, 50), 20 * M) == wita(2026, 3, 25, 7, 40)


def test_working_days_keep_the_clock_time(office: OfficeCalendar, wita: Wita) -> None:
    # Friday 10:00 + 1 working day = Monday 10:00 (Friday's prayer break is 30 min longer,
    # Friday ends 30 min later: the day is still 7.5 hours).
    assert due_instant(office, wita(2026, 3, 6, 10), office.working_day) == wita(2026, 3, 9, 10)
    # Tuesday 16 Dec 2026 10:00 + 10 working days skips Christmas and its cuti bersama.
    assert due_instant(office, wita(2026, 12, 15, 10), 10 * office.working_day) == wita(
        2026, 12, 31, 10
    )


def test_start_outside_hours_begins_at_opening(office: OfficeCalendar, wita: Wita) -> None:
    assert due_instant(office, wita(2026, 3, 7, 9), 10 * M) == wita(2026, 3, 9, 7, 40)  # Saturday
    assert due_instant(office, wita(2026, 3, 2, 5), timedelta(0)) == wita(2026, 3, 2, 5)


def test_pauses_are_excluded(office: OfficeCalendar, wita: Wita) -> None:
    start, end = wita(2026, 3, 2, 8), wita(2026, 3, 2, 10)
    pause = (wita(2026, 3, 2, 8, 30), wita(2026, 3, 2, 9))
    assert working_elapsed(office, start, end, [pause]) == 90 * M
    assert calendar_elapsed(start, end, [pause, pause]) == 90 * M  # overlap counted once
    assert due_instant(office, start, 60 * M, [pause]) == wita(2026, 3, 2, 9, 30)
    assert calendar_due(start, 60 * M, [pause]) == wita(2026, 3, 2, 9, 30)


def test_calendar_basis_counts_nights_and_holidays(office: OfficeCalendar, wita: Wita) -> None:
    start = wita(2026, 3, 17, 16)
    assert elapsed(TimeBasis.CALENDAR, office, start, wita(2026, 3, 18, 16)) == 24 * H
    assert due(TimeBasis.CALENDAR, office, start, 24 * H) == wita(2026, 3, 18, 16)
    assert due(TimeBasis.WORKING, office, start, 20 * M) == wita(2026, 3, 25, 7, 50)


def test_results_are_utc_whatever_zone_comes_in(office: OfficeCalendar) -> None:
    start = datetime(2026, 3, 2, 8, 0, tzinfo=timezone(timedelta(hours=8)))
    result = due_instant(office, start, 10 * M)
    assert result.tzinfo is UTC
    assert result == datetime(2026, 3, 2, 0, 10, tzinfo=UTC)


def test_daylight_saving_zone_counts_local_hours() -> None:
    day = ((time(9), time(17)),)
    berlin = OfficeCalendar(ZoneInfo("Europe/Berlin"), (day, day, day, day, day, (), ()))
    # The week of 29 March 2026 changes to summer time; every weekday is still 8 hours.
    start = datetime(2026, 3, 27, tzinfo=ZoneInfo("Europe/Berlin"))
    end = datetime(2026, 4, 4, tzinfo=ZoneInfo("Europe/Berlin"))
    assert working_elapsed(berlin, start, end) == 6 * 8 * H
    monday = datetime(2026, 3, 30, 9, tzinfo=ZoneInfo("Europe/Berlin"))
    assert due_instant(berlin, start, 9 * H) == monday + H


# --- refusals -----------------------------------------------------------------------------------


def test_naive_instants_are_refused(office: OfficeCalendar) -> None:
    with pytest.raises(ValidationError, match="zona waktu"):
        working_elapsed(office, datetime(2026, 3, 2, 8), datetime(2026, 3, 2, 9, tzinfo=UTC))


def test_end_before_start_is_refused(office: OfficeCalendar, wita: Wita) -> None:
    with pytest.raises(ValidationError, match="lebih awal"):
        working_elapsed(office, wita(2026, 3, 2, 9), wita(2026, 3, 2, 8))
    with pytest.raises(ValidationError, match="lebih awal"):
        calendar_elapsed(wita(2026, 3, 2, 9), wita(2026, 3, 2, 10),
                         [(wita(2026, 3, 2, 9, 30), wita(2026, 3, 2, 9, 10))])


def test_negative_amount_is_refused(office: OfficeCalendar, wita: Wita) -> None:
    with pytest.raises(ValidationError, match="negatif"):
        due_instant(office, wita(2026, 3, 2), -M)
    with pytest.raises(ValidationError, match="negatif"):
        calendar_due(wita(2026, 3, 2), -M)


def test_unreachable_due_is_refused(wita: Wita) -> None:
    sunday_hour = ((), (), (), (), (), (), ((time(8), time(9)),))
    sparse = OfficeCalendar(WITA, sunday_hour)
    with pytest.raises(ValidationError, match="terlalu jauh"):
        due_instant(sparse, wita(2026, 1, 1), 250 * sparse.working_day)


@pytest.mark.parametrize(
    ("hours", "problem"),
    [
        ((((time(8), time(12)),),) * 6, "7 hari"),
        ((((time(12), time(8)),),) * 7, "sebelum"),
        ((((time(8), time(12)), (time(11), time(13))),) * 7, "tumpang tindih"),
        (((),) * 7, "paling tidak satu hari"),
    ],
)
def test_malformed_office_hours_are_refused(hours: tuple, problem: str) -> None:
    with pytest.raises(ValidationError, match=problem):
        OfficeCalendar(WITA, hours)


def test_zero_working_day_is_refused() -> None:
    day = ((time(8), time(12)),)
    with pytest.raises(ValidationError, match="hari kerja"):
        OfficeCalendar(WITA, (day,) * 7, working_day=timedelta(0))


# --- properties ---------------------------------------------------------------------------------

LOW, HIGH = datetime(2025, 12, 25), datetime(2027, 1, 5)


def _minute_instants() -> st.SearchStrategy[datetime]:
    """Instants on whole local minutes: they hit opening, closing and break edges often."""
    return st.builds(
        lambda d, minute: (datetime.combine(d, time(), tzinfo=WITA) + minute * M).astimezone(UTC),
        st.dates(LOW.date(), HIGH.date()),
        st.integers(0, 24 * 60 - 1),
    )


instants = st.one_of(
    _minute_instants(),
    st.datetimes(LOW, HIGH, timezones=st.just(UTC)),
)
amounts = st.one_of(
    st.integers(0, 30 * 7 * 60).map(lambda m: m * M),
    st.timedeltas(timedelta(0), timedelta(days=15)),
)


@st.composite
def pause_lists(draw: st.DrawFn) -> list[tuple[datetime, datetime]]:
    pauses = []
    for start in draw(st.lists(instants, max_size=3)):
        pauses.append((start, start + draw(st.timedeltas(timedelta(0), timedelta(days=3)))))
    return pauses


@SETTINGS
@given(points=st.lists(instants, min_size=3, max_size=3).map(sorted), pauses=pause_lists())
def test_elapsed_is_additive(office: OfficeCalendar, points: list[datetime], pauses: list) -> None:
    a, b, c = points
    for measure in (
        lambda s, e: working_elapsed(office, s, e, pauses),
        lambda s, e: calendar_elapsed(s, e, pauses),
    ):
        assert measure(a, c) == measure(a, b) + measure(b, c)


@SETTINGS
@given(points=st.lists(instants, min_size=3, max_size=3).map(sorted), pauses=pause_lists())
def test_elapsed_is_monotonic_and_bounded(
    office: OfficeCalendar, points: list[datetime], pauses: list
) -> None:
    a, b, c = points
    assert working_elapsed(office, a, b, pauses) <= working_elapsed(office, a, c, pauses)
    assert working_elapsed(office, a, c, pauses) <= calendar_elapsed(a, c, pauses)
    assert calendar_elapsed(a, c, pauses) <= c - a


@SETTINGS
@given(start=instants, amount=amounts, pauses=pause_lists())
def test_due_is_the_inverse_of_elapsed(
    office: OfficeCalendar, start: datetime, amount: timedelta, pauses: list
) -> None:
    for basis in TimeBasis:
        at = due(basis, office, start, amount, pauses)
        assert at >= start
        assert elapsed(basis, office, start, at, pauses) == amount


@SETTINGS
@given(points=st.lists(instants, min_size=2, max_size=2).map(sorted), pauses=pause_lists())
def test_due_of_elapsed_is_the_earliest_instant(
    office: OfficeCalendar, points: list[datetime], pauses: list
) -> None:
    start, end = points
    for basis in TimeBasis:
        spent = elapsed(basis, office, start, end, pauses)
        at = due(basis, office, start, spent, pauses)
        assert at <= end
        assert elapsed(basis, office, start, at, pauses) == spent
        if spent:  # one microsecond earlier is not enough: the earliest such instant
            earlier = at - timedelta(microseconds=1)
            assert elapsed(basis, office, start, earlier, pauses) < spent


@SETTINGS
@given(start=instants, amount=amounts.filter(bool))
def test_due_falls_inside_opening_hours(
    office: OfficeCalendar, start: datetime, amount: timedelta
) -> None:
    local = due_instant(office, start, amount).astimezone(WITA)
    assert office.is_open_on(local.date())
    assert any(a < local.time() <= b for a, b in office.hours_on(local.date()))


@SETTINGS
@given(day=st.dates(date(2026, 1, 1), date(2026, 12, 31)), data=st.data())
def test_nothing_counts_when_closed(office: OfficeCalendar, day: date, data: st.DataObject) -> None:
    midnight = datetime.combine(day, time(), tzinfo=WITA)
    if office.is_open_on(day):
        # Outside hours: the evening, or a break (the gaps between opening intervals).
        hours = office.hours_on(day)
        gaps = [(b, c) for (_, b), (c, _) in itertools.pairwise(hours)]
        gap_start, gap_end = data.draw(st.sampled_from([*gaps, (hours[-1][1], time(23, 59))]))
        start = datetime.combine(day, gap_start, tzinfo=WITA)
        end = datetime.combine(day, gap_end, tzinfo=WITA)
    else:  # a weekend, holiday or cuti bersama: the whole day
        start, end = midnight, midnight + timedelta(days=1)
    a = data.draw(st.datetimes(start.replace(tzinfo=None), end.replace(tzinfo=None)))
    b = data.draw(st.datetimes(a, end.replace(tzinfo=None)))
    assert working_elapsed(office, a.replace(tzinfo=WITA), b.replace(tzinfo=WITA)) == timedelta(0)


@settings(max_examples=60, deadline=None)
@given(start=_minute_instants(), length=st.integers(0, 4 * 24 * 60))
def test_elapsed_matches_counting_minutes(
    office: OfficeCalendar, start: datetime, length: int
) -> None:
    """The per-day computation agrees with a naive minute-by-minute count."""
    counted = 0
    for i in range(length):
        local = (start + i * M).astimezone(WITA)
        hours = office.hours_on(local.date())
        counted += any(a <= local.time() < b for a, b in hours)
    assert working_elapsed(office, start, start + length * M) == counted * M
