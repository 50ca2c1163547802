"""The decree reader on the fixture corpus, on born-digital PDFs, and its provenance."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

import pytest

from jdih_desktop.documents.pdf.text import extract_text
from jdih_desktop.documents.reading.reader import read_decree
from jdih_desktop.documents.reading.reader_text import (
    clean_line,
    name_case,
    parse_date_loose,
    title_case,
)
from tests.documents.decree_accuracy import evaluate, table

MakePdf = Callable[[Sequence[Sequence[str]], str], Path]

# Floors per field (exact match over the whole corpus, clean and noisy). The corpus is
# small, so a floor below 1.0 allows the OCR errors no reader can undo ("Makassor").
FLOORS = {
    "nomor": 0.9,
    "tahun": 0.95,
    "judul": 0.9,
    "tanggal_penetapan": 0.9,
    "jenis": 0.95,
    "pembuat": 0.9,
    "tempat_penetapan": 0.85,
    "penandatangan": 0.85,
    "jabatan_penandatangan": 0.85,
    "salinan": 0.95,
    "salinan_sesuai_aslinya": 0.95,
    "pengesah_salinan": 0.85,
    "menimbang": 0.85,
    "mengingat": 0.85,
    "memperhatikan": 0.85,
    "diktum": 0.9,
    "lampiran_pages": 0.9,
}


def test_per_field_accuracy_on_the_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    scores, documents = evaluate()
    with capsys.disabled():
        print("\n" + table(scores, documents))
    assert documents >= 12
    assert set(scores) == set(FLOORS)
    below = {
        name: f"{s.exact}/{s.total}"
        for name, s in scores.items()
        if s.exact / s.total < FLOORS[name]
    }
    assert not below, below
    total = sum(s.total for s in scores.values())
    assert sum(s.exact for s in scores.values()) / total >= 0.95


def test_fields_say_where_they_were_read(decree_texts: dict[str, str]) -> None:
    decree = read_decree(decree_texts["01_dpt_soppeng_2023"])
    lines = decree_texts["01_dpt_soppeng_2023"].split("\f")
    for field, needle in (
        ("nomor", "NOMOR 19"),
        ("judul", "TENTANG"),
        ("tanggal_penetapan", "pada tanggal"),
        ("penandatangan", "IRWAN"),
    ):
        found = getattr(decree, field)
        assert found is not None, field
        page_lines = lines[found.page - 1].splitlines()
        assert needle in page_lines[found.line - 1], (field, found)
    assert decree.diktum[2].label == "KETIGA" and decree.diktum[2].page == 2


def test_confidence_drops_when_ocr_repairs_were_needed(decree_texts: dict[str, str]) -> None:
    clean = read_decree(decree_texts["04_dpt_sumut_2018"])
    noisy = read_decree(decree_texts["14_dpt_sumut_2018_noisy"])
    repaired = read_decree(decree_texts["21_ppid_palopo_2021_ocr"])
    assert clean.nomor is not None and noisy.nomor is not None
    assert clean.nomor.confidence >= 0.9
    assert repaired.nomor is not None and repaired.nomor.confidence < 0.5  # unparsed: raw
    assert clean.nomor_parsed is not None and clean.nomor_parsed.month == 3


def test_born_digital_pdf_through_text_extraction(
    text_pdf: MakePdf, decree_texts: dict[str, str]
) -> None:
    pages = [page.splitlines() for page in decree_texts["02_ppk_soppeng_2023"].split("\f")]
    pdf = text_pdf(pages, "02.pdf")
    decree = read_decree(extract_text(pdf))
    assert decree.nomor is not None and decree.nomor.value == "123/PL.01.1-Kpt/7312/2023"
    assert decree.tanggal_penetapan is not None
    assert decree.tanggal_penetapan.value == date(2023, 1, 5)
    assert [i.label for i in decree.diktum] == ["KESATU", "KEDUA", "KETIGA", "KEEMPAT", "KELIMA"]
    assert len(decree.mengingat) == 6 and decree.lampiran_pages is not None
    assert decree.lampiran_pages.value == 2


def test_to_dict_is_plain_data(decree_texts: dict[str, str]) -> None:
    data = read_decree(decree_texts["06_paslon_wajo_2013"]).to_dict()
    assert data["tanggal_penetapan"]["value"] == "2013-06-04"
    assert data["diktum"][0]["label"] == "PERTAMA"
    assert data["page_count"] == 2


def test_text_that_is_no_decree_yields_no_guesses() -> None:
    decree = read_decree("Notulen rapat pleno\nHadir: 5 anggota\n")
    assert decree.nomor is None and decree.judul is None and decree.diktum == ()


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("| KOMISI PEMILIHAN UMUM,", "KOMISI PEMILIHAN UMUM,"),
        ("K e t u a,", "Ketua,"),
        ("“KESATU : Menetapkan", "KESATU : Menetapkan"),
        ("Undang-", "Undang-"),
        ("KABUPATEN SIDENRENG RAPPANG -", "KABUPATEN SIDENRENG RAPPANG"),
    ],
)
def test_clean_line(raw: str, clean: str) -> None:
    assert clean_line(raw) == clean


def test_title_and_name_case() -> None:
    assert (
        title_case("PENETAPAN ANGGOTA PPK DI KABUPATEN SOPPENG TAHUN 2024")
        == "Penetapan Anggota PPK di Kabupaten Soppeng Tahun 2024"
    )
    assert (
        title_case("PEMBENTUKAN DAERAH-DAERAH TINGKAT II") == "Pembentukan Daerah-Daerah Tingkat II"
    )
    assert name_case("H. MUH. ASRI, S.Sos") == "H. Muh. Asri, S.Sos"
    assert name_case("Drs. HASIHOLAN NAIBAHO, M.AP.") == "Drs. Hasiholan Naibaho, M.AP."


@pytest.mark.parametrize(
    ("text", "expected", "exact"),
    [
        ("pada tanggal 14 Mei 2023", date(2023, 5, 14), True),
        ("pada tanggal 12 Mci 2014", date(2014, 5, 12), False),
        ("20 Ju1i 2015", date(2015, 7, 20), False),
        ("3 Nopember 2O23", date(2023, 11, 3), False),
    ],
)
def test_dates_with_ocr_noise(text: str, expected: date, exact: bool) -> None:
    assert parse_date_loose(text) == (expected, exact)
