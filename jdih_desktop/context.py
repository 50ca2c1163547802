"""Builds the services the CLI and the GUI share, from a data folder.

Opening a context checks the data folder, reads the configuration, migrates the database to
head and seeds the office: after it returns, every service is ready to use.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from jdih_desktop.accounts.service import AccountService
from jdih_desktop.config import AppConfig, config_from_env_override, load_config
from jdih_desktop.db.engine import Database, sqlite_url
from jdih_desktop.db.migrate import upgrade
from jdih_desktop.db.types import utcnow
from jdih_desktop.documents.abstracts import AbstractService
from jdih_desktop.documents.archive import ArchiveService
from jdih_desktop.documents.drafts import DraftStore
from jdih_desktop.documents.history import DocumentHistory
from jdih_desktop.documents.intake import DocumentIntake
from jdih_desktop.documents.scan_flow import ScanFlowService
from jdih_desktop.documents.search_index import SearchService
from jdih_desktop.domain.content import CONTENT_SOP
from jdih_desktop.domain.messages import msg, set_language
from jdih_desktop.errors import DataDirError
from jdih_desktop.logging_setup import setup_logging
from jdih_desktop.office import OfficeService
from jdih_desktop.paths import AppPaths, resolve_paths
from jdih_desktop.publishing.outbox import Outbox
from jdih_desktop.publishing.wiring import open_outbox
from jdih_desktop.scanning.service import ScanService
from jdih_desktop.settings_service import SettingsService
from jdih_desktop.sheets.forms import PrintService
from jdih_desktop.storage.filestore import FileStore
from jdih_desktop.trust.service import TrustService
from jdih_desktop.workflow.attachments import AttachmentService
from jdih_desktop.workflow.content import ContentService
from jdih_desktop.workflow.content_files import load_platforms
from jdih_desktop.workflow.content_report import ContentReportService
from jdih_desktop.workflow.dashboard import DashboardService
from jdih_desktop.workflow.dispositions import DispositionService
from jdih_desktop.workflow.office_calendar import CalendarService
from jdih_desktop.workflow.reports import ReportService
from jdih_desktop.workflow.requests import RequestService
from jdih_desktop.workflow.runs import RunService
from jdih_desktop.workflow.sop_loader import default_sop_dir, load_sops

log = logging.getLogger(__name__)


def clock_from_env() -> Callable[[], datetime]:
    """The real clock, or a frozen one from ``JDIH_NOW`` (an ISO instant with offset).

    Freezing time lets a script or a test replay an SOP run with exact, repeatable timers.
    """
    frozen = os.environ.get("JDIH_NOW")
    if not frozen:
        return utcnow
    instant = datetime.fromisoformat(frozen)
    if instant.tzinfo is None:
        raise DataDirError(
            msg("JDIH_NOW harus memuat zona waktu.", "JDIH_NOW must include a time zone.")
        )
    return lambda: instant


@dataclass
class AppContext:
    paths: AppPaths
    config: AppConfig
    db: Database
    files: FileStore
    now: Callable[[], datetime]
    accounts: AccountService
    office: OfficeService
    calendars: CalendarService
    runs: RunService
    requests: RequestService
    reports: ReportService
    dispositions: DispositionService
    printer: PrintService
    settings: SettingsService
    dashboard: DashboardService
    attachments: AttachmentService
    scanning: ScanService
    trust: TrustService
    content: ContentService
    content_reports: ContentReportService
    archive: ArchiveService
    search: SearchService
    history: DocumentHistory
    abstracts: AbstractService
    intake: DocumentIntake
    outbox: Outbox
    scan_flow: ScanFlowService

    def describe_database(self) -> str:
        """Which database this office uses, for the status bar and the logs."""
        return self.db.describe()

    def close(self) -> None:
        self.db.dispose()


def check_data_dir(path: Path) -> None:
    """Create the folder if needed and prove it is writable, before anything is written there."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / f".write-test-{os.getpid()}"
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError as exc:
        reason = (
            msg("tidak ada izin menulis", "no permission to write")
            if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS)
            else msg(exc.strerror or str(exc), exc.strerror or str(exc))
        )
        raise DataDirError(
            msg(
                "Folder data {path} tidak dapat dipakai ({reason}). Pilih folder lain dengan "
                "--data-dir atau JDIH_DATA_DIR, atau perbaiki izinnya.",
                "The data folder {path} cannot be used ({reason}). Choose another with "
                "--data-dir or JDIH_DATA_DIR, or fix its permissions.",
                path=str(path),
                reason=reason,
            )
        ) from exc


def database_url(paths: AppPaths, config: AppConfig) -> str:
    return config.database.url or sqlite_url(paths.database_file)


def open_context(
    data_dir: str | os.PathLike[str] | None = None, *, migrate: bool = True
) -> AppContext:
    paths = resolve_paths(data_dir)
    check_data_dir(paths.data_dir)
    config = config_from_env_override(load_config(paths.config_file))
    set_language(config.general.language)
    setup_logging(paths.log_dir)
    db = Database(database_url(paths, config))
    now = clock_from_env()
    files_root = Path(config.paths.files) if config.paths.files else paths.files_dir
    files = FileStore(files_root)
    try:
        if migrate:
            upgrade(db)
        office = OfficeService(db, now, files)
        if migrate:
            office.seed(config.office, config.general.timezone)
    except BaseException:
        db.dispose()
        raise
    # An office's edited SOPs (same code) in <data>/sop override the packaged ones.
    sops = load_sops(default_sop_dir(), override_dir=paths.data_dir / "sop")
    calendars = CalendarService(db, now)
    platforms = load_platforms(paths.data_dir)
    runs = RunService(db, sops, now)
    requests = RequestService(db, runs, calendars, now)
    reports = ReportService(db, calendars)
    dispositions = DispositionService(db, requests, now)
    archive = ArchiveService(db, files, now)
    intake = DocumentIntake(archive)
    scanning = ScanService(paths.spool_dir)
    printer = PrintService(db, office, files, requests, dispositions, calendars, reports, sops, now)
    log.info("opened %s with data folder %s", db.describe(), paths.data_dir)
    return AppContext(
        paths=paths,
        config=config,
        db=db,
        files=files,
        now=now,
        accounts=AccountService(db, now),
        office=office,
        calendars=calendars,
        runs=runs,
        requests=requests,
        reports=reports,
        dispositions=dispositions,
        printer=printer,
        settings=SettingsService(db, config, paths, now=now),
        dashboard=DashboardService(db, runs, calendars, now),
        attachments=AttachmentService(db, files, now),
        scanning=scanning,
        trust=TrustService(db, files, paths, config, now),
        content=ContentService(db, runs, calendars, files, now, platforms=platforms),
        content_reports=ContentReportService(db, calendars, sops[CONTENT_SOP], platforms),
        archive=archive,
        search=SearchService(db),
        history=DocumentHistory(db),
        abstracts=AbstractService(db, now),
        intake=intake,
        outbox=open_outbox(
            db, config.publishing, paths.data_dir, archive, requests, office, now
        ),
        scan_flow=ScanFlowService(
            DraftStore(paths.data_dir / "drafts"), intake, archive, requests, scanning
        ),
    )


@contextlib.contextmanager
def app_context(data_dir: str | os.PathLike[str] | None = None) -> Iterator[AppContext]:
    context = open_context(data_dir)
    try:
        yield context
    finally:
        context.close()
