"""Gathers the month's social-media SOP records from the database for the evaluation report;
the arithmetic is :mod:`jdih_desktop.domain.content_report`'s."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from jdih_desktop.db import models
from jdih_desktop.db.engine import Database
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.compliance import month_of, step_records
from jdih_desktop.domain.content import CONTENT_SOP, current_step_no
from jdih_desktop.domain.content_report import (
    ContentMonthReport,
    PostFigures,
    StepInfo,
    build_report,
    to_csv,
)
from jdih_desktop.domain.sop import SopDefinition
from jdih_desktop.domain.sop_run import RunState
from jdih_desktop.domain.worktime import TimeBasis
from jdih_desktop.printing.content_report import render_content_report
from jdih_desktop.printing.data import Letterhead
from jdih_desktop.workflow import run_store
from jdih_desktop.workflow.office_calendar import CalendarService
from jdih_desktop.workflow.reports import parse_month
from jdih_desktop.workflow.signers import printer_signatory


def step_infos(sop: SopDefinition) -> list[StepInfo]:
    return [
        StepInfo(
            no=step.no,
            activity=step.activity,
            target_text=str(step.target.describe()) if step.target else "-",
            working_time=bool(step.target and step.target.basis is TimeBasis.WORKING),
        )
        for step in sop.steps
    ]


class ContentReportService:
    def __init__(
        self,
        db: Database,
        calendars: CalendarService,
        sop: SopDefinition,
        platforms: tuple[str, ...],
    ) -> None:
        self._db = db
        self._calendars = calendars
        self._sop = sop
        self._platforms = platforms

    def pdf(
        self,
        month: str,
        letterhead: Letterhead,
        generated_at: datetime,
        printed_by: Actor | None = None,
    ) -> bytes:
        """The printed evaluation report for ``month`` ("YYYY-MM"), signed by ``printed_by``
        when a Kasubag prints it."""
        return render_content_report(
            self.month(month), letterhead, printer_signatory(self._db, printed_by), generated_at
        )

    def csv(self, month: str) -> str:
        return to_csv(self.month(month))

    def month(self, month: str) -> ContentMonthReport:
        year, number = parse_month(month)
        first = datetime(year, number, 1, tzinfo=UTC)
        calendar = self._calendars.calendar(first)
        tz = calendar.tz
        # A day of slack each side covers the office's offset from UTC.
        window_start = first - timedelta(days=1)
        window_end = (first + timedelta(days=32)).replace(day=1) + timedelta(days=1)
        with self._db.read() as session:
            items = list(session.scalars(select(models.ContentItem)))
            titles = {item.id: item.title for item in items}
            run_ids = [item.sop_run_id for item in items]
            runs = {
                row.id: run_store.to_domain(row)
                for row in session.scalars(
                    select(models.SopRun).where(models.SopRun.id.in_(run_ids))
                )
            }
            posts = [
                PostFigures(
                    content_id=p.content_id,
                    title=titles.get(p.content_id, ""),
                    platform=p.platform,
                    url=p.url,
                    published_at=p.published_at,
                    reach=p.reach,
                    likes=p.likes,
                    comments=p.comments,
                    shares=p.shares,
                )
                for p in session.scalars(
                    select(models.ContentPost).where(
                        models.ContentPost.published_at >= window_start,
                        models.ContentPost.published_at < window_end,
                    )
                )
                if p.published_at is not None
            ]
        run_refs = {item.sop_run_id: f"konten-{item.id}" for item in items}
        records = []
        running: Counter[int] = Counter()
        started = finished = 0
        for item in items:
            run = runs[item.sop_run_id]
            records += step_records(run, calendar, run_refs[item.sop_run_id])
            current = current_step_no(run)
            if run.state is RunState.ACTIVE and current is not None:
                running[current] += 1
            started += month_of(run.opened_at, tz) == month
            finished += run.state is RunState.DONE and bool(
                run.closed_at and month_of(run.closed_at, tz) == month
            )
        records = [r for r in records if r.sop_code == CONTENT_SOP]
        return build_report(
            month,
            tz,
            step_infos(self._sop),
            records,
            dict(running),
            posts,
            self._platforms,
            items_started=started,
            items_finished=finished,
        )
