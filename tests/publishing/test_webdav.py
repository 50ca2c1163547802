"""Static JDIH site over a real WsgiDAV server on 127.0.0.1."""

from __future__ import annotations

import json
from typing import Any

import httpx
import pytest

from jdih_desktop.publishing import (
    ABSTRACT,
    MAIN,
    AuthPublishError,
    CredentialStore,
    HttpSettings,
    PermanentPublishError,
    RetryablePublishError,
    account_name,
    create_publisher,
    validate_feed,
)
from jdih_desktop.publishing.webdav import WebDavPublisher
from tests.publishing.servers.fixtures import ItemFactory
from tests.publishing.servers.webdav import DEFAULT_USER, WebDavServer

Profile = dict[str, Any]


def publisher(
    profile: Profile, credentials: CredentialStore, http: HttpSettings
) -> WebDavPublisher:
    result = create_publisher(profile, credentials, http=http)
    assert isinstance(result, WebDavPublisher)
    return result


def public_feed(server: WebDavServer) -> list[Any]:
    answer = httpx.get(f"{server.public_url}/feed/document.json", trust_env=False)
    answer.raise_for_status()
    feed: list[Any] = answer.json()
    return feed


def test_publish_uploads_files_page_and_feed(
    webdav_server: WebDavServer,
    webdav_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    item = make_item()
    pub = publisher(webdav_profile, credentials, http_settings)
    pub.check()
    result = pub.publish(item)

    root = webdav_server.root
    assert (root / "common/dokumen" / result.file_names[MAIN]).read_bytes() == (
        item.main_pdf.read_bytes()
    )
    assert (root / "common/dokumen" / result.file_names[ABSTRACT]).exists()
    page = httpx.get(result.public_url or "", trust_env=False)
    assert page.status_code == 200
    assert "Daftar Pemilih Tetap &amp; Rekapitulasi" in page.text
    feed = public_feed(webdav_server)
    validate_feed(feed)
    assert [r["idData"] for r in feed] == [item.document_id]
    assert feed[0]["urlDetailPeraturan"] == result.public_url
    assert feed[0]["urlDownload"] == result.file_urls[MAIN]
    assert [p.sha256 for p in result.verified] == [item.main_sha256, item.abstract_sha256]


def test_feed_is_merged_keeping_other_records(
    webdav_server: WebDavServer,
    webdav_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    (webdav_server.root / "feed").mkdir()
    foreign = {"idData": 41, "judul": "Keputusan lama", "extra": "kept"}
    (webdav_server.root / "feed/document.json").write_text(json.dumps([foreign]))
    pub = publisher(webdav_profile, credentials, http_settings)
    first, second = make_item(), make_item()
    pub.publish(first)
    pub.publish(second)
    pub.publish(first)  # again: replaced in place, not duplicated
    feed = public_feed(webdav_server)
    assert feed[0] == foreign
    assert [r["idData"] for r in feed[1:]] == [first.document_id, second.document_id]


def test_concurrent_feed_writer_is_not_overwritten(
    webdav_server: WebDavServer,
    webdav_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    pub = publisher(webdav_profile, credentials, http_settings)
    pub.publish(make_item())
    other_pc = {"idData": "from-other-pc", "judul": "Ditulis PC lain saat itu juga"}

    def other_writer() -> None:
        path = webdav_server.root / "feed/document.json"
        path.write_text(json.dumps([*json.loads(path.read_text()), other_pc], indent=4))

    # Between our read and our write of the feed, another PC writes it.
    webdav_server.add_dav_fault("PUT", "/feed/document.json", "before", hook=other_writer)
    item = make_item()
    pub.publish(item)
    ids = [r["idData"] for r in public_feed(webdav_server)]
    assert "from-other-pc" in ids and item.document_id in ids
    assert webdav_server.dav_requests.count(("PUT", "/feed/document.json")) == 3


def test_find_existing_and_withdraw(
    webdav_server: WebDavServer,
    webdav_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    pub = publisher(webdav_profile, credentials, http_settings)
    item = make_item()
    assert pub.find_existing(item) is None
    result = pub.publish(item)
    found = pub.find_existing(item)
    assert found is not None
    assert (found.remote_id, found.file_urls) == (result.remote_id, result.file_urls)
    pub.withdraw(result.remote_id)
    assert public_feed(webdav_server) == []
    assert not (webdav_server.root / "common/dokumen" / result.file_names[MAIN]).exists()
    assert httpx.get(result.public_url or "", trust_env=False).status_code == 404
    pub.withdraw(result.remote_id)  # already gone: fine


def test_server_error_is_retryable_and_wrong_password_is_auth(
    webdav_server: WebDavServer,
    webdav_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    webdav_server.add_dav_fault("PUT", "/common/dokumen/", "status", status=500)
    pub = publisher(webdav_profile, credentials, http_settings)
    with pytest.raises(RetryablePublishError):
        pub.publish(make_item())
    credentials.set_secret(account_name("webdav", webdav_server.dav_url, DEFAULT_USER), "nope")
    with pytest.raises(AuthPublishError) as caught:
        pub.publish(make_item())
    assert "nope" not in str(caught.value)


def test_corrupt_feed_is_never_overwritten(
    webdav_server: WebDavServer,
    webdav_profile: Profile,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    (webdav_server.root / "feed").mkdir()
    (webdav_server.root / "feed/document.json").write_text('{"half": ')
    with pytest.raises(PermanentPublishError):
        publisher(webdav_profile, credentials, http_settings).publish(make_item())
    assert (webdav_server.root / "feed/document.json").read_text() == '{"half": '
