"""Translating SOP runs between database rows and the pure domain state machine.

The domain decides every transition; this module only loads a run into domain objects and
writes the resulting state back, so the rules live in exactly one place.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from jdih_desktop.db import models
from jdih_desktop.domain.roles import Role
from jdih_desktop.domain.sop import Target, TargetUnit
from jdih_desktop.domain.sop_run import Pause, RunState, SopRun, StepRun, StepState
from jdih_desktop.domain.worktime import TimeBasis


def _target(row: models.StepRun) -> Target | None:
    if row.target_value is None or row.target_unit is None or row.target_basis is None:
        return None
    return Target(row.target_value, TargetUnit(row.target_unit), TimeBasis(row.target_basis))


def to_domain(row: models.SopRun) -> SopRun:
    steps = tuple(
        StepRun(
            no=s.step_no,
            key=s.step_key,
            role=Role(s.role),
            target=_target(s),
            state=StepState(s.state),
            started_at=s.started_at,
            ended_at=s.ended_at,
            completed_by=s.completed_by,
            override_reason=s.override_reason,
            pauses=tuple(
                Pause(p.started_at, p.reason, p.by_user, p.ended_at, p.resumed_by) for p in s.pauses
            ),
        )
        for s in row.steps
    )
    return SopRun(
        sop_code=row.sop_code,
        steps=steps,
        opened_at=row.opened_at,
        opened_by=row.opened_by,
        last_event_at=row.last_event_at,
        state=RunState(row.state),
        closed_at=row.closed_at,
        cancelled_by=row.cancelled_by,
        cancel_reason=row.cancel_reason,
    )


def _write_step(row: models.StepRun, step: StepRun) -> None:
    row.step_key = step.key
    row.role = step.role.value
    row.state = step.state.value
    row.started_at = step.started_at
    row.ended_at = step.ended_at
    row.completed_by = step.completed_by
    row.override_reason = step.override_reason
    if step.target is None:
        row.target_value = row.target_unit = row.target_basis = None
    else:
        row.target_value = step.target.value
        row.target_unit = step.target.unit.value
        row.target_basis = step.target.basis.value
    for position, pause in enumerate(step.pauses):
        if position < len(row.pauses):
            stored = row.pauses[position]
        else:
            stored = models.StepPause(position=position)
            row.pauses.append(stored)
        stored.started_at = pause.started_at
        stored.ended_at = pause.ended_at
        stored.reason = pause.reason
        stored.by_user = pause.by_user
        stored.resumed_by = pause.resumed_by


def save(session: Session, run: SopRun, row: models.SopRun | None = None) -> models.SopRun:
    """Write ``run`` into ``row`` (a new row when None) and flush, so the row has an id."""
    if row is None:
        row = models.SopRun(sop_code=run.sop_code)
        session.add(row)
    row.state = run.state.value
    row.opened_at = run.opened_at
    row.opened_by = run.opened_by
    row.last_event_at = run.last_event_at
    row.closed_at = run.closed_at
    row.cancelled_by = run.cancelled_by
    row.cancel_reason = run.cancel_reason
    by_no = {s.step_no: s for s in row.steps}
    for step in run.steps:
        stored = by_no.get(step.no)
        if stored is None:
            stored = models.StepRun(step_no=step.no)
            row.steps.append(stored)
        _write_step(stored, step)
    session.flush()
    return row
