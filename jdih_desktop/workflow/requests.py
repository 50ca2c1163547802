"""Permohonan: registering a request to publish a decree copy and following its SOP run.

A request owns one run of the decree SOP ("penerbitan-salinan-sk"); registering it opens the
run (step 1 timed from when the request arrived, which may be earlier than its registration)
and gives it the year's next nomor agenda.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from jdih_desktop.accounts.permissions import require
from jdih_desktop.db import audit, models
from jdih_desktop.db.engine import Database
from jdih_desktop.db.types import utcnow
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.permissions import Action
from jdih_desktop.domain.sop import SopDefinition
from jdih_desktop.domain.sop_run import (
    RunState,
    SopRun,
    StepRun,
    StepState,
    Transition,
    complete_step,
)
from jdih_desktop.domain.sop_steps import DECREE_SOP, DecreeStep
from jdih_desktop.domain.sop_steps import step_no as number_of_step
from jdih_desktop.domain.timers import DEFAULT_THRESHOLDS, Level, Thresholds, TimerStatus
from jdih_desktop.domain.timers import timer_status as compute_timer
from jdih_desktop.domain.worktime import OfficeCalendar
from jdih_desktop.errors import NotFoundError, ValidationError
from jdih_desktop.workflow import run_store
from jdih_desktop.workflow.office_calendar import CalendarService
from jdih_desktop.workflow.runs import RunService

SIFAT = ("sangat_segera", "segera", "rahasia", "biasa")


@dataclass(frozen=True)
class StepView:
    no: int
    key: str
    activity: str
    role: str
    state: str
    started_at: datetime | None
    ended_at: datetime | None
    completed_by: str | None
    override_reason: str | None
    target_text: str
    pauses: tuple[tuple[datetime, datetime | None, str], ...]
    timer: TimerStatus | None


@dataclass(frozen=True)
class RequestView:
    id: int
    run_id: int
    agenda: str
    pengusul_name: str
    unit: str
    hal: str
    sifat: str
    nota_dinas_nomor: str
    nota_dinas_tanggal: date | None
    received_at: datetime
    run_state: str
    steps: tuple[StepView, ...]

    @property
    def current_step(self) -> StepView | None:
        return next((s for s in self.steps if s.state in ("running", "paused")), None)

    @property
    def late(self) -> bool:
        current = self.current_step
        return bool(current and current.timer and current.timer.level >= Level.OVERDUE)


def step_views(
    run: SopRun,
    sop: SopDefinition | None,
    calendar: OfficeCalendar,
    now: datetime,
    thresholds: Thresholds,
) -> tuple[StepView, ...]:
    """Each step of ``run`` as the timeline shows it, with its live timer."""

    def one(step: StepRun) -> StepView:
        definition = next((s for s in sop.steps if s.no == step.no), None) if sop else None
        timer = (
            compute_timer(step, calendar, max(now, run.last_event_at), thresholds)
            if step.started_at is not None
            else None
        )
        return StepView(
            no=step.no,
            key=step.key,
            activity=definition.activity if definition else step.key,
            role=step.role.value,
            state=step.state.value,
            started_at=step.started_at,
            ended_at=step.ended_at,
            completed_by=step.completed_by,
            override_reason=step.override_reason,
            target_text=str(step.target.describe()) if step.target else "-",
            pauses=tuple((p.started_at, p.ended_at, p.reason) for p in step.pauses),
            timer=timer,
        )

    return tuple(one(s) for s in run.steps)


def agenda_text(year: int, number: int) -> str:
    return f"{number:04d}/{year}"


def next_agenda_number(session: Session, year: int) -> int:
    """The year's next nomor agenda; the write lock of the unit of work serialises callers."""
    counter = session.scalars(
        select(models.Counter)
        .where(models.Counter.name == "agenda", models.Counter.year == year)
        .with_for_update()
    ).one_or_none()
    if counter is None:
        counter = models.Counter(name="agenda", year=year, value=0)
        session.add(counter)
    counter.value += 1
    session.flush()
    return counter.value


