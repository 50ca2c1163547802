"""``jdih backup`` + ``jdih restore`` round-trip a seeded office exactly; damaged or foreign
backups and occupied folders are refused without changing anything."""

from __future__ import annotations

import json
import sqlite3
import zipfile
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from jdih_desktop.context import AppContext, open_context
from jdih_desktop.db import models
from jdih_desktop.db.engine import Database, sqlite_url
from jdih_desktop.domain.actor import SYSTEM
from jdih_desktop.errors import ConfigError
from jdih_desktop.paths import resolve_paths
from jdih_desktop.trust.bundle import BackupError
from jdih_desktop.trust.restore import restore_backup
from jdih_desktop.trust.service import scheduled_backups
from tests.support.postgres import PostgresCluster
from tests.trust.conftest import Runner
from tests.trust.office_seed import FROZEN_NOW, Seeded, dump_files, dump_tables, seed_office


def _restored_db(folder: Path) -> Database:
    return Database(sqlite_url(folder / "jdih.sqlite3"))


def test_backup_and_restore_round_trip_every_row_and_file(
    office_context: AppContext, seeded: Seeded, jdih: Runner, tmp_path: Path
) -> None:
    roots = office_context.paths.data_dir / "trust_roots"
    roots.mkdir()
    (roots / "bsre-root.pem").write_bytes(b"-----BEGIN CERTIFICATE-----\nMIIB\n")
    archive = tmp_path / "office.zip"
    made = jdih("backup", "-o", str(archive), "--by", "andi")
    assert made.returncode == 0, made.stdout + made.stderr
    target = tmp_path / "restored"
    restored = jdih("restore", str(archive), data=target)
    assert restored.returncode == 0, restored.stdout + restored.stderr
    assert "Hasil: utuh" in restored.stdout
    # The office's trusted CA certificates (signature checks) come back too.
    assert (target / "trust_roots" / "bsre-root.pem").read_bytes() == (
        roots / "bsre-root.pem"
    ).read_bytes()

    before = dump_tables(office_context.db)
    copy = _restored_db(target)
    try:
        after = dump_tables(copy)
    finally:
        copy.dispose()
    assert after == before
    rows = sum(len(r) for r in before.values())
    assert rows > 150 and len(before["audit_log"]) > 50
    assert len(before["stored_files"]) == len(seeded.file_shas) == 12
    files_before = dump_files(office_context.files.root)
    assert dump_files(target / "files") == files_before
    assert len(files_before) == len(seeded.file_shas)
    config = office_context.paths.config_file.read_bytes()
    assert (target / "config.toml").read_bytes() == config


def test_a_restore_refuses_an_occupied_folder_unless_forced(
    office_context: AppContext, seeded: Seeded, jdih: Runner, tmp_path: Path
) -> None:
    archive = tmp_path / "office.zip"
    assert jdih("backup", "-o", str(archive), "--by", "andi").returncode == 0
    target = tmp_path / "busy"
    target.mkdir()
    (target / "notes.txt").write_text("milik orang lain")
    refused = jdih("restore", str(archive), data=target)
    assert refused.returncode == 1
    assert "tidak kosong" in refused.stderr and "--force" in refused.stderr
    assert sorted(p.name for p in target.iterdir()) == ["notes.txt"]

    forced = jdih("restore", str(archive), "--force", data=target)
    assert forced.returncode == 0, forced.stdout + forced.stderr
    aside = tmp_path / "busy.before-restore-20260203-093000"
    assert (aside / "notes.txt").read_text() == "milik orang lain"  # moved, never deleted
    assert (target / "jdih.sqlite3").is_file()


def test_a_damaged_backup_is_refused_and_nothing_is_written(
    office_context: AppContext, seeded: Seeded, tmp_path: Path
) -> None:
    archive = tmp_path / "office.zip"
    office_context.trust.backup(SYSTEM, archive)
    with zipfile.ZipFile(archive) as bundle:
        info = next(i for i in bundle.infolist() if i.filename.startswith("files/"))
    data = bytearray(archive.read_bytes())
    data[info.header_offset + 30 + len(info.filename) + 200] ^= 0xFF  # inside the stored PDF
    archive.write_bytes(bytes(data))
    target = tmp_path / "empty"
    with pytest.raises(BackupError, match="bukan cadangan JDIH Desktop yang utuh"):
        restore_backup(SYSTEM, archive, resolve_paths(target), force=False, now=office_context.now)
    assert not target.exists() or not any(target.iterdir())


