"""ILDIS adapter against the ILDIS-compatible test server (DOMAIN.md §5)."""

from __future__ import annotations

import hashlib
from typing import Any

import httpx
import pytest

from jdih_desktop.publishing import (
    ABSTRACT,
    MAIN,
    AccountLockedError,
    AmbiguousPublishError,
    AuthPublishError,
    CredentialStore,
    HttpSettings,
    PermanentPublishError,
    PublishValidationError,
    RetryablePublishError,
    VerificationError,
    account_name,
    create_publisher,
)
from jdih_desktop.publishing.base import normalize
from jdih_desktop.publishing.ildis import IldisPublisher
from tests.publishing.servers.fixtures import ItemFactory
from tests.publishing.servers.ildis import IDLE_SECONDS, IldisServer

Profile = dict[str, Any]


def publisher(
    profile: Profile, credentials: CredentialStore, http: HttpSettings, **over: Any
) -> IldisPublisher:
    result = create_publisher({**profile, **over}, credentials, http=http)
    assert isinstance(result, IldisPublisher)
    return result


def csrf_token(browser: httpx.Client, path: str) -> str:
    page = browser.get(path).text
    return page.split('name="csrf-token" content="')[1].split('"')[0]


def browser_login(browser: httpx.Client, password: str) -> httpx.Response:
    """Log in the way a person's browser does (for setting the scene, not under test)."""
    return browser.post(
        "/backend/site/login",
        data={
            "_csrf-backend": csrf_token(browser, "/backend/site/login"),
            "LoginForm[username]": "operator",
            "LoginForm[password]": password,
            "LoginForm[reCaptcha]": "x",
        },
    )


