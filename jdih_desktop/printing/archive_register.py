"""*Daftar arsip*: the decrees of one year with number, date, title, where the printed copy
is kept and where it is published — the printed half of "tercetak dan softfile".

Landscape, the header row repeated on every page, "Halaman x dari N" at the foot.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from jdih_desktop.domain.display import format_day
from jdih_desktop.printing.data import ArchiveRegister, Letterhead
from jdih_desktop.printing.fonts import register_fonts
from jdih_desktop.printing.letterhead import LetterheadFlowable
from jdih_desktop.printing.pages import (
    Styles,
    base_table_style,
    build_pdf,
    frame_width,
    make_styles,
    numbered_canvas,
    para,
    signature_table,
)
from jdih_desktop.printing.paper import F4, Paper, require_full_sheet

HEADERS = ("No.", "Nomor Keputusan", "Tanggal Penetapan", "Judul", "Lokasi Arsip Tercetak",
           "Tautan Publikasi (softfile)")
# Fixed columns in mm; the title takes what is left.
WIDTHS_MM = (11, 46, 31, 0, 45, 62)


def render_archive_register(
    register: ArchiveRegister, letterhead: Letterhead, paper: Paper = F4,
    resources_dir: Path | None = None,
) -> bytes:
    """PDF bytes of the register on landscape ``paper`` (F4 or A4)."""
    fonts = register_fonts(resources_dir)
    styles = make_styles(fonts, 9.5)
    pagesize = require_full_sheet(paper).landscape().size
    margins = (15 * mm, 15 * mm, 12 * mm, 16 * mm)
    width = frame_width(pagesize, margins)
    heading = f"{register.title} TAHUN {register.year}"
    story: list[Flowable] = [
        LetterheadFlowable(fonts, letterhead, scale=0.9),
        Spacer(0, 4 * mm),
        para(heading, styles.title),
        para(f"Jumlah: {len(register.entries)} keputusan", styles.subtitle),
        _table(styles, register, width),
        Spacer(0, 6 * mm),
    ]
    if register.signatory is not None:
        signer = register.signatory
        day = format_day(register.printed_on)
        place = ", ".join(part for part in (letterhead.city or "", day) if part)
        title = (signer.title or "Kepala Subbagian Hukum") + ","
        story.append(signature_table(styles, [place, title], signer.name, signer.nip, width))
    printed = format_day(register.printed_on)
    footer = f"{heading}" + (f" · dicetak {printed}" if printed else "")
    return build_pdf(story, pagesize, heading.title(),
                     " ".join(letterhead.name_lines).title() or "JDIH",
                     numbered_canvas(fonts, footer), margins)


def _table(styles: Styles, register: ArchiveRegister, width: float) -> Table:
    widths = [w * mm for w in WIDTHS_MM]
    widths[3] = width - sum(widths)
    url_style = ParagraphStyle("url", parent=styles.cell, fontSize=styles.cell.fontSize * 0.92)
    data: list[list[Any]] = [[para(h, styles.cell_bold) for h in HEADERS]]
    for n, entry in enumerate(register.entries, start=1):
        data.append([
            para(n, styles.cell_centre),
            para(entry.number, styles.cell, "-"),
            para(format_day(entry.enacted_on), styles.cell, "-"),
            para(entry.title, styles.cell, "-"),
            para(entry.physical_location, styles.cell, "-"),
            # The URL prints as text: the register is read on paper, and a link annotation
            # would only matter in the PDF.
            para(entry.publication_url, url_style, "belum diterbitkan"),
        ])
    if not register.entries:
        data.append([para("Belum ada keputusan yang diarsipkan pada tahun ini.", styles.cell)]
                    + [""] * (len(HEADERS) - 1))
    style = [
        *base_table_style(styles),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e9ed")),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    if not register.entries:
        style.append(("SPAN", (0, 1), (-1, 1)))
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(style), splitInRow=1)
