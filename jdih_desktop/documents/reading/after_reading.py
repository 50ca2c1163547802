"""What happens to a decree's reading after the reader: the one owner of these steps.

The reader (:func:`documents.reading.reader.read_decree`) sees only the text. Three steps
then look further, in this order:

1. a doubtful signer's name is completed from the one stored signer it matches
   (:func:`documents.reading.reader_signers.complete_signer`);
2. a signature block without a legible name gets the signer the issuer's latest decrees
   agree on proposed (:func:`documents.reading.reader_signers.propose_signer`);
3. an enactment date OCR lost is read again from its line, taken when readings agree
   (:func:`documents.reading.date_reread.with_reread_date`).

``jdih extract``/``jdih import`` (:class:`documents.intake.DocumentIntake`), the scan wizard and
``jdih scan --ocr`` (:class:`documents.scan_flow.ScanFlowService`, which reads through the
intake) and ``benchmarks/reader_accuracy.py`` all call :func:`after_reading`, each with its
own sources (the archive or the benchmark's corpus; Tesseract on the page or a cache), so
what is measured is what the clerk sees. Pure: no database, no Tesseract, no Qt here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from jdih_desktop.documents.reading.date_reread import with_reread_date
from jdih_desktop.documents.reading.reader import DecreeExtraction
from jdih_desktop.documents.reading.reader_confidence import SURE
from jdih_desktop.documents.reading.reader_signers import complete_signer, propose_signer


@dataclass(frozen=True)
class AfterReading:
    """Where the steps look: ``signers`` (every stored signer, most recent first),
    ``signers_of`` (an issuer's latest decrees' signers) and ``date_lines`` (a page's date
    lines read again, :func:`documents.pdf.line_reread.reread_lines`; None when there is no
    picture to look at or no OCR may run)."""

    signers: Callable[[], Iterable[str]]
    signers_of: Callable[[str], Sequence[str]]
    date_lines: Callable[[int], Sequence[Sequence[str]]] | None = None


def after_reading(extraction: DecreeExtraction, sources: AfterReading) -> DecreeExtraction:
    """``extraction`` with the steps above applied; each result stays below SURE with its
    reason (the clerk confirms it)."""
    signer = extraction.penandatangan
    if signer is not None and signer.confidence < SURE:
        extraction = complete_signer(extraction, sources.signers())
    if extraction.penandatangan is None and extraction.pembuat is not None:
        extraction = propose_signer(extraction, sources.signers_of(extraction.pembuat.value))
    where = extraction.tempat_penetapan
    if sources.date_lines is not None and extraction.tanggal_penetapan is None and where:
        extraction = with_reread_date(extraction, sources.date_lines(where.page))
    return extraction


__all__ = ["AfterReading", "after_reading"]
