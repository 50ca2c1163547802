"""The end of a decree: place and date of enactment, the signer, the certifier of a copy.

A signature block is a few lines: the body ("KOMISI PEMILIHAN UMUM KABUPATEN SOPPENG,"),
perhaps a separate office line ("KETUA,", "Plh. KETUA,"), the "ttd" stamp (dropped as
noise), the name, perhaps a rank and an NIP. The name is the first line that is none of the
others.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from jdih_desktop.documents.reader_text import (
    Field,
    Line,
    confidence,
    match_words,
    name_case,
    parse_date_loose,
    title_case,
)

_BODY_WORDS = re.compile(r"\b(KOMISI|PEMILIHAN|KPU)\b", re.IGNORECASE)
_REGION_START = re.compile(r"^(KABUPATEN|KOTA|PROVINSI|REPUBLIK)\b", re.IGNORECASE)
_DELEGATION = re.compile(r"^(a\.?\s?n\.?|u\.?\s?b\.?|plh\.?|plt\.?)(\s|$)", re.IGNORECASE)
_NIP = re.compile(r"^N\s*[I1l]\s*P\b", re.IGNORECASE)
_STRAY_PUNCT = re.compile(r"(?<=\w)\s+[.,:;]+(?=\w)|(?<=\s)[.,:;]+(?=\w)")


@dataclass(frozen=True)
class Block:
    name: tuple[str, Line] | None = None
    title: tuple[str, Line] | None = None  # the office: "Ketua", "Plh. Ketua", "Sekretaris"


def read_place_and_date(
    lines: Sequence[Line], ditetapkan: tuple[int, int, str], out: dict[str, Any]
) -> int:
    """Fill tempat/tanggal penetapan from "Ditetapkan di X" / "pada tanggal D"; return the
    index of the first line after them."""
    index, errors, rest = ditetapkan
    place = re.sub(r"^d[iIl1]\b\s*[:.]?\s*", "", rest).strip(" :,.;")
    line = lines[index]
    if place:
        out["tempat_penetapan"] = Field(
            title_case(place), confidence(0.9, errors), line.page, line.number
        )
    for cursor in range(index, min(index + 3, len(lines))):
        text = lines[cursor].text if cursor > index else rest
        found = match_words(text, "PADA TANGGAL")
        candidate = found[1] if found else text
        parsed = parse_date_loose(candidate)
        if parsed is not None:
            when, exact = parsed
            penalty = (found[0] if found else 1) + (0 if exact else 1)
            out["tanggal_penetapan"] = Field(
                when, confidence(0.95, penalty), lines[cursor].page, lines[cursor].number
            )
            return cursor + 1
    return index + 1


def _office(text: str) -> str | None:
    """The office named on a line: "KETUA," → "Ketua"; "Plh. KETUA KOMISI ..." → "Plh. Ketua"."""
    body = _BODY_WORDS.search(text)
    head = text[: body.start()] if body else text
    head = head.strip(" ,.;:")
    if not head or len(head.split()) > 4 or _REGION_START.match(head):
        return None
    if body is None and not text.rstrip().endswith((",", ".")) and len(head.split()) > 2:
        return None
    return title_case(head)


def _is_body_line(text: str) -> bool:
    return bool(_BODY_WORDS.search(text) or _REGION_START.match(text))


def read_block(lines: Sequence[Line], start: int, stop: int) -> Block:
    """Office and name from a signature block in ``lines[start:stop]`` (max 8 lines)."""
    title: tuple[str, Line] | None = None
    for line in lines[start : min(stop, start + 8)]:
        text = line.text
        if _NIP.match(text):
            break
        if _is_body_line(text):
            office = _office(text)
            if office and title is None:
                title = (office, line)
            continue
        # A name never ends with a comma (degrees follow it on the same line); an office
        # does ("KEPALA SUBBAGIAN HUKUM DAN SDM,"), and delegations start "a.n."/"Plh.".
        if text.rstrip().endswith(",") or _DELEGATION.match(text):
            office = _office(text)
            if office:
                title = (office, line)
            continue
        name = re.sub(r"\s+", " ", _STRAY_PUNCT.sub(" ", text)).strip(" ,;")
        if sum(c.isalpha() for c in name) < 3:
            continue
        # A degree keeps its dot ("M.Si."); a stray dot after a plain word goes.
        last = name.split()[-1]
        if last.endswith(".") and "." not in last[:-1] and len(last) > 3:
            name = name[:-1]
        return Block((name_case(name), line), title)
    return Block(None, title)
