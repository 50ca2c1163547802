"""Whether a PDF's text layer is OCR: invisible text laid over a page image.

A scan that arrives with text (a publisher's OCR, an EPSON or ABBYY scanner's, OCRmyPDF's own)
prints its words in render mode 3, invisible, over the scanned picture; a born-digital decree
shows its text. The reader must know which it reads: a name OCR'd under a signature and a
stamp is never shown as sure, whoever ran the OCR (``read_decree(..., ocr=True)``).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pikepdf

log = logging.getLogger(__name__)

#: Pages looked at: a scan's text layer is the same throughout.
PAGES = 3
_SHOW = {"Tj", "TJ", "'", '"'}


def _glyphs(operands: Any) -> bool:
    """Whether a text-showing operator shows more than blanks (a word processor leaves a
    lone visible " " on scanned pages)."""
    if not operands:
        return False
    parts = list(operands[-1]) if isinstance(operands[-1], pikepdf.Array) else [operands[-1]]
    return any(
        isinstance(part, pikepdf.String) and bytes(part).strip(b" \x00\t\r\n") for part in parts
    )


def _scan(stream: Any, resources: Any, depth: int) -> tuple[bool, bool, bool]:
    """(text shown, some of it visible, an image drawn) in a content stream and the form
    XObjects it draws (OCRmyPDF puts its text layer in one)."""
    mode, shown, visible, images = 0, False, False, False
    xobjects: Any = resources.get("/XObject", {}) if resources is not None else {}
    instruction: Any
    for instruction in pikepdf.parse_content_stream(stream):
        operands, operator = instruction
        name = str(operator)
        if name == "Tr" and operands:
            mode = int(operands[0])
        elif name in _SHOW and _glyphs(operands):
            shown = True
            visible = visible or mode != 3
        elif name == "Do" and operands:
            drawn = xobjects.get(str(operands[0]))
            if drawn is None:
                continue
            if drawn.get("/Subtype") == "/Form" and depth < 3:
                inner = _scan(drawn, drawn.get("/Resources", resources), depth + 1)
                shown, visible = shown or inner[0], visible or inner[1]
                images = images or inner[2]
            else:
                images = True
    return shown, visible, images


def _page_is_ocr(page: pikepdf.Page) -> bool | None:
    """True: all text invisible over an image; False: visible text; None: no text."""
    shown, visible, images = _scan(page, page.obj.get("/Resources"), 0)
    if not shown:
        return None
    return images and not visible


def has_ocr_layer(path: Path) -> bool:
    """True when the first pages with text carry only invisible text over an image."""
    try:
        with pikepdf.open(path) as pdf:
            verdicts = [_page_is_ocr(page) for page in list(pdf.pages)[:PAGES]]
    except (pikepdf.PdfError, OSError, ValueError) as exc:
        log.info("could not inspect the text layer of %s: %s", path.name, exc)
        return False
    found = [v for v in verdicts if v is not None]
    return bool(found) and all(found)


__all__ = ["has_ocr_layer"]
