"""The tanda terima for the pengusul."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from jdih_desktop.printing import A5, HALF_F4, Receipt, parse_qr_payload, render_receipt
from jdih_desktop.printing.samples import sample_letterhead, sample_receipt
from tests.printing.pdfcheck import (
    MM,
    missing_texts,
    page_sizes_mm,
    qr_texts,
    render_png,
    text_spans,
)


def test_receipt_lists_every_field_and_carries_the_request_qr(tmp_path: Path) -> None:
    data = render_receipt([sample_receipt()], sample_letterhead(), A5)
    assert page_sizes_mm(data) == [(148.0, 210.0)]
    assert missing_texts(data, [
        "TANDA TERIMA", "Nomor: TT-0127/JDIH/V/2023",
        "Nurul Fadhilah, S.E.", "Subbagian Perencanaan, Data dan Informasi",
        "15 Mei 2023 pukul 08.58 WITA", "0127/2023",
        "Permohonan penerbitan salinan Keputusan KPU Kabupaten Soppeng Nomor 123/",
        "1. Salinan Keputusan Nomor 123/PL.01.1-Kpt/7312/2023 (1 berkas, 12 halaman)",
        "2. Nota Dinas Nomor 045/PL.01.1-ND/7312/2023",
        "29 Mei 2023", "Perkembangan permohonan dapat ditanyakan",
        "Watansoppeng, 15 Mei 2023", "Yang menyerahkan,", "Yang menerima,",
        "Muh. Ikhsan Saputra, S.Kom.", "NIP. 199205102019031007",
    ]) == []
    png = render_png(data, tmp_path, "receipt", dpi=200)
    assert [parse_qr_payload(text) for text in qr_texts(png)] == ["42"]


def test_two_copies_on_one_landscape_f4_and_a_blank_one(tmp_path: Path) -> None:
    data = render_receipt([sample_receipt(), Receipt()], sample_letterhead(), HALF_F4,
                          two_up=True)
    assert page_sizes_mm(data) == [(330.0, 215.0)]
    png = render_png(data, tmp_path, "receipt-2up")
    assert qr_texts(png) == ["JDIH-REQ:42"]


def test_long_item_lists_continue_on_a_lanjutan_page() -> None:
    items = tuple(f"Lampiran keputusan nomor {n} tentang hal yang panjang" for n in range(60))
    data = render_receipt([replace(sample_receipt(), items=items)], sample_letterhead())
    assert len(page_sizes_mm(data)) >= 2
    assert missing_texts(data, ["LANJUTAN TANDA TERIMA", items[-1]]) == []


def test_one_receipt_two_up_prints_two_copies_on_one_sheet(tmp_path: Path) -> None:
    data = render_receipt([sample_receipt()], sample_letterhead(), A5, two_up=True)
    assert page_sizes_mm(data) == [(297.0, 210.0)]
    titles = [s for s in text_spans(data) if s.text == "TANDA TERIMA"]
    assert sorted(s.x < 148.5 * MM for s in titles) == [False, True]  # a copy in each half
    png = render_png(data, tmp_path, "receipt-copies", dpi=200)
    assert [parse_qr_payload(text) for text in qr_texts(png)] == ["42", "42"]
