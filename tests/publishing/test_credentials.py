"""Secrets live only in the keyring: never in settings, logs or error messages."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from keyring.backends import fail

from jdih_desktop.domain.messages import set_language
from jdih_desktop.publishing import (
    AuthPublishError,
    CredentialStore,
    HttpSettings,
    PermanentPublishError,
    PublisherConfigError,
    PublishError,
    account_name,
    create_publisher,
    required_secrets,
)
from tests.publishing.servers.api import ApiServer
from tests.publishing.servers.fixtures import ItemFactory
from tests.publishing.servers.ildis import IldisServer
from tests.publishing.servers.keyrings import MemoryKeyring
from tests.publishing.servers.webdav import DEFAULT_USER, WebDavServer

SECRET = "Rahasia-Sangat-Unik-7312"


def test_store_get_and_delete(credentials: CredentialStore, memory_keyring: MemoryKeyring) -> None:
    account = account_name("ildis", "https://jdih.example.go.id/", "operator")
    assert account == "ildis:https://jdih.example.go.id:operator"
    assert not credentials.has_secret(account)
    with pytest.raises(AuthPublishError) as caught:
        credentials.get_secret(account)
    assert account in str(caught.value) and "Pengaturan" in str(caught.value)
    credentials.set_secret(account, SECRET)
    assert credentials.get_secret(account) == SECRET
    assert memory_keyring.values == {("jdih-desktop", account): SECRET}
    credentials.delete_secret(account)
    assert memory_keyring.values == {}
    with pytest.raises(PermanentPublishError):
        credentials.set_secret(account, "")


def test_rejected_password_is_remembered_only_as_a_fingerprint(
    credentials: CredentialStore, memory_keyring: MemoryKeyring
) -> None:
    account = "ildis:https://jdih.example.go.id:operator"
    credentials.set_secret(account, SECRET)
    credentials.mark_rejected(account, SECRET)
    with pytest.raises(AuthPublishError):
        credentials.login_secret(account)
    fingerprint = memory_keyring.values[("jdih-desktop", account + "#rejected")]
    assert SECRET not in fingerprint
    credentials.set_secret(account, SECRET + "-baru")
    assert credentials.login_secret(account) == SECRET + "-baru"


def test_no_usable_keyring_is_a_clear_error() -> None:
    store = CredentialStore(fail.Keyring())
    with pytest.raises(PermanentPublishError) as caught:
        store.set_secret("api:https://jdih.example.go.id", SECRET)
    assert "Tidak ada keyring sistem" in str(caught.value)
    assert "JDIH_KEYRING=encrypted-file" in str(caught.value)  # the way out is named
    assert SECRET not in repr(caught.value.__dict__)
    assert caught.value.__cause__ is None  # the backend's own text is not passed on


def test_encrypted_file_keyring_when_chosen_explicitly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A Linux PC without a keyring service: the office chose the encrypted file."""
    path = tmp_path / "keyring.cfg"
    monkeypatch.setenv("JDIH_KEYRING", "encrypted-file")
    monkeypatch.setenv("JDIH_KEYRING_FILE", str(path))
    monkeypatch.setenv("JDIH_KEYRING_PASSPHRASE", "frasa-kantor")
    account = "ildis:https://jdih.example.go.id:operator"
    CredentialStore().set_secret(account, SECRET)
    assert CredentialStore().get_secret(account) == SECRET
    assert SECRET not in path.read_text(encoding="utf-8")  # never in plain text
    # Another passphrase cannot read it.
    monkeypatch.setenv("JDIH_KEYRING_FILE", str(path))
    monkeypatch.setenv("JDIH_KEYRING_PASSPHRASE", "salah")
    from jdih_desktop.publishing import keyring_file

    keyring_file._encrypted_file.cache_clear()
    with pytest.raises(PublisherConfigError) as caught:
        CredentialStore().get_secret(account)
    assert "JDIH_KEYRING_PASSPHRASE" in str(caught.value)
    keyring_file._encrypted_file.cache_clear()


