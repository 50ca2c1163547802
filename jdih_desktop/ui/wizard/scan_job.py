"""One scan run from the wizard: the scanner client in a background job, pages as signals.

Each spooled page is thumbnailed in the worker thread and handed to the GUI as a small QImage;
when the run ends its pages move from the spool into the wizard's draft, so the spool only
ever holds a scan in progress (and what a crash interrupted).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage

from jdih_desktop.documents.drafts import DraftStore, ScanDraft
from jdih_desktop.documents.jobs import CancelToken, ProgressFn
from jdih_desktop.domain.messages import current_language
from jdih_desktop.scanning.service import ScanService, scan_message
from jdih_desktop.ui.wizard.thumbnails import thumbnail
from scanner import DeviceMessage, PageSpooled, ScanEvent, ScanSettings


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
    scanning: ScanService,
    drafts: DraftStore,
    draft: ScanDraft,
    device: str,
    settings: ScanSettings,
    signals: ScanSignals,
    progress: ProgressFn,
    token: CancelToken,
    insert_at: int | None = None,
) -> ScanOutcome:
    expected = settings.pages
    thumbs: list[QImage] = []

    def on_event(event: ScanEvent) -> None:
        if isinstance(event, PageSpooled):
            page = event.page
            image = thumbnail(page.path)
            thumbs.append(image)
            signals.page.emit(page.index, image)
            done = page.index if expected is None else min(100, page.index * 100 // expected)
            progress(done if expected else 0, f"{page.index}")
        elif isinstance(event, DeviceMessage):
            signals.message.emit(event.message.text(current_language()))

    result = scanning.scan(device, settings, on_event=on_event, cancel=token.event)
    taken_thumbs: dict[str, QImage] = {}
    if result.pages:
        files: list[Path] = [p.path for p in result.pages]
        taken = drafts.add_pages(draft, files, dpis=[p.dpi for p in result.pages], at=insert_at)
        if result.session is not None:
            result.session.discard()
        if len(thumbs) == len(taken):
            taken_thumbs = {page.file: image for page, image in zip(taken, thumbs, strict=True)}
    error = str(scan_message(result.error)) if result.error is not None else ""
    return ScanOutcome(result.state, len(result.pages), error, taken_thumbs)
