"""Is a digit string a plausible NIK or NIP? Pure functions, no I/O.

NIK (Nomor Induk Kependudukan, UU 24/2013 and Permendagri 72/2019): 16 digits,
PP KK CC DDMMYY SSSS — province, regency/city, district, the birth date (women +40 on the day)
and a serial from 0001. NIP (PP 11/2017 and Peraturan BKN): 18 digits, YYYYMMDD birth date,
YYYYMM start of service (TMT CPNS), 1 digit sex (1 man, 2 woman), 3-digit serial.

Checking the structure is what keeps decree numbers, dates and article numbers from looking
like an NIK: they almost never carry a real province code and a valid birth date together.
"""

from __future__ import annotations

from datetime import date

#: Province codes in use (BPS/Kemendagri), including the four provinces of 2022 in Papua.
PROVINCES = frozenset(
    {
        "11", "12", "13", "14", "15", "16", "17", "18", "19", "21",
        "31", "32", "33", "34", "35", "36",
        "51", "52", "53", "61", "62", "63", "64", "65",
        "71", "72", "73", "74", "75", "76", "81", "82",
        "91", "92", "93", "94", "95", "96",
    }
)  # fmt: skip


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def plausible_region(code: str) -> bool:
    """PP KK CC: a real province, a regency 01-49 or a city 71-79, a district 01-69."""
    province, regency, district = code[:2], int(code[2:4]), int(code[4:6])
    return (
        province in PROVINCES
        and (1 <= regency <= 49 or 71 <= regency <= 79)
        and 1 <= district <= 69
    )


def nik_birth_date(nik: str) -> date | None:
    """The birth date an NIK encodes (either century is possible: the one in the past)."""
    day, month, yy = int(nik[6:8]), int(nik[8:10]), int(nik[10:12])
    if day > 40:
        day -= 40
    for century in (2000, 1900):
        if _valid_day(century + yy, month, day) and century + yy <= date.today().year:
            return date(century + yy, month, day)
    return None


def is_nik(digits: str) -> bool:
    return (
        len(digits) == 16
        and digits.isdigit()
        and plausible_region(digits[:6])
        and nik_birth_date(digits) is not None
        and digits[12:] != "0000"
    )


def is_nip(digits: str) -> bool:
    if len(digits) != 18 or not digits.isdigit():
        return False
    year, month, day = int(digits[:4]), int(digits[4:6]), int(digits[6:8])
    tmt_year, tmt_month = int(digits[8:12]), int(digits[12:14])
    return (
        1940 <= year <= date.today().year - 17
        and _valid_day(year, month, day)
        and year + 17 <= tmt_year <= date.today().year + 1
        and 1 <= tmt_month <= 12
        and digits[14] in "12"
        and digits[15:] != "000"
    )
