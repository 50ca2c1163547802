"""The keyed, anchored audit chain: what an SQL user can no longer hide from ``jdih verify``.

An edit with every later hash recomputed the old (unkeyed) way, the newest rows deleted with no
backup around, a decree's title changed in SQL, a lost key; and a clean office (SQLite and
PostgreSQL) that verifies clean, an older unkeyed log kept as the chain's legacy prefix.
"""

from __future__ import annotations

import json
import sqlite3
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.db import audit, models
from jdih_desktop.db.audit_anchor import HEAD_FILE, KEY_FILE, read_head
from jdih_desktop.db.engine import Database, sqlite_url
from jdih_desktop.db.migrate import upgrade
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.domain.audit_chain import KEYED_ACTION, event_hash
from jdih_desktop.domain.metadata import DecreeMetadata
from jdih_desktop.trust.verify import Area, IntegrityReport, verify_integrity
from tests.support.postgres import PostgresCluster
from tests.trust.conftest import Runner
from tests.trust.office_seed import FROZEN_NOW, pdf_bytes


@pytest.fixture()
def decree(office_context: AppContext, tmp_path: Path) -> int:
    """One archived decree, created and then corrected through the app."""
    operator = office_context.accounts.add_user(SYSTEM, "andi", "Andi", ["operator"]).as_actor()
    return _archive(office_context, operator, tmp_path)


def _archive(context: AppContext, operator: Actor, tmp_path: Path) -> int:
    pdf = tmp_path / "sk.pdf"
    pdf.write_bytes(pdf_bytes("SK 12"))
    made = context.archive.create(
        operator,
        DecreeMetadata(judul="Penetapan Jadwal Pemutakhiran", nomor="12 Tahun 2024", tahun=2024),
        main_pdf=pdf,
    )
    fixed = DecreeMetadata(
        judul="Penetapan Jadwal Pemutakhiran Data Pemilih", nomor="12 Tahun 2024", tahun=2024
    )
    context.archive.update_metadata(operator, made.id, fixed)
    return made.id


def _sql(context: AppContext, *statements: str) -> None:
    path = context.db.sqlite_path
    assert path is not None
    with sqlite3.connect(path) as connection:
        for statement in statements:
            connection.execute(statement)


def _verify(context: AppContext) -> IntegrityReport:
    return verify_integrity(context.db, context.files)


def _newest(context: AppContext) -> int:
    with context.db.read() as session:
        newest = select(models.AuditEvent.id).order_by(models.AuditEvent.id.desc()).limit(1)
        return int(session.scalar(newest) or 0)


def test_a_clean_office_is_keyed_anchored_and_verifies_clean(
    office_context: AppContext, decree: int, jdih: Runner
) -> None:
    data = office_context.paths.data_dir
    key_file = data.parent / KEY_FILE
    assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    key_hex = key_file.read_text().strip()
    # Never in the database, the config or the logs.
    for path in [*data.rglob("*")]:
        if path.is_file():
            assert key_hex.encode() not in path.read_bytes(), path
    with office_context.db.read() as session:
        first = session.scalars(select(models.AuditEvent).order_by(models.AuditEvent.id)).first()
    assert first is not None and first.action == KEYED_ACTION  # a new office is keyed from row 1
    head = read_head(data / HEAD_FILE)
    assert head is not None and head["id"] == _newest(office_context)
    report = _verify(office_context)
    assert report.ok and report.findings == [], [str(f) for f in report.findings]
    result = jdih("verify")
    assert result.returncode == 0 and "Hasil: utuh" in result.stdout, result.stdout


def test_an_edit_with_the_chain_recomputed_unkeyed_is_caught(
    office_context: AppContext, decree: int
) -> None:
    """What passed before: edit a row, then recompute every later hash with plain SHA-256."""
    path = office_context.db.sqlite_path
    assert path is not None
    with sqlite3.connect(path) as connection:
        rows = connection.execute(
            "SELECT id, at, actor_id, actor_name, action, entity, entity_id, before, after, hash "
            "FROM audit_log ORDER BY id"
        ).fetchall()
        target = rows[3][0]
        prev = rows[2][9]  # rows before the edit stay as they were
        for (
            event_id,
            at,
            actor_id,
            actor_name,
            action,
            entity,
            entity_id,
            before,
            after,
            _h,
        ) in rows[3:]:
            if event_id == target:
                actor_name = "orang lain"
            content = {
                "at": datetime.fromisoformat(at).replace(tzinfo=UTC).isoformat(),
                "actor_id": actor_id,
                "actor_name": actor_name,
                "action": action,
                "entity": entity,
                "entity_id": entity_id,
                "before": json.loads(before) if before else None,
                "after": json.loads(after) if after else None,
            }
            new_hash = event_hash(prev, content)
            connection.execute(
                "UPDATE audit_log SET actor_name = ?, prev_hash = ?, hash = ? WHERE id = ?",
                (actor_name, prev, new_hash, event_id),
            )
            prev = new_hash
    report = _verify(office_context)
    assert report.errors[0].subject == f"audit_log #{target}"
    assert "diubah" in str(report.errors[0].message)


def test_another_offices_key_is_one_clear_finding(
    office_context: AppContext, decree: int, jdih: Runner
) -> None:
    """A restore on a PC that made its own key, or the whole keyed chain rewritten."""
    key_file = office_context.paths.data_dir.parent / KEY_FILE
    key_file.write_text("ab" * 32 + "\n")
    result = jdih("verify")
    assert result.returncode == 1
    assert "tidak cocok dengan satu pun baris berkunci" in result.stdout, result.stdout
    assert "yang pertama: audit_log #1." in result.stdout
    assert result.stdout.count("GALAT [audit] audit_log") == 1


