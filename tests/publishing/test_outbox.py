"""The durable outbox against the ILDIS-compatible server: publish once, prove it, step 4."""

from __future__ import annotations

import hashlib
import json
import threading
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from jdih_desktop.errors import ValidationError
from jdih_desktop.publishing import CredentialStore, HttpSettings
from jdih_desktop.publishing.attempt import AWAITING_RECHECK
from jdih_desktop.publishing.ildis import IldisPublisher
from jdih_desktop.publishing.items import publication_item
from jdih_desktop.publishing.lease import keep_lease, owner_id
from jdih_desktop.publishing.outbox_store import AWAITING, FAILED, PUBLISHED, QUEUED
from tests.publishing.outbox_env import (
    Office,
    ildis_options,
    open_office,
    store_ildis_passwords,
)
from tests.publishing.servers.ildis import IldisServer

CREATE = "/backend/peraturan/create"


@pytest.fixture()
def office(
    data_dir: Path,
    ildis_server: IldisServer,
    credentials: CredentialStore,
    http_settings: HttpSettings,
) -> Iterator[Office]:
    store_ildis_passwords(credentials, ildis_server)
    office = open_office(data_dir, credentials, http_settings, options=ildis_options(ildis_server))
    yield office
    office.context.close()


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_publish_creates_one_record_proves_it_and_completes_step_4(
    office: Office, ildis_server: IldisServer
) -> None:
    document_id, request_id = office.decree()
    assert request_id is not None
    queued = office.outbox.enqueue(office.operator, document_id)
    assert queued.state == QUEUED and queued.target == "utama"
    assert office.outbox.enqueue(office.operator, document_id).id == queued.id  # idempotent

    outcome = office.outbox.process_next()

    assert outcome is not None
    view = outcome.publication
    assert view.state == PUBLISHED and view.attempts == 1
    (record,) = ildis_server.state.records.values()
    assert record["published"] is True
    archived = office.context.archive.get(document_id).file("main")
    assert archived is not None
    assert sha256(ildis_server.state.files[str(record["main_file"])]) == archived.sha256
    assert view.verified_sha256 == archived.sha256 and view.verified_at is not None
    assert view.url == f"{ildis_server.url}/dokumen/view?id={record['id']}"
    assert view.remote_id == str(record["id"])
    assert outcome.steps.completed == (request_id,)
    step = office.step_4(request_id)
    assert step.state == "done" and step.completed_by == "andi"
    assert office.context.requests.get(request_id).run_state == "done"
    # Queuing it again returns the published row; nothing more is sent.
    again = office.outbox.enqueue(office.operator, document_id)
    assert again.id == view.id and again.state == PUBLISHED
    assert office.outbox.process_next() is None
    assert ildis_server.count("POST", CREATE) == 1


def test_a_record_already_on_the_site_is_not_created_again(
    data_dir: Path,
    ildis_server: IldisServer,
    credentials: CredentialStore,
    http_settings: HttpSettings,
) -> None:
    """Someone uploaded the decree by hand (or an earlier run did): look up, then prove."""
    store_ildis_passwords(credentials, ildis_server)
    site = ildis_options(ildis_server)
    # A second target name for the same site stands in for "already there by other means".
    office = open_office(
        data_dir, credentials, http_settings, options=site, cermin={"kind": "ildis", **site}
    )
    try:
        document_id, _ = office.decree()
        view = office.outbox.enqueue(office.operator, document_id)
        first = office.outbox.process(view.id)
        assert first is not None and first.publication.state == PUBLISHED
        mirror = office.outbox.enqueue(office.operator, document_id, "cermin")
        assert mirror.id != view.id and mirror.target == "cermin"
        outcome = office.outbox.process(mirror.id)
        assert outcome is not None and outcome.publication.state == PUBLISHED
        assert outcome.publication.remote_id == first.publication.remote_id
        assert len(ildis_server.state.records) == 1
        assert ildis_server.count("POST", CREATE) == 1
    finally:
        office.context.close()


