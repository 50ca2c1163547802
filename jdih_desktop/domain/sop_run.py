"""One run of an SOP: the state of each step and the rules for moving it along.

Each step goes ``waiting → running ⇄ paused → done``; the next step starts the moment the
previous one is done, and the run is done with its last step. A run can be cancelled (a
withdrawn request). Every function here is pure: it validates, then returns a new
:class:`SopRun` and the :class:`TransitionEvent` list the audit log must record. A refused
transition raises and changes nothing.

The run carries a snapshot of each step's role and target taken when the run starts, so a
later edit of the SOP file applies to new runs and never rewrites the history of old ones.
Instants are stored, never counted: after a restart a timer is computed again from them.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from enum import StrEnum
from typing import NamedTuple

from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.messages import Msg, msg
from jdih_desktop.domain.permissions import PERMISSIONS, Action, allowed
from jdih_desktop.domain.roles import Role
from jdih_desktop.domain.sop import SopDefinition, Target
from jdih_desktop.domain.worktime import Interval, to_utc

MAX_REASON_LENGTH = 1000
# Who may cancel a run: the operator records a withdrawn request, the Kasubag decides.
CANCEL_ROLES = PERMISSIONS[Action.REQUEST_CANCEL]
# The Kasubag may act for any role; completing someone else's step (Kasubag, or Administrator as
# an audited override) always needs a reason. Both rules live in domain/permissions.py.


class StepState(StrEnum):
    WAITING = "waiting"
    RUNNING = "running"
    PAUSED = "paused"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> Msg:
        return _STATE_LABELS[self.value]


class RunState(StrEnum):
    ACTIVE = "active"
    DONE = "done"
    CANCELLED = "cancelled"

    @property
    def label(self) -> Msg:
        return _STATE_LABELS[self.value]


_STATE_LABELS = {
    "waiting": msg("menunggu", "waiting"),
    "running": msg("berjalan", "running"),
    "paused": msg("dijeda", "paused"),
    "active": msg("berjalan", "in progress"),
    "done": msg("selesai", "done"),
    "cancelled": msg("dibatalkan", "cancelled"),
}


class EventKind(StrEnum):
    RUN_STARTED = "run_started"
    STEP_STARTED = "step_started"
    STEP_START_SET = "step_start_set"
    STEP_PAUSED = "step_paused"
    STEP_RESUMED = "step_resumed"
    STEP_COMPLETED = "step_completed"
    STEP_CANCELLED = "step_cancelled"
    RUN_COMPLETED = "run_completed"
    RUN_CANCELLED = "run_cancelled"


class TransitionError(ValidationError):
    """A transition the SOP does not allow (order, state, missing reason, times)."""


class RoleNotAllowedError(TransitionError):
    """The user's roles do not include the one the step needs (and no valid override)."""


class ClockError(TransitionError):
    """An instant earlier than the run's last recorded change: the computer clock went back."""


@dataclass(frozen=True)
class Pause:
    started_at: datetime
    reason: str
    by_user: str
    ended_at: datetime | None = None
    resumed_by: str | None = None


@dataclass(frozen=True)
class StepRun:
    """A step within one run, with the role and target it had when the run began."""

    no: int
    key: str
    role: Role
    target: Target | None
    state: StepState = StepState.WAITING
    started_at: datetime | None = None
    ended_at: datetime | None = None
    completed_by: str | None = None
    override_reason: str | None = None
    pauses: tuple[Pause, ...] = ()

    def pause_intervals(self, until: datetime | None = None) -> tuple[Interval, ...]:
        """The pauses as intervals; an open pause ends at ``until`` (or is left out)."""
        closed = []
        for pause in self.pauses:
            end = pause.ended_at or until
            if end is not None:
                closed.append((pause.started_at, max(end, pause.started_at)))
        return tuple(closed)

    @property
    def is_active(self) -> bool:
        return self.state in (StepState.RUNNING, StepState.PAUSED)


