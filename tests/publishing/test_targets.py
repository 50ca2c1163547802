"""Publishing targets from config.toml: names, the embedded default, no secrets allowed."""

from __future__ import annotations

from pathlib import Path

import pytest

from jdih_desktop.config import AppConfig, load_config, save_config
from jdih_desktop.errors import ConfigError
from jdih_desktop.publishing import CredentialStore, PublisherConfigError
from jdih_desktop.publishing.export import ExportPublisher
from jdih_desktop.publishing.ildis import IldisPublisher
from jdih_desktop.publishing.targets import MAIN_TARGET, Targets


def targets(data_dir: Path, credentials: CredentialStore, **extra: object) -> Targets:
    return Targets(
        "export",
        {},
        extra,
        data_dir=data_dir,
        site_url=lambda: "https://jdih.example.go.id",
        credentials=credentials,
    )


def test_the_embedded_default_is_an_export_folder_in_the_data_dir(
    tmp_path: Path, credentials: CredentialStore
) -> None:
    chosen = targets(tmp_path, credentials)
    assert chosen.names() == [MAIN_TARGET]
    publisher = chosen.publisher(chosen.resolve(None))
    assert isinstance(publisher, ExportPublisher)
    assert publisher.config.target_dir == tmp_path / "ekspor"
    assert (tmp_path / "ekspor").is_dir()
    assert publisher.config.site_base_url == "https://jdih.example.go.id"


def test_named_targets_and_unknown_names(tmp_path: Path, credentials: CredentialStore) -> None:
    site = {"kind": "ildis", "base_url": "https://jdih.example.go.id", "username": "op"}
    chosen = targets(tmp_path, credentials, ildis=site)
    assert chosen.names() == [MAIN_TARGET, "ildis"]
    assert isinstance(chosen.publisher("ildis"), IldisPublisher)
    with pytest.raises(PublisherConfigError, match="ildis"):
        chosen.resolve("situs-lain")


@pytest.mark.parametrize(
    ("table", "key"),
    [
        (
            {"kind": "ildis", "base_url": "https://x", "username": "op", "password": "p"},
            "publishing.targets.cadangan.password",
        ),
        (
            {"kind": "api", "base_url": "https://x", "api_token": "t"},
            "publishing.targets.cadangan.api_token",
        ),
        ({"kind": "ftp"}, "publishing.targets.cadangan.kind"),
    ],
)
def test_config_refuses_secrets_and_unknown_kinds(
    tmp_path: Path, table: dict[str, str], key: str
) -> None:
    config = AppConfig()
    config.publishing.targets = {"cadangan": table}
    path = tmp_path / "config.toml"
    save_config(config, path)
    with pytest.raises(ConfigError) as caught:
        load_config(path)
    assert key in str(caught.value)
    assert "keyring" in str(caught.value) or "webdav" in str(caught.value)
