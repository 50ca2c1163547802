"""What the last backup and the last verify found is kept for the window: "Cadangkan
sekarang" with progress and cancel, a failed or incomplete backup and a verify that found
damage each leave a problem with what to do, and a later success clears it."""

from __future__ import annotations

import pytest

from jdih_desktop.context import AppContext
from jdih_desktop.documents.errors import OperationCancelledError
from jdih_desktop.domain.actor import SYSTEM
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.jobs import CancelToken
from jdih_desktop.trust import health
from jdih_desktop.trust.service import scheduled_backups
from tests.trust.office_seed import Seeded


def test_backup_now_reports_progress_and_becomes_the_last_backup(
    office_context: AppContext, seeded: Seeded
) -> None:
    trust = office_context.trust
    assert trust.last_backup() is None
    seen: list[int] = []
    info = trust.backup_now(SYSTEM, lambda value, _text: seen.append(value))
    assert info.complete and seen and seen == sorted(seen) and seen[-1] < 100
    last = trust.last_backup()
    assert last is not None and last.path == info.path and last.complete
    assert last.at == office_context.now()  # the frozen clock, in the office's zone
    assert trust.problems() == []
    # It counts as today's: the start-of-day backup does not make a second one.
    assert trust.run_due_backup() is None


def test_a_cancelled_backup_leaves_no_file(office_context: AppContext, seeded: Seeded) -> None:
    token = CancelToken()
    token.cancel()
    with pytest.raises(OperationCancelledError):
        office_context.trust.backup_now(SYSTEM, token=token)
    assert scheduled_backups(office_context.trust.backup_folder) == []


def test_a_failed_backup_is_a_problem_until_one_succeeds(
    office_context: AppContext, seeded: Seeded
) -> None:
    trust = office_context.trust
    blocker = trust.backup_folder
    blocker.parent.mkdir(parents=True, exist_ok=True)
    blocker.write_text("not a folder")  # the USB disk's mount point is a file now
    assert trust.run_due_backup_logged() is None  # logged, the app still opens
    [problem] = trust.problems()
    assert problem.kind == health.BACKUP
    assert problem.what.render("id").startswith("Cadangan gagal dibuat")
    assert "Pengaturan → Cadangan" in problem.todo.render("id")
    assert problem.what.render("en").startswith("The backup failed")
    blocker.unlink()
    trust.backup_now(SYSTEM)
    assert trust.problems() == []


def test_an_incomplete_backup_and_a_failed_verify_say_what_to_do(
    office_context: AppContext, seeded: Seeded
) -> None:
    trust = office_context.trust
    office_context.files.path_for(seeded.file_shas[0]).unlink()  # the disk lost a file
    info = trust.backup_now(SYSTEM)
    assert not info.complete
    last = trust.last_backup()
    assert last is not None and not last.complete
    report = trust.verify()
    assert not report.ok
    problems = {p.kind: p for p in trust.problems()}
    assert set(problems) == {health.BACKUP, health.VERIFY}
    assert "1 berkas" in problems[health.BACKUP].what.render("id")
    assert seeded.file_shas[0][:12] in problems[health.VERIFY].what.render("en")
    assert "jdih restore" in problems[health.VERIFY].todo.render("id")
    # Another process (the CLI) reads the same record from the data folder.
    assert [p.kind for p in health.HealthRecord(office_context.paths.data_dir).problems()] == [
        health.BACKUP,
        health.VERIFY,
    ]


def test_an_unreadable_record_is_no_problem_and_is_rewritten(
    office_context: AppContext, seeded: Seeded
) -> None:
    record = health.HealthRecord(office_context.paths.data_dir)
    record.path.write_text("{not json")
    assert office_context.trust.problems() == []
    office_context.files.path_for(seeded.file_shas[0]).unlink()
    office_context.trust.verify()
    assert [p.kind for p in office_context.trust.problems()] == [health.VERIFY]


def test_backup_now_needs_the_right_to_back_up(office_context: AppContext, seeded: Seeded) -> None:
    pengusul = office_context.accounts.get("rahmat").as_actor()
    with pytest.raises(JdihError):
        office_context.trust.backup_now(pengusul)
    assert scheduled_backups(office_context.trust.backup_folder) == []
