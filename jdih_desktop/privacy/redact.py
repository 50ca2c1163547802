"""A truly redacted public copy: affected pages are rasterised with the regions blacked out
and rebuilt with an invisible text layer of the words that remain; then proven.

A black rectangle drawn over live text hides nothing (the text layer still holds the value);
here the page's old content, fonts and text are dropped entirely, and the copy is verified
after writing: the text extracted from the whole file (two extractors) and the OCR of every
redacted region must yield none of the redacted values. Pages without a region are copied
unchanged. Signature fields are dropped (redaction invalidates a signature anyway).
"""

from __future__ import annotations

import io
import re
import tempfile
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pikepdf
from PIL import Image, ImageDraw

from jdih_desktop.privacy.words import DPI, Box, PageWords, Word, ocr_lines, page_words, render_page
from jdih_desktop.signatures.unsigned_copy import unsigned_copy
from jdih_desktop.storage.atomic import atomic_writer
from jdih_desktop.storage.filestore import sha256_of

PAD = 1.5  # points around each region, so antialiased glyph edges go too
_DIGIT_KINDS = ("nik", "nip", "phone", "bank")


@dataclass(frozen=True)
class Region:
    page: int  # 1-based
    box: Box  # points, top-left origin
    label: str = ""  # the finding kind, or "manual" for one the operator drew


@dataclass(frozen=True)
class Secret:
    """A value that must not be recoverable from the copy."""

    kind: str
    text: str

    def needle(self) -> str:
        return _digits(self.text) if self.kind in _DIGIT_KINDS else _letters(self.text)


@dataclass(frozen=True)
class RedactionResult:
    path: Path
    sha256: str
    pages_rebuilt: tuple[int, ...]
    regions: int
    leaks_text: tuple[str, ...]  # values still found by text extraction
    leaks_ocr: tuple[str, ...]  # values still found by OCR of the redacted regions

    @property
    def clean(self) -> bool:
        return not self.leaks_text and not self.leaks_ocr


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _letters(text: str) -> str:
    return re.sub(r"[^0-9a-z@]", "", text.lower())


