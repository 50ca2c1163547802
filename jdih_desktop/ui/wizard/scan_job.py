"""One scan run from the wizard: :meth:`ScanFlowService.scan_into_draft` in a background job,
pages as signals.

Each spooled page is thumbnailed in the worker thread and handed to the GUI as a small QImage;
the flow service moves the run's pages from the spool into the wizard's draft when it ends.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from jdih_desktop.documents.draft_stream import DraftStream
from jdih_desktop.documents.drafts import ScanDraft
from jdih_desktop.documents.scan_flow import ScanFlowService
from jdih_desktop.jobs import CancelToken, ProgressFn
from jdih_desktop.ui.wizard.thumbnails import thumbnail

if TYPE_CHECKING:
    from jdih_desktop.scanning.profiles import ScanSettings


@dataclass(frozen=True)
class ScanOutcome:
    state: str  # complete | cancelled | failed | interrupted
    pages: int
    error: str  # the clerk's sentence, "" when none
    thumbnails: dict[str, QImage] = field(default_factory=dict)  # by draft page file


class ScanSignals(QObject):
    """Emitted from the worker thread; delivered queued on the GUI thread."""

    page = Signal(int, object)  # page number in this run, QImage thumbnail
    message = Signal(str)


def run_scan(
    flow: ScanFlowService,
    draft: ScanDraft,
    device: str,
    settings: ScanSettings,
    signals: ScanSignals,
    progress: ProgressFn,
    token: CancelToken,
    insert_at: int | None = None,
    stream: DraftStream | None = None,
) -> ScanOutcome:
    thumbs: list[QImage] = []

    def on_page(number: int, path: Path) -> None:
        image = thumbnail(path)
        thumbs.append(image)
        signals.page.emit(number, image)

    result = flow.scan_into_draft(
        draft,
        device,
        settings,
        on_page=on_page,
        on_message=signals.message.emit,
        progress=progress,
        token=token,
        insert_at=insert_at,
        stream=stream,
    )
    taken_thumbs: dict[str, QImage] = {}
    if len(thumbs) == len(result.pages):
        taken_thumbs = {page.file: image for page, image in zip(result.pages, thumbs, strict=True)}
    return ScanOutcome(result.state, len(result.pages), result.error, taken_thumbs)
