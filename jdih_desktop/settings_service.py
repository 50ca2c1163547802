"""The settings kept in the configuration file: scanner profiles, backup folder, JDIH site.

The office profile, users and calendar live in the database (their own services); these
belong to one PC's configuration file. Every change is an Administrator's, goes through here
(never by editing ``AppConfig`` from the GUI), is saved atomically and is recorded in the
audit log. Site passwords go to the OS keyring, never to the file.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from jdih_desktop.accounts.permissions import require
from jdih_desktop.config import AppConfig, save_config
from jdih_desktop.db import audit
from jdih_desktop.db.engine import Database
from jdih_desktop.db.types import utcnow
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.permissions import Action
from jdih_desktop.errors import ValidationError
from jdih_desktop.paths import AppPaths
from jdih_desktop.publishing.credentials import CredentialStore
from jdih_desktop.publishing.factory import SecretSpec, create_publisher, required_secrets
from scanner.settings import DEFAULT_PROFILES, ScanProfile, SettingsError


@dataclass(frozen=True)
class ScanningSettings:
    profiles: tuple[ScanProfile, ...]
    default_profile: str
    default_device: str


class SettingsService:
    def __init__(
        self,
        db: Database,
        config: AppConfig,
        paths: AppPaths,
        credentials: CredentialStore | None = None,
        now: Callable[[], datetime] = utcnow,
    ) -> None:
        self._db = db
        self._config = config
        self._paths = paths
        self.credentials = credentials or CredentialStore()
        self._now = now

    # --- scanner profiles -------------------------------------------------------------------

    def scanning(self) -> ScanningSettings:
        """The configured profiles, or the packaged defaults while none are configured."""
        raw = self._config.scanning.profiles
        try:
            profiles = tuple(ScanProfile.from_dict(p) for p in raw) if raw else DEFAULT_PROFILES
        except SettingsError:
            profiles = DEFAULT_PROFILES
        return ScanningSettings(
            profiles, self._config.scanning.default_profile, self._config.scanning.default_device
        )

    def save_scanning(
        self,
        actor: Actor,
        profiles: Iterable[ScanProfile],
        default_profile: str,
        default_device: str = "",
    ) -> None:
        require(actor, Action.SETTINGS_EDIT)
        chosen = list(profiles)
        names = [p.name for p in chosen]
        if not chosen or len(set(names)) != len(names):
            raise ValidationError(
                msg(
                    "Perlu minimal satu profil pemindaian, masing-masing dengan nama berbeda.",
                    "At least one scan profile is needed, each with a different name.",
                )
            )
        scanning = self._config.scanning
        scanning.profiles = [p.to_dict() for p in chosen]
        scanning.default_profile = default_profile if default_profile in names else names[0]
        scanning.default_device = default_device.strip()
        self._save(actor, "settings.scanning", {"profiles": names})

    # --- scheduled backups ------------------------------------------------------------------

    def backup_dir(self) -> Path:
        """Where scheduled backups go (the same rule as the trust service's)."""
        configured = self._config.backup.folder or self._config.paths.backups or "backups"
        return self._paths.data_dir / Path(configured).expanduser()

    def set_backup(self, actor: Actor, folder: str, keep: int, enabled: bool = True) -> Path:
        """Point scheduled backups at ``folder`` (empty: the default) after proving it is
        writable: a backup that fails on the night it is needed is worse than none."""
        require(actor, Action.SETTINGS_EDIT)
        if keep < 1:
            raise ValidationError(msg("Simpan minimal 1 cadangan.", "Keep at least 1 backup."))
        previous = self._config.backup.folder
        self._config.backup.folder = folder.strip()
        path = self.backup_dir()
        try:
            path.mkdir(parents=True, exist_ok=True)
            probe = path / f".jdih-probe-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            self._config.backup.folder = previous
            raise ValidationError(
                msg(
                    "Folder cadangan {path} tidak dapat ditulisi ({detail}).",
                    "The backup folder {path} cannot be written ({detail}).",
                    path=str(path),
                    detail=exc.strerror or str(exc),
                )
            ) from exc
        self._config.backup.keep = keep
        self._config.backup.enabled = enabled
        self._save(
            actor, "settings.backup", {"folder": folder.strip(), "keep": keep, "enabled": enabled}
        )
        return path

    # --- JDIH site connection ---------------------------------------------------------------

    def publishing_profile(self) -> dict[str, Any]:
        """The factory profile: ``{"kind": ..., **options}``."""
        return {"kind": self._config.publishing.kind, **self._config.publishing.options}

    def secrets_needed(self, profile: Mapping[str, Any]) -> list[SecretSpec]:
        return required_secrets(profile)

    def save_publishing(
        self, actor: Actor, profile: Mapping[str, Any], secrets: Mapping[str, str] | None = None
    ) -> None:
        """Validate and save the site profile; store any new secrets (by keyring account)
        in the keyring. An empty secret keeps the one already stored."""
        require(actor, Action.SETTINGS_EDIT)
        cleaned = {k: v for k, v in profile.items() if v not in ("", None)}
        specs = required_secrets(cleaned)  # validates kind and keys; refuses secrets in it
        create_publisher(cleaned, self.credentials)  # validates the values themselves
        wanted = {s.account for s in specs}
        for account, secret in (secrets or {}).items():
            if secret and account in wanted:
                self.credentials.set_secret(account, secret)
        self._config.publishing.kind = str(cleaned["kind"])
        self._config.publishing.options = {k: v for k, v in cleaned.items() if k != "kind"}
        self._save(actor, "settings.publishing", {"kind": cleaned["kind"]})

    def test_connection(self, profile: Mapping[str, Any] | None = None) -> None:
        """Reach the site and log in without changing anything; raises the publisher's
        typed error with a clerk's message when it fails. Slow: call it off the GUI thread."""
        chosen = dict(profile) if profile is not None else self.publishing_profile()
        cleaned = {k: v for k, v in chosen.items() if v not in ("", None)}
        create_publisher(cleaned, self.credentials).check()

    # ---------------------------------------------------------------------------------------

    def _save(self, actor: Actor, action: str, after: Mapping[str, Any]) -> None:
        save_config(self._config, self._paths.config_file)
        with self._db.write() as session:
            audit.record(session, actor, action, "config", "config", at=self._now(), after=after)
