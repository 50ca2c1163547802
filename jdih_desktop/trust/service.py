"""The trust service the CLI and the GUI share: verify, back up, scheduled daily backups.

There is no daemon: the GUI (and ``jdih backup --scheduled`` from cron or the Windows Task
Scheduler) calls :meth:`TrustService.run_due_backup` at start, which makes today's backup if the
folder has none yet and keeps the newest ``[backup] keep`` of them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from jdih_desktop.accounts.permissions import require
from jdih_desktop.config import AppConfig
from jdih_desktop.db.audit import anchor_current_head
from jdih_desktop.db.engine import Database
from jdih_desktop.domain.actor import SYSTEM, Actor
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.domain.permissions import Action
from jdih_desktop.jobs import CancelToken, ProgressFn, no_progress
from jdih_desktop.paths import AppPaths
from jdih_desktop.storage.filestore import FileStore
from jdih_desktop.trust import health
from jdih_desktop.trust.backup import BackupInfo, create_backup
from jdih_desktop.trust.bundle import TRUST_ROOT_DIR, BundleReader
from jdih_desktop.trust.health import HealthRecord, LastBackup, Problem
from jdih_desktop.trust.verify import IntegrityReport, check_audit_anchor, verify_integrity

log = logging.getLogger(__name__)

# jdih-backup-2026-11-30-081500.zip: the name sorts by time, and only such names are pruned.
_SCHEDULED = re.compile(r"^jdih-backup-(\d{4}-\d{2}-\d{2})-(\d{6})\.zip$")


def scheduled_name(moment: datetime) -> str:
    return f"jdih-backup-{moment.strftime('%Y-%m-%d-%H%M%S')}.zip"


def scheduled_backups(folder: Path) -> list[Path]:
    """The scheduled backups in ``folder``, oldest first (nothing else there is ever touched)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.is_file() and _SCHEDULED.match(p.name))


def _is_complete(path: Path) -> bool:
    try:
        with BundleReader(path) as reader:
            return reader.manifest.complete
    except JdihError:
        return False


def prune(folder: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` scheduled backups; returns what was deleted.

    When none of those is complete (a stored file went missing or bad), the newest complete
    backup is kept too: it may hold the last good copy of that file.
    """
    backups = scheduled_backups(folder)
    if keep <= 0 or len(backups) <= keep:
        return []
    kept, doomed = backups[-keep:], backups[:-keep]
    if not any(_is_complete(p) for p in kept):
        last_good = next((p for p in reversed(doomed) if _is_complete(p)), None)
        doomed = [p for p in doomed if p != last_good]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed


class TrustService:
    def __init__(
        self,
        db: Database,
        files: FileStore,
        paths: AppPaths,
        config: AppConfig,
        now: Callable[[], datetime],
    ) -> None:
        self._db = db
        self._files = files
        self._paths = paths
        self._config = config
        self._now = now
        self.health = HealthRecord(paths.data_dir)

    def verify(self, actor: Actor = SYSTEM) -> IntegrityReport:
        """Everything :func:`verify_integrity` checks, plus: the newest scheduled backup's
        audit head is still in the log. The outcome is recorded for the window (Beranda)."""
        require(actor, Action.VERIFY)
        report = verify_integrity(self._db, self._files)
        backups = scheduled_backups(self.backup_folder)
        if backups:
            check_audit_anchor(self._db, backups[-1], report)
        if report.ok:
            self.health.clear(health.VERIFY)
        else:
            first = report.errors[0]
            self.health.set(
                health.VERIFY,
                self._now(),
                *health.verify_failed(len(report.errors), f"{first.subject}: {first.message}"),
            )
        return report

    def problems(self) -> list[Problem]:
        """What the last backup and the last verify found wrong (empty when all is well)."""
        return self.health.problems()

    def last_backup(self) -> LastBackup | None:
        """The newest scheduled backup in the backup folder: when it was made, and whether it
        holds every stored file."""
        backups = scheduled_backups(self.backup_folder)
        if not backups:
            return None
        newest = backups[-1]
        match = _SCHEDULED.match(newest.name)
        assert match is not None  # scheduled_backups keeps only such names
        zone = ZoneInfo(self._config.general.timezone)
        made = datetime.strptime(f"{match[1]} {match[2]}", "%Y-%m-%d %H%M%S").replace(tzinfo=zone)
        return LastBackup(newest, made, _is_complete(newest))

    def anchor_restored_log(self) -> None:
        """After a restore the restored log is the truth: its head becomes the head file's."""
        anchor_current_head(self._db)

    def backup(
        self,
        actor: Actor,
        output: Path,
        progress: ProgressFn = no_progress,
        token: CancelToken | None = None,
    ) -> BackupInfo:
        require(actor, Action.BACKUP)
        info = create_backup(
            self._db,
            self._files,
            self._paths.config_file,
            output,
            self._now,
            trust_roots=self._paths.data_dir / TRUST_ROOT_DIR,
            progress=progress,
            token=token,
        )
        log.info("backup by %s to %s: %d files", actor.username, info.path, info.files)
        return info

    @property
    def backup_folder(self) -> Path:
        """``[backup] folder``, else ``[paths] backups``, else ``<data>/backups``; a relative
        folder is inside the data folder."""
        configured = self._config.backup.folder or self._config.paths.backups or "backups"
        return self._paths.data_dir / Path(configured).expanduser()

    def run_due_backup(self, now: datetime | None = None) -> BackupInfo | None:
        """Make today's scheduled backup unless it exists (or backups are off); then prune.

        "Today" is the office's calendar day in its configured time zone.
        """
        if not self._config.backup.enabled:
            return None
        moment = (now or self._now()).astimezone(ZoneInfo(self._config.general.timezone))
        folder = self.backup_folder
        today = moment.strftime("%Y-%m-%d")
        if any(p.name.startswith(f"jdih-backup-{today}-") for p in scheduled_backups(folder)):
            return None
        return self._scheduled_backup(SYSTEM, moment)

    def backup_now(
        self, actor: Actor, progress: ProgressFn = no_progress, token: CancelToken | None = None
    ) -> BackupInfo:
        """"Cadangkan sekarang": a backup into the backup folder at once, named and kept like
        the daily one (it counts as today's); a failure is recorded for Beranda, then raised."""
        require(actor, Action.BACKUP)
        moment = self._now().astimezone(ZoneInfo(self._config.general.timezone))
        return self._scheduled_backup(actor, moment, progress, token)

    def _scheduled_backup(
        self,
        actor: Actor,
        moment: datetime,
        progress: ProgressFn = no_progress,
        token: CancelToken | None = None,
    ) -> BackupInfo:
        folder = self.backup_folder
        try:
            info = self.backup(actor, folder / scheduled_name(moment), progress, token)
        except JdihError as exc:
            self.health.set(health.BACKUP, moment, *health.backup_failed(str(exc.message)))
            raise
        if info.complete:
            self.health.clear(health.BACKUP)
        else:
            self.health.set(health.BACKUP, moment, *health.backup_incomplete(len(info.lacking)))
        removed = prune(folder, self._config.backup.keep)
        if removed:
            log.info("pruned %d old backups in %s", len(removed), folder)
        return info

    def run_due_backup_logged(self, now: datetime | None = None) -> BackupInfo | None:
        """:meth:`run_due_backup` for the GUI's start: a failed backup (disk full, folder gone)
        is logged (and recorded for Beranda) and never stops the app from opening."""
        try:
            return self.run_due_backup(now)
        except JdihError as exc:
            log.error("scheduled backup failed: %s", exc.message.render("en"), exc_info=True)
            return None
