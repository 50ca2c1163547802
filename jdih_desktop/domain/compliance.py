"""Compliance figures: how long finished steps took against their targets, per month.

Rows are grouped per (SOP, step, month, person) and, with ``person = None``, per
(SOP, step, month) for everyone. A step belongs to the month (office local time) in which it
ended; a step still open past its target belongs to the month in which it became late (its
target ran out), so an overdue step is never missing from every month's report.
Percentiles interpolate linearly between order statistics (Hyndman & Fan type 7, the method of
Excel's PERCENTILE.INC and NumPy's default), so the median is the usual median and a clerk can
check any figure in a spreadsheet. Durations are reported in minutes.
"""

from __future__ import annotations

import csv
import io
import json
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo

from jdih_desktop.domain.sop_run import ClockError, SopRun, StepRun, StepState
from jdih_desktop.domain.timers import timer_status
from jdih_desktop.domain.worktime import OfficeCalendar, TimeBasis, elapsed, to_utc


@dataclass(frozen=True)
class StepRecord:
    """One finished step, or one still open past its target (``still_open``).

    ``duration`` is counted the step's own way (working or calendar time, pauses excluded);
    for an open step it is the time so far, a floor of what it will take. ``target`` is the
    target snapshot in the same counting. ``ended_at`` is the instant that decides the
    record's month: when the step ended or, for an open step, when its target ran out.
    ``note`` carries the reasons recorded on the step (pauses, a Kasubag override) so a
    late item can say why."""

    sop_code: str
    step_no: int
    person: str
    started_at: datetime
    ended_at: datetime
    duration: timedelta
    target: timedelta | None
    run_ref: str = ""
    note: str = ""
    still_open: bool = False

    @property
    def late(self) -> bool:
        return self.target is not None and self.duration > self.target


@dataclass(frozen=True)
class ComplianceRow:
    """Figures for one group. ``person`` is None on the everyone-together row.

    ``target`` is None when the group's records have no target or differ in target (an
    office edited it within the month); ``share_within_target`` counts only records that
    have a target, each against its own.
    """

    sop_code: str
    step_no: int
    month: str
    person: str | None
    count: int
    median: timedelta
    p90: timedelta
    target: timedelta | None
    within_target: int
    share_within_target: float | None
    late: tuple[StepRecord, ...]


