"""Text helpers for the decree reader: line cleaning, fuzzy keywords, Indonesian title case.

OCR turns "Menimbang" into "Mcnimbang", "Mei" into "Mci" and prefixes lines with stray
quotes and bars. Keywords are therefore matched on the leading word(s) with a small edit
distance that grows with the keyword's length, and dates accept a month name one or two
letters off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Generic, TypeVar

from jdih_desktop.domain.dates import MONTHS_ID, month_number, parse_date_id

T = TypeVar("T")


@dataclass(frozen=True)
class Field(Generic[T]):
    """A value read from the document, how sure the reader is (0–1) and where it was read."""

    value: T
    confidence: float
    page: int
    line: int
    reason: str = ""  # why the reader doubts it (shown beside a field below SURE)


@dataclass(frozen=True)
class Line:
    page: int  # 1-based
    number: int  # 1-based line number within the page's extracted text
    text: str


_JUNK_EDGES = " \t|\"'`‘’“”«»~*_•·,.;-–—"
_SPACED_LETTERS = re.compile(r"\b(?:[A-Za-z] ){2,}[A-Za-z]\b")
# "- 2 -", "-2-" or a bare "2"; not "2." (a list label on a line of its own).
_PAGE_MARKER = re.compile(r"^(?:[-–—~]+\s*\d{1,3}\s*[-–—~]+|\d{1,3})$")
_TTD = re.compile(r"^\W*t\s*t\s*d\b\W*.{0,3}$", re.IGNORECASE)  # "ttd", "“ttd.", "ttd 0."
_PUNCT_ONLY = re.compile(r"^[\W_]+$")


def clean_line(text: str) -> str:
    """Drop OCR debris at the line's edges, join letter-spaced words ("K e t u a")."""
    text = text.replace("\u00a0", " ").replace("\t", " ")
    text = _SPACED_LETTERS.sub(lambda m: m.group(0).replace(" ", ""), text)
    text = re.sub(r"\s+", " ", text).strip()
    head = text.lstrip(_JUNK_EDGES)
    # Keep a leading "(" and list labels like "a." intact; only strip junk before words.
    text = head if head else ""
    # A trailing " -" or " |" is debris; "Undang-" (a hyphenated line break) is not.
    return re.sub(r"\s+[-–—|]+$", "", text).rstrip(" |\"'`“”~*_")


def is_noise(text: str) -> bool:
    """Page markers ("- 2 -"), "ttd" stamps and punctuation-only lines carry no content."""
    return bool(not text or _PAGE_MARKER.match(text) or _TTD.match(text) or _PUNCT_ONLY.match(text))


