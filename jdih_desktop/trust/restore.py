"""``jdih restore``: a backup back into an empty data folder, every byte checked first.

Nothing is written until every member of the backup matches its SHA-256. A folder that already
holds data is refused; with ``force`` its contents are *moved aside* (never deleted) to a sibling
folder named ``<folder>.before-restore-<time>``, so a restore over the wrong folder is undoable.
"""

from __future__ import annotations

import hashlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from filelock import FileLock, Timeout
from sqlalchemy import create_engine, inspect
from sqlalchemy.engine import URL, make_url

from jdih_desktop.accounts.permissions import require
from jdih_desktop.config import config_from_env_override, load_config
from jdih_desktop.db.engine import sqlite_url
from jdih_desktop.db.migrate import alembic_config
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.messages import msg
from jdih_desktop.domain.permissions import Action
from jdih_desktop.paths import AppPaths
from jdih_desktop.storage.atomic import atomic_writer
from jdih_desktop.trust.backup import pg_args, pg_tool, run_tool
from jdih_desktop.trust.bundle import (
    CONFIG_MEMBER,
    BackupError,
    BundleReader,
    is_trust_root_member,
    sha_of_member,
)


@dataclass(frozen=True)
class RestoreInfo:
    data_dir: Path
    engine: str
    database: str
    files: int
    bytes: int
    moved_aside: tuple[Path, ...]
    lacking: dict[str, str]  # stored files the backup itself lacked (see Manifest.lacking)


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def _occupied(folder: Path) -> bool:
    return folder.is_dir() and any(folder.iterdir())


def _refuse_if_open(data_dir: Path) -> None:
    lock_file = data_dir / "instance.lock"
    if not lock_file.exists():
        return
    lock = FileLock(str(lock_file), timeout=0)
    try:
        lock.acquire()
    except Timeout:
        raise BackupError(
            msg(
                "JDIH Desktop sedang terbuka pada folder {path}; tutup dahulu sebelum memulihkan.",
                "JDIH Desktop is open on the folder {path}; close it before restoring.",
                path=str(data_dir),
            )
        ) from None
    lock.release()


def _aside_name(path: Path, stamp: str) -> Path:
    """``<name>.before-restore-<time>``, numbered when a restore already used that name."""
    candidate = path.with_name(f"{path.name}.before-restore-{stamp}")
    number = 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.name}.before-restore-{stamp}-{number}")
    return candidate


def _move_aside(path: Path, stamp: str) -> Path:
    """Move a folder's contents (or a file) to a new sibling; returns where they went."""
    aside = _aside_name(path, stamp)
    if path.is_file():
        path.rename(aside)
        return aside
    aside.mkdir(parents=True)
    for entry in sorted(path.iterdir()):
        entry.rename(aside / entry.name)
    return aside


def _write_member(reader: BundleReader, name: str, target: Path) -> int:
    """Stream a member to ``target`` atomically, hashing it again on the way."""
    digest = hashlib.sha256()
    size = 0
    with atomic_writer(target) as out:
        for chunk in reader.chunks(name):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
        if digest.hexdigest() != reader.manifest.members[name]["sha256"]:
            raise BackupError(
                msg(
                    "Isi {name} berubah selama pemulihan; ulangi.",
                    "The content of {name} changed while restoring; try again.",
                    name=name,
                )
            )
    return size


def _refuse_newer_schema(revision: str) -> None:
    """A backup from a newer JDIH Desktop would be refused at the first start: say so now,
    before anything is written."""
    if not revision:
        return
    try:
        known = ScriptDirectory.from_config(alembic_config()).get_revision(revision)
    except CommandError:
        known = None
    if known is None:
        raise BackupError(
            msg(
                "Cadangan ini dibuat oleh JDIH Desktop yang lebih baru (skema {rev}); perbarui "
                "aplikasi ini dahulu. Tidak ada yang diubah.",
                "This backup was made by a newer JDIH Desktop (schema {rev}); update this "
                "application first. Nothing was changed.",
                rev=revision,
            )
        )


def _pg_is_empty(url: URL) -> bool:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            return not inspect(connection).get_table_names()
    finally:
        engine.dispose()


@dataclass(frozen=True)
class _Target:
    url: URL
    files_root: Path
    occupied: tuple[Path, ...]  # folders with contents, or files, that a restore would replace
    pg_busy: bool  # the PostgreSQL database already has tables

    @property
    def sqlite_file(self) -> Path | None:
        if self.url.get_backend_name() == "sqlite" and self.url.database:
            return Path(self.url.database)
        return None


