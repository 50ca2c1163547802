"""A scan through the real worker feeding the streaming pipeline, and a worker killed mid-stream.

The worker watches a hot folder (``folder:`` device: the copier path) holding two small text
pages; having spooled both it waits for more, and is killed there with SIGKILL, so it cannot end
the scan on its own first. The app then goes away with OCR unfinished. At
the next start the spool offers every page the worker delivered, and a new pipeline over the
same results folder OCRs only what was not done.
"""

from __future__ import annotations

import os
import signal
from pathlib import Path

from jdih_desktop.documents.stream_events import StreamOptions
from jdih_desktop.documents.streaming import StreamingPipeline
from jdih_desktop.scanning.service import ScanService
from jdih_desktop.scanning.streaming import feed_pages, scan_streaming, stream_dir
from scanner import ColorMode, PageSpooled, ScanEvent, ScanSettings, SessionStarted, Source
from tests.documents.synth import bilevel, needs_tesseract, save_g4, text_page
from tests.support.processes import wait_until

pytestmark = needs_tesseract
LIMIT = 120.0
WORDS = ("PERTAMA", "KEDUA")


def test_worker_killed_mid_stream_keeps_every_delivered_page_and_ocr_resumes(
    tmp_path: Path,
) -> None:
    drop = tmp_path / "copier"
    drop.mkdir()
    for number, word in enumerate(WORDS, start=1):
        image = text_page([f"HALAMAN {word}"], 200, seed=number, size_mm=(150, 40))
        save_g4(bilevel(image), drop / f"{number:02d}.tif", 200)
    service = ScanService(tmp_path / "spool")
    settings = ScanSettings(
        Source.FLATBED,
        ColorMode.BW,
        200,
        device_options={"settle_seconds": 0.0, "watch": True, "poll_seconds": 0.05},
    )
    worker: list[int] = []
    delivered: list[str] = []

    def kill_after_second(event: ScanEvent) -> None:
        if isinstance(event, SessionStarted):
            worker.append(event.worker_pid)
        if isinstance(event, PageSpooled):
            delivered.append(event.page.sha256)
            if event.page.index == 2:
                os.kill(worker[0], signal.SIGKILL)

    first = StreamingPipeline(stream_dir(service), StreamOptions(check=None, workers=1))
    first.start()
    try:
        result = scan_streaming(
            service, f"folder:{drop}", settings, first, on_event=kill_after_second
        )
        assert result.state == "interrupted"
        assert len(delivered) == 2 and len(first.order) == 2
        wait_until(lambda: first.ocr_runs >= 1, LIMIT)  # some OCR done when the app goes
    finally:
        first.close()  # the app closes with the rest of the OCR unfinished
    done_before = first.ocr_runs

    sessions = service.recoverable()  # the next start
    assert len(sessions) == 1
    pages = sessions[0].pages
    assert [p.sha256 for p in pages] == delivered
    again = StreamingPipeline(stream_dir(service), StreamOptions(check=None))
    again.start()
    try:
        feed_pages(again, pages)
        assert again.wait_idle(LIMIT)
        streamed = again.assemble(tmp_path / "out.pdf")
    finally:
        again.close()
    assert again.ocr_reused == done_before
    assert again.ocr_runs == len(pages) - done_before
    assert streamed.text_pages == len(pages)
    for lines, word in zip(streamed.texts, WORDS, strict=False):
        assert word in " ".join(lines)
