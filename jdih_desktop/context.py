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
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from jdih_desktop.config import AppConfig, config_from_env_override, load_config
from jdih_desktop.db.engine import Database, sqlite_url
from jdih_desktop.db.failures import full_disk_error
from jdih_desktop.db.migrate import upgrade
from jdih_desktop.db.types import utcnow
from jdih_desktop.domain.messages import msg, set_language
from jdih_desktop.domain.sop import SopDefinition
from jdih_desktop.errors import DataDirError
from jdih_desktop.logging_setup import setup_logging
from jdih_desktop.office import OfficeService
from jdih_desktop.paths import AppPaths, resolve_paths
from jdih_desktop.storage.filestore import FileStore
from jdih_desktop.storage.temp_area import TEMP_DIR, TempArea
from jdih_desktop.workflow.sop_loader import default_sop_dir, load_sops

if TYPE_CHECKING:
    from jdih_desktop.accounts.service import AccountService
    from jdih_desktop.documents.archive.abstracts import AbstractService
    from jdih_desktop.documents.archive.archive import ArchiveService
    from jdih_desktop.documents.archive.history import DocumentHistory
    from jdih_desktop.documents.archive.search_index import SearchService
    from jdih_desktop.documents.intake import DocumentIntake
    from jdih_desktop.documents.scan_flow import ScanFlowService
    from jdih_desktop.privacy.service import PrivacyService
    from jdih_desktop.publishing.outbox import Outbox
    from jdih_desktop.scanning.service import ScanService
    from jdih_desktop.settings_service import SettingsService
    from jdih_desktop.sheets.forms import PrintService
    from jdih_desktop.signatures.service import SignatureService
    from jdih_desktop.trust.service import TrustService
    from jdih_desktop.workflow.attachments import AttachmentService
    from jdih_desktop.workflow.content import ContentService
    from jdih_desktop.workflow.content_report import ContentReportService
    from jdih_desktop.workflow.dashboard import DashboardService
    from jdih_desktop.workflow.dispositions import DispositionService
    from jdih_desktop.workflow.office_calendar import CalendarService
    from jdih_desktop.workflow.reports import ReportService
    from jdih_desktop.workflow.requests import RequestService
    from jdih_desktop.workflow.runs import RunService

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