def test_cancel_and_retry(office: Office, ildis_server: IldisServer) -> None:
    document_id, _ = office.decree()
    view = office.outbox.enqueue(office.operator, document_id)
    cancelled = office.outbox.cancel(office.operator, view.id)
    assert cancelled.state == "cancelled"
    assert office.outbox.process_next() is None
    retried = office.outbox.retry(office.operator, view.id)
    assert retried.state == QUEUED
    outcome = office.outbox.process_next()
    assert outcome is not None and outcome.publication.state == PUBLISHED
    with pytest.raises(ValidationError, match="berstatus terbit"):
        office.outbox.cancel(office.operator, view.id)
    assert len(ildis_server.state.records) == 1


def test_a_refused_password_waits_for_a_person(
    office: Office, ildis_server: IldisServer, credentials: CredentialStore
) -> None:
    credentials.set_secret(f"ildis:{ildis_server.url}:operator", "sandi-keliru-9731")
    document_id, request_id = office.decree()
    office.outbox.enqueue(office.operator, document_id)
    outcome = office.outbox.process_next()
    assert outcome is not None
    view = outcome.publication
    assert view.state == FAILED and view.next_try_at is None and view.needs_person
    assert "kata sandi" in view.last_error
    assert (
        "sandi-keliru-9731" not in view.last_error
    )  # the password itself is never written anywhere
    office.clock.advance(timedelta(days=1))
    assert office.outbox.process_next() is None  # not retried by itself: ILDIS would lock
    assert [attempt for attempt in ildis_server.state.login_attempts] == [("operator", False)]
    assert request_id is not None and office.step_4(request_id).state == "running"
    # The right password, then a person's retry: published.
    credentials.set_secret(f"ildis:{ildis_server.url}:operator", "operator-pass")
    office.outbox.retry(office.operator, view.id)
    done = office.outbox.process_next()
    assert done is not None and done.publication.state == PUBLISHED


def test_without_a_verifier_the_row_waits_and_retry_finishes_it(
    data_dir: Path,
    ildis_server: IldisServer,
    credentials: CredentialStore,
    http_settings: HttpSettings,
) -> None:
    store_ildis_passwords(credentials, ildis_server)
    office = open_office(
        data_dir,
        credentials,
        http_settings,
        options=ildis_options(ildis_server, verifier_username=""),
    )
    try:
        document_id, request_id = office.decree()
        office.outbox.enqueue(office.operator, document_id)
        outcome = office.outbox.process_next()
        assert outcome is not None and outcome.publication.state == AWAITING
        assert "verifikator" in outcome.publication.note
        assert request_id is not None and office.step_4(request_id).state == "running"
        # A retry while the site still shows it UnVerified: awaiting again, nothing created
        # (its public page answers 200 all along: that is no proof).
        office.outbox.retry(office.operator, outcome.publication.id)
        again = office.outbox.process_next()
        assert again is not None and again.publication.state == AWAITING
        attempts = again.publication.attempts
        (shown,) = office.outbox.awaiting()  # what the GUI lists on Beranda
        assert shown.id == again.publication.id and "verifikator" in shown.note
        assert shown.next_try_at == office.clock.now() + AWAITING_RECHECK
        # The site's verifier publishes it by hand; the scheduled re-check finds it without a
        # person: proven, step 4 done, no attempt spent.
        (record,) = ildis_server.state.records.values()
        record["published"] = True
        assert office.outbox.process_next() is None  # not due yet
        office.clock.advance(AWAITING_RECHECK)
        done = office.outbox.process_next()
        assert done is not None and done.publication.state == PUBLISHED
        assert done.publication.attempts == attempts
        assert office.outbox.awaiting() == []
        assert office.step_4(request_id).state == "done"
        assert ildis_server.count("POST", CREATE) == 1
    finally:
        office.context.close()


def test_a_row_left_uploading_by_a_dead_worker_is_looked_up_then_finished(
    office: Office, ildis_server: IldisServer
) -> None:
    """The crash case in-process: a worker took the row, created the record and died."""
    document_id, request_id = office.decree()
    view = office.outbox.enqueue(office.operator, document_id)
    dead = owner_id(pid=2**22 + 12345)  # above pid_max: no such process on this host
    claim = office.outbox.store.claim_due(dead, timedelta(minutes=30))
    assert claim is not None and claim.id == view.id
    # The dead worker had sent the create before dying.
    publisher = office.outbox.targets.publisher("utama")
    assert isinstance(publisher, IldisPublisher)
    teu = office.context.office.profile().teu_badan
    publisher.publish(publication_item(office.context.archive, document_id, teu))
    assert office.outbox.process_next() is None  # still 'uploading' until recovered
    assert office.outbox.recover() == [view.id]
    outcome = office.outbox.process_next()
    assert outcome is not None and outcome.publication.state == PUBLISHED
    assert outcome.publication.attempts == 2
    assert len(ildis_server.state.records) == 1
    assert request_id is not None and office.step_4(request_id).state == "done"


