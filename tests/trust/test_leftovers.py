"""What a killed process leaves behind is swept at the next start, and nothing a live one uses.

- Scratch work (import, OCR) lives in ``<data>/tmp/<pid>-<token>/``, never the system temp.
- A dead process's folder goes at the next start; a live process's stays (its OS lock is held).
- A kill between the file store and the database commit leaves a stored file nobody knows: the
  next start removes it (with a log line), and ``jdih verify`` is clean again.
"""

from __future__ import annotations

import logging
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from jdih_desktop.context import open_context
from jdih_desktop.db.engine import Database, sqlite_url
from jdih_desktop.storage.filestore import CRASH_ENV, FileStore, StorageError
from jdih_desktop.storage.temp_area import TempArea
from jdih_desktop.trust.backup import SCRATCH_DIR
from jdih_desktop.trust.verify import Area, Finding, verify_integrity
from tests.documents.decree_pdfs import decree_text, text_decree_pdf
from tests.support.cli_runner import run_jdih
from tests.support.processes import process_gone, wait_until
from tests.trust.office_seed import FROZEN_NOW

HOLDER = """
import sys
from pathlib import Path
from jdih_desktop.storage.temp_area import TempArea
area = TempArea(Path(sys.argv[1]))
(area.own() / "half-written.pdf").write_bytes(b"%PDF-1.7 ...")
print(area.own().name, flush=True)
sys.stdin.readline()
"""


def _files_in(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file()) if root.exists() else []


def test_a_live_process_keeps_its_temp_folder_and_a_dead_ones_is_swept(tmp_path: Path) -> None:
    root = tmp_path / "tmp"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(root)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    name = holder.stdout.readline().strip()
    assert name.startswith(f"{holder.pid}-")

    assert TempArea(root).sweep() == 0  # alive: its scratch is in use
    assert (root / name / "half-written.pdf").is_file()

    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    wait_until(lambda: process_gone(holder.pid), limit=30.0)
    assert TempArea(root).sweep() == 1
    assert list(root.iterdir()) == []  # the folder and its lock file
    holder.stdin.close()
    holder.stdout.close()


def test_a_clean_close_leaves_nothing_and_a_new_use_makes_a_new_folder(tmp_path: Path) -> None:
    area = TempArea(tmp_path / "tmp")
    with area.scratch("jdih-import-") as work:
        assert work.parent == area.own() and work.is_dir()
        (work / "ocr.pdf").write_bytes(b"x")
    assert _files_in(area.own()) == []  # the work folder went with its block
    area.close()
    assert list((tmp_path / "tmp").iterdir()) == []


@pytest.fixture()
def office(data_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("JDIH_NOW", FROZEN_NOW)
    monkeypatch.delenv("JDIH_DATABASE_URL", raising=False)
    monkeypatch.delenv("JDIH_DATA_DIR", raising=False)
    made = run_jdih(
        [
            "users",
            "add",
            "admin",
            "--role",
            "administrator",
            "--password-stdin",
            "--data-dir",
            str(data_dir),
        ],
        stdin="rahasia-admin-1\n",
        env=dict(os.environ),
    )
    assert made.returncode == 0, made.stderr
    return data_dir


def test_a_kill_between_the_store_and_the_commit_is_cleaned_at_the_next_start(
    office: Path, tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    system_tmp = tmp_path / "system-tmp"
    system_tmp.mkdir()
    pdf = text_decree_pdf(decree_text("01_dpt_soppeng_2023"), tmp_path / "SK 19 2023.pdf")
    crashed = subprocess.run(
        [
            sys.executable,
            "-m",
            "jdih_desktop.cli.main",
            "import",
            str(pdf),
            "--by",
            "admin",
            "--data-dir",
            str(office),
        ],
        env={**os.environ, CRASH_ENV: "stored", "TMPDIR": str(system_tmp)},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert crashed.returncode == 137, crashed.stderr  # died right after the store
    assert _files_in(system_tmp) == [] and list(system_tmp.iterdir()) == []
    left = _files_in(office / "tmp")
    assert any(p.name == "stored.journal" for p in left), left  # the work was in <data>/tmp
    before = _file_findings(office)
    assert len(before) == 1 and "not recorded" in before[0].message.render("en")

    with caplog.at_level(logging.WARNING, logger="jdih_desktop.trust.leftovers"):
        context = open_context(office)  # the next start
    try:
        assert _file_findings(office) == []
        assert _files_in(office / "tmp") == []
        assert any("removed stored file" in r.getMessage() for r in caplog.records)
        # ... and the decree imports again, whole, into the same store.
        again = run_jdih(
            ["import", str(pdf), "--by", "admin", "--data-dir", str(office)], env=dict(os.environ)
        )
        assert again.returncode == 0, again.stderr
        assert _file_findings(office) == []
    finally:
        context.close()


def _file_findings(data_dir: Path) -> list[Finding]:
    """What ``jdih verify`` says about the store, read without starting the app (a start
    would sweep)."""
    db = Database(sqlite_url(data_dir / "jdih.sqlite3"))
    try:
        report = verify_integrity(db, FileStore(data_dir / "files"))
    finally:
        db.dispose()
    return [f for f in report.findings if f.area == Area.FILES]


def test_a_temp_area_that_cannot_be_written_says_so_in_the_office_language(
    tmp_path: Path,
) -> None:
    blocked = tmp_path / "not-a-folder"
    blocked.write_bytes(b"")
    with pytest.raises(StorageError) as caught, TempArea(blocked / "tmp").scratch("jdih-import-"):
        pass  # pragma: no cover - never reached
    assert "tidak dapat disimpan" in caught.value.message.render("id")


def test_a_backup_sweeps_what_a_killed_backup_left_beside_it(office: Path, tmp_path: Path) -> None:
    """A killed backup leaves a copy of the whole database (and a partial zip) in its scratch
    beside the backup file; the next backup into that folder removes it."""
    near = tmp_path / "flashdisk"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(near / SCRATCH_DIR)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdin is not None
    assert holder.stdout.readline().strip()
    holder.send_signal(signal.SIGKILL)
    holder.wait(timeout=30)
    holder.stdin.close()
    holder.stdout.close()
    assert _files_in(near / SCRATCH_DIR)  # the dead backup's snapshot

    made = run_jdih(
        ["backup", "-o", str(near / "cadangan.zip"), "--by", "admin", "--data-dir", str(office)],
        env=dict(os.environ),
    )
    assert made.returncode == 0, made.stderr
    assert sorted(p.name for p in near.iterdir()) == ["cadangan.zip"]
