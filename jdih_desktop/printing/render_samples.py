"""Render every document from the sample data to PDF and its first page to PNG.

    python -m jdih_desktop.printing.render_samples [OUT_DIR]   (default: docs/print)

The PNGs are what a reviewer looks at when the layout changes; needs ``pdftoppm``
(poppler-utils) on PATH.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from jdih_desktop.printing import samples
from jdih_desktop.printing.abstract import render_abstract
from jdih_desktop.printing.archive_register import render_archive_register
from jdih_desktop.printing.data import DispositionSheet, Receipt
from jdih_desktop.printing.disposition import render_disposition
from jdih_desktop.printing.fonts import default_resources_dir
from jdih_desktop.printing.paper import A5, HALF_F4
from jdih_desktop.printing.receipt import render_receipt
from jdih_desktop.printing.sla_report import render_sla_report
from jdih_desktop.procguard import tool_kwargs

DPI = 110


def sample_documents(resources_dir: Path | None = None) -> dict[str, Callable[[], bytes]]:
    """Name → builder of each sample PDF (names are also the PNG file stems)."""
    head = samples.sample_letterhead(resources_dir)
    sheet = samples.sample_disposition()
    receipt = samples.sample_receipt()
    return {
        "disposisi-a5": lambda: render_disposition([sheet], head, A5, False, resources_dir),
        "disposisi-2up-f4": lambda: render_disposition(
            [sheet, DispositionSheet()], head, HALF_F4, True, resources_dir),
        "abstrak-f4": lambda: render_abstract(samples.sample_abstract(),
                                              resources_dir=resources_dir),
        "tanda-terima-a5": lambda: render_receipt([receipt], head, A5, False, resources_dir),
        "tanda-terima-2up-a4": lambda: render_receipt([receipt, Receipt()], head, A5, True,
                                                      resources_dir),
        "laporan-sop": lambda: render_sla_report(samples.sample_sla_report(), head,
                                                 resources_dir=resources_dir),
        "daftar-arsip": lambda: render_archive_register(samples.sample_archive_register(), head,
                                                        resources_dir=resources_dir),
    }


def render_png(pdf: Path, png: Path, dpi: int = DPI, page: int = 1) -> Path:
    """Page ``page`` of ``pdf`` as ``png`` (pdftoppm names its output itself; we rename)."""
    tool = shutil.which("pdftoppm")
    if tool is None:
        raise RuntimeError("pdftoppm not found: install poppler-utils")
    stem = png.with_suffix("")
    subprocess.run(
        [tool, "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
         str(pdf), str(stem)],
        check=True, capture_output=True, timeout=60, **tool_kwargs(),
    )
    return png


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out_dir = Path(args[0]) if args else default_resources_dir().parent / "docs" / "print"
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, build in sample_documents().items():
            pdf = Path(tmp) / f"{name}.pdf"
            pdf.write_bytes(build())
            print(render_png(pdf, out_dir / f"{name}.png"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
