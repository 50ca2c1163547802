"""The monthly SOP compliance report and the yearly archive register."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from jdih_desktop.printing import (
    A4,
    ArchiveEntry,
    ArchiveRegister,
    PrintingError,
    SlaReport,
    render_archive_register,
    render_sla_report,
)
from jdih_desktop.printing.samples import (
    sample_archive_register,
    sample_letterhead,
    sample_sla_report,
)
from tests.printing.pdfcheck import (
    dark_fraction,
    font_report,
    missing_texts,
    page_sizes_mm,
    page_texts,
    render_png,
)


def test_sla_report_shows_every_step_figure_chart_and_late_item(tmp_path: Path) -> None:
    report = sample_sla_report()
    data = render_sla_report(report, sample_letterhead())
    assert set(page_sizes_mm(data)) == {(210.0, 297.0)}
    expected = [
        "LAPORAN KEPATUHAN SOP PENGELOLAAN JDIH", "Bulan Mei 2023",
        "SOP a — Penerbitan salinan Surat Keputusan", "Pengelolaan akun media sosial JDIH",
        "Langkah SOP yang selesai: 66",
        "12 mnt", "25 mnt", "28 j 30 mnt kerja", "5 j 00 mnt",  # medians and P90s
        "85,7 %", "55,6 %", "100 %",  # shares, in the table and on the bars
        "Persentase selesai dalam target per langkah",
        "Kasubag Hukum sedang rapat pleno di kantor KPU Provinsi.",
        "Laman JDIH tidak dapat diakses (gangguan server).",
        "0124/2023 · Kep. 121/PL.02.2-Kpt/7312/2023",
        "Watansoppeng, 2 Juni 2023", "Andi Nurhidayah, S.H.",
    ]
    expected += [row.activity for row in report.rows]
    assert missing_texts(data, expected) == []
    pages = page_texts(data)
    assert all(f"Halaman {n} dari {len(pages)}" in text for n, text in enumerate(pages, 1))
    assert all(font_report(data).values())
    png = render_png(data, tmp_path, "laporan")
    assert dark_fraction(png) > 0.02


def test_empty_month_prints_a_sentence_instead_of_a_chart() -> None:
    data = render_sla_report(SlaReport(year=2024, month=2), sample_letterhead(), A4)
    assert missing_texts(data, ["Februari 2024", "Belum ada langkah SOP yang selesai",
                                "Tidak ada langkah yang melewati target"]) == []


def test_invalid_month_is_refused() -> None:
    with pytest.raises(PrintingError, match="13"):
        render_sla_report(SlaReport(year=2024, month=13), sample_letterhead())


def test_archive_register_is_landscape_with_repeated_headers_and_page_numbers() -> None:
    register = sample_archive_register(rows=40)
    data = render_archive_register(register, sample_letterhead())
    sizes = page_sizes_mm(data)
    assert len(sizes) >= 2 and set(sizes) == {(330.0, 215.0)}
    pages = page_texts(data)
    for n, text in enumerate(pages, start=1):
        assert "Nomor Keputusan" in text and "Lokasi Arsip Tercetak" in text  # header row
        assert f"Halaman {n} dari {len(pages)}" in text
    expected = ["DAFTAR ARSIP KEPUTUSAN TAHUN 2023", "Jumlah: 40 keputusan", "belum diterbitkan"]
    for entry in register.entries:
        expected += [entry.number or "", entry.physical_location or ""]
        if entry.publication_url:
            expected.append(entry.publication_url)
    assert missing_texts(data, expected) == []


def test_archive_register_on_a4_with_a_1000_character_title_and_gaps() -> None:
    title = ("Penetapan hasil rekapitulasi yang sangat panjang " * 25)[:1000]
    register = ArchiveRegister(year=2024, entries=(
        ArchiveEntry(number="1/HK.03.1-Kpt/7312/2024", title=title),
        ArchiveEntry(),
    ))
    data = render_archive_register(register, replace(sample_letterhead(), logo_path=None), A4)
    assert set(page_sizes_mm(data)) == {(297.0, 210.0)}
    assert missing_texts(data, [title, "1/HK.03.1-Kpt/7312/2024"]) == []


def test_empty_register_still_prints_its_frame() -> None:
    data = render_archive_register(ArchiveRegister(year=2025), sample_letterhead())
    assert missing_texts(data, ["Belum ada keputusan yang diarsipkan", "Halaman 1 dari 1"]) == []


def test_open_overdue_steps_are_named_apart_from_finished_ones() -> None:
    report = sample_sla_report()
    first = report.late_items[0]
    still_open = replace(first, reference="0200/2023", reason="masih terbuka", still_open=True)
    data = render_sla_report(replace(report, late_items=(*report.late_items, still_open)),
                             sample_letterhead())
    assert missing_texts(data, [
        "Langkah SOP yang selesai: 65", "Masih terbuka melewati target: 1", "0200/2023",
    ]) == []
