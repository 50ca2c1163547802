"""*Lembar disposisi* (DOMAIN.md §8) on A5 or ½ Folio, one or two per page.

Layout, top to bottom: letterhead with double rule; "LEMBAR DISPOSISI"; a boxed grid with
the letter's particulars (two columns), Sifat boxes, Hal, "Diteruskan kepada" beside
"Dengan hormat harap", Catatan, and a bottom row with the request's QR code and the
Kasubag's paraf, name and NIP. Every box fits its text (see :mod:`textfit`).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from jdih_desktop.domain.display import format_day, format_moment
from jdih_desktop.printing import canvas_kit as kit
from jdih_desktop.printing.canvas_kit import Box, OverflowLog
from jdih_desktop.printing.data import DispositionSheet, Letterhead, Signatory, Urgency
from jdih_desktop.printing.fonts import FontSet, register_fonts
from jdih_desktop.printing.halfsheet import HalfSheetJob, render_half_sheets
from jdih_desktop.printing.letterhead import draw_letterhead
from jdih_desktop.printing.paper import A5, Paper
from jdih_desktop.printing.qr import draw_qr, qr_payload

TITLE = "LEMBAR DISPOSISI"
MARGIN = 7 * mm
DEFAULT_SIGNER_TITLE = "Kepala Subbagian Hukum"


def render_disposition(
    sheets: Sequence[DispositionSheet],
    letterhead: Letterhead,
    paper: Paper = A5,
    two_up: bool = False,
    resources_dir: Path | None = None,
) -> bytes:
    """PDF bytes of the disposition sheets on ``paper`` (A5 or ½ Folio).

    ``two_up`` prints two sheets side by side on a landscape A4 (for A5) or F4 (for ½ Folio)
    page with a cut line. Text that does not fit its box continues on a "LANJUTAN" page.
    """
    fonts = register_fonts(resources_dir)
    job: HalfSheetJob[DispositionSheet] = HalfSheetJob(
        draw=lambda canvas, f, sheet, box, log: draw_disposition(canvas, f, sheet, letterhead,
                                                                 box, log),
        title=TITLE.title(),
        continuation_heading=f"LANJUTAN {TITLE}",
        reference=_reference,
    )
    return render_half_sheets(job, sheets, fonts, paper, two_up, _author(letterhead))


def _author(letterhead: Letterhead) -> str:
    return " ".join(letterhead.name_lines).title() or "JDIH"


def _reference(sheet: DispositionSheet) -> str:
    parts = [
        f"Nomor agenda: {sheet.agenda_number or '-'}",
        f"Surat dari: {sheet.sender or '-'}",
        f"Nomor surat: {sheet.letter_number or '-'}",
    ]
    return " · ".join(parts)


def draw_disposition(
    canvas: Canvas,
    fonts: FontSet,
    sheet: DispositionSheet,
    letterhead: Letterhead,
    piece: Box,
    log: OverflowLog,
) -> None:
    """Draw one sheet inside ``piece`` (a whole half sheet, margins included)."""
    area = piece.inset(MARGIN)
    scale = min(1.0, area.width / (180 * mm))
    top = draw_letterhead(canvas, fonts, letterhead, area.x, area.top, area.width, scale)
    canvas.setFont(fonts.bold, 12)
    title_base = top - 2.5 * mm - 12 * 0.93
    canvas.drawCentredString(area.x + area.width / 2, title_base, TITLE)
    grid = Box(area.x, area.y, area.width, title_base - 3 * mm - area.y)
    kit.stroke_box(canvas, grid, 0.9)
    timezone = letterhead.timezone
    rest = _particulars(canvas, fonts, sheet, grid, timezone, log)
    rest = _urgency_row(canvas, fonts, sheet.urgency, rest)
    rest = _regarding_row(canvas, fonts, sheet.regarding, rest, log)
    bottom_height = min(32 * mm, rest.height * 0.33)
    middle, bottom = rest.take_top(rest.height - bottom_height)
    _lists_and_notes(canvas, fonts, sheet, middle, log)
    kit.hline(canvas, grid.x, grid.right, bottom.top)
    _bottom_row(canvas, fonts, sheet, bottom)


def _particulars(
    canvas: Canvas, fonts: FontSet, sheet: DispositionSheet, grid: Box, timezone: str,
    log: OverflowLog,
) -> Box:
    """The two-column block of the letter's particulars; returns the grid below it."""
    row_h = 8.2 * mm
    block, rest = grid.take_top(3 * row_h)
    left, right = block.split_x(0.53)
    columns = (
        (left, (
            ("Surat dari", sheet.sender),
            ("Nomor surat", sheet.letter_number),
            ("Tanggal surat", format_day(sheet.letter_date)),
        )),
        (right, (
            ("Diterima tanggal", format_moment(sheet.received_at, timezone, compact=True)),
            ("Nomor agenda", sheet.agenda_number),
            ("Batas waktu", format_moment(sheet.deadline, timezone, compact=True)),
        )),
    )
    for column, fields in columns:
        label_width = max(stringWidth(label, fonts.regular, kit.LABEL_SIZE) for label, _ in fields)
        label_width += 1.2 * mm
        cell = column
        for index, (label, value) in enumerate(fields):
            box, cell = cell.take_top(row_h)
            kit.labelled_field(canvas, fonts, label, value, box, label_width, log)
            if index < len(fields) - 1:
                kit.hline(canvas, box.x, box.right, box.y, 0.3)
    kit.vline(canvas, left.right, block.y, block.top)
    kit.hline(canvas, grid.x, grid.right, rest.top)
    return rest


