"""The app's one TOML configuration file: office profile defaults, database URL, paths, scanning.

The file is validated strictly — an unknown key is reported rather than ignored, because a
mistyped key silently falling back to a default is how offices end up publishing under the
wrong name. Every error names the file and the key.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import tomli_w
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from jdih_desktop.domain.messages import LANGUAGES, Msg, msg
from jdih_desktop.errors import ConfigError
from jdih_desktop.storage.atomic import write_bytes_atomic


@dataclass
class GeneralConfig:
    language: str = "id"
    timezone: str = "Asia/Makassar"


@dataclass
class OfficeConfig:
    """Seeds the office profile in the database on first run; the database copy then rules.

    The defaults are an unset office: a new data folder names no office until the first-run
    setup or Pengaturan fills it (a letterhead must never name somebody else's office). The
    demo office is :data:`DEMO_OFFICE`, used only when a demo is asked for (``--demo``).
    """

    name: str = ""
    short_name: str = ""
    teu_badan: str = ""
    regency_code: str = ""
    province: str = ""
    city: str = ""
    address: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    logo: str = ""

    @property
    def is_set(self) -> bool:
        return any(str(value).strip() for value in asdict(self).values())


#: The demo office of ``jdih-desktop --demo`` (``make run``), the screenshots and the tests.
DEMO_OFFICE = OfficeConfig(
    name="Komisi Pemilihan Umum Kabupaten Soppeng",
    short_name="KPU Kabupaten Soppeng",
    teu_badan="Indonesia. Komisi Pemilihan Umum Kabupaten Soppeng",
    regency_code="7312",
    province="Sulawesi Selatan",
    city="Watansoppeng",
    address="Jl. Kayangan No. 5, Watansoppeng, Kabupaten Soppeng, Sulawesi Selatan 90812",
    phone="(0484) 21000",
    email="kab_soppeng@kpu.go.id",
    website="https://jdih.kpu.go.id/sulsel/soppeng",
)


@dataclass
class DatabaseConfig:
    url: str = ""  # empty: SQLite in the data folder


@dataclass
class PathsConfig:
    files: str = ""  # empty: <data>/files
    spool: str = ""  # empty: <data>/spool
    backups: str = ""  # empty: <data>/backups


@dataclass
class ScanningConfig:
    default_device: str = ""
    default_profile: str = "Salinan SK — F4, hitam-putih 300 dpi"
    profiles: list[dict[str, Any]] = field(default_factory=list)


@dataclass
class PublishingConfig:
    """The JDIH site connection (a :mod:`jdih_desktop.publishing.factory` profile without
    ``kind``); passwords and tokens are never here, only in the OS keyring."""

    kind: str = "export"
    options: dict[str, Any] = field(default_factory=dict)
    # More sites by name (``jdih publish --to NAME``), each a full profile with its ``kind``;
    # the one above is named "utama".
    targets: dict[str, Any] = field(default_factory=dict)


@dataclass
class BackupConfig:
    """Daily backups taken when the app starts (``jdih backup --scheduled`` for cron)."""

    enabled: bool = True
    folder: str = ""  # empty: [paths] backups, or <data>/backups
    keep: int = 7  # how many daily backups to keep; older ones are deleted


@dataclass
class AppConfig:
    general: GeneralConfig = field(default_factory=GeneralConfig)
    office: OfficeConfig = field(default_factory=OfficeConfig)
    database: DatabaseConfig = field(default_factory=DatabaseConfig)
    paths: PathsConfig = field(default_factory=PathsConfig)
    scanning: ScanningConfig = field(default_factory=ScanningConfig)
    backup: BackupConfig = field(default_factory=BackupConfig)
    publishing: PublishingConfig = field(default_factory=PublishingConfig)

    def to_toml(self) -> str:
        return tomli_w.dumps(asdict(self))


_SECTIONS: dict[str, type] = {
    "general": GeneralConfig,
    "office": OfficeConfig,
    "database": DatabaseConfig,
    "paths": PathsConfig,
    "scanning": ScanningConfig,
    "backup": BackupConfig,
    "publishing": PublishingConfig,
}


def load_config(path: Path, *, create: bool = True) -> AppConfig:
    """Read and validate ``path``; a missing file gives the defaults (saved if ``create``)."""
    if not path.exists():
        config = AppConfig()
        if create:
            save_config(config, path)
        return config
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(
            msg(
                "Berkas konfigurasi {path} rusak: {detail}. Perbaiki berkas itu atau hapus agar "
                "dibuat ulang dengan nilai bawaan.",
                "The configuration file {path} is malformed: {detail}. Fix it, or delete it to "
                "get the defaults back.",
                path=str(path),
                detail=str(exc),
            )
        ) from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(
            msg(
                "Berkas konfigurasi {path} tidak dapat dibaca: {detail}.",
                "The configuration file {path} cannot be read: {detail}.",
                path=str(path),
                detail=str(exc),
            )
        ) from exc
    config = _from_dict(raw, path)
    validate_config(config, path)
    return config


def save_config(config: AppConfig, path: Path) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_bytes_atomic(path, config.to_toml().encode("utf-8"))
    except OSError as exc:
        raise ConfigError(
            msg(
                "Berkas konfigurasi {path} tidak dapat ditulis: {detail}.",
                "The configuration file {path} cannot be written: {detail}.",
                path=str(path),
                detail=exc.strerror or str(exc),
            )
        ) from exc


def _bad_key(path: Path, key: str, problem_id: str, problem_en: str) -> ConfigError:
    """An error naming the file and the key, so the clerk knows exactly what to edit."""
    return ConfigError(
        Msg(
            f"Berkas konfigurasi {path}, kunci {key}: {problem_id}",
            f"Configuration file {path}, key {key}: {problem_en}",
        )
    )


def _from_dict(raw: dict[str, Any], path: Path) -> AppConfig:
    config = AppConfig()
    for section, values in raw.items():
        section_type = _SECTIONS.get(section)
        if section_type is None:
            raise _bad_key(path, f"[{section}]", "bagian tidak dikenal.", "unknown section.")
        if not isinstance(values, dict):
            raise _bad_key(path, f"[{section}]", "harus berupa tabel.", "must be a table.")
        known = {f.name: f for f in fields(section_type)}
        target = getattr(config, section)
        for key, value in values.items():
            if key not in known:
                raise _bad_key(
                    path, f"{section}.{key}", "kunci tidak dikenal.", "unknown key."
                )
            expected = type(getattr(target, key))
            if not isinstance(value, expected):
                raise _bad_key(
                    path,
                    f"{section}.{key}",
                    f"harus bertipe {expected.__name__}, bukan {type(value).__name__}.",
                    f"must be a {expected.__name__}, not a {type(value).__name__}.",
                )
            setattr(target, key, value)
    return config


def validate_config(config: AppConfig, path: Path) -> None:
    """Reject values that would fail later in a less helpful place."""
    if config.general.language not in LANGUAGES:
        raise _bad_key(
            path,
            "general.language",
            f"bahasa harus salah satu dari {', '.join(LANGUAGES)}.",
            f"the language must be one of {', '.join(LANGUAGES)}.",
        )
    try:
        ZoneInfo(config.general.timezone)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise _bad_key(
            path,
            "general.timezone",
            f"zona waktu {config.general.timezone!r} tidak dikenal (contoh: Asia/Makassar).",
            f"unknown time zone {config.general.timezone!r} (e.g. Asia/Makassar).",
        ) from exc
    if config.database.url:
        try:
            url = make_url(config.database.url)
        except ArgumentError as exc:
            raise _bad_key(
                path,
                "database.url",
                "bukan URL basis data yang sah (contoh: postgresql+psycopg://host/jdih).",
                "not a valid database URL (e.g. postgresql+psycopg://host/jdih).",
            ) from exc
        if url.get_backend_name() not in ("sqlite", "postgresql"):
            raise _bad_key(
                path,
                "database.url",
                "hanya SQLite dan PostgreSQL yang didukung.",
                "only SQLite and PostgreSQL are supported.",
            )
        if url.password:
            raise _bad_key(
                path,
                "database.url",
                "jangan simpan kata sandi di konfigurasi; simpan di keyring sistem.",
                "do not keep passwords in the configuration; store them in the OS keyring.",
            )
    if config.backup.keep < 1:
        raise _bad_key(
            path, "backup.keep", "minimal 1 cadangan disimpan.", "keep at least 1 backup."
        )
    _check_publishing(config.publishing, path)
    # An office section is either unset (the first-run setup fills it) or names the office.
    if (config.office.is_set or config.office.name) and not config.office.name.strip():
        raise _bad_key(
            path, "office.name", "nama kantor wajib diisi.", "the office name is required."
        )


_SECRET_WORDS = ("password", "passwd", "secret", "token", "sandi")


def _check_publishing(publishing: PublishingConfig, path: Path) -> None:
    """Targets are tables with a known ``kind``, and never hold a password or token."""
    tables = {"publishing.options": {"kind": publishing.kind, **publishing.options}}
    for name, table in publishing.targets.items():
        if not isinstance(table, dict):
            raise _bad_key(
                path, f"publishing.targets.{name}", "harus berupa tabel.", "must be a table."
            )
        tables[f"publishing.targets.{name}"] = table
    for key, table in tables.items():
        secrets = sorted(k for k in table if any(w in k.lower() for w in _SECRET_WORDS))
        if secrets:
            raise _bad_key(
                path,
                f"{key}.{secrets[0]}",
                "kata sandi dan token hanya disimpan di keyring sistem (Pengaturan → "
                "Penerbitan), tidak di konfigurasi.",
                "passwords and tokens are kept only in the OS keyring (Settings → "
                "Publishing), never in the configuration.",
            )
        if str(table.get("kind", "export")) not in ("export", "ildis", "api", "webdav"):
            raise _bad_key(
                path,
                f"{key}.kind",
                "pilih export, ildis, api atau webdav.",
                "choose export, ildis, api or webdav.",
            )


def config_from_env_override(config: AppConfig) -> AppConfig:
    """``JDIH_DATABASE_URL`` points a run at another database without editing the file."""
    url = os.environ.get("JDIH_DATABASE_URL")
    if url:
        config.database.url = url
    return config
