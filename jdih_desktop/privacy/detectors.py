"""Find personal data in one line of text: spans of NIK, NIP, phone, e-mail, address, birth
place/date and bank account. Pure Python; positions come from the words the caller maps back.

Each pattern is checked by structure, not only by shape (an NIK's region and birth date, a
NIP's birth date and start of service) and, where a shape is too common on its own (a date, a
long number), by the words around it ("lahir", "rekening") on the line or as a table heading on
the page. Lines that name the institution (KPU, ``go.id``) are the office's own contact details,
which are public.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from jdih_desktop.privacy.identity_numbers import is_nik, is_nip

NIK, NIP, PHONE, EMAIL, ADDRESS, BIRTH, BANK = (
    "nik",
    "nip",
    "phone",
    "email",
    "address",
    "birth",
    "bank",
)
KINDS = (NIK, NIP, PHONE, EMAIL, ADDRESS, BIRTH, BANK)

_MONTHS = (
    "januari|februari|pebruari|maret|april|mei|juni|juli|agustus|september|oktober|"
    "nopember|november|desember|jan|feb|mar|apr|jun|jul|agu|agt|sep|okt|nov|des"
)
_NIP = re.compile(r"(?<![\d])(\d{8})[ .]?(\d{6})[ .]?(\d)[ .]?(\d{3})(?![\d])")
_NIK = re.compile(r"(?<![\d])(\d{6})[ .]?(\d{6})[ .]?(\d{4})(?![\d])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_MOBILE = re.compile(r"(?<![\d+])(?:\+62|62|0)[ .-]?8\d{1,3}(?:[ .-]?\d{2,5}){1,3}(?![\d])")
_LANDLINE = re.compile(r"(?:\(0\d{2,3}\)|(?<![\d])0\d{2,3}-)[ ]?\d{3,4}[ -]?\d{2,4}(?![\d])")
_STREET = re.compile(
    r"\b(?:Jl|Jln|JL|JLN)\.?\s*[A-Z0-9][\w.'/-]*(?:\s+(?!RT\b|RW\b|Desa\b|Kel\b|Kec\b)"
    r"[A-Z0-9][\w.'/-]*){0,4}(?:\s+No\.?\s*\d+\w*)?"
    r"|\bJalan\s+[A-Z][\w.'/-]*(?:\s+(?!RT\b|RW\b)[A-Z0-9][\w.'/-]*){0,4}(?:\s+No\.?\s*\d+\w*)?"
)
# OCR splits table cells into separate lines: "Jl." may end one line and "Merdeka No. 19
# RT 005/RW 001" start the next. A name and house number right before RT/RW is a street too.
_STREET_BEFORE_RT = re.compile(
    r"\b[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,3}\s+No\.?\s*\d+\w*(?=\s+RT\b)"
)
_DANGLING_STREET = re.compile(r"\b(?:Jl|Jln|JL|JLN|Jalan)\.?\s*$")
_RT_RW = re.compile(r"\bRT\.?\s*:?\s*\d{1,3}\s*(?:/|,)?\s*RW\.?\s*:?\s*\d{1,3}\b", re.I)
_DUSUN = re.compile(r"\b(?:Dusun|Dsn\.?|Lingkungan|Lingk\.)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?")
_VILLAGE = re.compile(
    r"\b(?:Desa|Kelurahan|Kel\.|Kec\.|Kecamatan)\s+[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?"
)
_DATE = rf"(\d{{1,2}})\s*[-/. ]\s*(\d{{1,2}}|(?i:{_MONTHS}))\s*[-/. ]\s*((?:19|20)\d{{2}})"
_BIRTH = re.compile(rf"(?:\b[A-Z][A-Za-z'.-]+(?:\s+[A-Z][A-Za-z'.-]+){{0,2}}\s*[,/]\s*)?{_DATE}")
_ACCOUNT_WORDS = re.compile(
    r"\b(?:rek(?:ening)?|no\.?\s*rek|bank|BRI|BNI|Mandiri|BSI|BTN|BCA|Sulselbar|BPD)\b", re.I
)
_ACCOUNT = re.compile(r"(?<![\d])\d{1,6}(?:[ .-]?\d{1,8}){1,6}(?![\d])")
# The office's own contact lines: a letterhead names a fax, a postcode, a P.O. box, a website.
_INSTITUTION = re.compile(
    r"\bkpu\b|go\.id|komisi pemilihan umum|\bfa(?:x|ks)\b|kode\s*pos|p\.?\s?o\.?\s?box|"
    r"\bwebsite\b|\blaman\b|www\.",
    re.I,
)
#: The heading that ends a letterhead: contact details above it are the institution's.
HEADING = re.compile(r"^\s*(?:SALINAN|PETIKAN|KEPUTUSAN|PERATURAN|LAMPIRAN|INSTRUKSI)\b")
CONTACT_KINDS = frozenset({"phone", "email", "address"})


@dataclass(frozen=True)
class Span:
    kind: str
    start: int
    end: int
    value: str  # normalised: digits only for numbers, lower-case e-mail, text otherwise


@dataclass(frozen=True)
class PageContext:
    """What the page's headings say its table columns hold."""

    birth_column: bool = False  # "Tempat/Tanggal Lahir", "TTL", "Tgl. Lahir"
    account_column: bool = False  # "No. Rekening"

    @classmethod
    def of(cls, page_text: str) -> PageContext:
        lowered = page_text.lower()
        return cls(
            birth_column=bool(re.search(r"\blahir\b|\bttl\b", lowered)),
            account_column="rekening" in lowered,
        )


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def _free(taken: list[Span], start: int, end: int) -> bool:
    return all(end <= s.start or start >= s.end for s in taken)


