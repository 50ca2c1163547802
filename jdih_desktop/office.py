"""The office profile and the reference data a new office starts with.

The configuration file seeds the profile on first run; after that the database row is the
shared truth (several PCs may use one database), edited in Pengaturan.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from jdih_desktop.accounts.permissions import require
from jdih_desktop.config import OfficeConfig
from jdih_desktop.db import audit
from jdih_desktop.db.engine import Database
from jdih_desktop.db.models import DocumentType, OfficeProfile, StoredFile
from jdih_desktop.db.types import utcnow
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.permissions import Action
from jdih_desktop.errors import OfficeNotSetError, ValidationError
from jdih_desktop.storage.filestore import FileStore

# (name, abbreviation, ILDIS jenis id): the types a KPU regency office publishes or cites.
DEFAULT_DOCUMENT_TYPES = (
    ("Keputusan Komisi Pemilihan Umum Kabupaten", "KEP KPU KAB", 19),
    ("Peraturan Komisi Pemilihan Umum", "PKPU", 17),
    ("Keputusan Komisi Pemilihan Umum", "KEP KPU", 17),
    ("Keputusan Komisi Pemilihan Umum Provinsi", "KEP KPU PROV", 19),
)


@dataclass(frozen=True)
class OfficeInfo:
    name: str
    short_name: str
    teu_badan: str
    regency_code: str
    province: str
    city: str
    address: str
    phone: str
    email: str
    website: str
    timezone: str

    @property
    def is_set(self) -> bool:
        """True once the office has a name (the first-run setup, Pengaturan or ``jdih office
        set``); a new data folder names none, never the demo office."""
        return bool(self.name.strip())


def office_not_set_error() -> OfficeNotSetError:
    """What a letterhead, a sheet or a report says while the office names nobody: where to
    fill it in, in the window and on the command line."""
    return OfficeNotSetError(
        msg(
            "Profil kantor belum diisi, jadi kop surat tidak dapat dicetak. Isi nama kantor di "
            "Pengaturan → Profil kantor, atau jalankan: jdih office set --by ADMIN --name "
            "\"Komisi Pemilihan Umum Kabupaten …\"",
            "The office profile is not filled in yet, so no letterhead can be printed. Enter "
            "the office name in Settings → Office profile, or run: jdih office set --by ADMIN "
            "--name \"Komisi Pemilihan Umum Kabupaten …\"",
        )
    )


def _profile_values(office: OfficeConfig) -> dict[str, str]:
    """The profile's fields from a configuration's ``[office]`` (the zone is its own key)."""
    return {f.name: getattr(office, f.name) for f in fields(OfficeInfo) if f.name != "timezone"}


class OfficeService:
    def __init__(
        self, db: Database, now: Callable[[], datetime] = utcnow, files: FileStore | None = None
    ) -> None:
        self._db = db
        self._now = now
        self._files = files  # where the logo is stored (needed for the logo only)

    def seed(self, office: OfficeConfig, timezone: str) -> bool:
        """Create the profile and default document types when missing; True if it seeded.

        A profile that still names no office takes a configuration that names one (the
        ``[office]`` section of ``config.toml`` written after the folder was first opened)."""
        with self._db.read() as session:
            exists = session.get(OfficeProfile, 1) is not None
        if exists:
            return bool(office.name.strip()) and self.adopt_if_unset(office)
        with self._db.write() as session:
            if session.get(OfficeProfile, 1) is not None:
                return False
            values = _profile_values(office)
            session.add(OfficeProfile(id=1, timezone=timezone, updated_at=self._now(), **values))
            existing = set(session.scalars(select(DocumentType.name)))
            for name, abbreviation, ildis_id in DEFAULT_DOCUMENT_TYPES:
                if name not in existing:
                    session.add(
                        DocumentType(name=name, abbreviation=abbreviation, ildis_id=ildis_id)
                    )
            audit.record(session, SYSTEM, "office.seed", "office", 1, at=self._now(), after=values)
            return True

    def adopt_if_unset(self, office: OfficeConfig) -> bool:
        """Give a profile that names no office yet the values of ``office`` (the demo office of
        ``--demo``); True if it did. An office that has a name keeps it."""
        with self._db.write() as session:
            row = session.get(OfficeProfile, 1)
            if row is None or row.name.strip():
                return False
            values = _profile_values(office)
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = self._now()
            audit.record(session, SYSTEM, "office.seed", "office", 1, at=self._now(), after=values)
            return True

    def profile(self) -> OfficeInfo:
        with self._db.read() as session:
            row = session.get(OfficeProfile, 1)
            assert row is not None, "the office profile is seeded at start"
            return OfficeInfo(**{f.name: getattr(row, f.name) for f in fields(OfficeInfo)})

    def named_profile(self) -> OfficeInfo:
        """The profile of an office that has a name; :class:`OfficeNotSetError` (saying where
        to fill it in) while it has none, so no sheet prints a blank or foreign letterhead."""
        info = self.profile()
        if not info.is_set:
            raise office_not_set_error()
        return info

    def update_profile(self, actor: Actor, info: OfficeInfo) -> OfficeInfo:
        """Replace the profile (Pengaturan → Profil kantor); Administrator only, audited."""
        require(actor, Action.SETTINGS_EDIT)
        if not info.name.strip():
            raise ValidationError(
                msg("Nama kantor wajib diisi.", "The office name is required.")
            )
        values = {f.name: str(getattr(info, f.name)).strip() for f in fields(OfficeInfo)}
        with self._db.write() as session:
            row = session.get(OfficeProfile, 1)
            assert row is not None, "the office profile is seeded at start"
            before = {name: getattr(row, name) for name in values}
            for name, value in values.items():
                setattr(row, name, value)
            row.updated_at = self._now()
            changed = {k: v for k, v in values.items() if before[k] != v}
            if changed:
                audit.record(
                    session, actor, "office.update", "office", 1, at=self._now(),
                    before={k: before[k] for k in changed}, after=changed,
                )
        return self.profile()

    def logo_sha256(self) -> str | None:
        with self._db.read() as session:
            row = session.get(OfficeProfile, 1)
            return row.logo_sha256 if row else None

    def _logo_files(self) -> FileStore:
        if self._files is None:
            raise RuntimeError("OfficeService was built without a file store")
        return self._files

    def logo_path(self) -> Path | None:
        """The office's own logo file, or None (the packaged logo applies)."""
        sha = self.logo_sha256()
        files = self._logo_files()
        return files.path_for(sha) if sha and files.exists(sha) else None

    def set_logo(self, actor: Actor, data: bytes | None, media_type: str) -> None:
        """Store ``data`` as the letterhead logo (``None`` returns to the default logo)."""
        require(actor, Action.SETTINGS_EDIT)
        blob = self._logo_files().put_bytes(data) if data else None
        with self._db.write() as session:
            row = session.get(OfficeProfile, 1)
            assert row is not None, "the office profile is seeded at start"
            if blob is not None and session.get(StoredFile, blob.sha256) is None:
                session.add(
                    StoredFile(
                        sha256=blob.sha256, size=blob.size, media_type=media_type,
                        created_at=self._now(),
                    )
                )
                session.flush()
            before = row.logo_sha256
            row.logo_sha256 = blob.sha256 if blob else None
            row.updated_at = self._now()
            audit.record(
                session, actor, "office.logo", "office", 1, at=self._now(),
                before={"logo_sha256": before}, after={"logo_sha256": row.logo_sha256},
            )
