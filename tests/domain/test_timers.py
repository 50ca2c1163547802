"""Timer status and threshold crossings, always against a frozen clock passed in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict
from datetime import datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.roles import Role
from jdih_desktop.domain.sop import Target, TargetUnit
from jdih_desktop.domain.sop_run import ClockError, Pause, StepRun, StepState
from jdih_desktop.domain.timers import (
    Level,
    Thresholds,
    crossings,
    projected_completion,
    timer_status,
)
from jdih_desktop.domain.worktime import OfficeCalendar, TimeBasis

Wita = Callable[..., datetime]
M = timedelta(minutes=1)
WORKING_20 = Target(20, TargetUnit.MINUTES, TimeBasis.WORKING)
CALENDAR_10_DAYS = Target(10, TargetUnit.DAYS, TimeBasis.CALENDAR)


def running(start: datetime, target: Target | None = WORKING_20, **changes: object) -> StepRun:
    fields: dict = {"no": 3, "key": "abstrak", "role": Role.OPERATOR, "target": target,
                    "state": StepState.RUNNING, "started_at": start, **changes}
    return StepRun(**fields)


def test_frozen_clock_walks_a_step_through_every_level(office: OfficeCalendar, wita: Wita) -> None:
    step = running(wita(2026, 3, 2, 8))  # Monday, 20 working minutes
    expected = [
        ((8, 9, 59), Level.OK),
        ((8, 10, 0), Level.NOTICE),
        ((8, 14, 59), Level.NOTICE),
        ((8, 15, 0), Level.WARNING),
        ((8, 20, 0), Level.OVERDUE),
    ]
    for (hour, minute, second), level in expected:
        status = timer_status(step, office, wita(2026, 3, 2, hour, minute, second))
        assert status.level is level, (hour, minute, second)
    status = timer_status(step, office, wita(2026, 3, 2, 8, 15))
    assert status.elapsed == 15 * M
    assert status.remaining == 5 * M
    assert status.fraction == 0.75
    assert status.due == wita(2026, 3, 2, 8, 20)
    assert status.target == 20 * M and status.basis is TimeBasis.WORKING
    late = timer_status(step, office, wita(2026, 3, 2, 8, 30))
    assert late.remaining == -10 * M and late.overdue
    assert str(late.level.label) == "melewati target"


def test_working_time_stops_over_lunch_and_overnight(office: OfficeCalendar, wita: Wita) -> None:
    step = running(wita(2026, 3, 2, 11, 50))
    assert timer_status(step, office, wita(2026, 3, 2, 12, 55)).level is Level.NOTICE
    assert timer_status(step, office, wita(2026, 3, 2, 12, 55)).due == wita(2026, 3, 2, 13, 10)
    evening = running(wita(2026, 3, 17, 15, 50))  # before the 2026 Lebaran closure
    status = timer_status(evening, office, wita(2026, 3, 20, 10))
    assert status.elapsed == 10 * M and status.level is Level.NOTICE
    assert status.due == wita(2026, 3, 25, 7, 40)


def test_calendar_target_levels(office: OfficeCalendar, wita: Wita) -> None:
    step = running(wita(2026, 3, 2, 8), CALENDAR_10_DAYS)
    assert timer_status(step, office, wita(2026, 3, 7, 7, 59)).level is Level.OK
    assert timer_status(step, office, wita(2026, 3, 7, 8)).level is Level.NOTICE
    assert timer_status(step, office, wita(2026, 3, 9, 20)).level is Level.WARNING
    assert timer_status(step, office, wita(2026, 3, 12, 8)).level is Level.OVERDUE
    assert timer_status(step, office, wita(2026, 3, 4)).due == wita(2026, 3, 12, 8)


def test_a_paused_step_does_not_advance(office: OfficeCalendar, wita: Wita) -> None:
    pause = Pause(started_at=wita(2026, 3, 2, 8, 5), reason="menunggu", by_user="ani")
    step = running(wita(2026, 3, 2, 8), state=StepState.PAUSED, pauses=(pause,))
    status = timer_status(step, office, wita(2026, 3, 2, 10))
    assert status.elapsed == 5 * M and status.level is Level.OK
    assert status.due == wita(2026, 3, 2, 10, 15)  # if work resumed now
    resumed = running(wita(2026, 3, 2, 8),
                      pauses=(Pause(wita(2026, 3, 2, 8, 5), "menunggu", "ani",
                                    ended_at=wita(2026, 3, 2, 8, 35)),))
    assert timer_status(resumed, office, wita(2026, 3, 2, 8, 45)).level is Level.WARNING


def test_a_finished_step_is_measured_to_its_end(office: OfficeCalendar, wita: Wita) -> None:
    done = running(wita(2026, 3, 2, 8), state=StepState.DONE, ended_at=wita(2026, 3, 2, 8, 12))
    status = timer_status(done, office, wita(2026, 6, 1))
    assert status.elapsed == 12 * M and status.level is Level.NOTICE and not status.overdue


def test_a_step_without_target_counts_calendar_time(office: OfficeCalendar, wita: Wita) -> None:
    status = timer_status(running(wita(2026, 3, 6, 16), None), office, wita(2026, 3, 9, 8))
    assert status.elapsed == timedelta(days=2, hours=16)
    assert status.level is Level.OK
    assert (status.target, status.remaining, status.due, status.fraction) == (None,) * 4


def test_configurable_thresholds(office: OfficeCalendar, wita: Wita) -> None:
    strict = Thresholds(notice=0.25, warning=0.5, overdue=0.9)
    step = running(wita(2026, 3, 2, 8))
    assert timer_status(step, office, wita(2026, 3, 2, 8, 5), strict).level is Level.NOTICE
    assert timer_status(step, office, wita(2026, 3, 2, 8, 18), strict).level is Level.OVERDUE
    for bad in ((0.75, 0.5, 1.0), (0, 0.5, 1.0), (0.5, 0.75, 11.0)):
        with pytest.raises(ValidationError, match="Ambang"):
            Thresholds(*bad)


def test_a_clock_before_the_records_is_an_error(office: OfficeCalendar, wita: Wita) -> None:
    with pytest.raises(ClockError, match="Periksa jam"):
        timer_status(running(wita(2026, 3, 2, 8)), office, wita(2026, 3, 2, 7))
    with pytest.raises(ValidationError, match="belum dimulai"):
        timer_status(StepRun(1, "a", Role.OPERATOR, WORKING_20), office, wita(2026, 3, 2, 7))


def test_timers_survive_a_restart(office: OfficeCalendar, wita: Wita) -> None:
    """A step rebuilt from stored plain values shows the same timer: nothing ticks in memory."""
    pause = Pause(wita(2026, 3, 2, 8, 5), "menunggu", "ani", ended_at=wita(2026, 3, 2, 8, 35))
    step = running(wita(2026, 3, 2, 8), pauses=(pause,))
    stored = asdict(step)  # what a database row would hold
    rebuilt = StepRun(
        **{**stored, "target": Target(**stored["target"]),
           "pauses": tuple(Pause(**p) for p in stored["pauses"])}
    )
    now = wita(2026, 3, 2, 9)
    assert timer_status(rebuilt, office, now) == timer_status(step, office, now)


def test_crossings_in_a_window(office: OfficeCalendar, wita: Wita) -> None:
    steps = [
        ("a", running(wita(2026, 3, 2, 8))),
        ("b", running(wita(2026, 3, 2, 8, 10), CALENDAR_10_DAYS)),
        ("c", running(wita(2026, 3, 2, 8), state=StepState.DONE, ended_at=wita(2026, 3, 2, 8, 12))),
        ("d", running(wita(2026, 3, 2, 8), None)),
    ]
    found = crossings(steps, office, since=wita(2026, 3, 2, 8, 10), now=wita(2026, 3, 2, 8, 20))
    # a: 50 % exactly at 8:10 is not "since" 8:10; 75 % at 8:15 and 100 % at 8:20 are.
    # c ended at 8:12 before reaching 75 %; b and d have nothing to report.
    assert [(c.ref, c.level, c.at) for c in found] == [
        ("a", Level.WARNING, wita(2026, 3, 2, 8, 15)),
        ("a", Level.OVERDUE, wita(2026, 3, 2, 8, 20)),
    ]
    assert crossings(steps, office, wita(2026, 3, 2, 8, 20), wita(2026, 3, 2, 8, 20)) == []
    with pytest.raises(ClockError, match="mundur"):
        crossings(steps, office, since=wita(2026, 3, 2, 9), now=wita(2026, 3, 2, 8))


@settings(max_examples=80, deadline=None)
@given(
    start_minute=st.integers(0, 10 * 24 * 60),
    target_minutes=st.integers(1, 3 * 450),
    since_offset=st.integers(0, 5 * 24 * 60),
    window=st.integers(0, 5 * 24 * 60),
)
def test_crossings_agree_with_the_levels_shown(
    office: OfficeCalendar,
    wita: Wita,
    start_minute: int,
    target_minutes: int,
    since_offset: int,
    window: int,
) -> None:
    start = wita(2026, 3, 10) + start_minute * M
    step = running(start, Target(target_minutes, TargetUnit.MINUTES, TimeBasis.WORKING))
    since = start + since_offset * M
    now = since + window * M
    level_then = timer_status(step, office, since).level
    level_now = timer_status(step, office, now).level
    found = crossings([(0, step)], office, since, now)
    assert [c.level for c in found] == list(Level)[level_then + 1 : level_now + 1]
    for crossing in found:
        assert timer_status(step, office, crossing.at).level >= crossing.level
        just_before = crossing.at - timedelta(microseconds=1)
        assert timer_status(step, office, just_before).level < crossing.level


def test_projected_completion_chains_the_remaining_targets(
    office: OfficeCalendar, wita: Wita
) -> None:
    start = wita(2026, 2, 2, 11, 50)  # a Monday, 10 minutes before the lunch break
    steps = [
        StepRun(1, "a", Role.OPERATOR, WORKING_20, StepState.DONE, start, start),
        running(start, no=2),
        StepRun(3, "c", Role.OPERATOR, CALENDAR_10_DAYS),
    ]
    # step 2 is due at 13:10 (10 minutes before the break, 10 after); step 3 ten days later
    assert projected_completion(steps, office, start) == wita(2026, 2, 12, 13, 10)
    no_target = [*steps[:2], StepRun(3, "c", Role.OPERATOR, None)]
    assert projected_completion(no_target, office, start) is None