@pytest.mark.parametrize(
    "member", ["../../etc/evil", "files/ab/cd/" + "ab" * 32, "database/other.sqlite3"]
)
def test_a_foreign_or_hostile_member_is_refused(
    office_context: AppContext, seeded: Seeded, tmp_path: Path, member: str
) -> None:
    archive = tmp_path / "office.zip"
    office_context.trust.backup(SYSTEM, archive)
    with zipfile.ZipFile(archive, "a") as bundle:
        bundle.writestr(member, b"x")
    target = tmp_path / "empty"
    with pytest.raises(BackupError):
        restore_backup(SYSTEM, archive, resolve_paths(target), force=False, now=office_context.now)
    assert not target.exists() or not any(target.iterdir())


def test_the_snapshot_is_consistent_while_another_writer_holds_a_transaction(
    office_context: AppContext, seeded: Seeded, tmp_path: Path
) -> None:
    path = office_context.db.sqlite_path
    assert path is not None
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    writer.execute("UPDATE requests SET hal = 'belum disimpan' WHERE id = 1")
    try:
        archive = tmp_path / "live.zip"
        info = office_context.trust.backup(SYSTEM, archive)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert info.files == len(seeded.file_shas)
    target = tmp_path / "restored"
    restore_backup(SYSTEM, archive, resolve_paths(target), force=False, now=office_context.now)
    copy = _restored_db(target)
    try:
        assert dump_tables(copy) == dump_tables(office_context.db)
    finally:
        copy.dispose()