def _urgency_row(canvas: Canvas, fonts: FontSet, urgency: Urgency | None, grid: Box) -> Box:
    """"Sifat" with one box per level, the chosen one ticked."""
    row, rest = grid.take_top(7 * mm)
    inner = row.inset(kit.PAD, 0)
    mid = row.y + row.height / 2
    kit.draw_label(canvas, fonts, "Sifat", inner.x, mid + kit.LABEL_SIZE * 0.45)
    x = inner.x + stringWidth("Sifat :  ", fonts.regular, kit.LABEL_SIZE)
    kit.draw_label(canvas, fonts, ":", x - stringWidth(":  ", fonts.regular, kit.LABEL_SIZE),
                   mid + kit.LABEL_SIZE * 0.45)
    slot = (inner.right - x) / len(Urgency)
    square = 2.8 * mm
    for index, level in enumerate(Urgency):
        left = x + index * slot
        kit.checkbox(canvas, left, mid - square / 2, square, urgency == level)
        canvas.setFont(fonts.regular, kit.LABEL_SIZE)
        canvas.drawString(left + square + 1.2 * mm, mid - kit.LABEL_SIZE * 0.35, level.value)
    kit.hline(canvas, grid.x, grid.right, rest.top)
    return rest


def _regarding_row(
    canvas: Canvas, fonts: FontSet, regarding: str | None, grid: Box, log: OverflowLog
) -> Box:
    row, rest = grid.take_top(15 * mm)
    label_width = stringWidth("Sifat", fonts.regular, kit.LABEL_SIZE) + 1.2 * mm
    kit.labelled_field(canvas, fonts, "Hal", regarding, row, label_width, log)
    kit.hline(canvas, grid.x, grid.right, rest.top)
    return rest


def _lists_and_notes(
    canvas: Canvas, fonts: FontSet, sheet: DispositionSheet, area: Box, log: OverflowLog
) -> None:
    """"Diteruskan kepada" | "Dengan hormat harap" over "Catatan"."""
    count = max(len(sheet.forward_to_options) + len(sheet.forward_to),
                len(sheet.instruction_options) + len(sheet.instructions), 4)
    lists_h = min(count * 4.6 * mm + 7 * mm, area.height * 0.58)
    lists, notes = area.take_top(lists_h)
    left, right = lists.split_x(0.5)
    kit.vline(canvas, left.right, lists.y, lists.top)
    for column, heading, options, ticked in (
        (left, "Diteruskan kepada:", sheet.forward_to_options, sheet.forward_to),
        (right, "Dengan hormat harap:", sheet.instruction_options, sheet.instructions),
    ):
        inner = column.inset(kit.PAD)
        kit.draw_label(canvas, fonts, heading, inner.x, inner.top, bold=True)
        body = Box(inner.x, inner.y, inner.width, inner.height - 5 * mm)
        if options or ticked:
            kit.check_list(canvas, fonts, options, ticked, body, log, heading.rstrip(":"))
        else:
            kit.blank_check_list(canvas, body, 4)
    kit.hline(canvas, area.x, area.right, notes.top)
    inner = notes.inset(kit.PAD)
    kit.draw_label(canvas, fonts, "Catatan:", inner.x, inner.top, bold=True)
    text_box = Box(inner.x, inner.y, inner.width, inner.height - 4.6 * mm)
    if (sheet.notes or "").strip():
        kit.fitted_value(canvas, fonts, sheet.notes, text_box, log, "Catatan", 9, kit.VALUE_MIN)
    else:
        # Ruled lines for a handwritten note.
        y = text_box.top - 5.5 * mm
        while y > text_box.y + 1 * mm:
            kit.dotted_line(canvas, text_box.x, text_box.right, y)
            y -= 6 * mm


def _bottom_row(canvas: Canvas, fonts: FontSet, sheet: DispositionSheet, row: Box) -> None:
    """QR code of the request at the left, paraf/date/name/NIP of the Kasubag at the right."""
    qr_cell, sign_cell = row.split_x(min(0.32, row.height / row.width))
    kit.vline(canvas, qr_cell.right, row.y, row.top)
    if sheet.request_id is not None and str(sheet.request_id).strip():
        payload = qr_payload(sheet.request_id)
        caption = 6.0
        size = min(qr_cell.width, qr_cell.height - caption * 1.6) - 2 * kit.PAD * 0.5
        x = qr_cell.x + (qr_cell.width - size) / 2
        y = qr_cell.y + caption * 1.5
        draw_qr(canvas, payload, x, y, size)
        canvas.setFont(fonts.regular, caption)
        canvas.drawCentredString(qr_cell.x + qr_cell.width / 2, qr_cell.y + caption * 0.55, payload)
    signer = sheet.signatory or Signatory()
    inner = sign_cell.inset(kit.PAD, kit.PAD * 0.8)
    left, right = inner.split_x(0.4)
    kit.draw_label(canvas, fonts, "Paraf", left.x, left.top)
    kit.draw_label(canvas, fonts, "Tanggal", left.x, left.top - 4.2 * mm)
    colon = left.x + stringWidth("Tanggal ", fonts.regular, kit.LABEL_SIZE)
    for n, value in enumerate((sheet.initials, format_day(sheet.signed_on))):
        top = left.top - n * 4.2 * mm
        kit.draw_label(canvas, fonts, ":", colon, top)
        value_box = Box(colon + 2 * mm, top - 4 * mm, left.right - colon - 2 * mm, 4 * mm)
        kit.fitted_value(canvas, fonts, value, value_box, OverflowLog(), "Paraf", 8, kit.VALUE_MIN)
    kit.signature_block(
        canvas, fonts, right, (f"{signer.title or DEFAULT_SIGNER_TITLE},",),
        signer.name, signer.nip,
    )
