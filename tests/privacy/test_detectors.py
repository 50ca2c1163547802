"""The detectors on lines a KPU decree really has: personal data found, decree furniture not."""

from __future__ import annotations

import pytest

from jdih_desktop.privacy.detectors import PageContext, find_spans
from jdih_desktop.privacy.identity_numbers import is_nik, is_nip, nik_birth_date


def kinds(line: str, context: PageContext | None = None) -> list[tuple[str, str]]:
    spans = find_spans(line, context or PageContext())
    return [(s.kind, line[s.start : s.end]) for s in spans]


def test_nik_structure_region_and_birth_date() -> None:
    assert is_nik("7312044508850003")  # Soppeng, woman born 5 Aug 1985
    assert nik_birth_date("7312044508850003").isoformat() == "1985-08-05"  # type: ignore[union-attr]
    assert is_nik("7371010101990001")
    assert not is_nik("9912044508850003")  # no province 99
    assert not is_nik("7312003108850003")  # district 00
    assert not is_nik("7312043208850003")  # day 32
    assert not is_nik("7312047208850003")  # day 72 (a woman's day is 41-71)
    assert not is_nik("7312043002850003")  # 30 February
    assert not is_nik("7312044508850000")  # serial 0000


def test_nip_birth_and_start_of_service() -> None:
    assert is_nip("198001012005011001")
    assert not is_nip("198001012097011001")  # start of service in the future
    assert not is_nip("198013012005011001")  # month 13
    assert not is_nip("198001011990011001")  # started at ten years old
    assert not is_nip("198001012005013001")  # sex digit 3


@pytest.mark.parametrize(
    "line",
    [
        "KEPUTUSAN KOMISI PEMILIHAN UMUM KABUPATEN SOPPENG NOMOR 123/PL.01.1-Kpt/7312/2023",
        "Nomor 19 Tahun 2023 tanggal 12 Maret 2023",
        "Pasal 7312 ayat (2) Undang-Undang Nomor 7 Tahun 2017 (Lembaran Negara 2017 Nomor 182)",
        "Tambahan Lembaran Negara Republik Indonesia Nomor 6109",
        "4/PL.03.4-Kpt/12/Prov/III/2018 tanggal 02-01-2018",
        "Jalan Kayangan No. 22 Watansoppeng Telp. (0484) 21234 e-mail kpu_soppeng@kpu.go.id",
        "PPS Desa/Kelurahan Lalabata Riaja Kecamatan Lalabata",
        "Ditetapkan di Watansoppeng pada tanggal 14 Maret 2023",
        "Watansoppeng, 14-03-2023",
        "Pagu anggaran Rp 1.250.000.000,00 (satu miliar dua ratus lima puluh juta rupiah)",
    ],
)
def test_decree_furniture_is_not_personal_data(line: str) -> None:
    assert kinds(line, PageContext(birth_column=True)) == []


def test_a_row_of_an_annex_table() -> None:
    line = (
        "3 Hasnah Latif 7312044508850003 Watansoppeng, 05-08-1985 Jl. Merdeka No. 12 "
        "RT 002/RW 005 Desa Lompulle 0812-3456-7890 BRI 123-45-678901-23"
    )
    found = kinds(line, PageContext.of("Tempat, Tgl Lahir ... No. Rekening"))
    assert ("nik", "7312044508850003") in found
    assert ("birth", "Watansoppeng, 05-08-1985") in found
    assert ("address", "Jl. Merdeka No. 12") in found
    assert ("address", "RT 002/RW 005") in found
    assert ("address", "Desa Lompulle") in found
    assert ("phone", "0812-3456-7890") in found
    assert ("bank", "123-45-678901-23") in found


def test_spaced_nip_email_phone_and_birth_on_its_own_line() -> None:
    assert kinds("NIP. 19800101 200501 1 001") == [("nip", "19800101 200501 1 001")]
    assert kinds("e-mail: hasnah.latif@gmail.com, HP +62 812 3456 7890") == [
        ("email", "hasnah.latif@gmail.com"),
        ("phone", "+62 812 3456 7890"),
    ]
    assert kinds("Tempat/Tgl. Lahir : Makassar, 12 Maret 1990") == [
        ("birth", "Makassar, 12 Maret 1990")
    ]
    assert kinds("No. Rekening: 0123 0100 1234 505") == [("bank", "0123 0100 1234 505")]


def test_a_street_split_over_two_ocr_lines() -> None:
    """OCR put "Jl." at the end of the birth column's line and the street on the next."""
    assert kinds("Makassar, 23-12-1978 Jl.", PageContext(birth_column=True)) == [
        ("birth", "Makassar, 23-12-1978"),
        ("address", "Jl."),
    ]
    assert kinds("Sultan Hasanuddin No. 114 RT 004/RW 003 Desa Bila") == [
        ("address", "Sultan Hasanuddin No. 114"),
        ("address", "RT 004/RW 003"),
        ("address", "Desa Bila"),
    ]
    assert kinds("Keputusan KPU Nomor 19 tentang Penetapan Anggota No. 19") == []
