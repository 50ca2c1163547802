"""The wizard's flow on the streaming path: pages checked and OCR'd while the feeder runs.

Scans come from the real worker watching a hot folder (``folder:`` device, the copier path)
holding small text pages, one distinctive word each, so every check is about *which* text ended
up on *which* page. Nothing sleeps: the tests wait on the pipeline's state with generous upper
bounds, never a pace.
"""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader

from jdih_desktop.context import AppContext
from jdih_desktop.documents.drafts import DraftStore, ScanDraft
from jdih_desktop.documents.pdf.ocr import OcrOptions
from jdih_desktop.documents.scan_flow import ScanFlowService, ScanIntoDraft
from jdih_desktop.jobs import CancelToken
from scanner import ColorMode, ScanSettings, SessionStarted, Source
from tests.documents.synth import bilevel, needs_tesseract, save_g4, text_page
from tests.support.processes import process_gone, wait_until

pytestmark = needs_tesseract
LIMIT = 120.0  # s: an upper bound for a few small pages on a loaded 2-core machine
WORDS = ("PERTAMA", "KEDUA", "KETIGA")


class Crash(Exception):
    """The program dying at this point (power cut, kill -9)."""


def _copier(tmp_path: Path, words: tuple[str, ...], skew: float = 0.0) -> Path:
    """Pages in a copier's hot folder; ``skew`` degrees makes the page check straighten them."""
    drop = tmp_path / "copier"
    drop.mkdir()
    for number, word in enumerate(words, start=1):
        lines = [f"HALAMAN {word}", "Komisi Pemilihan Umum Kabupaten Soppeng"] * (3 if skew else 1)
        image = text_page(lines, 200, seed=number, size_mm=(150, 60 if skew else 40))
        if skew:
            image = image.rotate(skew, expand=True, fillcolor=248)
        save_g4(bilevel(image), drop / f"{number:02d}.tif", 200)
    return drop


def _settings(*, watch: bool) -> ScanSettings:
    options: dict[str, object] = {"settle_seconds": 0.0, "watch": watch, "poll_seconds": 0.05}
    return ScanSettings(Source.FLATBED, ColorMode.BW, 200, device_options=options)


def _flow(context: AppContext, ocr: OcrOptions | None = None) -> ScanFlowService:
    """A flow over the context's data folder (a fresh one is "the next start")."""
    return ScanFlowService(
        DraftStore(context.paths.data_dir / "drafts"),
        context.intake,
        context.archive,
        context.requests,
        context.scanning,
        ocr,
    )


def _page_words(draft_text: str) -> list[str]:
    """Which fixture word each page's text carries, in page order."""
    found = []
    for page in draft_text.split("\f"):
        found.append(next((w for w in WORDS if w in page.upper()), "?"))
    return found


def test_a_page_moved_after_its_ocr_moves_with_its_text_and_nothing_is_ocrd_again(
    context: AppContext, tmp_path: Path
) -> None:
    drop = _copier(tmp_path, WORDS)
    flow = context.scan_flow
    draft = flow.new_draft()
    stream = flow.stream(draft)
    result = flow.scan_into_draft(draft, f"folder:{drop}", _settings(watch=False), stream=stream)
    assert result.state == "complete" and len(result.pages) == 3
    assert stream.pipeline.wait_idle(LIMIT)
    assert stream.pipeline.ocr_runs == 3  # OCR done while "scanning", before any analyse

    # The page check moves the last page to the front and turns nothing.
    live = draft.live_pages
    draft.pages = [live[2], live[0], live[1]]
    flow.sync_stream(draft)
    analysis = flow.analyse(draft, lambda _p, _t: None, CancelToken())

    assert stream.pipeline.ocr_runs == 3  # nobody's OCR was redone
    assert analysis.pages == 3
    assert _page_words(draft.text) == ["KETIGA", "PERTAMA", "KEDUA"]
    pdf = PdfReader(flow.drafts.folder(draft) / draft.pdf)
    assert [w for page in pdf.pages for w in WORDS if w in page.extract_text().upper()] == [
        "KETIGA",
        "PERTAMA",
        "KEDUA",
    ]

    # Turning one page redoes that page's OCR only.
    turned = draft.pages.index(draft.live_pages[1])
    DraftStore.update_page(draft, turned, rotation=90)
    flow.sync_stream(draft)
    assert stream.pipeline.wait_idle(LIMIT)
    assert stream.pipeline.ocr_runs == 4


