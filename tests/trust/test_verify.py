"""``jdih verify`` passes on a healthy office and pinpoints each kind of damage."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.db.audit import iter_chain
from jdih_desktop.trust.verify import Area, Severity, verify_integrity
from tests.support.postgres import PostgresCluster
from tests.trust.conftest import Runner
from tests.trust.office_seed import FROZEN_NOW, Seeded, seed_office


def _sql(context: AppContext, statement: str) -> None:
    path = context.db.sqlite_path
    assert path is not None
    with sqlite3.connect(path) as connection:
        connection.execute("PRAGMA foreign_keys = OFF")
        connection.execute(statement)


def test_a_healthy_office_verifies(
    office_context: AppContext, seeded: Seeded, jdih: Runner
) -> None:
    report = verify_integrity(office_context.db, office_context.files)
    assert report.ok and report.findings == []
    assert report.audit_events > 20
    assert report.files_checked == len(seeded.file_shas) == 12
    result = jdih("verify")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Hasil: utuh" in result.stdout


def test_a_flipped_byte_in_a_stored_pdf_is_pinpointed(
    office_context: AppContext, seeded: Seeded, jdih: Runner
) -> None:
    damaged = seeded.file_shas[1]
    path = office_context.files.path_for(damaged)
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0x01
    path.write_bytes(bytes(data))
    report = verify_integrity(office_context.db, office_context.files)
    assert [(f.area, f.subject) for f in report.errors] == [(Area.FILES, f"file {damaged[:12]}…")]
    assert "isi berkas berubah" in str(report.errors[0].message)
    result = jdih("verify")
    assert result.returncode == 1
    assert f"file {damaged[:12]}" in result.stdout and "GALAT" in result.stdout


def test_a_missing_file_is_pinpointed(
    office_context: AppContext, seeded: Seeded, jdih: Runner
) -> None:
    gone = seeded.file_shas[0]
    office_context.files.path_for(gone).unlink()
    report = verify_integrity(office_context.db, office_context.files)
    assert [f.subject for f in report.errors] == [f"file {gone[:12]}…"]
    assert "hilang" in str(report.errors[0].message)
    result = jdih("verify")
    assert result.returncode == 1 and gone[:12] in result.stdout


def test_an_edited_audit_row_is_pinpointed(
    office_context: AppContext, seeded: Seeded, jdih: Runner
) -> None:
    _sql(office_context, "UPDATE audit_log SET actor_name = 'orang lain' WHERE id = 7")
    report = verify_integrity(office_context.db, office_context.files)
    assert [(f.area, f.subject) for f in report.errors] == [(Area.AUDIT, "audit_log #7")]
    assert "diubah" in str(report.errors[0].message)
    result = jdih("verify")
    assert result.returncode == 1
    assert "audit_log #7" in result.stdout
    assert "yang pertama: audit_log #7" in result.stdout


def test_a_deleted_or_rehashed_audit_row_breaks_the_chain_at_the_next_row(
    office_context: AppContext, seeded: Seeded
) -> None:
    _sql(office_context, "DELETE FROM audit_log WHERE id = 10")
    report = verify_integrity(office_context.db, office_context.files)
    head = _newest(office_context)
    # The chain breaks at the next row; the head file's count no longer adds up either.
    assert [f.subject for f in report.errors] == ["audit_log #11", f"audit_log #{head}"]
    assert "rantai terputus" in str(report.errors[0].message)
    assert "dihapus" in str(report.errors[1].message)


def _newest(context: AppContext) -> int:
    with context.db.read() as session:
        return max(e for e, *_ in iter_chain(session))


def test_database_damage_is_reported(office_context: AppContext, seeded: Seeded) -> None:
    dangling = "ab" * 32
    _sql(
        office_context,
        f"INSERT INTO request_attachments VALUES (99, 1, '{dangling}', 'other', 'x.pdf')",
    )
    report = verify_integrity(office_context.db, office_context.files)
    assert [f.area for f in report.errors] == [Area.DATABASE]
    assert "request_attachments" in str(report.errors[0].message)


def test_crash_leftovers_are_explained_but_not_errors(
    office_context: AppContext, seeded: Seeded
) -> None:
    root = office_context.files.root
    orphan = office_context.files.put_bytes(b"stored, then the program died")
    (root / "incoming").mkdir(exist_ok=True)
    (root / "incoming" / "0123456789abcdef.part").write_bytes(b"half")
    (root / "ab").mkdir(exist_ok=True)
    (root / "ab" / "notes.txt").write_text("foreign")
    report = verify_integrity(office_context.db, office_context.files)
    assert report.ok
    assert {(f.severity, f.subject) for f in report.warnings} == {
        (Severity.WARNING, str(Path(orphan.sha256[:2]) / orphan.sha256[2:4] / orphan.sha256)),
        (Severity.WARNING, str(Path("incoming") / "0123456789abcdef.part")),
        (Severity.WARNING, str(Path("ab") / "notes.txt")),
    }


def test_deleting_the_newest_audit_rows_is_caught_by_the_last_backup(
    office_context: AppContext, seeded: Seeded, jdih: Runner
) -> None:
    made = office_context.trust.run_due_backup()
    assert made is not None
    assert office_context.trust.verify().ok
    newest = _newest(office_context)
    # The chain alone stays valid when the tail is cut: only an outside record shows it. Here
    # the backup's (the head file, checked by test_audit_anchor.py, is taken away).
    _sql(office_context, f"DELETE FROM audit_log WHERE id >= {newest - 2}")
    head_file = office_context.db.audit_anchor.head_file if office_context.db.audit_anchor else None
    assert head_file is not None
    head_file.unlink()
    report = office_context.trust.verify()
    backup_finding = [f for f in report.errors if f.subject == f"audit_log #{newest}"]
    assert len(backup_finding) == 1 and "hilang" in str(backup_finding[0].message)
    result = jdih("verify")
    assert result.returncode == 1 and f"audit_log #{newest}" in result.stdout


@pytest.mark.postgres
def test_verify_on_postgresql_pinpoints_an_edited_audit_row(
    pg_cluster: PostgresCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = pg_cluster.create_database()
    monkeypatch.setenv("JDIH_NOW", FROZEN_NOW)
    monkeypatch.setenv("JDIH_DATABASE_URL", url)
    context = open_context(tmp_path / "office")
    try:
        seed_office(context)
        assert context.trust.verify().ok
        with context.db.engine.begin() as connection:
            connection.exec_driver_sql("UPDATE audit_log SET entity_id = '999' WHERE id = 12")
        report = context.trust.verify()
        assert [(f.area, f.subject) for f in report.errors] == [(Area.AUDIT, "audit_log #12")]
    finally:
        context.close()
        pg_cluster.drop_database(url)
