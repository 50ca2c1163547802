"""*Tanda terima* for the pengusul when a request is registered (SOP a, step 1).

It proves when the decree copy was handed in, which is where the SOP's clock starts, and
its QR code carries the request's id so the sheet can be scanned back to the request.
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
from jdih_desktop.printing.data import Letterhead, Receipt, Signatory
from jdih_desktop.printing.fonts import FontSet, register_fonts
from jdih_desktop.printing.halfsheet import HalfSheetJob, render_half_sheets
from jdih_desktop.printing.letterhead import draw_letterhead
from jdih_desktop.printing.paper import A5, Paper
from jdih_desktop.printing.qr import draw_qr, qr_payload

TITLE = "TANDA TERIMA"
MARGIN = 8 * mm
ROW = 7.5 * mm


def render_receipt(
    receipts: Sequence[Receipt],
    letterhead: Letterhead,
    paper: Paper = A5,
    two_up: bool = False,
    resources_dir: Path | None = None,
) -> bytes:
    """PDF bytes of the receipts on ``paper`` (A5 or ½ Folio); ``two_up`` as for dispositions
    (e.g. pass the same receipt twice: one for the pengusul, one for the file)."""
    fonts = register_fonts(resources_dir)
    job: HalfSheetJob[Receipt] = HalfSheetJob(
        draw=lambda canvas, f, receipt, box, log: draw_receipt(canvas, f, receipt, letterhead,
                                                               box, log),
        title=TITLE.title(),
        continuation_heading=f"LANJUTAN {TITLE}",
        reference=lambda r: f"Nomor: {r.number or '-'} · Pengusul: {r.submitter_name or '-'}",
    )
    return render_half_sheets(job, receipts, fonts, paper, two_up,
                              " ".join(letterhead.name_lines).title() or "JDIH")


def draw_receipt(
    canvas: Canvas, fonts: FontSet, receipt: Receipt, letterhead: Letterhead, piece: Box,
    log: OverflowLog,
) -> None:
    """Draw one receipt inside ``piece`` (a whole half sheet, margins included)."""
    area = piece.inset(MARGIN)
    scale = min(1.0, area.width / (180 * mm))
    top = draw_letterhead(canvas, fonts, letterhead, area.x, area.top, area.width, scale)
    centre = area.x + area.width / 2
    canvas.setFont(fonts.bold, 12)
    title_base = top - 3 * mm - 12 * 0.93
    canvas.drawCentredString(centre, title_base, TITLE)
    half = stringWidth(TITLE, fonts.bold, 12) / 2
    kit.hline(canvas, centre - half, centre + half, title_base - 1.8, 0.8)
    _number_line(canvas, fonts, receipt.number, centre, title_base - 4.6 * mm)
    intro_top = title_base - 8 * mm
    kit.draw_label(canvas, fonts, "Telah diterima dari pengusul berkas berikut:", area.x, intro_top)
    grid = Box(area.x, area.y, area.width, intro_top - 4.8 * mm - area.y)
    kit.stroke_box(canvas, grid, 0.9)
    fields_box, bottom = grid.take_top(grid.height - min(40 * mm, grid.height * 0.3))
    _fields(canvas, fonts, receipt, fields_box, letterhead.timezone, log)
    kit.hline(canvas, grid.x, grid.right, bottom.top)
    _signatures(canvas, fonts, receipt, letterhead, bottom)


def _number_line(
    canvas: Canvas, fonts: FontSet, number: str | None, centre: float, base: float
) -> None:
    """"Nomor: …" centred under the title; a dotted space to write on when there is none."""
    canvas.setFont(fonts.regular, 8)
    text = (number or "").strip()
    if text:
        canvas.drawCentredString(centre, base, f"Nomor: {text}")
        return
    label = "Nomor: "
    blank = 30 * mm
    left = centre - (stringWidth(label, fonts.regular, 8) + blank) / 2
    canvas.drawString(left, base, label)
    start = left + stringWidth(label, fonts.regular, 8)
    kit.dotted_line(canvas, start, start + blank, base)


def _fields(
    canvas: Canvas, fonts: FontSet, receipt: Receipt, box: Box, timezone: str, log: OverflowLog
) -> None:
    items = "\n".join(f"{n}. {item}" for n, item in enumerate(receipt.items, start=1))
    fixed = (
        ("Nama pengusul", receipt.submitter_name),
        ("Unit kerja", receipt.submitter_unit),
        ("Diterima pada", format_moment(receipt.received_at, timezone)),
        ("Nomor agenda", receipt.agenda_number),
        ("Perkiraan terbit", format_moment(receipt.expected_by, timezone)),
    )
    flexible = (("Hal", receipt.regarding, 1.0), ("Berkas", items, 1.4),
                ("Keterangan", receipt.notes, 0.9))
    spare = box.height - len(fixed) * ROW
    weights = sum(weight for _, _, weight in flexible)
    label_width = max(stringWidth(label, fonts.regular, kit.LABEL_SIZE)
                      for label, _ in fixed) + 2 * mm
    rows = [(label, value, ROW) for label, value in fixed[:4]]
    rows += [(label, value, spare * weight / weights) for label, value, weight in flexible[:2]]
    rows.append((fixed[4][0], fixed[4][1], ROW))
    rows.append((flexible[2][0], flexible[2][1], spare * flexible[2][2] / weights))
    rest = box
    for index, (label, value, height) in enumerate(rows):
        cell, rest = rest.take_top(height)
        kit.labelled_field(canvas, fonts, label, value, cell, label_width, log)
        if index < len(rows) - 1:
            kit.hline(canvas, cell.x, cell.right, cell.y, 0.3)


def _signatures(
    canvas: Canvas, fonts: FontSet, receipt: Receipt, letterhead: Letterhead, row: Box
) -> None:
    """QR code, then "Yang menyerahkan" (pengusul) and "Yang menerima" (operator)."""
    qr_cell, rest = row.split_x(min(0.28, row.height / row.width * 0.85))
    kit.vline(canvas, qr_cell.right, row.y, row.top)
    if receipt.request_id is not None and str(receipt.request_id).strip():
        payload = qr_payload(receipt.request_id)
        caption = 6.0
        size = min(qr_cell.width, qr_cell.height - caption * 1.6) - kit.PAD
        draw_qr(canvas, payload, qr_cell.x + (qr_cell.width - size) / 2, row.y + caption * 1.5,
                size)
        canvas.setFont(fonts.regular, caption)
        canvas.drawCentredString(qr_cell.x + qr_cell.width / 2, row.y + caption * 0.55, payload)
    inner = rest.inset(kit.PAD, kit.PAD * 0.8)
    giver_box, taker_box = inner.split_x(0.5)
    day = format_day(receipt.received_at) if receipt.received_at else "." * 28
    place = f"{letterhead.city}, {day}" if letterhead.city else day
    receiver = receipt.receiver or Signatory()
    kit.signature_block(canvas, fonts, giver_box, ("", "Yang menyerahkan,", "Pengusul"),
                        receipt.submitter_name, None)
    kit.signature_block(canvas, fonts, taker_box,
                        (place, "Yang menerima,", receiver.title or "Staf/Operator JDIH"),
                        receiver.name, receiver.nip)
