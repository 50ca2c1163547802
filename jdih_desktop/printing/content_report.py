"""Monthly evaluation report of the JDIH social-media accounts (SOP b, step 6's output):
the SOP steps against their targets, posts and engagement per platform with a chart, and
every post of the month with its figures.

The figures come ready from :mod:`jdih_desktop.domain.content_report`; this module only lays
them out, in the same house style as the SOP compliance report.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from jdih_desktop.domain.content_report import ContentMonthReport, PlatformFigures
from jdih_desktop.domain.display import (
    format_day,
    format_minutes,
    format_moment,
    format_month,
    format_share,
    to_office_time,
)
from jdih_desktop.printing.data import Letterhead, Signatory
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
from jdih_desktop.printing.sla_report import GRID

TITLE = "Laporan Evaluasi Pengelolaan Media Sosial JDIH"
REACH = colors.HexColor("#1565c0")
SERIES = (  # likes, comments, shares
    ("Suka", colors.HexColor("#c62828")),
    ("Komentar", colors.HexColor("#f9a825")),
    ("Dibagikan", colors.HexColor("#2e7d32")),
)


def _number(value: int) -> str:
    """12345 → "12.345" (Indonesian thousands separator)."""
    return f"{value:,}".replace(",", ".")


def _breakable(url: str) -> str:
    """A URL that may wrap after its slashes in a narrow cell (zero-width spaces)."""
    return url.replace("/", "/\u200b")


def _minutes(value: timedelta | None, working: bool) -> str:
    return format_minutes(None if value is None else value.total_seconds() / 60, working)


def render_content_report(
    report: ContentMonthReport,
    letterhead: Letterhead,
    signatory: Signatory | None = None,
    generated_at: datetime | None = None,
    paper: Paper = A4,
    resources_dir: Path | None = None,
) -> bytes:
    """PDF bytes of the evaluation report for ``report.month`` ("YYYY-MM")."""
    year, month = (int(part) for part in report.month.split("-"))
    fonts = register_fonts(resources_dir)
    styles = make_styles(fonts, 9.5)
    pagesize = require_full_sheet(paper).size
    margins = (18 * mm, 15 * mm, 14 * mm, 16 * mm)
    width = frame_width(pagesize, margins)
    period = format_month(year, month)
    story: list[Flowable] = [
        LetterheadFlowable(fonts, letterhead),
        Spacer(0, 4 * mm),
        para(TITLE, styles.title),
        para(f"Bulan {period}", styles.subtitle),
        para(_summary(report), styles.body),
        Spacer(0, 3 * mm),
        para("A. Waktu pelaksanaan langkah SOP dibanding target", styles.bold),
        Spacer(0, 1.5 * mm),
        _steps_table(styles, report, width),
        Spacer(0, 4 * mm),
        KeepTogether(
            [
                para("B. Unggahan dan keterlibatan per platform", styles.bold),
                Spacer(0, 1.5 * mm),
                _platform_table(styles, report, width),
                Spacer(0, 2 * mm),
                _chart(fonts, report.platforms, width),
            ]
        ),
        Spacer(0, 4 * mm),
        *_posts_section(styles, report, width, letterhead.timezone),
        Spacer(0, 6 * mm),
        _signature(styles, letterhead, signatory, generated_at, width),
    ]
    made = format_moment(generated_at, letterhead.timezone)
    footer = f"{TITLE} · {period}" + (f" · disusun {made}" if made else "")
    return build_pdf(
        story,
        pagesize,
        f"{TITLE} {period}",
        " ".join(letterhead.name_lines).title() or "JDIH",
        numbered_canvas(fonts, footer),
        margins,
    )


def _summary(report: ContentMonthReport) -> str:
    total = report.totals
    text = (
        f"Konten baru: {report.items_started}; konten selesai dievaluasi: "
        f"{report.items_finished}; unggahan: {total.posts}; jangkauan: {_number(total.reach)}; "
        f"interaksi (suka, komentar, dibagikan): {_number(total.interactions)}."
    )
    if report.posts_without_figures:
        text += f" Unggahan tanpa angka keterlibatan: {report.posts_without_figures}."
    return text


def _table(data: list[list[Any]], widths: list[float], styles: Styles, extra: list[Any]) -> Table:
    style = [*base_table_style(styles), *GRID, *extra]
    return Table(data, colWidths=widths, repeatRows=1, style=TableStyle(style), splitInRow=1)


def _steps_table(styles: Styles, report: ContentMonthReport, width: float) -> Table:
    head = ["No", "Kegiatan", "Target", "Selesai", "Median", "P90", "Dalam target", "Berjalan"]
    widths = [10 * mm, 0.0, 22 * mm, 16 * mm, 21 * mm, 21 * mm, 17 * mm, 18 * mm]
    widths[1] = width - sum(widths)
    data: list[list[Any]] = [[para(h, styles.cell_bold) for h in head]]
    for s in report.steps:
        data.append(
            [
                para(s.step_no, styles.cell_centre),
                para(s.activity, styles.cell),
                para(s.target_text, styles.cell),
                para(s.count, styles.cell_centre),
                para(_minutes(s.median, s.working_time), styles.cell),
                para(_minutes(s.p90, s.working_time), styles.cell),
                para(format_share(s.share_within_target), styles.cell_centre),
                para(s.running_now, styles.cell_centre),
            ]
        )
    return _table(data, widths, styles, [])


def _platform_table(styles: Styles, report: ContentMonthReport, width: float) -> Table:
    head = ["Platform", "Unggahan", "Jangkauan", "Suka", "Komentar", "Dibagikan"]
    widths = [width - 5 * 24 * mm] + [24 * mm] * 5
    data: list[list[Any]] = [[para(h, styles.cell_bold) for h in head]]
    report_total = report.totals
    for p in (*report.platforms, report_total):
        style = styles.cell_bold if p is report_total else styles.cell
        data.append(
            [para(p.platform, style)]
            + [
                para(_number(v), styles.cell_centre)
                for v in (p.posts, p.reach, p.likes, p.comments, p.shares)
            ]
        )
    last = len(data) - 1
    return _table(data, widths, styles, [("BACKGROUND", (0, last), (-1, last), "#f4f6f8")])


def _axis_max(values: list[int]) -> float:
    """A round top for the value axis with room above the highest bar for its label."""
    top = max(values, default=0) * 1.15
    if top <= 10:
        return 10
    step = 10 ** (len(str(int(top))) - 1)
    step = step // 2 if top / step < 3 else step
    return float(-(-top // step) * step)


def _bars(
    fonts: FontSet, x: float, width: float, height: float, data: list[list[int]]
) -> VerticalBarChart:
    chart = VerticalBarChart()
    chart.x, chart.y = x, 8 * mm
    chart.width, chart.height = width, height - 18 * mm
    chart.data = data
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = _axis_max([v for series in data for v in series])
    chart.valueAxis.labels.fontName = fonts.regular
    chart.valueAxis.labels.fontSize = 6.5
    chart.valueAxis.labelTextFormat = lambda v: _number(int(v))
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#d0d4d8")
    chart.categoryAxis.labels.fontName = fonts.regular
    chart.categoryAxis.labels.fontSize = 7
    chart.barLabels.fontName = fonts.regular
    chart.barLabels.fontSize = 6
    chart.barLabels.nudge = 5
    chart.barLabelFormat = lambda v: _number(int(v))
    chart.bars.strokeColor = None
    return chart


def _chart(fonts: FontSet, platforms: tuple[PlatformFigures, ...], width: float) -> Drawing:
    """Two bar charts: reach per platform, and likes/comments/shares per platform."""
    height = 68 * mm
    drawing = Drawing(width, height, initialFontName=fonts.regular)
    names = [p.platform for p in platforms] or ["-"]
    half = (width - 30 * mm) / 2
    reach = _bars(fonts, 12 * mm, half, height, [[p.reach for p in platforms] or [0]])
    reach.categoryAxis.categoryNames = names
    reach.bars[0].fillColor = REACH
    drawing.add(reach)
    drawing.add(String(12 * mm, height - 5 * mm, "Jangkauan", fontName=fonts.bold, fontSize=8))
    series = [
        [p.likes for p in platforms] or [0],
        [p.comments for p in platforms] or [0],
        [p.shares for p in platforms] or [0],
    ]
    interactions = _bars(fonts, 24 * mm + half, half, height, series)
    interactions.categoryAxis.categoryNames = names
    interactions.barSpacing = 0.5
    for index, (_, colour) in enumerate(SERIES):
        interactions.bars[index].fillColor = colour
    drawing.add(interactions)
    drawing.add(
        String(24 * mm + half, height - 5 * mm, "Interaksi", fontName=fonts.bold, fontSize=8)
    )
    legend = Legend()
    legend.x, legend.y = 44 * mm + half, height - 2 * mm
    legend.columnMaximum = 1
    legend.dx = legend.dy = 6
    legend.dxTextSpace = 3
    legend.deltax = 22 * mm
    legend.fontName = fonts.regular
    legend.fontSize = 7
    legend.boxAnchor = "nw"
    legend.alignment = "right"
    legend.colorNamePairs = [(colour, name) for name, colour in SERIES]
    drawing.add(legend)
    return drawing


def _posts_section(
    styles: Styles, report: ContentMonthReport, width: float, timezone: str
) -> list[Flowable]:
    heading = para("C. Daftar unggahan", styles.bold)
    if not report.posts:
        return [heading, para("Tidak ada unggahan pada bulan ini.", styles.body)]
    head = ["No", "Konten", "Platform", "Waktu", "Jangkauan", "Suka", "Komentar", "Dibagikan"]
    widths = [10 * mm, 0.0, 20 * mm, 25 * mm, 21 * mm, 13 * mm, 20 * mm, 21 * mm]
    widths[1] = width - sum(widths)
    data: list[list[Any]] = [[para(h, styles.cell_bold) for h in head]]
    for n, post in enumerate(report.posts, start=1):
        local = to_office_time(post.published_at, timezone)
        data.append(
            [
                para(n, styles.cell_centre),
                [para(post.title, styles.cell), para(_breakable(post.url), styles.cell)],
                para(post.platform, styles.cell),
                para(f"{format_day(local)} {local:%H.%M}", styles.cell),
                *(
                    para("–" if v is None else _number(v), styles.cell_centre)
                    for v in (post.reach, post.likes, post.comments, post.shares)
                ),
            ]
        )
    return [heading, Spacer(0, 1.5 * mm), _table(data, widths, styles, [])]


def _signature(
    styles: Styles,
    letterhead: Letterhead,
    signer: Signatory | None,
    generated_at: datetime | None,
    width: float,
) -> Table:
    day = format_day(to_office_time(generated_at, letterhead.timezone)) if generated_at else ""
    place = ", ".join(part for part in (letterhead.city or "", day) if part)
    title = (signer.title if signer and signer.title else "Kepala Subbagian Hukum") + ","
    return signature_table(
        styles,
        [place, title],
        signer.name if signer else None,
        signer.nip if signer else None,
        width,
    )
