"""Office working time: how much of an interval counts, and when an amount of time runs out.

SOP targets are counted either in calendar time (every second counts) or in the office's
working time (only the office's opening hours on days it is open). Both are computed here
from stored instants, never from a ticking counter, so a timer is right after a restart.

Conventions a caller needs:

* Every instant in and out is a timezone-aware datetime; results are in UTC. Naive datetimes
  are refused, because guessing their zone is how timers end up eight hours off.
* Opening hours are local wall-clock intervals per weekday; a break is the gap between two
  intervals. Closed dates (public holidays, cuti bersama, office closures) are local dates.
* A *working day* is a fixed amount of working time (:attr:`OfficeCalendar.working_day`,
  7 h 30 min by default, the length of every default weekday) — not "the same clock time N
  open days later". One unit for elapsed, remaining and due keeps them exact inverses of each
  other and counts a step begun at 14:00 fairly; with the default hours both readings agree
  whenever the start falls inside opening hours.
* Pauses are (start, end) instants; time inside them never counts, in either basis.

The work is done per day and per opening interval, never per minute, so hundreds of timers
over several weeks cost milliseconds.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from enum import StrEnum

from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.messages import msg

Interval = tuple[datetime, datetime]
DayHours = tuple[tuple[time, time], ...]

DEFAULT_WORKING_DAY = timedelta(hours=7, minutes=30)
# due_instant gives up beyond this many days: a target that needs more than three years of
# office time is a configuration mistake (e.g. a calendar with no opening hours at all).
MAX_SEARCH_DAYS = 3 * 366


class TimeBasis(StrEnum):
    """How a target counts time: every second, or only the office's working time."""

    CALENDAR = "calendar"
    WORKING = "working"


@dataclass(frozen=True)
class OfficeCalendar:
    """When one office is open: weekly hours, closed dates, time zone, length of a working day.

    ``weekly_hours[0]`` is Monday. Each day holds sorted, non-overlapping local intervals;
    an empty tuple means closed that weekday. ``closure_names`` only labels ``closed_dates``
    for display ("Hari Raya Idul Fitri"); it does not affect any computation.
    """

    tz: tzinfo
    weekly_hours: tuple[DayHours, ...]
    closed_dates: frozenset[date] = frozenset()
    working_day: timedelta = DEFAULT_WORKING_DAY
    closure_names: Mapping[date, str] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if len(self.weekly_hours) != 7:
            raise ValidationError(
                msg(
                    "Jam kantor harus diisi untuk 7 hari (Senin–Minggu), bukan {n}.",
                    "Office hours need 7 days (Monday–Sunday), not {n}.",
                    n=len(self.weekly_hours),
                )
            )
        for weekday, intervals in enumerate(self.weekly_hours):
            _check_day_hours(weekday, intervals)
        if not any(self.weekly_hours):
            raise ValidationError(
                msg("Kantor harus buka paling tidak satu hari dalam seminggu.",
                    "The office must be open on at least one day of the week.")
            )
        if self.working_day <= timedelta(0):
            raise ValidationError(
                msg("Panjang satu hari kerja harus lebih dari nol.",
                    "The length of a working day must be more than zero.")
            )

    def hours_on(self, day: date) -> DayHours:
        """The local opening intervals on ``day``; empty when the office is closed."""
        if day in self.closed_dates:
            return ()
        return self.weekly_hours[day.weekday()]

    def is_open_on(self, day: date) -> bool:
        return bool(self.hours_on(day))

    def open_intervals(self, day: date) -> list[Interval]:
        """The opening intervals of local date ``day`` as UTC instants."""
        result = []
        for start, end in self.hours_on(day):
            utc_start = datetime.combine(day, start, tzinfo=self.tz).astimezone(UTC)
            utc_end = datetime.combine(day, end, tzinfo=self.tz).astimezone(UTC)
            if utc_start < utc_end:  # a DST gap could swallow an interval
                result.append((utc_start, utc_end))
        return result

    def local_date(self, instant: datetime) -> date:
        return to_utc(instant).astimezone(self.tz).date()


def _check_day_hours(weekday: int, intervals: Sequence[tuple[time, time]]) -> None:
    previous_end: time | None = None
    for start, end in intervals:
        if start.tzinfo is not None or end.tzinfo is not None:
            raise ValidationError(
                msg("Jam kantor ditulis sebagai jam lokal, tanpa zona waktu.",
                    "Office hours are local clock times, without a time zone.")
            )
        if not start < end:
            raise ValidationError(
                msg(
                    "Jam kantor hari ke-{day}: jam mulai {start} harus sebelum jam selesai {end}.",
                    "Office hours of weekday {day}: start {start} must be before end {end}.",
                    day=weekday + 1, start=start.isoformat("minutes"), end=end.isoformat("minutes"),
                )
            )
        if previous_end is not None and start < previous_end:
            raise ValidationError(
                msg(
                    "Jam kantor hari ke-{day} tumpang tindih atau tidak urut ({start}).",
                    "Office hours of weekday {day} overlap or are out of order ({start}).",
                    day=weekday + 1, start=start.isoformat("minutes"),
                )
            )
        previous_end = end


def to_utc(instant: datetime, what: str = "waktu") -> datetime:
    """``instant`` in UTC; refuses a naive datetime, whose zone nobody can know."""
    if instant.tzinfo is None or instant.utcoffset() is None:
        raise ValidationError(
            msg(
                "{what} tanpa zona waktu ({value}); simpan waktu dengan zona waktunya.",
                "An instant without a time zone ({value}); store instants with their zone.",
                what=what.capitalize(), value=instant.isoformat(),
            )
        )
    return instant.astimezone(UTC)


