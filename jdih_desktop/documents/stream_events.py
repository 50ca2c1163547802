"""What the streaming page pipeline reports, and how it is set up.

The pipeline calls its ``on_event`` callback from its own worker threads; a GUI forwards each
event to its thread with a queued signal (the pipeline never waits for the receiver), the
command line prints them. Events carry page ids, never indices: the operator may reorder or
delete pages while the pipeline works.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from jdih_desktop.documents.pdf.assembly import DEFAULT_JPEG_QUALITY, AssemblyResult
from jdih_desktop.documents.pdf.pagelist import PageEntry
from jdih_desktop.documents.pdf.pageproc import PageReport, ProcessOptions
from jdih_desktop.documents.reading.reader import DecreeExtraction
from jdih_desktop.domain.messages import Msg


@dataclass(frozen=True)
class StreamOptions:
    """``check`` None: pages are archived as scanned (no orientation, deskew or crop)."""

    check: ProcessOptions | None = field(default_factory=ProcessOptions)
    ocr: bool = True
    language: str = "ind"
    workers: int = 0  # 0: one per core (each Tesseract is single-threaded)
    jpeg_quality: int = DEFAULT_JPEG_QUALITY
    tesseract: str = "tesseract"
    page_timeout: float = 300.0


@dataclass(frozen=True)
class PageChecked:
    """The page check is done: ``entry`` is what will be assembled (encoded, upright)."""

    page_id: int
    entry: PageEntry
    report: PageReport | None  # None when the result came from an earlier run
    image: Path | None = None  # the checked image, lossless (what OCR reads)


@dataclass(frozen=True)
class PageTextReady:
    page_id: int
    lines: tuple[str, ...]
    rotation: int
    cached: bool  # found from an earlier run (resume, or a page turned back)


@dataclass(frozen=True)
class PageFailed:
    page_id: int
    stage: str  # "check" | "ocr"
    message: Msg


@dataclass(frozen=True)
class ReadingUpdated:
    """The reader ran over the first ``pages_read`` pages (in the current order)."""

    extraction: DecreeExtraction
    pages_read: int
    page_count: int
    complete: bool  # every page is read and no more pages are coming


StreamEvent = PageChecked | PageTextReady | PageFailed | ReadingUpdated
EventSink = Callable[[StreamEvent], None]


@dataclass(frozen=True)
class StreamedPdf:
    """The assembled PDF: ``assembly`` describes the final file (with its text layer)."""

    assembly: AssemblyResult
    text_pages: int  # pages that carry a text layer
    texts: tuple[tuple[str, ...], ...]  # each page's lines, in page order

    @property
    def path(self) -> Path:
        return self.assembly.path
