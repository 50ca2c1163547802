"""A scan whose pages enter the streaming pipeline the moment the worker spools them.

The scanner worker writes each page to the spool and reports it; this hands the page to a
:class:`~jdih_desktop.documents.streaming.StreamingPipeline` right then, so page check, OCR
and reading run while the feeder is still pulling paper. The spool stays the source of truth:
when the worker or the app dies mid-scan every delivered page is in the spool, and the
pipeline's results in :func:`stream_dir` let the next start resume OCR where it stopped.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from pathlib import Path

from jdih_desktop.documents.streaming import StreamingPipeline
from jdih_desktop.scanning.service import ScanService
from scanner import PageSpooled, ScanEvent, ScanResult, ScanSettings, SpooledPage

#: Under the spool, beside the sessions; the spool's recovery skips it (no manifest, no pages).
STREAM_FOLDER = ".stream"


def stream_dir(service: ScanService) -> Path:
    """Where the pipeline keeps per-page results for the scans of this data folder."""
    return service.spool_dir / STREAM_FOLDER


def scan_streaming(
    service: ScanService,
    device: str,
    settings: ScanSettings,
    pipeline: StreamingPipeline,
    *,
    on_event: Callable[[ScanEvent], None] | None = None,
    cancel: threading.Event | None = None,
) -> ScanResult:
    """Scan with every spooled page fed to ``pipeline`` as it lands; never raises for a fault.

    Marks the pipeline's feeding done however the scan ends, so its last reading is final.
    """

    def forward(event: ScanEvent) -> None:
        if isinstance(event, PageSpooled):
            page = event.page
            pipeline.add_page(page.path, dpi=page.dpi, digest=page.sha256)
        if on_event is not None:
            on_event(event)

    try:
        return service.scan(device, settings, on_event=forward, cancel=cancel)
    finally:
        pipeline.feeding_done()


def feed_pages(pipeline: StreamingPipeline, pages: Sequence[SpooledPage]) -> None:
    """Feed pages already on disk (a recovered session), then mark feeding done."""
    for page in pages:
        pipeline.add_page(page.path, dpi=page.dpi, digest=page.sha256)
    pipeline.feeding_done()
