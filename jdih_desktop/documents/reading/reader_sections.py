"""The lettered, numbered and ordinal lists of a decree: Menimbang, Mengingat, diktum.

A label only starts a new item when it is the *next* expected one (b after a, 3 after 2,
KEDUA after KESATU); anything else is a continuation line. That keeps "Diktum KESATU" or
"2017 Nomor 182" at the start of a wrapped line from splitting an item.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from jdih_desktop.documents.reading.reader_text import Line, allowed_errors, distance

ORDINALS = (
    "KESATU",
    "KEDUA",
    "KETIGA",
    "KEEMPAT",
    "KELIMA",
    "KEENAM",
    "KETUJUH",
    "KEDELAPAN",
    "KESEMBILAN",
    "KESEPULUH",
    "KESEBELAS",
    "KEDUA BELAS",
    "KETIGA BELAS",
    "KEEMPAT BELAS",
    "KELIMA BELAS",
    "KEENAM BELAS",
    "KETUJUH BELAS",
    "KEDELAPAN BELAS",
    "KESEMBILAN BELAS",
    "KEDUA PULUH",
)


@dataclass(frozen=True)
class Item:
    """One point of a list, with where its label was read."""

    label: str  # "a", "3", "KESATU"
    text: str
    page: int
    line: int
    errors: int = 0  # OCR repairs needed to recognise the label


# A label plus the rest of the line; the label test is supplied per list kind.
Labeller = Callable[[str, int], tuple[str, str, int] | None]

_LETTER = re.compile(r"^([a-zA-Z])([a-zA-Z])?\s?[.,)]\s*(.*)$")  # OCR doubles "c." as "Cc."
_NUMBER = re.compile(r"^([0-9lIO]{1,2})\s?[.,)]\s*(.*)$")


def letter_label(text: str, index: int) -> tuple[str, str, int] | None:
    """ "b. bahwa ..." when ``index`` is 1."""
    match = _LETTER.match(text)
    expected = chr(ord("a") + index)
    if match is None or match.group(1).lower() != expected:
        return None
    doubled = match.group(2)
    if doubled is not None and doubled.lower() != expected:
        return None
    return expected, match.group(3), int(doubled is not None)


def number_label(text: str, index: int) -> tuple[str, str, int] | None:
    """ "3. Peraturan ..." when ``index`` is 2 (OCR's "l." reads as "1.")."""
    match = _NUMBER.match(text)
    if match is None:
        return None
    raw = match.group(1)
    digits = raw.translate(str.maketrans("lIO", "110"))
    if not digits.isdigit() or int(digits) != index + 1:
        return None
    return digits, match.group(2), int(digits != raw)


def ordinal_label(text: str, index: int) -> tuple[str, str, int] | None:
    """ "KEDUA : ..." when ``index`` is 1; "PERTAMA" is the older first label."""
    candidates = [ORDINALS[index]] if index < len(ORDINALS) else []
    if index == 0:
        candidates.append("PERTAMA")
    for wanted in candidates:
        words = wanted.split()
        found = re.match(r"^" + r"\s+".join([r"([A-Za-z]+)"] * len(words)) + r"\b", text)
        if found is None:
            continue
        errors = sum(distance(g.upper(), w, 3) for g, w in zip(found.groups(), words, strict=True))
        if errors <= allowed_errors(wanted.replace(" ", "")):
            rest = text[found.end() :].lstrip(" :;.,").strip()
            return wanted, rest, errors
    return None


_PASAL = re.compile(r"^Pasal\s+([0-9lIO]{1,3}|[IVXL]{1,6})\s*$")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50}


def _roman(text: str) -> int:
    values = [_ROMAN_VALUES[c] for c in text]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def pasal_label(text: str, index: int) -> tuple[str, str, int] | None:
    """ "Pasal 2" (or "Pasal II" in an amending decree) alone on its line when ``index`` is 1:
    a Keputusan laid out in articles instead of KESATU, KEDUA, … (a Keppres). A quoted
    "Pasal 8" inside an amendment is text, not a label."""
    match = _PASAL.match(text)
    if match is None:
        return None
    raw = match.group(1)
    if re.fullmatch(r"[IVXL]+", raw):  # "I" is Roman one or OCR's "1": the same value
        value, errors = _roman(raw), 0
    else:
        digits = raw.translate(str.maketrans("lIO", "110"))
        value, errors = int(digits), int(digits != raw)
    if value != index + 1:
        return None
    return f"Pasal {raw}", "", errors


_HEADING = re.compile(r"^(BAB\s+[IVXL]+|Bagian\s+(Ke)?\w+|Paragraf\s+\d+)\b", re.IGNORECASE)


