"""The end of a decree: place and date of enactment, the signer, the certifier of a copy.

"Ditetapkan di <place>" / "pada tanggal <date>" opens the signer's block: the office
("PRESIDEN REPUBLIK INDONESIA,", "KETUA KOMISI PEMILIHAN UMUM KABUPATEN SOPPENG,",
"a.n. MENTERI …, SEKRETARIS KEMENTERIAN,", "A.n. KETUA … DEPUTI KETUA BIDANG
ADMINISTRASI"), the "ttd" stamp (dropped as noise), the name (with degrees), perhaps a rank
and an NIP. Blocks that follow are *not* the signer: "Diundangkan di … MENTERI SEKRETARIS
NEGARA … MOERDIONO", "Salinan sesuai dengan aslinya … Kepala Biro …" (the certifier of a
copy), "Tembusan" and "SALINAN Keputusan ini disampaikan kepada" (distribution lists), the
LAMPIRAN. The name is the first line of the block that is neither an office (made of office
words, or ending with a comma) nor a date line; a name that only consists of office words is
no name. Where a place line, a date or a name is damaged the field is left out or given a
low confidence with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from jdih_desktop.documents.reading.reader_confidence import DOUBTFUL, reason
from jdih_desktop.documents.reading.reader_text import (
    Line,
    match_words,
    name_case,
    parse_date_loose,
    parse_day_month,
    title_case,
)

# "Ditetapkan di", letter-spaced ("D i t e t a p k a n"), split ("Di tetapkan") or glued
# ("DitetapkandiJAKARTA" after letter-spaced words were joined).
_ENACTED = re.compile(
    r"^D\s*[iIl1]\s*t\s*e\s*t\s*a\s*p\s*k\s*a\s*n\s*d\s*[iIl1](?=[A-Z\s:;.|,]|$)\s*[:;.|,]*\s*(.*)$"
)
_FUZZY_DI = re.compile(r"^d\s*[iIl1](?=[A-Z\s:;.|,]|$)\s*[:;.|,]*\s*(.*)$")
_PLACE = re.compile(r"^[A-Za-z][A-Za-z'-]{2,}(?: [A-Za-z][A-Za-z'-]{1,}){0,2}$")
_PADA_TANGGAL = re.compile(r"(?:p\s*a\s*d\s*a\s*)?t\s*a\s*n\s*g\s*g\s*a\s*[l1I]\s*[:;.]?", re.I)
# Lines that end the signer's block.
_BLOCK_END = (
    "DIUNDANGKAN",
    "SALINAN SESUAI",
    "SALINAN KEPUTUSAN",
    "LAMPIRAN",
    "TEMBUSAN",
    "KEPADA YTH",
    "DISAMPAIKAN KEPADA",
)
OFFICE_WORDS = frozenset(
    [
        "PRESIDEN",
        "WAKIL",
        "REPUBLIK",
        "INDONESIA",
        "MENTERI",
        "MENTERI/SEKRETARIS",
        "SEKRETARIS",
        "NEGARA",
        "KETUA",
        "KEPALA",
        "DEPUTI",
        "BUPATI",
        "WALIKOTA",
        "WALI",
        "GUBERNUR",
        "REKTOR",
        "DEKAN",
        "DIREKTUR",
        "JENDERAL",
        "KOMISI",
        "PEMILIHAN",
        "UMUM",
        "KPU",
        "KABUPATEN",
        "KOTA",
        "PROVINSI",
        "LEMBAGA",
        "BADAN",
        "BIDANG",
        "ADMINISTRASI",
        "KEMENTERIAN",
        "KOORDINATOR",
        "UNIVERSITAS",
        "NASIONAL",
        "BIRO",
        "KABINET",
        "SEKRETARIAT",
        "SUBBAGIAN",
        "BAGIAN",
        "HUKUM",
        "DAN",
        "UTAMA",
        "PLH",
        "PLT",
        "AN",
        "UB",
        "A.N.",
        "U.B.",
        "PLH.",
        "PLT.",
        "PERATURAN",
        "PERUNDANG-UNDANGAN",
        "PEMBINA",
        "PENATA",
        "UTAMA",
        "MUDA",
        "TINGKAT",
        "ANGGOTA",
        "SELAKU",
        "DAERAH",
    ]
)
_DEGREE = re.compile(
    r"^(?:Prof|Dr|Drs|Dra|Ir|H|Hj|S\.\w+|M\.\w+|MM|MS|MT|MA|MH|MSi|Ph\.?D|SH|SE|SIP|SSos|"
    r"MPd|Mag|rer\.nat|Eng|Sc|LL\.M)\.?,?$",
    re.IGNORECASE,
)
_NIP = re.compile(r"^N\s*[I1lr]\s*[PpR]\b", re.IGNORECASE)
_CLEAN_NAME = re.compile(r"^[A-Za-z][A-Za-z.,' -]*[A-Za-z.]$")
_DELEGATION = re.compile(r"^(a\.?\s?n\.?|u\.?\s?b\.?|plh\.?|plt\.?)(\s|$)", re.IGNORECASE)


@dataclass(frozen=True)
class Named:
    text: str
    line: Line
    doubt: str = ""  # why the reading is doubtful (empty: a clean read)


@dataclass(frozen=True)
class Block:
    name: Named | None = None
    title: Named | None = None  # the office: "Presiden Republik Indonesia", "Ketua"


@dataclass(frozen=True)
class Enactment:
    index: int  # the "Ditetapkan di" line
    place: Named | None
    date: tuple[date, bool, Line] | None  # (date, read without repair, where)
    date_doubt: str
    after: int  # first line of the signer's block
    #: Day and month of a date whose year is unreadable (a smudged stamp), where read.
    day_month: tuple[int, int, Line] | None = None


def _enacted_rest(text: str) -> str | None:
    """What follows "Ditetapkan di" on a line that opens the enactment, else None."""
    strict = _ENACTED.match(text)
    if strict:
        return strict.group(1)
    found = match_words(text, "DITETAPKAN")
    if found is None or not text[:1].isupper() or len(text) > 60:
        return None
    di = _FUZZY_DI.match(found[1])
    return di.group(1) if di else None


def find_enactment(lines: Sequence[Line], start: int) -> int | None:
    """Index of the "Ditetapkan di …" line from ``start`` (else anywhere), or None."""
    for begin in (start, 0):
        for index in range(max(0, begin), len(lines)):
            if _enacted_rest(lines[index].text) is not None:
                return index
    return None


def _date_in(text: str) -> tuple[date, bool] | None:
    return parse_date_loose(text)


def read_enactment(lines: Sequence[Line], index: int) -> Enactment:
    """Place and date after "Ditetapkan di" (the date on the same line or the next three)."""
    line = lines[index]
    rest = _enacted_rest(line.text) or ""
    date_part = ""
    cut = _PADA_TANGGAL.search(rest)
    if cut:  # "Ditetapkan di Jakarta pada Tanggal 26 Oktober 1993"
        rest, date_part = rest[: cut.start()], rest[cut.end() :]
    rest = re.sub(r"^[^A-Za-z]+", "", rest).strip(" :;.,|")  # "di 8 — Jakarta": stamp debris
    place: Named | None = None
    at = index
    if not rest:
        # Labels read as a column first: "Ditetapkan di" / "Pada tanggal" / "Jakarta" / date.
        following = lines[index + 1 : index + 4]
        labels = [ln for ln in following if _PADA_TANGGAL.fullmatch(ln.text.strip(" :"))]
        values = [ln for ln in following if ln not in labels]
        if labels and values and _PLACE.match(values[0].text.strip(" :;.,|")):
            rest, line = values[0].text.strip(" :;.,|"), values[0]
            at = lines.index(values[0])
    if rest:
        spaced = re.sub(r"\s+", " ", rest)
        if _PLACE.match(spaced):
            place = Named(title_case(spaced.upper()) if spaced.isupper() else spaced, line)
    found: tuple[date, bool, Line] | None = None
    partial: tuple[int, int, Line] | None = None
    doubt = ""
    after = at + 1
    candidates = [(date_part, at)] if date_part else []
    candidates += [(lines[i].text, i) for i in range(at + 1, min(at + 4, len(lines)))]
    for text, where in candidates:
        text = text.strip()
        keyword = _PADA_TANGGAL.match(text)
        parsed = _date_in(text[keyword.end() :] if keyword else text)
        if parsed is not None and (keyword or where <= at + 1):
            found = (parsed[0], parsed[1], lines[where])
            after = where + 1
            break
        if keyword and keyword.end() < len(text):
            doubt = reason("date_unreadable")
            after = where + 1
            day_month = parse_day_month(text[keyword.end() :])
            if day_month is not None:
                partial = (*day_month, lines[where])
            break
    return Enactment(index, place, found, doubt, after, partial)


def _words(text: str) -> list[str]:
    return [w.strip(",.;:").upper() for w in text.split() if w.strip(",.;:")]


def is_office(text: str, issuer: frozenset[str] = frozenset()) -> bool:
    """A line naming an office or a body rather than a person; ``issuer`` holds the words of
    the decree's own heading ("KETUA LEMBAGA PENERBANGAN …"), which its signer's office repeats."""
    words = _words(text)
    if not words:
        return False
    official = sum(
        w in OFFICE_WORDS or w in issuer or bool(re.fullmatch(r"[IVX]{1,4}", w)) for w in words
    )
    # OCR damages a word or two of a long office line ("DAN AN ARIKSK NASIONAL").
    return (
        official == len(words)
        or (official >= 1 and text.rstrip().endswith(","))
        or (len(words) >= 3 and 2 * official >= len(words))
    )


def _ends_block(text: str) -> bool:
    # "Lampiran Keputusan ini" inside a diktum is a reference; the LAMPIRAN heading is capitals.
    if match_words(text, "LAMPIRAN") and not text[:8].isupper():
        return False
    return any(match_words(text, keyword) for keyword in _BLOCK_END) or bool(
        re.search(r"disampaikan\s+kepada", text, re.IGNORECASE)
    )


def _name_doubt(name: str) -> str:
    if not _CLEAN_NAME.match(name) or ".." in name or re.search(r"\b\w\b(?!\.)", name):
        return reason("name_unclean")
    words = [w for w in name.replace(",", " ").split() if not _DEGREE.match(w)]
    if not words or any(len(w.strip(".")) < 2 for w in words):
        return reason("name_unclean")
    if all(w.upper().strip(".") in OFFICE_WORDS for w in words):
        return reason("name_is_office")
    return ""


def _tidy(text: str) -> str:
    text = re.sub(r"(?<=\w)\s+[.,:;]+(?=\w)|(?<=\s)[.,:;]+(?=\w)", " ", text)
    name = re.sub(r"\s+", " ", text).strip(" ,;")
    last = name.split()[-1] if name else ""
    if last.endswith(".") and "." not in last[:-1] and len(last) > 3 and not _DEGREE.match(last):
        name = name[:-1]  # a stray dot after a plain word; a degree keeps its dot
    return name


def read_block(
    lines: Sequence[Line], start: int, stop: int, issuer: frozenset[str] = frozenset()
) -> Block:
    """Office and name from a signature block in ``lines[start:stop]`` (max 10 lines)."""
    offices: list[Line] = []
    debris = False
    for line in lines[start : min(stop, start + 10)]:
        text = line.text
        if _ends_block(text) or _NIP.match(text):
            break
        if _PADA_TANGGAL.match(text) or _date_in(text):
            continue
        if is_office(text, issuer) or text.rstrip().endswith(",") or _DELEGATION.match(text):
            offices.append(line)
            continue
        name = _tidy(text)
        letters = sum(c.isalpha() for c in name)
        if letters < 4 or any(c.isdigit() for c in name):
            debris = debris or bool(offices)
            continue  # stamp debris, a signature's scribble
        if name[:1].islower() and not _DELEGATION.match(name):
            continue  # a sentence, not a name
        title = _office_title(offices)
        doubt = _name_doubt(name) or (reason("name_cut") if debris else "")
        return Block(Named(name_case(name), line, doubt), title)
    return Block(None, _office_title(offices))


_DISTRIBUTION_HEAD = re.compile(
    r"^(?:Tembusan|Kepada\s+Yth)\W*(?:kepada\W*(?:Yth)?\W*)?(.*)$", re.IGNORECASE
)
_LIST_ITEM = re.compile(r"^\W{0,2}\d{1,2}\s?[.)]")


def read_interleaved(lines: Sequence[Line], index: int, issuer: frozenset[str]) -> Named | None:
    """The signer's name when the text layer read two columns as one: the distribution list
    on the left ("Tembusan :", "Kepada Yth. :") and the name on the right, on the heading's line
    ("Kepada Yth. : SUHARSO MARTADIWIRYA, MM") or just below it, before the list's items.

    Only a name printed in capitals (as signers' names are; list items are "Para Deputi") is
    taken, and never as sure: the columns are mixed."""
    head = _DISTRIBUTION_HEAD.match(lines[index].text)
    if head is None:
        return None
    candidates = [(head.group(1), lines[index])] if head.group(1) else []
    for line in lines[index + 1 : index + 4]:
        if _LIST_ITEM.match(line.text) or _ends_block(line.text):
            break
        candidates.append((line.text, line))
    for text, line in candidates:
        name = _tidy(text)
        surname = [w for w in name.replace(",", " ").split() if not _DEGREE.match(w)]
        if not surname or not all(w.isupper() for w in surname) or is_office(name, issuer):
            continue
        if sum(c.isalpha() for c in name) < 4 or any(c.isdigit() for c in name):
            continue
        doubt = _name_doubt(name) or reason("name_interleaved")
        return Named(name_case(name), line, doubt)
    return None


def interleaved_office(
    lines: Sequence[Line], index: int, name: Named, issuer: frozenset[str]
) -> Named | None:
    """The signer's office when the distribution list's heading at ``index`` fell inside the
    signature block ("Ditetapkan di … Tembusan / KETUA / LEMBAGA … / Prof. Dr. …"): office
    lines between the heading and the ``name`` read beside it. None when there are none:
    then the name has no office above it and is not taken."""
    offices = [
        line
        for line in lines[index + 1 : index + 4]
        if line.number < name.line.number and line.page == name.line.page
        and is_office(line.text, issuer)
    ]  # fmt: skip
    return _office_title(offices)


def _name_words(text: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z]+", text.upper()) if len(w) > 1]


def longer_reading(name: str, lines: Sequence[Line]) -> Named | None:
    """The signer's name read whole where the LAMPIRAN's closing block repeats it: a stamp or
    signature often covers the first word of the name under the decree ("ELENA LARUNI") but
    not under its Lampiran ("VERA ELENA LARUNI"). Only a reading that ends with every word
    of ``name`` and adds words in front counts (two OCR readings that agree)."""
    mine = _name_words(name)
    if len(mine) < 2:
        return None
    for line in reversed(lines[-3:]):
        text = _tidy(line.text)
        words = _name_words(text)
        if len(words) > len(mine) and words[-len(mine) :] == mine and not _name_doubt(text):
            return Named(name_case(text), line, reason("name_from_lampiran"))
    return None


_BODY_WORDS = re.compile(r"\b(KOMISI|PEMILIHAN|KPU|LEMBAGA|BADAN|UNIVERSITAS)\b", re.IGNORECASE)
_REGION_START = re.compile(r"^(KABUPATEN|KOTA|PROVINSI|REPUBLIK)\b", re.IGNORECASE)


def _office(text: str) -> str | None:
    """The office named on a line: "KETUA," → "Ketua"; "Plh. KETUA KOMISI ..." → "Plh. Ketua";
    "PRESIDEN REPUBLIK INDONESIA," → "Presiden"."""
    body = _BODY_WORDS.search(text) or re.search(r"\bREPUBLIK\b", text, re.IGNORECASE)
    head = (text[: body.start()] if body else text).strip(" ,.;:")
    if not head or len(head.split()) > 5 or _REGION_START.match(head):
        return None
    if body is None and not text.rstrip().endswith((",", ".")) and len(head.split()) > 2:
        return None
    return title_case(head)


def _office_title(offices: Sequence[Line]) -> Named | None:
    """The signer's office: the last line that names one ("A.n. KETUA …" / "DEPUTI …")."""
    title: Named | None = None
    for line in offices:
        office = _office(line.text)
        if office is None:
            continue
        if title is None or line.text.rstrip().endswith(",") or _DELEGATION.match(line.text):
            title = Named(office, line)
    return title


def block_end(lines: Sequence[Line], start: int, stop: int | None = None) -> int:
    """Index of the first line in ``lines[start:stop]`` that closes a signer's block (a
    Diundangkan or certifier block, a distribution list, a LAMPIRAN), else ``stop``."""
    end = len(lines) if stop is None else stop
    for index in range(start, end):
        if _ends_block(lines[index].text):
            return index
    return end


__all__ = [
    "DOUBTFUL",
    "OFFICE_WORDS",
    "Block",
    "Enactment",
    "Named",
    "block_end",
    "find_enactment",
    "interleaved_office",
    "is_office",
    "longer_reading",
    "read_block",
    "read_enactment",
    "read_interleaved",
]
