"""The streaming pipeline: per-page results, edits after OCR, cancel, resume, the assembled PDF.

Pages are small synthetic scans with one distinctive word each, so every check is about
*which* text ended up with *which* page. Nothing sleeps: the tests wait on the pipeline's
state (``wait_idle``, running OCR processes) with generous upper bounds.
"""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pikepdf
import pytest
from PIL import Image
from pypdf import PdfReader

from jdih_desktop.documents.pdf.images import g4_strip, read_g4_payload
from jdih_desktop.documents.reading.reader_confidence import needs_check
from jdih_desktop.documents.stream_events import (
    PageTextReady,
    ReadingUpdated,
    StreamEvent,
    StreamOptions,
)
from jdih_desktop.documents.streaming import StreamingPipeline
from tests.documents.synth import bilevel, needs_tesseract, save_g4, text_page
from tests.support.processes import process_gone, wait_until

pytestmark = needs_tesseract
LIMIT = 120.0  # upper bound for OCR of a few small pages on a loaded 2-core machine
WORDS = ("PERTAMA", "KEDUA", "KETIGA", "KEEMPAT")


def small_page(word: str, seed: int) -> Image.Image:
    return text_page(
        [f"HALAMAN {word}", "Komisi Pemilihan Umum"], 200, seed=seed, size_mm=(150, 50)
    )


def save_bilevel(image: Image.Image, path: Path) -> Path:
    return save_g4(bilevel(image), path, 200)


def save_gray(image: Image.Image, path: Path) -> Path:
    image.save(path, format="PNG", dpi=(200, 200))
    return path


def pipeline(
    work: Path, events: list[StreamEvent] | None = None, **options: object
) -> StreamingPipeline:
    sink: Callable[[StreamEvent], None] | None = events.append if events is not None else None
    made = StreamingPipeline(work, StreamOptions(check=None, **options), on_event=sink)  # type: ignore[arg-type]
    made.start()
    return made


def test_assembled_pdf_keeps_each_image_and_carries_each_pages_text(tmp_path: Path) -> None:
    pages = [
        save_bilevel(small_page("PERTAMA", 1), tmp_path / "page-0001.tif"),
        save_gray(small_page("KEDUA", 2), tmp_path / "page-0002.png"),
        save_bilevel(small_page("KETIGA", 3), tmp_path / "page-0003.tif"),
    ]
    events: list[StreamEvent] = []
    engine = pipeline(tmp_path / "work", events)
    try:
        for page in pages:
            engine.add_page(page)
        engine.feeding_done()
        assert engine.wait_idle(LIMIT)
        entries = engine.entries()
        streamed = engine.assemble(tmp_path / "out.pdf")
    finally:
        engine.close()

    assert streamed.text_pages == 3 and streamed.assembly.page_count == 3
    with pikepdf.open(streamed.path) as pdf:
        raws = []
        for page in pdf.pages:
            images = [
                obj for obj in page.resources.XObject.values() if obj.get("/Subtype") == "/Image"
            ]
            assert len(images) == 1
            raws.append(images[0].read_raw_bytes())
        meta = pdf.open_metadata()
        assert meta.get("pdfaid:part") == "2"
    for index in (0, 2):  # bilevel: the spool's G4 bytes, unchanged
        with Image.open(pages[index]) as image:
            strip = g4_strip(image)
        assert strip is not None
        assert raws[index] == read_g4_payload(pages[index], strip)
    # gray: the JPEG encoded while the feeder ran, copied as is
    assert entries[1].source.suffix == ".jpg"
    assert raws[1] == entries[1].source.read_bytes()
    texts = [page.extract_text() for page in PdfReader(streamed.path).pages]
    for text, word in zip(texts, WORDS, strict=False):
        assert word in text
    readings = [e for e in events if isinstance(e, ReadingUpdated)]
    assert readings and readings[-1].complete and readings[-1].pages_read == 3


def test_a_page_moved_after_its_ocr_keeps_its_text_and_a_turn_redoes_only_that_page(
    tmp_path: Path,
) -> None:
    upside_down = small_page("KEDUA", 2).transpose(Image.Transpose.ROTATE_180)
    pages = [
        save_bilevel(small_page("PERTAMA", 1), tmp_path / "page-0001.tif"),
        save_bilevel(upside_down, tmp_path / "page-0002.tif"),
        save_bilevel(small_page("KETIGA", 3), tmp_path / "page-0003.tif"),
    ]
    engine = pipeline(tmp_path / "work")
    try:
        first, second, third = (engine.add_page(p) for p in pages)
        engine.feeding_done()
        assert engine.wait_idle(LIMIT)
        assert engine.ocr_runs == 3

        engine.move(third, 0)
        assert engine.wait_idle(LIMIT)
        assert engine.order == (third, first, second)
        assert engine.ocr_runs == 3  # nothing re-OCR'd
        assert "KETIGA" in " ".join(engine.texts()[0])
        assert "PERTAMA" in " ".join(engine.texts()[1])

        engine.rotate(second, 180)
        assert engine.wait_idle(LIMIT)
        assert engine.ocr_runs == 4  # only the turned page
        assert "KEDUA" in " ".join(engine.texts()[2])
        streamed = engine.assemble(tmp_path / "out.pdf")

        engine.rotate(second, 180)  # back: its first result is found again
        assert engine.wait_idle(LIMIT)
        assert (engine.ocr_runs, engine.ocr_reused) == (4, 1)
    finally:
        engine.close()
    reader = PdfReader(streamed.path)
    assert [int(p.get("/Rotate", 0)) for p in reader.pages] == [0, 0, 180]
    texts = [p.extract_text() for p in reader.pages]
    assert "KETIGA" in texts[0] and "PERTAMA" in texts[1] and "KEDUA" in texts[2]


