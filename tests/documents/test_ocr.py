"""OCR with real Tesseract (ind): text layer, untouched images, progress, cancel, errors.

One decree is rendered as a 200 dpi bilevel scan, assembled and OCR'd once per module;
the tests read different facts off that run (OCR costs 1–2 s per page).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pikepdf
import pytest

from jdih_desktop.documents.errors import OcrCancelledError, OcrUnavailableError
from jdih_desktop.documents.pdf.assembly import assemble_pdf
from jdih_desktop.documents.pdf.ocr import OcrOptions, OcrResult, check_ocr_available, ocr_pdf
from jdih_desktop.documents.pdf.pdfa import DocumentMetadata
from jdih_desktop.documents.pdf.text import extract_text
from jdih_desktop.documents.reading.reader import read_decree
from jdih_desktop.documents.reading.reader_text import similarity
from jdih_desktop.jobs import CancelToken
from tests.documents.synth import DECREES, needs_tesseract, render_decree

pytestmark = [needs_tesseract, pytest.mark.slow]


@dataclass
class OcrRun:
    scan: Path
    result: OcrResult
    progress: list[tuple[int, str]]


@pytest.fixture(scope="module")
def ocr_run(tmp_path_factory: pytest.TempPathFactory) -> OcrRun:
    folder = tmp_path_factory.mktemp("ocr")
    text = (DECREES / "01_dpt_soppeng_2023.txt").read_text(encoding="utf-8")
    pages = render_decree(text, folder, dpi=200, pages=2)
    scan = assemble_pdf(
        pages, folder / "scan.pdf", metadata=DocumentMetadata(title="Penetapan Rekapitulasi DPT")
    ).path
    progress: list[tuple[int, str]] = []
    result = ocr_pdf(
        scan, folder / "scan_ocr.pdf", progress=lambda pct, msg: progress.append((pct, msg))
    )
    return OcrRun(scan, result, progress)


def test_ocr_adds_a_text_layer_the_reader_understands(ocr_run: OcrRun) -> None:
    pages = extract_text(ocr_run.result.path)
    assert len(pages) == 2
    decree = read_decree(pages)
    assert decree.nomor is not None and decree.nomor.value == "19 Tahun 2023"
    assert (
        decree.judul is not None
        and similarity(
            decree.judul.value,
            "Penetapan Rekapitulasi Daftar Pemilih Tetap Pemilihan Umum Tahun 2024 di Kabupaten "
            "Soppeng",
        )
        >= 0.9
    )
    assert decree.tanggal_penetapan is not None
    assert decree.tanggal_penetapan.value.isoformat() == "2023-06-23"
    assert decree.penandatangan is not None and decree.penandatangan.value == "Irwan Usman"
    assert decree.nomor.page == 1 and decree.tanggal_penetapan.page == 2


def test_ocr_keeps_the_scan_images_and_the_archive_metadata(ocr_run: OcrRun) -> None:
    with pikepdf.open(ocr_run.scan) as before, pikepdf.open(ocr_run.result.path) as after:
        for old, new in zip(before.pages, after.pages, strict=True):
            assert _image_streams(old) == _image_streams(new)  # the G4 scan, untouched
        meta = after.open_metadata()
        assert meta.pdfa_status == "2B"
        assert meta["dc:title"] == "Penetapan Rekapitulasi DPT"


def test_ocr_reports_progress_page_by_page(ocr_run: OcrRun) -> None:
    texts = [text for _, text in ocr_run.progress]
    assert "OCR halaman 1 dari 2" in texts and "OCR halaman 2 dari 2" in texts
    percents = [pct for pct, _ in ocr_run.progress]
    assert percents == sorted(percents) and percents[-1] == 100
    assert ocr_run.result.pages == 2


def _image_streams(page: pikepdf.Page) -> list[bytes]:
    xobjects = page.obj.Resources.XObject
    return [
        xobjects[key].read_raw_bytes()
        for key in sorted(xobjects.keys())
        if xobjects[key].Subtype == pikepdf.Name.Image
    ]


def _processes_mentioning(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if marker.encode() in cmdline:
            found.append(int(entry.name))
    return found


@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to look for processes")
def test_cancel_kills_the_ocr_and_leaves_nothing(ocr_run: OcrRun, tmp_path: Path) -> None:
    token = CancelToken()

    def progress(percent: int, text: str) -> None:
        if text.startswith("OCR halaman"):
            token.cancel()

    out = tmp_path / "never.pdf"
    with pytest.raises(OcrCancelledError):
        ocr_pdf(ocr_run.scan, out, progress=progress, cancel=token, options=OcrOptions(jobs=1))
    assert list(tmp_path.iterdir()) == []
    assert _processes_mentioning(str(tmp_path)) == []


def test_missing_tesseract_is_a_clear_error(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATH", str(tmp_path))
    with pytest.raises(OcrUnavailableError, match="Tesseract"):
        check_ocr_available()
    assert os.environ["PATH"] == str(tmp_path)


def test_missing_language_is_a_clear_error() -> None:
    with pytest.raises(OcrUnavailableError, match="'xyz'"):
        check_ocr_available(OcrOptions(language="xyz"))


APP = """
import sys
from pathlib import Path
from jdih_desktop.documents.pdf.ocr import OcrOptions, ocr_pdf
def progress(percent, text):
    print(text, flush=True)
