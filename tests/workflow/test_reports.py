"""The compliance report counts a step still open past its target in the month it became late."""

from __future__ import annotations

from datetime import timedelta

from jdih_desktop.domain.compliance import to_json
from tests.workflow.conftest import Office, wita


def test_an_overdue_open_step_counts_in_the_month_it_became_late(office: Office) -> None:
    office.clock.set("2026-02-27 16:22")
    request_id = office.requests.register(
        office.operator.as_actor(),
        pengusul_name="Rahmat",
        hal="Salinan Keputusan KPU Kabupaten Soppeng Nomor 19 Tahun 2026",
        nota_dinas_nomor="045/PL.01.1-ND/7312/2026",
        sifat="segera",
        received_at=wita("2026-02-27 16:20"),
    ).id
    # Step 1 (20 working minutes): 10 minutes on Friday 27 February before 16:30, the other
    # 10 on Monday 2 March from 07:30, so it became late at 07:40 in March.
    office.clock.set("2026-03-03 10:00")

    assert [r for r in office.reports.sla("2026-02") if r.step_no == 1] == []
    everyone, *people = [r for r in office.reports.sla("2026-03") if r.step_no == 1]
    assert people == []  # nobody finished it: no person row
    assert everyone.person is None and everyone.count == 1 and everyone.within_target == 0
    (late,) = everyone.late
    assert late.still_open and late.run_ref == "0001/2026"
    assert late.ended_at == wita("2026-03-02 07:40")
    assert late.target == timedelta(minutes=20) and late.duration > late.target
    assert '"late_since": "2026-03-01T23:40:00+00:00"' in to_json([everyone])

    # Finished later in March, it is one finished late step there, not two.
    office.requests.complete_step(office.operator.as_actor(), request_id, 1)
    (row,) = [r for r in office.reports.sla("2026-03") if r.step_no == 1 and r.person is None]
    assert row.count == 1 and not row.late[0].still_open


def test_an_open_step_within_its_target_is_in_no_month(office: Office) -> None:
    office.clock.set("2026-03-02 08:00")
    office.requests.register(
        office.operator.as_actor(), pengusul_name="Rahmat", hal="Salinan SK 20",
        nota_dinas_nomor="046/ND/2026", sifat="biasa", received_at=wita("2026-03-02 08:00"),
    )
    office.clock.set("2026-03-02 08:19")
    assert office.reports.sla("2026-03") == []