def _add(found: list[Span], kind: str, match: re.Match[str], value: str) -> None:
    if _free(found, match.start(), match.end()):
        found.append(Span(kind, match.start(), match.end(), value))


def _birth_year_ok(year: int, this_year: int) -> bool:
    return 1930 <= year <= this_year - 15


def find_spans(
    line: str, context: PageContext = PageContext(), this_year: int = 2026
) -> list[Span]:
    """Every personal-data span in ``line``, without overlaps, in line order."""
    found: list[Span] = []
    for match in _NIP.finditer(line):
        if is_nip(_digits(match.group())):
            _add(found, NIP, match, _digits(match.group()))
    for match in _NIK.finditer(line):
        if is_nik(_digits(match.group())):
            _add(found, NIK, match, _digits(match.group()))
    institutional = bool(_INSTITUTION.search(line))
    if not institutional:
        for match in _EMAIL.finditer(line):
            _add(found, EMAIL, match, match.group().lower())
        for pattern in (_MOBILE, _LANDLINE):
            for match in pattern.finditer(line):
                digits = _digits(match.group())
                if 9 <= len(digits) <= 14:
                    _add(found, PHONE, match, digits)
        _addresses(line, found)
    lahir_here = bool(re.search(r"\blahir\b|\bttl\b", line, re.I))
    if lahir_here or context.birth_column:
        for match in _BIRTH.finditer(line):
            if _birth_year_ok(int(match.group(3)), this_year):
                _add(found, BIRTH, match, match.group().strip())
    if _ACCOUNT_WORDS.search(line) or context.account_column:
        for match in _ACCOUNT.finditer(line):
            digits = _digits(match.group())
            if 8 <= len(digits) <= 20 and not _looks_like_date(match.group()):
                _add(found, BANK, match, digits)
    return sorted(found, key=lambda s: s.start)


def _looks_like_date(text: str) -> bool:
    return bool(re.fullmatch(r"\d{1,2}[-/.]\d{1,2}[-/.]\d{4}", text.strip()))


def _addresses(line: str, found: list[Span]) -> None:
    before = len(found)
    for pattern in (_STREET, _STREET_BEFORE_RT, _RT_RW, _DUSUN, _DANGLING_STREET):
        for match in pattern.finditer(line):
            _add(found, ADDRESS, match, match.group().strip())
    if len(found) > before:  # a village/district named in the same address, not a PPS area
        for match in _VILLAGE.finditer(line):
            _add(found, ADDRESS, match, match.group().strip())
