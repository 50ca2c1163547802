"""An enactment date the page's OCR lost, taken from a closer look at its line, by vote.

:func:`documents.pdf.line_reread.reread_lines` gives, for each "tanggal" line of the
signature page, a few readings of the same pixels (the page's OCR, the line alone at 1× and
2×, and the coloured ink of a stamp or pen alone). A day read in only one of them is as likely
noise as a day (on the development corpus a lone reading gave "8 Agustus" for a handwritten 13
and "13 September" for a 28), so a date is
taken only when at least :data:`VOTES` readings agree on it; a reading of another month than
the number names ("KEP/082/VI/1996") is no vote. The year comes from the reading
itself when it is a plausible one that agrees with the number's, else from the number. What
is taken this way is always doubtful, with the reason.
"""

from __future__ import annotations

import dataclasses
from collections import Counter
from collections.abc import Sequence
from datetime import date

from jdih_desktop.documents.reading.reader import DecreeExtraction
from jdih_desktop.documents.reading.reader_confidence import DOUBTFUL, reason
from jdih_desktop.documents.reading.reader_number import number_month, number_year
from jdih_desktop.documents.reading.reader_text import Field, parse_date_loose, parse_day_month

#: Readings of one line that must agree on the day and month.
VOTES = 2


def _candidate(text: str, year: int | None) -> date | None:
    """The date one reading gives, its year checked against (or taken from) ``year``."""
    found = parse_date_loose(text)
    if found is not None and (year is None or found[0].year == year):
        return found[0]
    day_month = parse_day_month(text)
    if day_month is None or year is None:
        return None
    try:
        return date(year, day_month[1], day_month[0])
    except ValueError:
        return None


def date_from_rereads(
    lines: Sequence[Sequence[str]], year: int | None, month: int | None = None
) -> date | None:
    """The date at least :data:`VOTES` readings of one line agree on (the first such line).

    ``month``: the month the number names in Roman numerals ("KEP/082/VI/1996"), typed apart
    from the date line. A reading of another month is no vote. It is not a vote of its own:
    counted as one, on the development corpus it gained no date, and on held-out scans it
    carried a lone, wrong reading of a handwritten day (6 for 26)."""
    for readings in lines:
        votes = Counter(
            c
            for c in (_candidate(t, year) for t in readings)
            if c is not None and (month is None or c.month == month)
        )
        if votes:
            best, count = votes.most_common(1)[0]
            if count >= VOTES and list(votes.values()).count(count) == 1:
                return best
    return None


def with_reread_date(
    extraction: DecreeExtraction, lines: Sequence[Sequence[str]]
) -> DecreeExtraction:
    """``extraction`` with a missing enactment date filled from ``lines`` when they agree."""
    where = extraction.tempat_penetapan
    if extraction.tanggal_penetapan is not None or where is None:
        return extraction
    tahun = extraction.tahun.value if extraction.tahun is not None else None
    nomor = extraction.nomor.value if extraction.nomor is not None else ""
    month = number_month(nomor) if tahun is not None and number_year(nomor) == tahun else None
    found = date_from_rereads(lines, tahun, month)
    if found is None:
        return extraction
    field = Field(found, DOUBTFUL, where.page, where.line, reason("date_reread"))
    if extraction.tahun is None:
        why = reason("year_from_date")
        tahun_field = Field(found.year, 0.5, where.page, where.line, why)
        return dataclasses.replace(extraction, tanggal_penetapan=field, tahun=tahun_field)
    return dataclasses.replace(extraction, tanggal_penetapan=field)


__all__ = ["VOTES", "date_from_rereads", "with_reread_date"]
