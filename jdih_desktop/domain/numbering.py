"""KPU decree numbers: parse the forms used over the years, tolerate OCR noise, format back.

Three forms (DOMAIN.md §4):

* ``37/Kpts/KPU-Kota/TAHUN 2014`` — the old "Kpts" form: sequence / Kpts / issuing office
  [/ month in Roman numerals] / [TAHUN] year;
* ``4/PL.03.4-Kpt/12/Prov/III/2018`` and ``123/PL.01.1-Kpt/7312/2023`` — the classified form:
  sequence / classification code + "-Kpt" / region code [/ unit] [/ Roman month] / year;
* ``NOMOR 19 TAHUN 2023`` (since about 2021) — just sequence and year.

Scanned copies come back from OCR with ``O`` for ``0``, ``l`` for ``1``, spaces around the
slashes; those are repaired only where the grammar expects digits, so a region name like
"Kota" is never turned into numbers. The canonical text drops leading zeros, so "05/..." and
"5/..." are the same decree.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from jdih_desktop.domain.dates import month_from_roman, roman_month


class NumberForm(StrEnum):
    KPTS = "kpts"
    CLASSIFIED = "classified"
    NOMOR_TAHUN = "nomor_tahun"


@dataclass(frozen=True)
class DecreeNumber:
    """A parsed decree number; :meth:`format` gives its canonical text."""

    sequence: int
    year: int
    form: NumberForm
    classification: str | None = None  # "PL.03.4" (classified form) / "Kpts" (old form)
    region: str | None = None  # "12/Prov", "7312", "KPU-Kota"
    month: int | None = None  # from the Roman numeral, when written
    year_label: bool = False  # the old form's "TAHUN 2014"

    def format(self) -> str:
        if self.form is NumberForm.NOMOR_TAHUN:
            return f"{self.sequence} Tahun {self.year}"
        parts = [str(self.sequence)]
        parts.append("Kpts" if self.form is NumberForm.KPTS else f"{self.classification}-Kpt")
        if self.region:
            parts.append(self.region)
        if self.month:
            parts.append(roman_month(self.month))
        parts.append(f"TAHUN {self.year}" if self.year_label else str(self.year))
        return "/".join(parts)

    def citation(self) -> str:
        """As a title cites it: "Nomor 19 Tahun 2023", "Nomor 123/PL.01.1-Kpt/7312/2023"."""
        return f"Nomor {self.format()}"

    def key(self) -> str:
        """A case-insensitive identity for duplicate checks."""
        return self.format().casefold()

    def __str__(self) -> str:
        return self.format()


# Characters OCR confuses with digits, mapped only in places that must be digits.
_DIGIT_LOOKALIKES = str.maketrans(
    {
        "O": "0",
        "o": "0",
        "Q": "0",
        "D": "0",
        "l": "1",
        "I": "1",
        "i": "1",
        "|": "1",
        "!": "1",
        "L": "1",
        "S": "5",
        "s": "5",
        "Z": "2",
        "z": "2",
        "B": "8",
    }
)
_ROMAN_LOOKALIKES = str.maketrans(
    {"l": "I", "1": "I", "|": "I", "!": "I", "i": "I", "v": "V", "x": "X"}
)

_PREFIX_RE = re.compile(r"^\s*(?:n\s*[o0]\s*m\s*[o0]\s*r|n[o0]\.?)\s*[:.;]?\s*", re.IGNORECASE)
_NOMOR_TAHUN_RE = re.compile(
    r"^(?P<seq>[\dOoQlIi|!SZB]{1,5})\s+T\s*A\s*H\s*U\s*N\s*[:.]?\s*(?P<year>[\dOolIi|!SZB]{4})\b",
    re.IGNORECASE,
)
_KPTS_RE = re.compile(r"^K\s*P\s*[TtLl1I]\s*[Ss5]$", re.IGNORECASE)
_CLASS_RE = re.compile(
    r"^(?P<letters>[A-Za-z]{2,3})\s*[.,]\s*"
    r"(?P<digits>[\dOolIi|]{1,2}(?:\s*[.,]\s*[\dOolIi|]{1,2}){0,2})"
    r"\s*[-–—.]?\s*K\s*P\s*[TtLl1I]$",
    re.IGNORECASE,
)
_YEAR_LABEL_RE = re.compile(r"^T\s*A\s*H\s*U\s*N\s*", re.IGNORECASE)


def _digits(token: str) -> str | None:
    """``token`` as digits after undoing OCR look-alikes; None if it still is not a number."""
    text = re.sub(r"\s+", "", token).translate(_DIGIT_LOOKALIKES)
    return text if text.isdigit() else None


def _year(token: str) -> tuple[int, bool] | None:
    label = _YEAR_LABEL_RE.match(token)
    rest = token[label.end() :] if label else token
    digits = _digits(rest)
    if digits is None or len(digits) != 4 or not 1945 <= int(digits) <= 2100:
        return None
    return int(digits), label is not None


def _roman(token: str) -> int | None:
    compact = re.sub(r"\s+", "", token)
    if compact.isdigit():  # "11" is a region code, never a misread "II"
        return None
    text = compact.translate(_ROMAN_LOOKALIKES).upper()
    return month_from_roman(text) if re.fullmatch(r"[IVX]{1,4}", text) else None


def _region_segment(token: str) -> str:
    token = re.sub(r"\s*([-.])\s*", r"\1", token.strip())
    # Mostly-numeric parts are codes ("73l2" → "7312", "KPU-Kab-O25.433462" → "...-025...");
    # words stay words.
    parts = re.split(r"([-.])", token)
    fixed = []
    for part in parts:
        digits = _digits(part) if part not in ("-", ".") else None
        if digits is not None and sum(c.isdigit() for c in part) * 2 >= len(part):
            fixed.append(digits)
        else:
            fixed.append(part)
    return "".join(fixed)


def _classification(token: str) -> str | None:
    match = _CLASS_RE.match(token.strip())
    if match is None:
        return None
    groups = re.split(r"\s*[.,]\s*", match.group("digits"))
    numbers = [_digits(g) for g in groups]
    if any(n is None for n in numbers):
        return None
    return ".".join([match.group("letters").upper(), *(n for n in numbers if n is not None)])


def parse_decree_number(text: str) -> DecreeNumber | None:
    """Parse a decree number in any KPU form; None when ``text`` is not one.

    Accepts a leading "Nomor :" and trailing words after the number (the rest of an OCR
    line), e.g. ``"NOMOR : 4/PL.03.4-Kpt/12/Prov/III/2018"`` or ``"Nomor 19 Tahun 2023"``.
    """
    text = _PREFIX_RE.sub("", text.strip(), count=1).strip()
    match = _NOMOR_TAHUN_RE.match(text)
    if match:
        seq, year = _digits(match.group("seq")), _year(match.group("year"))
        if seq is None or year is None:
            return None
        return DecreeNumber(int(seq), year[0], NumberForm.NOMOR_TAHUN)
    return _parse_slashed(text)


def _parse_slashed(text: str) -> DecreeNumber | None:
    segments = [s.strip() for s in text.split("/")]
    if len(segments) < 3:
        return None
    # The year ends the number; OCR may run the next words onto the same line.
    tail = re.match(r"^((?:T\s*A\s*H\s*U\s*N\s*)?[\dOolIi|!SZB]{4})\b", segments[-1], re.IGNORECASE)
    if tail is None:
        return None
    year = _year(tail.group(1))
    seq = _digits(segments[0])
    if year is None or seq is None:
        return None
    middle = segments[2:-1]
    month = _roman(middle[-1]) if middle else None
    if (
        month is None
        and len(middle) >= 2
        and re.fullmatch(r"1{1,3}", middle[-1].strip())
        and _digits(middle[-2]) is None
    ):
        # After a unit ("KPU-Kot/11/2021") a run of ones is OCR's reading of "II".
        month = len(middle[-1].strip())
    if month is not None:
        middle = middle[:-1]
    region = "/".join(_region_segment(s) for s in middle) or None
    if _KPTS_RE.match(segments[1]):
        return DecreeNumber(int(seq), year[0], NumberForm.KPTS, "Kpts", region, month, year[1])
    code = _classification(segments[1])
    if code is None:
        return None
    return DecreeNumber(int(seq), year[0], NumberForm.CLASSIFIED, code, region, month, year[1])


def normalize_number(text: str) -> str:
    """The canonical text of a decree number, or the input with its spacing tidied."""
    parsed = parse_decree_number(text)
    if parsed is not None:
        return parsed.format()
    return re.sub(r"\s*/\s*", "/", re.sub(r"\s+", " ", text.strip()))