class RequestService:
    def __init__(
        self,
        db: Database,
        runs: RunService,
        calendars: CalendarService,
        now: Callable[[], datetime] = utcnow,
        thresholds: Thresholds = DEFAULT_THRESHOLDS,
    ) -> None:
        self._db = db
        self._runs = runs
        self._calendars = calendars
        self._now = now
        self._thresholds = thresholds

    def register(
        self,
        actor: Actor,
        *,
        pengusul_name: str,
        hal: str,
        unit: str = "",
        nota_dinas_nomor: str = "",
        nota_dinas_tanggal: date | None = None,
        sifat: str = "biasa",
        received_at: datetime | None = None,
    ) -> RequestView:
        require(actor, Action.REQUEST_REGISTER)
        if not pengusul_name.strip() or not hal.strip():
            raise ValidationError(
                msg(
                    "Nama pengusul dan hal permohonan wajib diisi.",
                    "The requester's name and the subject are required.",
                )
            )
        if sifat not in SIFAT:
            raise ValidationError(
                msg(
                    "Sifat {sifat!r} tidak dikenal; pilih {known}.",
                    "Unknown urgency {sifat!r}; choose {known}.",
                    sifat=sifat,
                    known=", ".join(SIFAT),
                )
            )
        received = received_at or self._now()
        tz = self._calendars.calendar(received).tz
        with self._db.write() as session:
            run_row = self._runs.start(session, actor, DECREE_SOP, received)
            year = received.astimezone(tz).year
            request = models.Request(
                agenda_year=year,
                agenda_number=next_agenda_number(session, year),
                pengusul_name=pengusul_name.strip(),
                unit=unit.strip(),
                nota_dinas_nomor=nota_dinas_nomor.strip(),
                nota_dinas_tanggal=nota_dinas_tanggal,
                hal=hal.strip(),
                sifat=sifat,
                received_at=received,
                registered_at=self._now(),
                registered_by_id=actor.user_id,
                sop_run_id=run_row.id,
            )
            session.add(request)
            session.flush()
            audit.record(
                session,
                actor,
                "request.register",
                "request",
                request.id,
                at=self._now(),
                after={
                    "agenda": agenda_text(year, request.agenda_number),
                    "pengusul": request.pengusul_name,
                    "hal": request.hal,
                    "run": run_row.id,
                },
            )
            return self._view(request, run_store.to_domain(run_row))

    def get(self, request_id: int) -> RequestView:
        with self._db.read() as session:
            request = session.get(models.Request, request_id)
            if request is None:
                raise NotFoundError(
                    msg(
                        "Permohonan {id} tidak ditemukan.",
                        "Request {id} not found.",
                        id=request_id,
                    )
                )
            run = session.get(models.SopRun, request.sop_run_id)
            assert run is not None
            return self._view(request, run_store.to_domain(run))

    def list(self, *, late_only: bool = False, include_closed: bool = False) -> list[RequestView]:
        with self._db.read() as session:
            query = (
                select(models.Request, models.SopRun)
                .join(models.SopRun, models.SopRun.id == models.Request.sop_run_id)
                .order_by(models.Request.received_at.desc())
            )
            if not include_closed:
                query = query.where(models.SopRun.state == RunState.ACTIVE.value)
            views = [self._view(r, run_store.to_domain(run)) for r, run in session.execute(query)]
        return [v for v in views if v.late] if late_only else views

    def run_id(self, request_id: int) -> int:
        return self.get(request_id).run_id

    def complete_step(
        self, actor: Actor, request_id: int, step_no: int, override_reason: str | None = None
    ) -> RequestView:
        with self._db.write() as session:
            self.complete_step_in(session, actor, request_id, step_no, override_reason)
        return self.get(request_id)

    def complete_step_in(
        self,
        session: Session,
        actor: Actor,
        request_id: int,
        step_no: int,
        override_reason: str | None = None,
    ) -> None:
        """:meth:`complete_step` inside the caller's unit of work.

        A step whose outcome is a record closes only with that record: the "disposisi" step
        needs the Kasubag's disposition on file (recorded in this unit of work or before), for
        every face and every role, overrides included (the sheet and the timer never disagree).
        """
        request = _request_row(session, request_id)

        def operation(run: SopRun, user: str, roles: Any, at: datetime) -> Transition:
            transition = complete_step(run, step_no, user, roles, at, override_reason)
            key = next(s.key for s in run.steps if s.no == step_no)
            _require_record(session, request_id, key)  # after the SOP's own refusals
            return transition

        self._runs.apply_in(session, actor, request.sop_run_id, operation)

    def step_no(self, request_id: int, key: str) -> int:
        """The number the step ``key`` has in this request's run (SOP files may renumber)."""
        return number_of_step(self.get(request_id).steps, key)

    def complete_step_key(
        self, actor: Actor, request_id: int, key: str, override_reason: str | None = None
    ) -> RequestView:
        """Complete the step named ``key`` (see :mod:`jdih_desktop.domain.sop_steps`)."""
        return self.complete_step(actor, request_id, self.step_no(request_id, key), override_reason)

    def complete_running_step_in(
        self, session: Session, actor: Actor, request_id: int, key: str
    ) -> bool:
        """Complete step ``key`` in the caller's unit of work if it is the one running now.

        False (and nothing written) when the run is elsewhere: a clerk may archive a decree
        before or after its SOP reaches that step.
        """
        request = _request_row(session, request_id)
        current = self._runs.load(session, request.sop_run_id).current_step
        if current is None or current.key != key or current.state != StepState.RUNNING:
            return False
        _require_record(session, request_id, key)
        self._runs.apply_in(
            session,
            actor,
            request.sop_run_id,
            lambda run, user, roles, at: complete_step(run, current.no, user, roles, at),
        )
        return True

    def pause_step(self, actor: Actor, request_id: int, step_no: int, reason: str) -> RequestView:
        self._runs.pause(actor, self.run_id(request_id), step_no, reason)
        return self.get(request_id)

    def resume_step(self, actor: Actor, request_id: int, step_no: int) -> RequestView:
        self._runs.resume(actor, self.run_id(request_id), step_no)
        return self.get(request_id)

    def set_step_start(
        self,
        actor: Actor,
        request_id: int,
        step_no: int,
        started_at: datetime,
        note: str | None = None,
    ) -> RequestView:
        self._runs.set_start(actor, self.run_id(request_id), step_no, started_at, note)
        return self.get(request_id)

    def cancel(self, actor: Actor, request_id: int, reason: str) -> RequestView:
        self._runs.cancel(actor, self.run_id(request_id), reason)
        return self.get(request_id)

    def _view(self, request: models.Request, run: SopRun) -> RequestView:
        sop = self._runs.sops.get(run.sop_code)
        now = self._now()
        calendar = self._calendars.calendar(now)

        return RequestView(
            id=request.id,
            run_id=request.sop_run_id,
            agenda=agenda_text(request.agenda_year, request.agenda_number),
            pengusul_name=request.pengusul_name,
            unit=request.unit,
            hal=request.hal,
            sifat=request.sifat,
            nota_dinas_nomor=request.nota_dinas_nomor,
            nota_dinas_tanggal=request.nota_dinas_tanggal,
            received_at=request.received_at,
            run_state=run.state.value,
            steps=step_views(run, sop, calendar, now, self._thresholds),
        )


def _request_row(session: Session, request_id: int) -> models.Request:
    request = session.get(models.Request, request_id)
    if request is None:
        raise NotFoundError(
            msg("Permohonan {id} tidak ditemukan.", "Request {id} not found.", id=request_id)
        )
    return request


def _require_record(session: Session, request_id: int, step_key: str) -> None:
    """Refuse to close the "disposisi" step while no disposition is recorded for the request."""
    if step_key != DecreeStep.DISPOSISI:
        return
    recorded = session.scalar(
        select(models.Disposition.id).where(models.Disposition.request_id == request_id).limit(1)
    )
    if recorded is None:
        raise ValidationError(
            msg(
                "Langkah disposisi selesai dengan mencatat disposisi: Kasubag menekan "
                "\"Selesaikan langkah\" pada permohonan dan mengisi formulir disposisi, "
                "atau menjalankan `jdih disposition`.",
                "The disposition step is completed by recording the disposition: the Kasubag "
                "presses \"Complete step\" on the request and fills in the disposition form, "
                "or runs `jdih disposition`.",
            )
        )