@dataclass(frozen=True)
class SopRun:
    sop_code: str
    steps: tuple[StepRun, ...]
    opened_at: datetime
    opened_by: str
    last_event_at: datetime
    state: RunState = RunState.ACTIVE
    closed_at: datetime | None = None
    cancelled_by: str | None = None
    cancel_reason: str | None = None

    @property
    def current_step(self) -> StepRun | None:
        """The running or paused step; None once the run is done or cancelled."""
        return next((s for s in self.steps if s.is_active), None)

    def step(self, no: int) -> StepRun:
        for step in self.steps:
            if step.no == no:
                return step
        raise TransitionError(
            msg("Langkah {no} tidak ada dalam SOP {code}.", "Step {no} is not in SOP {code}.",
                no=no, code=self.sop_code)
        )


@dataclass(frozen=True)
class TransitionEvent:
    """One audit-log line: who did what to which step, when, from which state to which."""

    kind: EventKind
    at: datetime
    by_user: str
    step_no: int | None
    before: str
    after: str
    details: Mapping[str, str] = field(default_factory=dict)

    def describe(self) -> Msg:
        where = f"langkah {self.step_no}" if self.step_no is not None else "SOP"
        where_en = f"step {self.step_no}" if self.step_no is not None else "SOP"
        return msg("{who}: {kind} ({where}: {before} → {after})",
                   "{who}: {kind} ({where_en}: {before} → {after})",
                   who=self.by_user, kind=self.kind.value, where=where, where_en=where_en,
                   before=self.before or "-", after=self.after)


class Transition(NamedTuple):
    run: SopRun
    events: tuple[TransitionEvent, ...]


# ---------------------------------------------------------------------------------------------
# Checks shared by the transitions. Each raises before anything is built.


def _stamp(value: datetime) -> str:
    return to_utc(value).strftime("%Y-%m-%d %H:%M:%S UTC")


def _user(by_user: str) -> str:
    if not isinstance(by_user, str) or not by_user.strip():
        raise TransitionError(msg("Pengguna yang mencatat wajib diketahui.",
                                  "The user recording the change must be known."))
    return by_user.strip()


def _reason(reason: str | None, what: str, what_en: str) -> str:
    text = " ".join((reason or "").split())
    if not text:
        raise TransitionError(msg("Alasan {what} wajib diisi.",
                                  "A reason for {what_en} is required.",
                                  what=what, what_en=what_en))
    if len(text) > MAX_REASON_LENGTH:
        raise TransitionError(msg("Alasan terlalu panjang (paling banyak {n} karakter).",
                                  "The reason is too long (at most {n} characters).",
                                  n=MAX_REASON_LENGTH))
    return text


def _clock(run: SopRun, at: datetime) -> datetime:
    at = to_utc(at)
    if at < run.last_event_at:
        raise ClockError(
            msg("Jam komputer tampaknya mundur: {at} lebih awal daripada perubahan terakhir "
                "({last}). Periksa jam komputer; tidak ada yang diubah.",
                "The computer clock seems to have gone back: {at} is before the last change "
                "({last}). Check the clock; nothing was changed.",
                at=_stamp(at), last=_stamp(run.last_event_at))
        )
    return at


def _active_run(run: SopRun) -> None:
    if run.state is not RunState.ACTIVE:
        raise TransitionError(
            msg("SOP ini sudah {state}; tidak dapat diubah lagi.",
                "This SOP run is already {state_en}; it cannot change any more.",
                state=run.state.label.render("id"), state_en=run.state.label.render("en"))
        )