def without_headings(lines: Sequence[Line]) -> list[Line]:
    """``lines`` without chapter headings ("BAB II" / "ORGANISASI", "Bagian Kedua" / "…"),
    which stand between articles and belong to none."""
    kept: list[Line] = []
    skip_caps = False
    for line in lines:
        if _HEADING.match(line.text):
            skip_caps = True
            continue
        if skip_caps and line.text.isupper():
            continue
        skip_caps = False
        kept.append(line)
    return kept


_LEAD_JUNK = " «»:;.,|\"'“”‘’"
# An item ends with ";" (the last with "."); OCR reads ";" as ":", ",", "." or even "j"
# (no Indonesian word in these lists ends with "j").
_TERMINATED = re.compile(r"(?:[;:,.]\W*|j)$")
_INSTRUMENT = re.compile(
    r"^(Undang|Peraturan|Keputusan|Instruksi|Surat Edaran|Putusan|Pasal)\b", re.IGNORECASE
)
_BAHWA = re.compile(r"^bahwa\b", re.IGNORECASE)


@dataclass(frozen=True)
class ListKind:
    """How one kind of list labels its items, and how an item starts when OCR lost the label
    (a Menimbang point always opens with "bahwa", a Mengingat point with the instrument)."""

    labeller: Labeller
    label_at: Callable[[int], str]
    starts_item: Callable[[str], bool] | None = None


def _letter_at(index: int) -> str:
    return chr(ord("a") + index)


def _number_at(index: int) -> str:
    return str(index + 1)


def _ordinal_at(index: int) -> str:
    return ORDINALS[index] if index < len(ORDINALS) else str(index + 1)


MENIMBANG = ListKind(letter_label, _letter_at, lambda text: bool(_BAHWA.match(text)))
MENGINGAT = ListKind(number_label, _number_at, lambda text: bool(_INSTRUMENT.match(text)))
MEMPERHATIKAN = ListKind(number_label, _number_at)
DIKTUM = ListKind(ordinal_label, _ordinal_at)
PASAL = ListKind(pasal_label, lambda index: f"Pasal {index + 1}")


def instrument_starts(previous: str, text: str) -> bool:
    """True when ``text`` opens a new Mengingat point after the finished ``previous`` line."""
    return bool(_TERMINATED.search(previous) and _INSTRUMENT.match(text))


def _join(parts: Sequence[str]) -> str:
    out = ""
    for part in parts:
        if not part:
            continue
        if out.endswith("-") and part[:1].isalpha():
            out += part  # "Undang-" + "Undang" / "Daerah-" + "daerah"
        else:
            out = f"{out} {part}" if out else part
    return out.strip()


def _valid_start(kind: ListKind, current: Sequence[str]) -> bool:
    first = next((part for part in current if part), "")
    return kind.starts_item is None or not first or kind.starts_item(first)


def split_items(
    keyword_line: Line,
    first_text: str,
    lines: Sequence[Line],
    kind: ListKind,
    allow_unlabelled: bool = False,
) -> list[Item]:
    """Items of one section. ``first_text`` is what followed the section keyword on
    ``keyword_line`` ("a. bahwa ..."); ``lines`` follow it, up to the next section."""
    items: list[Item] = []
    current: list[str] = []
    head: tuple[str, int, int, int] | None = None  # label, page, line, errors

    def close() -> None:
        if head is not None:
            items.append(Item(head[0], _join(current), head[1], head[2], head[3]))

    stream = [(first_text, keyword_line)] if first_text else []
    stream += [(line.text, line) for line in lines]
    for text, line in stream:
        index = len(items) + (head is not None)
        found = kind.labeller(text, index)
        implicit = (
            found is None
            and kind.starts_item is not None
            and kind.starts_item(text)
            and (head is None or (bool(current) and bool(_TERMINATED.search(current[-1]))))
        )
        if implicit and head is not None and not _valid_start(kind, current):
            # The text so far is not an item but a stray line from the section before
            # (Tesseract sometimes reads a wrapped line out of order): restart the item.
            head = (head[0], line.page, line.number, head[3] + 1)
            current = [text]
            continue
        if found is not None or implicit:
            close()
            label, rest, errors = found or (kind.label_at(index), text, 1)
            head = (label, line.page, line.number, errors)
            rest = rest.lstrip(_LEAD_JUNK)
            current = [rest] if rest else []
        elif head is None and allow_unlabelled:
            head = ("", line.page, line.number, 0)
            current = [text]
        elif head is not None:
            current.append(text)
    close()
    return items
