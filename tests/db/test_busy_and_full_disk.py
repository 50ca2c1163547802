"""A second writer that holds the database, and a disk that fills: clear errors, nothing lost.

The full-disk test runs on a real, tiny tmpfs data folder (it needs root to mount one, as CI
containers and this project's test machines have; elsewhere it is skipped and the SQLite-level
test below still runs: ``PRAGMA max_page_count`` makes SQLite itself return SQLITE_FULL,
"database or disk is full", through the same code path a full disk takes).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import event, select

from jdih_desktop.context import open_context
from jdih_desktop.db import engine as engine_module
from jdih_desktop.db.engine import Database, sqlite_url
from jdih_desktop.db.migrate import upgrade
from jdih_desktop.db.models import Counter
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.roles import Role
from jdih_desktop.errors import DatabaseBusyError, DataDirError, DiskFullError
from jdih_desktop.storage.filestore import StorageError

ADMIN = Actor(None, "test", frozenset({Role.ADMINISTRATOR.value}))


def _both_languages(error: Exception, id_word: str, en_word: str) -> None:
    message = error.message  # type: ignore[attr-defined]
    assert id_word in message.render("id") and en_word in message.render("en")


def test_a_writer_held_past_the_busy_timeout_fails_cleanly_then_lands(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "jdih.sqlite3"
    upgrade(Database(sqlite_url(path)))
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 200)
    db = Database(sqlite_url(path))
    other = sqlite3.connect(path, isolation_level=None)  # another process's writer
    other.execute("BEGIN IMMEDIATE")
    with pytest.raises(DatabaseBusyError) as info, db.write() as session:
        session.add(Counter(name="agenda", year=2026, value=1))
    _both_languages(info.value, "coba lagi", "try again")
    other.execute("ROLLBACK")
    other.close()
    with db.write() as session:  # the same write, once the other writer let go
        session.add(Counter(name="agenda", year=2026, value=1))
    with db.read() as session:
        assert session.scalars(select(Counter.value)).all() == [1]
    db.dispose()


def test_sqlite_full_is_a_translated_error_and_the_database_stays_intact(
    tmp_path: Path,
) -> None:
    path = tmp_path / "jdih.sqlite3"
    db = Database(sqlite_url(path))
    upgrade(db)
    with sqlite3.connect(path) as raw:
        pages = raw.execute("PRAGMA page_count").fetchone()[0]
    db.dispose()
    full = Database(sqlite_url(path))

    @event.listens_for(full.engine, "connect")
    def _cap(dbapi_connection: sqlite3.Connection, _record: object) -> None:
        dbapi_connection.execute(f"PRAGMA max_page_count = {pages}")

    with pytest.raises(DiskFullError) as info, full.write() as session:
        for year in range(2000):  # more rows than the capped file can take
            session.add(Counter(name="x" * 200 + str(year), year=year, value=year))
    _both_languages(info.value, "Disk penuh", "disk is full")
    full.dispose()
    with sqlite3.connect(path) as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert raw.execute("SELECT count(*) FROM counters").fetchone()[0] == 0


@pytest.fixture()
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 6 MB tmpfs: a data folder that really runs out of space."""
    mount = tmp_path / "small"
    mount.mkdir()
    if os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a tmpfs needs root")
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", str(mount)], capture_output=True
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs: {done.stderr.decode(errors='replace').strip()}")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def _fill(folder: Path) -> Path:
    """Fill the disk to the last byte; returns the filler to delete later."""
    filler = folder / "filler"
    fd = os.open(filler, os.O_WRONLY | os.O_CREAT, 0o600)
    try:
        for size in (65536, 1):
            with contextlib.suppress(OSError):
                while True:
                    os.write(fd, b"\0" * size)
    finally:
        os.close(fd)
    return filler


def test_a_full_data_folder_corrupts_nothing_and_works_again_once_freed(
    small_disk: Path,
) -> None:
    data = small_disk / "data"
    context = open_context(data)
    context.accounts.add_user(ADMIN, "ani", "Ani", ["operator"])
    filler = _fill(small_disk)
    source = small_disk.parent / "sk.pdf"
    source.write_bytes(b"%PDF-1.7 decree\n" * 20000)

    with pytest.raises(StorageError) as stored:
        context.files.put_file(source)
    _both_languages(stored.value, "Disk penuh", "disk is full")
    with pytest.raises(DiskFullError) as wrote:
        for n in range(200):  # the WAL takes a few before the disk says no
            context.accounts.add_user(ADMIN, f"user{n:03d}", "x" * 500, ["operator"])
    _both_languages(wrote.value, "Disk penuh", "disk is full")
    context.close()
    with pytest.raises((DiskFullError, DataDirError)) as started:
        open_context(data)
    assert "Traceback" not in str(started.value)

    leftovers = [p.name for p in data.rglob("*") if p.name.endswith((".part", ".tmp"))]
    assert leftovers == [] and not list(data.glob(".write-test-*"))
    filler.unlink()
    with sqlite3.connect(data / "jdih.sqlite3") as raw:
        assert raw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    again = open_context(data)
    try:
        again.accounts.add_user(ADMIN, "budi", "Budi", ["operator"])
        names = {u.username for u in again.accounts.list_users()}
        assert {"ani", "budi"} <= names
        assert again.files.verify(again.files.put_file(source).sha256)
    finally:
        again.close()
