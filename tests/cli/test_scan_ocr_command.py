"""``jdih scan … -o x.pdf --ocr``: pages OCR'd while the worker imports them, one searchable PDF."""

from __future__ import annotations

from pathlib import Path

import pytest
from pypdf import PdfReader

from jdih_desktop.cli.main import main
from tests.cli.conftest import Runner
from tests.documents.synth import bilevel, needs_tesseract, save_g4, text_page


@needs_tesseract
def test_scan_with_ocr_writes_a_pdf_with_each_pages_text(jdih: Runner, tmp_path: Path) -> None:
    drop = tmp_path / "copier"
    drop.mkdir()
    for number, word in enumerate(("PERTAMA", "KEDUA"), start=1):
        image = text_page([f"HALAMAN {word}"], 200, seed=number, size_mm=(150, 40))
        save_g4(bilevel(image), drop / f"{number:02d}.tif", 200)
    out = tmp_path / "keputusan.pdf"
    done = jdih(
        "scan", "--device", f"folder:{drop}", "--mode", "bw", "--option", "settle_seconds=0",
        "-o", str(out), "--ocr",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "2 dengan teks" in done.stdout
    texts = [page.extract_text() for page in PdfReader(out).pages]
    assert "PERTAMA" in texts[0] and "KEDUA" in texts[1]


def test_ocr_into_a_folder_is_refused_before_scanning(
    data_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["scan", "--device", f"folder:{tmp_path}", "-o", str(tmp_path / "out"), "--ocr"]
    assert main([*args, "--data-dir", str(data_dir)]) == 1
    assert "--ocr memerlukan -o BERKAS.pdf" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
