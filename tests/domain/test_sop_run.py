"""The step state machine of one SOP run: allowed moves, refusals, audit events."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from jdih_desktop.domain.errors import ValidationError
from jdih_desktop.domain.roles import Role
from jdih_desktop.domain.sop import SopDefinition, SopStep, Target, TargetUnit
from jdih_desktop.domain.sop_run import (
    ClockError,
    EventKind,
    RoleNotAllowedError,
    RunState,
    SopRun,
    StepState,
    TransitionError,
    cancel,
    complete_step,
    pause,
    resume,
    set_start_time,
    start_run,
)
from jdih_desktop.domain.worktime import TimeBasis

Wita = Callable[..., datetime]
OPERATOR = {Role.OPERATOR}
KASUBAG = {Role.KASUBAG}
WORKING_20 = Target(20, TargetUnit.MINUTES, TimeBasis.WORKING)

SOP_A = SopDefinition(
    code="penerbitan-salinan-sk",
    title="Penerbitan salinan Surat Keputusan",
    steps=(
        SopStep(1, "permohonan", "Penyampaian permohonan", Role.OPERATOR, (), WORKING_20,
                "Salinan SK", from_role=Role.PENGUSUL),
        SopStep(2, "disposisi", "Disposisi", Role.KASUBAG, (),
                Target(10, TargetUnit.MINUTES, TimeBasis.WORKING), "Disposisi"),
        SopStep(3, "abstrak", "Pembuatan abstrak", Role.OPERATOR, (), WORKING_20, "Resume"),
        SopStep(4, "unggah", "Mengunggah", Role.OPERATOR, (),
                Target(10, TargetUnit.DAYS, TimeBasis.CALENDAR), "Terbit"),
    ),
)


@pytest.fixture()
def run(wita: Wita) -> SopRun:
    return start_run(SOP_A, "ani", OPERATOR, wita(2026, 3, 2, 8)).run


def test_a_run_goes_through_every_step(wita: Wita) -> None:
    run, events = start_run(SOP_A, "ani", OPERATOR, wita(2026, 3, 2, 8))
    assert [e.kind for e in events] == [EventKind.RUN_STARTED, EventKind.STEP_STARTED]
    assert run.current_step is not None and run.current_step.no == 1
    assert [s.state for s in run.steps] == ["running", "waiting", "waiting", "waiting"]

    run, events = complete_step(run, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 15))
    assert [(e.kind, e.step_no, e.before, e.after) for e in events] == [
        (EventKind.STEP_COMPLETED, 1, "running", "done"),
        (EventKind.STEP_STARTED, 2, "waiting", "running"),
    ]
    assert run.step(2).started_at == wita(2026, 3, 2, 8, 15)  # starts when step 1 is done

    run, _ = complete_step(run, 2, "budi", KASUBAG, wita(2026, 3, 2, 8, 20))
    run, _ = complete_step(run, 3, "ani", OPERATOR, wita(2026, 3, 2, 9))
    run, events = complete_step(run, 4, "ani", OPERATOR, wita(2026, 3, 3, 9))
    assert events[-1].kind is EventKind.RUN_COMPLETED
    assert run.state is RunState.DONE and run.closed_at == wita(2026, 3, 3, 9)
    assert run.current_step is None
    assert all(s.state is StepState.DONE for s in run.steps)
    assert run.step(2).completed_by == "budi"
    assert run.state.label.render("en") == "done" and str(run.step(1).state.label) == "selesai"
    with pytest.raises(TransitionError, match="sudah selesai"):
        complete_step(run, 4, "ani", OPERATOR, wita(2026, 3, 3, 10))


def test_events_carry_who_and_when(run: SopRun, wita: Wita) -> None:
    _, events = complete_step(run, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 15))
    assert all(e.by_user == "ani" and e.at == wita(2026, 3, 2, 8, 15) for e in events)
    assert str(events[0].describe()) == "ani: step_completed (langkah 1: running → done)"


def test_the_first_step_may_start_before_it_was_registered(wita: Wita) -> None:
    run, events = start_run(SOP_A, "ani", OPERATOR, wita(2026, 3, 2, 10),
                            started_at=wita(2026, 3, 2, 8))
    assert run.step(1).started_at == wita(2026, 3, 2, 8)
    assert run.opened_at == wita(2026, 3, 2, 10)
    assert events[1].details["started_at"] == wita(2026, 3, 2, 8).isoformat()
    with pytest.raises(TransitionError, match="tidak boleh sesudah"):
        start_run(SOP_A, "ani", OPERATOR, wita(2026, 3, 2, 8), started_at=wita(2026, 3, 2, 9))


def test_who_may_start_a_run(wita: Wita) -> None:
    assert start_run(SOP_A, "pak rudi", {Role.PENGUSUL}, wita(2026, 3, 2, 8)).run
    assert start_run(SOP_A, "budi", KASUBAG, wita(2026, 3, 2, 8)).run
    with pytest.raises(RoleNotAllowedError, match="Staf/Operator JDIH"):
        start_run(SOP_A, "dina", {Role.DESAINER}, wita(2026, 3, 2, 8))
    with pytest.raises(TransitionError, match="Pengguna"):
        start_run(SOP_A, "  ", OPERATOR, wita(2026, 3, 2, 8))


def test_out_of_order_completion_is_refused(run: SopRun, wita: Wita) -> None:
    before = run
    with pytest.raises(TransitionError, match="langkah 1 belum selesai"):
        complete_step(run, 3, "ani", OPERATOR, wita(2026, 3, 2, 8, 30))
    with pytest.raises(TransitionError, match="Langkah 7 tidak ada"):
        complete_step(run, 7, "ani", OPERATOR, wita(2026, 3, 2, 8, 30))
    assert run == before  # nothing changed


def test_wrong_role_is_refused(run: SopRun, wita: Wita) -> None:
    run = complete_step(run, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 15)).run
    with pytest.raises(RoleNotAllowedError, match="Kasubag Hukum"):
        complete_step(run, 2, "ani", OPERATOR, wita(2026, 3, 2, 8, 20))


def test_kasubag_override_needs_a_written_reason(run: SopRun, wita: Wita) -> None:
    with pytest.raises(TransitionError, match="Alasan mengambil alih"):
        complete_step(run, 1, "budi", KASUBAG, wita(2026, 3, 2, 8, 15))
    with pytest.raises(TransitionError, match="Alasan"):
        complete_step(run, 1, "budi", KASUBAG, wita(2026, 3, 2, 8, 15), override_reason="   ")
    new, events = complete_step(run, 1, "budi", KASUBAG, wita(2026, 3, 2, 8, 15),
                                override_reason="Operator  sakit")
    assert new.step(1).override_reason == "Operator sakit"
    assert events[0].details == {"override_reason": "Operator sakit"}


def test_a_clock_that_went_back_is_refused(run: SopRun, wita: Wita) -> None:
    run = complete_step(run, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 15)).run
    for attempt in (
        lambda: complete_step(run, 2, "budi", KASUBAG, wita(2026, 3, 2, 8, 10)),
        lambda: pause(run, 2, "budi", KASUBAG, wita(2026, 3, 2, 8, 10), "rapat"),
        lambda: cancel(run, "budi", KASUBAG, wita(2026, 3, 2, 8, 10), "ditarik"),
    ):
        with pytest.raises(ClockError, match="mundur"):
            attempt()


def test_an_end_before_the_start_is_refused(run: SopRun, wita: Wita) -> None:
    # Only a damaged record can get here (the transitions never store a future start).
    broken = replace(run, steps=(replace(run.steps[0], started_at=wita(2026, 3, 2, 9)),
                                 *run.steps[1:]))
    with pytest.raises(TransitionError, match="lebih awal daripada mulainya langkah 1"):
        complete_step(broken, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 30))


def test_naive_times_are_refused(run: SopRun) -> None:
    with pytest.raises(ValidationError, match="zona waktu"):
        complete_step(run, 1, "ani", OPERATOR, datetime(2026, 3, 2, 8, 30))


def test_pause_and_resume(run: SopRun, wita: Wita) -> None:
    paused, events = pause(run, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 5), "menunggu nota dinas")
    assert paused.step(1).state is StepState.PAUSED
    assert events[0].details == {"reason": "menunggu nota dinas"}
    with pytest.raises(TransitionError, match="sudah dijeda"):
        pause(paused, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 6), "lagi")
    resumed, events = resume(paused, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 35))
    assert events[0].kind is EventKind.STEP_RESUMED
    assert resumed.step(1).pause_intervals() == ((wita(2026, 3, 2, 8, 5), wita(2026, 3, 2, 8, 35)),)
    with pytest.raises(TransitionError, match="tidak sedang dijeda"):
        resume(resumed, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 40))
    with pytest.raises(TransitionError, match="Alasan jeda"):
        pause(resumed, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 40), "")
    with pytest.raises(RoleNotAllowedError):
        pause(resumed, 1, "dina", {Role.DESAINER}, wita(2026, 3, 2, 8, 40), "istirahat")


def test_pausing_a_step_that_is_not_running_is_refused(run: SopRun, wita: Wita) -> None:
    with pytest.raises(TransitionError, match="Langkah 2 belum dapat dikerjakan"):
        pause(run, 2, "budi", KASUBAG, wita(2026, 3, 2, 8, 5), "rapat")


def test_completing_a_paused_step_ends_the_pause(run: SopRun, wita: Wita) -> None:
    paused = pause(run, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 5), "menunggu").run
    done, events = complete_step(paused, 1, "ani", OPERATOR, wita(2026, 3, 2, 9))
    assert [e.kind for e in events][:2] == [EventKind.STEP_RESUMED, EventKind.STEP_COMPLETED]
    assert done.step(1).pauses[0].ended_at == wita(2026, 3, 2, 9)


def test_setting_the_start_time_afterwards(run: SopRun, wita: Wita) -> None:
    moved, events = set_start_time(run, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 5),
                                   wita(2026, 3, 2, 7, 40), note="surat datang pagi")
    assert moved.step(1).started_at == wita(2026, 3, 2, 7, 40)
    assert events[0].kind is EventKind.STEP_START_SET
    assert events[0].details["old_started_at"] == wita(2026, 3, 2, 8).isoformat()
    with pytest.raises(TransitionError, match="tidak boleh sesudah"):
        set_start_time(run, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 5), wita(2026, 3, 2, 9))
    second = complete_step(run, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 15)).run
    with pytest.raises(TransitionError, match="sebelum langkah 1 selesai"):
        set_start_time(second, 2, "budi", KASUBAG, wita(2026, 3, 2, 8, 30), wita(2026, 3, 2, 8, 10))
    later = set_start_time(second, 2, "budi", KASUBAG, wita(2026, 3, 2, 8, 30),
                           wita(2026, 3, 2, 8, 25)).run
    assert later.step(2).started_at == wita(2026, 3, 2, 8, 25)
    paused = pause(run, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 10), "menunggu").run
    with pytest.raises(TransitionError, match="jeda pertama"):
        set_start_time(paused, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 20), wita(2026, 3, 2, 8, 15))


def test_cancelling_a_run(run: SopRun, wita: Wita) -> None:
    with pytest.raises(TransitionError, match="Alasan pembatalan"):
        cancel(run, "ani", OPERATOR, wita(2026, 3, 2, 8, 30), " ")
    with pytest.raises(RoleNotAllowedError):
        cancel(run, "pak rudi", {Role.PENGUSUL}, wita(2026, 3, 2, 8, 30), "ditarik")
    paused = pause(run, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 10), "menunggu").run
    cancelled, events = cancel(paused, "ani", OPERATOR, wita(2026, 3, 2, 8, 30),
                               "Permohonan ditarik pengusul")
    assert cancelled.state is RunState.CANCELLED
    assert cancelled.cancel_reason == "Permohonan ditarik pengusul"
    assert [s.state for s in cancelled.steps] == ["cancelled"] * 4
    assert cancelled.step(1).ended_at == wita(2026, 3, 2, 8, 30)
    assert cancelled.step(1).pauses[0].ended_at == wita(2026, 3, 2, 8, 30)
    assert [(e.kind, e.before) for e in events] == [
        (EventKind.STEP_CANCELLED, "paused"), (EventKind.RUN_CANCELLED, "active")
    ]
    for attempt in (
        lambda: cancel(cancelled, "ani", OPERATOR, wita(2026, 3, 2, 9), "lagi"),
        lambda: complete_step(cancelled, 1, "ani", OPERATOR, wita(2026, 3, 2, 9)),
    ):
        with pytest.raises(TransitionError, match="sudah dibatalkan"):
            attempt()


def test_the_target_is_a_snapshot_taken_when_the_run_starts(run: SopRun, wita: Wita) -> None:
    edited_steps = tuple(
        replace(s, target=Target(5, TargetUnit.MINUTES, TimeBasis.CALENDAR)) for s in SOP_A.steps
    )
    edited = replace(SOP_A, steps=edited_steps)
    assert run.step(3).target == WORKING_20  # the old run keeps its targets
    fresh = start_run(edited, "ani", OPERATOR, wita(2026, 3, 2, 9)).run
    assert fresh.step(3).target == Target(5, TargetUnit.MINUTES, TimeBasis.CALENDAR)


def test_long_reasons_are_refused(run: SopRun, wita: Wita) -> None:
    with pytest.raises(TransitionError, match="terlalu panjang"):
        pause(run, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 5), "x" * 1001)
    assert pause(run, 1, "ani", OPERATOR, wita(2026, 3, 2, 8, 5) + timedelta(seconds=1),
                 "x" * 1000).run
