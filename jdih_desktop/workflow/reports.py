"""SOP compliance for a month: the stored runs measured against their targets.

The arithmetic is the domain's (``domain.compliance``); this service only finds the runs whose
steps ended around the month, or are still open, and labels each with its request's nomor
agenda. Open steps are measured at the service's clock: one past its target counts as late in
the month its target ran out.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import or_, select

from jdih_desktop.db import models
from jdih_desktop.db.engine import Database
from jdih_desktop.db.types import utcnow
from jdih_desktop.domain.compliance import ComplianceRow, compliance_rows, step_records, to_csv
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.sop_run import StepState
from jdih_desktop.errors import ValidationError
from jdih_desktop.storage.atomic import write_bytes_atomic
from jdih_desktop.workflow import run_store
from jdih_desktop.workflow.office_calendar import CalendarService
from jdih_desktop.workflow.requests import agenda_text


def parse_month(text: str) -> tuple[int, int]:
    try:
        year_text, month_text = text.split("-")
        year, month = int(year_text), int(month_text)
        if len(year_text) != 4 or not 1 <= month <= 12:
            raise ValueError(text)
    except ValueError:
        raise ValidationError(
            msg(
                "Bulan {text!r} tidak sah; tulis YYYY-MM, mis. 2026-03.",
                "The month {text!r} is invalid; write YYYY-MM, e.g. 2026-03.",
                text=text,
            )
        ) from None
    return year, month


class ReportService:
    def __init__(
        self, db: Database, calendars: CalendarService, now: Callable[[], datetime] = utcnow
    ) -> None:
        self._db = db
        self._calendars = calendars
        self._now = now

    @staticmethod
    def write_csv(rows: Sequence[ComplianceRow], path: Path) -> Path:
        """The rows as the CLI's CSV, written atomically (``.csv`` added when missing)."""
        if path.suffix.lower() != ".csv":
            path = path.with_suffix(".csv")
        write_bytes_atomic(path, to_csv(rows).encode("utf-8"))
        return path

    def sla(self, month: str) -> list[ComplianceRow]:
        year, number = parse_month(month)
        first = datetime(year, number, 1, tzinfo=UTC)
        calendar = self._calendars.calendar(first)
        # A day of slack each side covers the office's offset from UTC.
        window_start = first - timedelta(days=1)
        window_end = (first + timedelta(days=32)).replace(day=1) + timedelta(days=1)
        now = self._now()
        with self._db.read() as session:
            run_ids = select(models.StepRun.run_id).where(
                or_(
                    (models.StepRun.ended_at >= window_start)
                    & (models.StepRun.ended_at < window_end),
                    models.StepRun.state.in_((StepState.RUNNING.value, StepState.PAUSED.value))
                    & (models.StepRun.started_at < window_end),
                )
            )
            rows = session.scalars(select(models.SopRun).where(models.SopRun.id.in_(run_ids)))
            agendas = {
                r.sop_run_id: agenda_text(r.agenda_year, r.agenda_number)
                for r in session.scalars(
                    select(models.Request).where(models.Request.sop_run_id.in_(run_ids))
                )
            }
            records = [
                record
                for row in rows
                for record in step_records(
                    run_store.to_domain(row), calendar, agendas.get(row.id, f"run-{row.id}"), now
                )
            ]
        return compliance_rows(records, calendar.tz, month)