def test_scheduled_backups_run_once_a_day_and_keep_the_last_n(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (data_dir / "config.toml").write_text('[backup]\nkeep = 3\nfolder = "cadangan"\n')
    context = open_context(data_dir)
    try:
        folder = context.trust.backup_folder
        assert folder == data_dir / "cadangan"  # relative to the data folder
        start = datetime.fromisoformat("2026-03-02T07:45+08:00")
        assert context.trust.run_due_backup(start) is not None
        assert context.trust.run_due_backup(start + timedelta(hours=8)) is None  # same day
        (folder / "catatan.txt").write_text("bukan cadangan")
        for day in range(1, 6):
            assert context.trust.run_due_backup(start + timedelta(days=day)) is not None
        kept = [p.name for p in scheduled_backups(folder)]
        assert kept == [
            "jdih-backup-2026-03-05-074500.zip",
            "jdih-backup-2026-03-06-074500.zip",
            "jdih-backup-2026-03-07-074500.zip",
        ]
        assert (folder / "catatan.txt").exists()  # only its own backups are ever pruned
    finally:
        context.close()


@pytest.mark.postgres
def test_a_postgresql_office_round_trips_through_pg_dump(
    pg_cluster: PostgresCluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source_url, target_url = pg_cluster.create_database(), pg_cluster.create_database()
    monkeypatch.setenv("JDIH_NOW", FROZEN_NOW)
    monkeypatch.setenv("JDIH_DATABASE_URL", source_url)
    source = open_context(tmp_path / "office")
    try:
        seed_office(source)
        archive = tmp_path / "pg.zip"
        info = source.trust.backup(SYSTEM, archive)
        assert info.engine == "postgresql" and info.files == 12
        before = dump_tables(source.db)
        files_before = dump_files(source.files.root)
    finally:
        source.close()
    monkeypatch.setenv("JDIH_DATABASE_URL", target_url)
    target = tmp_path / "restored"
    restore_backup(SYSTEM, archive, resolve_paths(target), force=False, now=lambda: datetime.now())
    copy = Database(target_url)
    try:
        assert dump_tables(copy) == before
    finally:
        copy.dispose()
    assert dump_files(target / "files") == files_before
    # The database is no longer empty: a second restore needs --force.
    with pytest.raises(BackupError, match="tidak kosong"):
        restore_backup(
            SYSTEM,
            archive,
            resolve_paths(tmp_path / "again"),
            force=False,
            now=lambda: datetime.now(),
        )
    pg_cluster.drop_database(source_url)
    pg_cluster.drop_database(target_url)


def test_a_backup_from_a_newer_app_is_refused_before_anything_is_written(
    office_context: AppContext, tmp_path: Path
) -> None:
    archive = tmp_path / "office.zip"
    office_context.trust.backup(SYSTEM, archive)
    newer = tmp_path / "newer.zip"
    with zipfile.ZipFile(archive) as source, zipfile.ZipFile(newer, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["schema_revision"] = "ffffffffffff"
                data = json.dumps(manifest).encode()
            target.writestr(info, data)
    folder = tmp_path / "empty"
    with pytest.raises(BackupError, match="lebih baru"):
        restore_backup(SYSTEM, newer, resolve_paths(folder), force=False, now=office_context.now)
    assert not folder.exists()


def test_jdih_backup_scheduled_makes_one_backup_a_day(
    office_context: AppContext, jdih: Runner, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The office's scheduled task runs as an OS account an Administrator linked to an operator.
    accounts = office_context.accounts
    admin = accounts.add_user(SYSTEM, "admin", "Admin", ["administrator"]).as_actor()
    accounts.add_user(SYSTEM, "andi", "Andi Baso", ["operator"])
    accounts.link_os_user(admin, "penjadwal", "andi")
    monkeypatch.setenv("LOGNAME", "penjadwal")
    first = jdih("backup", "--scheduled")
    assert first.returncode == 0, first.stdout + first.stderr
    again = jdih("backup", "--scheduled")
    assert again.returncode == 0 and "sudah ada" in again.stdout
    assert [p.name for p in scheduled_backups(data_dir / "backups")] == [
        "jdih-backup-2026-02-03-093000.zip"
    ]


def test_scheduled_backups_can_be_switched_off(data_dir: Path) -> None:
    (data_dir / "config.toml").write_text("[backup]\nenabled = false\n")
    context = open_context(data_dir)
    try:
        assert context.trust.run_due_backup() is None
        assert not (data_dir / "backups").exists()
    finally:
        context.close()
    (data_dir / "config.toml").write_text("[backup]\nkeep = 0\n")
    with pytest.raises(ConfigError, match=r"backup\.keep"):
        open_context(data_dir)


def test_a_bad_stored_file_never_stops_backups_and_is_never_restored_as_good(
    office_context: AppContext, seeded: Seeded, jdih: Runner, tmp_path: Path
) -> None:
    damaged, missing = seeded.file_shas[0], seeded.file_shas[1]
    path = office_context.files.path_for(damaged)
    path.write_bytes(path.read_bytes()[:-1] + b"!")
    office_context.files.path_for(missing).unlink()
    archive = tmp_path / "office.zip"
    made = jdih("backup", "-o", str(archive), "--by", "andi")
    assert made.returncode == 1  # written, but said to be incomplete
    assert archive.is_file() and made.stdout.count("TIDAK LENGKAP") == 2
    assert damaged[:12] in made.stdout and missing[:12] in made.stdout
    restored = jdih("restore", str(archive), data=tmp_path / "restored")
    assert restored.returncode == 1
    files = dump_files(tmp_path / "restored" / "files")
    good = set(seeded.file_shas) - {damaged, missing}
    assert {Path(name).name for name in files} == good
    assert all(Path(name).name == sha for name, sha in files.items())  # every file intact
    # The verify that follows a restore names what the office must recover by hand.
    assert f"file {damaged[:12]}" in restored.stdout and f"file {missing[:12]}" in restored.stdout


def test_pruning_keeps_the_last_complete_backup(data_dir: Path) -> None:
    (data_dir / "config.toml").write_text("[backup]\nkeep = 2\n")
    context = open_context(data_dir)
    try:
        blob = context.files.put_bytes(b"satu-satunya salinan")
        with context.db.write() as session:
            session.add(models.StoredFile(sha256=blob.sha256, size=blob.size))
        start = datetime.fromisoformat("2026-03-02T07:45+08:00")
        first = context.trust.run_due_backup(start)
        assert first is not None and first.complete
        context.files.path_for(blob.sha256).unlink()  # the disk loses the file
        for day in range(1, 5):
            later = context.trust.run_due_backup(start + timedelta(days=day))
            assert later is not None and later.lacking == {blob.sha256: "missing"}
        kept = [p.name for p in scheduled_backups(context.trust.backup_folder)]
        assert kept == [
            "jdih-backup-2026-03-02-074500.zip",  # the last one holding the file
            "jdih-backup-2026-03-05-074500.zip",
            "jdih-backup-2026-03-06-074500.zip",
        ]
    finally:
        context.close()
