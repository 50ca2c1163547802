"""Monthly SOP compliance report: per step the count, median and 90th-percentile duration
and share within target, a bar chart of those shares, and the late items with reasons.

The figures are computed by the workflow services; this module only lays them out.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from jdih_desktop.domain.display import (
    format_day,
    format_minutes,
    format_moment,
    format_month,
    format_share,
    to_office_time,
)
from jdih_desktop.domain.messages import msg
from jdih_desktop.printing.data import Letterhead, SlaReport, SlaRow
from jdih_desktop.printing.errors import PrintingError
from jdih_desktop.printing.fonts import FontSet, register_fonts
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
from jdih_desktop.printing.paper import A4, Paper, require_full_sheet

GOOD = colors.HexColor("#2e7d32")
FAIR = colors.HexColor("#f9a825")
POOR = colors.HexColor("#c62828")
GRID = [
    ("GRID", (0, 0), (-1, -1), 0.4, colors.black),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#e6e9ed")),
    ("TOPPADDING", (0, 0), (-1, -1), 2),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
]


def render_sla_report(
    report: SlaReport, letterhead: Letterhead, paper: Paper = A4,
    resources_dir: Path | None = None,
) -> bytes:
    """PDF bytes of the compliance report for ``report.month``/``report.year``."""
    if not 1 <= report.month <= 12:
        raise PrintingError(msg("Bulan {month} tidak valid.", "Month {month} is not valid.",
                                month=report.month))
    fonts = register_fonts(resources_dir)
    styles = make_styles(fonts, 9.5)
    pagesize = require_full_sheet(paper).size
    margins = (18 * mm, 15 * mm, 14 * mm, 16 * mm)
    width = frame_width(pagesize, margins)
    period = format_month(report.year, report.month)
    story: list[Flowable] = [
        LetterheadFlowable(fonts, letterhead),
        Spacer(0, 4 * mm),
        para(report.title, styles.title),
        para(f"Bulan {period}", styles.subtitle),
        para(_summary(report), styles.body),
        Spacer(0, 3 * mm),
    ]
    if report.rows:
        story += [_steps_table(styles, report, width), Spacer(0, 4 * mm),
                  KeepTogether([para("Persentase selesai dalam target per langkah", styles.bold),
                                _chart(fonts, report.rows, width)])]
    story += [Spacer(0, 4 * mm), *_late_section(styles, report, width)]
    if report.notes:
        story += [Spacer(0, 3 * mm), para("Catatan:", styles.bold)]
        story += [para(f"- {note}", styles.small) for note in report.notes]
    story.append(Spacer(0, 6 * mm))
    story.append(_signature(styles, report, letterhead, width))
    made = format_moment(report.generated_at, letterhead.timezone)
    footer = f"{report.title} · {period}" + (f" · disusun {made}" if made else "")
    return build_pdf(story, pagesize, f"{report.title} {period}",
                     " ".join(letterhead.name_lines).title() or "JDIH",
                     numbered_canvas(fonts, footer), margins)


def _summary(report: SlaReport) -> str:
    counted = sum(row.count for row in report.rows)
    if not counted:
        return "Belum ada langkah SOP yang selesai pada bulan ini."
    still_open = sum(1 for item in report.late_items if item.still_open)
    on_time = sum(row.count * (row.within_target_share or 0.0) for row in report.rows)
    text = (f"Langkah SOP yang selesai: {counted - still_open}; selesai dalam target: "
            f"{round(on_time)} ({format_share(on_time / counted)}); tercatat terlambat: "
            f"{len(report.late_items)}.")
    if still_open:
        text += (f" Masih terbuka melewati target: {still_open} (dihitung di bulan ia "
                 "terlambat, dengan waktu berjalan sampai laporan disusun).")
    return text


def _steps_table(styles: Styles, report: SlaReport, width: float) -> Table:
    head = ["Langkah", "Kegiatan", "Target", "Jumlah", "Median", "P90", "Dalam target"]
    fixed = [18, 0, 24, 16, 22, 22, 20]
    widths = [w * mm for w in fixed]
    widths[1] = width - sum(widths)
    data: list[list[Any]] = [[para(h, styles.cell_bold) for h in head]]
    style = [*base_table_style(styles), *GRID]
    current_sop = None
    for row in sorted(report.rows, key=lambda r: (r.sop, r.step_no)):
        if row.sop != current_sop:
            current_sop = row.sop
            name = report.sop_names.get(row.sop, "")
            data.append([para(f"SOP {row.sop}" + (f" — {name}" if name else ""), styles.cell_bold)]
                        + [""] * 6)
            n = len(data) - 1
            style += [("SPAN", (0, n), (-1, n)), ("BACKGROUND", (0, n), (-1, n),
                                                   colors.HexColor("#f4f6f8"))]
        data.append([
            para(f"{row.sop}.{row.step_no}", styles.cell_centre),
            para(row.activity, styles.cell),
            para(row.target_text, styles.cell),
            para(row.count, styles.cell_centre),
            para(format_minutes(row.median_minutes, row.working_time), styles.cell),
            para(format_minutes(row.p90_minutes, row.working_time), styles.cell),
            para(format_share(row.within_target_share), styles.cell_centre),
        ])
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(style), splitInRow=1)


def _chart(fonts: FontSet, rows: tuple[SlaRow, ...], width: float) -> Drawing:
    """Vertical bars of the share within target, green ≥ 90 %, amber ≥ 70 %, red below."""
    ordered = sorted(rows, key=lambda r: (r.sop, r.step_no))
    values = [100 * (row.within_target_share or 0.0) for row in ordered]
    height = 62 * mm
    drawing = Drawing(width, height, initialFontName=fonts.regular)
    chart = VerticalBarChart()
    chart.x, chart.y = 12 * mm, 10 * mm
    chart.width, chart.height = width - 16 * mm, height - 16 * mm
    chart.data = [values]
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#d0d4d8")
    chart.categoryAxis.categoryNames = [f"{row.sop}.{row.step_no}" for row in ordered]
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 7.5
    chart.barWidth = 8
    chart.barLabelFormat = lambda v: format_share(v / 100)
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 6.5
    chart.barLabels.nudge = 6
    chart.bars.strokeColor = None
    for index, row in enumerate(ordered):
        share = row.within_target_share
        colour = GOOD if share is not None and share >= 0.9 else FAIR if (
            share is not None and share >= 0.7) else POOR
        chart.bars[(0, index)].fillColor = colour
    drawing.add(chart)
    legend = "Hijau ≥ 90 %   ·   Kuning 70–90 %   ·   Merah < 70 %   (langkah tanpa data: 0)"
    drawing.add(String(12 * mm, 1 * mm, legend, fontName=fonts.regular, fontSize=6.5))
    return drawing


def _late_section(styles: Styles, report: SlaReport, width: float) -> list[Flowable]:
    heading = para("Daftar langkah yang melewati target", styles.bold)
    if not report.late_items:
        return [heading, para("Tidak ada langkah yang melewati target pada bulan ini.",
                              styles.body)]
    head = ["No.", "Permohonan", "Langkah", "Target", "Realisasi", "Alasan keterlambatan"]
    widths = [10 * mm, 42 * mm, 30 * mm, 20 * mm, 22 * mm]
    widths.append(width - sum(widths))
    data: list[list[Any]] = [[para(h, styles.cell_bold) for h in head]]
    for n, item in enumerate(report.late_items, start=1):
        data.append([
            para(n, styles.cell_centre),
            para(item.reference, styles.cell),
            para(f"{item.sop}.{item.step_no} {item.activity}", styles.cell),
            para(item.target_text, styles.cell),
            para(format_minutes(item.actual_minutes, item.working_time), styles.cell),
            para(item.reason, styles.cell, "-"),
        ])
    table = Table(data, colWidths=widths, repeatRows=1,
                  style=TableStyle([*base_table_style(styles), *GRID]), splitInRow=1)
    return [heading, Spacer(0, 1.5 * mm), table]


def _signature(styles: Styles, report: SlaReport, letterhead: Letterhead, width: float) -> Table:
    signer = report.signatory
    day = ""
    if report.generated_at is not None:
        day = format_day(to_office_time(report.generated_at, letterhead.timezone))
    place = ", ".join(part for part in (letterhead.city or "", day) if part)
    title = (signer.title if signer and signer.title else "Kepala Subbagian Hukum") + ","
    return signature_table(styles, [place, title], signer.name if signer else None,
                           signer.nip if signer else None, width)
