"""The Kasubag's disposition completes SOP step 2, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from jdih_desktop.errors import NotFoundError, PermissionDeniedError, ValidationError
from jdih_desktop.workflow.dispositions import DispositionService
from tests.workflow.conftest import Office, wita


def _request_at_step_2(office: Office) -> int:
    view = office.requests.register(
        office.operator.as_actor(),
        pengusul_name="Rahmat",
        hal="Salinan SK 19/2026",
        received_at=wita("2026-02-02 08:00"),
    )
    office.clock.set("2026-02-02 08:10")
    office.requests.complete_step(office.operator.as_actor(), view.id, 1)
    return view.id


def test_disposition_is_recorded_and_completes_step_2(office: Office) -> None:
    request_id = _request_at_step_2(office)
    service = DispositionService(office.db, office.requests, office.clock)
    assert service.latest(request_id) is None
    office.clock.set("2026-02-02 08:16")
    recorded = service.record(
        office.kasubag.as_actor(),
        request_id,
        to_username="andi",
        instructions=["Proses lebih lanjut", " ", "Siapkan bahan/abstrak"],
        catatan="Segera",
    )
    assert recorded.instructions == ("Proses lebih lanjut", "Siapkan bahan/abstrak")
    assert service.latest(request_id) == recorded
    assert recorded.from_user == "hasnah" and recorded.to_user == "andi"
    step_2 = office.requests.get(request_id).steps[1]
    assert step_2.state == "done" and step_2.completed_by == "hasnah"


def test_refusals_record_nothing(office: Office) -> None:
    request_id = _request_at_step_2(office)
    service = DispositionService(office.db, office.requests, office.clock)
    with pytest.raises(PermissionDeniedError):
        service.record(office.operator.as_actor(), request_id, to_username="andi", instructions=[])
    with pytest.raises(ValidationError):
        service.record(
            office.kasubag.as_actor(),
            request_id,
            to_username="andi",
            instructions=[],
            sifat="kilat",
        )
    assert service.latest(request_id) is None
    assert office.requests.get(request_id).steps[1].state == "running"


def test_step_2_closes_only_with_a_recorded_disposition(office: Office) -> None:
    """Neither the Kasubag's plain "complete" nor an administrator's override closes step 2
    without a disposition; the refusal names the way that works and changes nothing."""
    from jdih_desktop.accounts.service import AccountService
    from jdih_desktop.domain.actor import SYSTEM

    request_id = _request_at_step_2(office)
    accounts = AccountService(office.db, office.clock)
    admin = accounts.add_user(SYSTEM, "adm", "Admin", ["administrator"])
    office.clock.set("2026-02-02 08:16")
    for actor, reason in ((office.kasubag.as_actor(), None), (admin.as_actor(), "Kasubag cuti")):
        with pytest.raises(ValidationError) as refused:
            office.requests.complete_step(actor, request_id, 2, reason)
        assert "jdih disposition" in str(refused.value)
        assert office.requests.get(request_id).steps[1].state == "running"
    message = refused.value.message
    assert "formulir disposisi" in message.render("id")
    assert "fills in the disposition form" in message.render("en")
    office.dispositions.record(
        office.kasubag.as_actor(), request_id, to_username="andi", instructions=["Proses"]
    )
    assert office.requests.get(request_id).steps[1].state == "done"


def test_a_disposition_to_several_people_keeps_them_all_in_order(office: Office) -> None:
    from jdih_desktop.accounts.service import AccountService
    from jdih_desktop.domain.actor import SYSTEM

    AccountService(office.db, office.clock).add_user(SYSTEM, "budi", "Budi, S.Kom.", ["operator"])
    request_id = _request_at_step_2(office)
    service = DispositionService(office.db, office.requests, office.clock)
    recorded = service.record(
        office.kasubag.as_actor(),
        request_id,
        to_username=["budi", "andi", " BUDI "],  # a repeat is one recipient
        instructions=["Proses lebih lanjut"],
    )
    assert recorded.to_user == "budi"  # the first carries the request on
    assert recorded.to_names == ("Budi, S.Kom.", "Andi Baso")
    assert recorded.to_text == "Budi, S.Kom.; Andi Baso"
    assert service.latest(request_id) == recorded


def test_several_recipients_refused_as_a_whole(office: Office) -> None:
    request_id = _request_at_step_2(office)
    service = DispositionService(office.db, office.requests, office.clock)
    kasubag = office.kasubag.as_actor()
    with pytest.raises(NotFoundError):
        service.record(kasubag, request_id, to_username=["andi", "siapa"], instructions=["x"])
    with pytest.raises(ValidationError):
        service.record(kasubag, request_id, to_username=[" "], instructions=["x"])
    assert service.latest(request_id) is None
    assert office.requests.get(request_id).steps[1].state == "running"


def test_more_recipients_than_the_sheet_holds_are_refused(office: Office) -> None:
    from jdih_desktop.accounts.service import AccountService
    from jdih_desktop.domain.actor import SYSTEM

    accounts = AccountService(office.db, office.clock)
    names = [f"staf{n}" for n in range(8)]
    for name in names:
        full_name = f"Pegawai Dengan Nama Yang Cukup Panjang {name}"
        accounts.add_user(SYSTEM, name, full_name, ["tim_jdih"])
    request_id = _request_at_step_2(office)
    service = DispositionService(office.db, office.requests, office.clock)
    with pytest.raises(ValidationError) as refused:
        service.record(
            office.kasubag.as_actor(), request_id, to_username=names, instructions=["x"]
        )
    assert "Terlalu banyak penerima" in refused.value.message.render("id")
    assert service.latest(request_id) is None