def test_another_hosts_row_is_recovered_only_after_its_lease(office: Office) -> None:
    document_id, _ = office.decree()
    view = office.outbox.enqueue(office.operator, document_id)
    claim = office.outbox.store.claim_due("other-pc:4242", timedelta(minutes=30))
    assert claim is not None
    assert office.outbox.recover() == []  # alive as far as we can know
    office.clock.advance(timedelta(minutes=31))
    assert office.outbox.recover() == [view.id]


def test_outbox_list_json_never_holds_secrets(
    office: Office, ildis_server: IldisServer, data_dir: Path
) -> None:
    document_id, _ = office.decree()
    office.outbox.enqueue(office.operator, document_id)
    office.outbox.process_next()
    rows = office.outbox.store.rows()
    assert [r.state for r in rows] == [PUBLISHED]
    office.context.close()
    everything = b"".join(path.read_bytes() for path in data_dir.rglob("*") if path.is_file())
    for secret in (b"operator-pass", b"verifikator-pass"):
        assert secret not in everything  # not in the database, config, logs or exports
    assert json.loads(json.dumps(rows[0].file_urls))  # plain data, safe to print


def test_a_renewed_lease_is_not_taken_back(office: Office) -> None:
    """A slow upload keeps its row: the worker renews the lease while it runs."""
    document_id, _ = office.decree()
    view = office.outbox.enqueue(office.operator, document_id)
    lease = timedelta(minutes=30)
    claim = office.outbox.store.claim_due("other-pc:4242", lease)
    assert claim is not None
    office.clock.advance(timedelta(minutes=25))
    office.outbox.store.renew(claim, lease)
    office.clock.advance(timedelta(minutes=10))
    assert office.outbox.recover() == []
    office.clock.advance(timedelta(minutes=21))
    assert office.outbox.recover() == [view.id]


def test_keep_lease_renews_while_the_block_runs() -> None:
    renewed = threading.Event()
    with keep_lease(renewed.set, timedelta(milliseconds=10)):
        assert renewed.wait(30)  # an upper bound: set at the first renewal
    assert not any(t.name == "jdih-outbox-lease" for t in threading.enumerate())


def test_a_fresh_office_publishes_nothing_without_an_issuing_body(
    data_dir: Path,
    ildis_server: IldisServer,
    credentials: CredentialStore,
    http_settings: HttpSettings,
) -> None:
    """A folder that names no office has no T.E.U. to give a decree without one: nothing is
    queued or sent (ILDIS would hide such a record), and the refusal says where to name the
    office. Once named, its T.E.U. — never the demo office's — goes to the site."""
    from dataclasses import replace

    from jdih_desktop.domain.actor import SYSTEM

    store_ildis_passwords(credentials, ildis_server)
    office = open_office(
        data_dir, credentials, http_settings, options=ildis_options(ildis_server), office=False
    )
    try:
        document_id, _request_id = office.decree()
        with pytest.raises(ValidationError) as refused:
            office.outbox.enqueue(office.operator, document_id)
        assert "profil kantor belum diisi" in str(refused.value)
        assert "Pengaturan → Profil kantor" in str(refused.value)
        assert office.outbox.publications(document_id) == []
        assert ildis_server.count("POST", CREATE) == 0

        admin = office.context.accounts.add_user(SYSTEM, "admin", "Admin", ["administrator"])
        profile = office.context.office.profile()
        office.context.office.update_profile(
            admin.as_actor(),
            replace(
                profile,
                name="Komisi Pemilihan Umum Kabupaten Barru",
                teu_badan="Indonesia. Komisi Pemilihan Umum Kabupaten Barru",
            ),
        )
        office.outbox.enqueue(office.operator, document_id)
        outcome = office.outbox.process_next()
        assert outcome is not None and outcome.publication.state == PUBLISHED
        (record,) = ildis_server.state.records.values()
        assert "Barru" in json.dumps(record) and "Soppeng Nomor" not in json.dumps(record)
    finally:
        office.context.close()
