"""Compliance figures and their CSV/JSON rendering."""

from __future__ import annotations

import csv
import io
import json
import statistics
from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jdih_desktop.domain.compliance import (
    CSV_COLUMNS,
    StepRecord,
    compliance_rows,
    month_of,
    percentile,
    step_records,
    to_csv,
    to_json,
)
from jdih_desktop.domain.roles import Role
from jdih_desktop.domain.sop import SopDefinition, SopStep, Target, TargetUnit
from jdih_desktop.domain.sop_run import complete_step, pause, resume, start_run
from jdih_desktop.domain.worktime import OfficeCalendar, TimeBasis

Wita = Callable[..., datetime]
M = timedelta(minutes=1)
_WITA = ZoneInfo("Asia/Makassar")


def record(wita: Wita, person: str, minutes: int, day: int = 2, target: int | None = 20,
           ref: str = "", step_no: int = 3) -> StepRecord:
    start = wita(2026, 3, day, 8)
    return StepRecord("penerbitan-salinan-sk", step_no, person, start, start + minutes * M,
                      minutes * M, None if target is None else target * M, ref)


def test_percentiles_interpolate_linearly() -> None:
    values = [timedelta(minutes=m) for m in (4, 1, 3, 2)]
    assert percentile(values, 0.5) == timedelta(minutes=2.5)
    assert percentile(values, 0.9) == timedelta(minutes=3.7)
    assert percentile(values[:1], 0.9) == timedelta(minutes=4)
    with pytest.raises(ValueError, match="no values"):
        percentile([], 0.5)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.integers(0, 10_000), min_size=2, max_size=40))
def test_percentiles_match_the_inclusive_method(seconds: list[int]) -> None:
    values = [timedelta(seconds=s) for s in seconds]
    deciles = statistics.quantiles(seconds, n=10, method="inclusive")
    assert percentile(values, 0.5).total_seconds() == pytest.approx(statistics.median(seconds))
    assert percentile(values, 0.9).total_seconds() == pytest.approx(deciles[8], abs=1e-6)


def test_rows_per_person_and_for_everyone(wita: Wita) -> None:
    records = [
        record(wita, "ani", 10, ref="R1"),
        record(wita, "ani", 30, ref="R2"),
        record(wita, "budi", 20, ref="R3"),
        record(wita, "budi", 40, day=3, ref="R4"),
    ]
    rows = compliance_rows(records, _WITA)
    assert [(r.person, r.count) for r in rows] == [(None, 4), ("ani", 2), ("budi", 2)]
    everyone = rows[0]
    assert everyone.month == "2026-03"
    assert everyone.median == 25 * M
    assert everyone.p90 == timedelta(minutes=37)  # 30 + 0.7 × (40 - 30)
    assert everyone.target == 20 * M
    assert everyone.within_target == 2 and everyone.share_within_target == 0.5
    assert [r.run_ref for r in everyone.late] == ["R2", "R4"]
    assert rows[2].share_within_target == 0.5


def test_months_are_office_local(wita: Wita) -> None:
    # 1 April 2026 00:30 WITA is still 31 March in UTC.
    late_night = StepRecord("media-sosial", 1, "ani", wita(2026, 3, 31, 20),
                            wita(2026, 4, 1, 0, 30), 4.5 * 60 * M, timedelta(days=1))
    assert month_of(late_night.ended_at, _WITA) == "2026-04"
    assert [r.month for r in compliance_rows([late_night], _WITA)] == ["2026-04", "2026-04"]
    assert compliance_rows([late_night], _WITA, month="2026-03") == []


def test_no_target_and_mixed_targets(wita: Wita) -> None:
    free = compliance_rows([record(wita, "ani", 10, target=None)], _WITA)[0]
    assert free.target is None and free.share_within_target is None and free.late == ()
    mixed = compliance_rows([record(wita, "ani", 10, target=5), record(wita, "ani", 10)], _WITA)[0]
    assert mixed.target is None  # the office edited the target within the month
    assert mixed.within_target == 1 and mixed.share_within_target == 0.5


def test_records_from_a_finished_run(office: OfficeCalendar, wita: Wita) -> None:
    sop = SopDefinition("x", "X", (
        SopStep(1, "a", "A", Role.OPERATOR, (), Target(20, TargetUnit.MINUTES, TimeBasis.WORKING),
                "a"),
        SopStep(2, "b", "B", Role.OPERATOR, (), None, "b"),
    ))
    run = start_run(sop, "ani", {Role.OPERATOR}, wita(2026, 3, 2, 11, 50)).run
    run = pause(run, 1, "ani", {Role.OPERATOR}, wita(2026, 3, 2, 11, 55), "telepon").run
    run = resume(run, 1, "ani", {Role.OPERATOR}, wita(2026, 3, 2, 13, 5)).run
    run = complete_step(run, 1, "ani", {Role.OPERATOR}, wita(2026, 3, 2, 13, 20)).run
    assert [r.step_no for r in step_records(run, office, "R1")] == [1]
    run = complete_step(run, 2, "ani", {Role.OPERATOR}, wita(2026, 3, 3, 13, 20)).run
    first, second = step_records(run, office, "R1")
    assert first.duration == 20 * M and first.target == 20 * M and not first.late
    assert second.duration == timedelta(days=1) and second.target is None
    assert first.person == "ani" and first.run_ref == "R1" and first.note == "telepon"


def test_csv_and_json_rendering(wita: Wita) -> None:
    rows = compliance_rows([record(wita, "ani", 10, ref="R1"), record(wita, "budi", 45, ref="R2")],
                           _WITA)
    table = list(csv.DictReader(io.StringIO(to_csv(rows))))
    assert tuple(table[0]) == CSV_COLUMNS
    assert table[0] == {
        "sop_code": "penerbitan-salinan-sk", "step_no": "3", "month": "2026-03", "person": "",
        "count": "2", "median_minutes": "27.5", "p90_minutes": "41.5", "target_minutes": "20.0",
        "within_target": "1", "share_within_target": "0.5", "late_count": "1", "late_runs": "R2",
    }
    assert to_csv(rows, delimiter=";").splitlines()[0].startswith("sop_code;step_no;")
    data = json.loads(to_json(rows))
    assert data[0]["person"] is None and data[1]["person"] == "ani"
    assert data[0]["late"] == [{
        "run": "R2", "person": "budi", "started_at": "2026-03-02T00:00:00+00:00",
        "ended_at": "2026-03-02T00:45:00+00:00", "duration_minutes": 45.0,
        "target_minutes": 20.0, "over_minutes": 25.0, "note": "", "late_since": None,
        "still_open": False,
    }]


def test_empty_report_renders(wita: Wita) -> None:
    assert to_csv([]) == ",".join(CSV_COLUMNS) + "\n"
    assert json.loads(to_json([])) == []