def _current(run: SopRun, step_no: int) -> StepRun:
    """The step ``step_no``, which must be the one now running or paused."""
    _active_run(run)
    step = run.step(step_no)
    current = run.current_step
    if current is None:  # an active run always has one; guard against a corrupt record
        raise TransitionError(msg("Tidak ada langkah yang sedang berjalan.", "No step is running."))
    if step.state is StepState.DONE:
        raise TransitionError(msg("Langkah {no} sudah selesai.", "Step {no} is already done.",
                                  no=step_no))
    if step.no != current.no:
        raise TransitionError(
            msg("Langkah {no} belum dapat dikerjakan: langkah {current} belum selesai.",
                "Step {no} cannot be worked on yet: step {current} is not done.",
                no=step_no, current=current.no)
        )
    return step


def _may_act(step: StepRun, by_roles: Collection[Role]) -> None:
    if step.role not in by_roles and not allowed(by_roles, Action.STEP_ACT_FOR_ANY_ROLE):
        raise RoleNotAllowedError(
            msg("Langkah {no} dikerjakan oleh {role}; peran Anda tidak termasuk.",
                "Step {no} is done by {role_en}; your roles do not include it.",
                no=step.no, role=step.role.label.render("id"),
                role_en=step.role.label.render("en"))
        )


def _not_before_start(step: StepRun, at: datetime) -> None:
    if step.started_at is not None and at < step.started_at:
        raise TransitionError(
            msg("Waktu {at} lebih awal daripada mulainya langkah {no} ({start}).",
                "{at} is before step {no} started ({start}).",
                at=_stamp(at), no=step.no, start=_stamp(step.started_at))
        )


def _not_after_recording(start: datetime, at: datetime) -> None:
    """A start entered afterwards may lie in the past, never in the future."""
    if start > at:
        raise TransitionError(
            msg("Waktu mulai {start} tidak boleh sesudah waktu pencatatan {at}.",
                "The start {start} cannot be after the time of recording {at}.",
                start=_stamp(start), at=_stamp(at))
        )


def _with_step(run: SopRun, new: StepRun, at: datetime) -> SopRun:
    steps = tuple(new if s.no == new.no else s for s in run.steps)
    return replace(run, steps=steps, last_event_at=at)


def _event(kind: EventKind, at: datetime, by_user: str, step_no: int | None, before: str,
           after: str, **details: str | None) -> TransitionEvent:
    return TransitionEvent(kind, at, by_user, step_no, before, after,
                           {k: v for k, v in details.items() if v is not None})


def _close_pause(step: StepRun, at: datetime, by_user: str) -> tuple[StepRun, TransitionEvent]:
    last = step.pauses[-1]
    pauses = (*step.pauses[:-1], replace(last, ended_at=at, resumed_by=by_user))
    resumed = replace(step, state=StepState.RUNNING, pauses=pauses)
    return resumed, _event(EventKind.STEP_RESUMED, at, by_user, step.no, StepState.PAUSED,
                           StepState.RUNNING)


# ---------------------------------------------------------------------------------------------
# Transitions.


def start_run(
    sop: SopDefinition,
    by_user: str,
    by_roles: Collection[Role],
    at: datetime,
    started_at: datetime | None = None,
) -> Transition:
    """Open a run with its first step running since ``started_at`` (default ``at``).

    ``started_at`` may lie before ``at``: a request that arrived before it was registered.
    The first step's role, the role handing it over (the Pengusul) or the Kasubag may open it.
    """
    by_user, at = _user(by_user), to_utc(at)
    first = sop.steps[0]
    openers = {first.role} | ({first.from_role} if first.from_role else set())
    if not openers & set(by_roles) and not allowed(by_roles, Action.STEP_ACT_FOR_ANY_ROLE):
        raise RoleNotAllowedError(
            msg("Hanya {role} atau Kasubag Hukum yang dapat memulai SOP ini.",
                "Only {role_en} or the Kasubag may start this SOP.",
                role=first.role.label.render("id"), role_en=first.role.label.render("en"))
        )
    start = to_utc(started_at) if started_at is not None else at
    _not_after_recording(start, at)
    steps = tuple(
        StepRun(no=s.no, key=s.key, role=s.role, target=s.target) for s in sop.steps
    )
    steps = (replace(steps[0], state=StepState.RUNNING, started_at=start), *steps[1:])
    run = SopRun(sop_code=sop.code, steps=steps, opened_at=at, opened_by=by_user,
                 last_event_at=at)
    events = (
        _event(EventKind.RUN_STARTED, at, by_user, None, "", RunState.ACTIVE, sop=sop.code),
        _event(EventKind.STEP_STARTED, at, by_user, first.no, StepState.WAITING,
               StepState.RUNNING, started_at=start.isoformat()),
    )
    return Transition(run, events)


