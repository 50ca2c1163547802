"""Looking at printed PDFs the way a reviewer would: page sizes, the text on the pages, where
it was drawn, the fonts, and the QR codes on a rendered page."""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pypdf
from PIL import Image
from pyzbar import pyzbar
from reportlab.pdfbase.pdfmetrics import stringWidth

MM = 72 / 25.4


def reader(data: bytes) -> pypdf.PdfReader:
    return pypdf.PdfReader(io.BytesIO(data))


def page_sizes_mm(data: bytes) -> list[tuple[float, float]]:
    """(width, height) of each page in millimetres, rounded to 0.1 mm."""
    return [
        (round(float(page.mediabox.width) / MM, 1), round(float(page.mediabox.height) / MM, 1))
        for page in reader(data).pages
    ]


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() or "" for page in reader(data).pages]


def squash(text: str) -> str:
    """Text without any whitespace: wrapped lines compare equal to the unwrapped field."""
    return re.sub(r"\s+", "", text)


def missing_texts(data: bytes, expected: list[str], page: int | None = None) -> list[str]:
    """Those of ``expected`` not found on ``page`` (all pages when None), ignoring wrapping."""
    texts = page_texts(data)
    haystack = squash(texts[page] if page is not None else "".join(texts))
    return [text for text in expected if squash(text) not in haystack]


@dataclass(frozen=True)
class Span:
    page: int
    text: str
    x: float
    y: float
    size: float
    bold: bool

    def right(self) -> float:
        """Where the drawn text ends, measured with the embedded font's metrics."""
        from jdih_desktop.printing.fonts import register_fonts

        fonts = register_fonts()
        return self.x + stringWidth(self.text, fonts.bold if self.bold else fonts.regular,
                                    self.size)


def text_spans(data: bytes) -> list[Span]:
    """Every piece of text with the point where it was drawn (page coordinates)."""
    spans: list[Span] = []
    for index, page in enumerate(reader(data).pages):
        def visit(text: str, cm: Any, tm: Any, font: Any, size: float, index: int = index) -> None:
            if text.strip():
                x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
                y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                bold = font is not None and "Bold" in str(font.get("/BaseFont", ""))
                spans.append(Span(index, text.strip(), x, y, size * (tm[0] or 1), bold))
        page.extract_text(visitor_text=visit)
    return spans


def font_report(data: bytes) -> dict[str, bool]:
    """Base font name → whether its program is embedded, over all pages."""
    fonts: dict[str, bool] = {}
    for page in reader(data).pages:
        for ref in page["/Resources"].get("/Font", {}).values():
            font = ref.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(
                key in descriptor.get_object() for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            fonts[str(font["/BaseFont"])] = embedded
    return fonts


def render_png(data: bytes, folder: Path, name: str, page: int = 1, dpi: int = 150) -> Path:
    """Page ``page`` rendered by pdftoppm, as a reviewer's viewer would show it."""
    pdf = folder / f"{name}.pdf"
    pdf.write_bytes(data)
    stem = folder / f"{name}-p{page}"
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile",
         str(pdf), str(stem)],
        check=True, capture_output=True, timeout=60,
    )
    return stem.with_suffix(".png")


def qr_texts(png: Path) -> list[str]:
    """The decoded QR codes on a rendered page."""
    with Image.open(png) as image:
        return sorted(
            symbol.data.decode("utf-8")
            for symbol in pyzbar.decode(image.convert("L"))
            if symbol.type == "QRCODE"
        )


def dark_fraction(png: Path) -> float:
    """Share of clearly dark pixels: a blank or failed render is near 0."""
    with Image.open(png) as image:
        gray = image.convert("L")
        histogram = gray.histogram()
        return sum(histogram[:128]) / (gray.width * gray.height)
