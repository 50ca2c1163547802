"""The *kop surat*: logo at the left, the office name centred in bold, address and contacts
below, closed by the double rule (thick over thin) of Indonesian official letterheads.

Drawn straight on a canvas for the fixed forms and wrapped as a platypus Flowable for the
flowing documents, from one layout computation so that both look the same.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from PIL import Image
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

from jdih_desktop.printing.data import Letterhead
from jdih_desktop.printing.fonts import FontSet
from jdih_desktop.printing.textfit import FittedText, draw_fitted, fit_text

log = logging.getLogger(__name__)

THICK_RULE = 1.8
THIN_RULE = 0.6


def load_logo(path: Path | None) -> ImageReader | None:
    """The logo ready to draw, or None when there is none or it cannot be read.

    A missing or broken logo must not stop a disposition sheet from printing, so every
    failure is logged and the letterhead prints without it.
    """
    if path is None:
        return None
    try:
        with Image.open(path) as image:
            image.load()
            # reportlab wants RGB or RGBA; palette and CMYK logos are common on office PCs.
            converted = image.convert("RGBA" if "A" in image.getbands() or
                                      image.mode == "P" else "RGB")
        return ImageReader(converted)
    except Exception as error:  # Pillow raises many types for broken files; none may crash
        log.warning("logo %s not printed: %s", path, error)
        return None


@dataclass(frozen=True)
class _Layout:
    logo: ImageReader | None
    logo_size: float
    text_x: float
    text_width: float
    blocks: tuple[tuple[FittedText, str], ...]
    height: float  # from the top to the bottom of the thin rule


def _layout(fonts: FontSet, head: Letterhead, x: float, width: float, scale: float) -> _Layout:
    logo = load_logo(head.logo_path)
    logo_size = 21 * mm * scale
    gap = 3 * mm * scale
    margin = logo_size + gap if logo is not None else 0.0
    text_x, text_width = x + margin, width - 2 * margin
    blocks: list[tuple[FittedText, str]] = []
    name_size = 13.5 * scale
    for line in head.name_lines:
        fitted = fit_text(line, fonts.bold, text_width, name_size * 2.5, name_size, 6)
        blocks.append((fitted, fonts.bold))
    contacts = [
        part for part in (
            f"Telepon {head.phone}" if head.phone else "",
            f"Pos-el: {head.email}" if head.email else "",
            f"Laman: {head.website}" if head.website else "",
        ) if part
    ]
    small = 8 * scale
    for text in (head.address or "", " · ".join(contacts)):
        if text.strip():
            blocks.append((fit_text(text, fonts.regular, text_width, small * 2.5, small, 5),
                           fonts.regular))
    text_height = sum(fitted.height for fitted, _ in blocks)
    body = max(text_height, logo_size if logo is not None else 0.0)
    height = body + 2.2 * mm * scale + THICK_RULE + 1.4 + THIN_RULE
    return _Layout(logo, logo_size, text_x, text_width, tuple(blocks), height)


def letterhead_height(fonts: FontSet, head: Letterhead, width: float, scale: float = 1.0) -> float:
    """Points from the top of the letterhead to the bottom of its double rule."""
    return _layout(fonts, head, 0, width, scale).height


def draw_letterhead(
    canvas: Canvas, fonts: FontSet, head: Letterhead, x: float, top: float, width: float,
    scale: float = 1.0,
) -> float:
    """Draw the letterhead with its top-left at (x, top); returns the y just under the rule."""
    lay = _layout(fonts, head, x, width, scale)
    text_height = sum(fitted.height for fitted, _ in lay.blocks)
    body = lay.height - (2.2 * mm * scale + THICK_RULE + 1.4 + THIN_RULE)
    if lay.logo is not None:
        canvas.drawImage(
            lay.logo, x, top - (body + lay.logo_size) / 2, lay.logo_size, lay.logo_size,
            preserveAspectRatio=True, anchor="c", mask="auto",
        )
    y = top - (body - text_height) / 2
    for fitted, font in lay.blocks:
        y = draw_fitted(canvas, fitted, font, lay.text_x, y, lay.text_width, align="center")
    rule_y = top - body - 1.6 * mm * scale
    canvas.saveState()
    canvas.setLineWidth(THICK_RULE)
    canvas.line(x, rule_y, x + width, rule_y)
    thin_y = rule_y - THICK_RULE / 2 - 1.4 - THIN_RULE / 2
    canvas.setLineWidth(THIN_RULE)
    canvas.line(x, thin_y, x + width, thin_y)
    canvas.restoreState()
    return top - lay.height


class LetterheadFlowable(Flowable):
    """The letterhead as the first element of a platypus story."""

    def __init__(self, fonts: FontSet, head: Letterhead, scale: float = 1.0) -> None:
        super().__init__()
        self.fonts = fonts
        self.head = head
        self.scale = scale
        self.width = 0.0
        self.height = 0.0

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        self.width = availWidth
        self.height = letterhead_height(self.fonts, self.head, availWidth, self.scale)
        return self.width, self.height

    def draw(self) -> None:
        draw_letterhead(self.canv, self.fonts, self.head, 0, self.height, self.width, self.scale)
