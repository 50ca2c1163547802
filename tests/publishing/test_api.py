"""HTTP API adapter (contract v1) against the API test server."""

from __future__ import annotations

import threading
from typing import Any

import pytest

from jdih_desktop.publishing import (
    MAIN,
    AmbiguousPublishError,
    AuthPublishError,
    CredentialStore,
    HttpSettings,
    PublishValidationError,
    RetryablePublishError,
    account_name,
    create_publisher,
)
from jdih_desktop.publishing.api import ApiPublisher
from tests.publishing.servers.api import ApiServer
from tests.publishing.servers.fixtures import ItemFactory

Profile = dict[str, Any]


def publisher(profile: Profile, credentials: CredentialStore, http: HttpSettings) -> ApiPublisher:
    result = create_publisher(profile, credentials, http=http)
    assert isinstance(result, ApiPublisher)
    return result


def test_publish_returns_201_record_and_verified_files(
    api_server: ApiServer,
    api_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    item = make_item()
    result = publisher(api_profile, credentials, http_settings).publish(item)
    assert result.remote_id in api_server.state.records
    assert result.public_url == f"{api_server.url}/documents/{result.remote_id}"
    assert set(result.file_urls) == {"main", "abstrak"}
    assert [p.sha256 for p in result.verified] == [item.main_sha256, item.abstract_sha256]
    assert api_server.state.files[result.file_names[MAIN]] == item.main_pdf.read_bytes()


def test_repeat_with_idempotency_key_does_not_duplicate(
    api_server: ApiServer,
    api_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    item = make_item()
    pub = publisher(api_profile, credentials, http_settings)
    first = pub.publish(item)
    again = pub.publish(item)
    assert again.remote_id == first.remote_id
    assert len(api_server.state.records) == 1


def test_refused_metadata_is_a_validation_error_with_the_site_reason(
    api_server: ApiServer,
    api_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    with pytest.raises(PublishValidationError) as caught:
        publisher(api_profile, credentials, http_settings).publish(make_item(tahun=1800))
    assert "1800" in str(caught.value)
    assert api_server.state.records == {}


def test_bad_token_is_an_auth_error(
    api_server: ApiServer,
    api_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
) -> None:
    credentials.set_secret(account_name("api", api_server.url), "stale-token")
    with pytest.raises(AuthPublishError) as caught:
        publisher(api_profile, credentials, http_settings).check()
    assert "stale-token" not in str(caught.value)
    assert "HTTP 401" in str(caught.value)


def test_server_error_is_retryable(
    api_server: ApiServer,
    api_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    api_server.add_fault("POST", "/api/documents", "status", status=503)
    with pytest.raises(RetryablePublishError):
        publisher(api_profile, credentials, http_settings).publish(make_item())
    assert api_server.state.records == {}


def test_gateway_timeout_on_create_is_ambiguous(
    api_server: ApiServer,
    api_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    api_server.add_fault("POST", "/api/documents", "status", status=504)
    with pytest.raises(AmbiguousPublishError):
        publisher(api_profile, credentials, http_settings).publish(make_item())


def test_timeout_after_body_is_ambiguous_then_found(
    api_server: ApiServer,
    api_profile: Profile,
    credentials: CredentialStore,
    make_item: ItemFactory,
) -> None:
    api_server.state.honour_idempotency = False  # the lookup alone must prevent a duplicate
    hang = api_server.add_fault("POST", "/api/documents", "hang")
    quick = HttpSettings(read_timeout=0.5, trust_env=False)
    item = make_item()
    pub = publisher(api_profile, credentials, quick)
    with pytest.raises(AmbiguousPublishError):
        pub.publish(item)
    hang.release.set()
    found = pub.find_existing(item)
    assert found is not None
    assert list(api_server.state.records) == [found.remote_id]
    assert pub.verify(item, found).verified[0].sha256 == item.main_sha256


def test_slow_answer_within_the_timeout_succeeds(
    api_server: ApiServer,
    api_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
) -> None:
    slow = api_server.add_fault("GET", "/api/documents", "delay")

    def release_when_held() -> None:
        slow.entered.wait(10)
        slow.release.set()

    helper = threading.Thread(target=release_when_held)
    helper.start()
    publisher(api_profile, credentials, http_settings).check()
    helper.join()
    assert slow.hits == 1


def test_dropped_connection_mid_upload_is_retryable(
    api_server: ApiServer,
    api_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    drop = api_server.add_fault("POST", "/api/documents", "drop")
    with pytest.raises(RetryablePublishError) as caught:
        publisher(api_profile, credentials, http_settings).publish(
            make_item(main_size=6 * 1024 * 1024)
        )
    assert not isinstance(caught.value, AmbiguousPublishError)
    assert drop.hits == 1
    assert api_server.state.records == {}


def test_withdraw_is_idempotent(
    api_server: ApiServer,
    api_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    pub = publisher(api_profile, credentials, http_settings)
    result = pub.publish(make_item())
    pub.withdraw(result.remote_id)
    assert api_server.state.records == {}
    pub.withdraw(result.remote_id)
    assert api_server.count("DELETE", "/api/documents/") == 2
