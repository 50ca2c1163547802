"""Page check, encoding, OCR and reading while the feeder still runs: the streaming pipeline.

The staged path waits for the last page, then checks every page, assembles, OCRs the whole
PDF and reads it: half a minute after a 20-page decree leaves the feeder. Here each page goes
through check → encoding → OCR as soon as it is spooled, on a pool of one thread per core,
each driving at most one single-threaded Tesseract, so both cores work while the scanner
feeds and none is oversubscribed. The reader runs on the text of the first pages as soon as
it exists and again as later pages arrive (:class:`ReadingUpdated`).

A feeder faster than the pool is not slowed (an ADF cannot be paused mid-batch): pages wait
as files in the spool, the pipeline keeps only their names and text, so memory stays flat in
the page count, and never more than one Tesseract per core runs. Waiting pages are taken
checks first, then OCR in page order, so the reader's run of finished first pages grows.

Every result lives in ``work_dir`` under a name made from the page's content (and rotation for
OCR), written atomically. So: turning a page re-OCRs only that page (turning it back finds the
old result); deleting or reordering pages re-OCRs nothing; cancelling kills every child at
once and keeps the pages; and after a crash, a new pipeline fed the recovered pages picks up
what was done and OCRs the rest. Nothing here imports Qt: the GUI wraps the pipeline and
forwards its events; ``jdih scan --ocr`` drives it directly.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from pathlib import Path

from jdih_desktop.documents.errors import (
    DocumentError,
    OcrUnavailableError,
    PageImageError,
    PageOperationError,
)
from jdih_desktop.documents.pdf.assembly import assemble_pdf, encode_page
from jdih_desktop.documents.pdf.images import PageKind
from jdih_desktop.documents.pdf.osd import children_in
from jdih_desktop.documents.pdf.page_ocr import ChildProcesses, PageOcr, cached_ocr, ocr_page
from jdih_desktop.documents.pdf.pagelist import PageEntry, check_quarter_turn
from jdih_desktop.documents.pdf.pageproc import PageFlag, PageReport, ProcessOptions, process_page
from jdih_desktop.documents.pdf.pdfa import DocumentMetadata
from jdih_desktop.documents.pdf.text_layer import add_text_layers
from jdih_desktop.documents.reading.reader import read_decree
from jdih_desktop.documents.stream_events import (
    EventSink,
    PageChecked,
    PageFailed,
    PageTextReady,
    ReadingUpdated,
    StreamedPdf,
    StreamEvent,
    StreamOptions,
)
from jdih_desktop.domain.messages import msg
from jdih_desktop.jobs import CancelToken, ProgressFn, no_progress
from jdih_desktop.storage.atomic import atomic_writer
from jdih_desktop.storage.filestore import sha256_of

log = logging.getLogger(__name__)

#: The page check: ``(source, target, options)`` → report (``pageproc.process_page``'s shape).
PageChecker = Callable[[Path, Path, ProcessOptions | None], PageReport]


@dataclass
class _Page:
    page_id: int
    source: Path
    digest: str
    dpi: tuple[float, float] | None
    entry: PageEntry | None = None  # after the check: the encoded image, unrotated
    ocr_source: Path | None = None  # the checked image in its lossless form
    ocr_digest: str | None = None  # its content's SHA-256: the OCR results' name
    ocr: PageOcr | None = None
    ocr_rotation: int | None = None
    busy: bool = False
    check_failed: bool = False
    ocr_failed_at: int | None = None  # rotation whose OCR failed (not retried)
    deleted: bool = False
    rotation: int = 0  # the operator's clockwise turn, applied as /Rotate
    prechecked: bool = False  # already uprighted/deskewed/cropped (a resumed draft's page)
    reading: Path | None = None  # the file the running check or OCR reads

    def input(self, kind: str) -> Path:
        """The file a check (the scan) or an OCR (the checked image) of this page reads."""
        return self.source if kind == "check" else (self.ocr_source or self.source)

    def assembled(self) -> PageEntry:
        """What goes into the PDF: the checked page (or the raw scan), turned as shown."""
        entry = self.entry or PageEntry(self.source, dpi=self.dpi)
        return replace(entry, rotation=self.rotation)

    def text_settled(self, ocr_on: bool) -> bool:
        """Nothing more will come for this page's text at its current rotation."""
        if self.check_failed or not ocr_on:
            return self.entry is not None or self.check_failed
        return self.ocr_rotation == self.rotation or self.ocr_failed_at == self.rotation


