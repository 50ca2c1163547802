"""The decree SOP driven through the services, on SQLite and PostgreSQL, with a frozen clock."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from jdih_desktop.db.audit import iter_chain
from jdih_desktop.db.models import AuditEvent
from jdih_desktop.domain.audit_chain import verify_chain
from jdih_desktop.domain.timers import Level
from jdih_desktop.errors import PermissionDeniedError, ValidationError
from jdih_desktop.workflow.requests import RequestView
from tests.workflow.conftest import Clock, Office, wita


def _register(office: Office, received: str = "2026-02-02 08:00") -> int:
    view = office.requests.register(
        office.operator.as_actor(),
        pengusul_name="Rahmat (Subbag Teknis Penyelenggaraan)",
        hal="Salinan Keputusan KPU Kabupaten Soppeng Nomor 19 Tahun 2026",
        nota_dinas_nomor="045/PL.01.1-ND/7312/2026",
        sifat="segera",
        received_at=wita(received),
    )
    return view.id


def _audit_count(office: Office) -> int:
    with office.db.read() as session:
        return int(session.scalar(select(func.count()).select_from(AuditEvent)) or 0)


def test_four_steps_give_a_correct_timeline(office: Office) -> None:
    request_id = _register(office)
    office.clock.set("2026-02-02 08:15")
    office.requests.complete_step(office.operator.as_actor(), request_id, 1)
    office.clock.set("2026-02-02 08:40")
    office.dispositions.record(
        office.kasubag.as_actor(), request_id, to_username="andi", instructions=["Proses"]
    )
    office.clock.set("2026-02-02 09:00")
    office.requests.complete_step(office.operator.as_actor(), request_id, 3)
    office.clock.set("2026-02-05 10:00")
    view = office.requests.complete_step(office.operator.as_actor(), request_id, 4)

    assert view.agenda == "0001/2026"
    assert view.run_state == "done"
    assert [s.state for s in view.steps] == ["done"] * 4
    assert [s.completed_by for s in view.steps] == ["andi", "hasnah", "andi", "andi"]
    assert [s.started_at for s in view.steps] == [
        wita("2026-02-02 08:00"),
        wita("2026-02-02 08:15"),
        wita("2026-02-02 08:40"),
        wita("2026-02-02 09:00"),
    ]
    elapsed = [s.timer.elapsed for s in view.steps if s.timer]
    assert elapsed == [
        timedelta(minutes=15),
        timedelta(minutes=25),
        timedelta(minutes=20),
        timedelta(days=3, hours=1),
    ]
    levels = [s.timer.level for s in view.steps if s.timer]
    assert levels[1] == Level.OVERDUE  # 25 of 10 minutes
    assert levels[0] == Level.WARNING  # 15 of 20 minutes = 75 %
    with office.db.read() as session:
        assert verify_chain(list(iter_chain(session))) == []


def test_working_time_skips_the_night_and_the_lunch_break(office: Office) -> None:
    office.clock.set("2026-02-02 15:52")
    request_id = _register(office, received="2026-02-02 15:50")
    office.clock.set("2026-02-03 07:40")
    step = office.requests.get(request_id).steps[0]
    assert step.timer is not None
    # 10 minutes on Monday before 16:00 + 10 minutes on Tuesday from 07:30
    assert step.timer.elapsed == timedelta(minutes=20)
    assert step.timer.level == Level.OVERDUE


@pytest.mark.parametrize(
    ("minutes", "level"),
    [(5, Level.OK), (10, Level.NOTICE), (15, Level.WARNING), (21, Level.OVERDUE)],
)
def test_frozen_clock_puts_the_step_at_each_level(
    office: Office, minutes: int, level: Level
) -> None:
    request_id = _register(office)
    office.clock.advance(minutes=minutes)
    view = office.requests.get(request_id)
    current = view.current_step
    assert current is not None and current.timer is not None
    assert current.timer.level == level
    assert view.late is (level == Level.OVERDUE)
    late_ids = [v.id for v in office.requests.list(late_only=True)]
    assert late_ids == ([request_id] if level == Level.OVERDUE else [])


def test_wrong_role_is_refused_and_nothing_changes(office: Office) -> None:
    request_id = _register(office)
    office.clock.advance(minutes=5)
    office.requests.complete_step(office.operator.as_actor(), request_id, 1)
    before = office.requests.get(request_id)
    audits = _audit_count(office)
    office.clock.advance(minutes=5)
    with pytest.raises(PermissionDeniedError):
        office.requests.complete_step(office.operator.as_actor(), request_id, 2)

    def stored(view: RequestView) -> list[tuple[object, ...]]:
        return [(s.state, s.started_at, s.ended_at, s.completed_by) for s in view.steps]

    assert stored(office.requests.get(request_id)) == stored(before)
    assert _audit_count(office) == audits


def test_out_of_order_completion_is_refused(office: Office) -> None:
    request_id = _register(office)
    office.clock.advance(minutes=5)
    with pytest.raises(ValidationError, match="langkah"):
        office.requests.complete_step(office.operator.as_actor(), request_id, 3)


def test_kasubag_override_needs_a_written_reason(office: Office) -> None:
    request_id = _register(office)
    office.clock.advance(minutes=5)
    with pytest.raises(ValidationError):
        office.requests.complete_step(office.kasubag.as_actor(), request_id, 1)
    view = office.requests.complete_step(
        office.kasubag.as_actor(), request_id, 1, "Operator cuti; berkas diterima Kasubag."
    )
    assert view.steps[0].completed_by == "hasnah"
    assert view.steps[0].override_reason == "Operator cuti; berkas diterima Kasubag."


def test_paused_time_is_not_counted(office: Office) -> None:
    request_id = _register(office)
    office.clock.set("2026-02-02 08:05")
    office.requests.pause_step(office.operator.as_actor(), request_id, 1, "Nota dinas belum ada")
    office.clock.set("2026-02-02 08:35")
    office.requests.resume_step(office.operator.as_actor(), request_id, 1)
    office.clock.set("2026-02-02 08:50")
    view = office.requests.complete_step(office.operator.as_actor(), request_id, 1)
    assert view.steps[0].timer is not None
    assert view.steps[0].timer.elapsed == timedelta(minutes=20)
    assert view.steps[0].pauses[0][2] == "Nota dinas belum ada"


def test_clock_jumping_backwards_is_refused(office: Office) -> None:
    request_id = _register(office)
    office.clock.set("2026-02-02 08:30")
    office.requests.complete_step(office.operator.as_actor(), request_id, 1)
    office.clock.set("2026-02-02 08:10")
    with pytest.raises(ValidationError):
        office.dispositions.record(
            office.kasubag.as_actor(), request_id, to_username="andi", instructions=["Proses"]
        )
    assert office.dispositions.latest(request_id) is None  # refused whole
    assert office.requests.get(request_id).steps[1].state == "running"


def test_timers_survive_a_restart(office: Office) -> None:
    request_id = _register(office)
    office.clock.set("2026-02-02 08:12")
    first = office.requests.get(request_id)
    # fresh services over the same database, as after closing and reopening the app
    from jdih_desktop.workflow.office_calendar import CalendarService
    from jdih_desktop.workflow.requests import RequestService

    restarted = RequestService(
        office.db, office.runs, CalendarService(office.db, office.clock), office.clock
    )
    assert restarted.get(request_id) == first


def test_agenda_numbers_restart_each_office_year(office: Office) -> None:
    assert office.requests.get(_register(office)).agenda == "0001/2026"
    assert office.requests.get(_register(office)).agenda == "0002/2026"
    office.clock.set("2027-01-04 08:30")
    # 31 Dec 2026 23:30 WITA is still 2026 for the office, though 15:30 UTC
    assert office.requests.get(_register(office, "2026-12-31 23:30")).agenda == "0003/2026"
    assert office.requests.get(_register(office, "2027-01-04 08:00")).agenda == "0001/2027"


def test_cancel_needs_a_reason_and_closes_the_run(office: Office) -> None:
    request_id = _register(office)
    office.clock.advance(minutes=3)
    with pytest.raises(ValidationError):
        office.requests.cancel(office.operator.as_actor(), request_id, "  ")
    view = office.requests.cancel(office.operator.as_actor(), request_id, "Ditarik pengusul")
    assert view.run_state == "cancelled"
    assert office.requests.list() == []
    assert [v.id for v in office.requests.list(include_closed=True)] == [request_id]


def test_pengusul_cannot_complete_operator_steps(office: Office) -> None:
    request_id = _register(office)
    office.clock.advance(minutes=3)
    with pytest.raises(PermissionDeniedError):
        office.requests.complete_step(office.pengusul.as_actor(), request_id, 1)


def test_missing_names_are_refused(office: Office) -> None:
    with pytest.raises(ValidationError):
        office.requests.register(office.operator.as_actor(), pengusul_name=" ", hal="x")
    assert office.requests.list(include_closed=True) == []


def test_clock_class_is_frozen() -> None:
    clock = Clock(wita("2026-02-02 08:00"))
    assert clock() == clock()
