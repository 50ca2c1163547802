"""Continuation pages ("LANJUTAN") for form fields whose text did not fit their box.

A fixed form cannot grow, so a long *Hal* prints truncated with "(bersambung)" in its box
and in full here, after the forms, on pages of the same size.
"""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from jdih_desktop.printing.fonts import FontSet
from jdih_desktop.printing.textfit import ASCENT, wrap_text

SIZE = 9.0
LEADING = SIZE * 1.3
MARGIN = 12 * mm
MAX_COLUMN = 180 * mm


def draw_continuation(
    canvas: Canvas,
    fonts: FontSet,
    pagesize: tuple[float, float],
    heading: str,
    reference: str,
    items: list[tuple[str, str]],
) -> None:
    """Draw ``items`` (label, full text) from the top of a new page, breaking pages as needed.

    The caller has finished the previous page (``showPage``); this leaves its last page open.
    """
    width, height = pagesize
    column = min(width - 2 * MARGIN, MAX_COLUMN)
    x = (width - column) / 2
    y = height - MARGIN

    def line(text: str, font: str, size: float = SIZE) -> None:
        nonlocal y
        if y - LEADING < MARGIN:
            canvas.showPage()
            y = height - MARGIN
        canvas.setFont(font, size)
        canvas.drawString(x, y - size * ASCENT, text)
        y -= LEADING

    canvas.setFont(fonts.bold, 11)
    canvas.drawCentredString(width / 2, y - 11 * ASCENT, heading)
    y -= 11 * 1.6
    for text in wrap_text(reference, fonts.regular, SIZE, column):
        line(text, fonts.regular)
    y -= LEADING / 2
    for label, text in items:
        line(f"{label}:", fonts.bold)
        for wrapped in wrap_text(text, fonts.regular, SIZE, column):
            line(wrapped, fonts.regular)
        y -= LEADING / 2
