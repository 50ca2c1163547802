"""Applying SOP transitions to stored runs: load, let the domain decide, save, audit — in one
write unit of work, so a refused transition changes nothing and an accepted one is always
audited."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime

from sqlalchemy.orm import Session

from jdih_desktop.db import audit, models
from jdih_desktop.db.engine import Database
from jdih_desktop.db.types import utcnow
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.permissions import Action
from jdih_desktop.domain.roles import Role
from jdih_desktop.domain.sop import SopDefinition
from jdih_desktop.domain.sop_run import (
    RoleNotAllowedError,
    SopRun,
    Transition,
    TransitionEvent,
    cancel,
    complete_step,
    pause,
    resume,
    set_start_time,
    start_run,
)
from jdih_desktop.errors import NotFoundError, PermissionDeniedError
from jdih_desktop.workflow import run_store

Operation = Callable[[SopRun, str, frozenset[Role], datetime], Transition]


def actor_roles(actor: Actor) -> frozenset[Role]:
    return frozenset(Role(r) for r in actor.roles if r in Role._value2member_map_)


def _event_audit(session: Session, actor: Actor, run_id: int, event: TransitionEvent) -> None:
    audit.record(
        session,
        actor,
        f"sop.{event.kind.value}",
        "sop_run",
        run_id,
        at=event.at,
        before={"state": str(event.before), "step": event.step_no},
        after={"state": str(event.after), "step": event.step_no, **dict(event.details)},
    )


class RunService:
    def __init__(
        self,
        db: Database,
        sops: Mapping[str, SopDefinition],
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        self._db = db
        self.sops = sops
        self._now = now

    def sop(self, code: str) -> SopDefinition:
        try:
            return self.sops[code]
        except KeyError:
            raise NotFoundError(
                msg("SOP {code!r} tidak ditemukan.", "SOP {code!r} not found.", code=code)
            ) from None

    def start(
        self, session: Session, actor: Actor, sop_code: str, started_at: datetime | None = None
    ) -> models.SopRun:
        """Open a run inside the caller's unit of work (so it commits with what it belongs to)."""
        with _as_permission_error():
            transition = start_run(
                self.sop(sop_code), actor.username, actor_roles(actor), self._now(), started_at
            )
        row = run_store.save(session, transition.run)
        for event in transition.events:
            _event_audit(session, actor, row.id, event)
        return row

    def apply(self, actor: Actor, run_id: int, operation: Operation) -> SopRun:
        with self._db.write() as session:
            return self.apply_in(session, actor, run_id, operation)

    def apply_in(self, session: Session, actor: Actor, run_id: int, operation: Operation) -> SopRun:
        """:meth:`apply` inside the caller's unit of work (commits with what it belongs to)."""
        row = session.get(models.SopRun, run_id)
        if row is None:
            raise NotFoundError(
                msg("Proses SOP {id} tidak ditemukan.", "SOP run {id} not found.", id=run_id)
            )
        with _as_permission_error():
            transition = operation(
                run_store.to_domain(row), actor.username, actor_roles(actor), self._now()
            )
        run_store.save(session, transition.run, row)
        for event in transition.events:
            _event_audit(session, actor, run_id, event)
        return transition.run

    def load(self, session: Session, run_id: int) -> SopRun:
        """The run as the domain sees it, read in the caller's unit of work."""
        row = session.get(models.SopRun, run_id)
        if row is None:
            raise NotFoundError(
                msg("Proses SOP {id} tidak ditemukan.", "SOP run {id} not found.", id=run_id)
            )
        return run_store.to_domain(row)

    def complete(
        self, actor: Actor, run_id: int, step_no: int, override_reason: str | None = None
    ) -> SopRun:
        return self.apply(
            actor,
            run_id,
            lambda run, user, roles, at: complete_step(
                run, step_no, user, roles, at, override_reason
            ),
        )

    def pause(self, actor: Actor, run_id: int, step_no: int, reason: str) -> SopRun:
        return self.apply(
            actor, run_id, lambda run, user, roles, at: pause(run, step_no, user, roles, at, reason)
        )

    def resume(self, actor: Actor, run_id: int, step_no: int) -> SopRun:
        return self.apply(
            actor, run_id, lambda run, user, roles, at: resume(run, step_no, user, roles, at)
        )

    def set_start(
        self, actor: Actor, run_id: int, step_no: int, started_at: datetime, note: str | None
    ) -> SopRun:
        return self.apply(
            actor,
            run_id,
            lambda run, user, roles, at: set_start_time(
                run, step_no, user, roles, at, started_at, note
            ),
        )

    def cancel(
        self, actor: Actor, run_id: int, reason: str, action: Action = Action.REQUEST_CANCEL
    ) -> SopRun:
        return self.apply(
            actor,
            run_id,
            lambda run, user, roles, at: cancel(run, user, roles, at, reason, action),
        )


@contextlib.contextmanager
def _as_permission_error() -> Iterator[None]:
    """The domain's role refusal is, to the services' callers, a permission error."""
    try:
        yield
    except RoleNotAllowedError as exc:
        raise PermissionDeniedError(exc.message) from exc
