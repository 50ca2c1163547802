"""Paper sizes used by Indonesian offices, in millimetres, and the two-up arrangement.

F4 (also sold as "Folio") is the everyday paper of Indonesian government offices; the
disposition sheet is printed on half of one. A "half" sheet here is always the *portrait*
piece you get by cutting a landscape sheet down the middle: A5 is half an A4, ½ F4 is
165 × 215 mm, half of an F4. Printing two half sheets on one page therefore means a
landscape A4/F4 page with a cut line in the middle.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.units import mm

from jdih_desktop.domain.messages import msg
from jdih_desktop.printing.errors import PrintingError


@dataclass(frozen=True)
class Paper:
    """A sheet size; ``key`` is the stable name the CLI and settings use."""

    key: str
    label: str
    width_mm: float
    height_mm: float

    @property
    def size(self) -> tuple[float, float]:
        """(width, height) in PDF points, as reportlab wants it."""
        return self.width_mm * mm, self.height_mm * mm

    def landscape(self) -> Paper:
        """The same sheet turned so that it is wider than tall."""
        if self.width_mm >= self.height_mm:
            return self
        return Paper(self.key, self.label, self.height_mm, self.width_mm)


A4 = Paper("a4", "A4 (210 × 297 mm)", 210, 297)
F4 = Paper("f4", "F4/Folio (215 × 330 mm)", 215, 330)
A5 = Paper("a5", "A5 (148 × 210 mm)", 148, 210)
HALF_F4 = Paper("half-f4", "½ Folio (165 × 215 mm)", 165, 215)

PAPERS: dict[str, Paper] = {paper.key: paper for paper in (A4, F4, A5, HALF_F4)}
HALF_SHEETS: tuple[Paper, ...] = (A5, HALF_F4)
_TWO_UP_HOST = {A5.key: A4, HALF_F4.key: F4}


def paper_by_key(key: str) -> Paper:
    """The paper called ``key`` ("a4", "f4", "a5", "half-f4"); PrintingError for anything else."""
    try:
        return PAPERS[key.strip().lower()]
    except KeyError:
        raise PrintingError(
            msg(
                "Ukuran kertas tidak dikenal: {key}. Pilih salah satu: {choices}.",
                "Unknown paper size: {key}. Choose one of: {choices}.",
                key=key,
                choices=", ".join(PAPERS),
            )
        ) from None


def two_up_host(piece: Paper) -> Paper:
    """The landscape page that holds two ``piece`` half sheets side by side."""
    try:
        return _TWO_UP_HOST[piece.key].landscape()
    except KeyError:
        raise PrintingError(
            msg(
                "Hanya kertas setengah (A5 atau ½ Folio) yang dapat dicetak dua per halaman.",
                "Only half sheets (A5 or ½ Folio) can be printed two per page.",
            )
        ) from None


def require_half_sheet(paper: Paper) -> Paper:
    """``paper`` itself when it is A5 or ½ F4; a form laid out for half a sheet needs one."""
    if paper.key not in _TWO_UP_HOST:
        raise PrintingError(
            msg(
                "Formulir ini dicetak pada kertas A5 atau ½ Folio, bukan {paper}.",
                "This form prints on A5 or ½ Folio paper, not {paper}.",
                paper=paper.label,
            )
        )
    return paper


def require_full_sheet(paper: Paper) -> Paper:
    """``paper`` itself when it is A4 or F4 (reports and registers need a full sheet)."""
    if paper.key not in (A4.key, F4.key):
        raise PrintingError(
            msg(
                "Dokumen ini dicetak pada kertas A4 atau F4/Folio, bukan {paper}.",
                "This document prints on A4 or F4/Folio paper, not {paper}.",
                paper=paper.label,
            )
        )
    return paper