def _overlaps(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _padded(box: Box) -> Box:
    return (box[0] - PAD, box[1] - PAD, box[2] + PAD, box[3] + PAD)


def _blackened(image: Image.Image, regions: Sequence[Region], dpi: int) -> Image.Image:
    page = image.convert("L")
    draw = ImageDraw.Draw(page)
    scale = dpi / 72
    for region in regions:
        x0, y0, x1, y1 = _padded(region.box)
        draw.rectangle((x0 * scale, y0 * scale, x1 * scale, y1 * scale), fill=0)
    return page


def _rebuilt_page(image: Image.Image, width: float, height: float, words: Iterable[Word]) -> bytes:
    """One PDF page: the blackened raster plus invisible text for the remaining words."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfbase.pdfmetrics import stringWidth
    from reportlab.pdfgen import canvas

    raster = io.BytesIO()
    image.save(raster, format="PNG", optimize=True)
    raster.seek(0)
    out = io.BytesIO()
    pdf = canvas.Canvas(out, pagesize=(width, height))
    pdf.drawImage(ImageReader(raster), 0, 0, width, height)
    for word in words:
        x0, top, x1, bottom = word.box
        size = max(1.0, (bottom - top) * 0.9)
        natural = stringWidth(word.text, "Helvetica", size) or 1.0
        text = pdf.beginText(x0, height - bottom + (bottom - top) * 0.2)
        text.setTextRenderMode(3)  # invisible: searchable and selectable, never drawn
        text.setFont("Helvetica", size)
        text.setHorizScale(max(1.0, 100 * (x1 - x0) / natural))
        text.textOut(word.text)
        pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def _strip_document(pdf: pikepdf.Pdf) -> None:
    """Drop what could carry the removed values or a now-false signature claim."""
    for key in ("/AcroForm", "/Perms"):
        if key in pdf.Root:
            del pdf.Root[key]
    names = pdf.Root.get("/Names")
    if isinstance(names, pikepdf.Dictionary) and "/EmbeddedFiles" in names:
        del names["/EmbeddedFiles"]


def extracted_text(path: Path) -> str:
    import pypdfium2 as pdfium
    from pypdf import PdfReader

    parts = []
    doc = pdfium.PdfDocument(str(path))
    try:
        for index in range(len(doc)):
            parts.append(doc[index].get_textpage().get_text_range())
    finally:
        doc.close()
    parts.extend(page.extract_text() or "" for page in PdfReader(path).pages)
    return "\n".join(parts)


def _leaks(text: str, secrets: Iterable[Secret]) -> tuple[str, ...]:
    digits, letters = _digits(text), _letters(text)
    found = []
    for secret in secrets:
        needle = secret.needle()
        if len(needle) < 4:
            continue
        haystack = digits if secret.kind in _DIGIT_KINDS else letters
        if needle in haystack:
            found.append(f"{secret.kind}:{secret.text}")
    return tuple(dict.fromkeys(found))


def _ocr_of_regions(path: Path, regions: Sequence[Region], language: str) -> str:
    """OCR of every redacted region (with a margin), one Tesseract run per page."""
    scale = DPI / 72
    texts = []
    for number in sorted({r.page for r in regions}):
        image = render_page(path, number - 1, DPI).convert("L")
        crops = []
        for region in (r for r in regions if r.page == number):
            x0, y0, x1, y1 = _padded(region.box)
            margin = 6
            left, top = max(0, int(x0 * scale) - margin), max(0, int(y0 * scale) - margin)
            right = min(image.width, int(x1 * scale) + margin)
            bottom = min(image.height, int(y1 * scale) + margin)
            if right > left and bottom > top:  # text drawn off the page has nothing to OCR
                crops.append(image.crop((left, top, right, bottom)))
        if not crops:
            continue
        sheet = Image.new(
            "L", (max(c.width for c in crops) + 40, sum(c.height + 30 for c in crops) + 40), 255
        )
        y = 20
        for crop in crops:
            sheet.paste(crop, (20, y))
            y += crop.height + 30
        texts.append(" ".join(w.text for line in ocr_lines(sheet, DPI, language) for w in line))
    return "\n".join(texts)


def redact_pdf(
    source: Path,
    out: Path,
    regions: Sequence[Region],
    secrets: Sequence[Secret],
    *,
    words: Sequence[PageWords] | None = None,
    language: str = "ind",
    verify_ocr: bool = True,
) -> RedactionResult:
    """Write the redacted copy of ``source`` to ``out`` and prove no secret is recoverable."""
    if out.resolve() == source.resolve():
        raise ValueError("redact_pdf never overwrites its source")
    pages = {p.number: p for p in (words if words is not None else page_words(source))}
    affected = sorted({r.page for r in regions})
    with tempfile.TemporaryDirectory(prefix="jdih-redact-") as work:
        base = unsigned_copy(source, Path(work) / "base.pdf")
        with pikepdf.open(base) as pdf:
            for number in affected:
                mine = [r for r in regions if r.page == number]
                page = pages[number]
                kept = [
                    w
                    for line in page.lines
                    for w in line
                    if not any(_overlaps(_padded(r.box), w.box) for r in mine)
                ]
                image = _blackened(render_page(base, number - 1, DPI), mine, DPI)
                rebuilt = pikepdf.open(
                    io.BytesIO(_rebuilt_page(image, page.width, page.height, kept))
                )
                pdf.pages[number - 1] = rebuilt.pages[0]
            _strip_document(pdf)
            with atomic_writer(out) as handle:
                pdf.save(handle)
    leaks_text = _leaks(extracted_text(out), secrets)
    leaks_ocr = (
        _leaks(_ocr_of_regions(out, regions, language), secrets) if verify_ocr and regions else ()
    )
    return RedactionResult(
        path=out,
        sha256=sha256_of(out),
        pages_rebuilt=tuple(affected),
        regions=len(regions),
        leaks_text=leaks_text,
        leaks_ocr=leaks_ocr,
    )
