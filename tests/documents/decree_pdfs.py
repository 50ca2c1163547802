"""Decree PDFs for import tests: born-digital from a fixture text, scanned without text, broken.

Real files written by real tools (reportlab, img2pdf through the app's assembly, pikepdf), so
the import path sees exactly what a clerk would bring in.
"""

from __future__ import annotations

from pathlib import Path

import pikepdf
from PIL import Image

from jdih_desktop.demo_archive import text_pdf
from jdih_desktop.documents.pdf.assembly import assemble_pdf
from tests.documents.synth import DECREES, render_decree


def decree_text(stem: str) -> str:
    return (DECREES / f"{stem}.txt").read_text(encoding="utf-8")


def text_decree_pdf(text: str, path: Path) -> Path:
    """A born-digital PDF whose text layer holds ``text`` (pages split at form feeds)."""
    return text_pdf(text, path)


def scanned_decree_pdf(text: str, path: Path, pages: int = 2) -> Path:
    """A bilevel 200 dpi scan of the decree, assembled as the scanner does: no text layer."""
    folder = path.parent / f"{path.stem}_pages"
    folder.mkdir(parents=True, exist_ok=True)
    return assemble_pdf(render_decree(text, folder, dpi=200, pages=pages), path).path


def encrypted_pdf(source: Path, path: Path, password: str = "rahasia") -> Path:
    with pikepdf.open(source) as pdf:
        pdf.save(path, encryption=pikepdf.Encryption(owner=password, user=password))
    return path


def truncated_pdf(source: Path, path: Path) -> Path:
    data = source.read_bytes()
    path.write_bytes(data[: len(data) // 3])
    return path


def png_named_pdf(path: Path) -> Path:
    Image.new("L", (40, 40), 255).save(path, format="PNG")
    return path
