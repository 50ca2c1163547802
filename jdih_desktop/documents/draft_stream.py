"""One wizard draft's streaming pipeline: pages checked and OCR'd while the feeder runs.

The wizard's draft is the truth about the pages (order, turns, deletions, files); the
pipeline (``documents/streaming.py``) does the work. This keeps the two in step: a page enters
the pipeline the moment the worker spools it, follows its file when the scan ends and the
draft takes it from the spool, and takes the draft's order and turns before anything is read
from it. The page check's result (an uprighted, cropped image and its flags) is written into
the draft, so the page editor shows what goes into the PDF.

Results are content-addressed in a folder shared by every scan of the data folder, so a draft
reopened after a crash (or a spool session adopted as a draft) finds the work done before.
Nothing here imports Qt; callbacks come from the pipeline's threads.
"""

from __future__ import annotations

import os
import shutil
import threading
from collections.abc import Sequence
from contextlib import AbstractContextManager
from pathlib import Path

from jdih_desktop.documents import drafts as drafts_module
from jdih_desktop.documents.drafts import DraftPage, DraftStore, ScanDraft
from jdih_desktop.documents.pdf.pageproc import PageReport, ProcessOptions
from jdih_desktop.documents.pdf.pdfa import DocumentMetadata
from jdih_desktop.documents.stream_events import (
    EventSink,
    PageChecked,
    PageFailed,
    StreamedPdf,
    StreamEvent,
    StreamOptions,
)
from jdih_desktop.documents.streaming import StreamingPipeline
from jdih_desktop.domain.messages import Msg
from jdih_desktop.jobs import CancelToken, ProgressFn, percent
from jdih_desktop.storage.atomic import fsync_dir

WAIT_STEP = 0.25  # s: how often a waiting job reports progress and looks at its cancel token


def _check_page(source: Path, target: Path, options: ProcessOptions | None) -> PageReport:
    # The draft's page check (``drafts.process_page``), looked up at call time.
    return drafts_module.process_page(source, target, options)


