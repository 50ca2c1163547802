"""Builds the outbox from the app's parts (used by ``context.open_context`` and tests)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from jdih_desktop.config import PublishingConfig
from jdih_desktop.db.engine import Database
from jdih_desktop.office import OfficeService
from jdih_desktop.publishing.backoff import RandomSource, RetryPolicy
from jdih_desktop.publishing.credentials import CredentialStore
from jdih_desktop.publishing.http import HttpSettings
from jdih_desktop.publishing.items import ArchiveReader
from jdih_desktop.publishing.outbox import Outbox
from jdih_desktop.publishing.steps import UploadSteps
from jdih_desktop.publishing.targets import Targets
from jdih_desktop.workflow.requests import RequestService


def open_outbox(
    db: Database,
    settings: PublishingConfig,
    data_dir: Path,
    archive: ArchiveReader,
    requests: RequestService,
    office: OfficeService,
    now: Callable[[], datetime],
    *,
    credentials: CredentialStore | None = None,
    http: HttpSettings | None = None,
    rng: RandomSource | None = None,
    policy: RetryPolicy | None = None,
    gate: Callable[[int], None] | None = None,
) -> Outbox:
    """The office's outbox; the office profile is read when needed, so edits apply at once."""
    targets = Targets(
        settings.kind,
        settings.options,
        settings.targets,
        data_dir=data_dir,
        site_url=lambda: office.profile().website,
        credentials=credentials,
        http=http,
    )
    return Outbox(
        db,
        archive,
        targets,
        UploadSteps(db, requests, now),
        now=now,
        rng=rng,
        policy=policy,
        teu_badan=lambda: office.profile().teu_badan,
        gate=gate,  # issue #22: the personal-data decision
    )