def test_cancel_mid_stream_kills_the_ocr_at_once_and_keeps_every_page(
    context: AppContext, tmp_path: Path
) -> None:
    # A Tesseract that never ends: cancel must kill it, not wait for it.
    slow = tmp_path / "slow-tesseract"
    slow.mkdir()
    script = slow / "tesseract"
    script.write_text("#!/bin/sh\nexec sleep 600\n", encoding="utf-8")
    script.chmod(0o755)
    drop = _copier(tmp_path, WORDS[:2])
    flow = _flow(context, OcrOptions(tesseract_dir=slow))
    draft = flow.new_draft()
    stream = flow.stream(draft)
    token = CancelToken()
    ended: list[ScanIntoDraft] = []

    def scan() -> None:  # the wizard's scan job; the feeder then waits for more paper
        ended.append(
            flow.scan_into_draft(
                draft, f"folder:{drop}", _settings(watch=True), token=token, stream=stream
            )
        )

    worker = threading.Thread(target=scan)
    worker.start()
    wait_until(lambda: len(stream.pipeline.ocr_pids) == 2, LIMIT)  # both cores on OCR
    running = stream.pipeline.ocr_pids
    token.cancel()  # the operator's Batalkan, then closing the wizard
    worker.join(LIMIT)
    flow.close_stream(draft, cancel=True)

    assert all(process_gone(pid) for pid in running)
    assert ended and ended[0].state == "cancelled"
    assert len(ended[0].pages) == 2 and len(draft.live_pages) == 2
    assert all(flow.drafts.page_path(draft, p).is_file() for p in draft.live_pages)

    # Reopened with a working Tesseract, the kept pages get their text.
    again = _flow(context)
    reopened = again.load_draft(draft.id)
    again.analyse(reopened, lambda _p, _t: None, CancelToken())
    assert _page_words(reopened.text) == ["PERTAMA", "KEDUA"]


def test_worker_killed_mid_stream_keeps_every_page_and_its_ocr_goes_on(
    context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drop = _copier(tmp_path, WORDS[:2])
    flow = context.scan_flow
    draft = flow.new_draft()
    stream = flow.stream(draft)
    workers: list[int] = []
    real_scan = context.scanning.scan

    def scan_killing_after_two(*args, on_event, **kwargs):  # type: ignore[no-untyped-def]
        def spy(event):  # type: ignore[no-untyped-def]
            if isinstance(event, SessionStarted):
                workers.append(event.worker_pid)
            on_event(event)
            if getattr(getattr(event, "page", None), "index", 0) == 2:
                os.kill(workers[0], signal.SIGKILL)

        return real_scan(*args, on_event=spy, **kwargs)

    monkeypatch.setattr(context.scanning, "scan", scan_killing_after_two)
    result = flow.scan_into_draft(draft, f"folder:{drop}", _settings(watch=True), stream=stream)
    assert result.state == "interrupted"
    assert len(result.pages) == 2 and len(draft.live_pages) == 2  # every delivered page
    flow.analyse(draft, lambda _p, _t: None, CancelToken())
    assert _page_words(draft.text) == ["PERTAMA", "KEDUA"]


def test_app_dying_mid_stream_offers_the_pages_and_ocr_resumes_at_the_next_start(
    context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    drop = _copier(tmp_path, WORDS)
    flow = _flow(context)
    draft: ScanDraft = flow.new_draft()
    stream = flow.stream(draft)

    def die(*_args: object, **_kwargs: object) -> None:
        # The app dies once some OCR is done, before the draft takes the pages from the spool.
        wait_until(lambda: stream.pipeline.ocr_runs >= 1, LIMIT)
        raise Crash()

    monkeypatch.setattr(stream, "moving", die)  # the first step of taking the pages
    with pytest.raises(Crash):
        flow.scan_into_draft(draft, f"folder:{drop}", _settings(watch=False), stream=stream)
    flow.close_stream(draft, cancel=True)  # its OCR dies with it
    done_before = stream.pipeline.ocr_runs
    assert done_before >= 1

    # The next start: the spool offers every delivered page; the new draft resumes the OCR.
    sessions = context.scanning.recoverable()
    assert len(sessions) == 1 and len(sessions[0].pages) == 3
    again = _flow(context)
    adopted = again.adopt_spool_session(sessions[0].session_id)
    again.analyse(adopted, lambda _p, _t: None, CancelToken())
    resumed = again.stream(adopted).pipeline
    assert resumed.ocr_reused == done_before
    assert resumed.ocr_runs == 3 - done_before
    assert _page_words(adopted.text) == list(WORDS)


def test_a_draft_closed_after_its_page_check_finds_its_ocr_when_reopened(
    context: AppContext, tmp_path: Path
) -> None:
    drop = _copier(tmp_path, WORDS[:2], skew=3.0)
    flow = _flow(context)
    draft = flow.new_draft()
    stream = flow.stream(draft)
    flow.scan_into_draft(draft, f"folder:{drop}", _settings(watch=False), stream=stream)
    assert stream.pipeline.wait_idle(LIMIT) and stream.pipeline.ocr_runs == 2
    stream.wait_checked(draft, lambda _p, _t: None, CancelToken())  # the page check screen
    assert all(p.processed for p in draft.live_pages)
    # The check straightened the pages: the draft now holds other files than those scanned.
    assert all(p.file.endswith("-olah.tif") for p in draft.live_pages)
    flow.close_stream(draft, cancel=True)  # the wizard is closed

    again = _flow(context)  # reopened later: the pages are the checked images now
    reopened = again.load_draft(draft.id)
    again.analyse(reopened, lambda _p, _t: None, CancelToken())
    pipeline = again.stream(reopened).pipeline
    assert (pipeline.ocr_runs, pipeline.ocr_reused) == (0, 2)
    assert _page_words(reopened.text) == ["PERTAMA", "KEDUA"]