def test_an_unknown_keyring_choice_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("JDIH_KEYRING", "plaintext")
    with pytest.raises(PublisherConfigError) as caught:
        CredentialStore().get_secret("api:https://jdih.example.go.id")
    assert "encrypted-file" in str(caught.value)


def test_settings_refuse_secrets() -> None:
    with pytest.raises(PublisherConfigError) as caught:
        create_publisher(
            {"kind": "api", "base_url": "https://jdih.example.go.id", "token": SECRET},
            CredentialStore(MemoryKeyring()),
        )
    assert SECRET not in str(caught.value)
    with pytest.raises(PublisherConfigError):
        required_secrets({"kind": "ildis", "base_url": "https://u:p@jdih.example.go.id",
                          "username": "operator"})


def _all_text(error: BaseException) -> str:
    """Everything an error could show or log: both languages, repr, args, params, chain."""
    parts = []
    current: BaseException | None = error
    while current is not None:
        parts += [str(current), repr(current), repr(current.args)]
        if isinstance(current, PublishError):
            for language in ("id", "en"):
                parts.append(current.message.render(language))
            parts.append(repr(current.message.params))
        current = current.__cause__ or current.__context__
    return "\n".join(parts)


def test_secrets_never_reach_logs_or_errors(
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
    credentials: CredentialStore,
    http_settings: HttpSettings,
    make_item: ItemFactory,
) -> None:
    caplog.set_level(logging.DEBUG)  # httpx and httpcore included
    errors: list[BaseException] = []
    successes = 0
    with IldisServer(users={"operator": (SECRET, "operator")}) as ildis, ApiServer(
        token=SECRET
    ) as api, WebDavServer(
        tmp_path, password=SECRET
    ) as dav:
        ildis_profile: dict[str, Any] = {
            "kind": "ildis", "base_url": ildis.url, "username": "operator",
            "default_jenis_id": 19,
        }
        api_profile = {"kind": "api", "base_url": api.url}
        dav_profile = {"kind": "webdav", "dav_url": dav.dav_url,
                       "site_base_url": dav.public.url, "username": DEFAULT_USER}
        accounts = [
            account_name("ildis", ildis.url, "operator"),
            account_name("api", api.url),
            account_name("webdav", dav.dav_url, DEFAULT_USER),
        ]
        profiles = [ildis_profile, api_profile, dav_profile]
        # The right secret: publishing works and logs what it did.
        for account, profile in zip(accounts, profiles, strict=True):
            credentials.set_secret(account, SECRET)
            create_publisher(profile, credentials, http=http_settings).publish(make_item())
            successes += 1
        # A server failure, then a wrong secret (the wrong one is a variant of the right one).
        ildis.add_fault("POST", "/backend/peraturan/create", "status", status=500)
        api.add_fault("POST", "/api/documents", "status", status=500)
        dav.add_dav_fault("PUT", "/common/", "status", status=500)
        for account, profile in zip(accounts, profiles, strict=True):
            for secret in (SECRET, SECRET + "x"):
                credentials.set_secret(account, secret)
                # A publisher per attempt, as the outbox makes them (ILDIS keeps its session).
                publisher = create_publisher(profile, credentials, http=http_settings)
                try:
                    publisher.publish(make_item())
                except PublishError as exc:
                    errors.append(exc)
        set_language("en")
        english = [str(e) for e in errors]
    assert successes == 3
    assert len(errors) == 6
    assert all(isinstance(e, AuthPublishError) for e in errors[1::2])
    everything = caplog.text + "\n".join(_all_text(e) for e in errors) + "\n".join(english)
    # The logs are there (ours, httpx's, httpcore's), only without secrets.
    assert "Logged in to" in caplog.text
    assert "HTTP Request: POST" in caplog.text
    assert "send_request_body" in caplog.text
    assert SECRET not in everything
    assert SECRET.lower() not in everything.lower()
