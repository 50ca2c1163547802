"""Decree abstract in the ILDIS/BPHN layout (DOMAIN.md §6), F4 portrait by default.

The head follows BPHN's "kepala abstrak": subject keywords at the left with the year at the
right, then the citation abbreviation and the title, all in capitals; below, ABSTRAK and
CATATAN with dash bullets, justified. Long abstracts flow onto further pages, numbered.
"""

from __future__ import annotations

from pathlib import Path

from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from jdih_desktop.printing.data import AbstractSheet
from jdih_desktop.printing.fonts import FontSet, register_fonts
from jdih_desktop.printing.pages import (
    base_table_style,
    build_pdf,
    frame_width,
    make_styles,
    numbered_canvas,
    para,
)
from jdih_desktop.printing.paper import F4, Paper, require_full_sheet

BASE = 10.5
LABEL_WIDTH = 24 * mm
COLON_WIDTH = 4 * mm


def render_abstract(
    sheet: AbstractSheet, paper: Paper = F4, resources_dir: Path | None = None
) -> bytes:
    """PDF bytes of the abstract on ``paper`` (F4 or A4, portrait)."""
    fonts = register_fonts(resources_dir)
    pagesize = require_full_sheet(paper).size
    margins = (25 * mm, 20 * mm, 20 * mm, 20 * mm)
    width = frame_width(pagesize, margins)
    story = [*_head(fonts, sheet, width), Spacer(0, 6 * mm)]
    story.append(_section(fonts, "ABSTRAK", sheet.abstrak, width))
    story.append(Spacer(0, 3 * mm))
    story.append(_section(fonts, "CATATAN", sheet.catatan, width))
    title = f"Abstrak {(sheet.judul or '').strip()}"[:200].strip()
    return build_pdf(story, pagesize, title, "JDIH", numbered_canvas(fonts, "", True), margins)


def _head(fonts: FontSet, sheet: AbstractSheet, width: float) -> list[Flowable]:
    styles = make_styles(fonts, BASE)
    bold = ParagraphStyle("head", parent=styles.bold, leading=BASE * 1.35)
    year_style = ParagraphStyle("year", parent=bold, alignment=TA_RIGHT)
    subjek = " - ".join(word.strip().upper() for word in sheet.subjek if word.strip())
    year = "" if sheet.tahun is None else str(sheet.tahun)
    top = Table(
        [[para(subjek, bold, "-"), para(year, year_style, "-")]],
        colWidths=[width - 30 * mm, 30 * mm],
        style=TableStyle([
            *base_table_style(styles),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ]),
    )
    return [
        top,
        Spacer(0, 2 * mm),
        para((sheet.singkatan or "").upper(), bold, "-"),
        Spacer(0, 2 * mm),
        para((sheet.judul or "").upper(), bold, "-"),
    ]


def _section(fonts: FontSet, label: str, bullets: tuple[str, ...], width: float) -> Table:
    """``LABEL : - bullet`` rows; the label only on the first row, so a page break between
    bullets keeps the layout (rows split across pages when one bullet is very long)."""
    styles = make_styles(fonts, BASE)
    bullet = ParagraphStyle(
        "bullet", parent=styles.body, alignment=TA_JUSTIFY, leftIndent=4 * mm,
        bulletIndent=0, bulletFontName=fonts.regular, leading=BASE * 1.4, spaceAfter=2,
    )
    items = [text for text in bullets if text and text.strip()] or [""]
    rows = []
    for index, text in enumerate(items):
        paragraph = para(text, bullet, "")
        paragraph.bulletText = "-"
        rows.append([
            para(label if index == 0 else "", styles.bold),
            para(":" if index == 0 else "", styles.bold),
            paragraph,
        ])
    return Table(
        rows,
        colWidths=[LABEL_WIDTH, COLON_WIDTH, width - LABEL_WIDTH - COLON_WIDTH],
        style=TableStyle([
            *base_table_style(styles),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ]),
        splitInRow=1,
    )
