"""The disposition sheet: size, every field on the page, the QR code scanning back to the
request, two per page, blank forms, a 1,000-character Hal and non-Latin names."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from jdih_desktop.printing import (
    A4,
    A5,
    HALF_F4,
    DispositionSheet,
    Letterhead,
    PrintingError,
    parse_qr_payload,
    render_disposition,
)
from jdih_desktop.printing.samples import sample_disposition, sample_letterhead
from tests.printing.pdfcheck import (
    MM,
    dark_fraction,
    font_report,
    missing_texts,
    page_sizes_mm,
    page_texts,
    qr_texts,
    render_png,
    text_spans,
)

FIELD_TEXTS = [
    "LEMBAR DISPOSISI",
    "KOMISI PEMILIHAN UMUM",
    "KABUPATEN SOPPENG",
    "Kepala Subbagian Perencanaan, Data dan Informasi",  # Surat dari
    "045/PL.01.1-ND/7312/2023",  # Nomor surat
    "Tanggal surat",
    "15 Mei 2023",  # Tanggal surat / paraf date
    "15 Mei 2023, 09.20 WITA",  # Diterima tanggal, 01:20 UTC in office time
    "0127/2023",  # Nomor agenda
    "15 Mei 2023, 09.50 WITA",  # Batas waktu
    "Sangat Segera", "Segera", "Rahasia", "Biasa",
    "Permohonan penerbitan salinan Keputusan KPU Kabupaten Soppeng Nomor",  # Hal
    "Diteruskan kepada:", "Staf/Operator JDIH", "Tim JDIH",
    "Dengan hormat harap:", "Tanggapan dan saran", "Proses lebih lanjut",
    "Koordinasi/konfirmasikan",
    "Catatan:", "Mohon abstrak disusun sesuai format ILDIS",
    "Paraf", "Kepala Subbagian Hukum,", "Andi Nurhidayah, S.H.", "NIP. 198703152010122003",
    "JDIH-REQ:42",
]


def test_a5_sheet_has_every_field_and_a_qr_code_that_opens_the_request(tmp_path: Path) -> None:
    data = render_disposition([sample_disposition()], sample_letterhead())
    assert page_sizes_mm(data) == [(148.0, 210.0)]
    assert missing_texts(data, FIELD_TEXTS) == []
    png = render_png(data, tmp_path, "disposisi-a5", dpi=200)
    assert dark_fraction(png) > 0.02
    assert [parse_qr_payload(text) for text in qr_texts(png)] == ["42"]


def test_fonts_are_embedded_and_no_unembedded_font_is_referenced() -> None:
    data = render_disposition([sample_disposition()], sample_letterhead())
    fonts = font_report(data)
    assert fonts, "no fonts at all"
    assert all(fonts.values()), fonts
    assert all("DejaVuSans" in name for name in fonts)


def test_two_half_folio_sheets_share_one_landscape_f4_page(tmp_path: Path) -> None:
    first = sample_disposition()
    second = replace(first, agenda_number="0128/2023", request_id="REQ-0128")
    data = render_disposition([first, second, first], sample_letterhead(), HALF_F4, two_up=True)
    assert page_sizes_mm(data) == [(330.0, 215.0), (330.0, 215.0)]
    assert missing_texts(data, ["0127/2023", "0128/2023"], page=0) == []
    png = render_png(data, tmp_path, "disposisi-2up", dpi=150)
    assert sorted(parse_qr_payload(text) for text in qr_texts(png)) == ["42", "REQ-0128"]
    # Each half holds one sheet: the two titles sit left and right of the cut line.
    titles = [s for s in text_spans(data) if s.page == 0 and s.text == "LEMBAR DISPOSISI"]
    assert sorted(s.x < 165 * MM for s in titles) == [False, True]


def test_blank_form_without_logo_prints_labels_and_blank_lines(tmp_path: Path) -> None:
    head = Letterhead(name_lines=("KOMISI PEMILIHAN UMUM",), logo_path=tmp_path / "missing.png")
    data = render_disposition([DispositionSheet()], head, A5)
    assert len(page_sizes_mm(data)) == 1
    assert missing_texts(data, ["Surat dari", "Nomor agenda", "Hal", "Catatan:", "NIP."]) == []
    png = render_png(data, tmp_path, "blank")
    assert qr_texts(png) == []
    assert dark_fraction(png) > 0.01


def test_a_1000_character_hal_stays_in_its_box_and_continues_on_a_lanjutan_page(
    tmp_path: Path,
) -> None:
    words = "Permohonan penerbitan salinan keputusan tentang penetapan daftar pemilih "
    hal = (words * 20)[:1000]
    assert len(hal) == 1000
    sheet = replace(sample_disposition(), regarding=hal, notes="Catatan panjang. " * 200)
    data = render_disposition([sheet], sample_letterhead(), A5)
    sizes = page_sizes_mm(data)
    assert len(sizes) >= 2 and set(sizes) == {(148.0, 210.0)}
    texts = page_texts(data)
    assert "(bersambung)" in texts[0]
    assert "LANJUTAN LEMBAR DISPOSISI" in texts[1]
    assert missing_texts(data, [hal], page=1) == []  # the whole Hal, on the continuation page
    # Nothing is drawn outside the sheet's 7 mm margins.
    spans = text_spans(data)
    assert len(spans) > 50
    for span in spans:
        assert span.x >= 6.9 * MM and span.right() <= (148 - 7) * MM + 0.5, span
        assert 6.9 * MM <= span.y <= (210 - 7) * MM, span
    # The Hal lines stay between the Sifat row above and the lists below.
    first = [s for s in spans if s.page == 0]
    sifat_y = next(s.y for s in first if s.text == "Sifat")
    lists_y = next(s.y for s in first if s.text == "Diteruskan kepada:")
    hal_lines = [s for s in first if "penerbitan" in s.text or "pemilih" in s.text]
    assert len(hal_lines) >= 5
    assert all(lists_y + s.size < s.y < sifat_y for s in hal_lines)
    # The truncated Hal did not run into the rows below it: the QR code still scans.
    png = render_png(data, tmp_path, "long-hal", dpi=200)
    assert [parse_qr_payload(text) for text in qr_texts(png)] == ["42"]


def test_non_latin_names_print_as_typed() -> None:
    names = "Ольга Петрова, Νίκος Παπαδόπουλος, Nguyễn Thị Hương, Łukasz Żółć"
    sheet = replace(sample_disposition(), sender=names,
                    forward_to_options=("Ṣāliḥ Ḥasanuddin",), forward_to=("Ṣāliḥ Ḥasanuddin",))
    data = render_disposition([sheet], sample_letterhead())
    assert missing_texts(data, ["Ольга Петрова", "Νίκος", "Nguyễn Thị Hương", "Łukasz Żółć",
                                "Ṣāliḥ Ḥasanuddin"]) == []


def test_ticked_entries_outside_the_options_are_still_printed() -> None:
    sheet = replace(sample_disposition(), instructions=("Segera laporkan hasilnya",))
    data = render_disposition([sheet], sample_letterhead())
    assert missing_texts(data, ["Segera laporkan hasilnya", "Bicarakan dengan saya"]) == []


def test_more_options_than_rows_continue_on_the_lanjutan_page() -> None:
    options = tuple(f"Instruksi tambahan nomor {n}" for n in range(40))
    sheet = replace(sample_disposition(), instruction_options=options,
                    instructions=(options[-1],))
    data = render_disposition([sheet], sample_letterhead())
    assert len(page_texts(data)) == 2
    assert missing_texts(data, ["[x] Instruksi tambahan nomor 39"], page=1) == []


def test_full_sheets_and_empty_batches_are_refused() -> None:
    with pytest.raises(PrintingError, match="A5"):
        render_disposition([sample_disposition()], sample_letterhead(), A4)
    with pytest.raises(PrintingError):
        render_disposition([], sample_letterhead())
