"""The schema: migrations from empty on both engines, agreement with the models, refusals."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import inspect, text

from jdih_desktop.db.engine import Database, sqlite_url
from jdih_desktop.db.migrate import (
    check_health,
    current_revision,
    head_revision,
    schema_differences,
    upgrade,
)
from jdih_desktop.errors import DatabaseError


def test_upgrade_from_empty_reaches_head_and_matches_models(db_url: str) -> None:
    database = Database(db_url)
    try:
        assert current_revision(database) is None
        assert upgrade(database) == head_revision()
        assert current_revision(database) == head_revision()
        tables = set(inspect(database.engine).get_table_names())
        assert {"documents", "requests", "step_runs", "audit_log", "publications"} <= tables
        # autogenerate against the migrated database finds nothing to change
        assert schema_differences(database) == []
        assert check_health(database).ok
    finally:
        database.dispose()


def test_upgrade_twice_is_harmless(db: Database) -> None:
    assert upgrade(db) == head_revision()
    assert check_health(db).ok


def test_newer_schema_is_refused_and_left_untouched(db: Database) -> None:
    with db.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffffffffffff'"))
    with pytest.raises(DatabaseError) as info:
        upgrade(db)
    assert "lebih baru" in str(info.value)
    assert "ffffffffffff" in str(info.value)
    assert current_revision(db) == "ffffffffffff"


def test_corrupt_sqlite_file_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "jdih.sqlite3"
    garbage = b"this is not a database, just bytes" * 100
    path.write_bytes(garbage)
    database = Database(sqlite_url(path))
    with pytest.raises(DatabaseError) as info:
        upgrade(database)
    database.dispose()
    assert str(path) in str(info.value)
    assert "rusak" in str(info.value)
    assert path.read_bytes() == garbage


def test_sqlite_runs_in_wal_with_foreign_keys(tmp_path: Path) -> None:
    database = Database(sqlite_url(tmp_path / "x.sqlite3"))
    upgrade(database)
    with database.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    database.dispose()
    with sqlite3.connect(tmp_path / "x.sqlite3") as raw:
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_health_check_reports_dangling_reference(tmp_path: Path) -> None:
    database = Database(sqlite_url(tmp_path / "x.sqlite3"))
    upgrade(database)
    with sqlite3.connect(tmp_path / "x.sqlite3") as raw:
        raw.execute("PRAGMA foreign_keys=OFF")
        raw.execute("INSERT INTO user_roles (user_id, role) VALUES (999, 'operator')")
    report = check_health(database)
    database.dispose()
    assert not report.ok
    assert any("user_roles" in p for p in report.problems)
