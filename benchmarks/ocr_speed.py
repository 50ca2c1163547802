"""Benchmark: OCR seconds per page, the app's OCR (OCRmyPDF, pages in parallel) vs plain Tesseract.

    .venv/bin/python benchmarks/ocr_speed.py [--pages 6] [--dpi 300]

Renders fixture decree pages as bilevel scans (G4 TIFF, as the scanner saves them), assembles
them with the app's assembly, then times, on the same pages:

* ``ocr_pdf`` with one job per core (``OMP_THREAD_LIMIT=1`` per Tesseract, the app's setting);
* ``ocr_pdf`` with a single job;
* plain ``tesseract page.tif out -l ind``, page after page, single-threaded
  (``OMP_THREAD_LIMIT=1``) and with Tesseract's default OpenMP threading.

Wall-clock seconds per page; the machine's load average is printed because other processes
on a shared machine slow every figure.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from jdih_desktop.documents.pdf.assembly import assemble_pdf  # noqa: E402
from jdih_desktop.documents.pdf.ocr import OcrOptions, check_ocr_available, ocr_pdf  # noqa: E402
from tests.documents.synth import DECREES, render_decree  # noqa: E402


def pages(folder: Path, count: int, dpi: int) -> list[Path]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(DECREES.glob("0*.txt"))]
    found: list[Path] = []
    for index, text in enumerate(texts):
        sub = folder / f"d{index}"
        sub.mkdir()
        found += render_decree(text, sub, dpi=dpi)
        if len(found) >= count:
            break
    return found[:count]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=6)
    parser.add_argument("--dpi", type=int, default=300)
    args = parser.parse_args()
    print(check_ocr_available())
    cores = os.cpu_count() or 1
    with tempfile.TemporaryDirectory(prefix="jdih-ocr-bench-") as tmp:
        folder = Path(tmp)
        scans = pages(folder, args.pages, args.dpi)
        pdf = assemble_pdf(scans, folder / "scan.pdf", pdfa=False).path
        print(f"{len(scans)} pages, {args.dpi} dpi bilevel; {cores} cores; load {os.getloadavg()}")
        rows = []
        for label, jobs in ((f"ocr_pdf, {cores} jobs", cores), ("ocr_pdf, 1 job", 1)):
            started = time.perf_counter()
            ocr_pdf(pdf, folder / f"out{jobs}.pdf", options=OcrOptions(jobs=jobs, pdfa=False))
            rows.append((label, time.perf_counter() - started))
        tesseract = shutil.which("tesseract")
        assert tesseract is not None
        for label, env in (
            ("tesseract single-threaded", {**os.environ, "OMP_THREAD_LIMIT": "1"}),
            (
                "tesseract default threads",
                {k: v for k, v in os.environ.items() if k != "OMP_THREAD_LIMIT"},
            ),
        ):
            started = time.perf_counter()
            for scan in scans:
                subprocess.run(
                    [tesseract, str(scan), str(folder / scan.stem), "-l", "ind"],
                    check=True,
                    capture_output=True,
                    env=env,
                )
            rows.append((label + ", page by page", time.perf_counter() - started))
        print(f"{'run':<42}{'s total':>9}{'s/page':>8}")
        for label, seconds in rows:
            print(f"{label:<42}{seconds:>9.1f}{seconds / len(scans):>8.2f}")
        print(f"load afterwards {os.getloadavg()}")


if __name__ == "__main__":
    main()
