"""The Beranda's data: every active request with its current step, loaded in one query.

The dashboard loads this board once and then recomputes each timer in memory from the stored
instants (``domain.timers.timer_status``) every few seconds; only a change or the minute reload
touches the database again. The counters use SRIKANDI's vocabulary (belum didisposisi, belum
diabstrak, menunggu unggah, terlambat).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select

from jdih_desktop.db import models
from jdih_desktop.db.engine import Database
from jdih_desktop.db.types import utcnow
from jdih_desktop.domain.sop_run import RunState, StepRun
from jdih_desktop.domain.timers import (
    DEFAULT_THRESHOLDS,
    Crossing,
    Level,
    Thresholds,
    TimerStatus,
    crossings,
    timer_status,
)
from jdih_desktop.domain.worktime import OfficeCalendar
from jdih_desktop.workflow import run_store
from jdih_desktop.workflow.office_calendar import CalendarService
from jdih_desktop.workflow.requests import agenda_text
from jdih_desktop.workflow.runs import RunService

# Current step key → the counter it belongs to (the decree SOP's step keys).
COUNTER_STEPS = {
    "disposisi": "belum_didisposisi",
    "abstrak": "belum_diabstrak",
    "unggah": "menunggu_unggah",
}
COUNTER_KEYS = ("belum_didisposisi", "belum_diabstrak", "menunggu_unggah", "terlambat")


@dataclass(frozen=True)
class ActiveItem:
    """One active request and the step it is at, with the stored instants of that step."""

    request_id: int
    agenda: str
    pengusul_name: str
    hal: str
    sifat: str
    activity: str
    step: StepRun
    last_event_at: datetime

    def timer(
        self, calendar: OfficeCalendar, now: datetime, thresholds: Thresholds = DEFAULT_THRESHOLDS
    ) -> TimerStatus | None:
        """The step's timer at ``now``, in memory; None for a step not yet started."""
        if self.step.started_at is None:
            return None
        return timer_status(self.step, calendar, max(now, self.last_event_at), thresholds)


@dataclass(frozen=True)
class Board:
    items: tuple[ActiveItem, ...]
    calendar: OfficeCalendar
    loaded_at: datetime

    def counters(
        self,
        now: datetime,
        thresholds: Thresholds = DEFAULT_THRESHOLDS,
        timers: Sequence[TimerStatus | None] | None = None,
    ) -> dict[str, int]:
        """The four counters at ``now``; ``timers`` (one per item) when already computed."""
        if timers is None:
            timers = [item.timer(self.calendar, now, thresholds) for item in self.items]
        counts = dict.fromkeys(COUNTER_KEYS, 0)
        for item, timer in zip(self.items, timers, strict=True):
            key = COUNTER_STEPS.get(item.step.key)
            if key is not None:
                counts[key] += 1
            if timer is not None and timer.level >= Level.OVERDUE:
                counts["terlambat"] += 1
        return counts

    def crossings(
        self, since: datetime, now: datetime, thresholds: Thresholds = DEFAULT_THRESHOLDS
    ) -> list[Crossing[ActiveItem]]:
        """Thresholds crossed by a current step in ``(since, now]``: what the tray announces."""
        if now <= since:
            return []
        # A step recorded "after" now (another PC's clock runs ahead) is skipped, not an error.
        current = ((i, i.step) for i in self.items if i.last_event_at <= now)
        return crossings(current, self.calendar, since, now, thresholds)


class DashboardService:
    def __init__(
        self,
        db: Database,
        runs: RunService,
        calendars: CalendarService,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        self._db = db
        self._runs = runs
        self._calendars = calendars
        self._now = now

    def load(self) -> Board:
        """Every active request's current step, oldest request first (one read)."""
        now = self._now()
        items: list[ActiveItem] = []
        with self._db.read() as session:
            query = (
                select(models.Request, models.SopRun)
                .join(models.SopRun, models.SopRun.id == models.Request.sop_run_id)
                .where(models.SopRun.state == RunState.ACTIVE.value)
                .order_by(models.Request.received_at)
            )
            for request, run_row in session.execute(query):
                run = run_store.to_domain(run_row)
                step = run.current_step
                if step is None:
                    continue
                sop = self._runs.sops.get(run.sop_code)
                definition = next((s for s in sop.steps if s.no == step.no), None) if sop else None
                items.append(
                    ActiveItem(
                        request_id=request.id,
                        agenda=agenda_text(request.agenda_year, request.agenda_number),
                        pengusul_name=request.pengusul_name,
                        hal=request.hal,
                        sifat=request.sifat,
                        activity=definition.activity if definition else step.key,
                        step=step,
                        last_event_at=run.last_event_at,
                    )
                )
        return Board(tuple(items), self._calendars.calendar(now), now)