def _target(reader: BundleReader, paths: AppPaths) -> _Target:
    """Where the backup goes, by the configuration it carries (``JDIH_DATABASE_URL`` wins)."""
    manifest = reader.manifest
    with tempfile.TemporaryDirectory(prefix="jdih-restore-") as scratch:
        config_path = Path(scratch) / "config.toml"
        if CONFIG_MEMBER in manifest.members:
            _write_member(reader, CONFIG_MEMBER, config_path)
        config = config_from_env_override(load_config(config_path, create=False))
    url = make_url(config.database.url or sqlite_url(paths.database_file))
    if url.get_backend_name() != manifest.engine:
        raise BackupError(
            msg(
                "Cadangan ini berisi basis data {engine}, tetapi konfigurasi menunjuk ke "
                "{url}. Atur JDIH_DATABASE_URL ke basis data {engine} yang kosong.",
                "This backup holds a {engine} database, but the configuration points to "
                "{url}. Set JDIH_DATABASE_URL to an empty {engine} database.",
                engine=manifest.engine,
                url=url.render_as_string(hide_password=True),
            )
        )
    files_root = Path(config.paths.files) if config.paths.files else paths.files_dir
    occupied = [p for p in (paths.data_dir, files_root) if _occupied(p)]
    outside = [paths.config_file]
    if url.get_backend_name() == "sqlite" and url.database:
        outside.append(Path(url.database))
    for path in outside:
        if path.exists() and not path.is_relative_to(paths.data_dir):
            occupied.append(path)
    pg_busy = manifest.engine == "postgresql" and not _pg_is_empty(url)
    return _Target(url, files_root, tuple(occupied), pg_busy)


def _write_all(reader: BundleReader, paths: AppPaths, target: _Target) -> tuple[int, int]:
    """Files first, then the configuration, the database last; (files, bytes) written."""
    manifest = reader.manifest
    paths.data_dir.mkdir(parents=True, exist_ok=True)
    total = count = 0
    for name in reader.names():
        sha = sha_of_member(name)
        if sha is not None and sha not in manifest.lacking:  # never restore damaged bytes
            total += _write_member(reader, name, target.files_root / name.removeprefix("files/"))
            count += 1
    if CONFIG_MEMBER in manifest.members:
        _write_member(reader, CONFIG_MEMBER, paths.config_file)
    for name in reader.names():
        if is_trust_root_member(name):  # the office's CA certificates
            _write_member(reader, name, paths.data_dir / name)
    if target.sqlite_file is not None:
        for suffix in ("-wal", "-shm"):  # a stale journal would be replayed onto the copy
            target.sqlite_file.with_name(target.sqlite_file.name + suffix).unlink(missing_ok=True)
        _write_member(reader, manifest.database_member, target.sqlite_file)
        return count, total
    with tempfile.TemporaryDirectory(prefix="jdih-restore-") as scratch:
        dump = Path(scratch) / "jdih.pgdump"
        _write_member(reader, manifest.database_member, dump)
        args, env = pg_args(target.url)
        command = [pg_tool("pg_restore"), "--no-owner", "--no-privileges", "--exit-on-error"]
        if target.pg_busy:
            command += ["--clean", "--if-exists"]
        run_tool([*command, "--single-transaction", *args, str(dump)], env)
    return count, total


def restore_backup(
    actor: Actor, archive: Path, paths: AppPaths, *, force: bool, now: Callable[[], datetime]
) -> RestoreInfo:
    """Restore ``archive`` into ``paths``; raises :class:`BackupError` and changes nothing when
    the backup is damaged or the target is not empty (without ``force``)."""
    require(actor, Action.RESTORE)
    with BundleReader(archive) as reader:
        reader.verify()
        _refuse_newer_schema(reader.manifest.schema_revision)
        target = _target(reader, paths)
        if (target.occupied or target.pg_busy) and not force:
            where = target.occupied or (target.url.render_as_string(hide_password=True),)
            raise BackupError(
                msg(
                    "Tujuan pemulihan tidak kosong ({what}). Pilih folder kosong dengan "
                    "--data-dir, atau tambahkan --force (isi lama dipindahkan, tidak dihapus).",
                    "The restore target is not empty ({what}). Choose an empty folder with "
                    "--data-dir, or add --force (the old contents are moved aside, not deleted).",
                    what=", ".join(str(p) for p in where),
                )
            )
        _refuse_if_open(paths.data_dir)
        try:
            stamp = _stamp(now())
            moved = [_move_aside(p, stamp) for p in target.occupied if p.exists()]
            count, total = _write_all(reader, paths, target)
        except OSError as exc:
            raise BackupError(
                msg(
                    "Pemulihan gagal: {detail}. Ulangi dengan --force setelah masalahnya diatasi.",
                    "The restore failed: {detail}. Repeat it with --force once that is fixed.",
                    detail=str(exc),
                )
            ) from exc
        return RestoreInfo(
            data_dir=paths.data_dir,
            engine=reader.manifest.engine,
            database=target.url.render_as_string(hide_password=True),
            files=count,
            bytes=total,
            moved_aside=tuple(moved),
            lacking=dict(reader.manifest.lacking),
        )