ocr_pdf(Path(sys.argv[1]), Path(sys.argv[2]), progress=progress, options=OcrOptions(jobs=1))
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the guard is Linux-only")
def test_kill_9_of_the_app_mid_ocr_takes_ocrmypdf_and_tesseract_with_it(
    ocr_run: OcrRun, tmp_path: Path
) -> None:
    work = tmp_path / "tmp"
    work.mkdir()  # OCRmyPDF's and Tesseract's scratch files, so their command lines name it
    app = subprocess.Popen(
        [sys.executable, "-c", APP, str(ocr_run.scan), str(tmp_path / "out.pdf")],
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "TMPDIR": str(work)},
    )
    assert app.stdout is not None
    for line in app.stdout:
        if line.startswith("OCR halaman"):
            break
    assert _processes_mentioning(str(tmp_path)), "OCR should be running now"
    app.kill()
    app.wait()
    app.stdout.close()
    deadline = time.monotonic() + 30  # an upper bound on the kernel's teardown, not a sleep
    while _processes_mentioning(str(tmp_path)):
        assert time.monotonic() < deadline, "OCR outlived its app"
        time.sleep(0.05)
    assert not (tmp_path / "out.pdf").exists()


def test_a_scan_the_pdfa_backend_refuses_is_still_ocrd_as_plain_pdf(tmp_path: Path) -> None:
    """Real decrees (Donggala, 2025) carry annotations with keys the internal PDF/A validator
    does not check (a MarkupAnnot with /Rotate): OCRmyPDF exits 10 and the decree used to be
    stored without text. It is OCR'd again as plain PDF and the result says it is not PDF/A."""
    text = (DECREES / "01_dpt_soppeng_2023.txt").read_text(encoding="utf-8")
    pages = render_decree(text, tmp_path, dpi=200, pages=1)
    scan = assemble_pdf(pages, tmp_path / "scan.pdf", metadata=DocumentMetadata(title="x")).path
    with pikepdf.open(scan, allow_overwriting_input=True) as pdf:
        note = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Annot,
                Subtype=pikepdf.Name.Text,
                Rect=[10, 10, 30, 30],
                Contents=pikepdf.String("stempel"),
                Rotate=90,
            )
        )
        pdf.pages[0].obj.Annots = pdf.make_indirect(pikepdf.Array([note]))
        pdf.save(scan)

    result = ocr_pdf(scan, tmp_path / "ocr.pdf")

    assert result.pdfa is False
    assert read_decree(extract_text(result.path)).nomor is not None


def test_a_scanned_page_with_an_empty_text_run_is_still_ocrd(tmp_path: Path) -> None:
    """Real decrees (LAPAN 2001-2002) were exported from a word processor that left one " "
    text run on the signature page: OCRmyPDF's skip mode took that page for text and left it
    without OCR, so the place, date and signer were never read."""
    text = (DECREES / "01_dpt_soppeng_2023.txt").read_text(encoding="utf-8")
    pages = render_decree(text, tmp_path, dpi=200, pages=1)
    scan = assemble_pdf(pages, tmp_path / "scan.pdf", metadata=DocumentMetadata(title="x")).path
    with pikepdf.open(scan, allow_overwriting_input=True) as pdf:
        page = pdf.pages[0]
        font = pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
        resources = page.obj.Resources
        resources.Font = pikepdf.Dictionary(F1=pdf.make_indirect(font))
        page.contents_add(pdf.make_stream(b"BT /F1 11 Tf 72 72 Td [( )] TJ ET"), prepend=False)
        pdf.save(scan)
    assert all(p.is_empty for p in extract_text(scan))  # nothing to read before OCR

    result = ocr_pdf(scan, tmp_path / "ocr.pdf", options=OcrOptions(jobs=1))

    assert read_decree(extract_text(result.path)).nomor is not None