def _check_order(start: datetime, end: datetime) -> None:
    if end < start:
        raise ValidationError(
            msg(
                "Waktu selesai ({end}) lebih awal daripada waktu mulai ({start}).",
                "The end ({end}) is before the start ({start}).",
                end=end.isoformat(), start=start.isoformat(),
            )
        )


def _normalise_pauses(pauses: Iterable[Interval]) -> list[Interval]:
    """Pauses in UTC, sorted and merged, so overlapping pauses are not subtracted twice."""
    cleaned = []
    for pause_start, pause_end in pauses:
        a, b = to_utc(pause_start, "awal jeda"), to_utc(pause_end, "akhir jeda")
        _check_order(a, b)
        if a < b:
            cleaned.append((a, b))
    cleaned.sort()
    merged: list[Interval] = []
    for a, b in cleaned:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _minus_pauses(start: datetime, end: datetime, pauses: Sequence[Interval]) -> Iterator[Interval]:
    """The parts of [start, end] outside the (sorted, merged) pauses."""
    cursor = start
    for a, b in pauses:
        if b <= cursor:
            continue
        if a >= end:
            break
        if a > cursor:
            yield cursor, a
        cursor = max(cursor, b)
        if cursor >= end:
            return
    if cursor < end:
        yield cursor, end


def _open_time(cal: OfficeCalendar, start: datetime, end: datetime) -> timedelta:
    total = timedelta(0)
    day, last_day = cal.local_date(start), cal.local_date(end)
    while day <= last_day:
        for open_start, open_end in cal.open_intervals(day):
            a, b = max(open_start, start), min(open_end, end)
            if a < b:
                total += b - a
        day += timedelta(days=1)
    return total


def working_elapsed(
    cal: OfficeCalendar, start: datetime, end: datetime, pauses: Iterable[Interval] = ()
) -> timedelta:
    """Office working time between ``start`` and ``end``, excluding ``pauses``."""
    start, end = to_utc(start, "waktu mulai"), to_utc(end, "waktu selesai")
    _check_order(start, end)
    merged = _normalise_pauses(pauses)
    return sum(
        (_open_time(cal, a, b) for a, b in _minus_pauses(start, end, merged)), timedelta(0)
    )


def calendar_elapsed(start: datetime, end: datetime, pauses: Iterable[Interval] = ()) -> timedelta:
    """Calendar time between ``start`` and ``end``, excluding ``pauses``."""
    start, end = to_utc(start, "waktu mulai"), to_utc(end, "waktu selesai")
    _check_order(start, end)
    merged = _normalise_pauses(pauses)
    return sum((b - a for a, b in _minus_pauses(start, end, merged)), timedelta(0))


def _check_amount(amount: timedelta) -> None:
    if amount < timedelta(0):
        raise ValidationError(
            msg("Lama waktu tidak boleh negatif ({amount}).",
                "An amount of time cannot be negative ({amount}).", amount=str(amount))
        )


def due_instant(
    cal: OfficeCalendar, start: datetime, amount: timedelta, pauses: Iterable[Interval] = ()
) -> datetime:
    """The earliest instant at which ``amount`` of working time has elapsed since ``start``.

    Inverse of :func:`working_elapsed`: ``working_elapsed(cal, s, due_instant(cal, s, d)) == d``.
    A pause must be closed (have an end); for a step paused right now, close it at "now".
    """
    start = to_utc(start, "waktu mulai")
    _check_amount(amount)
    if amount == timedelta(0):
        return start
    merged = [p for p in _normalise_pauses(pauses) if p[1] > start]
    remaining = amount
    day = cal.local_date(start)
    for _ in range(MAX_SEARCH_DAYS):
        for open_start, open_end in cal.open_intervals(day):
            if open_end <= start:
                continue
            for a, b in _minus_pauses(max(open_start, start), open_end, merged):
                if b - a >= remaining:
                    return a + remaining
                remaining -= b - a
        day += timedelta(days=1)
    raise ValidationError(
        msg(
            "Target terlalu jauh: lebih dari {days} hari kalender dari {start}. "
            "Periksa jam kantor dan daftar hari libur.",
            "The target is too far away: more than {days} calendar days after {start}. "
            "Check the office hours and the holiday list.",
            days=MAX_SEARCH_DAYS, start=start.isoformat(),
        )
    )


def calendar_due(start: datetime, amount: timedelta, pauses: Iterable[Interval] = ()) -> datetime:
    """The instant at which ``amount`` of calendar time, pauses excluded, has elapsed."""
    start = to_utc(start, "waktu mulai")
    _check_amount(amount)
    if amount == timedelta(0):
        return start
    remaining, cursor = amount, start
    for a, b in _normalise_pauses(pauses):
        if b <= cursor:
            continue
        if a > cursor:
            if a - cursor >= remaining:
                return cursor + remaining
            remaining -= a - cursor
        cursor = b
    return cursor + remaining


def elapsed(
    basis: TimeBasis,
    cal: OfficeCalendar,
    start: datetime,
    end: datetime,
    pauses: Iterable[Interval] = (),
) -> timedelta:
    """Time between ``start`` and ``end`` counted the way ``basis`` says."""
    if basis is TimeBasis.WORKING:
        return working_elapsed(cal, start, end, pauses)
    return calendar_elapsed(start, end, pauses)


def due(
    basis: TimeBasis,
    cal: OfficeCalendar,
    start: datetime,
    amount: timedelta,
    pauses: Iterable[Interval] = (),
) -> datetime:
    """When ``amount`` counted the way ``basis`` says has elapsed since ``start``."""
    if basis is TimeBasis.WORKING:
        return due_instant(cal, start, amount, pauses)
    return calendar_due(start, amount, pauses)
