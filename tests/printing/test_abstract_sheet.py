"""The ILDIS/BPHN abstract sheet."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest

from jdih_desktop.printing import A4, A5, AbstractSheet, PrintingError, render_abstract
from jdih_desktop.printing.samples import sample_abstract
from tests.printing.pdfcheck import font_report, missing_texts, page_sizes_mm, page_texts, squash


def test_abstract_on_folio_has_head_bullets_and_notes() -> None:
    sheet = sample_abstract()
    data = render_abstract(sheet)
    assert page_sizes_mm(data) == [(215.0, 330.0)]
    expected = [
        "PEMILIHAN UMUM - DAFTAR PEMILIH TETAP - KPU KABUPATEN SOPPENG",  # subjek joined by " - "
        "2023",
        "KEP KPU KAB SOPPENG NO. 123/PL.01.1-KPT/7312/2023, 12 HLM",
        sheet.judul or "",
        "ABSTRAK", "CATATAN",
        *sheet.abstrak,
        *sheet.catatan,
    ]
    assert missing_texts(data, expected) == []
    text = page_texts(data)[0]
    assert text.count("- ") >= len(sheet.abstrak) + len(sheet.catatan)  # dash bullets
    assert "Halaman" not in text  # a one-page abstract carries no page number
    assert all(font_report(data).values())


def test_lower_case_input_prints_in_capitals_as_bphn_requires() -> None:
    sheet = AbstractSheet(subjek=("pemilihan umum", "tps"), tahun="2024",
                          singkatan="kep kpu kab soppeng no. 5", judul="penetapan lokasi tps")
    data = render_abstract(sheet, A4)
    assert page_sizes_mm(data) == [(210.0, 297.0)]
    assert missing_texts(data, ["PEMILIHAN UMUM - TPS", "KEP KPU KAB SOPPENG NO. 5",
                                "PENETAPAN LOKASI TPS"]) == []


def test_long_abstract_flows_onto_numbered_pages() -> None:
    bullets = tuple(" ".join(f"pertimbangan-{b}-{n}" for n in range(500)) for b in "xy")
    data = render_abstract(replace(sample_abstract(), abstrak=bullets))
    pages = page_texts(data)
    assert len(pages) >= 3
    assert f"Halaman 1 dari {len(pages)}" in pages[0]
    # Nothing lost at the page breaks (the footers sit between the pieces of the bullet).
    body = squash("".join(re.sub(r"Halaman \d+ dari \d+", "", text) for text in pages))
    assert all(squash(bullet) in body for bullet in bullets)


def test_empty_abstract_prints_placeholders_not_a_crash() -> None:
    data = render_abstract(AbstractSheet())
    assert missing_texts(data, ["ABSTRAK", "CATATAN"]) == []


def test_half_sheets_are_refused_for_the_abstract() -> None:
    with pytest.raises(PrintingError):
        render_abstract(sample_abstract(), A5)
