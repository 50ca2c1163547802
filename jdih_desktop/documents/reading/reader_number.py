"""A decree number in any of the forms offices print, with OCR damage told apart from a clean read.

KPU numbers have their own grammar (:mod:`jdih_desktop.domain.numbering`); every other issuer
prints "33 TAHUN 1988", "KEP/082/VI/1996", "496/SK/R/UI/2020" or
"188.45/0581/BAPPEDA/2025". Such a number is read as slash-separated parts: the last is the
year, a Roman numeral is the month, the first is the running number (digits, perhaps with a
classification "188.45"), the rest are unit codes. OCR's letter-for-digit slips ("2O2O",
"I1O") are repaired only where digits must stand, a lower-case "lv"/"vi" only where a Roman
month must stand; each repair is counted, and a part that stays unreadable (a handwritten
running number read as "06'4" or "^-Z-?") makes the whole number doubtful instead of
silently wrong.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jdih_desktop.domain.dates import ROMAN_MONTHS
from jdih_desktop.domain.numbering import NumberForm, parse_decree_number

_DIGITS = str.maketrans({"O": "0", "o": "0", "Q": "0", "D": "0", "l": "1", "I": "1", "i": "1",
                         "|": "1", "!": "1", "L": "1", "S": "5", "s": "5", "Z": "2", "z": "2",
                         "B": "8", "(": "1"})  # fmt: skip
_ROMAN = str.maketrans({"l": "I", "1": "I", "|": "I", "i": "I", "v": "V", "x": "X"})
_PREFIX = re.compile(r"^\s*(?:n\s*[o0]\s*m\s*[o0]\s*r|n[o0]\.?)\s*[:.;,]?\s*", re.IGNORECASE)
_TAHUN = re.compile(r"^(?P<seq>\S{1,6})\s+T\s*A\s*H\s*U\s*N\s*[:.]?\s*(?P<year>\S{4})$", re.I)
#: "NOMOR -29/ TAHUN 2016": a running number OCR could not read before a printed "TAHUN".
_TAHUN_TAIL = re.compile(r"(?:^|[\s/])T\s*A\s*H\s*U\s*N\s*[:.]?\s*(?P<year>\S{4})$", re.I)
_SEQUENCE = re.compile(r"^\d{1,5}(?:[.-]\d{1,4}){0,3}$")  # "496", "188.45" (a code + number)
_CODE = re.compile(r"^[A-Za-z][A-Za-z.&\- ]{0,24}$")  # "SK", "Bag.Hukum", "KPU-Kota"


@dataclass(frozen=True)
class NumberReading:
    text: str  # the number as printed, spaces around slashes removed
    year: int | None
    repairs: int  # characters read as something else and put right
    unreadable: bool  # a part could not be read (often a handwritten running number)


def _year(token: str) -> tuple[int, int] | None:
    fixed = token.translate(_DIGITS)
    if re.fullmatch(r"(19|20)\d\d", fixed):
        return int(fixed), int(fixed != token)
    # A stamped or worn "2" read as "3" or "7" ("3025", "7018"): no decree carries such a year.
    if re.fullmatch(r"[37]0\d\d", fixed):
        return int("2" + fixed[1:]), 1 + int(fixed != token)
    return None


def _part(token: str, is_first: bool) -> tuple[str, int] | None:
    """A middle or first part put right, with its repairs; None when unreadable."""
    if _SEQUENCE.match(token):
        return token, 0
    if token.upper() in ROMAN_MONTHS:
        return token.upper(), int(token != token.upper())
    roman = token.translate(_ROMAN).upper()
    if roman in ROMAN_MONTHS and len(token) <= 4 and not is_first:
        return roman, sum(a != b for a, b in zip(token, roman, strict=True))
    digits = token.translate(_DIGITS)
    if (is_first or any(c.isdigit() for c in token)) and _SEQUENCE.match(digits):
        return digits, sum(a != b for a, b in zip(token, digits, strict=True))
    if not is_first and _CODE.match(token) and not any(c.isdigit() for c in token):
        return token, 0
    if is_first and re.fullmatch(r"[A-Za-z]{2,6}", token):  # "KEP", "Kep"
        return token, 0
    return None


def _year_beside(text: str) -> NumberReading | None:
    """ "-29/ TAHUN 2016": the typed "TAHUN 2016" stands where the running number before it
    (often handwritten into the blank) did not survive OCR; the number stays unreadable."""
    tail = _TAHUN_TAIL.search(text)
    year = _year(tail.group("year")) if tail else None
    return NumberReading(text, year[0], year[1], True) if year else None


def read_number(raw: str) -> NumberReading | None:
    """The number after "NOMOR" (``raw`` may still carry "NOMOR :"); None when there is none."""
    text = _PREFIX.sub("", raw).strip(" .:;,")
    text = re.sub(r"\s*/\s*", "/", re.sub(r"\s+", " ", text))
    if not text:
        return None
    tahun = _TAHUN.match(text)
    if tahun:
        seq = tahun.group("seq").translate(_DIGITS)
        year = _year(tahun.group("year"))
        repairs = int(seq != tahun.group("seq")) + (year[1] if year else 0)
        readable = seq.isdigit() and year is not None
        label = re.search(r"T\s*A\s*H\s*U\s*N", text, re.I)
        word = re.sub(r"\s", "", label.group(0)) if label else "TAHUN"
        shown = f"{seq} {word} {year[0] if year else tahun.group('year')}"
        return NumberReading(shown, year[0] if year else None, repairs, not readable)
    kpu = parse_decree_number(text)
    if kpu is not None and kpu.form is not NumberForm.NOMOR_TAHUN:
        compact = text.casefold()
        return NumberReading(kpu.format(), kpu.year, int(kpu.format().casefold() != compact), False)
    parts = text.split("/")
    if len(parts) < 2:
        return _year_beside(text) or NumberReading(text, None, 0, True)
    year = _year(parts[-1].strip())
    repairs = year[1] if year else 0
    out: list[str] = []
    unreadable = year is None
    for index, token in enumerate(p.strip() for p in parts[:-1]):
        fixed = _part(token, index == 0)
        if fixed is None:
            unreadable = True
            out.append(token)
        else:
            out.append(fixed[0])
            repairs += fixed[1]
    if year is None and (beside := _year_beside(text)) is not None:
        return beside
    out.append(str(year[0]) if year else parts[-1].strip())
    # Every number has a running number: parts of letters only before the year
    # ("Lac/SK/R/UI/2020") mean OCR read the handwritten one as a word.
    if not any(c.isdigit() for part in out[:-1] for c in part):
        unreadable = True
    return NumberReading("/".join(out), year[0] if year else None, repairs, unreadable)


#: A running number set apart from its slashes ("NOMOR 1481 /SK/R/UI/2020", "KEP/ 082 /VI"):
#: in OCR text this is the mark of a number written by hand into a blank of the typed frame.
_SPACED_RUNNING = re.compile(r"(?:^|/)\s*\d[\d.\-]*\s+/|/\s+\d[\d.\-]*\s*/")


def number_month(number: str) -> int | None:
    """The month a number names in Roman numerals just before its year ("KEP/082/VI/1996",
    ".../III/2001"): the month it was numbered in, written independently of the date line."""
    parts = [p.strip() for p in number.split("/")]
    if len(parts) < 3 or not re.fullmatch(r"(19|20)\d\d", parts[-1]):
        return None
    month = parts[-2]
    return ROMAN_MONTHS.index(month) + 1 if month in ROMAN_MONTHS else None


def number_year(number: str) -> int | None:
    """The year a slash-separated number ends with ("KEP/082/VI/1996" → 1996), else None."""
    last = number.rsplit("/", 1)
    found = re.fullmatch(r"(19|20)\d\d", last[-1].strip()) if len(last) == 2 else None
    return int(found.group(0)) if found else None


def written_into_blank(raw: str) -> bool:
    """True when the running number in ``raw`` stands apart from its slashes (see above)."""
    return bool(_SPACED_RUNNING.search(_PREFIX.sub("", raw).strip(" .:;,")))


__all__ = ["NumberReading", "number_month", "number_year", "read_number", "written_into_blank"]