class DraftStream:
    """The pipeline of one draft, and which pipeline page each draft page file is."""

    def __init__(
        self,
        drafts: DraftStore,
        draft: ScanDraft,
        work_dir: Path,
        options: StreamOptions,
        on_event: EventSink | None = None,
    ) -> None:
        self.drafts = drafts
        self.draft_id = draft.id
        self.listener = on_event  # may be replaced while the pipeline runs
        self._lock = threading.Lock()
        self._feeding = threading.Lock()
        self._ids: dict[str, int] = {}  # draft page file → pipeline page id
        self._spooled: dict[Path, int] = {}  # spool image → page id, until the draft takes it
        self._checked: dict[int, PageChecked] = {}  # check results not yet in the draft
        self.failures: list[Msg] = []  # what the pipeline could not do (shown as notes)
        self.pipeline = StreamingPipeline(
            work_dir, options, on_event=self._event, checker=_check_page
        )
        self.pipeline.start()

    # ---- feeding -------------------------------------------------------------------------
    def spooled(self, path: Path, dpi: tuple[float, float] | None, digest: str) -> None:
        """A page the worker just spooled (called in the scan's thread)."""
        page_id = self.pipeline.add_page(path, dpi=dpi, digest=digest)
        with self._lock:
            self._spooled[path] = page_id

    def moving(self, sources: Sequence[Path]) -> AbstractContextManager[None]:
        """Hold the pipeline's work on these spool images while the draft takes them."""
        return self.pipeline.moving(sources)

    def taken(self, sources: Sequence[Path], pages: Sequence[DraftPage]) -> None:
        """The draft took these spool images as these pages: the pipeline reads them there."""
        for source, page in zip(sources, pages, strict=True):
            with self._lock:
                page_id = self._spooled.pop(source, None)
            if page_id is None:
                continue
            self.pipeline.relocate(page_id, self.drafts.folder(self.draft_id) / page.file)
            with self._lock:
                self._ids[page.file] = page_id

    def feed(self, draft: ScanDraft) -> int:
        """Add the draft's live pages the pipeline does not know (a resumed draft); a count."""
        added = 0
        with self._feeding:  # two feeders must not add one page twice
            for page in draft.live_pages:
                added += self._feed_one(draft, page)
        return added

    def _feed_one(self, draft: ScanDraft, page: DraftPage) -> int:
        with self._lock:
            if page.file in self._ids:
                return 0
        path = self.drafts.page_path(draft, page)
        page_id = self.pipeline.add_page(path, dpi=page.dpi, prechecked=page.processed)
        with self._lock:
            self._ids[page.file] = page_id
        return 1

    def sync(self, draft: ScanDraft, *, feed: bool = True) -> bool:
        """Give the pipeline the draft's live pages, order and turns; only a turn redoes OCR.

        ``feed=False`` (the GUI thread: feeding hashes files) skips the sync, returning False,
        while some page is not in the pipeline yet; the next sync or :meth:`finish` does it.
        """
        if feed:
            self.feed(draft)
        with self._lock:
            if any(p.file not in self._ids for p in draft.live_pages):
                return False
            ids = [self._ids[p.file] for p in draft.live_pages]
        for page, page_id in zip(draft.live_pages, ids, strict=True):
            self.pipeline.set_rotation(page_id, page.rotation)
        self.pipeline.arrange(ids)
        return True

    # ---- the page check into the draft ---------------------------------------------------------
    def pending_checks(self, draft: ScanDraft) -> int:
        """Live draft pages whose check has not finished."""
        with self._lock:
            ids = [self._ids.get(p.file) for p in draft.live_pages if not p.processed]
            return sum(1 for i in ids if i is None or i not in self._checked)

    def wait_checked(self, draft: ScanDraft, progress: ProgressFn, token: CancelToken) -> int:
        """Wait for every live page's check, then write the results into the draft."""
        self.feed(draft)
        total = max(1, len(draft.live_pages))
        while (left := self.pending_checks(draft)) and not self.pipeline.cancelled:
            token.raise_if_cancelled()
            progress(percent(total - left, total), f"Memeriksa halaman {total - left}/{total}")
            if self._only_failed_left(draft):
                break  # a page the check could not read stays as scanned
            token.event.wait(WAIT_STEP)
        return self.apply_checks(draft)

    def _only_failed_left(self, draft: ScanDraft) -> bool:
        with self._lock:
            waiting = [
                self._ids.get(p.file)
                for p in draft.live_pages
                if not p.processed and self._ids.get(p.file) not in self._checked
            ]
        return all(i is not None and self.pipeline.check_failed(i) for i in waiting)

    def apply_checks(self, draft: ScanDraft) -> int:
        """Write finished checks into the draft: the uprighted image, its flags; a count."""
        with self._lock:
            by_id = {page_id: file for file, page_id in self._ids.items()}
            ready = {i: e for i, e in self._checked.items() if i in by_id}
        applied = 0
        for page_id, event in ready.items():
            file = by_id[page_id]
            index = next((i for i, p in enumerate(draft.pages) if p.file == file), None)
            if index is None:
                continue
            page = draft.pages[index]
            new_file = self._take_checked_image(draft, page, event)
            with self._lock:  # known under both names before the draft shows the new one
                self._checked.pop(page_id, None)
                self._ids[new_file] = page_id
            flags = tuple(sorted({*page.flags, *(str(f) for f in event.entry.flags)}))
            DraftStore.update_page(
                draft, index, file=new_file, flags=flags, dpi=event.entry.dpi, processed=True
            )
            applied += 1
        if applied:
            self.drafts.save(draft)
        return applied

    def _take_checked_image(self, draft: ScanDraft, page: DraftPage, event: PageChecked) -> str:
        """Link the checked image into the draft beside the page (when the check changed it)."""
        current = self.drafts.page_path(draft, page)
        image = event.image
        if image is None or image == current or not image.exists():
            return page.file
        target = current.with_name(f"{current.stem}-olah{image.suffix}")
        try:
            os.link(image, target)
        except FileExistsError:
            pass
        except OSError:  # another file system or no hard links: copy
            shutil.copyfile(image, target)
        fsync_dir(target.parent)
        return f"pages/{target.name}"

    # ---- the end -----------------------------------------------------------------------------
    def finish(
        self,
        draft: ScanDraft,
        out: Path,
        progress: ProgressFn,
        token: CancelToken,
        *,
        metadata: DocumentMetadata | None = None,
    ) -> StreamedPdf:
        """Wait for the last pages' OCR, then write the PDF from the per-page results."""
        self.apply_checks(draft)
        self.sync(draft)
        self.pipeline.feeding_done()
        total = max(1, len(draft.live_pages))
        while not self.pipeline.wait_idle(WAIT_STEP, cancel=token.event):
            token.raise_if_cancelled()
            if self.pipeline.cancelled:
                token.raise_if_cancelled()
                break
            left = self.pipeline.backlog
            progress(percent(total - left, total) * 80 // 100, f"OCR {total - left}/{total}")
        token.raise_if_cancelled()
        progress(80, "Menyusun PDF")
        return self.pipeline.assemble(
            out,
            metadata=metadata,
            progress=lambda p, text: progress(80 + p * 10 // 100, text),
            cancel=token,
        )

    def close(self, *, cancel: bool, wait: bool = True) -> None:
        """End the pipeline; ``cancel`` kills running OCR at once (results so far stay).

        ``wait=False`` (the GUI thread) does not wait for a page check to finish its page:
        the pipeline's threads end on their own right after.
        """
        if cancel:
            self.pipeline.cancel()
        self.pipeline.close(timeout=5.0 if wait else 0.0)

    # ---- events ------------------------------------------------------------------------------
    def _event(self, event: StreamEvent) -> None:
        if isinstance(event, PageChecked):
            with self._lock:
                self._checked[event.page_id] = event
        elif isinstance(event, PageFailed):
            with self._lock:
                if event.message not in self.failures:
                    self.failures.append(event.message)
        listener = self.listener
        if listener is not None:
            listener(event)

