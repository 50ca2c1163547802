"""Shared pages and PDFs for the documents tests, generated once per session on disk."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from tests.documents.synth import DECREES, bilevel, random_words_page, save_g4


@pytest.fixture(scope="session")
def pages_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Three 150 dpi F4 pages: bilevel (G4 TIFF), gray (PNG) and colour (PNG)."""
    folder = tmp_path_factory.mktemp("pages")
    gray = random_words_page(150, seed=1)
    save_g4(bilevel(gray), folder / "bilevel.tif", 150)
    gray.save(folder / "gray.png", dpi=(150, 150))
    colour = Image.merge("RGB", (gray, gray, gray.point(lambda v: min(255, v + 20))))
    colour.save(folder / "colour.png", dpi=(150, 150))
    return folder


@pytest.fixture()
def text_pdf(tmp_path: Path) -> Callable[[Sequence[Sequence[str]], str], Path]:
    """Make a born-digital PDF (reportlab, Courier) whose pages hold the given lines."""

    def make(pages: Sequence[Sequence[str]], name: str = "born_digital.pdf") -> Path:
        path = tmp_path / name
        pdf = canvas.Canvas(str(path), pagesize=(215 * mm, 330 * mm))
        for lines in pages:
            text = pdf.beginText(20 * mm, 310 * mm)
            text.setFont("Courier", 9)
            for line in lines:
                text.textLine(line)
            pdf.drawText(text)
            pdf.showPage()
        pdf.save()
        return path

    return make


@pytest.fixture(scope="session")
def decree_texts() -> dict[str, str]:
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(DECREES.glob("*.txt"))}
