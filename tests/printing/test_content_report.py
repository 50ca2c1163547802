"""The monthly social-media evaluation report: figures, the chart, an empty month."""

from __future__ import annotations

from pathlib import Path

from PIL import Image

from jdih_desktop.domain.content_report import ContentMonthReport, PlatformFigures
from jdih_desktop.printing.content_report import _axis_max, render_content_report
from jdih_desktop.printing.content_sample import render_sample, sample_content_report
from jdih_desktop.printing.samples import sample_letterhead
from tests.printing.pdfcheck import (
    font_report,
    missing_texts,
    page_sizes_mm,
    page_texts,
    render_png,
)


def _pixels_of(png: Path, colour: tuple[int, int, int]) -> int:
    with Image.open(png) as image:
        counts = image.convert("RGB").getcolors(maxcolors=1 << 24) or []
    return sum(count for count, pixel in counts if pixel == colour)


def test_sample_report_shows_steps_platforms_posts_and_chart(tmp_path: Path) -> None:
    report = sample_content_report()
    data = render_sample()
    assert set(page_sizes_mm(data)) == {(210.0, 297.0)}
    total = report.totals
    expected = [
        "Laporan Evaluasi Pengelolaan Media Sosial JDIH", "Bulan Maret 2026",
        f"unggahan: {total.posts}", "jangkauan: 18.720",
        "A. Waktu pelaksanaan langkah SOP dibanding target",
        "2 j 30 mnt", "9 mnt kerja", "85,7 %", "66,7 %",
        "B. Unggahan dan keterlibatan per platform", "Jangkauan", "Interaksi",
        "9.500", "1.065", "Jumlah", "C. Daftar unggahan", "Tanya jawab daftar pemilih",
        "Hasnah, S.H.", "NIP. 198001012005012001",
    ]  # fmt: skip
    expected += [step.activity for step in report.steps]
    assert missing_texts(data, expected) == []
    pages = page_texts(data)
    assert all(f"Halaman {n} dari {len(pages)}" in text for n, text in enumerate(pages, 1))
    assert all(font_report(data).values())
    png = render_png(data, tmp_path, "evaluasi")
    assert _pixels_of(png, (0x15, 0x65, 0xC0)) > 2000  # the reach bars are drawn
    assert _pixels_of(png, (0xC6, 0x28, 0x28)) > 500  # and the likes bars


def test_an_empty_month_still_prints() -> None:
    report = ContentMonthReport(
        "2026-02", (), (PlatformFigures("Instagram", 0, 0, 0, 0, 0),), (), 0, 0
    )
    data = render_content_report(report, sample_letterhead())
    assert missing_texts(data, ["Februari 2026", "Tidak ada unggahan pada bulan ini.",
                                "unggahan: 0"]) == []  # fmt: skip


def test_axis_top_leaves_room_for_the_bar_labels() -> None:
    assert _axis_max([]) == 10
    assert _axis_max([1065]) == 1500
    assert _axis_max([9500]) == 15000
    assert _axis_max([40]) == 50