def complete_step(
    run: SopRun,
    step_no: int,
    by_user: str,
    by_roles: Collection[Role],
    at: datetime,
    override_reason: str | None = None,
) -> Transition:
    """Mark ``step_no`` done at ``at`` and start the next step at the same instant.

    Only the step's role may complete it; a Kasubag or an Administrator may complete another
    role's step when ``override_reason`` says why (the reason goes into the audit log).
    Completing a paused step ends the pause first.
    """
    by_user = _user(by_user)
    at = _clock(run, at)
    step = _current(run, step_no)
    override: str | None = None
    if step.role not in by_roles:
        if not allowed(by_roles, Action.STEP_OVERRIDE):
            _may_act(step, by_roles)
        override = _reason(override_reason, "mengambil alih langkah ini",
                           "completing another role's step")
    _not_before_start(step, at)
    events: list[TransitionEvent] = []
    if step.state is StepState.PAUSED:
        step, resumed = _close_pause(step, at, by_user)
        events.append(resumed)
    done = replace(step, state=StepState.DONE, ended_at=at, completed_by=by_user,
                   override_reason=override)
    events.append(_event(EventKind.STEP_COMPLETED, at, by_user, step.no, StepState.RUNNING,
                         StepState.DONE, override_reason=override))
    new_run = _with_step(run, done, at)
    following = [s for s in new_run.steps if s.no > step.no]
    if following:
        nxt = replace(following[0], state=StepState.RUNNING, started_at=at)
        new_run = _with_step(new_run, nxt, at)
        events.append(_event(EventKind.STEP_STARTED, at, by_user, nxt.no, StepState.WAITING,
                             StepState.RUNNING, started_at=at.isoformat()))
    else:
        new_run = replace(new_run, state=RunState.DONE, closed_at=at)
        events.append(_event(EventKind.RUN_COMPLETED, at, by_user, None, RunState.ACTIVE,
                             RunState.DONE))
    return Transition(new_run, tuple(events))


def pause(
    run: SopRun, step_no: int, by_user: str, by_roles: Collection[Role], at: datetime, reason: str
) -> Transition:
    """Stop the clock of a running step (e.g. waiting for a signature), with a reason."""
    by_user = _user(by_user)
    at = _clock(run, at)
    step = _current(run, step_no)
    _may_act(step, by_roles)
    if step.state is StepState.PAUSED:
        raise TransitionError(msg("Langkah {no} sudah dijeda.", "Step {no} is already paused.",
                                  no=step_no))
    text = _reason(reason, "jeda", "the pause")
    _not_before_start(step, at)
    paused = replace(step, state=StepState.PAUSED,
                     pauses=(*step.pauses, Pause(started_at=at, reason=text, by_user=by_user)))
    event = _event(EventKind.STEP_PAUSED, at, by_user, step.no, StepState.RUNNING,
                   StepState.PAUSED, reason=text)
    return Transition(_with_step(run, paused, at), (event,))


def resume(
    run: SopRun, step_no: int, by_user: str, by_roles: Collection[Role], at: datetime
) -> Transition:
    """Restart the clock of a paused step."""
    by_user = _user(by_user)
    at = _clock(run, at)
    step = _current(run, step_no)
    _may_act(step, by_roles)
    if step.state is not StepState.PAUSED:
        raise TransitionError(msg("Langkah {no} tidak sedang dijeda.", "Step {no} is not paused.",
                                  no=step_no))
    resumed, event = _close_pause(step, at, by_user)
    return Transition(_with_step(run, resumed, at), (event,))


