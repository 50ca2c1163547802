"""KPU decree numbers: the three forms, OCR noise, and format → parse round trips."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from jdih_desktop.domain.numbering import (
    DecreeNumber,
    NumberForm,
    normalize_number,
    parse_decree_number,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "37/Kpts/KPU-Kota/TAHUN 2014",
            DecreeNumber(37, 2014, NumberForm.KPTS, "Kpts", "KPU-Kota", None, True),
        ),
        (
            "4/PL.03.4-Kpt/12/Prov/III/2018",
            DecreeNumber(4, 2018, NumberForm.CLASSIFIED, "PL.03.4", "12/Prov", 3),
        ),
        (
            "123/PL.01.1-Kpt/7312/2023",
            DecreeNumber(123, 2023, NumberForm.CLASSIFIED, "PL.01.1", "7312"),
        ),
        ("NOMOR 19 TAHUN 2023", DecreeNumber(19, 2023, NumberForm.NOMOR_TAHUN)),
        ("Nomor : 19 Tahun 2023", DecreeNumber(19, 2023, NumberForm.NOMOR_TAHUN)),
        (
            "Nomor: 05/Kpts/KPU-Kab.Soppeng/III/2017",
            DecreeNumber(5, 2017, NumberForm.KPTS, "Kpts", "KPU-Kab.Soppeng", 3),
        ),
        (
            "93/PL.02.3-Kpt/7308/KPU-Kab/IV/2019",
            DecreeNumber(93, 2019, NumberForm.CLASSIFIED, "PL.02.3", "7308/KPU-Kab", 4),
        ),
    ],
)
def test_parses_every_kpu_form(text: str, expected: DecreeNumber) -> None:
    assert parse_decree_number(text) == expected


@pytest.mark.parametrize(
    ("noisy", "canonical"),
    [
        ("l23 / PL.O1.1 - Kpt / 73l2 / 2O23", "123/PL.01.1-Kpt/7312/2023"),
        ("NOMOR : 4/PL.03.4-Kpt/l2/Prov/lll/2018", "4/PL.03.4-Kpt/12/Prov/III/2018"),
        ("N0MOR l9 TAHUN 2O23 TENTANG", "19 Tahun 2023"),
        ("37 / Kpts / KPU - Kota / TAHUN 2O14", "37/Kpts/KPU-Kota/TAHUN 2014"),
        ("12/Kpts/KPU-Kab-O25.433462/2013", "12/Kpts/KPU-Kab-025.433462/2013"),
        ("50/PL.02.3-Kpt/7312/KPU-Kab/1X/2020", "50/PL.02.3-Kpt/7312/KPU-Kab/IX/2020"),
        ("15/HK.03.1-Kpt/7373/KPU- Kot/ 11/2021", "15/HK.03.1-Kpt/7373/KPU-Kot/II/2021"),
    ],
)
def test_repairs_ocr_noise(noisy: str, canonical: str) -> None:
    assert normalize_number(noisy) == canonical


def test_a_numeric_region_code_is_never_read_as_a_month() -> None:
    parsed = parse_decree_number("4/PL.03.4-Kpt/11/2018")
    assert parsed is not None
    assert (parsed.region, parsed.month) == ("11", None)


@pytest.mark.parametrize("text", ["", "foo", "12/2023", "NOMOR TAHUN", "1/XX-Kpt/7312/99"])
def test_rejects_what_is_not_a_number(text: str) -> None:
    assert parse_decree_number(text) is None


def test_normalize_keeps_unparsed_text_but_tidies_it() -> None:
    assert normalize_number("  SK  /  ABC ") == "SK/ABC"


def test_leading_zeros_do_not_make_a_different_decree() -> None:
    a = parse_decree_number("05/Kpts/KPU-Kab/2017")
    b = parse_decree_number("5/Kpts/KPU-Kab/2017")
    assert a is not None and b is not None
    assert a.key() == b.key()
    assert a.citation() == "Nomor 5/Kpts/KPU-Kab/2017"


years = st.integers(min_value=1999, max_value=2099)
sequences = st.integers(min_value=1, max_value=99999)
months = st.one_of(st.none(), st.integers(min_value=1, max_value=12))
codes = st.builds(
    lambda letters, parts: ".".join([letters, *parts]),
    st.sampled_from(["PL", "HK", "PP", "KU", "OT"]),
    st.lists(
        st.sampled_from(["01", "02", "03", "04", "1", "2", "3", "4", "9"]), min_size=1, max_size=3
    ),
)
regions = st.one_of(
    st.sampled_from(["7312", "7371", "12", "12/Prov", "7308/KPU-Kab", "7373/KPU-Kot"]),
    st.integers(min_value=11, max_value=9999).map(str),
)
numbers = st.one_of(
    st.builds(lambda s, y: DecreeNumber(s, y, NumberForm.NOMOR_TAHUN), sequences, years),
    st.builds(
        lambda s, y, c, r, m: DecreeNumber(s, y, NumberForm.CLASSIFIED, c, r, m),
        sequences,
        years,
        codes,
        regions,
        months,
    ),
    st.builds(
        lambda s, y, r, m, label: DecreeNumber(s, y, NumberForm.KPTS, "Kpts", r, m, label),
        sequences,
        years,
        st.sampled_from(["KPU-Kota", "KPU-Kab", "KPU-Kab-025.433462"]),
        months,
        st.booleans(),
    ),
)


@given(numbers)
def test_format_then_parse_round_trips(number: DecreeNumber) -> None:
    assert parse_decree_number(number.format()) == number
    assert parse_decree_number(f"NOMOR : {number.format()}") == number


_NOISE = str.maketrans({"0": "O", "1": "l"})


@given(numbers, st.booleans())
def test_ocr_noise_in_digits_and_spacing_is_repaired(number: DecreeNumber, spaced: bool) -> None:
    text = number.format()
    # Noise only where the grammar expects digits: sequence and year (the region's codes
    # keep their digits, since "l" in a word must stay a letter).
    first, _, rest = text.partition("/" if "/" in text else " ")
    noisy_year = str(number.year).translate(_NOISE)
    sep = "/" if "/" in text else " "
    noisy = first.translate(_NOISE) + sep + rest[:-4] + noisy_year
    if spaced:
        noisy = noisy.replace("/", " / ")
    assert parse_decree_number(noisy) == number
