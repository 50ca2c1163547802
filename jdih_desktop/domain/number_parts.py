"""A decree number as a JDIH site stores it: the number without its "Tahun YYYY".

A Keputusan written "Nomor 33 Tahun 1988" has the number ``33`` and the year 1988. ILDIS keeps
them in two columns (``nomor_peraturan`` / ``tahun_terbit``) and prints "Nomor {nomor} Tahun
{tahun}" itself, as does ILDIS's JDIHN feed (``noPeraturan`` without the year). Sending the
archive's whole "33 Tahun 1988" as the number glues the year twice ("Nomor 33 Tahun 1988
Tahun 1988"). A KPU slashed number ("12/PL.01-Kpt/06/KPU/I/2026") ends with its year as part
of the number itself and is kept whole.
"""

from __future__ import annotations

import re

_TRAILING_YEAR = re.compile(r"^(?P<number>.*?\S)\s+tahun\s+(?P<year>\d{4})\s*$", re.IGNORECASE)
_PREFIX = re.compile(r"^\s*(?:nomor|no\.?)\s*[:.]?\s*", re.IGNORECASE)


def number_parts(nomor: str) -> tuple[str, int | None]:
    """``("33", 1988)`` for "Nomor 33 Tahun 1988"; ``(nomor, None)`` when no year is glued."""
    text = " ".join(_PREFIX.sub("", nomor, count=1).split())
    match = _TRAILING_YEAR.match(text)
    if match is None:
        return text, None
    return match.group("number"), int(match.group("year"))


def site_number(nomor: str) -> str:
    """The number as a JDIH site's number field holds it (no "Tahun YYYY")."""
    return number_parts(nomor)[0]