class AppContext:
    """The office's services, each built on first use (a command pays only for what it uses).

    ``paths``, ``config``, ``db``, ``files``, ``now``, ``office`` and the SOP definitions are
    ready when :func:`open_context` returns; every other service is built, with its imports,
    the first time it is read, and is the same object afterwards.
    """

    def __init__(
        self,
        *,
        paths: AppPaths,
        config: AppConfig,
        db: Database,
        files: FileStore,
        now: Callable[[], datetime],
        office: OfficeService,
        sops: dict[str, SopDefinition],
        platforms: tuple[str, ...],
        temp: TempArea | None = None,
    ) -> None:
        self.paths = paths
        self.config = config
        self.db = db
        self.files = files
        self.now = now
        self.office = office
        self.sops = sops
        self._platforms = platforms
        self.temp = temp or TempArea(paths.data_dir / TEMP_DIR)

    # --- workflow ---------------------------------------------------------------------------

    @cached_property
    def accounts(self) -> AccountService:
        from jdih_desktop.accounts.service import AccountService

        return AccountService(self.db, self.now)

    @cached_property
    def calendars(self) -> CalendarService:
        from jdih_desktop.workflow.office_calendar import CalendarService

        return CalendarService(self.db, self.now)

    @cached_property
    def runs(self) -> RunService:
        from jdih_desktop.workflow.runs import RunService

        return RunService(self.db, self.sops, self.now)

    @cached_property
    def requests(self) -> RequestService:
        from jdih_desktop.workflow.requests import RequestService

        return RequestService(self.db, self.runs, self.calendars, self.now)

    @cached_property
    def reports(self) -> ReportService:
        from jdih_desktop.workflow.reports import ReportService

        return ReportService(self.db, self.calendars, self.now)

    @cached_property
    def dispositions(self) -> DispositionService:
        from jdih_desktop.workflow.dispositions import DispositionService

        return DispositionService(self.db, self.requests, self.now)

    @cached_property
    def dashboard(self) -> DashboardService:
        from jdih_desktop.workflow.dashboard import DashboardService

        return DashboardService(self.db, self.runs, self.calendars, self.now)

    @cached_property
    def attachments(self) -> AttachmentService:
        from jdih_desktop.workflow.attachments import AttachmentService

        return AttachmentService(self.db, self.files, self.now)

    @cached_property
    def content(self) -> ContentService:
        from jdih_desktop.workflow.content import ContentService

        return ContentService(
            self.db, self.runs, self.calendars, self.files, self.now, platforms=self._platforms
        )

    @cached_property
    def content_reports(self) -> ContentReportService:
        from jdih_desktop.domain.content import CONTENT_SOP
        from jdih_desktop.workflow.content_report import ContentReportService

        return ContentReportService(
            self.db, self.calendars, self.sops[CONTENT_SOP], self._platforms
        )

    @cached_property
    def printer(self) -> PrintService:
        from jdih_desktop.sheets.forms import PrintService

        return PrintService(
            self.db, self.office, self.files, self.requests, self.dispositions,
            self.calendars, self.reports, self.sops, self.now,
        )  # fmt: skip

    @cached_property
    def settings(self) -> SettingsService:
        from jdih_desktop.settings_service import SettingsService

        return SettingsService(self.db, self.config, self.paths, now=self.now)

    @cached_property
    def trust(self) -> TrustService:
        from jdih_desktop.trust.service import TrustService

        return TrustService(self.db, self.files, self.paths, self.config, self.now)

    # --- documents --------------------------------------------------------------------------

    @cached_property
    def archive(self) -> ArchiveService:
        from jdih_desktop.documents.archive.archive import ArchiveService

        return ArchiveService(self.db, self.files, self.now)

    @cached_property
    def search(self) -> SearchService:
        from jdih_desktop.documents.archive.search_index import SearchService

        return SearchService(self.db)

    @cached_property
    def history(self) -> DocumentHistory:
        from jdih_desktop.documents.archive.history import DocumentHistory

        return DocumentHistory(self.db)

    @cached_property
    def abstracts(self) -> AbstractService:
        from jdih_desktop.documents.archive.abstracts import AbstractService

        return AbstractService(self.db, self.now)

    @cached_property
    def intake(self) -> DocumentIntake:
        from jdih_desktop.documents.intake import DocumentIntake

        return DocumentIntake(self.archive, scratch=self.temp.scratch)

    @cached_property
    def scanning(self) -> ScanService:
        from jdih_desktop.scanning.service import ScanService

        return ScanService(self.paths.spool_dir)

    @cached_property
    def scan_flow(self) -> ScanFlowService:
        from jdih_desktop.documents.drafts import DraftStore
        from jdih_desktop.documents.scan_flow import ScanFlowService

        return ScanFlowService(
            DraftStore(self.paths.data_dir / "drafts"),
            self.intake,
            self.archive,
            self.requests,
            self.scanning,
        )

    @cached_property
    def outbox(self) -> Outbox:
        from jdih_desktop.publishing.wiring import open_outbox

        def gate(document_id: int) -> None:
            # The privacy service (pikepdf, the detectors) is built when a decree is queued,
            # not for every outbox listing.
            self.privacy.gate(document_id)

        return open_outbox(
            self.db, self.config.publishing, self.paths.data_dir, self.archive, self.requests,
            self.office, self.now, gate=gate,
        )  # fmt: skip

    @cached_property
    def privacy(self) -> PrivacyService:
        """Personal data found in a decree and the office's decision before it goes public."""
        from jdih_desktop.privacy.service import PrivacyService

        office = self.office
        return PrivacyService(  # the office's own contacts are public, not findings
            self.db,
            self.archive,
            self.files,
            allowed=lambda: (office.profile().phone, office.profile().email),
            now=self.now,
        )

    @cached_property
    def signatures(self) -> SignatureService:
        from jdih_desktop.signatures.service import SignatureService

        return SignatureService(self.db, self.archive, self.paths.data_dir, self.now)

    def database_host(self) -> str | None:
        """None for the SQLite file in the data folder; else the shared server's host name
        (the status bar says where the office's data lives, never a connection URL)."""
        return None if self.db.is_sqlite else (self.db.url.host or "localhost")

    def close(self) -> None:
        self.temp.close()
        self.db.dispose()


def check_data_dir(path: Path) -> None:
    """Create the folder if needed and prove it is writable, before anything is written there."""
    try:
        path.mkdir(parents=True, exist_ok=True)
        probe = path / f".write-test-{os.getpid()}"
        try:
            probe.write_bytes(b"ok")
        finally:  # a full disk fails the write after creating the file: leave nothing behind
            probe.unlink(missing_ok=True)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise full_disk_error(str(path)) from exc
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
    temp = TempArea(paths.data_dir / TEMP_DIR)  # this process's scratch, swept after a crash
    files = FileStore(files_root, journal=temp.note_stored)
    files.sweep_incoming()  # scratch files of a process killed mid-store (stale ones only)
    try:
        if migrate:
            upgrade(db)
        from jdih_desktop.db.audit import open_anchor

        open_anchor(db, paths.data_dir)  # before the first event: seeding is audited
        if migrate:  # the database knows its files: drop what dead processes left behind
            from jdih_desktop.trust.leftovers import forget_unrecorded

            temp.sweep(forget_unrecorded(db, files))
        office = OfficeService(db, now, files)
        if migrate:
            office.seed(config.office, config.general.timezone)
    except BaseException:
        db.dispose()
        raise
    # An office's edited SOPs (same code) in <data>/sop override the packaged ones; read at
    # open so a broken SOP file is reported at once, not by the first screen that needs it.
    sops = load_sops(default_sop_dir(), override_dir=paths.data_dir / "sop")
    from jdih_desktop.workflow.content_files import load_platforms

    platforms = load_platforms(paths.data_dir)
    log.info("opened %s with data folder %s", db.describe(), paths.data_dir)
    return AppContext(
        paths=paths,
        config=config,
        db=db,
        files=files,
        now=now,
        office=office,
        sops=sops,
        platforms=platforms,
        temp=temp,
    )


@contextlib.contextmanager
def app_context(data_dir: str | os.PathLike[str] | None = None) -> Iterator[AppContext]:
    context = open_context(data_dir)
    try:
        yield context
    finally:
        context.close()
