"""Printing half-sheet forms one per page or two per landscape page, with continuation pages.

The disposition sheet and the receipt are both fixed forms drawn into a half sheet; this
module places them on pages (with a dashed cut line between two halves) and appends the
"LANJUTAN" pages for whatever text did not fit.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Generic, TypeVar

from reportlab.pdfgen.canvas import Canvas

from jdih_desktop.domain.messages import msg
from jdih_desktop.printing.canvas_kit import Box, OverflowLog
from jdih_desktop.printing.continuation import draw_continuation
from jdih_desktop.printing.errors import PrintingError
from jdih_desktop.printing.fonts import FontSet
from jdih_desktop.printing.pages import new_canvas
from jdih_desktop.printing.paper import Paper, require_half_sheet, two_up_host

T = TypeVar("T")


@dataclass(frozen=True)
class HalfSheetJob(Generic[T]):
    """How to print one kind of form: its drawing function and continuation texts."""

    draw: Callable[[Canvas, FontSet, T, Box, OverflowLog], None]
    title: str  # document title (PDF metadata)
    continuation_heading: str
    reference: Callable[[T], str]  # identifies the form on its continuation page


def cut_line(canvas: Canvas, x: float, height: float) -> None:
    """Dashed line where the clerk cuts a two-up page into its halves."""
    canvas.saveState()
    canvas.setLineWidth(0.4)
    canvas.setStrokeGray(0.55)
    canvas.setDash(3, 3)
    canvas.line(x, 0, x, height)
    canvas.restoreState()


def render_half_sheets(
    job: HalfSheetJob[T],
    forms: Sequence[T],
    fonts: FontSet,
    paper: Paper,
    two_up: bool,
    author: str,
) -> bytes:
    """All ``forms`` on ``paper`` halves (A5 or ½ F4), one or two per page, then continuations.

    Two-up never leaves a half blank: with an odd number of forms the last one is printed
    twice, so one form gives two copies on one sheet (one for the requester, one for the
    file) and the clerk only cuts along the dashed line.
    """
    if not forms:
        raise PrintingError(
            msg("Tidak ada lembar yang akan dicetak.", "There is nothing to print.")
        )
    piece = require_half_sheet(paper)
    piece_w, piece_h = piece.size
    page = two_up_host(piece).size if two_up else piece.size
    per_page = 2 if two_up else 1
    buffer = io.BytesIO()
    canvas = new_canvas(buffer, page, job.title, author, fonts)
    overflows: list[tuple[T, OverflowLog]] = []
    placed: list[tuple[T, bool]] = [(form, True) for form in forms]  # (form, first copy)
    if two_up and len(forms) % 2:
        placed.append((forms[-1], False))
    for start in range(0, len(placed), per_page):
        for slot, (form, first_copy) in enumerate(placed[start:start + per_page]):
            log = OverflowLog()
            job.draw(canvas, fonts, form, Box(slot * piece_w, 0, piece_w, piece_h), log)
            if log.items and first_copy:
                overflows.append((form, log))
        if two_up:
            cut_line(canvas, piece_w, piece_h)
        canvas.showPage()
    for form, log in overflows:
        draw_continuation(canvas, fonts, page, job.continuation_heading, job.reference(form),
                          log.items)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
