"""The one owner of scan → draft → analyse → store → SOP step "abstrak", without Qt.

The wizard runs these in background jobs; tests and scripts call them directly. Every result
is written into the draft (and the draft saved) before returning, so leaving the wizard at
any point keeps the work: a reopened draft starts from the last finished step.

Storing is one transaction: the decree, its files' rows, the final abstract, the request link,
the request's "abstrak" step and the draft's id (on the decree row) commit together. The
draft file is saved after; if the program dies in between, the draft finds its decree by its
id at the next :meth:`ScanFlowService.store`, so a resumed wizard never stores it twice.
"""

from __future__ import annotations

import dataclasses
import logging
import os
import threading
from collections.abc import Callable, Mapping
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from jdih_desktop.documents.archive.archive import ArchiveService, DocumentView
from jdih_desktop.documents.draft_stream import DraftStream
from jdih_desktop.documents.drafts import DraftPage, DraftStore, ScanDraft
from jdih_desktop.documents.intake import DocumentIntake, IntakeReading
from jdih_desktop.documents.pdf.ocr import OcrOptions
from jdih_desktop.documents.pdf.pageproc import ProcessOptions
from jdih_desktop.documents.pdf.pdfa import DocumentMetadata
from jdih_desktop.documents.reading import status_links
from jdih_desktop.documents.reading.abstract_draft import draft_abstract
from jdih_desktop.documents.reading.reader import DecreeExtraction
from jdih_desktop.documents.stream_events import EventSink, StreamedPdf, StreamOptions
from jdih_desktop.domain.abstract import Abstract
from jdih_desktop.domain.actor import Actor
from jdih_desktop.domain.draft_metadata import DraftMetadata, FieldReading
from jdih_desktop.domain.messages import Msg, current_language, msg
from jdih_desktop.domain.sop_steps import DecreeStep
from jdih_desktop.jobs import CancelToken, ProgressFn
from jdih_desktop.storage.filestore import sha256_of

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from jdih_desktop.scanning.service import ScanService
    from jdih_desktop.workflow.requests import RequestService
    from scanner import ScanSettings

log = logging.getLogger(__name__)

SCANNED = "dokumen.pdf"
SEARCHABLE = "dokumen-ocr.pdf"
#: The form's fields, in its order, and the reader's name for each.
FIELDS = (
    ("nomor", "nomor"),
    ("tahun", "tahun"),
    ("judul", "judul"),
    ("jenis", "jenis"),
    ("tempat_penetapan", "tempat_penetapan"),
    ("tanggal_penetapan", "tanggal_penetapan"),
    ("penandatangan", "penandatangan"),
    ("teu_badan", "pembuat"),
)


@dataclass(frozen=True)
class Analysis:
    fields: dict[str, FieldReading]
    abstract: Abstract
    text: str
    notes: tuple[Msg, ...]
    pages: int


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def readings(extraction: DecreeExtraction) -> dict[str, FieldReading]:
    found: dict[str, FieldReading] = {}
    for name, source in FIELDS:
        field = getattr(extraction, source)
        found[name] = (
            FieldReading(_text(field.value), field.confidence, field.page, field.line, field.reason)
            if field is not None
            else FieldReading("", None)
        )
    return found


def abstract_to_dict(abstract: Abstract) -> dict[str, Any]:
    return dataclasses.asdict(abstract)


def abstract_from_dict(data: dict[str, Any]) -> Abstract:
    return Abstract(
        subjek=tuple(data.get("subjek", ())),
        tahun=data.get("tahun"),
        singkatan=str(data.get("singkatan", "")),
        judul=str(data.get("judul", "")),
        abstrak=tuple(data.get("abstrak", ())),
        catatan=tuple(data.get("catatan", ())),
    )


@dataclass(frozen=True)
class ScanIntoDraft:
    """How one scan run ended and which pages it added to the draft (in scan order)."""

    state: str  # complete | cancelled | failed | interrupted
    pages: tuple[DraftPage, ...]
    error: str  # the clerk's sentence, "" when none


