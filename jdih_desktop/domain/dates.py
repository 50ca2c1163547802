"""Indonesian calendar words: month names, "14 Mei 2023" dates, Roman-numeral months.

Decrees, disposition sheets and JDIH pages all write dates the Indonesian way; OCR'd text
reads them back with noise, so parsing is forgiving about case and spacing.
"""

from __future__ import annotations

import re
from datetime import date

MONTHS_ID = (
    "Januari", "Februari", "Maret", "April", "Mei", "Juni",
    "Juli", "Agustus", "September", "Oktober", "November", "Desember",
)
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

_MONTH_BY_NAME = {name.lower(): number for number, name in enumerate(MONTHS_ID, start=1)}
# Common spellings seen in older letters and in OCR output.
_MONTH_BY_NAME.update({"pebruari": 2, "nopember": 11, "agustus": 8, "agutus": 8, "djuni": 6})
_DATE_RE = re.compile(r"(\d{1,2})\s+([A-Za-z]+)\s+(\d{4})")


def format_date_id(value: date, with_weekday: bool = False) -> str:
    """``date(2023, 5, 14)`` → ``"14 Mei 2023"`` (``"Minggu, 14 Mei 2023"`` with the weekday)."""
    text = f"{value.day} {MONTHS_ID[value.month - 1]} {value.year}"
    return f"{DAYS_ID[value.weekday()]}, {text}" if with_weekday else text


def month_number(name: str) -> int | None:
    """The month number of an Indonesian month name, or None when it is not one."""
    return _MONTH_BY_NAME.get(name.strip().lower())


def parse_date_id(text: str) -> date | None:
    """The first "14 Mei 2023"-style date in ``text``; None when there is none or it is invalid."""
    for match in _DATE_RE.finditer(text):
        month = month_number(match.group(2))
        if month is None:
            continue
        try:
            return date(int(match.group(3)), month, int(match.group(1)))
        except ValueError:
            continue
    return None


def roman_month(month: int) -> str:
    """1 → "I" … 12 → "XII", as KPU letter numbers write the month."""
    return ROMAN_MONTHS[month - 1]


def month_from_roman(text: str) -> int | None:
    """"III" → 3; None for anything that is not a month numeral."""
    try:
        return ROMAN_MONTHS.index(text.strip().upper()) + 1
    except ValueError:
        return None
