"""Synthetic scanned pages for the documents tests: text rendered with Pillow, scanner noise.

Real scans cannot live in the repository (they are signed decrees), so tests draw their
own: a decree's text laid out on an F4 page in a serif font, blurred like scanner optics,
with sensor noise and dust, optionally thresholded to a bilevel scan.
"""

from __future__ import annotations

import random
import shutil
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest
from PIL import Image, ImageChops, ImageDraw, ImageFilter, ImageFont

from jdih_desktop.documents.pdf.images import SINGLE_STRIP

FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
DECREES = Path(__file__).resolve().parents[1] / "fixtures" / "decrees"
needs_tesseract = pytest.mark.skipif(
    shutil.which("tesseract") is None, reason="tesseract is not installed"
)
F4_MM = (215.0, 330.0)


def font(size_px: int, mono: bool = False) -> ImageFont.FreeTypeFont:
    name = "DejaVuSansMono.ttf" if mono else "DejaVuSerif.ttf"
    return ImageFont.truetype(str(FONT_DIR / name), size_px)


def page_size(dpi: int, size_mm: tuple[float, float] = F4_MM) -> tuple[int, int]:
    return round(size_mm[0] / 25.4 * dpi), round(size_mm[1] / 25.4 * dpi)


def text_page(
    lines: Sequence[str],
    dpi: int = 300,
    *,
    seed: int = 0,
    noise: float = 4.0,
    specks: int = 150,
    mono: bool = True,
    size_mm: tuple[float, float] = F4_MM,
) -> Image.Image:
    """A gray page with ``lines`` at 11 pt, 1.3 line spacing, 2.5 cm margins, scanner noise."""
    width, height = page_size(dpi, size_mm)
    rng = random.Random(seed)
    image = Image.new("L", (width, height), 248)
    draw = ImageDraw.Draw(image)
    size = round(11 / 72 * dpi)
    face = font(size, mono)
    x, y = round(2.5 / 2.54 * dpi), round(2.5 / 2.54 * dpi)
    for line in lines:
        draw.text((x, y), line, font=face, fill=30)
        y += round(size * 1.3)
        if y > height - 2 * size:
            break
    for _ in range(specks):
        sx, sy, r = rng.randrange(width), rng.randrange(height), rng.randint(1, 3)
        draw.ellipse((sx, sy, sx + r, sy + r), fill=rng.randint(60, 170))
    image = image.filter(ImageFilter.GaussianBlur(dpi / 330))
    if noise:
        image = ImageChops.add(image, Image.effect_noise(image.size, noise), 1.0, -128)
    return image


def bilevel(image: Image.Image, threshold: int = 140) -> Image.Image:
    return image.point(lambda v: 255 if v > threshold else 0).convert("1", dither=Image.Dither.NONE)


def decree_pages(text: str) -> Iterator[list[str]]:
    """Split a fixture decree (pages separated by form feeds) into page line lists."""
    for chunk in text.split("\f"):
        yield chunk.splitlines()


def random_words_page(dpi: int, seed: int) -> Image.Image:
    """A text-dense page of Indonesian words (for size/speed checks)."""
    rng = random.Random(seed)
    words = (
        "bahwa",
        "dalam",
        "rangka",
        "pelaksanaan",
        "pemilihan",
        "umum",
        "anggota",
        "dewan",
        "perwakilan",
        "rakyat",
        "daerah",
        "kabupaten",
        "tahun",
        "perlu",
        "menetapkan",
        "keputusan",
        "komisi",
        "tentang",
        "penetapan",
        "nomor",
        "urut",
        "partai",
        "politik",
        "peserta",
        "berdasarkan",
        "ketentuan",
        "pasal",
        "undang-undang",
    )
    lines = []
    for _ in range(48):
        line: list[str] = []
        while len(" ".join(line)) < 68:
            line.append(rng.choice(words))
        lines.append(" ".join(line))
    return text_page(lines, dpi, seed=seed, mono=False)


def save_g4(image: Image.Image, path: Path, dpi: int) -> Path:
    """Write a page the way the scanner does: single-strip G4 TIFF with its resolution."""
    image.save(path, format="TIFF", compression="group4", strip_size=SINGLE_STRIP, dpi=(dpi, dpi))
    return path


def render_decree(
    text: str,
    folder: Path,
    dpi: int = 200,
    pages: int | None = None,
) -> list[Path]:
    """A fixture decree as bilevel scanned pages (G4 TIFF files), as the scanner saves them."""
    paths = []
    for number, lines in enumerate(text.split("\f")[:pages], start=1):
        page = bilevel(text_page(lines.splitlines(), dpi, seed=number, noise=5.0))
        paths.append(save_g4(page, folder / f"page{number:03d}.tif", dpi))
    return paths