@dataclass
class _Read:
    """What :meth:`ScanFlowService.analyse` read, kept so :meth:`store` commits exactly that."""

    pdf: str
    reading: IntakeReading = field(repr=False)


class ScanFlowService:
    """Scan into a draft, analyse it, store it: the wizard's flow for the GUI, CLI and tests."""

    def __init__(
        self,
        drafts: DraftStore,
        intake: DocumentIntake,
        archive: ArchiveService,
        requests: RequestService,
        scanning: ScanService | None = None,
        ocr_options: OcrOptions | None = None,
    ) -> None:
        self.drafts = drafts
        self._intake = intake
        self._archive = archive
        self._requests = requests
        self._scanning = scanning
        self._ocr = ocr_options
        self._read: dict[str, _Read] = {}
        self._streams: dict[str, DraftStream] = {}
        self._lock = threading.Lock()

    # --- drafts -----------------------------------------------------------------------------

    def new_draft(self, *, request_id: int | None = None) -> ScanDraft:
        return self.drafts.new(request_id=request_id)

    def load_draft(self, draft_id: str) -> ScanDraft:
        return self.drafts.load(draft_id)

    def open_drafts(self) -> list[ScanDraft]:
        return self.drafts.all()

    def adopt_spool_session(self, session_id: str) -> ScanDraft:
        """Move a scan a crash interrupted out of the spool into a new draft."""
        if self._scanning is None:
            raise RuntimeError("ScanFlowService was built without a scanner")
        session = self._scanning.session(session_id)
        draft = self.drafts.new()
        draft.device = session.device
        self.drafts.add_pages(
            draft, [p.path for p in session.pages], dpis=[p.dpi for p in session.pages]
        )
        draft.step = "pages"
        self.drafts.save(draft)
        session.discard()
        return draft

    def delete_draft(self, draft: ScanDraft) -> None:
        self.close_stream(draft, cancel=True)
        with self._lock:
            self._read.pop(draft.id, None)
        self.drafts.delete(draft)

    # --- streaming: check and OCR while the feeder runs --------------------------------------

    def stream(self, draft: ScanDraft, on_event: EventSink | None = None) -> DraftStream:
        """The draft's streaming pipeline, started on first use (its results survive a crash).

        ``on_event`` (called from the pipeline's threads) replaces an earlier listener.
        """
        with self._lock:
            found = self._streams.get(draft.id)
            if found is not None and not found.pipeline.cancelled:
                if on_event is not None:
                    found.listener = on_event
                return found
            made = DraftStream(self.drafts, draft, self._stream_dir(), self._stream_options())
            made.listener = on_event
            self._streams[draft.id] = made
            return made

    def sync_stream(self, draft: ScanDraft) -> None:
        """The draft's page edits reach its pipeline now (never blocks on page work)."""
        with self._lock:
            found = self._streams.get(draft.id)
        if found is not None:
            found.sync(draft, feed=False)

    def close_stream(self, draft: ScanDraft, *, cancel: bool, wait: bool = True) -> None:
        """End the draft's pipeline; ``cancel`` kills running OCR now (results so far stay).

        ``wait=False`` returns without waiting for the pipeline's threads (a GUI closing).
        """
        with self._lock:
            found = self._streams.pop(draft.id, None)
        if found is not None:
            found.close(cancel=cancel, wait=wait)

    def _stream_dir(self) -> Path:
        if self._scanning is not None:
            from jdih_desktop.scanning.streaming import stream_dir

            return stream_dir(self._scanning)
        return self.drafts.root / ".stream"

    def _stream_options(self) -> StreamOptions:
        ocr = self._ocr or OcrOptions()
        tesseract = "tesseract"
        if ocr.tesseract_dir is not None:
            tesseract = str(ocr.tesseract_dir / "tesseract")
        return StreamOptions(
            check=ProcessOptions(),
            language=ocr.language,
            tesseract=tesseract,
            page_timeout=ocr.page_timeout,
        )

    # --- scan -------------------------------------------------------------------------------

    def scan_into_draft(
        self,
        draft: ScanDraft,
        device: str,
        settings: ScanSettings,
        *,
        on_page: Callable[[int, Path], None] = lambda _n, _p: None,
        on_message: Callable[[str], None] = lambda _m: None,
        progress: ProgressFn = lambda _p, _t: None,
        token: CancelToken | None = None,
        insert_at: int | None = None,
        stream: DraftStream | None = None,
    ) -> ScanIntoDraft:
        """Scan with ``device``; the pages move from the spool into the draft when it ends.

        ``on_page(number, spooled image)`` is called as each page arrives (in the worker's
        thread), so a caller can show it at once; the spool keeps only a scan in progress.
        With ``stream`` (see :meth:`stream`) each page is checked and OCR'd as it arrives.
        """
        from scanner import DeviceMessage, PageSpooled, ScanEvent

        if self._scanning is None:
            raise RuntimeError("ScanFlowService was built without a scanner")
        expected = settings.pages

        def on_event(event: ScanEvent) -> None:
            if isinstance(event, PageSpooled):
                page = event.page
                if stream is not None:
                    stream.spooled(page.path, page.dpi, page.sha256)
                on_page(page.index, page.path)
                done = page.index if expected is None else min(100, page.index * 100 // expected)
                progress(done if expected else 0, f"{page.index}")
            elif isinstance(event, DeviceMessage):
                on_message(event.message.text(current_language()))

        cancel = token.event if token is not None else None
        result = self._scanning.scan(device, settings, on_event=on_event, cancel=cancel)
        taken: list[DraftPage] = []
        if result.pages:
            sources = [p.path for p in result.pages]
            with stream.moving(sources) if stream is not None else nullcontext():
                taken = self.drafts.add_pages(
                    draft, sources, dpis=[p.dpi for p in result.pages], at=insert_at
                )
                if stream is not None:
                    stream.taken(sources, taken)
            if result.session is not None:
                result.session.discard()
        from jdih_desktop.scanning.service import scan_message

        error = str(scan_message(result.error)) if result.error is not None else ""
        return ScanIntoDraft(result.state, tuple(taken), error)

    # --- analyse ----------------------------------------------------------------------------

    def analyse(self, draft: ScanDraft, progress: ProgressFn, token: CancelToken) -> Analysis:
        """Assemble the edited pages with their text, read the decree; results into the draft.

        The pages' OCR comes from the draft's stream (done while the feeder ran, or now for
        what is left); the PDF is put together from those per-page results, never re-OCR'd.
        The reading is kept for :meth:`store`, which commits it without reading the PDF again.
        """
        stream = self.stream(draft)
        folder = self.drafts.folder(draft)
        streamed = stream.finish(
            draft, folder / SEARCHABLE, progress, token, metadata=DocumentMetadata()
        )
        analysis, reading = _analyse(
            self.drafts, draft, self._intake, self._archive, streamed, stream.failures, progress
        )
        with self._lock:
            self._read[draft.id] = _Read(draft.pdf, reading)
        return analysis

    # --- store ------------------------------------------------------------------------------

    def stored(self, draft: ScanDraft) -> DocumentView | None:
        """The decree this draft stored (even if the draft file missed its id), or None."""
        if draft.document_id is not None:
            return self._archive.get(draft.document_id)
        return self._archive.from_scan_draft(draft.id)

    def store(
        self,
        actor: Actor,
        draft: ScanDraft,
        overrides: Mapping[str, Any],
        abstract: Abstract,
    ) -> DocumentView:
        """Put the decree into the archive with the checked metadata and the final abstract.

        One transaction: the decree, its final abstract, the request link, the request's
        "abstrak" step (when it is the running one) and the draft's id. Idempotent for the
        draft: once stored, the same document is returned (a second click, a resumed draft,
        or a draft file that missed its document id in a crash never stores it twice).
        """
        found = self.stored(draft)
        if found is None:
            reading = self._reading(draft)
            metadata, _duplicates, _warnings = self._intake.check(reading, overrides)
            request_id = draft.request_id

            def close_step(session: Session, _document_id: int) -> None:
                if request_id is not None:
                    self._requests.complete_running_step_in(
                        session, actor, request_id, DecreeStep.ABSTRAK
                    )

            found = self._intake.commit(
                actor,
                reading,
                metadata,
                abstract,
                abstract_state="final",
                request_id=request_id,
                scan_draft_id=draft.id,
                within=close_step,
            )
            # Status links the operator ticked (mencabut / mengubah): the older decree's
            # status follows. A crash before this line loses only the ticks (`jdih links`).
            status_links.confirm_saved(self._archive, actor, found.id, draft.metadata)
            with self._lock:
                self._read.pop(draft.id, None)
                stream = self._streams.pop(draft.id, None)
            if stream is not None:  # stored: the per-page results have done their work
                stream.close(cancel=True)
                stream.pipeline.discard_results()
        draft.document_id = found.id
        draft.step = "publish"
        self.drafts.save(draft)
        return found

    def _reading(self, draft: ScanDraft) -> IntakeReading:
        """What analyse read, when it is still the draft's PDF; else read it now (resumed)."""
        pdf = self.drafts.folder(draft) / (draft.pdf or SCANNED)
        with self._lock:
            kept = self._read.get(draft.id)
        if (
            kept is not None
            and kept.pdf == draft.pdf
            and pdf.is_file()
            and sha256_of(pdf) == kept.reading.sha256
        ):
            return kept.reading
        return self._intake.read(
            pdf, ocr=False, work=self.drafts.folder(draft) / "work", ocr_text=pdf.name == SEARCHABLE
        )


def _analyse(
    drafts: DraftStore,
    draft: ScanDraft,
    intake: DocumentIntake,
    archive: ArchiveService,
    streamed: StreamedPdf,
    failures: list[Msg],
    progress: ProgressFn,
) -> tuple[Analysis, IntakeReading]:
    """Read the decree from the assembled PDF; results into the draft."""
    folder = drafts.folder(draft)
    target = streamed.path
    notes: list[Msg] = []
    if not streamed.text_pages:  # no OCR text: the file is the scan as it is
        target = folder / SCANNED
        os.replace(streamed.path, target)
        notes.extend(failures)
    progress(92, "Membaca isi keputusan")
    # Our own OCR's text: names under stamps and signatures are never shown as sure.
    reading = intake.read(
        target, ocr=False, work=folder / "work", ocr_text=bool(streamed.text_pages)
    )
    extraction = reading.extraction
    page_count = streamed.assembly.page_count
    jenis = extraction.jenis.value if extraction.jenis else ""
    abstract = draft_abstract(
        extraction,
        singkatan_jenis=archive.jenis_abbreviation(jenis) if jenis else None,
        pages=page_count,
    )
    if streamed.text_pages:
        # The reader's own notes ("no text layer, OCR not run") describe a read without OCR.
        if not reading.body_text.strip():
            notes.append(
                msg(
                    "OCR tidak menemukan teks (halaman kosong atau hanya gambar); isi manual.",
                    "OCR found no text (blank or image-only pages); fill the fields by hand.",
                )
            )
    elif not failures:
        notes.extend(reading.notes)
    analysis = Analysis(
        fields=readings(extraction),
        abstract=abstract,
        text=reading.body_text,
        notes=tuple(notes),
        pages=page_count,
    )
    draft.pdf = target.name
    draft.text = analysis.text
    draft.metadata = DraftMetadata(fields=dict(analysis.fields), subjek=list(abstract.subjek))
    draft.abstract = abstract_to_dict(abstract)
    draft.step = "metadata"
    drafts.save(draft)
    progress(100, "Selesai")
    return analysis, reading