def percentile(values: Sequence[timedelta], q: float) -> timedelta:
    """The ``q``-quantile (0 ≤ q ≤ 1) of ``values`` by linear interpolation (type 7)."""
    if not values:
        raise ValueError("percentile of no values")
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low = math.floor(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def month_of(instant: datetime, tz: tzinfo) -> str:
    """``"2026-03"``: the office-local month of ``instant``."""
    return to_utc(instant).astimezone(tz).strftime("%Y-%m")


def step_records(
    run: SopRun, cal: OfficeCalendar, run_ref: str = "", now: datetime | None = None
) -> list[StepRecord]:
    """The finished steps of ``run`` as records, measured with the office calendar; with
    ``now``, also its steps still open at ``now`` and already past their target."""
    records = []
    for step in run.steps:
        if step.state is StepState.DONE and step.started_at and step.ended_at:
            records.append(_finished_record(run, step, cal, run_ref))
        elif now is not None and step.is_active and step.started_at and step.target:
            try:
                status = timer_status(step, cal, now)
            except ClockError:  # a clock behind the step's records: not overdue by it
                continue
            if status.overdue and status.due is not None:
                records.append(
                    StepRecord(
                        sop_code=run.sop_code,
                        step_no=step.no,
                        person="",
                        started_at=step.started_at,
                        ended_at=status.due,
                        duration=status.elapsed,
                        target=status.target,
                        run_ref=run_ref,
                        note=_reasons(step),
                        still_open=True,
                    )
                )
    return records


def _reasons(step: StepRun) -> str:
    reasons = [p.reason for p in step.pauses]
    if step.override_reason:
        reasons.append(step.override_reason)
    return "; ".join(reasons)


def _finished_record(run: SopRun, step: StepRun, cal: OfficeCalendar, run_ref: str) -> StepRecord:
    assert step.started_at is not None and step.ended_at is not None
    basis = step.target.basis if step.target else TimeBasis.CALENDAR
    pauses = step.pause_intervals(until=step.ended_at)
    return StepRecord(
        sop_code=run.sop_code,
        step_no=step.no,
        person=step.completed_by or "",
        started_at=step.started_at,
        ended_at=step.ended_at,
        duration=elapsed(basis, cal, step.started_at, step.ended_at, pauses),
        target=step.target.amount(cal.working_day) if step.target else None,
        run_ref=run_ref,
        note=_reasons(step),
    )


def _row(key: tuple[str, int, str, str | None], records: list[StepRecord]) -> ComplianceRow:
    durations = [r.duration for r in records]
    targeted = [r for r in records if r.target is not None]
    targets = {r.target for r in records}
    within = sum(1 for r in targeted if not r.late)
    return ComplianceRow(
        sop_code=key[0],
        step_no=key[1],
        month=key[2],
        person=key[3],
        count=len(records),
        median=percentile(durations, 0.5),
        p90=percentile(durations, 0.9),
        target=targets.pop() if len(targets) == 1 else None,
        within_target=within,
        share_within_target=within / len(targeted) if targeted else None,
        late=tuple(sorted((r for r in records if r.late), key=lambda r: r.ended_at)),
    )


def compliance_rows(
    records: Iterable[StepRecord], tz: tzinfo, month: str | None = None
) -> list[ComplianceRow]:
    """Figures per (SOP, step, month) — everyone first — then per person, sorted.

    ``month`` ("YYYY-MM") keeps only steps that ended in that office-local month. A step
    still open counts in the everyone row only: nobody has finished it yet.
    """
    groups: dict[tuple[str, int, str, str | None], list[StepRecord]] = defaultdict(list)
    for record in records:
        record_month = month_of(record.ended_at, tz)
        if month is not None and record_month != month:
            continue
        groups[(record.sop_code, record.step_no, record_month, None)].append(record)
        if not record.still_open:
            groups[(record.sop_code, record.step_no, record_month, record.person)].append(record)
    ordered = sorted(groups, key=lambda k: (k[0], k[2], k[1], k[3] is not None, k[3] or ""))
    return [_row(key, groups[key]) for key in ordered]


# ---------------------------------------------------------------------------------------------
# Rendering. Keys are stable English identifiers so scripts can read either format.

CSV_COLUMNS = (
    "sop_code", "step_no", "month", "person", "count", "median_minutes", "p90_minutes",
    "target_minutes", "within_target", "share_within_target", "late_count", "late_runs",
)


def _minutes(value: timedelta | None) -> float | None:
    return None if value is None else round(value.total_seconds() / 60, 2)


def _share(value: float | None) -> float | None:
    return None if value is None else round(value, 4)


def row_to_dict(row: ComplianceRow) -> dict[str, object]:
    """One row as plain JSON-ready values, late items in detail."""
    return {
        "sop_code": row.sop_code,
        "step_no": row.step_no,
        "month": row.month,
        "person": row.person,
        "count": row.count,
        "median_minutes": _minutes(row.median),
        "p90_minutes": _minutes(row.p90),
        "target_minutes": _minutes(row.target),
        "within_target": row.within_target,
        "share_within_target": _share(row.share_within_target),
        "late": [
            {
                "run": r.run_ref,
                "person": r.person,
                "started_at": to_utc(r.started_at).isoformat(),
                "ended_at": None if r.still_open else to_utc(r.ended_at).isoformat(),
                "late_since": to_utc(r.ended_at).isoformat() if r.still_open else None,
                "duration_minutes": _minutes(r.duration),
                "target_minutes": _minutes(r.target),
                "over_minutes": _minutes(r.duration - r.target) if r.target else None,
                "note": r.note,
                "still_open": r.still_open,
            }
            for r in row.late
        ],
    }


def to_json(rows: Iterable[ComplianceRow]) -> str:
    """The rows as a JSON array (UTF-8 text, Indonesian names kept as they are)."""
    return json.dumps([row_to_dict(r) for r in rows], ensure_ascii=False, indent=2) + "\n"


def to_csv(rows: Iterable[ComplianceRow], delimiter: str = ",") -> str:
    """The rows as CSV with a header; the everyone row has an empty person; late runs are
    joined by spaces. Use ``delimiter=";"`` for a spreadsheet set to Indonesian."""
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow(
            [
                row.sop_code, row.step_no, row.month, row.person or "", row.count,
                _minutes(row.median), _minutes(row.p90), _blank(_minutes(row.target)),
                row.within_target, _blank(_share(row.share_within_target)), len(row.late),
                " ".join(r.run_ref for r in row.late if r.run_ref),
            ]
        )
    return out.getvalue()


def _blank(value: float | None) -> object:
    return "" if value is None else value
