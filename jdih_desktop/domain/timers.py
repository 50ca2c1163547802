"""Timer status of a step against its target, and the warning thresholds it has crossed.

Everything is computed from the instants stored on the step and an explicit ``now``: there is
no ticking counter, so a restart, a sleeping laptop or a second PC all show the same figures.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import IntEnum
from typing import Generic, TypeVar

from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.messages import Msg, msg
from jdih_desktop.domain.sop_run import ClockError, StepRun, StepState
from jdih_desktop.domain.worktime import OfficeCalendar, TimeBasis, due, elapsed, to_utc

K = TypeVar("K")


class Level(IntEnum):
    """How far a step is into its target; ordered, so ``level >= Level.WARNING`` works."""

    OK = 0
    NOTICE = 1  # the first threshold, 50 % by default
    WARNING = 2  # 75 % by default
    OVERDUE = 3  # 100 % by default: the target is used up

    @property
    def label(self) -> Msg:
        return _LEVEL_LABELS[self]


_LEVEL_LABELS = {
    Level.OK: msg("dalam target", "within target"),
    Level.NOTICE: msg("lewat separuh target", "past half the target"),
    Level.WARNING: msg("target hampir habis", "target nearly used up"),
    Level.OVERDUE: msg("melewati target", "past the target"),
}


@dataclass(frozen=True)
class Thresholds:
    """Fractions of the target at which a step reaches each level (``elapsed >= share``)."""

    notice: float = 0.5
    warning: float = 0.75
    overdue: float = 1.0

    def __post_init__(self) -> None:
        if not 0 < self.notice < self.warning < self.overdue <= 10:
            raise ValidationError(
                msg("Ambang peringatan harus naik dan positif (mis. 0,5 < 0,75 < 1,0), "
                    "bukan {a} / {b} / {c}.",
                    "Warning thresholds must be positive and increasing "
                    "(e.g. 0.5 < 0.75 < 1.0), not {a} / {b} / {c}.",
                    a=self.notice, b=self.warning, c=self.overdue)
            )

    def marks(self, target: timedelta) -> tuple[tuple[Level, timedelta], ...]:
        """The elapsed time at which each level begins, for a target of ``target``."""
        # One place computes the marks, so a crossing instant and the level shown at that
        # instant agree to the microsecond.
        return (
            (Level.NOTICE, target * self.notice),
            (Level.WARNING, target * self.warning),
            (Level.OVERDUE, target * self.overdue),
        )

    def level(self, spent: timedelta, target: timedelta) -> Level:
        reached = Level.OK
        for level, mark in self.marks(target):
            if spent >= mark:
                reached = level
        return reached


DEFAULT_THRESHOLDS = Thresholds()


@dataclass(frozen=True)
class TimerStatus:
    """Where one step stands at ``now`` (or at its end, when it is over).

    ``remaining`` is negative once the target is exceeded. ``due`` is when the target runs
    out; for a paused step it assumes work resumes now. A step without a target counts
    calendar time and has no remaining, due, fraction or level beyond OK.
    """

    step_no: int
    state: StepState
    basis: TimeBasis
    elapsed: timedelta
    target: timedelta | None
    remaining: timedelta | None
    due: datetime | None
    fraction: float | None
    level: Level

    @property
    def overdue(self) -> bool:
        return self.remaining is not None and self.remaining < timedelta(0)


@dataclass(frozen=True)
class Crossing(Generic[K]):
    """A step reached ``level`` at ``at``; ``ref`` is whatever the caller paired it with."""

    ref: K
    step_no: int
    level: Level
    at: datetime


def _end(step: StepRun, now: datetime) -> datetime:
    """Where the step's clock stops: its end, or ``now``; refuses a ``now`` in its past."""
    if step.started_at is None:
        raise ValidationError(
            msg("Langkah {no} belum dimulai; belum ada waktunya.",
                "Step {no} has not started; it has no timer yet.", no=step.no)
        )
    stored = [step.started_at, *(p.started_at for p in step.pauses),
              *(p.ended_at for p in step.pauses if p.ended_at is not None)]
    latest = max(to_utc(s) for s in stored)
    if step.ended_at is not None:
        return to_utc(step.ended_at)
    if now < latest:
        raise ClockError(
            msg("Jam komputer ({now}) lebih awal daripada catatan langkah {no} ({latest}). "
                "Periksa jam komputer.",
                "The computer clock ({now}) is before step {no}'s records ({latest}). "
                "Check the clock.",
                now=now.isoformat(), no=step.no, latest=latest.isoformat())
        )
    return now


