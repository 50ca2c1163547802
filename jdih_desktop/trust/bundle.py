"""The backup file: one ZIP with the database snapshot, the stored files, the configuration, and a
manifest of every member's SHA-256.

A ZIP opens on any office PC (Windows Explorer included), and streaming members in and out keeps
memory flat however large the file store is. Reading refuses anything a backup never contains:
an unexpected member name (e.g. ``../../x``), a member missing from the manifest, or bytes that
do not match their hash.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from jdih_desktop.domain.messages import msg
from jdih_desktop.errors import JdihError
from jdih_desktop.storage.filestore import CHUNK

FORMAT = "jdih-desktop-backup"
VERSION = 1
MANIFEST = "manifest.json"
CONFIG_MEMBER = "config/config.toml"
SQLITE_MEMBER = "database/jdih.sqlite3"
PG_MEMBER = "database/jdih.pgdump"
_FILE_MEMBER = re.compile(r"^files/([0-9a-f]{2})/([0-9a-f]{2})/([0-9a-f]{64})$")
#: The office's trusted CA certificates (``<data>/trust_roots/*.pem``): without them a restored
#: office would call every signed decree "untrusted".
TRUST_ROOT_DIR = "trust_roots"
_TRUST_ROOT_MEMBER = re.compile(r"^trust_roots/[A-Za-z0-9][A-Za-z0-9._-]{0,127}\.pem$")
_EPOCH = (2000, 1, 1, 0, 0, 0)


class BackupError(JdihError):
    """A backup could not be made, or a backup file is damaged, foreign or unsafe."""


def file_member(sha256: str) -> str:
    return f"files/{sha256[:2]}/{sha256[2:4]}/{sha256}"


def sha_of_member(name: str) -> str | None:
    """The SHA-256 a ``files/…`` member is named after, or None for any other member."""
    match = _FILE_MEMBER.match(name)
    if match is None:
        return None
    first, second, sha = match.groups()
    return sha if sha.startswith(first + second) else None


def is_trust_root_member(name: str) -> bool:
    return _TRUST_ROOT_MEMBER.match(name) is not None


def _allowed(name: str) -> bool:
    fixed = (MANIFEST, CONFIG_MEMBER, SQLITE_MEMBER, PG_MEMBER)
    return name in fixed or sha_of_member(name) is not None or is_trust_root_member(name)


@dataclass(frozen=True)
class Manifest:
    created_at: str
    app_version: str
    schema_revision: str
    engine: str  # sqlite | postgresql
    members: dict[str, dict[str, Any]]  # name -> {"sha256", "size"}
    # The newest audit event in the backup: `jdih verify` checks the live log still holds it,
    # which a hash chain alone cannot tell (deleting the newest rows leaves a valid chain).
    audit_head: dict[str, Any] | None = None
    # Stored files the backup could not copy intact: sha256 -> "missing" | "damaged". A damaged
    # file's bytes are kept (under its name, as found) but never restored as if they were good.
    lacking: dict[str, str] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return not self.lacking

    def to_json(self) -> bytes:
        return json.dumps(
            {
                "format": FORMAT,
                "version": VERSION,
                "created_at": self.created_at,
                "app_version": self.app_version,
                "schema_revision": self.schema_revision,
                "engine": self.engine,
                "members": self.members,
                "audit_head": self.audit_head,
                "lacking": self.lacking,
            },
            indent=1,
            sort_keys=True,
        ).encode()

    @property
    def database_member(self) -> str:
        return SQLITE_MEMBER if self.engine == "sqlite" else PG_MEMBER

    @property
    def file_count(self) -> int:
        return sum(1 for name in self.members if name.startswith("files/"))


class BundleWriter:
    """Adds members to an open ZIP, hashing each as it streams through."""

    def __init__(self, handle: IO[bytes]) -> None:
        self._zip = zipfile.ZipFile(handle, "w", allowZip64=True)
        self.members: dict[str, dict[str, Any]] = {}

    def add_file(self, name: str, source: Path, *, compress: bool) -> str:
        """Copy ``source`` in as ``name``, streaming; returns the SHA-256 of what was copied."""
        info = zipfile.ZipInfo(name, date_time=_EPOCH)
        info.compress_type = zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
        digest = hashlib.sha256()
        size = 0
        with source.open("rb") as src, self._zip.open(info, "w", force_zip64=True) as dst:
            for chunk in iter(lambda: src.read(CHUNK), b""):
                digest.update(chunk)
                size += len(chunk)
                dst.write(chunk)
        sha = digest.hexdigest()
        self.members[name] = {"sha256": sha, "size": size}
        return sha

    def abandon(self) -> None:
        """Close the ZIP after a failure (the caller throws the half-written file away)."""
        with contextlib.suppress(Exception):
            self._zip.close()

    def finish(self, manifest: Manifest) -> None:
        info = zipfile.ZipInfo(MANIFEST, date_time=_EPOCH)
        info.compress_type = zipfile.ZIP_DEFLATED
        self._zip.writestr(info, manifest.to_json())
        self._zip.close()


def _audit_head(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    head = {"id": int(value["id"]), "hash": str(value["hash"])}
    if "count" in value:  # backups made before the chain was anchored have no count
        head["count"] = int(value["count"])
    return head


def _foreign(path: Path, why: str) -> BackupError:
    return BackupError(
        msg(
            "{path} bukan cadangan JDIH Desktop yang utuh: {why}. Tidak ada yang diubah.",
            "{path} is not an intact JDIH Desktop backup: {why}. Nothing was changed.",
            path=str(path),
            why=why,
        )
    )


class BundleReader:
    """Opens a backup, checks its manifest and member names; :meth:`verify` checks every hash."""

    def __init__(self, path: Path) -> None:
        self.path = path
        if not path.is_file():
            raise BackupError(
                msg("Berkas {path} tidak ada.", "The file {path} does not exist.", path=str(path))
            )
        try:
            self._zip = zipfile.ZipFile(path)
        except (zipfile.BadZipFile, OSError) as exc:
            raise _foreign(path, type(exc).__name__) from exc
        try:
            self.manifest = self._read_manifest()
            self._check_names()
        except BaseException:
            self._zip.close()
            raise

    def _read_manifest(self) -> Manifest:
        try:
            raw = json.loads(self._zip.read(MANIFEST))
        except (zipfile.BadZipFile, KeyError, ValueError, OSError) as exc:
            raise _foreign(self.path, "manifest") from exc
        if not isinstance(raw, dict) or raw.get("format") != FORMAT:
            raise _foreign(self.path, "manifest")
        if raw.get("version") != VERSION:
            raise _foreign(self.path, f"version {raw.get('version')!r}")
        try:
            return Manifest(
                created_at=str(raw["created_at"]),
                app_version=str(raw["app_version"]),
                schema_revision=str(raw["schema_revision"]),
                engine=str(raw["engine"]),
                members={str(k): dict(v) for k, v in raw["members"].items()},
                audit_head=_audit_head(raw.get("audit_head")),
                lacking={str(k): str(v) for k, v in (raw.get("lacking") or {}).items()},
            )
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise _foreign(self.path, "manifest") from exc

    def _check_names(self) -> None:
        names = [i.filename for i in self._zip.infolist()]
        for name in names:
            if not _allowed(name):
                raise _foreign(self.path, f"unexpected member {name[:80]!r}")
        listed = set(self.manifest.members)
        if listed != set(names) - {MANIFEST} or len(names) != len(set(names)):
            raise _foreign(self.path, "members do not match the manifest")
        if self.manifest.engine not in ("sqlite", "postgresql"):
            raise _foreign(self.path, f"engine {self.manifest.engine!r}")
        if self.manifest.database_member not in listed:
            raise _foreign(self.path, "no database")

    def close(self) -> None:
        self._zip.close()

    def __enter__(self) -> BundleReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def names(self) -> list[str]:
        return sorted(self.manifest.members)

    def chunks(self, name: str) -> Iterator[bytes]:
        with self._zip.open(name) as handle:
            yield from iter(lambda: handle.read(CHUNK), b"")

    def verify(self) -> int:
        """Hash every member against the manifest (and files against their names); bytes read."""
        total = 0
        for name in self.names():
            expected = self.manifest.members[name]
            digest = hashlib.sha256()
            size = 0
            try:
                for chunk in self.chunks(name):
                    digest.update(chunk)
                    size += len(chunk)
            except (zipfile.BadZipFile, OSError, EOFError) as exc:
                raise _foreign(self.path, f"{name}: {type(exc).__name__}") from exc
            sha = digest.hexdigest()
            named = sha_of_member(name)
            if named in self.manifest.lacking:
                named = None  # recorded as damaged when backed up: its bytes are what was found
            if (
                sha != expected.get("sha256")
                or size != expected.get("size")
                or (named is not None and named != sha)
            ):
                raise _foreign(self.path, f"{name} does not match its SHA-256")
            total += size
        return total