def test_deleting_the_newest_rows_is_caught_without_a_backup(
    office_context: AppContext, decree: int, jdih: Runner
) -> None:
    assert not list(office_context.trust.backup_folder.glob("*"))  # no backup to compare with
    newest = _newest(office_context)
    _sql(office_context, f"DELETE FROM audit_log WHERE id >= {newest - 1}")
    report = _verify(office_context)
    assert [(f.area, f.subject) for f in report.errors] == [(Area.AUDIT, f"audit_log #{newest}")]
    assert "dihapus" in str(report.errors[0].message)
    result = jdih("verify")
    assert result.returncode == 1 and f"audit_log #{newest}" in result.stdout


def test_a_head_file_rewritten_without_the_key_is_caught(
    office_context: AppContext, decree: int
) -> None:
    newest = _newest(office_context)
    _sql(office_context, f"DELETE FROM audit_log WHERE id >= {newest - 1}")
    with office_context.db.read() as session:
        last = session.get(models.AuditEvent, newest - 2)
        assert last is not None
        forged = {"id": last.id, "hash": last.hash, "count": newest - 2, "mac": "0" * 64}
    (office_context.paths.data_dir / HEAD_FILE).write_text(json.dumps(forged))
    report = _verify(office_context)
    assert [f.subject for f in report.errors] == [HEAD_FILE]


def test_an_sql_edit_of_a_decree_title_is_caught(
    office_context: AppContext, decree: int, jdih: Runner
) -> None:
    assert _verify(office_context).ok
    _sql(office_context, f"UPDATE documents SET judul = 'Judul Palsu' WHERE id = {decree}")
    report = _verify(office_context)
    assert [(f.area, f.subject) for f in report.errors] == [(Area.AUDIT, f"documents #{decree}")]
    assert "di luar aplikasi" in str(report.errors[0].message)
    assert "Judul Palsu" in report.errors[0].details[0]
    result = jdih("verify")
    assert result.returncode == 1 and f"documents #{decree}" in result.stdout


def test_a_missing_key_is_a_clear_message_not_a_traceback(
    office_context: AppContext, decree: int, jdih: Runner
) -> None:
    key_file = office_context.paths.data_dir.parent / KEY_FILE
    key_file.rename(key_file.with_name("kunci-aman.bak"))
    result = jdih("verify")
    assert result.returncode == 1
    assert "kunci log audit tidak ditemukan" in result.stdout, result.stdout
    assert str(key_file) in result.stdout
    assert "Traceback" not in result.stdout + result.stderr
    assert not key_file.exists()  # a keyed chain never silently gets a new key
    reopened = open_context(office_context.paths.data_dir)
    try:
        errors = _verify(reopened).errors
    finally:
        reopened.close()
    assert [f.subject for f in errors] == ["audit_log #1"]  # once, at the keyed marker
    assert "audit log key was not found" in errors[0].message.en


@pytest.fixture()
def legacy_office(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[AppContext]:
    """An office whose log was written before the chain was keyed (no key, no head file)."""
    monkeypatch.setenv("JDIH_NOW", FROZEN_NOW)
    monkeypatch.delenv("JDIH_DATABASE_URL", raising=False)
    db = Database(sqlite_url(data_dir / "jdih.sqlite3"))
    upgrade(db)
    at = datetime(2025, 1, 2, tzinfo=UTC)
    for n in range(3):
        with db.write() as session:
            audit.record(session, SYSTEM, "config.set", "config", n, at=at, after={"n": n})
    db.dispose()
    context = open_context(data_dir)
    yield context
    context.close()


def test_an_older_unkeyed_log_stays_verifiable_as_the_legacy_prefix(
    legacy_office: AppContext,
) -> None:
    with legacy_office.db.read() as session:
        actions = list(
            session.scalars(select(models.AuditEvent.action).order_by(models.AuditEvent.id))
        )
    assert actions[:4] == ["config.set"] * 3 + [KEYED_ACTION]
    assert _verify(legacy_office).ok
    _sql(legacy_office, "UPDATE audit_log SET actor_name = 'x' WHERE id = 2")  # legacy rows too
    assert [f.subject for f in _verify(legacy_office).errors] == ["audit_log #2"]


@pytest.mark.postgres
def test_postgresql_office_verifies_clean_and_catches_a_title_edit(
    pg_cluster: PostgresCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = pg_cluster.create_database()
    monkeypatch.setenv("JDIH_NOW", FROZEN_NOW)
    monkeypatch.setenv("JDIH_DATABASE_URL", url)
    context = open_context(tmp_path / "office")
    try:
        operator = context.accounts.add_user(SYSTEM, "andi", "Andi", ["operator"]).as_actor()
        decree = _archive(context, operator, tmp_path)
        assert (tmp_path / KEY_FILE).is_file()  # beside the (shared) data folder
        report = _verify(context)
        assert report.ok, [str(f) for f in report.findings]
        with context.db.engine.begin() as connection:
            connection.exec_driver_sql(
                f"UPDATE documents SET judul = 'Judul Palsu' WHERE id = {decree}"
            )
        assert [f.subject for f in _verify(context).errors] == [f"documents #{decree}"]
    finally:
        context.close()
        pg_cluster.drop_database(url)


def test_a_rolled_back_event_leaves_the_head_file_alone(
    office_context: AppContext, decree: int
) -> None:
    head_file = office_context.paths.data_dir / HEAD_FILE
    before = read_head(head_file)

    class Abort(Exception):
        pass

    with pytest.raises(Abort), office_context.db.write() as session:
        audit.record(session, SYSTEM, "config.set", "config", "x", at=datetime.now(UTC))
        raise Abort
    assert read_head(head_file) == before
    assert _verify(office_context).ok
