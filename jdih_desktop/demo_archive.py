"""Demo decrees: a few realistic KPU Soppeng decrees in the archive, and one as scanned pages.

The texts (``resources/demo/decrees``) are written in the style of real Keputusan but name no
real decision. The archive copies are born-digital PDFs, imported through the same intake as
a clerk's files; the scanned pages let the wizard be tried (and photographed) without a
scanner, through the ``folder:`` device.
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from jdih_desktop.context import AppContext
from jdih_desktop.domain.actor import Actor
from jdih_desktop.paths import resources_dir

F4_MM = (215.0, 330.0)


def demo_texts() -> dict[str, str]:
    folder = resources_dir() / "demo" / "decrees"
    return {p.stem: p.read_text(encoding="utf-8") for p in sorted(folder.glob("*.txt"))}


def text_pdf(text: str, path: Path) -> Path:
    """A born-digital F4 PDF whose text layer holds ``text`` (pages split at form feeds)."""
    pdf = canvas.Canvas(str(path), pagesize=(F4_MM[0] * mm, F4_MM[1] * mm))
    for chunk in text.split("\f"):
        lines = pdf.beginText(20 * mm, 310 * mm)
        lines.setFont("Courier", 9)
        for line in chunk.splitlines():
            lines.textLine(line)
        pdf.drawText(lines)
        pdf.showPage()
    pdf.save()
    return path


def scanned_pages(text: str, folder: Path, dpi: int = 200) -> list[Path]:
    """The decree as gray page images, one per form-feed page, as a copier would save them."""
    folder.mkdir(parents=True, exist_ok=True)
    width, height = round(F4_MM[0] / 25.4 * dpi), round(F4_MM[1] / 25.4 * dpi)
    font_file = resources_dir() / "fonts" / "DejaVuSans.ttf"
    size = round(9.5 / 72 * dpi)
    font = ImageFont.truetype(str(font_file), size)
    paths = []
    for number, chunk in enumerate(text.split("\f"), start=1):
        page = Image.new("L", (width, height), 250)
        draw = ImageDraw.Draw(page)
        y = round(20 / 25.4 * dpi)
        for line in chunk.splitlines():
            draw.text((round(22 / 25.4 * dpi), y), line, fill=25, font=font)
            y += round(size * 1.35)
        path = folder / f"halaman-{number:02d}.png"
        page.save(path, dpi=(dpi, dpi))
        paths.append(path)
    return paths


def seed_demo_archive(context: AppContext, operator: Actor, work: Path) -> list[int]:
    """Import the demo decrees (born-digital) into the archive; returns their ids."""
    work.mkdir(parents=True, exist_ok=True)
    ids = []
    for stem, text in demo_texts().items():
        pdf = text_pdf(text, work / f"{stem}.pdf")
        outcome = context.intake.import_pdf(operator, pdf, ocr=False)
        ids.append(outcome.document.id)
    return ids
