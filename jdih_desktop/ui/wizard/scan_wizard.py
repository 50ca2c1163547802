"""The scan-and-upload wizard (QWizard): the SOP's "abstrak" and "unggah" steps, guided.

Every page writes its result into a :class:`~jdih_desktop.documents.drafts.ScanDraft` as it
goes, so closing the wizard anywhere keeps the work and reopening the draft resumes at the
page where it stopped. All slow work (scan, page checks, assembly, OCR, storing, upload) runs
in background jobs.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QSize, Signal
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QWidget, QWizard

from jdih_desktop.context import AppContext
from jdih_desktop.documents.draft_stream import DraftStream
from jdih_desktop.documents.drafts import DraftStore, ScanDraft
from jdih_desktop.documents.scan_flow import FieldReading, readings
from jdih_desktop.documents.stream_events import ReadingUpdated, StreamEvent
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.errors import JdihError
from jdih_desktop.ui import hub
from jdih_desktop.ui.jobs import Job
from jdih_desktop.ui.screen_fit import fit_to_screen
from jdih_desktop.ui.wizard.abstract_page import AbstractPage
from jdih_desktop.ui.wizard.device_page import DevicePage
from jdih_desktop.ui.wizard.metadata_page import MetadataPage
from jdih_desktop.ui.wizard.pages_page import PagesPage
from jdih_desktop.ui.wizard.publish_page import PublishPage
from jdih_desktop.ui.wizard.review_page import ReviewPage
from jdih_desktop.ui.wizard.scan_page import ScanPage
from jdih_desktop.ui.wizard.thumbnails import missing_thumbnails

log = logging.getLogger(__name__)

STEPS = ("device", "scan", "pages", "metadata", "abstract", "review", "publish")
CLOSE_WAIT = 60.0  # s: a cancelled scan or OCR stops between pages, well within this


def draft_store(context: AppContext) -> DraftStore:
    return context.scan_flow.drafts


class StreamSignals(QObject):
    """The draft pipeline's events, emitted in its threads, delivered queued on the GUI thread."""

    arrived = Signal(object)  # a StreamEvent


class ScanWizard(QWizard):
    def __init__(
        self,
        context: AppContext,
        actor: Actor,
        draft: ScanDraft | None = None,
        *,
        request_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.actor = actor
        self.drafts = context.scan_flow.drafts
        self.draft = draft or context.scan_flow.new_draft(request_id=request_id)
        #: Page thumbnails by draft file, made in worker threads only (a 300 dpi page takes
        #: tens of milliseconds to decode: never on the GUI thread).
        self.thumbs: dict[str, QImage] = {}
        # The reader's latest reading of the pages OCR'd so far (while the feeder runs).
        self.reading: dict[str, FieldReading] = {}
        self.reading_pages = (0, 0)  # pages read, pages known
        self._stream_signals = StreamSignals(self)
        self._stream_signals.arrived.connect(self._stream_event)
        self.setWindowTitle(self.tr("Pindai dan unggah salinan SK"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Selesai"))
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Lanjut >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Kembali"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Tutup (simpan draf)"))
        # 1280×720 less a task bar and a title bar leaves about 1264×640 (see screen_fit).
        self.setMinimumSize(QSize(860, 560))
        fit_to_screen(self, 1100, 720)
        self.device_page = DevicePage(self)
        self.scan_page = ScanPage(self)
        self.pages_page = PagesPage(self)
        self.metadata_page = MetadataPage(self)
        self.abstract_page = AbstractPage(self)
        self.review_page = ReviewPage(self)
        self.publish_page = PublishPage(self)
        for page in (
            self.device_page,
            self.scan_page,
            self.pages_page,
            self.metadata_page,
            self.abstract_page,
            self.review_page,
            self.publish_page,
        ):
            self.addPage(page)
        step = self.draft.step if self.draft.step in STEPS else "device"
        if step == "done":
            step = "publish"
        self.setStartId(STEPS.index(step))

    def page_paths(self) -> dict[str, Path]:
        return {p.file: self.drafts.page_path(self.draft, p) for p in self.draft.live_pages}

    def thumbnails_job(self, parent: QObject) -> Job | None:
        """A job that makes the missing thumbnails (None when none are missing)."""
        paths = {k: v for k, v in self.page_paths().items() if k not in self.thumbs}
        if not paths:
            return None
        cache = dict(self.thumbs)
        job = Job(lambda _progress, _token: missing_thumbnails(paths, cache), parent)
        job.finished.connect(self.thumbs.update)
        return job

    def stream(self) -> DraftStream:
        """The draft's pipeline (check, OCR, reading while scanning); its events come here."""
        return self.context.scan_flow.stream(self.draft, on_event=self._stream_signals.arrived.emit)

    def sync_stream(self) -> None:
        """After an edit in the page check: only a turned page's OCR is redone."""
        self.context.scan_flow.sync_stream(self.draft)

    def _stream_event(self, event: StreamEvent) -> None:
        if isinstance(event, ReadingUpdated):
            self.reading = readings(event.extraction)
            self.reading_pages = (event.pages_read, event.page_count)
            self.scan_page.show_reading()
            self.metadata_page.prefill(self.reading)

    def save_draft(self, step: str | None = None) -> None:
        if step is not None:
            self.draft.step = step
        self.drafts.save(self.draft)

    def _jobs(self) -> list[Job]:
        pages = (
            self.device_page,
            self.scan_page,
            self.pages_page,
            self.metadata_page,
            self.review_page,
            self.publish_page,
        )
        return [job for page in pages if (job := getattr(page, "job", None)) is not None]

    def busy(self) -> bool:
        return any(job.busy for job in self._jobs())

    def done(self, result: int) -> None:
        # Whatever was stored or published shows on every screen at once.
        if self.draft.document_id is not None:
            hub.announce(self.context, hub.ARCHIVE, hub.REQUESTS, hub.PUBLICATIONS)
        # However the wizard ends, its pipeline's threads and Tesseracts end with it.
        self.context.scan_flow.close_stream(self.draft, cancel=True, wait=False)
        super().done(result)

    def reject(self) -> None:
        """Close at any point: running work is cancelled (pages so far are kept), the draft saved.

        Storing and publishing are not cancelled half-way; they finish first (the outbox
        would redo an interrupted upload anyway, but a clean finish is quicker).
        """
        for page in (self.scan_page, self.pages_page, self.metadata_page):
            if page.job is not None and page.job.busy:
                page.job.cancel()
        # OCR stops at once; what it finished stays for the next start of this draft.
        self.context.scan_flow.close_stream(self.draft, cancel=True, wait=False)
        deadline = time.monotonic() + CLOSE_WAIT
        while self.busy() and time.monotonic() < deadline:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        try:
            self.save_draft()
        except (OSError, JdihError):
            log.warning("could not save scan draft %s", self.draft.id, exc_info=True)
        super().reject()

    def accept(self) -> None:
        if self.draft.document_id is not None and self.draft.step == "done":
            self.context.scan_flow.delete_draft(self.draft)  # archived and on the site
        else:
            self.save_draft()
        super().accept()
