"""Build the office's publisher from its settings (a plain dict, e.g. a TOML table).

One profile per office, ``kind`` choosing the adapter; secrets are never part of it::

    {"kind": "export", "target_dir": "E:/JDIH", "site_base_url": "https://jdih.example.go.id"}
    {"kind": "ildis", "base_url": "https://jdih.example.go.id", "username": "operator",
     "verifier_username": "verifikator", "max_upload_bytes": 2097152, "default_jenis_id": 19}
    {"kind": "api", "base_url": "https://jdih.example.go.id"}
    {"kind": "webdav", "dav_url": "https://host/dav/jdih", "site_base_url": "https://jdih…",
     "username": "jdih", "auth": "basic"}

Each may add ``"http": {"connect_timeout": 10, "read_timeout": 60, "write_timeout": 120,
"ca_bundle": "C:/kantor/ca.pem", "proxy": "http://proxy.kantor:3128"}``. The passwords or
token go to the keyring under the accounts :func:`required_secrets` names.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from jdih_desktop.domain.messages import Msg, msg
from jdih_desktop.publishing.api import ApiConfig, ApiPublisher
from jdih_desktop.publishing.base import Publisher
from jdih_desktop.publishing.credentials import CredentialStore
from jdih_desktop.publishing.errors import PublisherConfigError
from jdih_desktop.publishing.export import ExportConfig, ExportPublisher
from jdih_desktop.publishing.http import HttpSettings
from jdih_desktop.publishing.ildis import IldisConfig, IldisPublisher
from jdih_desktop.publishing.webdav import WebDavConfig, WebDavPublisher

KINDS: dict[str, frozenset[str]] = {
    "export": frozenset({"target_dir", "site_base_url"}),
    "ildis": frozenset(
        {"base_url", "username", "verifier_username", "backend_url", "max_upload_bytes",
         "default_jenis_id", "teu_tipe", "teu_jenis", "subyek_tipe"}
    ),
    "api": frozenset({"base_url"}),
    "webdav": frozenset({"dav_url", "site_base_url", "username", "auth"}),
}
_SECRET_WORDS = ("password", "passwd", "secret", "token", "sandi")


@dataclass(frozen=True)
class SecretSpec:
    """A secret the Settings dialog must ask for and store under ``account``."""

    account: str
    label: Msg


def _check_keys(profile: Mapping[str, Any]) -> tuple[str, dict[str, Any]]:
    kind = str(profile.get("kind", "export"))
    if kind not in KINDS:
        raise PublisherConfigError(
            msg(
                "Jenis penerbit {kind} tidak dikenal (pilihan: {kinds}).",
                "Unknown publisher kind {kind} (choices: {kinds}).",
                kind=kind,
                kinds=", ".join(KINDS),
            )
        )
    options = {k: v for k, v in profile.items() if k not in ("kind", "http")}
    secret_keys = [k for k in options if any(word in k.lower() for word in _SECRET_WORDS)]
    if secret_keys:
        raise PublisherConfigError(
            msg(
                "Pengaturan penerbit tidak boleh berisi kata sandi atau token ({keys}); "
                "simpan di keyring melalui Pengaturan.",
                "Publisher settings must not contain passwords or tokens ({keys}); store them "
                "in the keyring through Settings.",
                keys=", ".join(sorted(secret_keys)),
            )
        )
    unknown = sorted(set(options) - KINDS[kind])
    if unknown:
        raise PublisherConfigError(
            msg(
                "Pengaturan penerbit {kind}: kunci tidak dikenal {keys}.",
                "Publisher settings for {kind}: unknown keys {keys}.",
                kind=kind,
                keys=", ".join(unknown),
            )
        )
    return kind, options


def create_publisher(
    profile: Mapping[str, Any], credentials: CredentialStore, *, http: HttpSettings | None = None
) -> Publisher:
    """The adapter for ``profile``; ``http`` overrides the profile's own ``http`` table."""
    kind, options = _check_keys(profile)
    settings = http or HttpSettings.from_dict(profile.get("http"))
    try:
        if kind == "export":
            return ExportPublisher(ExportConfig.from_dict(options), settings)
        if kind == "ildis":
            return IldisPublisher(IldisConfig.from_dict(options), credentials, settings)
        if kind == "api":
            return ApiPublisher(ApiConfig.from_dict(options), credentials, settings)
        return WebDavPublisher(WebDavConfig.from_dict(options), credentials, settings)
    except (TypeError, ValueError) as exc:
        raise PublisherConfigError(
            msg(
                "Pengaturan penerbit {kind} tidak sah: {detail}.",
                "Invalid publisher settings for {kind}: {detail}.",
                kind=kind,
                detail=str(exc),
            )
        ) from exc


def required_secrets(profile: Mapping[str, Any]) -> list[SecretSpec]:
    """The keyring accounts the profile needs, with a label for each password field."""
    kind, options = _check_keys(profile)
    if kind == "ildis":
        config = IldisConfig.from_dict(options)
        specs = [
            SecretSpec(
                config.operator_account,
                msg("Kata sandi operator ILDIS", "ILDIS operator password"),
            )
        ]
        if config.verifier_username:
            specs.append(
                SecretSpec(
                    config.verifier_account,
                    msg("Kata sandi verifikator ILDIS", "ILDIS verifier password"),
                )
            )
        return specs
    if kind == "api":
        account = ApiConfig.from_dict(options).token_account
        return [SecretSpec(account, msg("Token API", "API token"))]
    if kind == "webdav":
        account = WebDavConfig.from_dict(options).account
        return [SecretSpec(account, msg("Kata sandi WebDAV", "WebDAV password"))]
    return []
