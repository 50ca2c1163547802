"""A lost enactment date read again from its line: taken only when readings agree, never sure."""

from __future__ import annotations

import dataclasses
from datetime import date
from pathlib import Path

import pytest

from jdih_desktop.documents.pdf.line_reread import reread_lines
from jdih_desktop.documents.reading.date_reread import date_from_rereads, with_reread_date
from jdih_desktop.documents.reading.reader import DecreeExtraction
from jdih_desktop.documents.reading.reader_confidence import needs_check
from jdih_desktop.documents.reading.reader_text import Field
from tests.documents.synth import needs_tesseract, text_page


@pytest.mark.parametrize(
    ("lines", "year", "expected"),
    [
        # The page's OCR spoilt the stamp; the line alone gave the same day twice.
        (
            [["pada tanggal 17 MAR 7018", "pada tanggal 12 MAR 708", "pada tanggal 12 MAR N8"]],
            2018,
            date(2018, 3, 12),
        ),
        # A year that disagrees with the number's is no evidence; the number's is taken.
        (
            [["TANGGAL: & NOPEMBER", "TANGGAL: 6 NOPEMBER 1908", "TANGGAL: 6 NOPEMBER 1995"]],
            1998,
            date(1998, 11, 6),
        ),
        ([["Pada tanggal 12 Maret 2018", "Pada tanggal 12 Maret 2018"]], None, date(2018, 3, 12)),
        ([["Pada tanggal 28 September I020", "aa Pegpa", "nara P3"]], 2020, None),  # alone
        ([["Pada tanggal 28 September 2020", "pada tanggal 13 September 2020"]], 2020, None),
        ([["Pada tanggal : 43 Agustus 1997", "Padatanggal : 48 Agustus 1997"]], 1997, None),
        ([["Pada tanggal 6 Agustus", "Pada tanggal 6 Agustus"]], None, None),  # no year at all
        ([], 2018, None),
    ],
)
def test_a_date_is_taken_only_when_two_readings_agree(
    lines: list[list[str]], year: int | None, expected: date | None
) -> None:
    assert date_from_rereads(lines, year) == expected


@pytest.mark.parametrize(
    ("lines", "month", "expected"),
    [
        # Two readings of June agree with the number's "VI".
        ([["Pada tanggal 25 Juni 1996", "Pada tanggal 25 Juni 1996"]], 6, date(1996, 6, 25)),
        # Two readings agree on a month the number contradicts: no date.
        ([["Pada tanggal 25 Juni 1996", "Pada tanggal 25 Juni 1996"]], 7, None),
        # The readings of the other month are no votes: the one of the number's month wins.
        (
            [[*(["pada tanggal 5 Mei 1996"] * 3), *(["pada tanggal 5 Juni 1996"] * 2)]],
            6,
            date(1996, 6, 5),
        ),
        # The number's month alone is never a vote: one reading stays one.
        ([["Pada tanggal 25 Juni 1996", "Pada tanggal 2? Jnn", ""]], 6, None),
    ],
)
def test_a_reading_of_another_month_than_the_numbers_is_no_vote(
    lines: list[list[str]], month: int, expected: date | None
) -> None:
    assert date_from_rereads(lines, 1996, month) == expected


def test_with_reread_date_takes_the_month_from_a_number_of_the_same_year() -> None:
    agreeing = [["Pada tanggal 25 Juni 1996", "Pada tanggal 25 Juni 1996"]]
    extraction = DecreeExtraction(
        nomor=Field("KEP/082/VII/1996", 0.3, 1, 3),
        tahun=Field(1996, 0.6, 1, 3),
        tempat_penetapan=Field("Jakarta", 0.9, 5, 16),
    )
    assert with_reread_date(extraction, agreeing).tanggal_penetapan is None
    # A number of another year names no month of this date.
    other = dataclasses.replace(extraction, nomor=Field("KEP/082/VII/1995", 0.3, 1, 3))
    found = with_reread_date(other, agreeing).tanggal_penetapan
    assert found is not None and found.value == date(1996, 6, 25)


def _lost_date(tahun: int | None) -> DecreeExtraction:
    return DecreeExtraction(
        tahun=Field(tahun, 0.9, 1, 2) if tahun else None,
        tempat_penetapan=Field("Jakarta", 0.9, 5, 16),
    )


def test_a_reread_date_is_doubtful_with_its_reason_and_fills_a_missing_year() -> None:
    agreeing = [["pada tanggal 12 MAR 2018", "pada tanggal 12 MAR 2018"]]
    found = with_reread_date(_lost_date(2018), agreeing).tanggal_penetapan
    assert found is not None and found.value == date(2018, 3, 12)
    assert needs_check(found.confidence) and found.reason and (found.page, found.line) == (5, 16)

    no_year = with_reread_date(_lost_date(None), agreeing)
    assert no_year.tahun is not None and no_year.tahun.value == 2018
    assert needs_check(no_year.tahun.confidence)

    dated = DecreeExtraction(
        tempat_penetapan=Field("Jakarta", 0.9, 5, 16),
        tanggal_penetapan=Field(date(2018, 3, 1), 0.9, 5, 17),
    )
    assert with_reread_date(dated, agreeing) == dated  # a date read on the page stays
    no_block = DecreeExtraction(tahun=Field(2018, 0.9, 1, 2))
    assert with_reread_date(no_block, agreeing) == no_block


@needs_tesseract
def test_the_date_line_of_a_page_is_found_and_read_again(tmp_path: Path) -> None:
    page = text_page(
        [
            "Keputusan ini mulai berlaku pada tanggal ditetapkan.",
            "",
            "Ditetapkan di Jakarta",
            "pada tanggal 12 Maret 2018",
            "KEPALA,",
        ],
        300,
        size_mm=(215.0, 70.0),
        specks=0,
    )
    pdf = tmp_path / "page.pdf"
    page.save(pdf, "PDF", resolution=300)
    lines = reread_lines(pdf, 1)
    assert len(lines) == 1  # "mulai berlaku pada tanggal ditetapkan" is no date line
    assert len(lines[0]) == 3 and "12 Maret 2018" in lines[0][0]
    assert date_from_rereads(lines, 2018) == date(2018, 3, 12)
