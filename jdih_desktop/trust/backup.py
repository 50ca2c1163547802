"""``jdih backup``: a consistent snapshot of a running office in one file.

The database is copied first, as one consistent moment: SQLite's online backup API (readers and
the app's writer carry on), or ``pg_dump`` inside an exported snapshot for PostgreSQL. The files
that snapshot refers to are then copied from the content-addressed store; stored files never
change, so a file the app adds meanwhile is simply not part of this backup, and every copied file
is hashed on the way and must match its name.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.engine import URL

from jdih_desktop import __version__
from jdih_desktop.db.engine import Database
from jdih_desktop.db.migrate import current_revision
from jdih_desktop.domain.messages import msg
from jdih_desktop.jobs import CancelToken, ProgressFn, no_progress, percent
from jdih_desktop.procguard import tool_kwargs
from jdih_desktop.storage.atomic import atomic_writer
from jdih_desktop.storage.filestore import FileStore
from jdih_desktop.storage.temp_area import TempArea
from jdih_desktop.trust.bundle import (
    CONFIG_MEMBER,
    TRUST_ROOT_DIR,
    BackupError,
    BundleWriter,
    Manifest,
    file_member,
    is_trust_root_member,
)

log = logging.getLogger(__name__)
SCRATCH_DIR = ".jdih-backup"  # beside the backup file, on its disk

PG_BIN_DIRS = [Path(f"/usr/lib/postgresql/{v}/bin") for v in (17, 16, 15, 14, 13)]


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    engine: str
    files: int
    bytes: int
    # Stored files that could not be copied intact (sha256 -> "missing" | "damaged"): the backup
    # is written all the same, so one bad file never stops the office's backups.
    lacking: dict[str, str] = field(default_factory=dict)

    @property
    def complete(self) -> bool:
        return not self.lacking


def pg_tool(name: str) -> str:
    """The path of ``pg_dump``/``pg_restore``: Debian's newest versioned folder (its /usr/bin
    wrapper wants a local cluster), else the one on PATH (Windows, other systems)."""
    for folder in PG_BIN_DIRS:
        if (folder / name).exists():
            return str(folder / name)
    found = shutil.which(name)
    if found:
        return found
    raise BackupError(
        msg(
            "Program {name} (PostgreSQL) tidak ditemukan; pasang klien PostgreSQL.",
            "The PostgreSQL program {name} was not found; install the PostgreSQL client.",
            name=name,
        )
    )


def pg_args(url: URL) -> tuple[list[str], dict[str, str]]:
    """Connection options and environment for the PostgreSQL tools (password via env only)."""
    args = ["--dbname", url.database or "postgres"]
    if url.host:
        args += ["--host", url.host]
    if url.port:
        args += ["--port", str(url.port)]
    if url.username:
        args += ["--username", url.username]
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return args, env


def run_tool(command: list[str], env: dict[str, str]) -> None:
    try:
        subprocess.run(
            command, env=env, check=True, capture_output=True, text=True, **tool_kwargs()
        )
    except subprocess.CalledProcessError as exc:
        raise BackupError(
            msg(
                "{tool} gagal: {detail}",
                "{tool} failed: {detail}",
                tool=Path(command[0]).name,
                detail=(exc.stderr or exc.stdout or "").strip()[-500:],
            )
        ) from exc


_FILES_SQL = "SELECT sha256, size FROM stored_files"
_HEAD_SQL = (
    "SELECT id, hash, (SELECT count(*) FROM audit_log) FROM audit_log ORDER BY id DESC LIMIT 1"
)


@dataclass(frozen=True)
class Snapshot:
    files: list[tuple[str, int]]  # (sha256, size) of every stored file the copy refers to
    audit_head: dict[str, Any] | None  # the newest audit event: {"id", "hash", "count"}


def _head(row: Any) -> dict[str, Any] | None:
    return {"id": int(row[0]), "hash": str(row[1]), "count": int(row[2])} if row else None


def _sqlite_snapshot(db: Database, target: Path) -> Snapshot:
    """Copy the live SQLite database with the online backup API; the files it refers to."""
    source_path = db.sqlite_path
    assert source_path is not None
    source = sqlite3.connect(source_path, timeout=30)
    copy = sqlite3.connect(target)
    try:
        source.backup(copy)  # one pass: a consistent moment, writers are only briefly delayed
        copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        files = [(str(s), int(n)) for s, n in copy.execute(_FILES_SQL)]
        return Snapshot(files, _head(copy.execute(_HEAD_SQL).fetchone()))
    finally:
        copy.close()
        source.close()


def _pg_snapshot(db: Database, target: Path) -> Snapshot:
    """``pg_dump`` inside an exported snapshot, so the file list is of the very same moment."""
    args, env = pg_args(db.url)
    with db.engine.connect() as connection:
        connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        snapshot = connection.exec_driver_sql("SELECT pg_export_snapshot()").scalar_one()
        rows = connection.exec_driver_sql(_FILES_SQL).fetchall()
        head = _head(connection.exec_driver_sql(_HEAD_SQL).fetchone())
        command = [pg_tool("pg_dump"), "--format=custom", "--no-owner", "--no-privileges"]
        run_tool([*command, f"--snapshot={snapshot}", "--file", str(target), *args], env)
        connection.rollback()
    return Snapshot([(str(s), int(n)) for s, n in rows], head)


def _fill(
    bundle: BundleWriter,
    snapshot: Path,
    config_file: Path | None,
    files: FileStore,
    taken: Snapshot,
    manifest: Manifest,
    trust_roots: Path | None,
    progress: ProgressFn = no_progress,
    token: CancelToken | None = None,
) -> tuple[int, dict[str, str]]:
    """Database, configuration, every referenced stored file, then the manifest.

    Returns the bytes of stored files copied and the files that could not be copied intact.
    ``progress`` hears after each stored file; a cancel stops between files (the caller's
    atomic writer then leaves no backup file).
    """
    bundle.add_file(manifest.database_member, snapshot, compress=True)
    if config_file is not None and config_file.is_file():
        bundle.add_file(CONFIG_MEMBER, config_file, compress=True)
    for pem in sorted(trust_roots.glob("*.pem")) if trust_roots and trust_roots.is_dir() else ():
        name = f"{TRUST_ROOT_DIR}/{pem.name}"
        if is_trust_root_member(name) and pem.is_file():
            bundle.add_file(name, pem, compress=True)
    total = 0
    lacking: dict[str, str] = {}
    stored = sorted(taken.files)
    for done, (sha, size) in enumerate(stored):
        if token is not None:
            token.raise_if_cancelled()
        progress(percent(done, len(stored)), "")
        path = files.path_for(sha)
        if not path.is_file():
            lacking[sha] = "missing"
            continue
        if bundle.add_file(file_member(sha), path, compress=False) != sha:
            lacking[sha] = "damaged"
        total += size
    bundle.finish(replace(manifest, members=bundle.members, lacking=lacking))
    return total, lacking


@contextmanager
def _scratch(near: Path) -> Iterator[Path]:
    """A private temporary folder on the backup's own disk (the snapshot can be large).

    It is a temp area of its own (``<near>/.jdih-backup/<pid>-<token>/``): a backup killed
    midway leaves a copy of the whole database and a partial zip there, which the next backup
    into the same folder sweeps (not those of a backup still running)."""
    area = TempArea(near / SCRATCH_DIR)
    area.sweep()
    try:
        with area.scratch("backup-") as folder:
            yield folder
    finally:
        area.close()
        with contextlib.suppress(OSError):
            area.root.rmdir()  # only when no other backup is using it


def create_backup(
    db: Database,
    files: FileStore,
    config_file: Path | None,
    output: Path,
    now: Callable[[], datetime],
    trust_roots: Path | None = None,
    progress: ProgressFn = no_progress,
    token: CancelToken | None = None,
) -> BackupInfo:
    """Write the backup to ``output`` atomically (a failed backup leaves no file behind).

    ``trust_roots``: the office's CA certificates folder, carried along with the config.
    """
    output = output.absolute()
    engine = "sqlite" if db.is_sqlite else "postgresql"
    with _scratch(output.parent) as scratch:
        snapshot = scratch / "database"
        try:
            taken = _sqlite_snapshot(db, snapshot) if db.is_sqlite else _pg_snapshot(db, snapshot)
        except sqlite3.Error as exc:
            raise BackupError(
                msg(
                    "Basis data tidak dapat disalin: {detail}.",
                    "The database cannot be copied: {detail}.",
                    detail=str(exc),
                )
            ) from exc
        manifest = Manifest(
            created_at=now().isoformat(),
            app_version=__version__,
            schema_revision=current_revision(db) or "",
            engine=engine,
            members={},
            audit_head=taken.audit_head,
        )
        try:
            with atomic_writer(output, scratch=scratch) as handle:
                bundle = BundleWriter(handle)
                try:
                    total, lacking = _fill(
                        bundle,
                        snapshot,
                        config_file,
                        files,
                        taken,
                        manifest,
                        trust_roots,
                        progress,
                        token,
                    )
                except BaseException:
                    bundle.abandon()
                    raise
        except OSError as exc:
            raise BackupError(
                msg(
                    "Cadangan {path} tidak dapat ditulis: {detail}.",
                    "The backup {path} cannot be written: {detail}.",
                    path=str(output),
                    detail=exc.strerror or str(exc),
                )
            ) from exc
    if lacking:
        log.error("backup %s lacks %d stored files: %s", output, len(lacking), lacking)
    return BackupInfo(output, engine, len(taken.files) - len(lacking), total, lacking)