def test_publish_creates_publishes_and_verifies(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    item = make_item()
    result = publisher(ildis_profile, credentials, http_settings).publish(item)

    record = ildis_server.state.records[int(result.remote_id)]
    fields = record["fields"]
    assert isinstance(fields, dict)
    assert fields["nomor_peraturan"] == item.nomor
    assert fields["judul"] == item.judul.replace("&", "&amp;")  # stored escaped, like ILDIS
    assert fields["jenis_peraturan"] == "Lembaga Non Struktural"  # the id became its name
    assert fields["tanggal_penetapan"] == "2023/05/14"
    assert record["published"] is True
    assert result.published is True
    # TEU and subjects went through their own forms, once each; the office's TEU is not in
    # a stock site's pengarang table, so it was created ("Tambah TEU Baru").
    assert record["teu"] == [(item.teu_badan, "Badan Organisasi", "Pengarang Utama")]
    assert record["subjek"] == list(item.subjek)
    assert result.public_url == f"{ildis_server.url}/dokumen/view?id={result.remote_id}"
    assert httpx.get(result.public_url, trust_env=False).status_code == 200
    # Unique, stable names: jenis, number, year and the start of the hash.
    assert record["main_file"] == result.file_names[MAIN]
    assert result.file_names[MAIN].startswith("KEP-KPU-KAB_1-PL-01-1-Kpt-7312-2023_2023_")
    assert item.main_sha256[:10] in result.file_names[MAIN]
    stored = ildis_server.state.files[result.file_names[ABSTRACT]]
    assert hashlib.sha256(stored).hexdigest() == item.abstract_sha256
    # Proof of publication for both files.
    assert [proof.sha256 for proof in result.verified] == [
        item.main_sha256,
        item.abstract_sha256,
    ]
    # The site's own JDIHN feed now lists it, and it satisfies our (ILDIS-derived) schema.
    feed = httpx.get(f"{ildis_server.url}/feed/document.json", trust_env=False).json()
    assert [entry["idData"] for entry in feed] == [int(result.remote_id)]
    assert feed[0]["noPeraturan"] == item.nomor


def test_without_verifier_the_record_waits_unpublished(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    item = make_item()
    result = publisher(
        ildis_profile, credentials, http_settings, verifier_username=""
    ).publish(item)
    assert result.published is False
    assert ildis_server.state.records[int(result.remote_id)]["published"] is False
    assert len(result.verified) == 2  # files are public as soon as they are uploaded
    # ILDIS's public page answers 200 for an unpublished record: that is no proof.
    assert result.public_url is not None
    assert httpx.get(result.public_url, trust_env=False).status_code == 200
    found = publisher(ildis_profile, credentials, http_settings).find_existing(item)
    assert found is not None and found.published is False


def test_one_login_serves_the_whole_publication(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    item = make_item()
    pub = publisher(ildis_profile, credentials, http_settings, verifier_username="")
    assert pub.find_existing(item) is None
    result = pub.publish(item)
    pub.verify(item, result)
    pub.close()
    assert pub.logins == 1
    assert ildis_server.state.login_attempts == [("operator", True)]
    # With a verifier account: one login for each account, none repeated.
    ildis_server.state.login_attempts.clear()
    both = publisher(ildis_profile, credentials, http_settings)
    assert both.find_existing(make_item(nomor="2")) is None
    assert both.publish(make_item(nomor="2")).published is True
    assert sorted(ildis_server.state.login_attempts) == [
        ("operator", True), ("verifikator", True)
    ]


def test_operator_cannot_publish_as_verifier(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    pub = publisher(ildis_profile, credentials, http_settings, verifier_username="operator")
    with pytest.raises(AuthPublishError) as caught:
        pub.publish(make_item())
    assert caught.value.remote is not None  # created, not published: the outbox must know
    assert "verifikator" in str(caught.value)
    assert ildis_server.state.records[int(caught.value.remote.remote_id)]["published"] is False


def test_302_without_id_is_a_rejection(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    item = make_item(judul=" ")  # a required field empty → Peraturan::save() fails
    with pytest.raises(PublishValidationError) as caught:
        publisher(ildis_profile, credentials, http_settings).publish(item)
    assert "tanpa id" in str(caught.value)
    assert ildis_server.state.records == {}
    assert not caught.value.retryable
    assert ildis_server.count("POST", "/backend/peraturan/create") == 1  # one POST only
    # ILDIS saved the PDFs before refusing the record (PeraturanController::actionCreate).
    assert len(ildis_server.state.files) == 2


def test_wrong_password_is_tried_once_and_never_again(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    account = account_name("ildis", ildis_server.url, "operator")
    credentials.set_secret(account, "wrong-pass")
    pub = publisher(ildis_profile, credentials, http_settings)
    with pytest.raises(AuthPublishError) as first:
        pub.publish(make_item())
    assert not first.value.retryable
    with pytest.raises(AuthPublishError) as second:
        pub.check()
    assert "tidak mencobanya lagi" in str(second.value)
    # Another process (a fresh publisher) does not try it either.
    with pytest.raises(AuthPublishError):
        publisher(ildis_profile, credentials, http_settings).publish(make_item())
    assert ildis_server.state.login_attempts == [("operator", False)]
    # Storing a new password lifts the guard.
    credentials.set_secret(account, "operator-pass")
    publisher(ildis_profile, credentials, http_settings, verifier_username="").check()
    assert ildis_server.state.login_attempts[-1] == ("operator", True)


def test_locked_account_is_reported_as_such(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
) -> None:
    with httpx.Client(base_url=ildis_server.url, trust_env=False) as browser:
        for _ in range(3):  # someone else mistyped the password three times
            browser_login(browser, "typo")
    with pytest.raises(AccountLockedError) as caught:
        publisher(ildis_profile, credentials, http_settings).check()
    assert "ditangguhkan" in str(caught.value)
    assert caught.value.retryable and caught.value.retry_after >= 300
    # The right password was not blamed: after the suspension it works again.
    ildis_server.state.clock.advance(301)
    publisher(ildis_profile, credentials, http_settings).check()


def test_session_expiry_before_posting_logs_in_again_once(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    ildis_server.add_fault(
        "POST",
        "/backend/peraturan/create",
        "before",
        hook=lambda: ildis_server.state.clock.advance(IDLE_SECONDS + 1),
    )
    result = publisher(
        ildis_profile, credentials, http_settings, verifier_username=""
    ).publish(make_item())
    assert list(ildis_server.state.records) == [int(result.remote_id)]
    assert ildis_server.state.login_attempts == [("operator", True), ("operator", True)]
    assert ildis_server.count("POST", "/backend/peraturan/create") == 2


def test_server_error_on_create_is_retryable(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    ildis_server.add_fault("POST", "/backend/peraturan/create", "status", status=500)
    with pytest.raises(RetryablePublishError) as caught:
        publisher(ildis_profile, credentials, http_settings).publish(make_item())
    assert "HTTP 500" in str(caught.value)
    assert ildis_server.state.records == {}


def test_timeout_after_body_is_ambiguous_and_lookup_prevents_a_duplicate(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    make_item: ItemFactory,
) -> None:
    hang = ildis_server.add_fault("POST", "/backend/peraturan/create", "hang")
    quick = HttpSettings(connect_timeout=5, read_timeout=0.5, write_timeout=10, trust_env=False)
    item = make_item()
    pub = publisher(ildis_profile, credentials, quick)
    with pytest.raises(AmbiguousPublishError) as caught:
        pub.publish(item)
    hang.release.set()
    assert caught.value.needs_lookup
    assert hang.entered.is_set()  # the server had the whole body when the client gave up
    (record_id,) = ildis_server.state.records  # ... and created the record
    found = pub.find_existing(item)
    assert found is not None and found.remote_id == str(record_id)
    assert found.file_names[MAIN] == ildis_server.state.records[record_id]["main_file"]
    assert found.published is False
    assert pub.find_existing(make_item()) is None  # another decree is not mistaken for it


def test_dropped_connection_mid_upload_is_retryable(
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    with IldisServer(upload_max=64 * 1024 * 1024) as server:
        credentials.set_secret(account_name("ildis", server.url, "operator"), "operator-pass")
        drop = server.add_fault("POST", "/backend/peraturan/create", "drop")
        profile = {**ildis_profile, "base_url": server.url, "verifier_username": "",
                   "max_upload_bytes": 64 * 1024 * 1024}
        with pytest.raises(RetryablePublishError) as caught:
            # 6 MB: more than the kernel can buffer, so the cut is certainly mid-upload.
            publisher(profile, credentials, http_settings).publish(
                make_item(main_size=6 * 1024 * 1024)
            )
        assert not isinstance(caught.value, AmbiguousPublishError)
        assert drop.hits == 1
        assert server.state.records == {}


def test_file_over_the_php_limit_is_refused_before_upload(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    item = make_item(main_size=2 * 1024 * 1024 + 1)
    with pytest.raises(PermanentPublishError) as caught:
        publisher(ildis_profile, credentials, http_settings).publish(item)
    assert "upload_max_filesize" in str(caught.value)
    assert ildis_server.count("POST", "/backend/peraturan/create") == 0


def test_silently_dropped_upload_is_caught_by_verification(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    # The office believes the limit was raised; the site still drops files over 2 MB.
    pub = publisher(ildis_profile, credentials, http_settings, max_upload_bytes=8 * 1024 * 1024)
    with pytest.raises(PermanentPublishError) as caught:
        pub.publish(make_item(main_size=3 * 1024 * 1024))
    assert "HTTP 404" in str(caught.value) and "upload_max_filesize" in str(caught.value)
    assert caught.value.remote is not None
    record = ildis_server.state.records[int(caught.value.remote.remote_id)]
    assert record["published"] is False  # the verifier never published a dead link


def test_soft_404_page_is_not_taken_for_the_pdf(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    ildis_server.state.soft_404 = True
    pub = publisher(ildis_profile, credentials, http_settings, max_upload_bytes=8 * 1024 * 1024)
    with pytest.raises(VerificationError) as caught:
        pub.publish(make_item(main_size=3 * 1024 * 1024))
    assert caught.value.reason == "not_pdf"


def test_same_number_different_files_never_overwrite_each_other(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    pub = publisher(ildis_profile, credentials, http_settings, verifier_username="")
    first_item = make_item(nomor="5", judul="Perubahan")
    first = pub.publish(first_item)
    second = pub.publish(make_item(nomor="5", judul="Perubahan Kedua"))
    assert first.file_names[MAIN] != second.file_names[MAIN]
    assert len(ildis_server.state.files) == 4
    # The first decree's files are still its own after the second upload.
    assert len(pub.verify(first_item, first).verified) == 2


def test_file_changed_on_the_site_fails_verification(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    item = make_item()
    pub = publisher(ildis_profile, credentials, http_settings)
    result = pub.publish(item)
    # Another upload under the same name overwrote our file (ILDIS does not refuse it).
    with ildis_server.state.lock:
        ildis_server.state.files[result.file_names[MAIN]] = b"%PDF-1.4 another document"
    with pytest.raises(VerificationError) as caught:
        pub.verify(item, result)
    assert caught.value.reason == "hash_mismatch"
    assert caught.value.evidence is not None
    assert caught.value.evidence.sha256 != item.main_sha256


def test_withdraw_deletes_and_is_idempotent(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    pub = publisher(ildis_profile, credentials, http_settings)
    result = pub.publish(make_item())
    pub.withdraw(result.remote_id)
    assert ildis_server.state.records == {}
    pub.withdraw(result.remote_id)


def test_server_refuses_posts_without_csrf(ildis_server: IldisServer) -> None:
    with httpx.Client(base_url=ildis_server.url, trust_env=False) as browser:
        browser.get("/backend/site/login")
        answer = browser.post(
            "/backend/site/login",
            data={"LoginForm[username]": "operator", "LoginForm[password]": "operator-pass"},
        )
    assert answer.status_code == 400
    assert ildis_server.state.login_attempts == []


def test_failure_after_creation_carries_the_record(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    # Created, then the site falls over while we read its state: retrying `publish` would
    # duplicate it, so the error says which record exists.
    ildis_server.add_fault("GET", "/backend/peraturan/index", "status", status=503)
    with pytest.raises(RetryablePublishError) as caught:
        publisher(ildis_profile, credentials, http_settings).publish(make_item())
    assert caught.value.remote is not None
    assert list(ildis_server.state.records) == [int(caught.value.remote.remote_id)]


def test_a_view_that_crashes_is_tolerated(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    """The shipped dump's orphan data_status rows crash a record's admin view (HTTP 500)."""
    ildis_server.state.view_error.add(1)  # the id the next record gets
    item = make_item()
    pub = publisher(ildis_profile, credentials, http_settings)
    result = pub.publish(item)
    assert result.remote_id == "1" and result.published is True
    found = pub.find_existing(item)  # found by the list's columns, not the view
    assert found is not None and found.remote_id == "1" and found.published is True


def test_401_mid_way_is_treated_as_an_expired_session(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    ildis_server.add_fault("GET", "/backend/peraturan/view", "status", status=401)
    result = publisher(
        ildis_profile, credentials, http_settings, verifier_username=""
    ).publish(make_item())
    assert list(ildis_server.state.records) == [int(result.remote_id)]
    assert [ok for _, ok in ildis_server.state.login_attempts] == [True, True]


def test_site_overwrites_a_file_uploaded_under_the_same_name(
    ildis_server: IldisServer,
    ildis_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    """Why names must be unique: ILDIS silently replaces another document's file."""
    item = make_item()
    pub = publisher(ildis_profile, credentials, http_settings)
    result = pub.publish(item)
    other = b"%PDF-1.4 keputusan lain dengan nama berkas yang sama"
    with httpx.Client(base_url=ildis_server.url, trust_env=False) as browser:
        assert browser_login(browser, "operator-pass").status_code == 302
        created = browser.post(
            "/backend/peraturan/create",
            data={
                "_csrf-backend": csrf_token(browser, "/backend/peraturan/create"),
                "Peraturan[jenis_peraturan]": "19",
                "Peraturan[bentuk_peraturan]": "KEPUTUSAN",
                "Peraturan[judul]": "Keputusan lain",
                "Peraturan[nomor_peraturan]": "99",
                "Peraturan[tahun_terbit]": "2023",
                "Peraturan[tanggal_penetapan]": "2023-06-01",
            },
            files={
                "DataLampiran[dokumen_lampiran]": (
                    result.file_names[MAIN], other, "application/pdf"
                )
            },
        )
    assert "view?id=" in created.headers["location"]
    with pytest.raises(VerificationError) as caught:
        pub.verify(item, result)
    assert caught.value.reason == "hash_mismatch"


def test_titles_match_as_ildis_s_list_shows_them() -> None:
    """The list shows strtoupper(htmlentities(judul)): "&NDASH;" is no entity until lowered."""
    shown = "PEMILU &NDASH; TAHAP &AMP;AMP; DAFTAR"
    assert normalize(shown) == normalize("Pemilu – Tahap & Daftar")
    assert normalize("&LDQUO;SALINAN&RDQUO;") == normalize("“Salinan”")
