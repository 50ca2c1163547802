"""Schema management: upgrade to head at start, refuse newer or corrupt databases, check health.

Migrations run on SQLite with foreign keys switched off (Alembic's batch mode copies tables, and
SQLite only honours the pragma outside a transaction), then a foreign-key check runs before the
app goes on.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError, OperationalError

import jdih_desktop.db.models  # noqa: F401  (registers every table)
from jdih_desktop.db import failures
from jdih_desktop.db.base import Base
from jdih_desktop.db.engine import Database
from jdih_desktop.domain.messages import msg
from jdih_desktop.errors import DatabaseError

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (and its ~100 modules) is imported only when a migration or a check runs: the usual
# start finds the database at head by reading the revision files and one row.

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the migrations folder has no revision"
    return head


def current_revision(db: Database) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def ensure_readable(db: Database) -> None:
    """Fail with a clear message when the SQLite file is not a database or is unreachable."""
    path = db.sqlite_path
    if path is not None and path.exists():
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as probe:
                probe.execute("PRAGMA schema_version").fetchone()
        except sqlite3.DatabaseError as exc:
            # A full disk or a busy file is not a corrupt database: never advise restoring a
            # backup over a healthy file.
            translated = failures.translate(exc, str(path))
            if translated is not None:
                raise translated from exc
            raise DatabaseError(
                msg(
                    "Berkas basis data {path} rusak atau bukan basis data ({detail}). Tidak ada "
                    "yang diubah. Pulihkan dari cadangan (jdih restore) atau pindahkan berkas itu "
                    "agar dibuat basis data baru.",
                    "The database file {path} is corrupt or not a database ({detail}). Nothing "
                    "was changed. Restore a backup (jdih restore) or move the file away to start "
                    "a new database.",
                    path=str(path),
                    detail=str(exc),
                )
            ) from exc
    try:
        with db.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except (OperationalError, DBAPIError) as exc:
        translated = failures.translate(exc, db.describe())
        if translated is not None:
            raise translated from exc
        raise DatabaseError(
            msg(
                "Basis data {url} tidak dapat dibuka: {detail}.",
                "The database {url} cannot be opened: {detail}.",
                url=db.describe(),
                detail=str(exc.orig) if exc.orig is not None else str(exc),
            )
        ) from exc


def check_not_newer(db: Database) -> None:
    """Refuse a database written by a newer version of the app: we would not understand it."""
    from alembic.script import ScriptDirectory
    from alembic.util.exc import CommandError

    current = current_revision(db)
    if current is None:
        return
    script = ScriptDirectory.from_config(alembic_config())
    try:
        known = script.get_revision(current)
    except CommandError:
        known = None
    if known is None:
        raise DatabaseError(
            msg(
                "Basis data {url} dibuat oleh versi JDIH Desktop yang lebih baru (skema {rev}). "
                "Perbarui aplikasi ini; basis data tidak diubah.",
                "The database {url} was created by a newer JDIH Desktop (schema {rev}). Update "
                "this application; the database was not changed.",
                url=db.describe(),
                rev=current,
            )
        )


def upgrade(db: Database) -> str:
    """Bring the schema to head; returns the head revision. Safe to call at every start."""
    ensure_readable(db)
    known = _single_head()
    if known is not None and _stored_revisions(db) == [known]:
        return known  # the common start: at head, no Alembic at all
    from alembic import command
    from alembic.runtime.migration import MigrationContext

    check_not_newer(db)
    head = head_revision()
    if current_revision(db) == head:
        return head  # the common start: nothing to migrate, skip Alembic's environment
    with db.engine.connect() as connection:
        raw = connection.connection.dbapi_connection
        if db.is_sqlite and raw is not None:
            raw.execute("PRAGMA foreign_keys = OFF")
        try:
            with connection.begin():
                before = MigrationContext.configure(connection).get_current_revision()
                command.upgrade(alembic_config(connection), "head")
            # Only a migration that ran can have broken a reference; an existing problem is
            # for `jdih db check` to report, not a reason to refuse to start.
            if db.is_sqlite and before != head_revision():
                problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                connection.rollback()
                if problems:
                    raise DatabaseError(
                        msg(
                            "Pemeriksaan kunci asing gagal setelah migrasi: {n} baris.",
                            "The foreign-key check failed after migrating: {n} rows.",
                            n=len(problems),
                        )
                    )
        finally:
            if db.is_sqlite and raw is not None:
                raw.execute("PRAGMA foreign_keys = ON")
    return head_revision()


@cache
def _single_head() -> str | None:
    """The head read straight from the revision files (None unless there is exactly one)."""
    assign = re.compile(r'^(down_revision|revision)\s*(?::[^=]*)?=\s*["\']([^"\']+)["\']', re.M)
    revisions: set[str] = set()
    parents: set[str] = set()
    for path in (MIGRATIONS_DIR / "versions").glob("*.py"):
        for kind, value in assign.findall(path.read_text(encoding="utf-8")):
            (revisions if kind == "revision" else parents).add(value)
    heads = revisions - parents
    return heads.pop() if len(heads) == 1 else None


def _stored_revisions(db: Database) -> list[str]:
    """The rows of ``alembic_version`` ([] for a new or unreadable database)."""
    try:
        with db.engine.connect() as connection:
            rows = connection.execute(text("SELECT version_num FROM alembic_version"))
            return [str(row[0]) for row in rows]
    except (OperationalError, DBAPIError):
        return []


def schema_differences(db: Database) -> list[object]:
    """What autogenerate would change: empty when the models and the migrations agree."""
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                "include_object": lambda obj, name, type_, reflected, compare_to: (
                    not (
                        type_ == "table"
                        and name is not None
                        and name.startswith(("fts_", "sqlite_"))
                    )
                ),
            },
        )
        return list(compare_metadata(context, Base.metadata))


@dataclass
class HealthReport:
    """The result of ``jdih db check``: each problem is a sentence for the clerk."""

    engine: str
    revision: str | None
    head: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_health(db: Database) -> HealthReport:
    ensure_readable(db)
    report = HealthReport(engine=db.describe(), revision=current_revision(db), head=head_revision())
    if report.revision != report.head:
        report.problems.append(
            str(
                msg(
                    "Skema basis data {rev} belum mutakhir (terbaru {head}); jalankan "
                    "'jdih db upgrade'.",
                    "The schema {rev} is not current (newest {head}); run 'jdih db upgrade'.",
                    rev=report.revision or "-",
                    head=report.head,
                )
            )
        )
        return report
    with db.engine.connect() as connection:
        if db.is_sqlite:
            rows = connection.exec_driver_sql("PRAGMA integrity_check").fetchall()
            verdicts = [str(row[0]) for row in rows]
            if verdicts != ["ok"]:
                report.problems.extend(f"integrity_check: {v}" for v in verdicts)
            for row in connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall():
                report.problems.append(
                    str(
                        msg(
                            "Tabel {table} baris {rowid} menunjuk ke {parent} yang tidak ada.",
                            "Table {table} row {rowid} points to a missing {parent}.",
                            table=row[0],
                            rowid=row[1],
                            parent=row[2],
                        )
                    )
                )
    differences = schema_differences(db)
    if differences:
        report.problems.append(
            str(
                msg(
                    "Struktur tabel berbeda dari yang diharapkan: {diff}",
                    "The table structure differs from the expected one: {diff}",
                    diff="; ".join(repr(d) for d in differences[:5]),
                )
            )
        )
    return report