class StreamingPipeline:
    """Feed pages with :meth:`add_page`; edit with :meth:`rotate`/:meth:`delete`/:meth:`move`.

    Call :meth:`start` once, :meth:`feeding_done` when the feeder stops, then
    :meth:`wait_idle` and :meth:`assemble`. :meth:`cancel` stops all work within a second
    (pages and finished results stay), :meth:`close` ends the threads. Methods other than
    ``wait_*``/``assemble``/``close`` never block on page work, so a GUI thread may call them.
    """

    def __init__(
        self,
        work_dir: Path,
        options: StreamOptions | None = None,
        on_event: EventSink | None = None,
        checker: PageChecker | None = None,
    ) -> None:
        self.work_dir = work_dir
        self.options = options or StreamOptions()
        self._checker: PageChecker = checker or process_page
        self._on_event = on_event
        self._cond = threading.Condition()
        self._pages: dict[int, _Page] = {}
        self._order: list[int] = []
        self._deleted: list[tuple[int, int]] = []  # (index, page id) for undo
        self._next_id = 1
        self._threads: list[threading.Thread] = []
        self._held: set[Path] = set()  # files being moved: no new work reads them
        self._children = ChildProcesses()
        self._stopping = False
        self._cancelled = False
        self._feeding = True
        self._ocr_on = self.options.ocr
        self._text_version = 0
        self._read_version = 0
        self._reading = False
        self._read_signature = 0
        self.ocr_runs = 0  # Tesseract processes that ran to the end
        self.ocr_reused = 0  # results found from an earlier run
        digest = hashlib.sha256(repr(self.options.check).encode()).hexdigest()
        self._check_tag = digest[:8]

    # ---- life cycle -------------------------------------------------------------------
    @property
    def workers(self) -> int:
        return self.options.workers or os.cpu_count() or 1

    def start(self) -> None:
        self.work_dir.mkdir(parents=True, exist_ok=True)
        for number in range(self.workers):
            thread = threading.Thread(target=self._work, name=f"stream-{number}", daemon=True)
            thread.start()
            self._threads.append(thread)

    def cancel(self) -> None:
        """Stop now: running Tesseracts are killed, queued work dropped; pages stay."""
        with self._cond:
            self._cancelled = self._stopping = True
            self._cond.notify_all()
        self._children.kill_all()

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @property
    def ocr_pids(self) -> list[int]:
        """Process ids of the Tesseracts running now (for tests and diagnostics)."""
        return self._children.pids

    def close(self, timeout: float = 5.0) -> None:
        """Cancel what is left and end the worker threads."""
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self._children.kill_all()
        for thread in self._threads:
            thread.join(timeout)

    def __enter__(self) -> StreamingPipeline:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- feeding ----------------------------------------------------------------------
    def add_page(
        self,
        source: Path,
        *,
        dpi: tuple[float, float] | None = None,
        digest: str | None = None,
        prechecked: bool = False,
    ) -> int:
        """Queue a spooled page; returns its id at once (the work happens on the pool).

        ``prechecked``: the image is already the page check's output; it is only encoded.
        """
        digest = digest or sha256_of(source)
        with self._cond:
            page_id = self._next_id
            self._next_id += 1
            self._pages[page_id] = _Page(page_id, source, digest, dpi, prechecked=prechecked)
            self._order.append(page_id)
            self._text_version += 1
            self._cond.notify_all()
        return page_id

    def relocate(self, page_id: int, source: Path) -> None:
        """The page's image moved (spool → draft): read it there from now on.

        Same content, so every result stays valid. A step that failed because the file moved
        under it is tried again.
        """
        with self._cond:
            page = self._get(page_id)
            _remap(page, page.source, source)
            page.source = source
            page.check_failed = False
            page.ocr_failed_at = None
            self._text_version += 1
            self._cond.notify_all()

    @contextmanager
    def moving(self, paths: Iterable[Path]) -> Iterator[None]:
        """Hold work on ``paths`` while the caller moves them (then :meth:`relocate`).

        Waits for the checks reading them now (well under a second), so no page is checked
        twice because its file went away under it; the other pages' work goes on. A running
        Tesseract is not waited for: it opened its image when it started (an OCR that lost
        the race is simply run again on the new path).
        """
        held = set(paths)
        with self._cond:
            self._held |= held
            while any(p.busy and p.reading in held for p in self._pages.values()):
                if self._stopping:
                    break
                self._cond.wait(0.2)
        try:
            yield
        finally:
            with self._cond:
                self._held -= held
                self._cond.notify_all()

    def feeding_done(self) -> None:
        """No more pages will come: the reading after the last page is the final one."""
        with self._cond:
            self._feeding = False
            self._text_version += 1
            self._cond.notify_all()

    def check_failed(self, page_id: int) -> bool:
        """The page check could not read this page (it goes into the PDF as scanned)."""
        with self._cond:
            return self._get(page_id).check_failed

    @property
    def backlog(self) -> int:
        """Pages whose text is not settled yet."""
        with self._cond:
            return sum(1 for p in self._live() if not p.text_settled(self._ocr_on))

    def wait_idle(
        self, timeout: float | None = None, cancel: threading.Event | None = None
    ) -> bool:
        """Wait until every page's work and the reading are done; False on timeout/cancel."""
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._cond:
            while not self._idle():
                if self._stopping or (cancel is not None and cancel.is_set()):
                    return False
                left = None if deadline is None else deadline - time.monotonic()
                if left is not None and left <= 0:
                    return False
                self._cond.wait(0.2 if left is None else min(left, 0.2))
            return True

    # ---- editing (the page check screen) ------------------------------------------------
    @property
    def order(self) -> tuple[int, ...]:
        with self._cond:
            return tuple(self._order)

    def rotate(self, page_id: int, degrees: int) -> None:
        """Turn a page clockwise; only this page's OCR is redone (or found again)."""
        check_quarter_turn(degrees)
        with self._cond:
            page = self._get(page_id)
            page.rotation = (page.rotation + degrees) % 360
            self._text_version += 1
            self._cond.notify_all()

    def delete(self, page_id: int) -> None:
        with self._cond:
            index = self._order.index(self._get(page_id).page_id)
            self._order.pop(index)
            self._pages[page_id].deleted = True
            self._deleted.append((index, page_id))
            self._text_version += 1
            self._cond.notify_all()

    def undo_delete(self) -> int | None:
        with self._cond:
            if not self._deleted:
                return None
            index, page_id = self._deleted.pop()
            self._order.insert(min(index, len(self._order)), page_id)
            self._pages[page_id].deleted = False
            self._text_version += 1
            self._cond.notify_all()
            return page_id

    def move(self, page_id: int, target: int) -> None:
        """Move a page so it ends up at index ``target``; no OCR is redone."""
        with self._cond:
            self._order.remove(self._get(page_id).page_id)
            self._order.insert(max(0, min(target, len(self._order))), page_id)
            self._text_version += 1
            self._cond.notify_all()

    def set_rotation(self, page_id: int, degrees: int) -> None:
        """Set the operator's turn outright (an editor that records rotations, not deltas)."""
        check_quarter_turn(degrees)
        with self._cond:
            page = self._get(page_id)
            if page.rotation != degrees % 360:
                page.rotation = degrees % 360
                self._text_version += 1
                self._cond.notify_all()

    def arrange(self, live: Iterable[int]) -> None:
        """Make ``live`` the pages, in this order; every other page counts as deleted."""
        wanted = list(live)
        with self._cond:
            for page_id in wanted:
                self._get(page_id)
            if wanted == self._order:
                return
            for page in self._pages.values():
                page.deleted = page.page_id not in wanted
            self._order = wanted
            self._deleted.clear()
            self._text_version += 1
            self._cond.notify_all()

    def reorder(self, order: Iterable[int]) -> None:
        wanted = list(order)
        with self._cond:
            if sorted(wanted) != sorted(self._order):
                raise PageOperationError(
                    msg(
                        "Urutan halaman tidak sah: setiap halaman harus muncul tepat satu kali.",
                        "Invalid page order: every page must appear exactly once.",
                    )
                )
            self._order = wanted
            self._text_version += 1
            self._cond.notify_all()

    # ---- results ------------------------------------------------------------------------
    def entries(self) -> list[PageEntry]:
        """The pages to assemble, in order (the raw scan for a page not checked yet)."""
        with self._cond:
            return [p.assembled() for p in self._live()]

    def texts(self) -> list[tuple[str, ...]]:
        """Each page's OCR lines in order; empty for a page without (current) text."""
        with self._cond:
            return [self._lines(p) for p in self._live()]

    def assemble(
        self,
        out: Path,
        *,
        metadata: DocumentMetadata | None = None,
        pdfa: bool = True,
        progress: ProgressFn = no_progress,
        cancel: CancelToken | None = None,
    ) -> StreamedPdf:
        """Write the PDF from the per-page results: images as encoded, one text layer each.

        Call after :meth:`wait_idle`; a page whose text is not ready goes in without text.
        """
        with self._cond:
            live = list(self._live())
            entries = [p.assembled() for p in live]
            layers = [p.ocr.layer if self._has_text(p) and p.ocr else None for p in live]
            texts = tuple(self._lines(p) for p in live)
        images = out.with_name(f".{out.name}.images.tmp")
        try:
            result = assemble_pdf(
                entries, images, metadata=metadata, pdfa=pdfa, progress=progress, cancel=cancel
            )
            added = add_text_layers(images, layers, out) if any(layers) else 0
            if not added:
                os.replace(images, out)
        finally:
            images.unlink(missing_ok=True)
        final = replace(result, path=out, size_bytes=out.stat().st_size, sha256=sha256_of(out))
        return StreamedPdf(final, added, texts)

    def discard_results(self) -> None:
        """Remove this pipeline's intermediate files (after the PDF is safely stored)."""
        with self._cond:
            digests = {p.digest[:24] for p in self._pages.values()}
            digests |= {p.ocr_digest[:24] for p in self._pages.values() if p.ocr_digest}
        for path in self.work_dir.iterdir():
            if any(d in path.name for d in digests):
                path.unlink(missing_ok=True)

    # ---- internals ----------------------------------------------------------------------
    def _live(self) -> Iterable[_Page]:
        return (self._pages[i] for i in self._order)

    def _get(self, page_id: int) -> _Page:
        page = self._pages.get(page_id)
        if page is None:
            raise PageOperationError(
                msg("Halaman {id} tidak ada.", "There is no page {id}.", id=page_id)
            )
        return page

    def _has_text(self, page: _Page) -> bool:
        return page.ocr is not None and page.ocr_rotation == page.rotation

    def _lines(self, page: _Page) -> tuple[str, ...]:
        return page.ocr.lines if self._has_text(page) and page.ocr else ()

    def _idle(self) -> bool:
        if any(p.busy for p in self._pages.values()) or self._reading:
            return False
        if any(not p.text_settled(self._ocr_on) for p in self._live()):
            return False
        return self._read_version == self._text_version

    def _next_task(self) -> tuple[str, _Page | None] | None:
        """Reading first (it is quick and fills the form), then checks, then OCR in order."""
        if not self._reading and self._read_version != self._text_version:
            return "read", None
        for page in self._live():
            if page.busy or page.input("check") in self._held:
                continue
            if page.entry is None and not page.check_failed:
                return "check", page
        if self._ocr_on:
            for page in self._live():
                if page.busy or page.entry is None or page.input("ocr") in self._held:
                    continue
                if not page.text_settled(True):
                    return "ocr", page
        return None

    def _work(self) -> None:
        while True:
            with self._cond:
                task = None
                while task is None:
                    if self._stopping:
                        return
                    task = self._next_task()
                    if task is None:
                        self._cond.wait()
                kind, page = task
                if page is not None:
                    page.busy = True
                    page.reading = page.input(kind) if kind == "check" else None
                else:
                    self._reading = True
            try:
                if kind == "read":
                    self._read()
                elif kind == "check" and page is not None:
                    with children_in(self._children):  # its OSD Tesseract dies on cancel
                        self._check(page)
                elif page is not None:
                    self._ocr(page)
            except Exception:  # a bug must not leave the page "busy" forever
                log.exception("streaming %s failed", kind)
                with self._cond:
                    if kind == "check" and page is not None:
                        page.check_failed = True
                    elif page is not None:
                        page.ocr_failed_at = page.rotation
                    self._text_version += 1
                    if kind == "read":
                        self._read_version = self._text_version
            finally:
                with self._cond:
                    if page is not None:
                        page.busy = False
                        page.reading = None
                    else:
                        self._reading = False
                    self._cond.notify_all()

    def _emit(self, event: StreamEvent) -> None:
        if self._on_event is not None and not self._cancelled:
            try:
                self._on_event(event)
            except Exception:  # the receiver's bug must not stop the pipeline
                log.exception("stream event receiver failed")

    # ---- the stages -----------------------------------------------------------------------
    def _check(self, page: _Page) -> None:
        with self._cond:
            source = page.source
        # Per page file, not only per content: two identical pages (a test pattern, blank
        # sheets) checked at once must not write one target file from two threads.
        name = hashlib.sha256(source.name.encode()).hexdigest()[:6]
        key = f"{page.digest[:24]}-{self._check_tag}-{name}{'-p' if page.prechecked else ''}"
        record = self.work_dir / f"check-{key}.json"
        report: PageReport | None = None
        found = _cached_check(record)
        try:
            if found is not None:
                entry, ocr_source = found
                ocr_digest = page.digest if ocr_source == source else sha256_of(ocr_source)
            else:
                entry, ocr_source, report = self._check_fresh(page, source, key)
                payload = {
                    "entry": str(entry.source),
                    "ocr_source": str(ocr_source),
                    "flags": sorted(entry.flags),
                    "dpi": list(entry.dpi or ()),
                }
                with atomic_writer(record) as handle:
                    handle.write(json.dumps(payload).encode("utf-8"))
                ocr_digest = page.digest if ocr_source == source else sha256_of(ocr_source)
        except (DocumentError, OSError) as exc:
            error = (
                exc
                if isinstance(exc, DocumentError)
                else PageImageError.unreadable(page.source, str(exc))
            )
            with self._cond:
                if page.source != source:
                    return  # moved under the check: it runs again on the new path
                page.check_failed = True
                self._text_version += 1
            self._emit(PageFailed(page.page_id, "check", error.message))
            return
        with self._cond:
            page.entry = entry
            page.ocr_source = ocr_source
            page.ocr_digest = ocr_digest
            _remap(page, source, page.source)
            entry, ocr_source = page.entry, page.ocr_source
            self._text_version += 1
        self._emit(PageChecked(page.page_id, entry, report, ocr_source))

    def _check_fresh(
        self, page: _Page, source: Path, key: str
    ) -> tuple[PageEntry, Path, PageReport | None]:
        """Run the page check, then encode a gray/colour page to JPEG for the PDF.

        The JPEG is made now, while the feeder runs, with the assembly's own encoder; the
        assembly later copies it as is. Bilevel pages need nothing: their G4 goes in as is.
        """
        checked, dpi = source, page.dpi
        report = None
        flags: frozenset[PageFlag] = frozenset()
        if self.options.check is not None and not page.prechecked:
            suffix = ".tif" if source.suffix.lower() in (".tif", ".tiff") else ".png"
            target = self.work_dir / f"checked-{key}{suffix}"
            report = self._checker(source, target, self.options.check)
            checked, dpi, flags = report.output, report.dpi, report.flags
            if report.output != target:
                target.unlink(missing_ok=True)
        encoded = encode_page(PageEntry(checked, dpi=dpi), self.options.jpeg_quality)
        if encoded.passthrough or encoded.kind is PageKind.BILEVEL:
            return PageEntry(checked, 0, flags, encoded.dpi), checked, report
        jpeg = self.work_dir / f"encoded-{key}.jpg"
        with atomic_writer(jpeg) as handle:
            handle.write(encoded.data)
        return PageEntry(jpeg, 0, flags, encoded.dpi), checked, report

    def _ocr(self, page: _Page) -> None:
        with self._cond:
            rotation = page.rotation
            source = page.ocr_source or page.source
            # Named by what Tesseract reads: the same checked image fed again (a draft
            # reopened after its page check) finds its text.
            digest = page.ocr_digest or page.digest
        key = f"{digest[:24]}-{self.options.language}-r{rotation}"
        found = cached_ocr(self.work_dir, key)
        try:
            result = found or ocr_page(
                source,
                rotation,
                self.work_dir,
                key,
                self._children,
                language=self.options.language,
                tesseract=self.options.tesseract,
                timeout=self.options.page_timeout,
            )
        except OcrUnavailableError as exc:
            with self._cond:
                self._ocr_on = False  # no Tesseract: no page will get text, say so once
                self._text_version += 1
            self._emit(PageFailed(page.page_id, "ocr", exc.message))
            return
        except DocumentError as exc:
            with self._cond:
                if self._stopping or (page.ocr_source or page.source) != source:
                    return  # killed by cancel (the next start resumes) or moved: not a failure
                page.ocr_failed_at = rotation
                self._text_version += 1
            self._emit(PageFailed(page.page_id, "ocr", exc.message))
            return
        with self._cond:
            if found is None:
                self.ocr_runs += 1
            else:
                self.ocr_reused += 1
            page.ocr, page.ocr_rotation = result, rotation
            self._text_version += 1
        self._emit(PageTextReady(page.page_id, result.lines, rotation, found is not None))

    def _read(self) -> None:
        with self._cond:
            version = self._text_version
            live = list(self._live())
            prefix: list[tuple[str, ...]] = []
            for page in live:
                if not page.text_settled(self._ocr_on):
                    break
                prefix.append(self._lines(page))
            complete = not self._feeding and len(prefix) == len(live)
            signature = hash((tuple(prefix), len(live), complete))
            changed = signature != self._read_signature
        if prefix and any(prefix) and changed:
            # Our own OCR's text: a name under a stamp is never shown as sure, mid-scan either.
            extraction = read_decree([list(lines) for lines in prefix], ocr=True)
            self._emit(ReadingUpdated(extraction, len(prefix), len(live), complete))
        with self._cond:
            self._read_version = version
            self._read_signature = signature


def _remap(page: _Page, old: Path, new: Path) -> None:
    """Results that point at the page's own image follow it when it moves."""
    if old == new:
        return
    if page.entry is not None and page.entry.source == old:
        page.entry = replace(page.entry, source=new)
    if page.ocr_source == old:
        page.ocr_source = new


def _cached_check(record: Path) -> tuple[PageEntry, Path] | None:
    """An earlier run's page check result, if its record and files are still there."""
    try:
        data = json.loads(record.read_text(encoding="utf-8"))
        entry = PageEntry(
            Path(data["entry"]),
            0,
            frozenset(PageFlag(f) for f in data["flags"]),
            (float(data["dpi"][0]), float(data["dpi"][1])),
        )
        ocr_source = Path(data["ocr_source"])
    except (OSError, KeyError, ValueError, TypeError, IndexError):
        return None
    if not entry.source.exists() or not ocr_source.exists():
        return None
    return entry, ocr_source
