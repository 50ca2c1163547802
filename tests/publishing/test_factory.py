"""Publisher profiles (the Settings dict), secret accounts, and unique upload names."""

from __future__ import annotations

from typing import Any

import pytest

from jdih_desktop.publishing import (
    ABSTRACT,
    MAIN,
    CredentialStore,
    Publisher,
    PublisherConfigError,
    create_publisher,
    required_secrets,
)
from jdih_desktop.publishing.ildis import IldisPublisher
from jdih_desktop.publishing.naming import remote_file_name
from tests.publishing.servers.fixtures import ItemFactory
from tests.publishing.servers.keyrings import MemoryKeyring

PROFILES: dict[str, dict[str, Any]] = {
    "export": {"kind": "export", "target_dir": "/media/FLASHDISK/JDIH",
               "site_base_url": "https://jdih.kpu.go.id/sulsel/soppeng"},
    "ildis": {"kind": "ildis", "base_url": "https://jdih.example.go.id/", "username": "operator",
              "verifier_username": "verifikator", "max_upload_bytes": 8388608,
              "default_jenis_id": 19, "http": {"read_timeout": 90}},
    "api": {"kind": "api", "base_url": "https://jdih.example.go.id"},
    "webdav": {"kind": "webdav", "dav_url": "https://host.example/dav",
               "site_base_url": "https://jdih.example.go.id", "username": "jdih",
               "auth": "digest"},
}


@pytest.mark.parametrize("kind", sorted(PROFILES))
def test_each_kind_builds_a_publisher(kind: str) -> None:
    publisher = create_publisher(PROFILES[kind], CredentialStore(MemoryKeyring()))
    assert isinstance(publisher, Publisher)
    assert publisher.kind == kind


def test_profile_values_reach_the_adapter() -> None:
    publisher = create_publisher(PROFILES["ildis"], CredentialStore(MemoryKeyring()))
    assert isinstance(publisher, IldisPublisher)
    assert publisher.config.base_url == "https://jdih.example.go.id"
    assert publisher.config.backend_url == "https://jdih.example.go.id/backend"
    assert publisher.config.max_upload_bytes == 8 * 1024 * 1024
    assert publisher.http.read_timeout == 90


def test_required_secrets_name_keyring_accounts() -> None:
    ildis = required_secrets(PROFILES["ildis"])
    assert [spec.account for spec in ildis] == [
        "ildis:https://jdih.example.go.id:operator",
        "ildis:https://jdih.example.go.id:verifikator",
    ]
    assert ildis[0].label.render("en") == "ILDIS operator password"
    assert [s.account for s in required_secrets(PROFILES["api"])] == [
        "api:https://jdih.example.go.id"
    ]
    assert [s.account for s in required_secrets(PROFILES["webdav"])] == [
        "webdav:https://host.example/dav:jdih"
    ]
    assert required_secrets(PROFILES["export"]) == []


@pytest.mark.parametrize(
    "profile",
    [
        {"kind": "ftp"},
        {**PROFILES["ildis"], "base_url_typo": "x"},
        {**PROFILES["ildis"], "password": "x"},
        {**PROFILES["webdav"], "dav_password": "x"},
        {**PROFILES["ildis"], "username": ""},
        {**PROFILES["ildis"], "max_upload_bytes": "dua"},
        {**PROFILES["webdav"], "auth": "ntlm"},
        {**PROFILES["api"], "base_url": "ftp://jdih.example.go.id"},
        {**PROFILES["export"], "site_base_url": ""},
        {**PROFILES["api"], "http": {"proxy": "http://u:p@proxy:3128"}},
    ],
)
def test_bad_profiles_are_config_errors(profile: dict[str, Any]) -> None:
    with pytest.raises(PublisherConfigError):
        create_publisher(profile, CredentialStore(MemoryKeyring()))


def test_upload_names_are_unique_stable_and_safe(make_item: ItemFactory) -> None:
    item = make_item(nomor="4/PL.03.4-Kpt/12/Prov/III/2018", singkatan_jenis="KEP KPU PROV")
    name = remote_file_name(item, MAIN)
    assert name == f"KEP-KPU-PROV_4-PL-03-4-Kpt-12-Prov-III-2018_2023_{item.main_sha256[:10]}.pdf"
    assert remote_file_name(item, MAIN) == name
    assert remote_file_name(item, ABSTRACT).endswith("-abstrak.pdf")
    other = make_item(nomor=item.nomor, singkatan_jenis="KEP KPU PROV")
    assert remote_file_name(other, MAIN) != name  # same number, different file
    odd = make_item(nomor="NOMOR 19 TAHUN 2023 ✓", singkatan_jenis="", jenis="Keputusan")
    assert remote_file_name(odd).startswith("Keputusan_NOMOR-19-TAHUN-2023_2023_")
    with pytest.raises(ValueError):
        remote_file_name(make_item(abstract=False), ABSTRACT)