def distance(a: str, b: str, limit: int = 3) -> int:
    """Levenshtein distance, giving up (returning ``limit + 1``) once above ``limit``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i]
        for j, cb in enumerate(b, start=1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        if min(current) > limit:
            return limit + 1
        previous = current
    return previous[-1]


def allowed_errors(word: str) -> int:
    return 0 if len(word) < 4 else 1 if len(word) < 8 else 2


_WORD = re.compile(r"[A-Za-z]+")


def match_words(text: str, keyword: str) -> tuple[int, str] | None:
    """If ``text`` starts with ``keyword`` (one or more words, fuzzily), return
    ``(errors, rest of the line)``; the rest has leading ":" and spaces removed."""
    position = 0
    errors = 0
    for word in keyword.split():
        while position < len(text) and text[position] in " .":
            position += 1
        found = _WORD.match(text, position)
        # OCR rarely gets a capital initial wrong; requiring it keeps "PENETAPAN" from
        # passing for "MENETAPKAN".
        if found is None or found.group(0)[:1].upper() != word[:1]:
            return None
        err = distance(found.group(0).upper(), word, allowed_errors(word))
        if err > allowed_errors(word):
            return None
        errors += err
        position = found.end()
    return errors, text[position:].lstrip(" :;.,").strip()


def confidence(base: float, errors: int) -> float:
    return round(max(0.1, base - 0.15 * errors), 2)


# Words of a title that stay lower case (except as the first word).
_SMALL_WORDS = frozenset(
    (
        "dan",
        "atau",
        "di",
        "ke",
        "dari",
        "pada",
        "untuk",
        "dalam",
        "atas",
        "tentang",
        "yang",
        "sebagai",
        "serta",
        "oleh",
        "terhadap",
        "dengan",
        "bagi",
        "antara",
        "melalui",
        "tanpa",
        "per",
    )
)
ACRONYMS = frozenset(
    (
        "KPU",
        "DPR",
        "DPRD",
        "DPD",
        "MPR",
        "PPK",
        "PPS",
        "KPPS",
        "PPLN",
        "KPPSLN",
        "TPS",
        "RI",
        "JDIH",
        "JDIHN",
        "PNS",
        "ASN",
        "PPPK",
        "APBN",
        "APBD",
        "APBDES",
        "PAW",
        "SK",
        "DPT",
        "DPS",
        "DPTB",
        "DPK",
        "DIPA",
        "BUMN",
        "BUMD",
        "NIK",
        "KTP",
        "LHKPN",
        "TNI",
        "POLRI",
        "HAM",
        "ITE",
        "COVID",
        "SDM",
        "BA",
        "UU",
        "PKPU",
        "PP",
    )
)
_ROMAN = re.compile(r"^[IVX]{1,5}$")


def _cap(word: str) -> str:
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def title_case(text: str) -> str:
    """ "PENETAPAN ... DI KABUPATEN SOPPENG" → "Penetapan ... di Kabupaten Soppeng"."""
    out = []
    for index, word in enumerate(text.split()):
        bare = word.strip("(),.;:")
        if bare.upper() in ACRONYMS or _ROMAN.match(bare):
            out.append(word.upper() if bare.upper() in ACRONYMS else word)
        elif index and bare.lower() in _SMALL_WORDS:
            out.append(word.lower())
        elif word.isupper() or word.islower():
            out.append(_cap(word))
        else:
            out.append(word)
    return " ".join(out)


def name_case(text: str) -> str:
    """A signer's name in capitals → "Andi Muhammad Yusuf, S.Sos., M.Si.".

    Degrees after the first comma keep their printed form; name words (including
    abbreviations like "MUH.") are capitalised.
    """
    text = text.strip(" ,;")
    name, comma, degrees = text.partition(",")
    words = [_cap(w) if w.isupper() and len(w.rstrip(".")) > 1 else w for w in name.split()]
    return " ".join(words) + (comma + degrees if comma else "")


def _digits(token: str) -> str:
    return token.translate(str.maketrans("OoQDlIi|", "00001111"))


_LOOSE_DATE = re.compile(
    r"([\dOolI]{1,2})\s*([A-Za-z0][A-Za-z01]{2,})\.?\s*,?\s*([\dOolI]{4})(?!\d)"
)
# Rubber stamps print English or short month names ("17 OCT 2001", "26 MAY 2004",
# "14 Feb 2005"); older letters spell "Nopember", "Pebruari".
_STAMP_MONTHS = {
    "jan": 1, "feb": 2, "peb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
    "aug": 8, "agu": 8, "ags": 8, "agt": 8, "sep": 9, "sept": 9, "oct": 10, "okt": 10,
    "nov": 11, "nop": 11, "dec": 12, "des": 12, "january": 1, "february": 2, "march": 3,
    "june": 6, "july": 7, "august": 8, "october": 10, "december": 12,
}  # fmt: skip


def _month(word: str) -> tuple[int, bool] | None:
    """Month number of ``word`` and whether it was read without repair."""
    low = word.lower()
    exact = month_number(low) or _STAMP_MONTHS.get(low)
    if exact:
        return exact, True
    low = low.translate(str.maketrans("10", "lo"))  # "Ju1i" → "Juli", "0cT" → "oct"
    if low in _STAMP_MONTHS:
        return _STAMP_MONTHS[low], False
    if len(low) == 3 and low.replace("i", "l") in _STAMP_MONTHS:
        return _STAMP_MONTHS[low.replace("i", "l")], False  # a stamp's "JUI" is "JUL"
    best = min(range(12), key=lambda i: distance(low, MONTHS_ID[i].lower()))
    if distance(low, MONTHS_ID[best].lower()) <= max(1, allowed_errors(MONTHS_ID[best])):
        return best + 1, False
    return None


def parse_date_loose(text: str) -> tuple[date, bool] | None:
    """The first date in ``text``; ``(date, exact)`` where ``exact`` is False when a digit or
    the month name was repaired."""
    found = parse_date_id(text)
    if found is not None and found.year in PLAUSIBLE_YEARS and not re.search(r"\d\s\d", text):
        return found, True
    # A stamp's letter-spaced day "1 9 JUN 2000"; anything but a label before the day
    # ("$ 19 JUN") means the day may have lost a digit.
    text = re.sub(r"(?<![\d\w])(\d) (\d)(?=\s+[A-Za-z])", r"\1\2", text)
    for match in _LOOSE_DATE.finditer(text):
        day, year = _digits(match.group(1)), _digits(match.group(3))
        month = _month(match.group(2))
        if month is None or not (day.isdigit() and year.isdigit()):
            continue
        before = text[: match.start()].rstrip()
        clean_start = not before or before[-1].isalpha() or before[-1] == ":"
        exact = month[1] and day == match.group(1) and year == match.group(3) and clean_start
        if int(year) not in PLAUSIBLE_YEARS:
            continue
        try:
            return date(int(year), month[0], int(day)), exact
        except ValueError:
            continue
    return None


#: Years a decree of any archive may carry; a stamp read as "9199" or "7018" is no year.
PLAUSIBLE_YEARS = range(1945, 2100)
_DAY_MONTH = re.compile(r"(?<![\d\w])([\dOolI]{1,2})\s*([A-Za-z0][A-Za-z01]{2,})\b")


def parse_day_month(text: str) -> tuple[int, int] | None:
    """Day and month of a date whose year did not survive (a smudged stamp "13 MAR ongt",
    "9 SEP 9199"); the caller takes the year from elsewhere and says so."""
    text = re.sub(r"(?<![\d\w])(\d) (\d)(?=\s+[A-Za-z])", r"\1\2", text)
    for match in _DAY_MONTH.finditer(text):
        day, month = _digits(match.group(1)), _month(match.group(2))
        if month is None or not day.isdigit() or not 1 <= int(day) <= 31:
            continue
        before = text[: match.start()].rstrip()
        if len(day) == 1 and before and before[-1] != ":":
            return None  # debris before a one-digit day: a digit may be lost ("Hf 9 SEP")
        return int(day), month[0]
    return None


def similarity(a: str, b: str) -> float:
    """1 − normalised edit distance, on case-folded, space-collapsed text."""
    a = " ".join(a.casefold().split())
    b = " ".join(b.casefold().split())
    if not a and not b:
        return 1.0
    longest = max(len(a), len(b))
    return 1 - distance(a, b, longest) / longest
