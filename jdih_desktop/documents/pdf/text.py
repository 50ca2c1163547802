"""Text of a PDF's text layer, page by page and line by line, with pypdf.

The decree reader cites where each field was read as (page, line), so pages and lines are
numbered from 1 exactly as the UI shows them. pypdf is pure Python and reads both
born-digital text and OCRmyPDF's invisible layer.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pypdf import PdfReader
from pypdf.errors import FileNotDecryptedError, PdfReadError

from jdih_desktop.documents.errors import CorruptPdfError, EncryptedPdfError

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageText:
    number: int  # 1-based page number
    lines: tuple[str, ...]

    def numbered(self) -> Iterator[tuple[int, str]]:
        """``(line number, text)`` pairs, numbered from 1."""
        return enumerate(self.lines, start=1)

    @property
    def is_empty(self) -> bool:
        return not any(line.strip() for line in self.lines)


def pages_from_text(text: str) -> list[PageText]:
    """Split plain text into pages at form feeds (as ``pdftotext`` writes them)."""
    chunks = text.split("\f")
    if len(chunks) > 1 and not chunks[-1].strip():
        chunks.pop()
    return [PageText(i, tuple(chunk.splitlines())) for i, chunk in enumerate(chunks, start=1)]


def _clean_line(line: str) -> str:
    return line.replace("\u00a0", " ").rstrip()


def extract_text(path: Path) -> list[PageText]:
    """Every page's text lines; a page whose text cannot be decoded comes back empty."""
    try:
        reader = PdfReader(path)
        if reader.is_encrypted:
            raise EncryptedPdfError(path.name, needs_password=False)
        pages = list(reader.pages)
    except FileNotDecryptedError:
        raise EncryptedPdfError(path.name, needs_password=True) from None
    except (PdfReadError, OSError, ValueError) as exc:
        raise CorruptPdfError(path.name, str(exc)[:160]) from exc
    result = []
    for number, page in enumerate(pages, start=1):
        try:
            text = page.extract_text() or ""
        except Exception as exc:  # pypdf raises many types on odd fonts; keep the other pages
            log.warning("no text from page %d of %s: %s", number, path.name, exc)
            text = ""
        result.append(PageText(number, tuple(_clean_line(x) for x in text.splitlines())))
    return result