def test_cancel_mid_stream_kills_ocr_at_once_keeps_pages_and_the_next_start_resumes(
    tmp_path: Path,
) -> None:
    small = save_bilevel(small_page("PERTAMA", 1), tmp_path / "page-0001.tif")
    lines = ["Komisi Pemilihan Umum menetapkan keputusan tentang penetapan"] * 14
    dense = save_bilevel(text_page(lines, 200, size_mm=(150, 110)), tmp_path / "page-0002.tif")
    work = tmp_path / "work"
    done: list[StreamEvent] = []
    engine = pipeline(work, done, workers=1)
    try:
        engine.add_page(small)
        engine.add_page(dense)
        wait_until(lambda: any(isinstance(e, PageTextReady) for e in done), LIMIT)
        wait_until(lambda: bool(engine.ocr_pids), LIMIT)  # the dense page is in Tesseract
        running = engine.ocr_pids
        engine.cancel()
        wait_until(lambda: all(process_gone(pid) for pid in running), 1.0)
    finally:
        engine.close()
    assert engine.cancelled and engine.ocr_runs == 1
    assert small.exists() and dense.exists()
    assert [e.source for e in engine.entries()] == [small, dense]
    assert not list(work.glob(".ocr-*")), "a killed OCR leaves no half-written result"

    again = pipeline(work)
    try:
        again.add_page(small)
        again.add_page(dense)
        again.feeding_done()
        assert again.wait_idle(LIMIT * 2)
        assert (again.ocr_reused, again.ocr_runs) == (1, 1)
        assert "PERTAMA" in " ".join(again.texts()[0]) and len(again.texts()[1]) > 10
    finally:
        again.close()


def test_a_failing_page_image_is_reported_and_the_others_go_on(tmp_path: Path) -> None:
    good = save_bilevel(small_page("PERTAMA", 1), tmp_path / "page-0001.tif")
    broken = tmp_path / "page-0002.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n truncated")
    events: list[StreamEvent] = []
    engine = pipeline(tmp_path / "work", events)
    try:
        engine.add_page(good)
        engine.add_page(broken)
        engine.feeding_done()
        assert engine.wait_idle(LIMIT)
    finally:
        engine.close()
    failed = [e for e in events if type(e).__name__ == "PageFailed"]
    assert len(failed) == 1 and failed[0].stage == "check"  # type: ignore[union-attr]
    assert "page-0002.png" in str(failed[0].message)  # type: ignore[union-attr]
    assert "PERTAMA" in " ".join(engine.texts()[0]) and engine.texts()[1] == ()


@pytest.mark.parametrize("degrees", [45, 100])
def test_turning_by_other_than_quarter_turns_is_refused(tmp_path: Path, degrees: int) -> None:
    from jdih_desktop.documents.errors import PageOperationError

    engine = StreamingPipeline(tmp_path / "work", StreamOptions(check=None, ocr=False))
    page = engine.add_page(save_bilevel(small_page("PERTAMA", 1), tmp_path / "page-0001.tif"))
    with pytest.raises(PageOperationError) as caught:
        engine.rotate(page, degrees)
    assert "90" in str(caught.value.message)


APP = """
import sys, time
from pathlib import Path
from jdih_desktop.documents.stream_events import StreamOptions
from jdih_desktop.documents.streaming import StreamingPipeline
engine = StreamingPipeline(Path(sys.argv[1]), StreamOptions(check=None, workers=1))
engine.start()
engine.add_page(Path(sys.argv[2]))
while not engine.ocr_pids:
    time.sleep(0.01)
print(engine.ocr_pids[0], flush=True)
time.sleep(600)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="parent-death signal: Linux")
def test_ocr_dies_with_an_app_killed_outright(tmp_path: Path) -> None:
    lines = ["Komisi Pemilihan Umum menetapkan keputusan tentang penetapan"] * 14
    page = save_bilevel(text_page(lines, 200, size_mm=(150, 110)), tmp_path / "page-0001.tif")
    app = subprocess.Popen(
        [sys.executable, "-c", APP, str(tmp_path / "work"), str(page)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        assert app.stdout is not None
        tesseract = int(app.stdout.readline())
        app.kill()  # SIGKILL: no cleanup code of ours runs
        app.wait()
        wait_until(lambda: process_gone(tesseract), 5.0)
    finally:
        app.kill()
        app.wait()
        if app.stdout is not None:
            app.stdout.close()


def test_the_reading_while_scanning_is_read_as_ocr_text(tmp_path: Path) -> None:
    """The form fills from each new reading mid-scan: a name our OCR read under a signature is
    marked for checking there too, as in the final reading (never painted sure)."""
    lines = [
        "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SOPPENG",
        "NOMOR 19 TAHUN 2023",
        "TENTANG",
        "PENETAPAN DAFTAR PEMILIH TETAP",
        "Ditetapkan di Watansoppeng",
        "pada tanggal 23 Juni 2023",
        "KETUA,",
        "IRWAN USMAN",
    ]
    image = text_page(lines, 200, seed=7, size_mm=(180, 110), specks=0)
    events: list[StreamEvent] = []
    engine = pipeline(tmp_path / "work", events)
    try:
        engine.add_page(save_bilevel(image, tmp_path / "page-0001.tif"))
        engine.feeding_done()
        assert engine.wait_idle(LIMIT)
    finally:
        engine.close()
    readings = [e for e in events if isinstance(e, ReadingUpdated)]
    assert readings, "no reading while scanning"
    signer = readings[-1].extraction.penandatangan
    assert signer is not None and signer.value.casefold() == "irwan usman"
    assert needs_check(signer.confidence) and signer.reason