def timer_status(
    step: StepRun,
    cal: OfficeCalendar,
    now: datetime,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> TimerStatus:
    """The timer of a started step at ``now``; a finished step is measured to its end."""
    now = to_utc(now, "waktu sekarang")
    end = _end(step, now)
    assert step.started_at is not None  # checked by _end
    pauses = step.pause_intervals(until=end)
    if step.target is None:
        spent = elapsed(TimeBasis.CALENDAR, cal, step.started_at, end, pauses)
        return TimerStatus(step.no, step.state, TimeBasis.CALENDAR, spent, None, None, None,
                           None, Level.OK)
    basis = step.target.basis
    target = step.target.amount(cal.working_day)
    spent = elapsed(basis, cal, step.started_at, end, pauses)
    return TimerStatus(
        step_no=step.no,
        state=step.state,
        basis=basis,
        elapsed=spent,
        target=target,
        remaining=target - spent,
        due=due(basis, cal, step.started_at, target, pauses),
        fraction=spent / target,
        level=thresholds.level(spent, target),
    )


def crossings(
    items: Iterable[tuple[K, StepRun]],
    cal: OfficeCalendar,
    since: datetime,
    now: datetime,
    thresholds: Thresholds = DEFAULT_THRESHOLDS,
) -> list[Crossing[K]]:
    """Thresholds crossed in ``(since, now]``, oldest first, for the GUI to notify.

    A step that ended before reaching a threshold never crosses it. Steps not yet started
    or without a target are skipped.
    """
    since, now = to_utc(since, "waktu sejak"), to_utc(now, "waktu sekarang")
    if now < since:
        raise ClockError(
            msg("Jam komputer mundur: {now} lebih awal daripada pemeriksaan terakhir {since}.",
                "The computer clock went back: {now} is before the last check {since}.",
                now=now.isoformat(), since=since.isoformat())
        )
    found: list[Crossing[K]] = []
    for ref, step in items:
        if step.started_at is None or step.target is None:
            continue
        horizon = min(_end(step, now), now)
        if horizon <= since:
            continue
        pauses = step.pause_intervals(until=horizon)
        basis, start = step.target.basis, step.started_at
        # Elapsed time is monotonic, so a mark lies in the window exactly when it lies between
        # the time spent at ``since`` and at the horizon; only those need a due instant.
        spent_then = elapsed(basis, cal, start, max(since, start), pauses)
        spent_now = elapsed(basis, cal, start, horizon, pauses)
        for level, mark in thresholds.marks(step.target.amount(cal.working_day)):
            if spent_then < mark <= spent_now:
                at = due(basis, cal, start, mark, pauses)
                found.append(Crossing(ref, step.no, level, at))
    found.sort(key=lambda c: (c.at, c.level))
    return found


def projected_completion(
    steps: Iterable[StepRun], cal: OfficeCalendar, now: datetime
) -> datetime | None:
    """When the run will be done if every remaining step takes exactly its target.

    The current step counts from its own start (pauses excluded); each waiting step then starts
    when the one before it is due. This is the "batas waktu" printed on the disposition sheet
    and the receipt. None when a remaining step has no target (its end cannot be foreseen).
    """
    now = to_utc(now, "waktu sekarang")
    cursor: datetime | None = None
    for step in steps:
        if step.state in (StepState.DONE, StepState.CANCELLED):
            continue
        if step.target is None:
            return None
        amount = step.target.amount(cal.working_day)
        if step.state is StepState.WAITING or step.started_at is None:
            start = cursor or now
            cursor = due(step.target.basis, cal, start, amount)
        else:
            pauses = step.pause_intervals(until=max(now, step.started_at))
            cursor = due(step.target.basis, cal, step.started_at, amount, pauses)
    return cursor
