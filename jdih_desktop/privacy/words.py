"""Words with their boxes, page by page: from the PDF's text layer (pdfium) or, on a page
without one, from Tesseract's TSV output on the page rendered at 300 dpi.

Boxes are in PDF points with the origin at the top-left of the page (x0, top, x1, bottom), the
same for both sources, so a finding can be drawn, redacted and re-OCR'd where it was found.
"""

from __future__ import annotations

import csv
import io
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from jdih_desktop.documents.errors import CorruptPdfError
from jdih_desktop.documents.pdf.osd import tesseract_env
from jdih_desktop.procguard import tool_kwargs

if TYPE_CHECKING:
    from PIL import Image

DPI = 300
TEXT, OCR = "text", "ocr"
Box = tuple[float, float, float, float]


@dataclass(frozen=True)
class Word:
    text: str
    box: Box


@dataclass(frozen=True)
class PageWords:
    number: int  # 1-based
    width: float  # points
    height: float
    source: str  # text | ocr
    lines: tuple[tuple[Word, ...], ...]

    @property
    def text(self) -> str:
        return "\n".join(" ".join(w.text for w in line) for line in self.lines)


def union(boxes: list[Box]) -> Box:
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def _text_layer_lines(textpage: object, height: float) -> list[tuple[Word, ...]]:
    import pypdfium2.raw as raw

    count = textpage.count_chars()  # type: ignore[attr-defined]
    lines: list[tuple[Word, ...]] = []
    line: list[Word] = []
    chars: list[str] = []
    boxes: list[Box] = []

    def end_word() -> None:
        if chars:
            line.append(Word("".join(chars), union(boxes)))
            chars.clear()
            boxes.clear()

    for index in range(count):
        char = chr(raw.FPDFText_GetUnicode(textpage.raw, index))  # type: ignore[attr-defined]
        if char in "\r\n":
            end_word()
            if line:
                lines.append(tuple(line))
                line = []
            continue
        if char.isspace() or char == "\x00":
            end_word()
            continue
        left, bottom, right, top = textpage.get_charbox(index)  # type: ignore[attr-defined]
        chars.append(char)
        boxes.append((left, height - top, right, height - bottom))
    end_word()
    if line:
        lines.append(tuple(line))
    return lines


def render_page(pdf_path: Path, index: int, dpi: int = DPI) -> Image.Image:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(pdf_path))
    try:
        return pdf[index].render(scale=dpi / 72).to_pil()
    finally:
        pdf.close()


def ocr_lines(image: Image.Image, dpi: int = DPI, language: str = "ind") -> list[tuple[Word, ...]]:
    """Tesseract's words grouped by its lines, boxes converted from pixels to points."""
    buffer = io.BytesIO()
    image.convert("L").save(buffer, format="PNG", dpi=(dpi, dpi))
    done = subprocess.run(
        ["tesseract", "-", "-", "--dpi", str(dpi), "-l", language, "tsv"],
        input=buffer.getvalue(),
        capture_output=True,
        env=tesseract_env(),
        timeout=300,
        check=True,
        **tool_kwargs(),  # Tesseract dies with the app
    )
    scale = 72 / dpi
    grouped: dict[tuple[str, str, str], list[Word]] = {}
    rows = csv.DictReader(
        io.StringIO(done.stdout.decode("utf-8", "replace")), delimiter="\t", quoting=csv.QUOTE_NONE
    )
    for row in rows:
        text = (row.get("text") or "").strip()
        if row.get("level") != "5" or not text:
            continue
        left, top = int(row["left"]) * scale, int(row["top"]) * scale
        width, height = int(row["width"]) * scale, int(row["height"]) * scale
        key = (row["block_num"], row["par_num"], row["line_num"])
        grouped.setdefault(key, []).append(Word(text, (left, top, left + width, top + height)))
    return [tuple(words) for words in grouped.values()]


def page_words(pdf_path: Path, *, ocr: bool = True, language: str = "ind") -> Iterator[PageWords]:
    """Each page's words: the text layer when it has one, else OCR (when ``ocr``)."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(str(pdf_path))
    except pdfium.PdfiumError as exc:
        raise CorruptPdfError(pdf_path.name, str(exc)[:160]) from exc
    try:
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            lines = _text_layer_lines(page.get_textpage(), height)
            source = TEXT
            if not lines and ocr:
                image = page.render(scale=DPI / 72).to_pil()
                lines = ocr_lines(image, DPI, language)
                source = OCR
            yield PageWords(index + 1, width, height, source, tuple(lines))
    finally:
        pdf.close()