def set_start_time(
    run: SopRun,
    step_no: int,
    by_user: str,
    by_roles: Collection[Role],
    at: datetime,
    started_at: datetime,
    note: str | None = None,
) -> Transition:
    """Correct when the running step really began (entered afterwards).

    The new start may not be in the future, before the previous step ended, or after the
    step's first pause.
    """
    by_user = _user(by_user)
    at = _clock(run, at)
    step = _current(run, step_no)
    _may_act(step, by_roles)
    start = to_utc(started_at)
    _not_after_recording(start, at)
    previous = [s for s in run.steps if s.no < step.no]
    if previous and previous[-1].ended_at is not None and start < previous[-1].ended_at:
        raise TransitionError(
            msg("Langkah {no} tidak dapat mulai ({start}) sebelum langkah {prev} selesai ({end}).",
                "Step {no} cannot start ({start}) before step {prev} ended ({end}).",
                no=step.no, start=_stamp(start), prev=previous[-1].no,
                end=_stamp(previous[-1].ended_at))
        )
    if step.pauses and start > step.pauses[0].started_at:
        raise TransitionError(
            msg("Waktu mulai {start} sesudah jeda pertama langkah ini ({pause}).",
                "The start {start} is after this step's first pause ({pause}).",
                start=_stamp(start), pause=_stamp(step.pauses[0].started_at))
        )
    text = " ".join((note or "").split()) or None
    old = step.started_at.isoformat() if step.started_at else None
    moved = replace(step, started_at=start)
    event = _event(EventKind.STEP_START_SET, at, by_user, step.no, step.state, step.state,
                   old_started_at=old, started_at=start.isoformat(), note=text)
    return Transition(_with_step(run, moved, at), (event,))


def cancel(
    run: SopRun,
    by_user: str,
    by_roles: Collection[Role],
    at: datetime,
    reason: str,
    action: Action = Action.REQUEST_CANCEL,
) -> Transition:
    """Withdraw the whole run (e.g. the request was withdrawn); the reason is required.

    ``action``: the permission the run's SOP asks for (the social-media SOP has its own)."""
    by_user = _user(by_user)
    _active_run(run)
    at = _clock(run, at)
    if not allowed(by_roles, action):
        if action is Action.REQUEST_CANCEL:
            raise RoleNotAllowedError(
                msg("Hanya Staf/Operator JDIH atau Kasubag Hukum yang dapat membatalkan SOP.",
                    "Only the JDIH operator or the Kasubag may cancel an SOP run.")
            )
        raise RoleNotAllowedError(
            msg("Peran Anda tidak boleh {what}.", "Your role may not {what_en}.",
                what=action.label.render("id"), what_en=action.label.render("en"))
        )
    text = _reason(reason, "pembatalan", "the cancellation")
    events: list[TransitionEvent] = []
    steps = []
    for step in run.steps:
        if step.is_active:
            _not_before_start(step, at)
            events.append(_event(EventKind.STEP_CANCELLED, at, by_user, step.no, step.state,
                                 StepState.CANCELLED))
            if step.state is StepState.PAUSED:  # the pause ends with the step
                step, _ = _close_pause(step, at, by_user)
            step = replace(step, state=StepState.CANCELLED, ended_at=at)
        elif step.state is StepState.WAITING:
            step = replace(step, state=StepState.CANCELLED)
        steps.append(step)
    events.append(_event(EventKind.RUN_CANCELLED, at, by_user, None, RunState.ACTIVE,
                         RunState.CANCELLED, reason=text))
    new_run = replace(run, steps=tuple(steps), state=RunState.CANCELLED, closed_at=at,
                      cancelled_by=by_user, cancel_reason=text, last_event_at=at)
    return Transition(new_run, tuple(events))
