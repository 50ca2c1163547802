"""Each fault of issue 7 against the ILDIS server: nothing lost, nothing published twice.

After every fault the row is kept with its error and next try; the next attempt looks the
decree up first, so a record that did reach the site is proven and finished, never made
again. Hung requests are released by the test (Events), never by sleeping.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path
from typing import Any

import httpx
import pytest

from jdih_desktop.publishing import CredentialStore, HttpSettings
from jdih_desktop.publishing.ildis import IldisPublisher
from jdih_desktop.publishing.outbox_store import FAILED, PUBLISHED, UPLOADING
from tests.publishing.outbox_env import (
    Office,
    ildis_options,
    open_office,
    store_ildis_passwords,
)
from tests.publishing.servers.ildis import IDLE_SECONDS, IldisServer
from tests.publishing.test_ildis import browser_login

CREATE = "/backend/peraturan/create"
# Hung requests end in a read timeout; 2 s is short to wait yet long for a loaded machine.
QUICK = HttpSettings(connect_timeout=5, read_timeout=2, write_timeout=10, trust_env=False)


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


def publish_through(office: Office, server: IldisServer) -> tuple[int, int]:
    """Queue a decree at step 4; return (publication id, request id)."""
    document_id, request_id = office.decree()
    assert request_id is not None
    return office.outbox.enqueue(office.operator, document_id).id, request_id


def assert_published_once(office: Office, server: IldisServer, request_id: int) -> None:
    office.run_all()
    (row,) = office.outbox.store.rows()
    assert row.state == PUBLISHED, row.last_error
    (record,) = server.state.records.values()
    assert row.remote_id == str(record["id"]) and record["published"] is True
    assert office.step_4(request_id).state == "done"


def first_attempt_fails(office: Office) -> str:
    outcome = office.outbox.process_next()
    assert outcome is not None
    row = outcome.publication
    assert row.state == FAILED and row.attempts == 1
    assert row.next_try_at is not None and row.next_try_at > office.clock.now()
    return row.last_error


def test_server_error_is_retried_later(office: Office, ildis_server: IldisServer) -> None:
    _, request_id = publish_through(office, ildis_server)
    ildis_server.add_fault("POST", CREATE, "status", status=500)
    assert "HTTP 500" in first_attempt_fails(office)
    assert ildis_server.state.records == {}
    assert office.step_4(request_id).state == "running"
    assert_published_once(office, ildis_server, request_id)
    assert ildis_server.count("POST", CREATE) == 2


@pytest.mark.parametrize("how", ["401 answer", "idle expiry"])
def test_401_after_session_expiry_logs_in_again(
    office: Office, ildis_server: IldisServer, how: str
) -> None:
    _, request_id = publish_through(office, ildis_server)
    if how == "401 answer":
        ildis_server.add_fault("POST", CREATE, "status", status=401)
    else:
        ildis_server.add_fault(
            "POST",
            CREATE,
            "before",
            hook=lambda: ildis_server.state.clock.advance(IDLE_SECONDS + 1),
        )
    outcome = office.outbox.process_next()
    assert outcome is not None and outcome.publication.state == PUBLISHED
    assert outcome.publication.attempts == 1
    assert_published_once(office, ildis_server, request_id)
    assert ildis_server.count("POST", CREATE) == 2  # bounced once, then created once


def test_timeout_after_the_body_was_received_is_looked_up_not_resent(
    data_dir: Path, ildis_server: IldisServer, credentials: CredentialStore
) -> None:
    store_ildis_passwords(credentials, ildis_server)
    office = open_office(data_dir, credentials, QUICK, options=ildis_options(ildis_server))
    try:
        _, request_id = publish_through(office, ildis_server)
        hang = ildis_server.add_fault("POST", CREATE, "hang")
        error = first_attempt_fails(office)
        assert "mungkin sudah tersimpan" in error
        assert hang.entered.is_set()  # the server had the whole upload ...
        hang.release.set()
        assert len(ildis_server.state.records) == 1  # ... and created the record
        assert_published_once(office, ildis_server, request_id)
        assert ildis_server.count("POST", CREATE) == 1  # found by the look-up, not re-sent
    finally:
        office.context.close()


def test_connection_dropped_after_the_site_created_the_record(
    office: Office, ildis_server: IldisServer
) -> None:
    _, request_id = publish_through(office, ildis_server)
    lost = ildis_server.add_fault("POST", CREATE, "hang")
    lost.release.set()  # created, then the connection closes without an answer
    first_attempt_fails(office)
    assert len(ildis_server.state.records) == 1
    assert_published_once(office, ildis_server, request_id)
    assert ildis_server.count("POST", CREATE) == 1


def test_connection_dropped_mid_upload(
    data_dir: Path, credentials: CredentialStore, http_settings: HttpSettings
) -> None:
    with IldisServer(upload_max=64 * 1024 * 1024) as server:
        store_ildis_passwords(credentials, server)
        office = open_office(
            data_dir,
            credentials,
            http_settings,
            options=ildis_options(server, max_upload_bytes=64 * 1024 * 1024),
        )
        try:
            document_id, request_id = office.decree(main_size=6 * 1024 * 1024)
            assert request_id is not None
            office.outbox.enqueue(office.operator, document_id)
            drop = server.add_fault("POST", CREATE, "drop")
            error = first_attempt_fails(office)
            assert drop.hits == 1 and server.state.records == {}
            assert "mungkin sudah tersimpan" not in error  # cut mid-way: plainly retryable
            assert_published_once(office, server, request_id)
            assert server.count("POST", CREATE) == 2
        finally:
            office.context.close()


def test_slow_response_is_waited_for(office: Office, ildis_server: IldisServer) -> None:
    _, request_id = publish_through(office, ildis_server)
    slow = ildis_server.add_fault("POST", CREATE, "delay")

    def release_when_held() -> None:
        if slow.entered.wait(30):  # the server is holding our request right now
            slow.release.set()

    releaser = threading.Thread(target=release_when_held)
    releaser.start()
    outcome = office.outbox.process_next()
    releaser.join()
    assert slow.hits == 1
    assert outcome is not None and outcome.publication.state == PUBLISHED
    assert_published_once(office, ildis_server, request_id)
    assert ildis_server.count("POST", CREATE) == 1


def test_a_different_file_on_the_site_is_not_taken_as_proof(
    office: Office, ildis_server: IldisServer
) -> None:
    _, request_id = publish_through(office, ildis_server)
    originals: dict[str, bytes] = {}

    def overwrite() -> None:  # another upload with the same name replaced our file
        with ildis_server.state.lock:
            for name, content in ildis_server.state.files.items():
                if "abstrak" not in name and name not in originals:
                    originals[name] = content
                    ildis_server.state.files[name] = b"%PDF-1.4\nanother decree\n%%EOF\n"

    ildis_server.add_fault("GET", "/common/dokumen/", "before", hook=overwrite)
    error = first_attempt_fails(office)
    assert "berbeda" in error
    (row,) = office.outbox.store.rows()
    (record,) = ildis_server.state.records.values()
    assert row.remote_id == str(record["id"])  # the record is known: never created again
    assert row.verified_at is None and office.step_4(request_id).state == "running"
    # Retrying without a fix proves nothing and creates nothing.
    office.clock.set(row.next_try_at or office.clock.now())
    again = office.outbox.process_next()
    assert again is not None and again.publication.state == FAILED
    # The site's administrator puts our file back; the next try proves it.
    ildis_server.state.files.update(originals)
    assert_published_once(office, ildis_server, request_id)
    assert ildis_server.count("POST", CREATE) == 1


class Killed(BaseException):
    """The worker process dies here (kill -9): nothing after this line runs, no handler."""


def _die_before(original: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        raise Killed

    return wrapper


def _die_after(original: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        original(*args, **kwargs)
        raise Killed

    return wrapper


@pytest.mark.parametrize(
    ("method", "die"),
    [
        ("_create", _die_before),  # before create
        ("_create", _die_after),  # the site saved the record, its answer never read
        ("_add_index_terms", _die_before),  # after create, before TEU and publish
        ("_publish_record", _die_before),  # during publish: before the verifier's request
        ("_publish_record", _die_after),  # during publish: the site published, answer lost
    ],
    ids=["before-create", "saved-unanswered", "before-publish", "publish-sent", "published"],
)
def test_a_kill_at_each_point_leaves_one_record_and_no_false_publication(
    office: Office,
    ildis_server: IldisServer,
    monkeypatch: pytest.MonkeyPatch,
    method: str,
    die: Callable[[Callable[..., Any]], Callable[..., Any]],
) -> None:
    pub_id, request_id = publish_through(office, ildis_server)
    original = getattr(IldisPublisher, method)
    monkeypatch.setattr(IldisPublisher, method, die(original))
    with pytest.raises(Killed):
        office.outbox.process_next()
    monkeypatch.setattr(IldisPublisher, method, original)
    row = office.outbox.store.get(pub_id)
    assert row.state == UPLOADING and row.verified_at is None  # never a false "terbit"
    # The site's id is stored the moment the site gave it, before anything else can fail.
    created = [str(r["id"]) for r in ildis_server.state.records.values()]
    assert row.remote_id == (created[0] if created and method != "_create" else "")
    assert office.step_4(request_id).state == "running"
    # The next start: the lease ran out, the row is looked up on the site and finished.
    office.clock.advance(timedelta(hours=1))
    assert office.outbox.recover() == [pub_id]
    assert_published_once(office, ildis_server, request_id)
    (record,) = ildis_server.state.records.values()
    teu = record["teu"]
    assert isinstance(teu, list) and len(teu) == 1  # TEU sent once, whatever the point


def test_a_suspended_account_is_retried_after_the_suspension_with_the_same_password(
    office: Office, ildis_server: IldisServer, credentials: CredentialStore
) -> None:
    """Someone mistyped the shared password 3 times on the site: ILDIS suspends the account
    for 5 minutes and refuses even the right password ("Akun ditangguhkan …")."""
    with httpx.Client(base_url=ildis_server.url, trust_env=False) as browser:
        for _ in range(3):
            browser_login(browser, "typo")
    pub_id, request_id = publish_through(office, ildis_server)
    error = first_attempt_fails(office)
    assert "ditangguhkan" in error
    row = office.outbox.store.get(pub_id)
    assert row.next_try_at is not None
    assert row.next_try_at - office.clock.now() >= timedelta(seconds=300)  # not before it ends
    # The stored password was not blamed: no "rejected" mark, retried as it is.
    assert credentials.login_secret(f"ildis:{ildis_server.url}:operator") == "operator-pass"
    ildis_server.state.clock.advance(301)
    assert_published_once(office, ildis_server, request_id)
